## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Uložite prigovor na korištenje svog sadržaja za Metin AI
intro =
    Meta koristi javne objave, fotografije, opise i komentare odraslih korisnika u EU-u, kao i ono što ljudi šalju Meta AI-ju, za treniranje svoje umjetne inteligencije. GDPR (članak 21.) daje vam pravo na prigovor. Za svaku platformu dovoljno je nekoliko minuta.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta počinje koristiti sadržaj <b>{ $date }</b>, preostalo vrijeme: <b>{ $left }</b>. Prigovor vrijedi od dana kad je podnesen, pa ako ga podnesete prije tog datuma, vrijedit će već prije početka treniranja.
deadline-after = ℹ️ Meta od <b>{ $date }</b> trenira svoj AI na sadržaju korisnika. Prigovor i dalje možete uložiti: vrijedi od dana kad ga podnesete. Sadržaj koji je već iskorišten ne može se ukloniti iz već istreniranih modela.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopirajte pismo ispod (dodirnite ga za kopiranje) i zalijepite ga u polje <i>razlog</i> u obrascu ili u obrazac WhatsAppa kad se traži razlog.
letter-body =
    Poštovani,

    na temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka (GDPR) ulažem prigovor na obradu svojih osobnih podataka koju Meta i njezini partneri provode radi razvoja i treniranja umjetne inteligencije. Prigovor se odnosi na moje objave, fotografije, opise, komentare i sav drugi sadržaj povezan s mojim računom te na moje interakcije s uslugom Meta AI.

    Na temelju članka 12. stavka 3. GDPR-a molim Vas da mi u roku od mjesec dana pisanim putem potvrdite da je moj prigovor evidentiran i da se primjenjuje.

    S poštovanjem

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Podsjetnik:</b> rok je <b>{ $date }</b>, preostalo vrijeme: <b>{ $left }</b>. Prigovor vrijedi od dana kad je podnesen.

    Još niste obavili: { $platforms }.

    Dodirnite platformu da biste vidjeli korake. Već ste obavili? Označite je ispod koraka i više vas neću podsjećati na nju.
# When every platform of this campaign is ticked off.
all-done = ✅ Uložili ste prigovor na sve tri platforme. Hvala! Od mene više nema podsjetnika.
nothing-left = Označili ste sve tri platforme, pa vam podsjetnik ne treba. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako uložiti prigovor na to da Meta koristi vaše objave za treniranje svog AI-ja.
    { $link }
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako uložiti prigovor na to da Meta koristi njihove objave, fotografije i komentare za treniranje svog AI-ja.

    Svatko ovdje može koristiti /facebook, /instagram, /whatsapp i /template.
