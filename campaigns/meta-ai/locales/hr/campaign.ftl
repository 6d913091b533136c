## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Uložite prigovor na korištenje svog sadržaja za treniranje Metina AI-ja
intro =
    Meta trenira svoju umjetnu inteligenciju na javnim objavama, fotografijama, opisima i komentarima odraslih korisnika u EU-u, kao i na onome što ljudi šalju Meta AI-ju. GDPR (članak 21.) daje vam pravo na prigovor. Za svaku platformu dovoljno je nekoliko minuta.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Prigovor možete uložiti bilo kada i vrijedi od dana kad ga podnesete. Meta od <b>{ $date }</b> trenira svoj AI na javnim objavama, fotografijama i komentarima odraslih te na razgovorima s Meta AI-jem; njezina pravila o privatnosti za EU iz srpnja 2026. i dalje navode tu upotrebu. Ono što je već iskorišteno ne može se ukloniti iz istreniranih modela.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta počinje koristiti sadržaj <b>{ $date }</b>. Preostalo vrijeme: <b>{ $left }</b>. Prigovor vrijedi od dana kad je podnesen, pa ako ga podnesete prije tog datuma, vrijedit će već prije početka treniranja.
deadline-after = ✅ Prigovor i dalje možete uložiti: vrijedi od dana kad ga podnesete. Meta od <b>{ $date }</b> trenira svoj AI na sadržaju korisnika; ono što je već iskorišteno ne može se ukloniti iz istreniranih modela.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Podsjetnik:</b> do <b>{ $date }</b> preostaje { $left }. Prigovor vrijedi od dana kad je podnesen.

    Još niste obavili: { $platforms }.

    Dodirnite platformu da biste vidjeli korake. Već ste obavili? Označite je ispod koraka i više vas neću podsjećati na nju.
nothing-left = Označili ste sve tri platforme, pa vam podsjetnik ne treba. Hvala!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopirajte pismo ispod (dodirnite ga za kopiranje) i zalijepite ga u polje <i>razlog</i> u obrascu ili u obrazac WhatsAppa kad pita zašto. Odlomak s razlogom nije obavezan: zadržite ga, napišite svoj ili ga izbrišite.
letter-body =
    Poštovani,

    na temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka (GDPR) ulažem, iz razloga koji se odnose na moju posebnu situaciju, prigovor na obradu svojih osobnih podataka koju Meta i njezini partneri provode radi razvoja i treniranja umjetne inteligencije. Prigovor se odnosi na moje objave, fotografije, opise, komentare i sav drugi sadržaj povezan s mojim računom te na moje interakcije s uslugom Meta AI.

    Taj sadržaj nije podijeljen s namjerom da služi za treniranje umjetne inteligencije i želim zadržati nadzor nad time kako se koristi.

    Na temelju članka 12. stavka 3. GDPR-a molim Vas da mi unutar mjesec dana pisanim putem potvrdite da je moj prigovor evidentiran i da se primjenjuje.

    S poštovanjem

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram i WhatsApp su označeni. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako uložiti prigovor na korištenje vaših objava za treniranje Metina AI-ja.
    { $link }
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako uložiti prigovor na korištenje njihovih objava, fotografija i komentara za treniranje Metina AI-ja.

    Svatko ovdje može koristiti /facebook, /instagram, /whatsapp i /template.
