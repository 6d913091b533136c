## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Prieštaraukite, kad „Meta“ jūsų turinį naudotų savo DI mokyti
intro =
    „Meta“ savo dirbtiniam intelektui mokyti naudoja ES gyvenančių suaugusiųjų viešus įrašus, nuotraukas, aprašymus ir komentarus, taip pat tai, ką žmonės siunčia „Meta AI“. BDAR 21 straipsnis suteikia jums teisę tam prieštarauti. Kiekvienoje platformoje tai užtrunka porą minučių.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Nuo <b>{ $date }</b> „Meta“ pradės naudoti turinį. Liko: <b>{ $left }</b>. Prieštaravimas galioja nuo jo pateikimo dienos, tad pateiktas iki šios datos jis galios dar prieš prasidedant mokymui.
deadline-after = ℹ️ Nuo <b>{ $date }</b> „Meta“ moko savo DI turiniu. Prieštarauti vis dar galite: jūsų prieštaravimas galioja nuo tos dienos, kai jį pateikiate. Jau panaudoto turinio iš jau apmokytų modelių pašalinti negalima.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Nukopijuokite toliau pateiktą laišką (pakanka jį bakstelėti) ir įklijuokite į formos laukelį <i>priežastis</i> arba į „WhatsApp“ formą, jei joje prašoma nurodyti priežastį.
letter-body =
    Gerbiamieji,

    Pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnio 1 dalį nesutinku, kad „Meta“ ir jos partneriai tvarkytų mano asmens duomenis dirbtinio intelekto kūrimo ir mokymo tikslais. Tai apima mano įrašus, nuotraukas ir jų aprašymus, komentarus ir bet kokį kitą su mano paskyra susijusį turinį, taip pat mano sąveiką su „Meta AI“.

    Pagal BDAR 12 straipsnio 3 dalį prašau per vieną mėnesį raštu patvirtinti, kad mano nesutikimas užregistruotas ir taikomas.

    Pagarbiai

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Priminimas:</b> iki termino (<b>{ $date }</b>) liko { $left }. Prieštaravimas galioja nuo jo pateikimo dienos.

    Dar reikia padaryti: { $platforms }.

    Bakstelėkite platformą ir pamatysite, ką daryti. Jau atlikote? Pažymėkite ją po veiksmų sąrašu ir daugiau apie ją nebeprimisiu.
# When every platform of this campaign is ticked off.
all-done = ✅ Pateikėte prieštaravimą visose trijose platformose. Ačiū! Daugiau priminimų nesiųsiu.
nothing-left = Pažymėjote visas tris platformas, tad priminimų nereikia. Ačiū!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip prieštarauti, kad „Meta“ jūsų įrašus naudotų savo DI mokyti.
    { $link }
group-intro =
    Sveiki! Parodau ES gyventojams, kaip prieštarauti, kad „Meta“ jų įrašus, nuotraukas ir komentarus naudotų savo dirbtiniam intelektui mokyti.

    Visi čia gali naudoti /facebook, /instagram, /whatsapp ir /template.
description = „Meta“ moko savo dirbtinį intelektą ES gyvenančių suaugusiųjų viešais įrašais, nuotraukomis ir komentarais, taip pat tuo, ką žmonės siunčia „Meta AI“. Šis botas jūsų kalba žingsnis po žingsnio parodo, kaip pateikti prieštaravimą per „Facebook“ ir „Instagram“ ir kas galioja „WhatsApp“, ir duoda laišką, kurį galima įklijuoti. Kai artėja terminas, jis gali jums priminti.
short-description = Prieštaraukite, kad „Meta“ jūsų įrašus naudotų savo DI mokyti: veiksmai, formos ir laiškas.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Prieštaravimo laiškas
letter-inline-desc = Paruoštas laiškas, kurį galima įklijuoti į formas
letter-keywords = laiškas šablonas pavyzdys prieštaravimas
deadline-inline-title = Terminas
deadline-inline-desc = Kokia padėtis ir ką prieštaravimas lemia dabar
deadline-keywords = terminas data laikas

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Oficiali forma (prisijunkite prie Facebook, jei prašoma)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: kaip pateikti prieštaravimą per „Facebook“
facebook-command = Pateikti prieštaravimą per „Facebook“
facebook-inline-title = Prieštaravimas per „Facebook“
facebook-inline-desc = Veiksmai ir oficiali forma
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Oficiali forma (prisijunkite prie Instagram, jei prašoma)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: kaip pateikti prieštaravimą per „Instagram“
instagram-command = Pateikti prieštaravimą per „Instagram“
instagram-inline-title = Prieštaravimas per „Instagram“
instagram-inline-desc = Veiksmai ir oficiali forma
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Atverti oficialią WhatsApp formą
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: kaip pateikti prieštaravimą per „WhatsApp“
whatsapp-command = „WhatsApp“ ir „Meta AI“
whatsapp-inline-title = Prieštaravimas per „WhatsApp“
whatsapp-inline-desc = Pokalbiai su „Meta AI“: kas naudojama ir forma
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
