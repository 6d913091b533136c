## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Kapcsold ki a LinkedIn MI-tanítását az adataiddal
intro =
    A LinkedIn az EU-ban élő tagjai profiljain, bejegyzésein, hozzászólásain és az MI-funkcióival folytatott csevegéseiken tanít egy tartalmat író MI-t. A privát üzeneteket nem használja fel. Egy beállítás, amely addig be van kapcsolva, amíg ki nem kapcsolod, lehetővé teszi, hogy kimaradj ebből; egy percet vesz igénybe.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Bármikor kikapcsolhatod, és attól kezdve érvényes. A LinkedIn <b>{ $date }</b> óta használja az EU-ban élő tagok adatait MI tanítására; a már betanított modellek nem változnak.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Kipipálva: a LinkedIn beállítása ki van kapcsolva. Köszönöm!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan kapcsolhatod ki a LinkedIn MI-tanítását az adataiddal.
    { $link }
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan kapcsolhatják ki a LinkedIn MI-tanítását a profiljukkal és bejegyzéseikkel.

    Itt bárki használhatja a /linkedin parancsot.
description = A LinkedIn az EU-ban élő tagjai profiljain, bejegyzésein és MI-csevegésein tanít egy tartalmat író MI-t. Ez a bot a saját nyelveden megmutatja, hol van a beállítás, és hogyan kapcsolhatod ki.
short-description = Kapcsold ki a LinkedIn MI-tanítását az adataiddal: hol van a beállítás.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = A LinkedIn és az MI: hol tartunk
deadline-inline-desc = Mióta tanít a LinkedIn a tagok adatain, és mit tesz a beállítás
deadline-keywords = linkedin helyzet óta

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Beállítás megnyitása
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Tiltakozás, más célok
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: kapcsold ki a LinkedIn MI-tanítását az adataiddal
linkedin-command = A LinkedIn MI-tanításának kikapcsolása
linkedin-inline-title = A LinkedIn MI-tanításának kikapcsolása
linkedin-inline-desc = Hol van a beállítás telefonon és számítógépen
linkedin-keywords = linkedin li
linkedin-steps =
    <b>A LinkedIn MI-tanításának kikapcsolása</b>

    <b>A leggyorsabb:</b> koppints lent a <i>Beállítás megnyitása</i> gombra, és ha kéri, jelentkezz be a LinkedInbe. A generatív MI fejlesztésére szolgáló adatokról szóló oldalon (<i>Data for Generative AI Improvement</i>) kapcsold ki a kapcsolót.

    <b>Telefonon:</b> a profilképed → <i>Beállítások</i> → adatvédelem (<i>Data privacy</i>) → <i>Data for Generative AI Improvement</i> → kikapcsolás.
    <b>Számítógépen:</b> <i>Én</i> (<i>Me</i>) → beállítások és adatvédelem (<i>Settings &amp; Privacy</i>) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → kikapcsolás.

    <b>Utána:</b> visszaigazolás nem érkezik. Töltsd újra az oldalt: a kapcsolónak kikapcsolva kell lennie.

    <blockquote expandable><b>Jó tudni</b>
    • Mit használnak fel: a profilodat (név, fotó, pozíciók, tanulmányok, készségek, ajánlások), a bejegyzéseidet, cikkeidet, hozzászólásaidat és szavazásaidat, a csoportokban végzett tevékenységedet, a mentett önéletrajzokat és a szűrőkérdésekre adott válaszokat, valamint a LinkedIn MI-funkcióival folytatott csevegéseket. A privát üzeneteket nem használják fel.
    • A kapcsoló attól kezdve érvényes; a már betanított modellek nem változnak.
    • A holland adatvédelmi hatóság szerint akár 2003-ig visszamenő adatok is felhasználhatók.
    • Az adataid más felhasználásaihoz (például bizalmi és biztonsági célú MI vagy termékfejlesztés) a LinkedIn adatvédelmi tájékoztatója tiltakozási űrlapot kínál: ez a második gomb.</blockquote>
