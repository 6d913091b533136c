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
    /news: novosti kad se pojavi novi način prigovora
    /forget: brisanje svega što pohranjujem o ovom razgovoru

    U bilo kojem razgovoru možete upisati i @{ $bot } kako biste ondje objavili karticu.

## /privacy and /forget
privacy-text =
    <b>Što pohranjujem</b>
    • Broj ovog razgovora, njegov jezik, želite li podsjetnike ili novosti, koje ste platforme označili i kojeg dana te koji su podsjetnici, upiti o potvrdi i ponovne provjere na redu ili već poslani, kako nitko ništa ne bi dobio dvaput.
    • Zašto dan: mjesec dana nakon što označite obrazac, jednom vas pitam je li tvrtka potvrdila prigovor. Ponovna provjera postavke čuva se samo ako je sami zatražite.
    • Ništa drugo: ne pohranjujem imena, korisnička imena, brojeve telefona ni tekst poruka. Država koju odaberete kako biste pronašli nadzorno tijelo ne pohranjuje se.

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
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Zabilježeno: { $platform } – gotovo. Za { $after } pitat ću vas je li prigovor potvrđen.
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
cmd-news = Novosti kad se pojavi novi način prigovora

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
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Gotovo: od mene više nećete dobivati podsjetnike, upite o potvrdi ni novosti. Naredba /start ponovno prikazuje platforme.

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

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Zabilježeno: { $platform } – isključeno. Hvala! Neke su platforme dodale nove postavke za AI, unaprijed uključene, a da o tome nisu obavijestile svoje korisnike, pa vas mogu podsjetiti da provjerite.
# $after is a time such as "180 days".
btn-recheck = 🔔 Podsjetnik za { $after }
recheck-on = 🔔 Dana <b>{ $date }</b> podsjetit ću vas da provjerite je li postavka na platformi { $platform } još uvijek isključena.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 Dana { $date } isključili ste postavku na platformi { $platform }. Provjerite je li još uvijek isključena i je li se pokraj nje pojavila nova postavka za AI: neke su platforme dodale takve postavke, unaprijed uključene, a da o tome nisu obavijestile svoje korisnike. Traje minutu.
recheck-ask-undated = 🔎 Isključili ste postavku na platformi { $platform }. Provjerite je li još uvijek isključena i je li se pokraj nje pojavila nova postavka za AI: neke su platforme dodale takve postavke, unaprijed uključene, a da o tome nisu obavijestile svoje korisnike. Traje minutu.
btn-news-on = 🆕 Novi načini prigovora
btn-news-off = 🔕 Bez novosti
news-on = 🆕 Javit ću vam kad se pojavi novi način za prigovor ili isključivanje. Ako to želite zaustaviti, ponovno pošaljite /news.
news-off = 🔕 Od mene više nema novosti. Pošaljite /news da ih ponovno uključite.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Novi način za prigovor ili isključivanje</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 Dana { $date } uložili ste prigovor na platformi { $platform }. Tvrtka vas mora unutar mjesec dana od primitka prigovora obavijestiti što je u vezi s njim poduzela (ili vam unutar tog mjeseca javiti da treba još do dva mjeseca).

    Je li ga potvrdila?
followup-ask-again = 📬 Još jednom: dana { $date } uložili ste prigovor na platformi { $platform }. Je li ga tvrtka potvrdila?
btn-confirmed = ✅ Potvrđeno
btn-later = ⏳ Još ne, provjera kasnije
btn-no-answer = ❌ Nema odgovora
followup-confirmed = ✅ Hvala! Na platformi { $platform } ne trebate više ništa učiniti. Sačuvajte potvrdu.
followup-later = ⏳ Pitat ću vas još jednom <b>{ $date }</b>
followup-letter-intro = Pošaljite ovo putem istog obrasca ili na istu adresu kao prigovor, unesite svoje podatke i sačuvajte kopiju:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Predmet: Moj prigovor od { $date } (članak 21. GDPR-a)

    Poštovani,

    pozivam se na svoj prigovor od { $date }, uložen na temelju članka 21. Opće uredbe o zaštiti podataka (GDPR), na upotrebu mojih osobnih podataka na platformi { $platform } za razvoj i poboljšanje umjetne inteligencije.

    Na temelju članka 12. stavka 3. GDPR-a dužni ste me unutar mjesec dana od primitka zahtjeva obavijestiti o mjerama poduzetima u vezi s njim. Odgovor do danas nije stigao.

    Molim Vas da mi bez odgađanja potvrdite da se moj prigovor primjenjuje. U suprotnom ću podnijeti pritužbu nadzornom tijelu za zaštitu podataka (članak 77. GDPR-a).

    S poštovanjem,
    { "[" }Vaše ime]
    { "[" }Adresa e-pošte vašeg računa]
complain-where = Ako tvrtka ni sada ne odgovori, možete podnijeti pritužbu nadzornom tijelu za zaštitu podataka: u državi u kojoj živite, u kojoj radite ili u kojoj je došlo do povrede. Koja država?
btn-other-country = 🇪🇺 Druga država
complain-country = Koja država? Odaberite onu u kojoj živite, u kojoj radite ili u kojoj je došlo do povrede:
complain-land = U Njemačkoj se pritužbe protiv tvrtki podnose tijelu vaše savezne zemlje. Koja je vaša?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Vaše tijelo prosljeđuje pritužbu vodećem nadzornom tijelu (za Metu, LinkedIn, Google i X to je irska Komisija za zaštitu podataka, Data Protection Commission) i ostaje vaša kontaktna točka.

    Kao dokaz sačuvajte: e-poruku s potvrdom ili snimku zaslona poslanog obrasca s datumom te dopis kojim ste se ponovno obratili tvrtki. Pritužba prema tvrtki nije anonimna, a mnoga tijela primaju je samo na svojem jeziku.
complain-home-only = <i>Stranicu ovog tijela za pritužbe nije bilo moguće potvrditi: gumb otvara njegovu početnu stranicu.</i>
btn-authority = 🏛 Otvorite stranicu tijela
