## objection-bot: Lithuanian texts (lietuvių kalba). Address: polite "jūs".
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Lietuvių

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Prieštaravimo laiškas
btn-remind = 🔔 Priminti man
btn-language = 🌐 Kalba
btn-share = 📣 Dalytis
btn-menu = ↩️ Meniu
btn-deadline = ⏳ Terminas
btn-status = ✅ Mano sąrašas
btn-open-form = 📝 Atverti oficialią { $platform } formą
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Oficiali forma (prisijunkite prie { $platform }, jei prašoma)
btn-mark-done = ☑️ Pateikiau prieštaravimą: { $platform }
btn-mark-undone = ↩️ Vis dėlto neatlikta: { $platform }

## /start
start-text =
    <b>Prieštaraukite, kad „Meta“ jūsų turinį naudotų savo DI mokyti</b>

    „Meta“ savo dirbtiniam intelektui mokyti naudoja ES gyvenančių suaugusiųjų viešus įrašus, nuotraukas, aprašymus ir komentarus, taip pat tai, ką žmonės siunčia „Meta AI“. BDAR 21 straipsnis suteikia jums teisę tam prieštarauti. Kiekvienoje platformoje tai užtrunka porą minučių.

    { $deadline }

    Pasirinkite platformą ir pamatysite, ką daryti:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Nuo <b>{ $date }</b> „Meta“ pradės naudoti turinį. Liko: <b>{ $left }</b>. Prieštaravimas galioja nuo jo pateikimo dienos, tad pateiktas iki šios datos jis galios dar prieš prasidedant mokymui.
deadline-after = ℹ️ Nuo <b>{ $date }</b> „Meta“ moko savo DI turiniu. Prieštarauti vis dar galite: jūsų prieštaravimas galioja nuo tos dienos, kai jį pateikiate. Jau panaudoto turinio iš jau apmokytų modelių pašalinti negalima.

## Platform steps
facebook-text =
    <b>Prieštaravimas per „Facebook“</b>

    <b>Greičiausia:</b> bakstelėkite mygtuką apačioje ir atsivers oficiali „Meta“ forma. Jei puslapis to paprašys, pirmiausia ten prisijunkite prie „Facebook“.

    <b>Programėlėje:</b>
    1. Atidarykite meniu ir eikite į <i>Nustatymai ir privatumas</i> → <i>Privatumo centras</i>.
    2. Atidarykite <i>Privatumo temos</i> → dirbtinio intelekto temą (<i>DI bendrovėje „Meta“</i>).
    3. Pasirinkite <i>Pateikti prieštaravimo užklausą</i>.
    4. Įveskite savo paskyros el. pašto adresą. Priežasties laukelis neprivalomas: palikite jį tuščią arba įklijuokite laišką iš /template.
    5. Išsiųskite formą.

    <b>Vėliau:</b> „Meta“ patvirtina el. paštu arba ekrane. Išsaugokite šį patvirtinimą.

    <b>Verta žinoti</b>
    • Priežasties nurodyti nereikia.
    • Vienas prieštaravimas galioja visoms paskyroms, susietoms tame pačiame Paskyrų centre. Nesusietai paskyrai arba paskyrai su kitu el. pašto adresu reikia atskiro prieštaravimo.
    • „Facebook“ puslapiai šia forma prieštarauti negali, tik asmeninės paskyros.
    • Jau prieštaravote 2024 m.? Dėl viso pikto padarykite tai dar kartą.
instagram-text =
    <b>Prieštaravimas per „Instagram“</b>

    <b>Greičiausia:</b> bakstelėkite mygtuką apačioje ir atsivers oficiali „Meta“ forma. Jei puslapis to paprašys, pirmiausia ten prisijunkite prie „Instagram“.

    <b>Programėlėje:</b>
    1. Eikite į savo profilį ir bakstelėkite meniu ☰ (<i>Nustatymai ir veikla</i>).
    2. Šiame meniu raskite <i>Privatumo centras</i> (kai kuriose versijose – skiltyje <i>Apie</i> → <i>Privatumo politika</i>).
    3. Raskite <i>Teisė nesutikti</i> ir atidarykite formą.
    4. Įveskite savo paskyros el. pašto adresą. Priežasties laukelis neprivalomas: palikite jį tuščią arba įklijuokite laišką iš /template.
    5. Išsiųskite formą.

    <b>Vėliau:</b> „Meta“ patvirtina el. paštu arba ekrane. Išsaugokite šį patvirtinimą.

    <b>Verta žinoti</b>
    • Priežasties nurodyti nereikia.
    • Vienas prieštaravimas galioja visoms paskyroms, susietoms tame pačiame Paskyrų centre, įskaitant „Facebook“. Nesusietoms paskyroms reikia atskiro prieštaravimo.
    • Jau prieštaravote 2024 m.? Dėl viso pikto padarykite tai dar kartą.
