## objection-bot: Nederlandse teksten.
## Telegram-HTML: alleen <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; schrijf & als &amp; en < als &lt;.
## Links en datums staan hier nooit: die komen uit het campagnebestand.

# De naam van de taal in de taal zelf, op het toetsenbord van /language.
language-name = Nederlands

## Namen van de platforms (merknamen)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Datums. $day, $year en $minute zijn getallen, $month is een van month-1 … month-12.
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-format = { $day } { $month } { $year }
# $date is een date-format, $time is HH:MM en $zone is UTC+02:00 of iets dergelijks.
datetime-format = { $date } om { $time } ({ $zone })

## Resterende tijd, met meervoudsvormen.
left-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
left-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
left-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}

## Knoppen (kort: ze moeten op een telefoon passen)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Bezwaarbrief
btn-remind = 🔔 Herinner me
btn-language = 🌐 Taal
btn-share = 📣 Delen
btn-menu = ↩️ Menu
btn-deadline = ⏳ Uiterste datum
btn-status = ✅ Mijn checklist
btn-open-form = 📝 Open het officiële { $platform }-formulier
# Formulierknop van een platform waarvan het formulier het account nodig heeft: zeg dat je inlogt als de pagina erom vraagt.
btn-open-form-login = 📝 Officieel formulier (log zo nodig in op { $platform })
btn-mark-done = ☑️ Ik heb bezwaar gemaakt bij { $platform }
btn-mark-undone = ↩️ Toch niet gedaan bij { $platform }

## /start
start-text =
    <b>Maak bezwaar tegen het gebruik van je content voor de AI van Meta</b>

    Meta gebruikt de openbare berichten, foto's, bijschriften en reacties van volwassenen in de EU, en wat mensen naar Meta AI sturen, om zijn kunstmatige intelligentie te trainen. De AVG (artikel 21) geeft je het recht om daartegen bezwaar te maken. Dat kost een paar minuten per platform.

    { $deadline }

    Kies een platform om de stappen te zien:

## Stand van de uiterste datum. $date is een datetime-format, $left een left-*-waarde.
deadline-before = ⏳ Meta begint op <b>{ $date }</b> content te gebruiken. Resterende tijd: <b>{ $left }</b>. Een bezwaar geldt vanaf de dag waarop het wordt ingediend; dien je het vóór die datum in, dan geldt het dus al voordat de training begint.
deadline-after = ℹ️ Meta traint zijn AI sinds <b>{ $date }</b> met content. Je kunt nog steeds bezwaar maken: je bezwaar geldt vanaf de dag waarop je het indient. Content die al is gebruikt, kan niet meer worden gehaald uit modellen die al zijn getraind.

## Stappen per platform
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Kopieer de brief hieronder (één tik is genoeg) en plak hem in het veld <i>reden</i> van het formulier, of in het WhatsApp-formulier als daar om een reden wordt gevraagd.
letter-body =
    Geachte heer, mevrouw,

    Op grond van artikel 21, lid 1, van de Algemene Verordening Gegevensbescherming (AVG) maak ik bezwaar tegen de verwerking van mijn persoonsgegevens door Meta en zijn partners voor het ontwikkelen en trainen van kunstmatige intelligentie. Dit betreft mijn berichten, foto's, bijschriften, reacties en alle andere inhoud die aan mijn account is gekoppeld, evenals mijn interacties met Meta AI.

    Ik verzoek u mij op grond van artikel 12, lid 3, AVG binnen een maand schriftelijk te bevestigen dat mijn bezwaar is geregistreerd en wordt toegepast.

    Met vriendelijke groet

## /language
language-choose = Kies de taal die ik in deze chat moet gebruiken:
language-set = Klaar: ik spreek hier voortaan Nederlands.

## /help
help-text =
    <b>Wat ik kan</b>
    /facebook: de stappen om bezwaar te maken bij Facebook
    /instagram: de stappen om bezwaar te maken bij Instagram
    /whatsapp: de stappen om bezwaar te maken bij WhatsApp
    /template: een brief om in de formulieren te plakken
    /deadline: de uiterste datum en hoe het ervoor staat
    { $remind }
    /stop: geen herinneringen meer
    /status: je checklist en de volgende herinnering
    /language: de taal wijzigen
    /share: een link om door te sturen
    /privacy: wat ik over je bewaar
    /forget: alles wissen wat ik over deze chat bewaar

    Je kunt ook in elke chat @{ $bot } typen om daar een kaartje te plaatsen.

# De /remind-regel van help-text, zolang er nog herinneringen komen…
help-remind = /remind: herinneringen vóór de uiterste datum
# …en als er geen meer komt (uiterste datum voorbij, of geen herinnering meer daarvoor).
help-remind-none = /remind: waarom er nu geen herinneringen zijn

## /privacy en /forget
privacy-text =
    <b>Wat ik bewaar</b>
    • Het nummer van deze chat, de taal die je hebt gekozen, of je herinneringen wilt, welke platforms je hebt afgevinkt en welke herinneringen al zijn verstuurd, zodat niemand er een twee keer krijgt.
    • Verder niets: geen namen, geen gebruikersnamen, geen telefoonnummers, geen berichtteksten.

    <b>Hoe lang</b>
    Tot je /forget stuurt, me blokkeert of me uit de groep verwijdert. Dan wordt alles meteen gewist.

    /forget wist nu alles over deze chat.
