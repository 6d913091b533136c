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
btn-mark-done = ☑️ Tiltakoztam itt: { $platform }
btn-mark-undone = ↩️ Mégsem kész: { $platform }

## /start
start-text =
    <b>Tartsd távol a tartalmaidat a Meta MI-jétől</b>

    A Meta a mesterséges intelligenciája tanításához felhasználja az EU-ban élő felnőttek nyilvános bejegyzéseit, fotóit, képaláírásait és hozzászólásait, valamint azt is, amit az emberek a Meta AI-nak küldenek. A GDPR 21. cikke jogot ad neked arra, hogy ez ellen tiltakozz. Platformonként pár percet vesz igénybe.

    { $deadline }

    Válassz platformot, és megmutatom a lépéseket:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ A Meta ettől az időponttól kezdi használni a tartalmaidat: <b>{ $date }</b>. Hátralévő idő: <b>{ $left }</b>. Ha addig tiltakozol, a meglévő bejegyzéseid kimaradnak a tanításból.
deadline-after = ℹ️ A Meta <b>{ $date }</b> óta tanítja a mesterséges intelligenciáját a tartalmakon. Tiltakozni továbbra is lehet: a tiltakozás a benyújtás napjától érvényes, így az azután közzétett tartalmaid kimaradnak. A már felhasznált tartalmat nem lehet visszavenni.

## Platform steps
facebook-text =
    <b>Tiltakozás a Facebookon</b>

    <b>A leggyorsabb:</b> koppints az alábbi gombra, és megnyílik a Meta hivatalos űrlapja, ahol már be leszel jelentkezve a fiókodba.

    <b>Az alkalmazásban:</b>
    1. Nyisd meg a menüt, majd válaszd a <i>Beállítások és adatvédelem</i> → <i>Adatvédelmi központ</i> lehetőséget.
    2. Nyisd meg az <i>Adatvédelmi témák</i> → <i>MI a Metánál</i> részt.
    3. Válaszd a <i>Tiltakozási kérelem beküldése</i> lehetőséget.
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

    <b>A leggyorsabb:</b> koppints az alábbi gombra, és megnyílik a Meta hivatalos űrlapja, ahol már be leszel jelentkezve a fiókodba.

    <b>Az alkalmazásban:</b>
    1. Lépj a profilodra, és koppints a ☰ menüre.
    2. Nyisd meg a <i>Beállítások és adatvédelem</i> → <i>Adatvédelmi központ</i> részt (vagy a <i>Névjegy</i> → <i>Adatvédelmi szabályzat</i> részt).
    3. Keresd meg a <i>Tiltakozáshoz való jog</i> részt, és nyisd meg az űrlapot.
    4. Add meg a fiókodhoz tartozó e-mail-címet. Az indoklás mező nem kötelező: hagyd üresen, vagy illeszd be a /template paranccsal kapott levelet.
    5. Küldd el az űrlapot.

    <b>Utána:</b> a Meta e-mailben vagy a képernyőn visszaigazolja a tiltakozást. Őrizd meg a visszaigazolást.

    <b>Jó tudni</b>
    • Nem kell indokolnod.
    • Egyetlen tiltakozás érvényes minden fiókra, amely ugyanabban a Fiókközpontban van összekapcsolva, a Facebookot is beleértve. A nem összekapcsolt fiókokkal külön kell tiltakozni.
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.
whatsapp-text =
    <b>Tiltakozás a WhatsAppon</b>

    A privát csevegéseidet <b>nem</b> használják az MI tanítására. Az használható fel, amit a Meta AI-nak küldesz (a kék-rózsaszín kör az alkalmazásban).

    <b>Hogyan:</b> az alkalmazásban nincs erre beállítás, a tiltakozás egy webes űrlapon történik.
    1. Koppints az alábbi gombra (vagy nyisd meg a whatsapp.com oldalt → <i>Jogi információk</i> → <i>Az érintettek jogai</i> űrlap).
    2. Válaszd azokat a lehetőségeket, amelyekkel tiltakozol az adataid MI-célú felhasználása ellen.
    3. Add meg a telefonszámodat az országkóddal együtt, valamint az e-mail-címedet.
    4. Ha indoklást kér, illeszd be a /template paranccsal kapott levelet.
    5. Küldd el az űrlapot.

    <b>Utána:</b> a WhatsApp e-mailben válaszol. Őrizd meg a választ.

    <b>Jó tudni</b>
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.