description = Meta trenira svoj AI na javnim objavama, fotografijama i komentarima odraslih korisnika u EU-u te na onome što ljudi šalju Meta AI-ju. Ovaj bot korak po korak i na vašem jeziku pokazuje kako uložiti prigovor na Facebooku i Instagramu i kako stoje stvari s WhatsAppom te vam daje pismo koje možete zalijepiti. Kad se rok približava, može vas na njega podsjetiti.
short-description = Uložite prigovor na korištenje svojih objava za Metin AI: koraci, obrasci i pismo.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Pismo s prigovorom
letter-inline-desc = Gotovo pismo koje zalijepite u obrasce
letter-keywords = pismo predložak prigovor obrazac
deadline-inline-title = Rok
deadline-inline-desc = Trenutačno stanje i što prigovor sada znači
deadline-keywords = rok datum vrijeme

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Obrazac (po potrebi se prijavite na Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: koraci za prigovor na Facebooku
facebook-command = Prigovor na Facebooku
facebook-inline-title = Prigovor na Facebooku
facebook-inline-desc = Koraci i službeni obrazac
facebook-keywords = facebook fb meta fejs
facebook-steps =
    <b>Prigovor na Facebooku</b>

    <b>Najbrže:</b> dodirnite gumb ispod kako biste otvorili Metin službeni obrazac. Ako stranica to zatraži, najprije se ondje prijavite na Facebook.

    <b>U aplikaciji:</b>
    1. Otvorite izbornik i idite na <i>Postavke i privatnost</i> → <i>Centar za privatnost</i>.
    2. Otvorite <i>Teme o privatnosti</i> → <i>AI tvrtke Meta</i>.
    3. Odaberite poveznicu ili gumb za slanje prigovora (<i>Pošalji zahtjev za prigovor</i>).
    4. Upišite adresu e-pošte svog računa. Polje za razlog nije obavezno: ostavite ga prazno ili zalijepite pismo iz /template.
    5. Pošaljite obrazac.

    <b>Nakon toga:</b> Meta potvrđuje e-poštom ili na zaslonu. Sačuvajte tu potvrdu.

    <b>Dobro je znati</b>
    • Razlog nije potreban.
    • Jedan prigovor vrijedi za sve račune povezane u istom Centru za korisničke račune. Račun koji nije povezan ili koristi drugu adresu e-pošte treba zaseban prigovor.
    • Facebook stranice ne mogu uložiti prigovor ovim obrascem, nego samo osobni računi.
    • Prigovor ste uložili još 2024.? Za svaki slučaj uložite ga ponovno.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Obrazac (po potrebi se prijavite na Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: koraci za prigovor na Instagramu
instagram-command = Prigovor na Instagramu
instagram-inline-title = Prigovor na Instagramu
instagram-inline-desc = Koraci i službeni obrazac
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Prigovor na Instagramu</b>

    <b>Najbrže:</b> dodirnite gumb ispod kako biste otvorili Metin službeni obrazac. Ako stranica to zatraži, najprije se ondje prijavite na Instagram.

    <b>U aplikaciji:</b>
    1. Idite na svoj profil i dodirnite izbornik ☰ (<i>Postavke i aktivnost</i>).
    2. U tom izborniku pronađite <i>Centar za privatnost</i> (u nekim verzijama nalazi se pri dnu izbornika, u odjeljku s informacijama: <i>Informacije</i> → <i>Pravila o privatnosti</i>).
    3. Potražite <i>Pravo na prigovor</i> i otvorite obrazac.
    4. Upišite adresu e-pošte svog računa. Polje za razlog nije obavezno: ostavite ga prazno ili zalijepite pismo iz /template.
    5. Pošaljite obrazac.

    <b>Nakon toga:</b> Meta potvrđuje e-poštom ili na zaslonu. Sačuvajte tu potvrdu.

    <b>Dobro je znati</b>
    • Razlog nije potreban.
    • Jedan prigovor vrijedi za sve račune povezane u istom Centru za korisničke račune, uključujući Facebook. Računi koji nisu povezani trebaju zaseban prigovor.
    • Prigovor ste uložili još 2024.? Za svaki slučaj uložite ga ponovno.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Otvori službeni obrazac za WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: koraci za prigovor na WhatsAppu
whatsapp-command = WhatsApp i Meta AI
whatsapp-inline-title = Prigovor na WhatsAppu
whatsapp-inline-desc = Razgovori s Meta AI-jem: što se koristi i obrazac
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp i Meta AI</b>

    Vaši privatni razgovori sveobuhvatno su šifrirani (end-to-end) i <b>ne</b> koriste se za treniranje AI-ja. Ono što šaljete Meta AI-ju (plavo-ružičasti krug u aplikaciji ili @Meta AI pozvan u grupni razgovor) nije sveobuhvatno šifrirano i može se koristiti.

    • Meta AI u WhatsAppu ne može se isključiti; možete ga samo ne koristiti.
    • Meta je u lipnju 2025. izjavila da razgovore s Meta AI-jem u WhatsAppu zasad ne koristi za treniranje.
    • U aplikaciji nema postavke za prigovor, a udruge za zaštitu potrošača navode da WhatsApp za to nema vlastiti službeni postupak prigovora.

    <b>Najsigurnija zaštita:</b> ne šaljite ništa Meta AI-ju.

    <b>Za svaki slučaj, web-obrazac:</b>
    1. Dodirnite gumb ispod (ili na whatsapp.com otvorite pravne informacije pri dnu stranice → obrazac o pravima ispitanika, kako god se trenutačno zvao).
    2. Odaberite opcije za prigovor na korištenje vaših podataka.
    3. Upišite svoj broj telefona s pozivnim brojem zemlje i svoju adresu e-pošte.
    4. Ako se traži razlog, zalijepite pismo iz /template.
    5. Pošaljite obrazac. WhatsApp odgovara e-poštom; sačuvajte taj odgovor.
