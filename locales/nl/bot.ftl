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
    /news: bericht als er een nieuwe manier komt om bezwaar te maken
    /forget: alles wissen wat ik over deze chat bewaar

    Je kunt ook in elke chat @{ $bot } typen om daar een kaart te plaatsen.

## /privacy en /forget
privacy-text =
    <b>Wat ik bewaar</b>
    • Het nummer van deze chat, de taal ervan, of je herinneringen of nieuws wilt, welke platforms je op welke dag hebt afgevinkt, en welke herinneringen, vervolgvragen en controleherinneringen gepland staan of al zijn verstuurd, zodat niemand er een twee keer krijgt.
    • Waarom de dag: een maand nadat je een formulier hebt afgevinkt, vraag ik één keer of het bedrijf het heeft bevestigd. Een controleherinnering voor een instelling bewaar ik alleen als je erom vraagt.
    • Verder niets: geen namen, geen gebruikersnamen, geen telefoonnummers, geen berichtteksten. Het land dat je kiest om een toezichthouder te vinden, wordt niet bewaard.

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
# /stop als ook vervolgvragen, controleherinneringen of nieuws aan stonden: alles stopt.
stop-all = 🔕 Klaar: geen herinneringen, vervolgvragen of nieuws meer van mij. Met /start zie je de platforms weer.

## /status
status-title = <b>Je checklist</b>
status-done = ✅ { $platform }: gedaan
status-open = ⬜ { $platform }: nog te doen
status-subscribed = 🔔 Herinneringen staan aan. Volgende: <b>{ $when }</b>.
status-no-wave = 🔕 Er staan geen herinneringen meer gepland.
status-not-subscribed = 🔕 Herinneringen staan uit. Stuur /remind om ze aan te zetten.
# De melding als een formulier wordt afgevinkt; $after is een tijdsduur zoals „30 dagen”.
marked-done-followup = Genoteerd: { $platform } gedaan. Over { $after } vraag ik of je bezwaar is bevestigd.
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
cmd-news = Bericht als er een nieuwe manier komt om bezwaar te maken

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

## Na het afvinken: vervolgvragen, waar je een klacht indient, controleherinneringen en nieuws.
# Het bericht onder een instelling die als uitgezet is afgevinkt; het biedt een controleherinnering aan (btn-recheck).
setting-thanks = ✅ Genoteerd: staat uit bij { $platform }. Bedankt! Sommige platforms hebben nieuwe AI-instellingen toegevoegd die standaard aan stonden, zonder hun gebruikers iets te laten weten, dus ik kan je eraan herinneren om het te controleren.
# $after is een tijdsduur zoals „180 dagen”.
btn-recheck = 🔔 Herinner me over { $after }
recheck-on = 🔔 Op <b>{ $date }</b> herinner ik je eraan te controleren of het bij { $platform } nog steeds uit staat.
# De controleherinnering zelf, met de knop van de instelling eronder.
recheck-ask = 🔎 Op { $date } heb je het bij { $platform } uitgezet. Controleer even of het nog steeds uit staat en of er ernaast een nieuwe AI-instelling is verschenen: sommige platforms hebben zulke instellingen toegevoegd, standaard aan, zonder hun gebruikers iets te laten weten. Het kost een minuut.
recheck-ask-undated = 🔎 Je hebt het bij { $platform } uitgezet. Controleer even of het nog steeds uit staat en of er ernaast een nieuwe AI-instelling is verschenen: sommige platforms hebben zulke instellingen toegevoegd, standaard aan, zonder hun gebruikers iets te laten weten. Het kost een minuut.
btn-news-on = 🆕 Meld me nieuwe opt-outs
btn-news-off = 🔕 Geen nieuws meer
news-on = 🆕 Ik laat het je weten als er een nieuwe manier komt om bezwaar te maken of iets uit te zetten. Stuur nog eens /news om te stoppen.
news-off = 🔕 Geen nieuws meer van mij. Stuur /news om het weer aan te zetten.
# De eerste regel van een aankondiging; de titel en het verhaal van de campagne volgen.
news-announce = 🆕 <b>Een nieuwe manier om bezwaar te maken of iets uit te zetten</b>
# De vervolgvraag, een maand nadat een formulier is afgevinkt ($date is die dag).
followup-ask =
    📬 Op { $date } heb je bij { $platform } bezwaar gemaakt. Het bedrijf moet je binnen een maand na ontvangst laten weten wat het met je bezwaar heeft gedaan (of binnen die maand melden dat het nog maximaal twee maanden extra nodig heeft).

    Heeft het bedrijf je bezwaar bevestigd?
followup-ask-again = 📬 Nog één keer: op { $date } heb je bij { $platform } bezwaar gemaakt. Heeft het bedrijf het bevestigd?
btn-confirmed = ✅ Bevestigd
btn-later = ⏳ Nog niet, vraag het later
btn-no-answer = ❌ Geen antwoord
followup-confirmed = ✅ Bedankt! Voor { $platform } hoef je niets meer te doen. Bewaar de bevestiging.
followup-later = ⏳ Ik vraag het nog één keer op <b>{ $date }</b>.
followup-letter-intro = Stuur dit via hetzelfde formulier of naar hetzelfde adres als de eerste keer, vul je gegevens in en bewaar een kopie:
# De vervolgbrief: formeel, ingevuld minder dan 1000 tekens.
followup-letter =
    Onderwerp: mijn bezwaar van { $date } (artikel 21 AVG)

    Geachte heer, mevrouw,

    Op { $date } heb ik op grond van artikel 21 AVG bezwaar gemaakt tegen het gebruik van mijn persoonsgegevens op { $platform } voor het ontwikkelen en verbeteren van kunstmatige intelligentie.

    Op grond van artikel 12, lid 3, AVG moet u mij binnen een maand na ontvangst informeren over het gevolg dat aan mijn verzoek is gegeven. Ik heb geen antwoord ontvangen.

    Ik verzoek u mij onverwijld te bevestigen dat mijn bezwaar is toegepast. Anders dien ik een klacht in bij een toezichthoudende autoriteit voor gegevensbescherming (artikel 77 AVG).

    Met vriendelijke groet
    { "[" }Je naam]
    { "[" }Het e-mailadres van je account]
complain-where = Antwoordt het bedrijf nog steeds niet, dan kun je een klacht indienen bij een toezichthouder voor gegevensbescherming: in het land waar je woont, waar je werkt of waar de inbreuk heeft plaatsgevonden. Welk land?
btn-other-country = 🇪🇺 Een ander land
complain-country = Welk land? Kies het land waar je woont, waar je werkt of waar de inbreuk heeft plaatsgevonden:
complain-land = In Duitsland gaan klachten over bedrijven naar de toezichthouder van je deelstaat (Land). Welke?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Je eigen toezichthouder stuurt de klacht door naar de leidende toezichthouder (voor Meta, LinkedIn, Google en X is dat de Ierse Data Protection Commission) en blijft je aanspreekpunt.

    Bewaar als bewijs: de bevestigingsmail of een schermafbeelding van het verzonden formulier met de datum, en de vervolgbrief die je hebt gestuurd. Een klacht is niet anoniem voor het bedrijf, en veel toezichthouders nemen klachten alleen in hun eigen taal aan.
complain-home-only = <i>Ik kon de klachtenpagina van deze toezichthouder niet bevestigen: de knop opent de startpagina.</i>
btn-authority = 🏛 Naar de toezichthouder
