## objection-bot: hrvatski tekstovi.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Hrvatski

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
btn-letter = ✍️ Pismo
btn-remind = 🔔 Podsjetnik
btn-language = 🌐 Jezik
btn-share = 📣 Podijeli
btn-menu = ↩️ Izbornik
btn-deadline = ℹ️ Trenutačno stanje
btn-status = ✅ Moj popis
# Gumb za označavanje ispod platforme s obrascem…
btn-mark-done = ☑️ Prigovor podnesen: { $platform }
btn-mark-undone = ↩️ Ipak nije obavljeno: { $platform }
btn-stop = 🔕 Isključi podsjetnike
btn-tick-in-private = ☑️ Označi u privatnom chatu

## /start
start-text =
    { $campaigns }

    Odaberite platformu da biste vidjeli korake:

## /template
letter-pick = Koje pismo trebate? Odaberite kampanju:

## /language
language-choose = Odaberite jezik kojim ću se služiti u ovom razgovoru:
language-set = Gotovo: ovdje ću govoriti hrvatski.

## /help
help-text =
    <b>Što mogu</b>
    { $platforms }
    /template: pismo za lijepljenje u obrasce
    /deadline: trenutačno stanje
    { $reminders }/status: vaš popis
    /language: promjena jezika
    /share: poveznica za dijeljenje
    /privacy: što pohranjujem o vama
    /forget: brisanje svega što pohranjujem o ovom razgovoru

    U bilo kojem razgovoru možete upisati i @{ $bot } kako biste ondje objavili karticu.

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
remind-after-deadline = Prigovor i dalje možete uložiti bilo kada i vrijedi od dana kad ga podnesete. Nemam vas na što podsjetiti jer je taj datum (<b>{ $date }</b>) prošao.
stop-done = 🔕 Podsjetnici su isključeni. Pošaljite /remind da ih ponovno uključite.
stop-not-subscribed = Podsjetnici nisu bili uključeni. Pošaljite /remind da ih uključite.

## /status
status-title = <b>Vaš popis</b>
status-done = ✅ { $platform }: obavljeno
status-open = ⬜ { $platform }: još treba obaviti
status-subscribed = 🔔 Podsjetnici su uključeni. Sljedeći: <b>{ $when }</b>.
status-no-wave = 🔕 Nema više planiranih podsjetnika.
status-not-subscribed = 🔕 Podsjetnici su isključeni. Pošaljite /remind da ih uključite.
marked-done = Zabilježeno: { $platform } – gotovo.
marked-undone = Zabilježeno: { $platform } – još treba obaviti.

## Groups
admin-only = To može učiniti samo administrator ove grupe.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administrator može uključiti podsjetnike za grupu naredbom /remind.

## Command menu (each at most 256 characters)
cmd-start = Počnite ovdje
cmd-template = Pismo koje zalijepite u obrasce
cmd-deadline = Trenutačno stanje
cmd-remind = Podsjetnici prije roka
cmd-stop = Bez daljnjih podsjetnika
cmd-status = Vaš popis
cmd-language = Promjena jezika
cmd-share = Poveznica za dijeljenje
cmd-help = Sve naredbe
cmd-privacy = Što bot pohranjuje
cmd-forget = Brisanje svega što je pohranjeno za ovaj razgovor

## Issue 17: new messages
# …i ispod platforme s postavkom: kaže da je isključena.
btn-mark-done-setting = ☑️ Isključeno: { $platform }

start-intro =
    <b>Vaši podaci i njihov AI</b>
    Nekoliko velikih platformi trenira AI na onome što ljudi u EU-u objavljuju ili pitaju njihov AI. Na svakoj možete uložiti prigovor ili to isključiti: traje minutu-dvije i vrijedi od dana kad to učinite.

# Retci /remind i /stop iz help-text, prikazuju se samo dok je neki podsjetnik pred nama.
help-reminders =
    /remind: podsjetnici prije određenog datuma
    /stop: nema više podsjetnika

# /remind kad nijedna kampanja nema datum pred sobom.
remind-none = Prigovor možete uložiti ili to isključiti bilo kada i vrijedi od dana kad to učinite. Nijedan datum nije pred nama, pa vas nemam na što podsjetiti.

# /stop kad nijedan podsjetnik nije pred nama (bez upućivanja na /remind).
stop-none = 🔕 Nema planiranih podsjetnika, pa nema ništa za isključiti.

# Obavijest kad se označi platforma s postavkom.
marked-done-setting = Zabilježeno: { $platform } – isključeno.

checked-line = <i>🗓 Koraci provjereni { $date }. Ako zaslon izgleda drukčije, aplikacija se možda promijenila: potražite iste riječi u blizini.</i>

# Isto za platformu s drugim gumbom s poveznicom.
checked-line-help = <i>🗓 Koraci provjereni { $date }. Ako zaslon izgleda drukčije ili se prva poveznica ne otvori, drugi gumb vodi na vlastitu stranicu platforme.</i>

profile-description = Nekoliko platformi trenira AI na onome što ljudi u EU-u objavljuju ili pitaju njihov AI. Ovaj bot korak po korak i na vašem jeziku pokazuje kako na svakoj uložiti prigovor ili to isključiti te vam daje pismo ondje gdje ga obrazac traži.

profile-short-description = Uložite prigovor na treniranje AI-ja na vašim podacima, platformu po platformu: koraci, poveznice, pismo.

share-several =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako uložiti prigovor na treniranje AI-ja na vašim podacima, platformu po platformu.
    { $link }

# $commands su naredbe platformi, npr. /facebook /linkedin.
group-intro-several =
    Pozdrav! Pokazujem ljudima u EU-u kako uložiti prigovor na treniranje AI-ja na njihovim podacima, platformu po platformu.

    Svatko ovdje može koristiti { $commands } i /template.
