## objection-bot: Nederlandse teksten.
## Telegram-HTML: alleen <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; schrijf & als &amp; en < als &lt;.
## Links en datums staan hier nooit: die komen uit het campagnebestand.

# De naam van de taal in de taal zelf, op het toetsenbord van /language.
language-name = Nederlands

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
btn-letter = ✍️ Brief
btn-remind = 🔔 Herinner me
btn-language = 🌐 Taal
btn-share = 📣 Delen
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Hoe het ervoor staat
btn-status = ✅ Mijn checklist
# De afvinkknop onder een platform met een formulier…
btn-mark-done = ☑️ Bezwaar gemaakt bij { $platform }
btn-mark-undone = ↩️ Toch niet gedaan bij { $platform }
btn-stop = 🔕 Stop herinneringen
btn-tick-in-private = ☑️ Afvinken in privéchat

## /start
start-text =
    { $campaigns }

    Kies een platform om de stappen te zien:

## /template
letter-pick = Welke brief heb je nodig? Kies een campagne:

## /language
language-choose = Kies de taal die ik in deze chat moet gebruiken:
language-set = Klaar: ik spreek hier voortaan Nederlands.

## /help
help-text =
    <b>Wat ik kan</b>
    { $platforms }
    /template: een brief om in de formulieren te plakken
    /deadline: hoe het ervoor staat
    { $reminders }/status: je checklist
    /language: de taal wijzigen
    /share: een link om door te sturen
    /privacy: wat ik over je bewaar
    /forget: alles wissen wat ik over deze chat bewaar

    Je kunt ook in elke chat @{ $bot } typen om daar een kaart te plaatsen.

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
remind-after-deadline = Je kunt nog altijd bezwaar maken, op elk moment, en je bezwaar geldt vanaf de dag waarop je het indient. Er valt niets te herinneren, want die datum (<b>{ $date }</b>) is voorbij.
stop-done = 🔕 Herinneringen staan uit. Stuur /remind om ze weer aan te zetten.
stop-not-subscribed = Herinneringen stonden niet aan. Stuur /remind om ze aan te zetten.

## /status
status-title = <b>Je checklist</b>
status-done = ✅ { $platform }: gedaan
status-open = ⬜ { $platform }: nog te doen
status-subscribed = 🔔 Herinneringen staan aan. Volgende: <b>{ $when }</b>.
status-no-wave = 🔕 Er staan geen herinneringen meer gepland.
status-not-subscribed = 🔕 Herinneringen staan uit. Stuur /remind om ze aan te zetten.
marked-done = Genoteerd: { $platform } gedaan.
marked-undone = Genoteerd: { $platform } nog te doen.

## Groepen
admin-only = Alleen een beheerder van deze groep kan dat doen.
# Wordt aan group-intro toegevoegd zolang er nog herinneringen komen.
group-intro-remind = Een beheerder kan met /remind herinneringen voor de groep aanzetten.

## Opdrachtenmenu (elk hoogstens 256 tekens)
cmd-start = Begin hier
cmd-template = Een brief om in de formulieren te plakken
cmd-deadline = Hoe het ervoor staat
cmd-remind = Herinneringen vóór de uiterste datum
cmd-stop = Geen herinneringen meer
cmd-status = Je checklist
cmd-language = De taal wijzigen
cmd-share = Een link om door te sturen
cmd-help = Alle opdrachten
cmd-privacy = Wat de bot bewaart
cmd-forget = Alles wissen wat over deze chat is bewaard

## Issue 17: new messages
# …en onder een platform met een instelling: die staat uit.
btn-mark-done-setting = ☑️ Staat uit bij { $platform }

start-intro =
    <b>Jouw gegevens en hun AI</b>
    Verschillende grote platforms trainen AI met wat mensen in de EU posten of aan hun AI vragen. Op elk ervan kun je bezwaar maken of het uitzetten: dat kost een minuut of twee en geldt vanaf de dag waarop je het doet.

# De regels /remind en /stop van help-text, alleen zolang er een herinnering op komst is.
help-reminders =
    /remind: herinneringen vóór een datum
    /stop: geen herinneringen meer

# /remind als geen enkele campagne een datum voor zich heeft.
remind-none = Je kunt op elk moment bezwaar maken of het uitzetten, en het geldt vanaf de dag waarop je het doet. Er komt geen datum aan, dus er valt niets te herinneren.

# /stop als er geen herinnering op komst is (zonder naar /remind te verwijzen).
stop-none = 🔕 Er staan geen herinneringen gepland, dus er valt niets uit te zetten.

# De melding als een platform met een instelling wordt afgevinkt.
marked-done-setting = Genoteerd: staat uit bij { $platform }.

checked-line = <i>🗓 Stappen gecontroleerd op { $date }. Ziet het scherm er anders uit, dan is de app misschien veranderd: zoek in de buurt naar dezelfde woorden.</i>

# Hetzelfde, voor een platform met een tweede linkknop.
checked-line-help = <i>🗓 Stappen gecontroleerd op { $date }. Ziet het scherm er anders uit of opent de eerste link niet, dan brengt de tweede knop je naar de eigen pagina van het platform.</i>

profile-description = Verschillende platforms trainen AI met wat mensen in de EU posten of aan hun AI vragen. Deze bot laat je stap voor stap en in je eigen taal zien hoe je op elk ervan bezwaar maakt of het uitzet, en geeft je een brief waar een formulier erom vraagt.

profile-short-description = Maak bezwaar tegen AI-training met je gegevens, platform voor platform: de stappen, de links, een brief.

share-several =
    Stuur het door: deze bot legt in je eigen taal uit hoe je bezwaar maakt tegen AI-training met je gegevens, platform voor platform.
    { $link }

# $commands zijn de opdrachten van de platforms, zoals /facebook /linkedin.
group-intro-several =
    Hallo! Ik leg mensen in de EU uit hoe ze bezwaar maken tegen AI-training met hun gegevens, platform voor platform.

    Iedereen hier kan { $commands } en /template gebruiken.
