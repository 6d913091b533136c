## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Kapcsold ki a Google MI-tanítását a Gemini-csevegéseiddel
intro =
    Amíg a tevékenységmentés (<i>Keep Activity</i>) be van kapcsolva, a Google arra használja, amit a Geminibe beírsz, feltöltesz és megosztasz, hogy fejlessze a termékeit és tanítsa az MI-modelljeit, és emberi értékelők is elolvasnak egy mintát. A kikapcsolás egy perc; a GDPR emellett tiltakozási jogot is ad.

## Where things stand (no `started`, so no $date).
standing = ✅ A tevékenységmentést (<i>Keep Activity</i>) bármikor kikapcsolhatod, és attól kezdve érvényes; nincs hozzá kötve semmilyen dátum. Kikapcsolt állapotban a Google saját közlése szerint 72 óráig őrzi meg az új csevegéseket, és nem használja őket tanításra, kivéve, ha visszajelzést küldesz.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = A Google GDPR szerinti tiltakozási kérelméhez (a /gemini alatti második gomb): másold ki az alábbi levelet (egy koppintás elég), és illeszd be oda, ahol az űrlap a kérésed leírását kéri. Az indoklást tartalmazó bekezdés nem kötelező: megtarthatod, írhatsz sajátot, vagy törölheted.
letter-body =
    Tisztelt Címzett!

    Az általános adatvédelmi rendelet (GDPR) 21. cikkének (1) bekezdése alapján a saját helyzetemmel kapcsolatos okokból tiltakozom az ellen, hogy a Google a Geminivel folytatott beszélgetéseimet, az általam feltöltött fájlokat és a Gemini-alkalmazásokkal megosztott tartalmaimat mesterségesintelligencia-modellek fejlesztése és tanítása céljából kezelje.

    A Geminit saját céljaimra használom, és nem MI tanítására adtam át neki ezeket a tartalmakat; magam szeretnék dönteni a felhasználásukról.

    A GDPR 12. cikkének (3) bekezdése alapján kérem, hogy egy hónapon belül írásban erősítsék meg, hogy tiltakozásomat nyilvántartásba vették és alkalmazzák.

    Tisztelettel:

# When the setting is ticked off as turned off.
all-done = ✅ Kipipálva: a Gemini tevékenységmentése ki van kapcsolva. Köszönöm!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan kapcsolhatod ki a Google MI-tanítását a Gemini-csevegéseiddel.
    { $link }
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan kapcsolhatják ki a Google MI-tanítását a Gemini-csevegéseikkel, és hogyan tiltakozhatnak ellene.

    Itt bárki használhatja a /gemini és /template parancsot.
description = Amíg a tevékenységmentés (Keep Activity) be van kapcsolva, a Google a Gemini-csevegéseken tanítja az MI-modelljeit. Ez a bot a saját nyelveden megmutatja, hogyan kapcsolhatod ki, és hogyan tiltakozhatsz a GDPR alapján, egy beilleszthető levéllel.
short-description = Kapcsold ki a Google MI-tanítását a Gemini-csevegéseiddel: a beállítás és egy levél.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Tiltakozó levél a Google-nak
letter-inline-desc = Kész levél a Google GDPR szerinti tiltakozási kérelméhez
letter-keywords = levél minta sablon google gemini
deadline-inline-title = Gemini és MI-tanítás: hol tartunk
deadline-inline-desc = Mit tesz a beállítás, és mi történik a csevegéseiddel
deadline-keywords = gemini google helyzet

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Gemini-tevékenység megnyitása
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 GDPR-tiltakozás
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: kapcsold ki a Google MI-tanítását a Gemini-csevegéseiddel
gemini-command = MI-tanítás kikapcsolása a Gemini-csevegéseidre
gemini-inline-title = MI-tanítás kikapcsolása a Geminiben
gemini-inline-desc = A beállítás és a Google tiltakozási kérelme
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: kapcsold ki a tevékenységmentést (<i>Keep Activity</i>)</b>

    <b>A leggyorsabb:</b> koppints lent a <i>Gemini-tevékenység megnyitása</i> gombra, ha kéri, jelentkezz be a Google-fiókodba, és kapcsold ki a tevékenységmentést (<i>Keep Activity</i>; lehet, hogy még <i>Gemini Apps Activity</i> a neve). Választhatod azt is, hogy kikapcsolod, és törlöd a tevékenységedet.

    <b>A Gemini alkalmazásban:</b> a profilképed → <i>Gemini Apps Activity</i> vagy <i>Keep Activity</i> → kikapcsolás.
    <b>Számítógépen:</b> gemini.google.com → beállítások és súgó (<i>Settings &amp; help</i>) → <i>Activity</i> → kikapcsolás.

    <b>Utána:</b> visszaigazolás nem érkezik; az oldal kikapcsoltként mutatja a beállítást.

    <blockquote expandable><b>Jó tudni</b>
    • Kikapcsolt állapotban a Google saját közlése szerint 72 óráig őrzi meg az új csevegéseket, és nem használja őket tanításra, kivéve, ha visszajelzést küldesz. Az ideiglenes csevegéseket sem használja.
    • Attól kezdve érvényes.
    • A GDPR alapján tiltakozhatsz is: a második gomb a Google jogi kérelmekre szolgáló űrlapját nyitja meg (az alkalmazásban: egy válasz alatt <i>More</i> → <i>Report legal issue</i>). Az űrlap az adatkezelés leírását kéri: a /template ad hozzá levelet.
    • A Google 2025 novemberében közölte, hogy a Gmail tartalmát nem használja a Gemini tanítására.</blockquote>
