## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Tiltakozz az ellen, hogy a Meta a tartalmaiddal tanítsa az MI-jét
intro =
    A Meta az EU-ban élő felnőttek nyilvános bejegyzésein, fotóin, képaláírásain és hozzászólásain, valamint azon tanítja a mesterséges intelligenciáját, amit az emberek a Meta AI-nak küldenek. A GDPR 21. cikke jogot ad neked arra, hogy ez ellen tiltakozz. Platformonként pár percet vesz igénybe.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Bármikor tiltakozhatsz, és a tiltakozásod a benyújtás napjától érvényes. A Meta <b>{ $date }</b> óta tanítja a mesterséges intelligenciáját a felnőttek nyilvános bejegyzésein, fotóin és hozzászólásain, valamint a Meta AI-jal folytatott csevegéseken; a 2026. júliusi uniós adatvédelmi szabályzata is felsorolja ezt a felhasználást. Amit már felhasználtak, azt nem lehet kivenni a betanított modellekből.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ A Meta <b>{ $date }</b> napjától kezdi használni a tartalmakat. Hátralévő idő: <b>{ $left }</b>. A tiltakozás a benyújtás napjától érvényes, így ha ezen időpont előtt nyújtod be, már a tanítás kezdete előtt érvényes lesz.
deadline-after = ✅ Továbbra is tiltakozhatsz: a tiltakozásod a benyújtás napjától érvényes. A Meta <b>{ $date }</b> óta tanítja a mesterséges intelligenciáját a felhasználók tartalmain; amit már felhasználtak, azt nem lehet kivenni a betanított modellekből.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Emlékeztető:</b> még { $left } van hátra eddig: <b>{ $date }</b>. A tiltakozás a benyújtás napjától érvényes.

    Teendő még: { $platforms }.

    Koppints egy platformra a lépésekért. Már megvan? Pipáld ki a lépések alatt, és többet nem emlékeztetlek rá.
nothing-left = Mindhárom platformot kipipáltad, így nincs szükséged emlékeztetőre. Köszönöm!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Másold ki az alábbi levelet (egy koppintás elég), és illeszd be az űrlap <i>indoklás</i> mezőjébe, vagy a WhatsApp-űrlapba, ha az megkérdezi, miért. Az indoklást tartalmazó bekezdés nem kötelező: megtarthatod, írhatsz sajátot, vagy törölheted.
letter-body =
    Tisztelt Címzett!

    Az általános adatvédelmi rendelet (GDPR) 21. cikkének (1) bekezdése alapján a saját helyzetemmel kapcsolatos okokból tiltakozom az ellen, hogy a Meta és partnerei a személyes adataimat mesterséges intelligencia fejlesztése és tanítása céljából kezeljék. Ez vonatkozik a bejegyzéseimre, fotóimra, képaláírásaimra, hozzászólásaimra és minden egyéb, a fiókomhoz kapcsolódó tartalomra, valamint a Meta AI-jal folytatott interakcióimra.

    Ezeket a tartalmakat nem azzal a szándékkal osztottam meg, hogy MI tanítására használják őket, és magam szeretnék dönteni a felhasználásukról.

    A GDPR 12. cikkének (3) bekezdése alapján kérem, hogy egy hónapon belül írásban erősítsék meg, hogy tiltakozásomat nyilvántartásba vették és alkalmazzák.

    Tisztelettel:

# When every platform of this campaign is ticked off.
all-done = ✅ A Facebook, az Instagram és a WhatsApp is ki van pipálva. Köszönöm!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan tiltakozhatsz az ellen, hogy a Meta a bejegyzéseiddel tanítsa az MI-jét.
    { $link }
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan tiltakozhatnak az ellen, hogy a Meta a bejegyzéseikkel, fotóikkal és hozzászólásaikkal tanítsa az MI-jét.

    Itt bárki használhatja a /facebook, /instagram, /whatsapp és /template parancsot.
