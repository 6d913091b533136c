## objection-bot: Hungarian texts (magyar). Address: informal "te" (tegezés), as in Meta's apps.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Magyar

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Tiltakozó levél
btn-remind = 🔔 Emlékeztess
btn-language = 🌐 Nyelv
btn-share = 📣 Megosztás
btn-menu = ↩️ Menü
btn-deadline = ⏳ Határidő
btn-status = ✅ A listám
btn-open-form = 📝 A hivatalos { $platform }-űrlap megnyitása
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Hivatalos űrlap (ha kéri, lépj be a { $platform }-fiókodba)
btn-mark-done = ☑️ Tiltakoztam itt: { $platform }
btn-mark-undone = ↩️ Mégsem kész: { $platform }

## /start
start-text =
    <b>Tiltakozz az ellen, hogy a Meta a tartalmaidat használja az MI-jéhez</b>

    A Meta a mesterséges intelligenciája tanításához felhasználja az EU-ban élő felnőttek nyilvános bejegyzéseit, fotóit, képaláírásait és hozzászólásait, valamint azt is, amit az emberek a Meta AI-nak küldenek. A GDPR 21. cikke jogot ad neked arra, hogy ez ellen tiltakozz. Platformonként pár percet vesz igénybe.

    { $deadline }

    Válassz platformot, és megmutatom a lépéseket:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ A Meta ettől az időponttól kezdi használni a tartalmakat: <b>{ $date }</b>, hátralévő idő: <b>{ $left }</b>. A tiltakozás a benyújtás napjától érvényes, így ha ezen időpont előtt nyújtod be, már a tanítás kezdete előtt érvényes lesz.
deadline-after = ℹ️ A Meta ettől az időponttól tanítja a mesterséges intelligenciáját a tartalmakon: <b>{ $date }</b>, de tiltakozni továbbra is lehet, és a tiltakozás a benyújtás napjától érvényes. A már felhasznált tartalmat nem lehet kivenni a már betanított modellekből.

## Platform steps
facebook-text =
    <b>Tiltakozás a Facebookon</b>

    <b>A leggyorsabb:</b> koppints az alábbi gombra, és megnyílik a Meta hivatalos űrlapja. Ha az oldal kéri, előbb jelentkezz be ott a Facebook-fiókodba.

    <b>Az alkalmazásban:</b>
    1. Nyisd meg a menüt, majd válaszd a <i>Beállítások és adatvédelem</i> → <i>Adatvédelmi központ</i> lehetőséget.
    2. Nyisd meg az <i>Adatvédelmi témák</i> részt, majd a mesterséges intelligenciáról szóló témát (<i>MI a Metánál</i>).
    3. Válaszd a tiltakozás beküldésére szolgáló hivatkozást vagy gombot (<i>Tiltakozási kérelem beküldése</i>).
    4. Add meg a fiókodhoz tartozó e-mail-címet. Az indoklás mező nem kötelező: hagyd üresen, vagy illeszd be a /template paranccsal kapott levelet.
    5. Küldd el az űrlapot.

    <b>Utána:</b> a Meta e-mailben vagy a képernyőn visszaigazolja a tiltakozást. Őrizd meg a visszaigazolást.

    <b>Jó tudni</b>
    • Nem kell indokolnod.
    • Egyetlen tiltakozás érvényes minden fiókra, amely ugyanabban a Fiókközpontban van összekapcsolva. Ha egy fiók nincs összekapcsolva, vagy más e-mail-címet használ, azzal külön kell tiltakozni.
    • Facebook-oldalak nevében ezzel az űrlappal nem lehet tiltakozni, csak személyes fiókkal.
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.
instagram-text =
    <b>Tiltakozás az Instagramon</b>

    <b>A leggyorsabb:</b> koppints az alábbi gombra, és megnyílik a Meta hivatalos űrlapja. Ha az oldal kéri, előbb jelentkezz be ott az Instagram-fiókodba.

    <b>Az alkalmazásban:</b>
    1. Lépj a profilodra, és koppints a ☰ menüre (<i>Beállítások és tevékenység</i>).
    2. Keresd meg ebben a menüben az <i>Adatvédelmi központ</i> részt (egyes verziókban a menü alján, az alkalmazásról szóló információknál: <i>Névjegy</i> → <i>Adatvédelmi szabályzat</i>).
    3. Keresd meg a <i>Tiltakozáshoz való jog</i> részt, és nyisd meg az űrlapot.
    4. Add meg a fiókodhoz tartozó e-mail-címet. Az indoklás mező nem kötelező: hagyd üresen, vagy illeszd be a /template paranccsal kapott levelet.
    5. Küldd el az űrlapot.

    <b>Utána:</b> a Meta e-mailben vagy a képernyőn visszaigazolja a tiltakozást. Őrizd meg a visszaigazolást.

    <b>Jó tudni</b>
    • Nem kell indokolnod.
    • Egyetlen tiltakozás érvényes minden fiókra, amely ugyanabban a Fiókközpontban van összekapcsolva, a Facebookot is beleértve. A nem összekapcsolt fiókokkal külön kell tiltakozni.
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.
whatsapp-text =
    <b>A WhatsApp és a Meta AI</b>

    A privát csevegéseidet végpontok közötti titkosítás védi, és <b>nem</b> használják őket az MI tanítására. Amit a Meta AI-nak küldesz (a kék-rózsaszín kör az alkalmazásban, vagy a csoportos csevegésbe behívott @Meta AI), azt nem védi végpontok közötti titkosítás, és felhasználható.

    • A Meta AI a WhatsAppban nem kapcsolható ki; legfeljebb nem használod.
    • 2025 júniusában a Meta azt közölte, hogy a Meta AI-jal folytatott WhatsApp-csevegéseket jelenleg nem használja tanításra.
    • Az alkalmazásban nincs tiltakozási beállítás, és a fogyasztóvédelmi szervezetek szerint a WhatsAppnak nincs erre saját, hivatalos tiltakozási eljárása.

    <b>A legbiztosabb védelem:</b> ne küldj semmit a Meta AI-nak.

    <b>Elővigyázatosságból egy webes űrlap:</b>
    1. Koppints az alábbi gombra (vagy a whatsapp.com oldalon nyisd meg a lap alján a jogi információkat, majd az érintettek jogaival kapcsolatos űrlapot, bármi is most a pontos neve).
    2. Válaszd azokat a lehetőségeket, amelyekkel tiltakozol az adataid felhasználása ellen.
    3. Add meg a telefonszámodat az országkóddal együtt, valamint az e-mail-címedet.
    4. Ha indoklást kér, illeszd be a /template paranccsal kapott levelet.
    5. Küldd el az űrlapot. A WhatsApp e-mailben válaszol; őrizd meg a választ.

