## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Tiltakozz az ellen, hogy a Meta a tartalmaidat használja az MI-jéhez
intro =
    A Meta a mesterséges intelligenciája tanításához felhasználja az EU-ban élő felnőttek nyilvános bejegyzéseit, fotóit, képaláírásait és hozzászólásait, valamint azt is, amit az emberek a Meta AI-nak küldenek. A GDPR 21. cikke jogot ad neked arra, hogy ez ellen tiltakozz. Platformonként pár percet vesz igénybe.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ A Meta ettől az időponttól kezdi használni a tartalmakat: <b>{ $date }</b>, hátralévő idő: <b>{ $left }</b>. A tiltakozás a benyújtás napjától érvényes, így ha ezen időpont előtt nyújtod be, már a tanítás kezdete előtt érvényes lesz.
deadline-after = ℹ️ A Meta ettől az időponttól tanítja a mesterséges intelligenciáját a tartalmakon: <b>{ $date }</b>, de tiltakozni továbbra is lehet, és a tiltakozás a benyújtás napjától érvényes. A már felhasznált tartalmat nem lehet kivenni a már betanított modellekből.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Másold ki az alábbi levelet (egy koppintás elég), és illeszd be az űrlap <i>indoklás</i> mezőjébe, vagy a WhatsApp-űrlapba, ha az indoklást kér.
letter-body =
    Tisztelt Címzett!

    Az általános adatvédelmi rendelet (GDPR) 21. cikkének (1) bekezdése alapján tiltakozom az ellen, hogy a Meta és partnerei a személyes adataimat mesterséges intelligencia fejlesztése és tanítása céljából kezeljék. Ez vonatkozik a bejegyzéseimre, fotóimra, képaláírásaimra, hozzászólásaimra és minden egyéb, a fiókomhoz kapcsolódó tartalomra, valamint a Meta AI-jal folytatott interakcióimra.

    A GDPR 12. cikkének (3) bekezdése alapján kérem, hogy egy hónapon belül írásban erősítsék meg, hogy tiltakozásomat nyilvántartásba vették és alkalmazzák.

    Tisztelettel:

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Emlékeztető:</b> még <b>{ $left }</b> van hátra a határidőig (<b>{ $date }</b>). A tiltakozás a benyújtás napjától érvényes.

    Teendő még: { $platforms }.

    Koppints egy platformra a lépésekért. Már megvan? Pipáld ki a lépések alatt, és többet nem emlékeztetlek rá.
# When every platform of this campaign is ticked off.
all-done = ✅ Mindhárom platformon tiltakoztál. Köszönöm! Több emlékeztetőt nem küldök.
nothing-left = Mindhárom platformot kipipáltad, így nincs szükséged emlékeztetőre. Köszönöm!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan tiltakozhatsz az ellen, hogy a Meta a bejegyzéseidet a mesterséges intelligenciája tanítására használja.
    { $link }
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan tiltakozhatnak az ellen, hogy a Meta a bejegyzéseiket, fotóikat és hozzászólásaikat a mesterséges intelligenciája tanítására használja.

    Itt bárki használhatja a /facebook, /instagram, /whatsapp és /template parancsot.
description = A Meta az EU-ban élő felnőttek nyilvános bejegyzésein, fotóin és hozzászólásain, valamint azon tanítja a mesterséges intelligenciáját, amit az emberek a Meta AI-nak küldenek. Ez a bot lépésről lépésre, a saját nyelveden megmutatja, hogyan tiltakozhatsz a Facebookon és az Instagramon, és mi a helyzet a WhatsAppon, valamint ad egy beilleszthető levelet. Ha közeleg egy határidő, emlékeztetni is tud rá.
short-description = Tiltakozz az ellen, hogy a Meta a bejegyzéseidet az MI-jéhez használja: lépések, űrlapok, levél.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Tiltakozó levél
letter-inline-desc = Kész levél, amelyet beilleszthetsz az űrlapokba
letter-keywords = levél minta sablon tiltakozás
deadline-inline-title = Határidő
deadline-inline-desc = Hol tartunk, és mit jelent most egy tiltakozás
deadline-keywords = határidő dátum időpont

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Hivatalos űrlap (ha kéri, lépj be a Facebook-fiókodba)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: a tiltakozás lépései a Facebookon
facebook-command = Tiltakozás a Facebookon
facebook-inline-title = Tiltakozás a Facebookon
facebook-inline-desc = A lépések és a hivatalos űrlap
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Hivatalos űrlap (ha kéri, lépj be a Instagram-fiókodba)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: a tiltakozás lépései az Instagramon
instagram-command = Tiltakozás az Instagramon
instagram-inline-title = Tiltakozás az Instagramon
instagram-inline-desc = A lépések és a hivatalos űrlap
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 A hivatalos WhatsApp-űrlap megnyitása
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: a tiltakozás lépései a WhatsAppon
whatsapp-command = A WhatsApp és a Meta AI
whatsapp-inline-title = Tiltakozás a WhatsAppon
whatsapp-inline-desc = Meta AI-csevegések: mit használnak fel, és egy űrlap
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
