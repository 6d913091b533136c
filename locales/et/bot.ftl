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
    /news: uudised, kui ilmub uus viis vastu vaielda
    /forget: kustuta kõik, mida selle vestluse kohta salvestan

    Võid ka suvalises vestluses kirjutada @{ $bot }, et sinna kaart postitada.

## /privacy and /forget
privacy-text =
    <b>Mida ma salvestan</b>
    • Selle vestluse numbri, selle keele, kas soovid meeldetuletusi või uudiseid, millised platvormid oled tehtuks märkinud ja mis päeval ning millised meeldetuletused, järelpärimised ja korduskontrollid on ees või juba saadetud, et keegi ei saaks sama asja kaks korda.
    • Miks päev: kuu aega pärast seda, kui märgid vormi tehtuks, küsin ühe korra, kas ettevõte on seda kinnitanud. Seade korduskontroll salvestatakse ainult siis, kui sa seda palud.
    • Mitte midagi muud: ei nimesid, kasutajanimesid, telefoninumbreid ega sõnumite teksti. Riiki, mille valid asutuse leidmiseks, ei salvestata.

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
# Teade, kui vormiga platvorm märgitakse tehtuks; $after on aeg, näiteks "30 päeva".
marked-done-followup = Märgitud: { $platform } tehtud. Kui { $after } on möödas, küsin, kas see on kinnitatud.
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
cmd-news = Uudised, kui ilmub uus viis vastu vaielda

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
# /stop, kui ka järelpärimised, korduskontrollid või uudised olid sees: kõik lõpeb.
stop-all = 🔕 Tehtud: minult ei tule enam meeldetuletusi, järelpärimisi ega uudiseid. /start näitab platvorme uuesti.

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

## Pärast märkimist: järelpärimised, kuhu kaevata, korduskontrollid ja uudised.
# Sõnum seade all, mis on märgitud väljalülitatuks; see pakub korduskontrolli (btn-recheck).
setting-thanks = ✅ Märgitud: { $platform } väljas. Aitäh! Mõned platvormid on lisanud uusi tehisintellekti seadeid, mis on vaikimisi sisse lülitatud, oma kasutajaid teavitamata, nii et võin sulle meelde tuletada, et kontrolliksid.
# $after on aeg, näiteks "180 päeva".
btn-recheck = 🔔 Tuleta { $after } pärast meelde
recheck-on = 🔔 Kuupäeval <b>{ $date }</b> tuletan sulle meelde kontrollida, et see on platvormil { $platform } ikka väljas.
# Korduskontroll ise, seade nupp all.
recheck-ask = 🔎 Kuupäeval { $date } lülitasid selle platvormil { $platform } välja. Palun kontrolli, et see on ikka väljas ja kas selle kõrvale on ilmunud uus tehisintellekti seade: mõned platvormid on selliseid seadeid lisanud, vaikimisi sisse lülitatuna, oma kasutajaid teavitamata. See võtab minuti.
recheck-ask-undated = 🔎 Lülitasid selle platvormil { $platform } välja. Palun kontrolli, et see on ikka väljas ja kas selle kõrvale on ilmunud uus tehisintellekti seade: mõned platvormid on selliseid seadeid lisanud, vaikimisi sisse lülitatuna, oma kasutajaid teavitamata. See võtab minuti.
btn-news-on = 🆕 Uudised uutest võimalustest
btn-news-off = 🔕 Uudised välja
news-on = 🆕 Annan teada, kui ilmub uus viis vastu vaielda või midagi välja lülitada. Saada uuesti /news, et see lõpetada.
news-off = 🔕 Minult ei tule enam uudiseid. Saada /news, et need uuesti sisse lülitada.
# Teadaande esimene rida; järgnevad kampaania pealkiri ja tutvustus.
news-announce = 🆕 <b>Uus viis vastu vaielda või välja lülitada</b>
# Järelpärimine kuu aega pärast vormi tehtuks märkimist ($date on see päev).
followup-ask =
    📬 Kuupäeval { $date } esitasid vastuväite platvormil { $platform }. Ettevõte peab sulle ühe kuu jooksul pärast vastuväite saamist teatama, mida ta selle põhjal ette võttis (või selle kuu jooksul teatama, et vajab kuni kaks kuud lisaaega).

    Kas ettevõte on seda kinnitanud?
followup-ask-again = 📬 Veel kord: kuupäeval { $date } esitasid vastuväite platvormil { $platform }. Kas ettevõte on seda kinnitanud?
btn-confirmed = ✅ Kinnitatud
btn-later = ⏳ Veel mitte, küsi hiljem
btn-no-answer = ❌ Vastust pole
followup-confirmed = ✅ Aitäh! Platvormil { $platform } pole rohkem midagi teha. Hoia kinnitus alles.
followup-later = ⏳ Küsin veel kord kuupäeval <b>{ $date }</b>.
followup-letter-intro = Saada see sama vormi või aadressi kaudu, mida kasutasid, täida oma andmed ja hoia koopia alles:
# Järelpärimise kiri: ametlik, täidetuna alla 1000 tähemärgi.
followup-letter =
    Teema: Minu vastuväide kuupäevast { $date } (IKÜM artikkel 21)

    Lugupeetud adressaat

    Esitasin kuupäeval { $date } isikuandmete kaitse üldmääruse (IKÜM) artikli 21 alusel vastuväite oma isikuandmete kasutamisele platvormil { $platform } tehisintellekti arendamiseks ja täiustamiseks.

    IKÜMi artikli 12 lõike 3 kohaselt peate mulle ühe kuu jooksul pärast taotluse saamist teatama, milliseid meetmeid olete selle alusel võtnud. Ma ei ole vastust saanud.

    Palun kinnitage viivitamata, et minu vastuväidet rakendatakse. Vastasel juhul esitan kaebuse andmekaitse järelevalveasutusele (IKÜMi artikkel 77).

    Lugupidamisega
    { "[" }Sinu nimi]
    { "[" }Sinu konto e-posti aadress]
complain-where = Kui ettevõte ikka ei vasta, võid esitada kaebuse andmekaitse järelevalveasutusele: riigis, kus elad, kus töötad või kus rikkumine toimus. Milline riik?
btn-other-country = 🇪🇺 Muu riik
complain-country = Milline riik? Vali see, kus elad, kus töötad või kus rikkumine toimus:
complain-land = Saksamaal esitatakse kaebused ettevõtete kohta sinu liidumaa asutusele. Milline liidumaa?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Sinu asutus edastab kaebuse juhtivale järelevalveasutusele (Meta, LinkedIni, Google'i ja X-i puhul on see Iirimaa andmekaitseasutus Data Protection Commission) ja jääb sinu kontaktiks.

    Hoia tõendiks alles: kinnitav e-kiri või kuupäevaga ekraanipilt saadetud vormist ning järelpärimine, mille saatsid. Kaebus ei ole ettevõtte ees anonüümne ja paljud asutused võtavad selle vastu ainult oma keeles.
complain-home-only = <i>Ma ei saanud kinnitada selle asutuse kaebuste lehte: nupp avab asutuse avalehe.</i>
btn-authority = 🏛 Ava asutuse leht
