## objection-bot: Hungarian texts (magyar). Address: informal "te" (tegezés), as in Meta's apps.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Magyar

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december
date-format = { $year }. { $month } { $day }.
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } { $time } ({ $zone })

## Time left, with plural forms (Hungarian keeps the noun singular after a number).
left-days = { $count ->
    [one] { $count } nap
   *[other] { $count } nap
}
left-hours = { $count ->
    [one] { $count } óra
   *[other] { $count } óra
}
left-minutes = { $count ->
    [one] { $count } perc
   *[other] { $count } perc
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Levél
btn-remind = 🔔 Emlékeztess
btn-language = 🌐 Nyelv
btn-share = 📣 Megosztás
btn-menu = ↩️ Menü
btn-deadline = ℹ️ Hol tartunk
btn-status = ✅ A listám
# A kipipáló gomb egy űrlapos platform alatt…
btn-mark-done = ☑️ Tiltakoztam itt: { $platform }
btn-mark-undone = ↩️ Mégsem kész: { $platform }
btn-stop = 🔕 Emlékeztetők ki
btn-tick-in-private = ☑️ Kipipálás privátban

## /start
start-text =
    { $campaigns }

    Válassz platformot, és megmutatom a lépéseket:

## /template
letter-pick = Melyik levélre van szükséged? Válassz kampányt:

## /language
language-choose = Válaszd ki, milyen nyelven beszéljek ebben a csevegésben:
language-set = Kész: itt mostantól magyarul beszélek.

## /help
help-text =
    <b>Mire vagyok képes</b>
    { $platforms }
    /template: levél az űrlapokba való beillesztéshez
    /deadline: hol tartunk
    { $reminders }/status: a listád
    /language: nyelv módosítása
    /share: továbbadható link
    /privacy: mit tárolok rólad
    /forget: minden törlése, amit erről a csevegésről tárolok

    Bármelyik csevegésben beírhatod a @{ $bot } nevet is, hogy oda egy kártyát küldj.

## /privacy and /forget
privacy-text =
    <b>Mit tárolok</b>
    • Ennek a csevegésnek az azonosítószámát, a választott nyelvet, azt, hogy kérsz-e emlékeztetőt, mely platformokat pipáltad ki, és mely emlékeztetők mentek már ki, hogy senki ne kapja meg kétszer ugyanazt.
    • Semmi mást: sem nevet, sem felhasználónevet, sem telefonszámot, sem üzenetszöveget.

    <b>Meddig</b>
    Amíg el nem küldöd a /forget parancsot, le nem tiltasz, vagy el nem távolítasz a csoportból. Ekkor minden azonnal törlődik.

    A /forget most azonnal töröl mindent, ami ehhez a csevegéshez tartozik.
forget-done = Kész: mindent töröltem, amit erről a csevegésről tároltam. Ha újra kezdenéd, küldd el bármikor a /start parancsot.

## Anything else
unknown-text = Csak parancsokat értek. Küldd el a /help parancsot, és megmutatom őket.
stale-button = Ez a gomb már nem működik. Küldd el a /start parancsot egy friss menüért.
error-text = Valami hiba történt nálam. Kérlek, próbáld újra egy perc múlva.

## Reminders
remind-on = 🔔 Emlékeztetők bekapcsolva. Következő emlékeztető: <b>{ $when }</b>.
remind-no-wave = A határidőig (<b>{ $date }</b>) már nincs több emlékeztető, ezért a legjobb, ha most tiltakozol.
remind-already = 🔔 Az emlékeztetők már be vannak kapcsolva. Következő emlékeztető: <b>{ $when }</b>.
remind-after-deadline = Továbbra is bármikor tiltakozhatsz, és a tiltakozásod a benyújtás napjától érvényes. Nincs mire emlékeztetnem, mert az a dátum (<b>{ $date }</b>) már elmúlt.
stop-done = 🔕 Emlékeztetők kikapcsolva. Küldd el a /remind parancsot, ha újra bekapcsolnád őket.
stop-not-subscribed = Az emlékeztetők nem voltak bekapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.

## /status
status-title = <b>A listád</b>
status-done = ✅ { $platform }: kész
status-open = ⬜ { $platform }: még hátravan
status-subscribed = 🔔 Emlékeztetők bekapcsolva. Következő: <b>{ $when }</b>.
status-no-wave = 🔕 Nincs több tervezett emlékeztető.
status-not-subscribed = 🔕 Emlékeztetők kikapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.
marked-done = Feljegyeztem: { $platform } kész.
marked-undone = Feljegyeztem: { $platform } még hátravan.

## Groups
admin-only = Ezt csak a csoport adminisztrátora teheti meg.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Egy adminisztrátor a /remind paranccsal bekapcsolhatja az emlékeztetőket a csoportnak.

## Command menu (each at most 256 characters)
cmd-start = Kezdd itt
cmd-template = Levél az űrlapokba való beillesztéshez
cmd-deadline = Hol tartunk
cmd-remind = Emlékeztetők a határidő előtt
cmd-stop = Nincs több emlékeztető
cmd-status = A listád
cmd-language = Nyelv módosítása
cmd-share = Továbbküldhető link
cmd-help = Az összes parancs
cmd-privacy = Mit tárol a bot
cmd-forget = Minden, erről a csevegésről tárolt adat törlése

## Issue 17: new messages
# …és egy beállításos platform alatt: azt mondja, hogy ki van kapcsolva.
btn-mark-done-setting = ☑️ Kikapcsolva itt: { $platform }

start-intro =
    <b>Az adataid és az ő MI-jük</b>
    Több nagy platform tanít MI-t azon, amit az EU-ban élők közzétesznek, vagy amit az MI-jüktől kérdeznek. Mindegyiken tiltakozhatsz vagy kikapcsolhatod: egy-két perc, és attól a naptól érvényes, amikor megteszed.

# A help-text /remind és /stop sorai, csak amíg emlékeztető van hátra.
help-reminders =
    /remind: emlékeztetők egy kitűzött dátum előtt
    /stop: nincs több emlékeztető

# /remind, ha egyik kampánynak sincs előttünk álló dátuma.
remind-none = Bármikor tiltakozhatsz vagy kikapcsolhatod, és attól a naptól érvényes, amikor megteszed. Nincs előttünk álló dátum, így nincs mire emlékeztetnem.

# /stop, ha nincs hátralévő emlékeztető (nem utal a /remind parancsra).
stop-none = 🔕 Nincs tervezett emlékeztető, így nincs mit kikapcsolni.

# Az értesítés, amikor egy beállításos platformot kipipálnak.
marked-done-setting = Feljegyeztem: kikapcsolva itt: { $platform }.

checked-line = <i>🗓 A lépéseket ellenőriztük: { $date }. Ha a képernyő másképp néz ki, lehet, hogy az alkalmazás megváltozott: keresd a közelben ugyanezeket a szavakat.</i>

# Ugyanez egy második linkgombbal rendelkező platformhoz.
checked-line-help = <i>🗓 A lépéseket ellenőriztük: { $date }. Ha a képernyő másképp néz ki, vagy az első link nem nyílik meg, a második gomb a platform saját oldalára visz.</i>

profile-description = Több platform tanít MI-t azon, amit az EU-ban élők közzétesznek, vagy amit az MI-jüktől kérdeznek. Ez a bot lépésről lépésre, a saját nyelveden megmutatja, hogyan tiltakozhatsz vagy kapcsolhatod ki mindegyiken, és ad egy levelet, ahol egy űrlap kéri.

profile-short-description = Tiltakozz az adataiddal történő MI-tanítás ellen, platformról platformra: lépések, linkek, levél.

share-several =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan tiltakozhatsz az adataiddal történő MI-tanítás ellen, platformról platformra.
    { $link }

# A $commands a platformok parancsai, például /facebook /linkedin.
group-intro-several =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan tiltakozhatnak az adataikkal történő MI-tanítás ellen, platformról platformra.

    Itt bárki használhatja ezeket: { $commands } és /template.
