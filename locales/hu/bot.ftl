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
    /news: hír, ha új tiltakozási lehetőség jelenik meg
    /forget: minden törlése, amit erről a csevegésről tárolok

    Bármelyik csevegésben beírhatod a @{ $bot } nevet is, hogy oda egy kártyát küldj.

## /privacy and /forget
privacy-text =
    <b>Mit tárolok</b>
    • Ennek a csevegésnek az azonosítószámát, a nyelvét, azt, hogy kérsz-e emlékeztetőt vagy híreket, mely platformokat pipáltad ki és melyik napon, valamint azt, hogy mely emlékeztetők, visszakérdezések és újraellenőrzések esedékesek vagy mentek már ki, hogy senki ne kapjon meg semmit kétszer.
    • Miért a nap: egy hónappal azután, hogy kipipálsz egy űrlapot, egyszer megkérdezem, visszaigazolta-e a cég. Egy beállítás újraellenőrzését csak akkor tárolom, ha kéred.
    • Semmi mást: sem nevet, sem felhasználónevet, sem telefonszámot, sem üzenetszöveget. Az országot, amelyet a hatóság megkereséséhez választasz, nem tárolom.

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
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Feljegyeztem: { $platform } kész. { $after } múlva megkérdezem, visszaigazolta-e a cég.
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
cmd-news = Hír, ha új tiltakozási lehetőség jelenik meg

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
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Kész: tőlem nem kapsz több emlékeztetőt, visszakérdezést vagy hírt. A /start újra megmutatja a platformokat.

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

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Feljegyeztem: kikapcsolva itt: { $platform }. Köszönöm! Egyes platformok új MI-beállításokat vezettek be, alapértelmezetten bekapcsolva, anélkül hogy szóltak volna a felhasználóiknak, ezért emlékeztethetlek, hogy nézd meg újra.
# $after is a time such as "180 days".
btn-recheck = 🔔 Emlékeztess { $after } múlva
recheck-on = 🔔 <b>{ $date }</b> napján emlékeztetlek, hogy nézd meg, ki van-e még kapcsolva a beállítás itt: { $platform }.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 { $date } napján kikapcsoltad a beállítást itt: { $platform }. Kérlek, nézd meg, ki van-e még kapcsolva, és nem jelent-e meg mellette egy új MI-beállítás: egyes platformok vezettek be ilyen beállításokat, alapértelmezetten bekapcsolva, anélkül hogy szóltak volna a felhasználóiknak. Egy perc az egész.
recheck-ask-undated = 🔎 Kikapcsoltad a beállítást itt: { $platform }. Kérlek, nézd meg, ki van-e még kapcsolva, és nem jelent-e meg mellette egy új MI-beállítás: egyes platformok vezettek be ilyen beállításokat, alapértelmezetten bekapcsolva, anélkül hogy szóltak volna a felhasználóiknak. Egy perc az egész.
btn-news-on = 🆕 Hír új lehetőségekről
btn-news-off = 🔕 Nem kérek több hírt
news-on = 🆕 Szólok, ha új lehetőség nyílik a tiltakozásra vagy a kikapcsolásra. Ha leállítanád, küldd el újra a /news parancsot.
news-off = 🔕 Tőlem nem kapsz több hírt. Ha újra kérnéd, küldd el a /news parancsot.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Új lehetőség a tiltakozásra vagy a kikapcsolásra</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 { $date } napján tiltakoztál itt: { $platform }. A cégnek a tiltakozás beérkezésétől számított egy hónapon belül tájékoztatnia kell, mit tett vele kapcsolatban (vagy ezen a hónapon belül jeleznie, hogy legfeljebb két további hónapra van szüksége).

    Visszaigazolta?
followup-ask-again = 📬 Még egyszer: { $date } napján tiltakoztál itt: { $platform }. Visszaigazolta a cég?
btn-confirmed = ✅ Visszaigazolta
btn-later = ⏳ Még nem, kérdezz később
btn-no-answer = ❌ Nem válaszolt
followup-confirmed = ✅ Köszönöm! Nincs több teendőd itt: { $platform }. Őrizd meg a visszaigazolást.
followup-later = ⏳ <b>{ $date }</b> napján még egyszer megkérdezem.
followup-letter-intro = Küldd el ugyanazon az űrlapon vagy címen, amelyet a tiltakozáshoz használtál, írd be az adataidat, és tarts meg egy másolatot:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Tárgy: { $date } napján benyújtott tiltakozásom (GDPR 21. cikk)

    Tisztelt Címzett!

    { $date } napján az általános adatvédelmi rendelet (GDPR) 21. cikke alapján tiltakoztam az ellen, hogy személyes adataimat mesterséges intelligencia fejlesztésére és továbbfejlesztésére használják ezen a platformon: { $platform }.

    A GDPR 12. cikkének (3) bekezdése alapján a kérelem beérkezésétől számított egy hónapon belül tájékoztatniuk kell a kérelmem nyomán hozott intézkedésekről. Választ nem kaptam.

    Kérem, haladéktalanul erősítsék meg, hogy tiltakozásomat alkalmazzák. Ellenkező esetben panaszt nyújtok be egy adatvédelmi felügyeleti hatósághoz (GDPR 77. cikk).

    Tisztelettel:
    { "[" }Neved]
    { "[" }A fiókodhoz tartozó e-mail-cím]
complain-where = Ha a cég továbbra sem válaszol, panaszt tehetsz egy adatvédelmi hatóságnál: abban az országban, ahol élsz, ahol dolgozol, vagy ahol a jogsértés történt. Melyik ország legyen?
btn-other-country = 🇪🇺 Másik ország
complain-country = Melyik ország? Válaszd azt, ahol élsz, ahol dolgozol, vagy ahol a jogsértés történt:
complain-land = Németországban a cégekkel kapcsolatos panaszokat a tartományod hatóságához kell benyújtani. Melyik tartományban?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    A hatóságod továbbítja a panaszt a fő felügyeleti hatóságnak (a Meta, a LinkedIn, a Google és az X esetében ez az ír adatvédelmi hatóság, a Data Protection Commission), és továbbra is ő tartja veled a kapcsolatot.

    Bizonyítékként őrizd meg: a visszaigazoló e-mailt vagy az elküldött űrlapról készült, dátumot mutató képernyőképet, valamint az elküldött emlékeztető levelet. A panasz a cég felé nem névtelen, és sok hatóság csak a saját nyelvén fogad be panaszt.
complain-home-only = <i>Nem tudtam ellenőrizni, melyik oldalon fogad panaszt ez a hatóság: a gomb a kezdőlapjára visz.</i>
btn-authority = 🏛 A hatóság oldala
