## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Maak bezwaar tegen het gebruik van je content voor de AI van Meta
intro =
    Meta gebruikt de openbare berichten, foto's, bijschriften en reacties van volwassenen in de EU, en wat mensen naar Meta AI sturen, om zijn kunstmatige intelligentie te trainen. De AVG (artikel 21) geeft je het recht om daartegen bezwaar te maken. Dat kost een paar minuten per platform.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta begint op <b>{ $date }</b> content te gebruiken. Resterende tijd: <b>{ $left }</b>. Een bezwaar geldt vanaf de dag waarop het wordt ingediend; dien je het vóór die datum in, dan geldt het dus al voordat de training begint.
deadline-after = ℹ️ Meta traint zijn AI sinds <b>{ $date }</b> met content. Je kunt nog steeds bezwaar maken: je bezwaar geldt vanaf de dag waarop je het indient. Content die al is gebruikt, kan niet meer worden gehaald uit modellen die al zijn getraind.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopieer de brief hieronder (één tik is genoeg) en plak hem in het veld <i>reden</i> van het formulier, of in het WhatsApp-formulier als daar om een reden wordt gevraagd.
letter-body =
    Geachte heer, mevrouw,

    Op grond van artikel 21, lid 1, van de Algemene Verordening Gegevensbescherming (AVG) maak ik bezwaar tegen de verwerking van mijn persoonsgegevens door Meta en zijn partners voor het ontwikkelen en trainen van kunstmatige intelligentie. Dit betreft mijn berichten, foto's, bijschriften, reacties en alle andere inhoud die aan mijn account is gekoppeld, evenals mijn interacties met Meta AI.

    Ik verzoek u mij op grond van artikel 12, lid 3, AVG binnen een maand schriftelijk te bevestigen dat mijn bezwaar is geregistreerd en wordt toegepast.

    Met vriendelijke groet

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Herinnering:</b> nog { $left } tot de uiterste datum (<b>{ $date }</b>). Een bezwaar geldt vanaf de dag waarop het wordt ingediend.

    Nog te doen: { $platforms }.

    Tik op een platform voor de stappen. Al gedaan? Vink het af onder de stappen, dan herinner ik je er niet meer aan.
# When every platform of this campaign is ticked off.
all-done = ✅ Je hebt bij alle drie de platforms bezwaar gemaakt. Bedankt! Je krijgt geen herinneringen meer van me.
nothing-left = Je hebt alle drie de platforms afgevinkt, dus je hebt geen herinnering nodig. Bedankt!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Stuur het door: deze bot legt in je eigen taal uit hoe je bezwaar maakt tegen het gebruik van je berichten door Meta om zijn AI te trainen.
    { $link }
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze bezwaar maken tegen het gebruik van hun berichten, foto's en reacties door Meta om zijn AI te trainen.

    Iedereen hier kan /facebook, /instagram, /whatsapp en /template gebruiken.