forget-done = Klaar: alles wat ik over deze chat bewaarde, is gewist. Stuur /start wanneer je wilt om opnieuw te beginnen.

## Al het andere
unknown-text = Ik begrijp alleen opdrachten. Stuur /help om ze te zien.
stale-button = Deze knop werkt niet meer. Stuur /start voor een nieuw menu.
error-text = Er ging aan mijn kant iets mis. Probeer het over een minuut opnieuw.

## Herinneringen
remind-on = 🔔 Herinneringen staan aan. Volgende herinnering: <b>{ $when }</b>.
remind-no-wave = Er komt geen herinnering meer vóór de uiterste datum (<b>{ $date }</b>), dus je kunt het beste nu bezwaar maken.
remind-already = 🔔 Herinneringen staan al aan. Volgende herinnering: <b>{ $when }</b>.
remind-after-deadline = De uiterste datum (<b>{ $date }</b>) is voorbij, dus er valt niets meer te herinneren, maar je kunt nog altijd bezwaar maken en je bezwaar geldt vanaf de dag waarop je het indient.
remind-nothing-left = Je hebt alle drie de platforms afgevinkt, dus je hebt geen herinnering nodig. Bedankt!
stop-done = 🔕 Herinneringen staan uit. Stuur /remind om ze weer aan te zetten.
stop-not-subscribed = Herinneringen stonden niet aan. Stuur /remind om ze aan te zetten.
reminder-text =
    🔔 <b>Herinnering:</b> nog { $left } tot de uiterste datum (<b>{ $date }</b>). Een bezwaar geldt vanaf de dag waarop het wordt ingediend.

    Nog te doen: { $platforms }.

    Tik op een platform voor de stappen. Al gedaan? Vink het af onder de stappen, dan herinner ik je er niet meer aan.
all-done-text = ✅ Je hebt bij alle drie de platforms bezwaar gemaakt. Bedankt! Je krijgt geen herinneringen meer van me.

## /status
status-title = <b>Je checklist</b>
status-done = ✅ { $platform }: bezwaar gemaakt
status-open = ⬜ { $platform }: nog te doen
status-subscribed = 🔔 Herinneringen staan aan. Volgende: <b>{ $when }</b>.
status-no-wave = 🔕 Er staan geen herinneringen meer gepland.
status-not-subscribed = 🔕 Herinneringen staan uit. Stuur /remind om ze aan te zetten.
marked-done = Genoteerd: { $platform } gedaan.
marked-undone = Genoteerd: { $platform } nog te doen.

## Groepen
admin-only = Alleen een beheerder van deze groep kan dat doen.
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze bezwaar maken tegen het gebruik van hun berichten, foto's en reacties door Meta om zijn AI te trainen.

    Iedereen hier kan /facebook, /instagram, /whatsapp en /template gebruiken.
# Wordt aan group-intro toegevoegd zolang er nog herinneringen komen.
group-intro-remind = Een beheerder kan met /remind herinneringen voor de groep aanzetten.

## Delen en inline-modus
share-text =
    Stuur het door: deze bot legt in je eigen taal uit hoe je bezwaar maakt tegen het gebruik van je berichten door Meta om zijn AI te trainen.
    { $link }
inline-facebook-title = Bezwaar maken bij Facebook
inline-facebook-desc = De stappen en het officiële formulier
inline-instagram-title = Bezwaar maken bij Instagram
inline-instagram-desc = De stappen en het officiële formulier
inline-whatsapp-title = Bezwaar maken bij WhatsApp
inline-whatsapp-desc = Chats met Meta AI: wat er wordt gebruikt, en een formulier
inline-letter-title = Bezwaarbrief
inline-letter-desc = Een kant-en-klare brief om in de formulieren te plakken
inline-deadline-title = Uiterste datum
inline-deadline-desc = Hoe het ervoor staat, en wat een bezwaar nu nog doet
# Woorden die naast de titel een kaartje vinden als je ze na @bot typt (gescheiden door spaties).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = brief sjabloon voorbeeld bezwaar tekst
inline-deadline-keywords = datum termijn uiterste deadline

## Opdrachtenmenu (elk hoogstens 256 tekens)
cmd-start = Begin hier
cmd-facebook = Bezwaar maken bij Facebook
cmd-instagram = Bezwaar maken bij Instagram
cmd-whatsapp = WhatsApp en Meta AI
cmd-template = Een brief om in de formulieren te plakken
cmd-deadline = De uiterste datum en hoe het ervoor staat
cmd-remind = Herinneringen vóór de uiterste datum
cmd-stop = Geen herinneringen meer
cmd-status = Je checklist
cmd-language = De taal wijzigen
cmd-share = Een link om door te sturen
cmd-help = Alle opdrachten
cmd-privacy = Wat de bot bewaart
cmd-forget = Alles wissen wat over deze chat is bewaard

## Botprofiel: beschrijving hoogstens 512 tekens, korte beschrijving hoogstens 120.
bot-description = Meta traint zijn AI met de openbare berichten, foto's en reacties van volwassenen in de EU, en met wat mensen naar Meta AI sturen. Deze bot laat je stap voor stap en in je eigen taal zien hoe je bezwaar maakt bij Facebook en Instagram en wat er voor WhatsApp geldt, en geeft je een brief om te plakken. Als er een uiterste datum aankomt, kan hij je eraan herinneren.
bot-short-description = Maak bezwaar tegen het gebruik van je berichten voor de AI van Meta: de stappen, de formulieren, een brief.
