## objection-bot: Lithuanian texts (lietuvių kalba). Address: polite "jūs".
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Lietuvių

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12 (genitive, as used in dates).
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
date-format = { $year } m. { $month } { $day } d.
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } { $time } ({ $zone })

## Time left, with plural forms (nominative after "Liko": 1 diena, 3 dienos, 10 dienų).
left-days = { $count ->
    [one] { $count } diena
    [few] { $count } dienos
   *[other] { $count } dienų
}
left-hours = { $count ->
    [one] { $count } valanda
    [few] { $count } valandos
   *[other] { $count } valandų
}
left-minutes = { $count ->
    [one] { $count } minutė
    [few] { $count } minutės
   *[other] { $count } minučių
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Laiškas
btn-remind = 🔔 Priminti man
btn-language = 🌐 Kalba
btn-share = 📣 Dalytis
btn-menu = ↩️ Meniu
btn-deadline = ℹ️ Dabartinė padėtis
btn-status = ✅ Mano sąrašas
# Žymėjimo mygtukas po platforma su forma…
btn-mark-done = ☑️ Pateikta: { $platform }
btn-mark-undone = ↩️ Vis dėlto neatlikta: { $platform }
btn-stop = 🔕 Išjungti priminimus
btn-tick-in-private = ☑️ Pažymėti privačiame pokalbyje

## /start
start-text =
    { $campaigns }

    Pasirinkite platformą ir pamatysite, ką daryti:

## /template
letter-pick = Kokio laiško jums reikia? Pasirinkite kampaniją:

## /language
language-choose = Pasirinkite kalbą, kuria kalbėsiu šiame pokalbyje:
language-set = Atlikta: čia kalbėsiu lietuviškai.

## /help
help-text =
    <b>Ką galiu</b>
    { $platforms }
    /template: laiškas, kurį galima įklijuoti į formas
    /deadline: dabartinė padėtis
    { $reminders }/status: jūsų sąrašas
    /language: pakeisti kalbą
    /share: nuoroda, kuria galima pasidalyti
    /privacy: ką apie jus saugau
    /news: naujienos, kai atsiranda naujas būdas prieštarauti
    /forget: ištrinti viską, ką saugau apie šį pokalbį

    Bet kuriame pokalbyje taip pat galite įvesti @{ $bot } ir ten paskelbti kortelę.

## /privacy and /forget
privacy-text =
    <b>Ką saugau</b>
    • Šio pokalbio numerį, jo kalbą, ar norite priminimų ar naujienų, kurias platformas pažymėjote ir kurią dieną, taip pat kurie priminimai, klausimai dėl patvirtinimo ir pakartotinės patikros laukia ar jau išsiųsti, kad niekas nieko negautų dukart.
    • Kodėl diena: praėjus mėnesiui po to, kai pažymite formą, vieną kartą paklausiu, ar bendrovė patvirtino. Pakartotinė nustatymo patikra saugoma tik tada, jei jos paprašote.
    • Nieko daugiau: jokių vardų, naudotojo vardų, telefono numerių ar žinučių teksto. Šalis, kurią pasirenkate ieškodami institucijos, nesaugoma.

    <b>Kiek laiko</b>
    Kol atsiųsite /forget, mane užblokuosite arba pašalinsite iš grupės. Tada viskas iš karto ištrinama.

    /forget dabar pat ištrina viską, kas susiję su šiuo pokalbiu.
forget-done = Atlikta: viskas, ką saugojau apie šį pokalbį, ištrinta. Jei norite pradėti iš naujo, bet kada atsiųskite /start.

## Anything else
unknown-text = Suprantu tik komandas. Atsiųskite /help ir pamatysite jų sąrašą.
stale-button = Šis mygtukas nebeveikia. Atsiųskite /start ir gausite naują meniu.
error-text = Mano pusėje kažkas nepavyko. Bandykite dar kartą po minutės.

## Reminders
remind-on = 🔔 Priminimai įjungti. Kitas priminimas: <b>{ $when }</b>.
remind-no-wave = Iki termino (<b>{ $date }</b>) neliko nė vieno priminimo, tad geriausias metas prieštarauti – dabar.
remind-already = 🔔 Priminimai jau įjungti. Kitas priminimas: <b>{ $when }</b>.
remind-after-deadline = Prieštarauti vis dar galite bet kada, ir jūsų prieštaravimas galioja nuo tos dienos, kai jį pateikiate. Priminti nėra ko, nes ta data (<b>{ $date }</b>) jau praėjo.
stop-done = 🔕 Priminimai išjungti. Atsiųskite /remind, jei norite vėl juos įjungti.
stop-not-subscribed = Priminimai nebuvo įjungti. Atsiųskite /remind, kad juos įjungtumėte.

## /status
status-title = <b>Jūsų sąrašas</b>
status-done = ✅ { $platform }: atlikta
status-open = ⬜ { $platform }: dar reikia padaryti
status-subscribed = 🔔 Priminimai įjungti. Kitas: <b>{ $when }</b>.
status-no-wave = 🔕 Daugiau priminimų nenumatyta.
status-not-subscribed = 🔕 Priminimai išjungti. Atsiųskite /remind, kad juos įjungtumėte.
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Pažymėta: { $platform } atlikta. Po { $after } paklausiu, ar prieštaravimas patvirtintas.
marked-undone = Pažymėta: { $platform } dar neatlikta.

## Groups
admin-only = Tai gali padaryti tik šios grupės administratorius.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administratorius gali įjungti priminimus grupei komanda /remind.

## Command menu (each at most 256 characters)
cmd-start = Pradėkite čia
cmd-template = Laiškas, kurį galima įklijuoti į formas
cmd-deadline = Dabartinė padėtis
cmd-remind = Priminimai iki termino
cmd-stop = Išjungti priminimus
cmd-status = Jūsų sąrašas
cmd-language = Pakeisti kalbą
cmd-share = Nuoroda, kuria galima pasidalyti
cmd-help = Visos komandos
cmd-privacy = Ką botas saugo
cmd-forget = Ištrinti viską, kas saugoma apie šį pokalbį
cmd-news = Naujienos, kai atsiranda naujas būdas prieštarauti

## Issue 17: new messages
# …ir po platforma su nustatymu: jis išjungtas.
btn-mark-done-setting = ☑️ Išjungta: { $platform }

start-intro =
    <b>Jūsų duomenys ir jų DI</b>
    Kelios didelės platformos moko DI tuo, ką ES gyventojai skelbia arba klausia jų DI. Kiekvienoje galite prieštarauti arba tai išjungti: tai užtrunka minutę ar dvi ir galioja nuo tos dienos, kai tai padarote.

# Eilutės /remind ir /stop iš help-text, rodomos tik tol, kol laukia priminimas.
help-reminders =
    /remind: priminimai prieš nustatytą datą
    /stop: daugiau jokių priminimų

# /remind, kai nė viena kampanija neturi artėjančios datos.
remind-none = Prieštarauti arba tai išjungti galite bet kada, ir tai galioja nuo tos dienos, kai tai padarote. Jokia data neartėja, tad priminti nėra ko.

# /stop, kai nelaukia joks priminimas (be nuorodos į /remind).
stop-none = 🔕 Jokių priminimų nesuplanuota, tad nėra ko išjungti.
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Atlikta: iš manęs daugiau negausite priminimų, klausimų dėl patvirtinimo ar naujienų. Komanda /start vėl parodys platformas.

# Pranešimas, kai pažymima platforma su nustatymu.
marked-done-setting = Pažymėta: { $platform } išjungta.

checked-line = <i>🗓 Veiksmai patikrinti { $date }. Jei ekranas atrodo kitaip, programėlė galėjo pasikeisti: ieškokite tų pačių žodžių netoliese.</i>

# Tas pats platformai su antru nuorodos mygtuku.
checked-line-help = <i>🗓 Veiksmai patikrinti { $date }. Jei ekranas atrodo kitaip arba pirmoji nuoroda neatsidaro, antrasis mygtukas veda į pačios platformos puslapį.</i>

profile-description = Kelios platformos moko DI tuo, ką ES gyventojai skelbia arba klausia jų DI. Šis botas jūsų kalba žingsnis po žingsnio parodo, kaip kiekvienoje prieštarauti arba tai išjungti, ir duoda laišką ten, kur forma jo prašo.

profile-short-description = Prieštaraukite DI mokymui jūsų duomenimis, platforma po platformos: veiksmai, nuorodos, laiškas.

share-several =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip prieštarauti DI mokymui jūsų duomenimis, platforma po platformos.
    { $link }

# $commands – platformų komandos, pvz., /facebook /linkedin.
group-intro-several =
    Sveiki! Parodau ES gyventojams, kaip prieštarauti DI mokymui jų duomenimis, platforma po platformos.

    Visi čia gali naudoti { $commands } ir /template.

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Pažymėta: { $platform } išjungta. Ačiū! Kai kurios platformos pridėjo naujų DI nustatymų, numatytuoju būdu įjungtų, apie tai nepranešusios savo naudotojams, todėl galiu jums priminti patikrinti.
# $after is a time such as "180 days".
btn-recheck = 🔔 Priminti po { $after }
recheck-on = 🔔 <b>{ $date }</b> priminsiu jums patikrinti, ar { $platform } nustatymas vis dar išjungtas.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 { $date } išjungėte { $platform } nustatymą. Patikrinkite, ar jis vis dar išjungtas ir ar šalia jo neatsirado naujas DI nustatymas: kai kurios platformos pridėjo tokių nustatymų, numatytuoju būdu įjungtų, apie tai nepranešusios savo naudotojams. Tai užtruks minutę.
recheck-ask-undated = 🔎 Išjungėte { $platform } nustatymą. Patikrinkite, ar jis vis dar išjungtas ir ar šalia jo neatsirado naujas DI nustatymas: kai kurios platformos pridėjo tokių nustatymų, numatytuoju būdu įjungtų, apie tai nepranešusios savo naudotojams. Tai užtruks minutę.
btn-news-on = 🆕 Naujienos apie naujus būdus
btn-news-off = 🔕 Daugiau jokių naujienų
news-on = 🆕 Pranešiu, kai atsiras naujas būdas prieštarauti ar ką nors išjungti. Jei norite tai sustabdyti, dar kartą atsiųskite /news.
news-off = 🔕 Daugiau naujienų iš manęs negausite. Atsiųskite /news, jei norite vėl jas įjungti.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Naujas būdas prieštarauti ar išjungti</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 { $date } pateikėte prieštaravimą platformoje { $platform }. Bendrovė per vieną mėnesį nuo jo gavimo turi jums pranešti, ką dėl jo padarė (arba per tą mėnesį pranešti, kad jai reikia dar iki dviejų mėnesių).

    Ar ji patvirtino?
followup-ask-again = 📬 Dar kartą: { $date } pateikėte prieštaravimą platformoje { $platform }. Ar bendrovė jį patvirtino?
btn-confirmed = ✅ Patvirtinta
btn-later = ⏳ Dar ne, priminti vėliau
btn-no-answer = ❌ Atsakymo nėra
followup-confirmed = ✅ Ačiū! Platformoje { $platform } daugiau nieko daryti nereikia. Išsaugokite patvirtinimą.
followup-later = ⏳ Dar kartą paklausiu <b>{ $date }</b>.
followup-letter-intro = Išsiųskite tai per tą pačią formą arba tuo pačiu adresu, kuriais pateikėte prieštaravimą, įrašykite savo duomenis ir pasilikite kopiją:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Tema: Mano { $date } nesutikimas (BDAR 21 straipsnis)

    Gerbiamieji,

    { $date } pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnį pareiškiau nesutikimą, kad mano asmens duomenys platformoje „{ $platform }“ būtų naudojami dirbtiniam intelektui kurti ir tobulinti.

    Pagal BDAR 12 straipsnio 3 dalį per vieną mėnesį nuo prašymo gavimo privalote man pranešti apie veiksmus, kurių imtasi pagal mano prašymą. Atsakymo negavau.

    Prašau nedelsiant patvirtinti, kad mano nesutikimas taikomas. Priešingu atveju pateiksiu skundą duomenų apsaugos priežiūros institucijai (BDAR 77 straipsnis).

    Pagarbiai
    { "[" }Jūsų vardas ir pavardė]
    { "[" }Jūsų paskyros el. pašto adresas]
