## objection-bot: Estonian texts (eesti keel). Address: informal "sina".
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Eesti

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
date-format = { $day }. { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } kell { $time } ({ $zone })

## Time left, with plural forms (used as "Aega on jäänud: 3 päeva").
left-days = { $count ->
    [one] { $count } päev
   *[other] { $count } päeva
}
left-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
left-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Kiri
btn-remind = 🔔 Tuleta mulle meelde
btn-language = 🌐 Keel
btn-share = 📣 Jaga
btn-menu = ↩️ Menüü
btn-deadline = ℹ️ Hetkeseis
btn-status = ✅ Minu nimekiri
# Märkimisnupp vormiga platvormi all…
btn-mark-done = ☑️ Vastuväide esitatud: { $platform }
btn-mark-undone = ↩️ Siiski tegemata: { $platform }
btn-stop = 🔕 Lõpeta meeldetuletused
btn-tick-in-private = ☑️ Märgi privaatvestluses

## /start
start-text =
    { $campaigns }

    Vali platvorm, et näha juhiseid:

## /template
letter-pick = Millist kirja sa vajad? Vali kampaania:

## /language
language-choose = Vali keel, mida ma selles vestluses kasutan:
language-set = Tehtud: räägin siin nüüd eesti keeles.

## /help
help-text =
    <b>Mida ma oskan</b>
    { $platforms }
    /template: kiri vormidesse kleepimiseks
    /deadline: hetkeseis
    { $reminders }/status: sinu kontrollnimekiri
    /language: muuda keelt
    /share: link edasi jagamiseks
    /privacy: mida ma sinu kohta salvestan
    /forget: kustuta kõik, mida selle vestluse kohta salvestan

    Võid ka suvalises vestluses kirjutada @{ $bot }, et sinna kaart postitada.

## /privacy and /forget
privacy-text =
    <b>Mida ma salvestan</b>
    • Selle vestluse numbri, valitud keele, kas soovid meeldetuletusi, millised platvormid oled tehtuks märkinud ja millised meeldetuletused on juba saadetud, et keegi ei saaks sama meeldetuletust kaks korda.
    • Mitte midagi muud: ei nimesid, kasutajanimesid, telefoninumbreid ega sõnumite teksti.

    <b>Kui kaua</b>
    Kuni saadad /forget, blokeerid mu või eemaldad mu grupist. Siis kustutatakse kõik kohe.

    /forget kustutab kohe kõik, mis puudutab seda vestlust.
forget-done = Tehtud: kõik, mida ma selle vestluse kohta salvestasin, on kustutatud. Saada millal tahes /start, et uuesti alustada.

## Anything else
unknown-text = Ma saan aru ainult käskudest. Saada /help, et neid näha.
stale-button = See nupp ei tööta enam. Saada /start, et saada uus menüü.
error-text = Minu poolel läks midagi valesti. Palun proovi minuti pärast uuesti.

## Reminders
remind-on = 🔔 Meeldetuletused on sisse lülitatud. Järgmine meeldetuletus: <b>{ $when }</b>.
remind-no-wave = Enne tähtaega (<b>{ $date }</b>) ei ole enam ühtegi meeldetuletust, nii et kõige parem on vastuväide esitada kohe.
remind-already = 🔔 Meeldetuletused on juba sisse lülitatud. Järgmine meeldetuletus: <b>{ $when }</b>.
remind-after-deadline = Vastuväite saad endiselt igal ajal esitada ja see kehtib alates päevast, mil selle esitad. Meelde pole midagi tuletada, sest see kuupäev (<b>{ $date }</b>) on möödas.
stop-done = 🔕 Meeldetuletused on välja lülitatud. Saada /remind, et need uuesti sisse lülitada.
stop-not-subscribed = Meeldetuletused ei olnud sisse lülitatud. Saada /remind, et need sisse lülitada.

