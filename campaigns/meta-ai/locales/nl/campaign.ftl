## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Maak bezwaar tegen het gebruik van je content om de AI van Meta te trainen
intro =
    Meta traint zijn kunstmatige intelligentie met de openbare berichten, foto's, bijschriften en reacties van volwassenen in de EU, en met wat mensen naar Meta AI sturen. De AVG (artikel 21) geeft je het recht om daartegen bezwaar te maken. Reken op een paar minuten per platform.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Je kunt op elk moment bezwaar maken, en je bezwaar geldt vanaf de dag waarop je het indient. Sinds <b>{ $date }</b> traint Meta zijn AI met openbare berichten, foto's en reacties van volwassenen en met chats met Meta AI; ook het EU-privacybeleid van Meta van juli 2026 noemt dat gebruik nog. Content die al is gebruikt, kan niet meer uit getrainde modellen worden gehaald.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta begint op <b>{ $date }</b> content te gebruiken. Resterende tijd: <b>{ $left }</b>. Een bezwaar geldt vanaf de dag waarop het wordt ingediend: dien je het vóór die datum in, dan geldt het al voordat de training begint.
deadline-after = ✅ Je kunt nog steeds bezwaar maken: je bezwaar geldt vanaf de dag waarop je het indient. Meta traint zijn AI sinds <b>{ $date }</b> met content; content die al is gebruikt, kan niet meer uit getrainde modellen worden gehaald.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Herinnering:</b> nog { $left } tot <b>{ $date }</b>. Een bezwaar geldt vanaf de dag waarop het wordt ingediend.

    Nog te doen: { $platforms }.

    Tik op een platform voor de stappen. Al gedaan? Vink het af onder de stappen, dan herinner ik je er niet meer aan.
nothing-left = Je hebt alle drie de platforms afgevinkt, dus een herinnering heb je niet nodig. Bedankt!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopieer de brief hieronder (één tik is genoeg) en plak hem in het veld <i>reden</i> van het formulier, of in het WhatsApp-formulier als het vraagt waarom. De alinea met een reden is optioneel: laat hem staan, schrijf je eigen reden of haal hem weg.
letter-body =
    Geachte heer, mevrouw,

    Op grond van artikel 21, lid 1, van de Algemene Verordening Gegevensbescherming (AVG) maak ik, om redenen die verband houden met mijn specifieke situatie, bezwaar tegen de verwerking van mijn persoonsgegevens door Meta en zijn partners voor het ontwikkelen en trainen van kunstmatige intelligentie. Dit betreft mijn berichten, foto's, bijschriften, reacties en alle andere inhoud die aan mijn account is gekoppeld, evenals mijn interacties met Meta AI.

    Ik heb deze inhoud niet gedeeld in de verwachting dat die zou worden gebruikt om AI te trainen, en ik wil zelf bepalen hoe die wordt gebruikt.

    Ik verzoek u mij op grond van artikel 12, lid 3, AVG binnen een maand schriftelijk te bevestigen dat mijn bezwaar is geregistreerd en wordt toegepast.

    Met vriendelijke groet

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram en WhatsApp zijn alle drie afgevinkt. Bedankt!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Stuur het door: deze bot legt in je eigen taal uit hoe je bezwaar maakt tegen het gebruik van je content om de AI van Meta te trainen.
    { $link }
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze bezwaar maken tegen het gebruik van hun berichten, foto's en reacties om de AI van Meta te trainen.

    Iedereen hier kan /facebook, /instagram, /whatsapp en /template gebruiken.
