## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vypnite používanie vašich údajov LinkedInom na trénovanie AI
intro =
    LinkedIn používa profily, príspevky a komentáre členov z EÚ a ich chaty so svojimi funkciami AI na trénovanie AI, ktorá píše obsah. Súkromné správy sa nepoužívajú. Nastavenie, ktoré je zapnuté, kým ho nevypnete, vám umožní odhlásiť sa; zaberie to minútu.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Môžete ho vypnúť kedykoľvek a platí to od tej chvíle. LinkedIn používa údaje členov z EÚ na trénovanie AI od <b>{ $date }</b>; už natrénované modely sa nemenia.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Odškrtnuté: nastavenie LinkedInu je vypnuté. Ďakujem!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako vypnúť používanie vašich údajov LinkedInom na trénovanie AI.
    { $link }
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako vypnúť používanie svojho profilu a príspevkov LinkedInom na trénovanie AI.

    Ktokoľvek tu môže používať /linkedin.
description = LinkedIn používa profily, príspevky a chaty s funkciami AI členov z EÚ na trénovanie AI, ktorá píše obsah. Tento bot vám vo vašom jazyku ukáže, kde je to nastavenie a ako ho vypnúť.
short-description = Vypnite používanie vašich údajov LinkedInom na trénovanie AI: kde je to nastavenie.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn a AI: aktuálny stav
deadline-inline-desc = Odkedy LinkedIn trénuje na údajoch členov a čo nastavenie urobí
deadline-keywords = linkedin stav od

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Otvoriť nastavenie
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Námietka, iné účely
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: vypnite trénovanie AI LinkedInu na vašich údajoch
linkedin-command = Vypnúť trénovanie AI LinkedInu
linkedin-inline-title = Vypnúť trénovanie AI LinkedInu
linkedin-inline-desc = Kde je nastavenie, v telefóne a na počítači
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Vypnúť trénovanie AI LinkedInu</b>

    <b>Najrýchlejšie:</b> ťuknite nižšie na <i>Otvoriť nastavenie</i> a ak budete vyzvaní, prihláste sa na LinkedIn. Na stránke s údajmi na zlepšovanie generatívnej AI (<i>Data for Generative AI Improvement</i>) prepínač vypnite.

    <b>V telefóne:</b> vaša profilová fotka → <i>Nastavenia</i> → ochrana údajov (<i>Data privacy</i>) → <i>Data for Generative AI Improvement</i> → vypnúť.
    <b>Na počítači:</b> <i>Ja</i> (<i>Me</i>) → nastavenia a súkromie (<i>Settings &amp; Privacy</i>) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → vypnúť.

    <b>Potom:</b> žiadne potvrdenie nepríde. Obnovte stránku: prepínač by mal byť vypnutý.

    <blockquote expandable><b>Dobré vedieť</b>
    • Čo sa používa: váš profil (meno, fotka, pozície, vzdelanie, zručnosti, odporúčania zručností), vaše príspevky, články, komentáre a ankety, aktivita v skupinách, uložené životopisy a odpovede na otázky pri výbere uchádzačov a chaty s funkciami AI LinkedInu. Súkromné správy sa nepoužívajú.
    • Prepínač platí od tej chvíle; už natrénované modely sa nemenia.
    • Holandský úrad na ochranu údajov upozornil, že sa môžu použiť aj údaje siahajúce až do roku 2003.
    • Pre iné použitia vašich údajov (napríklad AI pre dôveru a bezpečnosť alebo zlepšovanie produktov) ponúka oznámenie LinkedInu o ochrane súkromia formulár na námietku: je to druhé tlačidlo.</blockquote>