## /template
letter-intro = Másold ki az alábbi levelet (egy koppintás elég), és illeszd be az űrlap <i>indoklás</i> mezőjébe, vagy a WhatsApp-űrlapba, ha az indoklást kér.
letter-body =
    Tisztelt Címzett!

    Az általános adatvédelmi rendelet (GDPR) 21. cikkének (1) bekezdése alapján tiltakozom az ellen, hogy a Meta és partnerei a személyes adataimat mesterséges intelligencia fejlesztése és tanítása céljából kezeljék. Ez vonatkozik a bejegyzéseimre, fotóimra, képaláírásaimra, hozzászólásaimra és minden egyéb, a fiókomhoz kapcsolódó tartalomra, valamint a Meta AI-jal folytatott interakcióimra.

    A GDPR 12. cikkének (3) bekezdése alapján kérem, hogy egy hónapon belül írásban erősítsék meg, hogy tiltakozásomat nyilvántartásba vették és alkalmazzák.

    Tisztelettel:

## /language
language-choose = Válaszd ki, milyen nyelven beszéljek ebben a csevegésben:
language-set = Kész: itt mostantól magyarul beszélek.

## /help
help-text =
    <b>Miben segíthetek</b>
    /facebook: a tiltakozás lépései a Facebookon
    /instagram: a tiltakozás lépései az Instagramon
    /whatsapp: a tiltakozás lépései a WhatsAppon
    /template: levél, amelyet beilleszthetsz az űrlapokba
    /deadline: a határidő és a jelenlegi helyzet
    { $remind }
    /stop: nincs több emlékeztető
    /status: a listád és a következő emlékeztető
    /language: nyelv módosítása
    /share: továbbküldhető link
    /privacy: mit tárolok rólad
    /forget: mindent töröl, amit erről a csevegésről tárolok

    Bármelyik csevegésben beírhatod azt is, hogy @{ $bot }, és küldhetsz oda egy kártyát.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: emlékeztetők a határidő előtt
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: miért nincs most emlékeztető

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
remind-after-deadline = A határidő (<b>{ $date }</b>) lejárt, így nincs mire emlékeztetnem, de bármikor tiltakozhatsz, és a tiltakozásod a benyújtás napjától érvényes lesz.
remind-nothing-left = Mindhárom platformot kipipáltad, így nincs szükséged emlékeztetőre. Köszönöm!
stop-done = 🔕 Emlékeztetők kikapcsolva. Küldd el a /remind parancsot, ha újra bekapcsolnád őket.
stop-not-subscribed = Az emlékeztetők nem voltak bekapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.
reminder-text =
    🔔 <b>Emlékeztető:</b> még <b>{ $left }</b> van hátra a határidőig (<b>{ $date }</b>). A tiltakozás a benyújtás napjától érvényes.

    Teendő még: { $platforms }.

    Koppints egy platformra a lépésekért. Már megvan? Pipáld ki a lépések alatt, és többet nem emlékeztetlek rá.