description = Meta traint zijn AI met de openbare berichten, foto's en reacties van volwassenen in de EU, en met wat mensen naar Meta AI sturen. Deze bot laat je stap voor stap en in je eigen taal zien hoe je bezwaar maakt bij Facebook en Instagram en wat er voor WhatsApp geldt, en geeft je een brief om te plakken. Als er een uiterste datum aankomt, kan hij je eraan herinneren.
short-description = Maak bezwaar tegen het gebruik van je berichten voor de AI van Meta: de stappen, de formulieren, een brief.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Bezwaarbrief
letter-inline-desc = Een kant-en-klare brief om in de formulieren te plakken
letter-keywords = brief sjabloon voorbeeld bezwaar tekst
deadline-inline-title = Uiterste datum
deadline-inline-desc = Hoe het ervoor staat, en wat een bezwaar nu nog doet
deadline-keywords = datum termijn uiterste deadline

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Officieel formulier (log zo nodig in op Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: de stappen om bezwaar te maken bij Facebook
facebook-command = Bezwaar maken bij Facebook
facebook-inline-title = Bezwaar maken bij Facebook
facebook-inline-desc = De stappen en het officiële formulier
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Bezwaar maken bij Facebook</b>

    <b>Het snelst:</b> tik op de knop hieronder om het officiële formulier van Meta te openen. Vraagt de pagina erom, log dan daar eerst in op Facebook.

    <b>In de app:</b>
    1. Open het menu en ga naar <i>Instellingen en privacy</i> → <i>Privacycentrum</i>.
    2. Open <i>Privacyonderwerpen</i> → <i>AI bij Meta</i>.
    3. Kies <i>Een bezwaarverzoek indienen</i>.
    4. Vul het e-mailadres van je account in. Het veld voor de reden is optioneel: laat het leeg of plak de brief van /template.
    5. Verstuur het formulier.

    <b>Daarna:</b> Meta bevestigt per e-mail of op het scherm. Bewaar die bevestiging.

    <b>Goed om te weten</b>
    • Je hoeft geen reden op te geven.
    • Eén bezwaar geldt voor alle accounts die in hetzelfde Accountcentrum aan elkaar zijn gekoppeld. Een account dat niet is gekoppeld, of dat een ander e-mailadres gebruikt, heeft een eigen bezwaar nodig.
    • Facebook-pagina's kunnen met dit formulier geen bezwaar maken, alleen persoonlijke accounts.
    • Al bezwaar gemaakt in 2024? Doe het voor de zekerheid opnieuw.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Officieel formulier (log zo nodig in op Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: de stappen om bezwaar te maken bij Instagram
instagram-command = Bezwaar maken bij Instagram
instagram-inline-title = Bezwaar maken bij Instagram
instagram-inline-desc = De stappen en het officiële formulier
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Bezwaar maken bij Instagram</b>

    <b>Het snelst:</b> tik op de knop hieronder om het officiële formulier van Meta te openen. Vraagt de pagina erom, log dan daar eerst in op Instagram.

    <b>In de app:</b>
    1. Ga naar je profiel en tik op het menu ☰ (<i>Instellingen en activiteit</i>).
    2. Zoek in dat menu het <i>Privacycentrum</i> (in sommige versies onder <i>Info</i> → <i>Privacybeleid</i>).
    3. Zoek naar <i>Recht van bezwaar</i> en open het formulier.
    4. Vul het e-mailadres van je account in. Het veld voor de reden is optioneel: laat het leeg of plak de brief van /template.
    5. Verstuur het formulier.

    <b>Daarna:</b> Meta bevestigt per e-mail of op het scherm. Bewaar die bevestiging.

    <b>Goed om te weten</b>
    • Je hoeft geen reden op te geven.
    • Eén bezwaar geldt voor alle accounts die in hetzelfde Accountcentrum aan elkaar zijn gekoppeld, Facebook inbegrepen. Accounts die niet zijn gekoppeld, hebben een eigen bezwaar nodig.
    • Al bezwaar gemaakt in 2024? Doe het voor de zekerheid opnieuw.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Open het officiële WhatsApp-formulier
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: de stappen om bezwaar te maken bij WhatsApp
whatsapp-command = WhatsApp en Meta AI
whatsapp-inline-title = Bezwaar maken bij WhatsApp
whatsapp-inline-desc = Chats met Meta AI: wat er wordt gebruikt, en een formulier
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp en Meta AI</b>

    Je privéchats zijn end-to-end versleuteld en worden <b>niet</b> gebruikt om de AI te trainen. Wat je naar Meta AI stuurt (de blauw-roze cirkel in de app, of @Meta AI die je in een groepschat oproept), is niet end-to-end versleuteld en kan wel worden gebruikt.

    • Meta AI kun je in WhatsApp niet uitzetten; je kunt het alleen ongebruikt laten.
    • In juni 2025 zei Meta dat het WhatsApp-chats met Meta AI op dit moment niet voor training gebruikt.
    • De app heeft geen instelling om bezwaar te maken, en consumentenorganisaties zeggen dat WhatsApp hiervoor geen eigen officiële bezwaarprocedure heeft.

    <b>De zekerste bescherming:</b> stuur niets naar Meta AI.

    <b>Voor de zekerheid een webformulier:</b>
    1. Tik op de knop hieronder (of open whatsapp.com, tik onderaan de pagina op <i>Juridisch</i> en dan op het formulier voor de rechten van betrokkenen, hoe het nu ook heet).
    2. Kies de opties om bezwaar te maken tegen het gebruik van je gegevens.
    3. Vul je telefoonnummer (met landcode) en je e-mailadres in.
    4. Wordt er om een reden gevraagd, plak dan de brief van /template.
    5. Verstuur het formulier. WhatsApp antwoordt per e-mail; bewaar dat antwoord.
