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
btn-mark-done = ☑️ Pateikiau prieštaravimą: { $platform }
btn-mark-undone = ↩️ Vis dėlto neatlikta: { $platform }

## /start
start-text =
    <b>Saugokite savo turinį nuo „Meta“ DI</b>

    „Meta“ savo dirbtiniam intelektui mokyti naudoja ES gyvenančių suaugusiųjų viešus įrašus, nuotraukas, aprašymus ir komentarus, taip pat tai, ką žmonės siunčia „Meta AI“. BDAR 21 straipsnis suteikia jums teisę tam prieštarauti. Kiekvienoje platformoje tai užtrunka porą minučių.

    { $deadline }

    Pasirinkite platformą ir pamatysite, ką daryti:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ „Meta“ pradės naudoti jūsų turinį <b>{ $date }</b>. Liko: <b>{ $left }</b>. Jei pateiksite prieštaravimą iki šios datos, jūsų jau paskelbti įrašai nebus naudojami mokymui.
deadline-after = ℹ️ „Meta“ savo DI turiniu moko nuo <b>{ $date }</b>. Prieštarauti vis dar galite: prieštaravimas galioja nuo tos dienos, kai jį pateikiate, todėl tai, ką paskelbsite vėliau, nebus naudojama. Jau panaudoto turinio atsiimti negalima.

## Platform steps
facebook-text =
    <b>Prieštaravimas per „Facebook“</b>

    <b>Greičiausia:</b> bakstelėkite mygtuką apačioje ir atsivers oficiali „Meta“ forma, kurioje jau būsite prisijungę prie savo paskyros.

    <b>Programėlėje:</b>
    1. Atidarykite meniu ir eikite į <i>Nustatymai ir privatumas</i> → <i>Privatumo centras</i>.
    2. Atidarykite <i>Privatumo temos</i> → <i>DI bendrovėje „Meta“</i>.
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

    <b>Greičiausia:</b> bakstelėkite mygtuką apačioje ir atsivers oficiali „Meta“ forma, kurioje jau būsite prisijungę prie savo paskyros.

    <b>Programėlėje:</b>
    1. Eikite į savo profilį ir bakstelėkite meniu ☰.
    2. Atidarykite <i>Nustatymai ir privatumas</i> → <i>Privatumo centras</i> (arba <i>Apie</i> → <i>Privatumo politika</i>).
    3. Raskite <i>Teisė nesutikti</i> ir atidarykite formą.
    4. Įveskite savo paskyros el. pašto adresą. Priežasties laukelis neprivalomas: palikite jį tuščią arba įklijuokite laišką iš /template.
    5. Išsiųskite formą.

    <b>Vėliau:</b> „Meta“ patvirtina el. paštu arba ekrane. Išsaugokite šį patvirtinimą.

    <b>Verta žinoti</b>
    • Priežasties nurodyti nereikia.
    • Vienas prieštaravimas galioja visoms paskyroms, susietoms tame pačiame Paskyrų centre, įskaitant „Facebook“. Nesusietoms paskyroms reikia atskiro prieštaravimo.
    • Jau prieštaravote 2024 m.? Dėl viso pikto padarykite tai dar kartą.
whatsapp-text =
    <b>Prieštaravimas per „WhatsApp“</b>

    Jūsų privatūs pokalbiai DI mokyti <b>nenaudojami</b>. Gali būti naudojama tai, ką siunčiate „Meta AI“ (mėlynai rožinis apskritimas programėlėje).

    <b>Kaip:</b> programėlėje tokio nustatymo nėra, prieštaravimas pateikiamas per interneto formą.
    1. Bakstelėkite mygtuką apačioje (arba eikite į whatsapp.com → <i>Teisinė informacija</i> → forma <i>Duomenų subjekto teisės</i>).
    2. Pasirinkite parinktis, kuriomis prieštaraujate, kad jūsų duomenys būtų naudojami DI.
    3. Įveskite savo telefono numerį su šalies kodu ir el. pašto adresą.
    4. Jei prašoma nurodyti priežastį, įklijuokite laišką iš /template.
    5. Išsiųskite formą.

    <b>Vėliau:</b> „WhatsApp“ atsako el. paštu. Išsaugokite šį atsakymą.

    <b>Verta žinoti</b>
    • Jau prieštaravote 2024 m.? Dėl viso pikto padarykite tai dar kartą.