complain-where = Jei bendrovė vis tiek neatsako, galite pateikti skundą duomenų apsaugos priežiūros institucijai: šalyje, kurioje gyvenate, kurioje dirbate arba kurioje buvo padarytas pažeidimas. Kurioje šalyje?
btn-other-country = 🇪🇺 Kita šalis
complain-country = Kurioje šalyje? Pasirinkite tą, kurioje gyvenate, kurioje dirbate arba kurioje buvo padarytas pažeidimas:
complain-land = Vokietijoje skundai dėl bendrovių teikiami jūsų federalinės žemės institucijai. Kuri žemė?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Jūsų institucija perduoda skundą vadovaujančiajai priežiūros institucijai (dėl „Meta“, „LinkedIn“, „Google“ ir „X“ tai Airijos duomenų apsaugos komisija, Data Protection Commission) ir toliau palaiko ryšį su jumis.

    Kaip įrodymą išsaugokite: patvirtinimo el. laišką arba išsiųstos formos ekrano kopiją su data, taip pat išsiųstą pakartotinį laišką. Skundas bendrovei nėra anoniminis, o daugelis institucijų jį priima tik savo kalba.
complain-home-only = <i>Nepavyko patvirtinti šios institucijos skundų puslapio: mygtukas atveria jos pagrindinį puslapį.</i>
btn-authority = 🏛 Atverti institucijos puslapį
