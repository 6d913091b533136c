## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Prieštaraukite, kad „Meta“ jūsų turiniu mokytų savo DI
intro =
    „Meta“ moko savo dirbtinį intelektą ES gyvenančių suaugusiųjų viešais įrašais, nuotraukomis, aprašymais ir komentarais, taip pat tuo, ką žmonės siunčia „Meta AI“. BDAR 21 straipsnis suteikia jums teisę tam prieštarauti. Kiekvienoje platformoje tai užtrunka porą minučių.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Prieštarauti galite bet kada, ir jūsų prieštaravimas galioja nuo tos dienos, kai jį pateikiate. Nuo <b>{ $date }</b> „Meta“ moko savo DI suaugusiųjų viešais įrašais, nuotraukomis ir komentarais bei pokalbiais su „Meta AI“; jos 2026 m. liepos ES privatumo politikoje šis naudojimas vis dar nurodytas. To, kas jau panaudota, iš apmokytų modelių pašalinti negalima.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Nuo <b>{ $date }</b> „Meta“ pradės naudoti turinį. Liko: <b>{ $left }</b>. Prieštaravimas galioja nuo jo pateikimo dienos, tad pateiktas iki šios datos jis galios dar prieš prasidedant mokymui.
deadline-after = ✅ Prieštarauti vis dar galite: jūsų prieštaravimas galioja nuo tos dienos, kai jį pateikiate. Nuo <b>{ $date }</b> „Meta“ moko savo DI turiniu; to, kas jau panaudota, iš apmokytų modelių pašalinti negalima.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Priminimas:</b> iki <b>{ $date }</b> liko { $left }. Prieštaravimas galioja nuo jo pateikimo dienos.

    Dar reikia padaryti: { $platforms }.

    Bakstelėkite platformą ir pamatysite, ką daryti. Jau atlikote? Pažymėkite ją po veiksmų sąrašu ir daugiau apie ją nebeprimisiu.
nothing-left = Pažymėjote visas tris platformas, tad priminimo nereikia. Ačiū!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Nukopijuokite toliau pateiktą laišką (pakanka jį bakstelėti) ir įklijuokite į formos laukelį <i>priežastis</i> arba į „WhatsApp“ formą, jei joje klausiama kodėl. Pastraipa su priežastimi neprivaloma: palikite ją, parašykite savo arba ištrinkite.
letter-body =
    Gerbiamieji,

    Pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnio 1 dalį dėl priežasčių, susijusių su mano konkrečia situacija, nesutinku, kad „Meta“ ir jos partneriai tvarkytų mano asmens duomenis dirbtinio intelekto kūrimo ir mokymo tikslais. Tai apima mano įrašus, nuotraukas ir jų aprašymus, komentarus ir bet kokį kitą su mano paskyra susijusį turinį, taip pat mano sąveiką su „Meta AI“.

    Šiuo turiniu dalijausi ne tam, kad juo būtų mokomas DI, ir noriu išlaikyti jo naudojimo kontrolę.

    Pagal BDAR 12 straipsnio 3 dalį prašau per vieną mėnesį raštu patvirtinti, kad mano nesutikimas užregistruotas ir taikomas.

    Pagarbiai

# When every platform of this campaign is ticked off.
all-done = ✅ „Facebook“, „Instagram“ ir „WhatsApp“ pažymėti. Ačiū!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip prieštarauti, kad „Meta“ jūsų įrašais mokytų savo DI.
    { $link }
group-intro =
    Sveiki! Parodau ES gyventojams, kaip prieštarauti, kad „Meta“ jų įrašais, nuotraukomis ir komentarais mokytų savo DI.

    Visi čia gali naudoti /facebook, /instagram, /whatsapp ir /template.
