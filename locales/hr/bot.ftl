## objection-bot: hrvatski tekstovi.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Hrvatski

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12 (genitive, as in "27. svibnja 2025.").
month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca
date-format = { $day }. { $month } { $year }.
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } u { $time } ({ $zone })

## Time left, with plural forms (nominative: "Preostalo vrijeme: 3 dana", "još 1 minuta").
left-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
left-hours = { $count ->
    [one] { $count } sat
    [few] { $count } sata
   *[other] { $count } sati
}
left-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}

## Buttons (short: they must fit on a phone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Pismo s prigovorom
btn-remind = 🔔 Podsjeti me
btn-language = 🌐 Jezik
btn-share = 📣 Podijeli
btn-menu = ↩️ Izbornik
btn-deadline = ⏳ Rok
btn-status = ✅ Moj popis
btn-open-form = 📝 Otvori službeni obrazac za { $platform }
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Obrazac (po potrebi se prijavite na { $platform })
btn-mark-done = ☑️ Prigovor podnesen: { $platform }
btn-mark-undone = ↩️ Ipak nije obavljeno: { $platform }

## /start
start-text =
    <b>Uložite prigovor na korištenje svog sadržaja za Metin AI</b>

    Meta koristi javne objave, fotografije, opise i komentare odraslih korisnika u EU-u, kao i ono što ljudi šalju Meta AI-ju, za treniranje svoje umjetne inteligencije. GDPR (članak 21.) daje vam pravo na prigovor. Za svaku platformu dovoljno je nekoliko minuta.

    { $deadline }

    Odaberite platformu da biste vidjeli korake:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta počinje koristiti sadržaj <b>{ $date }</b>, preostalo vrijeme: <b>{ $left }</b>. Prigovor vrijedi od dana kad je podnesen, pa ako ga podnesete prije tog datuma, vrijedit će već prije početka treniranja.
deadline-after = ℹ️ Meta od <b>{ $date }</b> trenira svoj AI na sadržaju korisnika. Prigovor i dalje možete uložiti: vrijedi od dana kad ga podnesete. Sadržaj koji je već iskorišten ne može se ukloniti iz već istreniranih modela.

## Platform steps
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Kopirajte pismo ispod (dodirnite ga za kopiranje) i zalijepite ga u polje <i>razlog</i> u obrascu ili u obrazac WhatsAppa kad se traži razlog.
letter-body =
    Poštovani,

    na temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka (GDPR) ulažem prigovor na obradu svojih osobnih podataka koju Meta i njezini partneri provode radi razvoja i treniranja umjetne inteligencije. Prigovor se odnosi na moje objave, fotografije, opise, komentare i sav drugi sadržaj povezan s mojim računom te na moje interakcije s uslugom Meta AI.

    Na temelju članka 12. stavka 3. GDPR-a molim Vas da mi u roku od mjesec dana pisanim putem potvrdite da je moj prigovor evidentiran i da se primjenjuje.

    S poštovanjem

## /language
language-choose = Odaberite jezik kojim ću se služiti u ovom razgovoru:
language-set = Gotovo: ovdje ću govoriti hrvatski.

## /help
help-text =
    <b>Što mogu učiniti</b>
    /facebook: koraci za prigovor na Facebooku
    /instagram: koraci za prigovor na Instagramu
    /whatsapp: koraci za prigovor na WhatsAppu
    /template: pismo koje zalijepite u obrasce
    /deadline: rok i trenutačno stanje
    { $remind }
    /stop: bez daljnjih podsjetnika
    /status: vaš popis i sljedeći podsjetnik
    /language: promjena jezika
    /share: poveznica za dijeljenje
    /privacy: što pohranjujem o vama
    /forget: brisanje svega što pohranjujem o ovom razgovoru

    U bilo kojem razgovoru možete upisati i @{ $bot } kako biste ondje objavili karticu.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: podsjetnici prije roka
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: zašto sada nema podsjetnika

## /privacy and /forget
privacy-text =
    <b>Što pohranjujem</b>
    • Broj ovog razgovora, jezik koji ste odabrali, želite li podsjetnike, koje ste platforme označili kao obavljene i koji su podsjetnici poslani, kako nitko ne bi dobio isti dvaput.
    • Ništa drugo: ne pohranjujem imena, korisnička imena, brojeve telefona ni tekst poruka.

    <b>Koliko dugo</b>
    Dok ne pošaljete /forget, dok me ne blokirate ili dok me ne uklonite iz grupe. Tada se sve odmah briše.

    /forget odmah briše sve o ovom razgovoru.
forget-done = Gotovo: sve što je bilo pohranjeno o ovom razgovoru izbrisano je. Pošaljite /start kad god želite ponovno početi.