description = Meta traint zijn AI met de openbare berichten, foto's en reacties van volwassenen in de EU, en met wat mensen naar Meta AI sturen. Deze bot laat je stap voor stap en in je eigen taal zien hoe je bezwaar maakt bij Facebook en Instagram en wat er voor WhatsApp geldt, en geeft je een brief om te plakken.
short-description = Maak bezwaar tegen het gebruik van je content om de AI van Meta te trainen: stappen, formulieren, een brief.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Bezwaarbrief aan Meta
letter-inline-desc = Een kant-en-klare brief om in de formulieren van Meta te plakken
letter-keywords = brief sjabloon voorbeeld bezwaar meta
deadline-inline-title = Meta AI: hoe het ervoor staat
deadline-inline-desc = Sinds wanneer Meta met content traint, en wat een bezwaar nu doet
deadline-keywords = meta stand sinds datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Officieel formulier
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Meta's pagina over AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: de stappen om bezwaar te maken bij Facebook
facebook-command = Bezwaar maken bij Facebook
facebook-inline-title = Bezwaar maken bij Facebook
facebook-inline-desc = De stappen en het officiële formulier
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Bezwaar maken bij Facebook</b>

    <b>Het snelst:</b> tik hieronder op <i>Officieel formulier</i>. Vraagt de pagina erom, log daar dan in op Facebook. Niet ingelogd in die browser? Open de link in je gewone browser (⋯ → <i>Openen in browser</i>) of volg de stappen in de app.
    Vul in het formulier het e-mailadres van je account in; het veld voor de reden is optioneel (laat het leeg of plak de brief van /template). Verstuur het daarna.

    <b>Daarna:</b> Meta bevestigt per e-mail of op het scherm. Bewaar die bevestiging.

    <blockquote expandable><b>In de app</b>
    1. Open het menu en ga naar <i>Instellingen en privacy</i> → <i>Privacycentrum</i>.
    2. Open <i>Privacyonderwerpen</i> → <i>AI bij Meta</i>.
    3. Kies <i>Een bezwaarverzoek indienen</i>.
    4. Vul het e-mailadres van je account in. De reden is optioneel.
    5. Verstuur het formulier.</blockquote>

    <blockquote expandable><b>Goed om te weten</b>
    • Je hoeft geen reden op te geven.
    • Eén bezwaar geldt voor alle accounts die in hetzelfde Accountcentrum zijn gekoppeld. Een account dat niet is gekoppeld, of dat een ander e-mailadres gebruikt, heeft een eigen bezwaar nodig.
    • Facebook-pagina's kunnen met dit formulier geen bezwaar maken, alleen persoonlijke accounts.
    • Al bezwaar gemaakt in 2024? Doe het voor de zekerheid opnieuw.
    • Meta heeft een paar van zijn contactformulieren verplaatst. Opent het formulier niet, dan brengt de tweede knop je naar de pagina van Meta over generatieve AI, die naar het recht van bezwaar linkt.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Officieel formulier
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Meta's pagina over AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: de stappen om bezwaar te maken bij Instagram
instagram-command = Bezwaar maken bij Instagram
instagram-inline-title = Bezwaar maken bij Instagram
instagram-inline-desc = De stappen en het officiële formulier
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Bezwaar maken bij Instagram</b>

    <b>Het snelst:</b> tik hieronder op <i>Officieel formulier</i>. Vraagt de pagina erom, log daar dan in op Instagram. Niet ingelogd in die browser? Open de link in je gewone browser (⋯ → <i>Openen in browser</i>) of volg de stappen in de app.
    Vraagt het formulier of je verzoek over AI bij Meta gaat, kies dan <b>Ja</b>. Vul het e-mailadres van je account in; het veld voor de reden is optioneel (laat het leeg of plak de brief van /template). Verstuur het daarna.

    <b>Daarna:</b> Meta bevestigt per e-mail of op het scherm. Bewaar die bevestiging.

    <blockquote expandable><b>In de app</b>
    1. Ga naar je profiel en tik op het menu ☰ (<i>Instellingen en activiteit</i>).
    2. Zoek in dat menu het <i>Privacycentrum</i> (in sommige versies onder <i>Info</i> → <i>Privacybeleid</i>).
    3. Zoek naar <i>Recht van bezwaar</i> en open het formulier.
    4. Vraagt het of je verzoek over AI bij Meta gaat, kies dan <i>Ja</i>.
    5. Vul het e-mailadres van je account in. De reden is optioneel.
    6. Verstuur het formulier.</blockquote>

    <blockquote expandable><b>Goed om te weten</b>
    • Je hoeft geen reden op te geven.
    • Eén bezwaar geldt voor alle accounts die in hetzelfde Accountcentrum zijn gekoppeld, Facebook inbegrepen. Accounts die niet zijn gekoppeld, hebben een eigen bezwaar nodig.
    • Al bezwaar gemaakt in 2024? Doe het voor de zekerheid opnieuw.
    • Meta heeft een paar van zijn contactformulieren verplaatst. Opent het formulier niet, dan brengt de tweede knop je naar de pagina van Meta over generatieve AI, die naar het recht van bezwaar linkt.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApp-formulier
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: gedaan
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp en Meta AI: wat er wordt gebruikt, en een formulier voor de zekerheid
whatsapp-command = WhatsApp en Meta AI
whatsapp-inline-title = WhatsApp en Meta AI
whatsapp-inline-desc = Wat er wordt gebruikt, en een formulier voor de zekerheid
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp en Meta AI</b>

    WhatsApp heeft voor Meta AI geen schakelaar en geen eigen bezwaarinstelling. <b>De zekerste bescherming: stuur niets naar Meta AI.</b>
    • In een groep kan elk lid @Meta AI oproepen. Met <i>Geavanceerde chatprivacy</i> (tik op de naam van de chat) kun je voorkomen dat leden Meta AI in die chat gebruiken. Bronnen spreken elkaar hierover tegen, dus kijk of je app dit aanbiedt.

    <b>Wat er wordt gebruikt:</b> je privéchats zijn end-to-end versleuteld en worden <b>niet</b> gebruikt om de AI te trainen. Wat je naar Meta AI stuurt (de blauw-roze cirkel, of @Meta AI in een groep), is niet end-to-end versleuteld en kan worden gebruikt. Meta AI kun je in WhatsApp niet uitzetten, alleen ongebruikt laten. In juni 2025 zei Meta dat het WhatsApp-chats met Meta AI op dat moment niet voor training gebruikte.

    <b>Voor de zekerheid een webformulier.</b> Het privacybeleid van WhatsApp verwijst ernaar voor bezwaren in het algemeen; het is geen AI-schakelaar, en consumentenorganisaties zeggen dat WhatsApp geen eigen officiële bezwaarprocedure voor AI heeft.
    1. Tik op de knop hieronder (of zoek bij de juridische links op whatsapp.com het formulier voor de rechten van betrokkenen).
    2. Kies de optie om bezwaar te maken tegen de verwerking van je gegevens.
    3. Vul je telefoonnummer met landcode en je e-mailadres in.
    4. Vraagt het waarom, plak dan de brief van /template.
    5. Verstuur het formulier. WhatsApp antwoordt per e-mail; bewaar dat antwoord.