description = „Meta“ moko savo dirbtinį intelektą ES gyvenančių suaugusiųjų viešais įrašais, nuotraukomis ir komentarais, taip pat tuo, ką žmonės siunčia „Meta AI“. Šis botas jūsų kalba žingsnis po žingsnio parodo, kaip pateikti prieštaravimą per „Facebook“ ir „Instagram“ ir kas galioja „WhatsApp“, ir duoda laišką, kurį galima įklijuoti.
short-description = Prieštaraukite, kad „Meta“ jūsų įrašais mokytų savo DI: veiksmai, formos ir laiškas.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Prieštaravimo laiškas „Meta“
letter-inline-desc = Paruoštas laiškas „Meta“ formoms
letter-keywords = laiškas šablonas pavyzdys prieštaravimas meta
deadline-inline-title = „Meta AI“: dabartinė padėtis
deadline-inline-desc = Nuo kada „Meta“ moko turiniu ir ką prieštaravimas lemia dabar
deadline-keywords = meta padėtis data

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Oficiali forma
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ „Meta“ puslapis apie DI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: kaip pateikti prieštaravimą per „Facebook“
facebook-command = Pateikti prieštaravimą per „Facebook“
facebook-inline-title = Prieštaravimas per „Facebook“
facebook-inline-desc = Veiksmai ir oficiali forma
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Prieštaravimas per „Facebook“</b>

    <b>Greičiausia:</b> bakstelėkite <i>Oficiali forma</i> apačioje. Jei puslapis paprašys, ten prisijunkite prie „Facebook“. Toje naršyklėje nesate prisijungę? Atverkite nuorodą įprastoje naršyklėje (⋯ → atverti naršyklėje) arba atlikite veiksmus programėlėje.
    Formoje įveskite paskyros el. pašto adresą; priežasties laukelis neprivalomas (palikite jį tuščią arba įklijuokite laišką iš /template). Tada išsiųskite.

    <b>Vėliau:</b> „Meta“ patvirtina el. paštu arba ekrane. Išsaugokite šį patvirtinimą.

    <blockquote expandable><b>Programėlėje</b>
    1. Atidarykite meniu ir eikite į <i>Nustatymai ir privatumas</i> → privatumo centrą (<i>Privacy Center</i>).
    2. Atidarykite privatumo temas (<i>Privacy topics</i>) → dirbtinio intelekto temą (<i>AI at Meta</i>).
    3. Pasirinkite prieštaravimo užklausos pateikimą.
    4. Įveskite paskyros el. pašto adresą. Priežastis neprivaloma.
    5. Išsiųskite formą.</blockquote>

    <blockquote expandable><b>Verta žinoti</b>
    • Priežasties nurodyti nereikia.
    • Vienas prieštaravimas galioja visoms paskyroms, susietoms tame pačiame Paskyrų centre. Nesusietai paskyrai arba paskyrai su kitu el. pašto adresu reikia atskiro prieštaravimo.
    • „Facebook“ puslapiai šia forma prieštarauti negali, tik asmeninės paskyros.
    • Jau prieštaravote 2024 m.? Dėl visa ko padarykite tai dar kartą.
    • „Meta“ perkėlė kai kurias savo kontaktines formas. Jei forma neatsidaro, antrasis mygtukas veda į „Meta“ puslapį apie generatyvųjį DI, kuriame yra nuoroda į teisę nesutikti.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Oficiali forma
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ „Meta“ puslapis apie DI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: kaip pateikti prieštaravimą per „Instagram“
instagram-command = Pateikti prieštaravimą per „Instagram“
instagram-inline-title = Prieštaravimas per „Instagram“
instagram-inline-desc = Veiksmai ir oficiali forma
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Prieštaravimas per „Instagram“</b>

    <b>Greičiausia:</b> bakstelėkite <i>Oficiali forma</i> apačioje. Jei puslapis paprašys, ten prisijunkite prie „Instagram“. Toje naršyklėje nesate prisijungę? Atverkite nuorodą įprastoje naršyklėje (⋯ → atverti naršyklėje) arba atlikite veiksmus programėlėje.
    Jei forma klausia, ar jūsų užklausa susijusi su DI bendrovėje „Meta“ (<i>AI at Meta</i>), pasirinkite <b>Taip</b> (<i>Yes</i>). Įveskite paskyros el. pašto adresą; priežasties laukelis neprivalomas (palikite jį tuščią arba įklijuokite laišką iš /template). Tada išsiųskite.

    <b>Vėliau:</b> „Meta“ patvirtina el. paštu arba ekrane. Išsaugokite šį patvirtinimą.

    <blockquote expandable><b>Programėlėje</b>
    1. Eikite į savo profilį ir bakstelėkite meniu ☰ (<i>Settings and activity</i>).
    2. Šiame meniu raskite privatumo centrą (<i>Privacy Center</i>; kai kuriose versijose – <i>About</i> → <i>Privacy Policy</i>).
    3. Raskite teisę nesutikti (<i>Right to object</i>) ir atidarykite formą.
    4. Jei klausia, ar užklausa susijusi su DI bendrovėje „Meta“, pasirinkite <i>Yes</i>.
    5. Įveskite paskyros el. pašto adresą. Priežastis neprivaloma.
    6. Išsiųskite formą.</blockquote>

    <blockquote expandable><b>Verta žinoti</b>
    • Priežasties nurodyti nereikia.
    • Vienas prieštaravimas galioja visoms paskyroms, susietoms tame pačiame Paskyrų centre, įskaitant „Facebook“. Nesusietoms paskyroms reikia atskiro prieštaravimo.
    • Jau prieštaravote 2024 m.? Dėl visa ko padarykite tai dar kartą.
    • „Meta“ perkėlė kai kurias savo kontaktines formas. Jei forma neatsidaro, antrasis mygtukas veda į „Meta“ puslapį apie generatyvųjį DI, kuriame yra nuoroda į teisę nesutikti.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 „WhatsApp“ forma
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ „WhatsApp“: atlikta
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: „WhatsApp“ ir „Meta AI“: kas naudojama ir forma atsargumo dėlei
whatsapp-command = „WhatsApp“ ir „Meta AI“
whatsapp-inline-title = „WhatsApp“ ir „Meta AI“
whatsapp-inline-desc = Kas naudojama ir forma atsargumo dėlei
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>„WhatsApp“ ir „Meta AI“</b>

    „WhatsApp“ neturi nei jungiklio, nei savo prieštaravimo nustatymo „Meta AI“. <b>Patikimiausia apsauga: nieko nesiųskite „Meta AI“.</b>
    • Grupėje bet kuris narys gali pakviesti @Meta AI. Išplėstinis pokalbio privatumas (<i>Advanced chat privacy</i>; bakstelėkite pokalbio pavadinimą) gali neleisti nariams tame pokalbyje naudotis „Meta AI“. Šaltiniai dėl to nesutaria, tad patikrinkite, ar jūsų programėlė tai siūlo.

    <b>Kas naudojama:</b> jūsų privatūs pokalbiai yra visapusiškai užšifruoti ir DI mokyti <b>nenaudojami</b>. Tai, ką siunčiate „Meta AI“ (mėlynai rožinis apskritimas arba @Meta AI, pakviestas grupėje), nėra visapusiškai užšifruota ir gali būti naudojama. „Meta AI“ programėlėje „WhatsApp“ išjungti negalima – galima tik juo nesinaudoti. 2025 m. birželį „Meta“ pareiškė, kad tuo metu „WhatsApp“ pokalbių su „Meta AI“ mokymui nenaudojo.

    <b>Atsargumo dėlei – interneto forma.</b> „WhatsApp“ privatumo politika nurodo ją prieštaravimams apskritai; tai nėra DI jungiklis, o vartotojų konsultavimo centrai nurodo, kad „WhatsApp“ neturi savos oficialios prieštaravimo DI tvarkos.
    1. Bakstelėkite mygtuką apačioje (arba tarp whatsapp.com teisinių nuorodų raskite duomenų subjekto teisių formą).
    2. Pasirinkite parinktį, kuria prieštaraujate jūsų informacijos tvarkymui.
    3. Įveskite savo telefono numerį su šalies kodu ir el. pašto adresą.
    4. Jei klausia kodėl, įklijuokite laišką iš /template.
    5. Išsiųskite formą. „WhatsApp“ atsako el. paštu – išsaugokite šį atsakymą.