## Anything else
unknown-text = Razumijem samo naredbe. Pošaljite /help da biste ih vidjeli.
stale-button = Ovaj gumb više ne radi. Pošaljite /start za novi izbornik.
error-text = Nešto je pošlo po zlu s moje strane. Pokušajte ponovno za minutu.

## Reminders
remind-on = 🔔 Podsjetnici su uključeni. Sljedeći podsjetnik: <b>{ $when }</b>.
remind-no-wave = Do roka (<b>{ $date }</b>) više nema nijednog podsjetnika, pa je najbolje da prigovor uložite odmah.
remind-already = 🔔 Podsjetnici su već uključeni. Sljedeći podsjetnik: <b>{ $when }</b>.
remind-after-deadline = Rok (<b>{ $date }</b>) je istekao, pa vas nemam na što podsjećati, ali prigovor možete uložiti bilo kada i vrijedit će od dana kad ga podnesete.
remind-nothing-left = Označili ste sve tri platforme, pa vam podsjetnik ne treba. Hvala!
stop-done = 🔕 Podsjetnici su isključeni. Pošaljite /remind da ih ponovno uključite.
stop-not-subscribed = Podsjetnici nisu bili uključeni. Pošaljite /remind da ih uključite.
reminder-text =
    🔔 <b>Podsjetnik:</b> rok je <b>{ $date }</b>, preostalo vrijeme: <b>{ $left }</b>. Prigovor vrijedi od dana kad je podnesen.

    Još niste obavili: { $platforms }.

    Dodirnite platformu da biste vidjeli korake. Već ste obavili? Označite je ispod koraka i više vas neću podsjećati na nju.
all-done-text = ✅ Uložili ste prigovor na sve tri platforme. Hvala! Od mene više nema podsjetnika.

## /status
status-title = <b>Vaš popis</b>
status-done = ✅ { $platform }: prigovor uložen
status-open = ⬜ { $platform }: još treba obaviti
status-subscribed = 🔔 Podsjetnici su uključeni. Sljedeći: <b>{ $when }</b>.
status-no-wave = 🔕 Nema više planiranih podsjetnika.
status-not-subscribed = 🔕 Podsjetnici su isključeni. Pošaljite /remind da ih uključite.
marked-done = Zabilježeno: { $platform } – gotovo.
marked-undone = Zabilježeno: { $platform } – još treba obaviti.

## Groups
admin-only = To može učiniti samo administrator ove grupe.
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako uložiti prigovor na to da Meta koristi njihove objave, fotografije i komentare za treniranje svog AI-ja.

    Svatko ovdje može koristiti /facebook, /instagram, /whatsapp i /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administrator može uključiti podsjetnike za grupu naredbom /remind.

## Sharing and inline mode
share-text =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako uložiti prigovor na to da Meta koristi vaše objave za treniranje svog AI-ja.
    { $link }
inline-facebook-title = Prigovor na Facebooku
inline-facebook-desc = Koraci i službeni obrazac
inline-instagram-title = Prigovor na Instagramu
inline-instagram-desc = Koraci i službeni obrazac
inline-whatsapp-title = Prigovor na WhatsAppu
inline-whatsapp-desc = Razgovori s Meta AI-jem: što se koristi i obrazac
inline-letter-title = Pismo s prigovorom
inline-letter-desc = Gotovo pismo koje zalijepite u obrasce
inline-deadline-title = Rok
inline-deadline-desc = Trenutačno stanje i što prigovor sada znači
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta fejs
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = pismo predložak prigovor obrazac
inline-deadline-keywords = rok datum vrijeme

## Command menu (each at most 256 characters)
cmd-start = Počnite ovdje
cmd-facebook = Prigovor na Facebooku
cmd-instagram = Prigovor na Instagramu
cmd-whatsapp = WhatsApp i Meta AI
cmd-template = Pismo koje zalijepite u obrasce
cmd-deadline = Rok i trenutačno stanje
cmd-remind = Podsjetnici prije roka
cmd-stop = Bez daljnjih podsjetnika
cmd-status = Vaš popis
cmd-language = Promjena jezika
cmd-share = Poveznica za dijeljenje
cmd-help = Sve naredbe
cmd-privacy = Što bot pohranjuje
cmd-forget = Brisanje svega što je pohranjeno za ovaj razgovor

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta trenira svoj AI na javnim objavama, fotografijama i komentarima odraslih korisnika u EU-u te na onome što ljudi šalju Meta AI-ju. Ovaj bot korak po korak i na vašem jeziku pokazuje kako uložiti prigovor na Facebooku i Instagramu i kako stoje stvari s WhatsAppom te vam daje pismo koje možete zalijepiti. Kad se rok približava, može vas na njega podsjetiti.
bot-short-description = Uložite prigovor na korištenje svojih objava za Metin AI: koraci, obrasci i pismo.