## /template
letter-intro = Nukopijuokite toliau pateiktą laišką (pakanka jį bakstelėti) ir įklijuokite į formos laukelį <i>priežastis</i> arba į „WhatsApp“ formą, jei joje prašoma nurodyti priežastį.
letter-body =
    Laba diena,

    Pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnį prieštarauju, kad „Meta“ ir jos partneriai tvarkytų mano asmens duomenis dirbtinio intelekto kūrimo ir mokymo tikslais. Tai taikoma mano įrašams, nuotraukoms, komentarams ir visiems kitiems su mano paskyra susijusiems asmens ar viešiems duomenims.

    Prašau raštu patvirtinti, kad mano prieštaravimas užregistruotas ir yra taikomas.

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
    /remind: priminimai iki termino
    /stop: išjungti priminimus
    /status: jūsų sąrašas ir kitas priminimas
    /language: pakeisti kalbą
    /share: nuoroda, kuria galima pasidalyti
    /privacy: ką apie jus saugau
    /forget: ištrinti viską, ką saugau apie šį pokalbį

    Be to, bet kuriame pokalbyje galite įvesti @{ $bot } ir paskelbti ten kortelę.

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
remind-on-no-wave = 🔔 Priminimai įjungti, bet iki termino (<b>{ $date }</b>) neliko nė vieno priminimo. Geriausia veikti dabar.
remind-already = 🔔 Priminimai jau įjungti. Kitas priminimas: <b>{ $when }</b>.
remind-after-deadline = Terminas (<b>{ $date }</b>) jau praėjo, tad priminti nebėra ko. Prieštarauti vis tiek verta: tai apsaugo tai, ką skelbiate nuo prieštaravimo pateikimo dienos.
remind-nothing-left = Pažymėjote visas tris platformas, tad priminimų nereikia. Ačiū!
stop-done = 🔕 Priminimai išjungti. Atsiųskite /remind, jei norite vėl juos įjungti.
stop-not-subscribed = Priminimai nebuvo įjungti. Atsiųskite /remind, kad juos įjungtumėte.
reminder-text =
    🔔 <b>Priminimas:</b> prieštaravimui pateikti liko { $left }, kol „Meta“ pradės naudoti jūsų turinį (<b>{ $date }</b>).

    Dar reikia padaryti: { $platforms }.

    Bakstelėkite platformą ir pamatysite, ką daryti. Jau atlikote? Pažymėkite ją po veiksmų sąrašu ir daugiau apie ją nebeprimisiu.
all-done-text = ✅ Pateikėte prieštaravimą visose trijose platformose. Ačiū! Daugiau priminimų nesiųsiu.

## /status
status-title = <b>Jūsų sąrašas</b>
status-done = ✅ { $platform }: prieštaravimas pateiktas
status-open = ⬜ { $platform }: dar reikia padaryti
status-subscribed = 🔔 Priminimai įjungti. Kitas: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Priminimai įjungti; iki termino neliko nė vieno.
status-not-subscribed = 🔕 Priminimai išjungti. Atsiųskite /remind, kad juos įjungtumėte.
marked-done = Pažymėta: { $platform } atlikta.
marked-undone = Pažymėta: { $platform } dar neatlikta.

## Groups
admin-only = Tai gali padaryti tik šios grupės administratorius.
group-intro =
    Sveiki! Padedu ES gyventojams neleisti, kad „Meta“ mokytų savo dirbtinį intelektą jų įrašais, nuotraukomis ir komentarais.

    Visi čia gali naudoti /facebook, /instagram, /whatsapp ir /template. Administratorius gali įjungti priminimus grupei komanda /remind.

## Sharing and inline mode
share-text =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip neleisti, kad „Meta“ mokytų savo DI jūsų įrašais.
    { $link }
inline-facebook-title = Prieštaravimas per „Facebook“
inline-facebook-desc = Veiksmai ir oficiali forma
inline-instagram-title = Prieštaravimas per „Instagram“
inline-instagram-desc = Veiksmai ir oficiali forma
inline-whatsapp-title = Prieštaravimas per „WhatsApp“
inline-whatsapp-desc = Pokalbiai su „Meta AI“: veiksmai ir forma
inline-letter-title = Prieštaravimo laiškas
inline-letter-desc = Paruoštas laiškas, kurį galima įklijuoti į formas
inline-deadline-title = Terminas
inline-deadline-desc = Kokia padėtis ir kodėl vis dar verta
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
cmd-whatsapp = Pateikti prieštaravimą per „WhatsApp“ („Meta AI“)
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
bot-description = „Meta“ moko savo dirbtinį intelektą ES gyvenančių suaugusiųjų viešais įrašais, nuotraukomis ir komentarais. Šis botas jūsų kalba žingsnis po žingsnio parodo, kaip pateikti prieštaravimą per „Facebook“, „Instagram“ ir „WhatsApp“, duoda laišką, kurį galima įklijuoti, ir primena prieš terminą.
bot-short-description = Neleiskite, kad „Meta“ mokytų savo DI jūsų įrašais: veiksmai, formos ir laiškas.