## /template
letter-intro = Másold ki az alábbi levelet (egy koppintás elég), és illeszd be az űrlap <i>indoklás</i> mezőjébe, vagy a WhatsApp-űrlapba, ha az indoklást kér.
letter-body =
    Tisztelt Címzett!

    Az általános adatvédelmi rendelet (GDPR) 21. cikke alapján tiltakozom az ellen, hogy a Meta és partnerei a személyes adataimat mesterséges intelligencia fejlesztése és tanítása céljából kezeljék. Ez vonatkozik a bejegyzéseimre, fotóimra, hozzászólásaimra és minden egyéb, a fiókomhoz kapcsolódó személyes vagy nyilvános adatomra.

    Kérem, írásban erősítsék meg, hogy tiltakozásomat nyilvántartásba vették és alkalmazzák.

    Üdvözlettel

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
    /remind: emlékeztetők a határidő előtt
    /stop: nincs több emlékeztető
    /status: a listád és a következő emlékeztető
    /language: nyelv módosítása
    /share: továbbküldhető link
    /privacy: mit tárolok rólad
    /forget: mindent töröl, amit erről a csevegésről tárolok

    Bármelyik csevegésben beírhatod azt is, hogy @{ $bot }, és küldhetsz oda egy kártyát.

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
remind-on-no-wave = 🔔 Emlékeztetők bekapcsolva, de a határidőig (<b>{ $date }</b>) már nincs több emlékeztető. Jobb most cselekedni.
remind-already = 🔔 Az emlékeztetők már be vannak kapcsolva. Következő emlékeztető: <b>{ $when }</b>.
remind-after-deadline = A határidő (<b>{ $date }</b>) lejárt, így már nincs mire emlékeztetnem. A tiltakozás ettől még megéri: védi mindazt, amit a benyújtás napjától közzéteszel.
remind-nothing-left = Mindhárom platformot kipipáltad, így nincs szükséged emlékeztetőre. Köszönöm!
stop-done = 🔕 Emlékeztetők kikapcsolva. Küldd el a /remind parancsot, ha újra bekapcsolnád őket.
stop-not-subscribed = Az emlékeztetők nem voltak bekapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.
reminder-text =
    🔔 <b>Emlékeztető:</b> még { $left } van hátra a tiltakozásra, mielőtt a Meta elkezdi használni a tartalmaidat (<b>{ $date }</b>).

    Teendő még: { $platforms }.

    Koppints egy platformra a lépésekért. Már megvan? Pipáld ki a lépések alatt, és többet nem emlékeztetlek rá.
all-done-text = ✅ Mindhárom platformon tiltakoztál. Köszönöm! Több emlékeztetőt nem küldök.

## /status
status-title = <b>A listád</b>
status-done = ✅ { $platform }: tiltakozás kész
status-open = ⬜ { $platform }: még hátravan
status-subscribed = 🔔 Emlékeztetők bekapcsolva. Következő: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Emlékeztetők bekapcsolva; a határidőig már nincs több.
status-not-subscribed = 🔕 Emlékeztetők kikapcsolva. A bekapcsolásukhoz küldd el a /remind parancsot.
marked-done = Feljegyeztem: { $platform } kész.
marked-undone = Feljegyeztem: { $platform } még hátravan.

## Groups
admin-only = Ezt csak a csoport adminisztrátora teheti meg.
group-intro =
    Sziasztok! Segítek az EU-ban élőknek megakadályozni, hogy a Meta az ő bejegyzéseiken, fotóikon és hozzászólásaikon tanítsa a mesterséges intelligenciáját.

    Itt bárki használhatja a /facebook, /instagram, /whatsapp és /template parancsot. Egy adminisztrátor a /remind paranccsal bekapcsolhatja az emlékeztetőket a csoportnak.

## Sharing and inline mode
share-text =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan akadályozhatod meg, hogy a Meta a bejegyzéseiden tanítsa a mesterséges intelligenciáját.
    { $link }
inline-facebook-title = Tiltakozás a Facebookon
inline-facebook-desc = A lépések és a hivatalos űrlap
inline-instagram-title = Tiltakozás az Instagramon
inline-instagram-desc = A lépések és a hivatalos űrlap
inline-whatsapp-title = Tiltakozás a WhatsAppon
inline-whatsapp-desc = Meta AI-csevegések: a lépések és az űrlap
inline-letter-title = Tiltakozó levél
inline-letter-desc = Kész levél, amelyet beilleszthetsz az űrlapokba
inline-deadline-title = Határidő
inline-deadline-desc = Hol tartunk, és miért éri meg most is
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
cmd-whatsapp = Tiltakozás a WhatsAppon (Meta AI)
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
bot-description = A Meta az EU-ban élő felnőttek nyilvános bejegyzésein, fotóin és hozzászólásain tanítja a mesterséges intelligenciáját. Ez a bot lépésről lépésre, a saját nyelveden megmutatja, hogyan tiltakozhatsz ez ellen a Facebookon, az Instagramon és a WhatsAppon, ad egy beilleszthető levelet, és a határidő előtt emlékeztet.
bot-short-description = Ne hagyd, hogy a Meta a bejegyzéseiden tanítsa az MI-jét: lépések, űrlapok, levél.