## /status
status-title = <b>Sinu kontrollnimekiri</b>
status-done = ✅ { $platform }: tehtud
status-open = ⬜ { $platform }: veel tegemata
status-subscribed = 🔔 Meeldetuletused on sees. Järgmine: <b>{ $when }</b>.
status-no-wave = 🔕 Rohkem meeldetuletusi ei ole plaanitud.
status-not-subscribed = 🔕 Meeldetuletused on väljas. Saada /remind, et need sisse lülitada.
marked-done = Märgitud: { $platform } tehtud.
marked-undone = Märgitud: { $platform } veel tegemata.

## Groups
admin-only = Seda saab teha ainult selle grupi administraator.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administraator saab grupile meeldetuletused sisse lülitada käsuga /remind.

## Command menu (each at most 256 characters)
cmd-start = Alusta siit
cmd-template = Kiri vormidesse kleepimiseks
cmd-deadline = Hetkeseis
cmd-remind = Meeldetuletused enne tähtaega
cmd-stop = Lülita meeldetuletused välja
cmd-status = Sinu kontrollnimekiri
cmd-language = Muuda keelt
cmd-share = Link edasijagamiseks
cmd-help = Kõik käsud
cmd-privacy = Mida bot salvestab
cmd-forget = Kustuta kõik selle vestluse kohta salvestatu

## Issue 17: new messages
# …ja seadega platvormi all: ütleb, et see on väljas.
btn-mark-done-setting = ☑️ Väljas: { $platform }

start-intro =
    <b>Sinu andmed ja nende tehisintellekt</b>
    Mitu suurt platvormi treenib tehisintellekti sellega, mida ELi inimesed postitavad või oma tehisintellektilt küsivad. Igaühes neist saad vastu vaielda või selle välja lülitada: see võtab minuti või kaks ja kehtib päevast, mil seda teed.

# help-texti read /remind ja /stop, mida näidatakse ainult siis, kui mõni meeldetuletus on ees.
help-reminders =
    /remind: meeldetuletused enne kindlat kuupäeva
    /stop: rohkem meeldetuletusi pole

# /remind, kui ühelgi kampaanial pole eesootavat kuupäeva.
remind-none = Vastu vaielda või selle välja lülitada saad igal ajal ja see kehtib päevast, mil seda teed. Ühtegi kuupäeva pole ees, nii et meelde pole midagi tuletada.

# /stop, kui ükski meeldetuletus pole ees (ilma viiteta käsule /remind).
stop-none = 🔕 Meeldetuletusi pole planeeritud, nii et midagi pole välja lülitada.

# Teade, kui seadega platvorm märgitakse tehtuks.
marked-done-setting = Märgitud: { $platform } väljas.

checked-line = <i>🗓 Juhised kontrollitud: { $date }. Kui ekraan näeb teistsugune välja, võib rakendus olla muutunud: otsi samu sõnu lähedalt.</i>

# Sama teise lingiga platvormi jaoks.
checked-line-help = <i>🗓 Juhised kontrollitud: { $date }. Kui ekraan näeb teistsugune välja või esimene link ei avane, viib teine nupp platvormi enda lehele.</i>

profile-description = Mitu platvormi treenib tehisintellekti sellega, mida ELi inimesed postitavad või oma tehisintellektilt küsivad. See bot näitab sulle samm-sammult ja sinu keeles, kuidas igaühes vastu vaielda või see välja lülitada, ning annab kirja, kui vorm seda küsib.

profile-short-description = Vaidle vastu tehisintellekti treenimisele sinu andmetega, platvormi kaupa: juhised, lingid, kiri.

share-several =
    Jaga edasi: see bot selgitab sinu keeles, kuidas vaielda vastu tehisintellekti treenimisele sinu andmetega, platvormi kaupa.
    { $link }

# $commands on platvormide käsud, näiteks /facebook /linkedin.
group-intro-several =
    Tere! Näitan ELi inimestele, kuidas vaielda vastu tehisintellekti treenimisele nende andmetega, platvormi kaupa.

    Siin saavad kõik kasutada käske { $commands } ja /template.
