## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vypněte používání vašich údajů LinkedInem k trénování AI
intro =
    LinkedIn používá profily, příspěvky a komentáře členů z EU a jejich chaty se svými funkcemi AI k trénování AI, která píše obsah. Soukromé zprávy se nepoužívají. Nastavení, které je zapnuté, dokud ho nevypnete, vám umožní se odhlásit; zabere to minutu.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Můžete ho vypnout kdykoli a platí to od té chvíle. LinkedIn používá údaje členů z EU k trénování AI od <b>{ $date }</b>; už natrénované modely se nemění.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Odškrtnuto: nastavení LinkedInu je vypnuté. Děkuji!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vypnout používání vašich údajů LinkedInem k trénování AI.
    { $link }
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak vypnout používání svého profilu a příspěvků LinkedInem k trénování AI.

    Kdokoli tady může používat /linkedin.
description = LinkedIn používá profily, příspěvky a chaty s funkcemi AI členů z EU k trénování AI, která píše obsah. Tento bot vám ve vašem jazyce ukáže, kde to nastavení je a jak ho vypnout.
short-description = Vypněte používání vašich údajů LinkedInem k trénování AI: kde je to nastavení.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn a AI: jak věci stojí
deadline-inline-desc = Od kdy LinkedIn trénuje na údajích členů a co nastavení udělá
deadline-keywords = linkedin stav od

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Otevřít nastavení
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Námitka, jiné účely
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: vypněte trénování AI LinkedInu na vašich údajích
linkedin-command = Vypnout trénování AI LinkedInu
linkedin-inline-title = Vypnout trénování AI LinkedInu
linkedin-inline-desc = Kde je nastavení, v telefonu a na počítači
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Vypnout trénování AI LinkedInu</b>

    <b>Nejrychleji:</b> klepněte níže na <i>Otevřít nastavení</i> a pokud budete vyzváni, přihlaste se k LinkedInu. Na stránce s údaji pro zlepšování generativní AI (<i>Data for Generative AI Improvement</i>) přepínač vypněte.

    <b>V telefonu:</b> vaše profilová fotka → <i>Nastavení</i> → ochrana údajů (<i>Data privacy</i>) → <i>Data for Generative AI Improvement</i> → vypnout.
    <b>Na počítači:</b> <i>Já</i> (<i>Me</i>) → nastavení a soukromí (<i>Settings &amp; Privacy</i>) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → vypnout.

    <b>Potom:</b> žádné potvrzení nepřijde. Obnovte stránku: přepínač by měl být vypnutý.

    <blockquote expandable><b>Dobré vědět</b>
    • Co se používá: váš profil (jméno, fotka, pozice, vzdělání, dovednosti, doporučení dovedností), vaše příspěvky, články, komentáře a ankety, aktivita ve skupinách, uložené životopisy a odpovědi na screeningové otázky a chaty s funkcemi AI LinkedInu. Soukromé zprávy se nepoužívají.
    • Přepínač platí od té chvíle; už natrénované modely se nemění.
    • Nizozemský úřad pro ochranu osobních údajů upozornil, že se mohou použít i údaje sahající až do roku 2003.
    • Pro jiná použití vašich údajů (například AI pro důvěru a bezpečnost nebo zlepšování produktů) nabízí oznámení LinkedInu o ochraně soukromí formulář pro námitku: je to druhé tlačítko.</blockquote>