description = A Meta az EU-ban élő felnőttek nyilvános bejegyzésein, fotóin és hozzászólásain, valamint azon tanítja az MI-jét, amit az emberek a Meta AI-nak küldenek. Ez a bot lépésről lépésre, a saját nyelveden megmutatja, hogyan tiltakozhatsz a Facebookon és az Instagramon, és mi a helyzet a WhatsAppon, valamint ad egy beilleszthető levelet.
short-description = Tiltakozz az ellen, hogy a Meta a bejegyzéseiddel tanítsa az MI-jét: lépések, űrlapok, levél.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Tiltakozó levél a Metának
letter-inline-desc = Kész levél a Meta űrlapjaiba
letter-keywords = levél minta sablon tiltakozás meta
deadline-inline-title = Meta AI: hol tartunk
deadline-inline-desc = Mióta tanít a Meta a tartalmakon, és mit ér most egy tiltakozás
deadline-keywords = meta helyzet óta dátum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Hivatalos űrlap
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ A Meta MI-oldala
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: a tiltakozás lépései a Facebookon
facebook-command = Tiltakozás a Facebookon
facebook-inline-title = Tiltakozás a Facebookon
facebook-inline-desc = A lépések és a hivatalos űrlap
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Tiltakozás a Facebookon</b>

    <b>A leggyorsabb:</b> koppints lent a <i>Hivatalos űrlap</i> gombra. Ha az oldal kéri, jelentkezz be ott a Facebook-fiókodba. Abban a böngészőben nem vagy bejelentkezve? Nyisd meg a linket a megszokott böngésződben (⋯ → <i>Megnyitás böngészőben</i>), vagy kövesd az alkalmazásbeli lépéseket.
    Az űrlapon add meg a fiókod e-mail-címét; az indoklás mező nem kötelező (hagyd üresen, vagy illeszd be a /template levelét). Aztán küldd el.

    <b>Utána:</b> a Meta e-mailben vagy a képernyőn visszaigazolja. Őrizd meg a visszaigazolást.

    <blockquote expandable><b>Az alkalmazásban</b>
    1. Nyisd meg a menüt, majd a <i>Beállítások és adatvédelem</i> → <i>Adatvédelmi központ</i> részt.
    2. Nyisd meg az <i>Adatvédelmi témák</i> részt, majd az MI-ről szóló témát (<i>AI at Meta</i>).
    3. Válaszd a tiltakozási kérelem beküldését.
    4. Add meg a fiókod e-mail-címét. Az indoklás nem kötelező.
    5. Küldd el az űrlapot.</blockquote>

    <blockquote expandable><b>Jó tudni</b>
    • Nem kell indokolnod.
    • Egyetlen tiltakozás érvényes minden fiókra, amely ugyanabban a Fiókközpontban van összekapcsolva. Ha egy fiók nincs összekapcsolva, vagy más e-mail-címet használ, azzal külön kell tiltakozni.
    • Facebook-oldalak nevében ezzel az űrlappal nem lehet tiltakozni, csak személyes fiókkal.
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.
    • A Meta áthelyezte néhány kapcsolatfelvételi űrlapját. Ha az űrlap nem nyílik meg, a második gomb a Meta generatív MI-ről szóló oldalára visz, amely a tiltakozási jogra mutató linket tartalmaz.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Hivatalos űrlap
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ A Meta MI-oldala
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: a tiltakozás lépései az Instagramon
instagram-command = Tiltakozás az Instagramon
instagram-inline-title = Tiltakozás az Instagramon
instagram-inline-desc = A lépések és a hivatalos űrlap
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Tiltakozás az Instagramon</b>

    <b>A leggyorsabb:</b> koppints lent a <i>Hivatalos űrlap</i> gombra. Ha az oldal kéri, jelentkezz be ott az Instagram-fiókodba. Abban a böngészőben nem vagy bejelentkezve? Nyisd meg a linket a megszokott böngésződben (⋯ → <i>Megnyitás böngészőben</i>), vagy kövesd az alkalmazásbeli lépéseket.
    Ha az űrlap megkérdezi, hogy a kérésed a Meta MI-jére vonatkozik-e (<i>AI at Meta</i>), válaszd az <b>Igen</b> lehetőséget. Add meg a fiókod e-mail-címét; az indoklás mező nem kötelező (hagyd üresen, vagy illeszd be a /template levelét). Aztán küldd el.

    <b>Utána:</b> a Meta e-mailben vagy a képernyőn visszaigazolja. Őrizd meg a visszaigazolást.

    <blockquote expandable><b>Az alkalmazásban</b>
    1. Lépj a profilodra, és koppints a ☰ menüre (<i>Beállítások és tevékenység</i>).
    2. Keresd meg ebben a menüben az <i>Adatvédelmi központ</i> részt (egyes verziókban: <i>Névjegy</i> → <i>Adatvédelmi szabályzat</i>).
    3. Keresd meg a <i>Tiltakozáshoz való jog</i> részt, és nyisd meg az űrlapot.
    4. Ha megkérdezi, hogy a kérésed a Meta MI-jére vonatkozik-e, válaszd az <i>Igen</i> lehetőséget.
    5. Add meg a fiókod e-mail-címét. Az indoklás nem kötelező.
    6. Küldd el az űrlapot.</blockquote>

    <blockquote expandable><b>Jó tudni</b>
    • Nem kell indokolnod.
    • Egyetlen tiltakozás érvényes minden fiókra, amely ugyanabban a Fiókközpontban van összekapcsolva, a Facebookot is beleértve. A nem összekapcsolt fiókokkal külön kell tiltakozni.
    • 2024-ben már tiltakoztál? A biztonság kedvéért tedd meg újra.
    • A Meta áthelyezte néhány kapcsolatfelvételi űrlapját. Ha az űrlap nem nyílik meg, a második gomb a Meta generatív MI-ről szóló oldalára visz, amely a tiltakozási jogra mutató linket tartalmaz.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApp-űrlap
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: kész
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: a WhatsApp és a Meta AI: mit használnak fel, és egy űrlap a biztonság kedvéért
whatsapp-command = A WhatsApp és a Meta AI
whatsapp-inline-title = A WhatsApp és a Meta AI
whatsapp-inline-desc = Mit használnak fel, és egy űrlap a biztonság kedvéért
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>A WhatsApp és a Meta AI</b>

    A WhatsAppban nincs saját kapcsoló és nincs saját tiltakozási beállítás a Meta AI-hoz. <b>A legbiztosabb védelem: ne küldj semmit a Meta AI-nak.</b>
    • Egy csoportban bármelyik tag behívhatja a @Meta AI-t. A speciális csevegésvédelem (<i>Advanced chat privacy</i>; koppints a csevegés nevére) megakadályozhatja, hogy a tagok abban a csevegésben használják a Meta AI-t. A források ebben nem egyeznek, ezért nézd meg, hogy a te alkalmazásod kínálja-e.

    <b>Mit használnak fel:</b> a privát csevegéseidet végpontok közötti titkosítás védi, és <b>nem</b> használják őket az MI tanítására. Amit a Meta AI-nak küldesz (a kék-rózsaszín kör, vagy egy csoportba behívott @Meta AI), azt nem védi végpontok közötti titkosítás, és felhasználható. A Meta AI a WhatsAppban nem kapcsolható ki; csak annyit tehetsz, hogy nem használod. 2025 júniusában a Meta azt közölte, hogy akkor nem használta tanításra a Meta AI-jal folytatott WhatsApp-csevegéseket.

    <b>A biztonság kedvéért egy webes űrlap.</b> A WhatsApp adatvédelmi szabályzata általában a tiltakozásokhoz ezt jelöli meg; nem MI-kapcsoló, és a fogyasztóvédelmi szervezetek szerint a WhatsAppnak nincs saját, hivatalos tiltakozási eljárása az MI-vel kapcsolatban.
    1. Koppints az alábbi gombra (vagy keresd meg a whatsapp.com jogi linkjei között az érintetti jogokra vonatkozó űrlapot).
    2. Válaszd azt a lehetőséget, amellyel tiltakozol az adataid kezelése ellen.
    3. Add meg a telefonszámodat az országkóddal együtt, valamint az e-mail-címedet.
    4. Ha megkérdezi, miért, illeszd be a /template levelét.
    5. Küldd el az űrlapot. A WhatsApp e-mailben válaszol; őrizd meg a választ.
