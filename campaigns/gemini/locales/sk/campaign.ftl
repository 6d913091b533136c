## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vypnite používanie vašich chatov s Gemini Googlom na trénovanie AI
intro =
    Kým je zapnuté nastavenie aktivity (<i>Keep Activity</i>), Google používa to, čo v Gemini píšete, nahrávate a zdieľate, na zlepšovanie svojich produktov a trénovanie svojich modelov AI a ľudskí hodnotitelia čítajú vybranú vzorku. Vypnutie zaberie minútu; GDPR vám navyše dáva právo podať námietku.

## Where things stand (no `started`, so no $date).
standing = ✅ Nastavenie aktivity (<i>Keep Activity</i>) môžete vypnúť kedykoľvek a platí to od tej chvíle; nie je to viazané na žiadny dátum. Keď je vypnuté, Google podľa vlastných slov uchováva nové chaty 72 hodín a na trénovanie ich nepoužíva, pokiaľ mu nepošlete spätnú väzbu.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Na žiadosť o námietku podľa GDPR v Googli (druhé tlačidlo pri /gemini): skopírujte list nižšie (stačí naň ťuknúť) a vložte ho tam, kde vás formulár žiada opísať vašu žiadosť. Odsek s dôvodom je nepovinný: ponechajte ho, napíšte vlastný alebo ho zmažte.
letter-body =
    Vážené dámy, vážení páni,

    podľa čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov (GDPR) podávam z dôvodov týkajúcich sa mojej konkrétnej situácie námietku proti tomu, aby Google spracúval moje konverzácie s Gemini, súbory, ktoré nahrávam, a obsah, ktorý zdieľam s aplikáciami Gemini, na účely vývoja a trénovania modelov umelej inteligencie.

    Gemini používam na vlastné účely a tento obsah mu neposkytujem na trénovanie AI; chcem mať kontrolu nad tým, ako sa používa.

    Podľa čl. 12 ods. 3 GDPR vás žiadam, aby ste mi do jedného mesiaca písomne potvrdili, že moja námietka bola zaevidovaná a uplatňuje sa.

    S pozdravom

# When the setting is ticked off as turned off.
all-done = ✅ Odškrtnuté: nastavenie aktivity Gemini je vypnuté. Ďakujem!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako vypnúť používanie vašich chatov s Gemini Googlom na trénovanie AI.
    { $link }
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako vypnúť používanie svojich chatov s Gemini Googlom na trénovanie AI a ako proti tomu podať námietku.

    Ktokoľvek tu môže používať /gemini a /template.
description = Kým je zapnuté nastavenie aktivity (Keep Activity), Google trénuje svoje modely AI na chatoch s Gemini. Tento bot vám vo vašom jazyku ukáže, ako ho vypnúť a ako podať námietku podľa GDPR, a dá vám list na vloženie.
short-description = Vypnite používanie vašich chatov s Gemini Googlom na trénovanie AI: nastavenie a list.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = List s námietkou pre Google
letter-inline-desc = Hotový list na žiadosť o námietku podľa GDPR v Googli
letter-keywords = list šablóna vzor google gemini
deadline-inline-title = Gemini a trénovanie AI: aktuálny stav
deadline-inline-desc = Čo nastavenie urobí a čo sa deje s vašimi chatmi
deadline-keywords = gemini google stav

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Otvoriť aktivitu Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Námietka podľa GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: vypnite trénovanie AI Googlu na vašich chatoch s Gemini
gemini-command = Vypnúť trénovanie AI na vašich chatoch s Gemini
gemini-inline-title = Vypnúť trénovanie AI na chatoch s Gemini
gemini-inline-desc = Nastavenie a žiadosť o námietku v Googli
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: vypnite nastavenie aktivity (<i>Keep Activity</i>)</b>

    <b>Najrýchlejšie:</b> ťuknite nižšie na <i>Otvoriť aktivitu Gemini</i>, ak budete vyzvaní, prihláste sa do Googlu, a vypnite nastavenie aktivity (<i>Keep Activity</i>; môže sa ešte volať <i>Gemini Apps Activity</i>). Môžete tiež zvoliť vypnutie spolu s odstránením aktivity.

    <b>V aplikácii Gemini:</b> vaša profilová fotka → <i>Gemini Apps Activity</i> alebo <i>Keep Activity</i> → vypnúť.
    <b>Na počítači:</b> gemini.google.com → nastavenia a pomoc (<i>Settings &amp; help</i>) → <i>Activity</i> → vypnúť.

    <b>Potom:</b> žiadne potvrdenie nepríde; stránka ukazuje nastavenie ako vypnuté.

    <blockquote expandable><b>Dobré vedieť</b>
    • Keď je vypnuté, Google podľa vlastných slov uchováva nové chaty 72 hodín a na trénovanie ich nepoužíva, pokiaľ mu nepošlete spätnú väzbu. Dočasné chaty sa tiež nepoužívajú.
    • Platí to od tej chvíle.
    • Námietku môžete podať aj podľa GDPR: druhé tlačidlo otvorí formulár Googlu na právne žiadosti (v aplikácii: pod odpoveďou <i>More</i> → <i>Report legal issue</i>). Žiada opis spracúvania: /template vám dá list.
    • Google v novembri 2025 uviedol, že obsah Gmailu na trénovanie Gemini nepoužíva.</blockquote>