whatsapp-text =
    <b>„WhatsApp“ ir „Meta AI“</b>

    Jūsų privatūs pokalbiai yra visapusiškai užšifruoti ir DI mokyti <b>nenaudojami</b>. Tai, ką siunčiate „Meta AI“ (mėlynai rožinis apskritimas programėlėje arba @Meta AI, pakviestas į grupės pokalbį), nėra visapusiškai užšifruota ir gali būti naudojama.

    • „Meta AI“ programėlėje „WhatsApp“ išjungti negalima – galima tik juo nesinaudoti.
    • 2025 m. birželį „Meta“ pareiškė, kad šiuo metu „WhatsApp“ pokalbių su „Meta AI“ mokymui nenaudoja.
    • Programėlėje nėra prieštaravimo nustatymo, o vartotojų konsultavimo centrai nurodo, kad „WhatsApp“ neturi savos oficialios prieštaravimo tvarkos šiuo klausimu.

    <b>Patikimiausia apsauga:</b> nieko nesiųskite „Meta AI“.

    <b>Atsargumo dėlei – interneto forma:</b>
    1. Bakstelėkite mygtuką apačioje (arba eikite į whatsapp.com → teisinės informacijos nuoroda puslapio apačioje → duomenų subjekto teisių forma, kad ir kaip ji šiuo metu vadintųsi).
    2. Pasirinkite parinktis, kuriomis prieštaraujate, kad jūsų duomenys būtų naudojami.
    3. Įveskite savo telefono numerį su šalies kodu ir el. pašto adresą.
    4. Jei prašoma nurodyti priežastį, įklijuokite laišką iš /template.
    5. Išsiųskite formą. „WhatsApp“ atsako el. paštu – išsaugokite šį atsakymą.

## /template
letter-intro = Nukopijuokite toliau pateiktą laišką (pakanka jį bakstelėti) ir įklijuokite į formos laukelį <i>priežastis</i> arba į „WhatsApp“ formą, jei joje prašoma nurodyti priežastį.
letter-body =
    Gerbiamieji,

    Pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnio 1 dalį nesutinku, kad „Meta“ ir jos partneriai tvarkytų mano asmens duomenis dirbtinio intelekto kūrimo ir mokymo tikslais. Tai apima mano įrašus, nuotraukas ir jų aprašymus, komentarus ir bet kokį kitą su mano paskyra susijusį turinį, taip pat mano sąveiką su „Meta AI“.

    Pagal BDAR 12 straipsnio 3 dalį prašau per vieną mėnesį raštu patvirtinti, kad mano nesutikimas užregistruotas ir taikomas.

    Pagarbiai

## /language
language-choose = Pasirinkite kalbą, kuria kalbėsiu šiame pokalbyje:
language-set = Atlikta: čia kalbėsiu lietuviškai.

## /help
help-text =
    <b>Ką galiu</b>
    /facebook: kaip pateikti prieštaravimą per „Facebook“
    /instagram: kaip pateikti prieštaravimą per „Instagram“
    /whatsapp: kaip pateikti prieštaravimą per „WhatsApp“
    /template: laiškas, kurį galima įklijuoti į formas
    /deadline: terminas ir dabartinė padėtis
    { $remind }
    /stop: išjungti priminimus
    /status: jūsų sąrašas ir kitas priminimas
    /language: pakeisti kalbą
    /share: nuoroda, kuria galima pasidalyti
    /privacy: ką apie jus saugau
    /forget: ištrinti viską, ką saugau apie šį pokalbį

    Be to, bet kuriame pokalbyje galite įvesti @{ $bot } ir paskelbti ten kortelę.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: priminimai iki termino
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: kodėl dabar priminimų nėra