description = Meta trenira svoj AI na javnim objavama, fotografijama i komentarima odraslih korisnika u EU-u te na onome što ljudi šalju Meta AI-ju. Ovaj bot korak po korak i na vašem jeziku pokazuje kako uložiti prigovor na Facebooku i Instagramu i kako stoje stvari s WhatsAppom te vam daje pismo koje možete zalijepiti.
short-description = Uložite prigovor na korištenje svojih objava za treniranje Metina AI-ja: koraci, obrasci i pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo s prigovorom Meti
letter-inline-desc = Gotovo pismo za Metine obrasce
letter-keywords = pismo predložak prigovor obrazac meta
deadline-inline-title = Meta AI: trenutačno stanje
deadline-inline-desc = Od kada Meta trenira na sadržaju i što prigovor sada postiže
deadline-keywords = meta stanje datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Službeni obrazac
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metina stranica o AI-ju
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: koraci za prigovor na Facebooku
facebook-command = Prigovor na Facebooku
facebook-inline-title = Prigovor na Facebooku
facebook-inline-desc = Koraci i službeni obrazac
facebook-keywords = facebook fb meta fejs
facebook-steps =
    <b>Prigovor na Facebooku</b>

    <b>Najbrže:</b> dodirnite <i>Službeni obrazac</i> ispod. Ako stranica to zatraži, ondje se prijavite na Facebook. Niste prijavljeni u tom pregledniku? Otvorite poveznicu u svom uobičajenom pregledniku (⋯ → otvaranje u pregledniku) ili slijedite korake u aplikaciji.
    U obrazac upišite adresu e-pošte svog računa; polje za razlog nije obavezno (ostavite ga prazno ili zalijepite pismo iz /template). Zatim ga pošaljite.

    <b>Nakon toga:</b> Meta potvrđuje e-poštom ili na zaslonu. Sačuvajte tu potvrdu.

    <blockquote expandable><b>U aplikaciji</b>
    1. Otvorite izbornik i idite na <i>Postavke i privatnost</i> → <i>Centar za privatnost</i>.
    2. Otvorite <i>Teme o privatnosti</i> → temu o umjetnoj inteligenciji (<i>AI at Meta</i>).
    3. Odaberite slanje zahtjeva za prigovor.
    4. Upišite adresu e-pošte svog računa. Razlog nije obavezan.
    5. Pošaljite obrazac.</blockquote>

    <blockquote expandable><b>Dobro je znati</b>
    • Razlog nije potreban.
    • Jedan prigovor vrijedi za sve račune povezane u istom Centru za korisničke račune. Račun koji nije povezan ili koristi drugu adresu e-pošte treba zaseban prigovor.
    • Facebook stranice ne mogu uložiti prigovor ovim obrascem, nego samo osobni računi.
    • Prigovor ste uložili još 2024.? Za svaki slučaj uložite ga ponovno.
    • Meta je premjestila neke svoje obrasce za kontakt. Ako se obrazac ne otvori, drugi gumb vodi na Metinu stranicu o generativnoj umjetnoj inteligenciji, koja upućuje na pravo na prigovor.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Službeni obrazac
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metina stranica o AI-ju
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: koraci za prigovor na Instagramu
instagram-command = Prigovor na Instagramu
instagram-inline-title = Prigovor na Instagramu
instagram-inline-desc = Koraci i službeni obrazac
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Prigovor na Instagramu</b>

    <b>Najbrže:</b> dodirnite <i>Službeni obrazac</i> ispod. Ako stranica to zatraži, ondje se prijavite na Instagram. Niste prijavljeni u tom pregledniku? Otvorite poveznicu u svom uobičajenom pregledniku (⋯ → otvaranje u pregledniku) ili slijedite korake u aplikaciji.
    Ako obrazac pita odnosi li se vaš zahtjev na AI tvrtke Meta (<i>AI at Meta</i>), odaberite <b>Da</b>. Upišite adresu e-pošte svog računa; polje za razlog nije obavezno (ostavite ga prazno ili zalijepite pismo iz /template). Zatim ga pošaljite.

    <b>Nakon toga:</b> Meta potvrđuje e-poštom ili na zaslonu. Sačuvajte tu potvrdu.

    <blockquote expandable><b>U aplikaciji</b>
    1. Idite na svoj profil i dodirnite izbornik ☰ (<i>Postavke i aktivnost</i>).
    2. U tom izborniku pronađite <i>Centar za privatnost</i> (u nekim verzijama pod <i>Informacije</i> → <i>Pravila o privatnosti</i>).
    3. Potražite <i>Pravo na prigovor</i> i otvorite obrazac.
    4. Ako pita odnosi li se zahtjev na AI tvrtke Meta, odaberite <i>Da</i>.
    5. Upišite adresu e-pošte svog računa. Razlog nije obavezan.
    6. Pošaljite obrazac.</blockquote>

    <blockquote expandable><b>Dobro je znati</b>
    • Razlog nije potreban.
    • Jedan prigovor vrijedi za sve račune povezane u istom Centru za korisničke račune, uključujući Facebook. Računi koji nisu povezani trebaju zaseban prigovor.
    • Prigovor ste uložili još 2024.? Za svaki slučaj uložite ga ponovno.
    • Meta je premjestila neke svoje obrasce za kontakt. Ako se obrazac ne otvori, drugi gumb vodi na Metinu stranicu o generativnoj umjetnoj inteligenciji, koja upućuje na pravo na prigovor.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Obrazac WhatsAppa
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: obavljeno
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp i Meta AI: što se koristi i obrazac za svaki slučaj
whatsapp-command = WhatsApp i Meta AI
whatsapp-inline-title = WhatsApp i Meta AI
whatsapp-inline-desc = Što se koristi i obrazac za svaki slučaj
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp i Meta AI</b>

    WhatsApp nema prekidač ni vlastitu postavku za prigovor za Meta AI. <b>Najsigurnija zaštita: ne šaljite ništa Meta AI-ju.</b>
    • U grupi bilo koji član može pozvati @Meta AI. Napredna privatnost razgovora (<i>Advanced chat privacy</i>; dodirnite naziv razgovora) može spriječiti članove da u tom razgovoru koriste Meta AI. Izvori se oko toga ne slažu, pa provjerite nudi li to vaša aplikacija.

    <b>Što se koristi:</b> vaši privatni razgovori sveobuhvatno su šifrirani (end-to-end) i <b>ne</b> koriste se za treniranje AI-ja. Ono što šaljete Meta AI-ju (plavo-ružičasti krug ili @Meta AI pozvan u grupi) nije sveobuhvatno šifrirano i može se koristiti. Meta AI u WhatsAppu ne može se isključiti, samo ne koristiti. Meta je u lipnju 2025. izjavila da tada nije koristila razgovore s Meta AI-jem u WhatsAppu za treniranje.

    <b>Za svaki slučaj, web-obrazac.</b> Pravila o privatnosti WhatsAppa upućuju na njega za prigovore općenito; to nije prekidač za AI, a udruge za zaštitu potrošača navode da WhatsApp nema vlastiti službeni postupak prigovora za AI.
    1. Dodirnite gumb ispod (ili među pravnim poveznicama na whatsapp.com pronađite obrazac o pravima ispitanika).
    2. Odaberite opciju za prigovor na obradu vaših podataka.
    3. Upišite svoj broj telefona s pozivnim brojem zemlje i svoju adresu e-pošte.
    4. Ako pita zašto, zalijepite pismo iz /template.
    5. Pošaljite obrazac. WhatsApp odgovara e-poštom; sačuvajte taj odgovor.
