## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vedd ki a pipát, amellyel az X megosztja az adataidat a Grok tanításához
intro =
    Az X megosztja az xAI-jal a nyilvános bejegyzéseidet, azt, ahogyan a bejegyzésekkel interakcióba lépsz, és a Grokkal folytatott csevegéseidet, az xAI pedig ezeken tanítja a Grokot. Ezt egy jelölőnégyzet engedélyezi a beállításokban; addig be van pipálva, amíg ki nem veszed a pipát. Egy percet vesz igénybe.

## Where things stand (no `started`, so no $date).
standing = ✅ A pipát bármikor kiveheted, és attól kezdve érvényes; nincs hozzá kötve semmilyen dátum. Az X szerint ez nem akadályozza meg, hogy egy már használatban lévő modell a szokásos használat során tovább tanuljon. Az ír adatvédelmi hatóság 2025 áprilisában vizsgálatot indított a Grok uniós felhasználók bejegyzésein történő tanítása miatt.

# When the setting is ticked off as unticked.
all-done = ✅ Kipipálva: az X-en a jelölőnégyzetből kivetted a pipát. Köszönöm!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Add tovább: ez a bot a saját nyelveden mutatja meg, hogyan veheted ki a pipát, amellyel az X megosztja az adataidat a Grok tanításához.
    { $link }
group-intro =
    Sziasztok! Megmutatom az EU-ban élőknek, hogyan vehetik ki a pipát, amellyel az X megosztja a bejegyzéseiket és Grok-csevegéseiket a Grok tanításához.

    Itt bárki használhatja az /x parancsot.
description = Az X megosztja a nyilvános bejegyzéseket és a Grok-csevegéseket az xAI-jal a Grok tanításához, hacsak ki nem veszel egy pipát. Ez a bot a saját nyelveden megmutatja, hol van ez a jelölőnégyzet.
short-description = Vedd ki a pipát, amellyel az X megosztja az adataidat a Grok tanításához: hol van.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X és Grok: hol tartunk
deadline-inline-desc = Mit tesz a jelölőnégyzet, és mit nem tud megtenni
deadline-keywords = x twitter grok helyzet

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Grok-beállítás megnyitása
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: vedd ki a pipát, amellyel az X megosztja az adataidat a Grok tanításához
x-command = Pipa kivétele: X-adatok a Grokhoz
x-inline-title = Pipa kivétele: X-adatok a Grokhoz
x-inline-desc = Az út a jelölőnégyzetig és egy további lépés
x-keywords = x twitter grok xai
x-steps =
    <b>X: vedd ki a pipát a Groknál</b>

    <b>Az út</b> (az alkalmazásban vagy az x.com-on): <i>Beállítások és adatvédelem</i> → adatvédelem és biztonság (<i>Privacy and safety</i>) → adatmegosztás és személyre szabás (<i>Data sharing and personalization</i>) → <i>Grok &amp; Third-party Collaborators</i> → vedd ki a pipát abból a jelölőnégyzetből, amely engedi, hogy a nyilvános adataidat és a Grokkal folytatott interakcióidat tanításra használják.

    <b>Az alábbi gomb</b> megpróbálja közvetlenül megnyitni ezt az oldalt. Ha nem nyílik meg, kövesd az utat. Ha az alkalmazás nem mutatja a beállítást, használd az x.com-ot böngészőben.

    <b>Utána:</b> visszaigazolás nem érkezik; a jelölőnégyzet üres marad.

    <b>Egy további lépés:</b> a bejegyzéseid védelme (<i>Protect your posts</i>, a <i>Privacy and safety</i> → <i>Audience and tagging</i> alatt) azt eredményezi, hogy a bejegyzéseidet csak a követőid látják, így már nem nyilvánosak.

    <blockquote expandable><b>Jó tudni</b>
    • Az xAI európai adatvédelmi kiegészítése (2026. július) az X-en megjelenő felnőttek nyilvános bejegyzéseit is felsorolja azok között az adatok között, amelyeken a Grokot tanítja, és azt írja, hogy a beállításokban tiltakozni lehet.
    • A pipa kivétele attól kezdve érvényes.</blockquote>