## /privacy and /forget
privacy-text =
    <b>Ką saugau</b>
    • Šio pokalbio numerį, pasirinktą kalbą, ar norite priminimų, kurias platformas pažymėjote kaip atliktas ir kurie priminimai jau išsiųsti, kad niekas negautų to paties priminimo dukart.
    • Nieko daugiau: jokių vardų, naudotojo vardų, telefono numerių ar žinučių teksto.

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
remind-after-deadline = Terminas (<b>{ $date }</b>) jau praėjo, tad priminti nebėra ko, tačiau prieštarauti galite bet kada, ir jūsų prieštaravimas galios nuo jo pateikimo dienos.
remind-nothing-left = Pažymėjote visas tris platformas, tad priminimų nereikia. Ačiū!
stop-done = 🔕 Priminimai išjungti. Atsiųskite /remind, jei norite vėl juos įjungti.
stop-not-subscribed = Priminimai nebuvo įjungti. Atsiųskite /remind, kad juos įjungtumėte.
reminder-text =
    🔔 <b>Priminimas:</b> iki termino (<b>{ $date }</b>) liko { $left }. Prieštaravimas galioja nuo jo pateikimo dienos.

    Dar reikia padaryti: { $platforms }.

    Bakstelėkite platformą ir pamatysite, ką daryti. Jau atlikote? Pažymėkite ją po veiksmų sąrašu ir daugiau apie ją nebeprimisiu.
all-done-text = ✅ Pateikėte prieštaravimą visose trijose platformose. Ačiū! Daugiau priminimų nesiųsiu.

## /status
status-title = <b>Jūsų sąrašas</b>
status-done = ✅ { $platform }: prieštaravimas pateiktas
status-open = ⬜ { $platform }: dar reikia padaryti
status-subscribed = 🔔 Priminimai įjungti. Kitas: <b>{ $when }</b>.
status-no-wave = 🔕 Daugiau priminimų nenumatyta.
status-not-subscribed = 🔕 Priminimai išjungti. Atsiųskite /remind, kad juos įjungtumėte.
marked-done = Pažymėta: { $platform } atlikta.
marked-undone = Pažymėta: { $platform } dar neatlikta.

## Groups
admin-only = Tai gali padaryti tik šios grupės administratorius.
group-intro =
    Sveiki! Parodau ES gyventojams, kaip prieštarauti, kad „Meta“ jų įrašus, nuotraukas ir komentarus naudotų savo dirbtiniam intelektui mokyti.

    Visi čia gali naudoti /facebook, /instagram, /whatsapp ir /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administratorius gali įjungti priminimus grupei komanda /remind.

## Sharing and inline mode
share-text =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip prieštarauti, kad „Meta“ jūsų įrašus naudotų savo DI mokyti.
    { $link }
inline-facebook-title = Prieštaravimas per „Facebook“
inline-facebook-desc = Veiksmai ir oficiali forma
inline-instagram-title = Prieštaravimas per „Instagram“
inline-instagram-desc = Veiksmai ir oficiali forma
inline-whatsapp-title = Prieštaravimas per „WhatsApp“
inline-whatsapp-desc = Pokalbiai su „Meta AI“: kas naudojama ir forma
inline-letter-title = Prieštaravimo laiškas
inline-letter-desc = Paruoštas laiškas, kurį galima įklijuoti į formas
inline-deadline-title = Terminas
inline-deadline-desc = Kokia padėtis ir ką prieštaravimas lemia dabar
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = laiškas šablonas pavyzdys prieštaravimas
inline-deadline-keywords = terminas data laikas

## Command menu (each at most 256 characters)
cmd-start = Pradėkite čia
cmd-facebook = Pateikti prieštaravimą per „Facebook“
cmd-instagram = Pateikti prieštaravimą per „Instagram“
cmd-whatsapp = „WhatsApp“ ir „Meta AI“
cmd-template = Laiškas, kurį galima įklijuoti į formas
cmd-deadline = Terminas ir dabartinė padėtis
cmd-remind = Priminimai iki termino
cmd-stop = Išjungti priminimus
cmd-status = Jūsų sąrašas
cmd-language = Pakeisti kalbą
cmd-share = Nuoroda, kuria galima pasidalyti
cmd-help = Visos komandos
cmd-privacy = Ką botas saugo
cmd-forget = Ištrinti viską, kas saugoma apie šį pokalbį

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = „Meta“ moko savo dirbtinį intelektą ES gyvenančių suaugusiųjų viešais įrašais, nuotraukomis ir komentarais, taip pat tuo, ką žmonės siunčia „Meta AI“. Šis botas jūsų kalba žingsnis po žingsnio parodo, kaip pateikti prieštaravimą per „Facebook“ ir „Instagram“ ir kas galioja „WhatsApp“, ir duoda laišką, kurį galima įklijuoti. Kai artėja terminas, jis gali jums priminti.
bot-short-description = Prieštaraukite, kad „Meta“ jūsų įrašus naudotų savo DI mokyti: veiksmai, formos ir laiškas.