all-done-text = ✅ Mindhárom platformon tiltakoztál. Köszönöm! Több emlékeztetőt nem küldök.

## /status
status-title = <b>A listád</b>
status-done = ✅ { $platform }: tiltakozás kész
status-open = ⬜ { $platform }: még hátravan
status-subscribed = 🔔 Emlékeztetők bekapcsolva. Következő: <b>{ $when }</b>.
status-no-wave = 🔕 Nincs több tervezett emlékeztető.
status-not-subscribed = 🔕 Emlékeztetők kikapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.
marked-done = Feljegyeztem: { $platform } kész.
marked-undone = Feljegyeztem: { $platform } még hátravan.

## Groups
admin-only = Ezt csak a csoport adminisztrátora teheti meg.
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan tiltakozhatnak az ellen, hogy a Meta a bejegyzéseiket, fotóikat és hozzászólásaikat a mesterséges intelligenciája tanítására használja.

    Itt bárki használhatja a /facebook, /instagram, /whatsapp és /template parancsot.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Egy adminisztrátor a /remind paranccsal bekapcsolhatja az emlékeztetőket a csoportnak.

## Sharing and inline mode
share-text =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan tiltakozhatsz az ellen, hogy a Meta a bejegyzéseidet a mesterséges intelligenciája tanítására használja.
    { $link }
inline-facebook-title = Tiltakozás a Facebookon
inline-facebook-desc = A lépések és a hivatalos űrlap
inline-instagram-title = Tiltakozás az Instagramon
inline-instagram-desc = A lépések és a hivatalos űrlap
inline-whatsapp-title = Tiltakozás a WhatsAppon
inline-whatsapp-desc = Meta AI-csevegések: mit használnak fel, és egy űrlap
inline-letter-title = Tiltakozó levél
inline-letter-desc = Kész levél, amelyet beilleszthetsz az űrlapokba
inline-deadline-title = Határidő
inline-deadline-desc = Hol tartunk, és mit jelent most egy tiltakozás
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = levél minta sablon tiltakozás
inline-deadline-keywords = határidő dátum időpont

## Command menu (each at most 256 characters)
cmd-start = Kezdd itt
cmd-facebook = Tiltakozás a Facebookon
cmd-instagram = Tiltakozás az Instagramon
cmd-whatsapp = A WhatsApp és a Meta AI
cmd-template = Levél az űrlapokba való beillesztéshez
cmd-deadline = A határidő és a jelenlegi helyzet
cmd-remind = Emlékeztetők a határidő előtt
cmd-stop = Nincs több emlékeztető
cmd-status = A listád
cmd-language = Nyelv módosítása
cmd-share = Továbbküldhető link
cmd-help = Az összes parancs
cmd-privacy = Mit tárol a bot
cmd-forget = Minden, erről a csevegésről tárolt adat törlése

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = A Meta az EU-ban élő felnőttek nyilvános bejegyzésein, fotóin és hozzászólásain, valamint azon tanítja a mesterséges intelligenciáját, amit az emberek a Meta AI-nak küldenek. Ez a bot lépésről lépésre, a saját nyelveden megmutatja, hogyan tiltakozhatsz a Facebookon és az Instagramon, és mi a helyzet a WhatsAppon, valamint ad egy beilleszthető levelet. Ha közeleg egy határidő, emlékeztetni is tud rá.
bot-short-description = Tiltakozz az ellen, hogy a Meta a bejegyzéseidet az MI-jéhez használja: lépések, űrlapok, levél.
