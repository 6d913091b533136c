## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Odstranite kljukico, s katero X deli vaše podatke za učenje Groka
intro =
    X z družbo xAI deli vaše javne objave, to, kako se odzivate na objave, in vaše klepete z Grokom, xAI pa na njih uči Groka. To dovoljuje potrditveno polje v nastavitvah; kljukica je v njem, dokler je ne odstranite. Traja minuto.

## Where things stand (no `started`, so no $date).
standing = ✅ Kljukico lahko odstranite kadar koli in velja od takrat naprej; ni vezana na noben datum. Po navedbah X to ne prepreči, da bi se model, ki je že v uporabi, še naprej učil z običajno uporabo. Irski organ za varstvo podatkov je aprila 2025 začel preiskavo učenja Groka na objavah uporabnikov iz EU.

# When the setting is ticked off as unticked.
all-done = ✅ Odkljukano: kljukica na X je odstranjena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Delite naprej: ta bot v vašem jeziku pokaže, kako odstranite kljukico, s katero X deli vaše podatke za učenje Groka.
    { $link }
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako odstranijo kljukico, s katero X deli njihove objave in klepete z Grokom za učenje Groka.

    Vsi tukaj lahko uporabljajo /x.
description = X z družbo xAI deli javne objave in klepete z Grokom za učenje Groka, razen če odstranite eno kljukico. Ta bot vam v vašem jeziku pokaže, kje je to polje.
short-description = Odstranite kljukico, s katero X deli vaše podatke za učenje Groka: kje je polje.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X in Grok: trenutno stanje
deadline-inline-desc = Kaj polje naredi in česa ne more
deadline-keywords = x twitter grok stanje

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Nastavitev za Groka
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: odstranite kljukico, s katero X deli vaše podatke za učenje Groka
x-command = Odstranite kljukico za deljenje podatkov z Grokom
x-inline-title = Odstranite kljukico za deljenje podatkov z Grokom
x-inline-desc = Pot do polja in še en korak
x-keywords = x twitter grok xai
x-steps =
    <b>X: odstranite kljukico za Groka</b>

    <b>Pot</b> (v aplikaciji ali na x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → odstranite kljukico v polju, ki dovoljuje, da se vaši javni podatki in vaše interakcije z Grokom uporabljajo za učenje.

    <b>Gumb spodaj</b> poskusi to stran odpreti neposredno. Če se ne odpre, sledite poti. Če aplikacija nastavitve ne prikaže, uporabite x.com v brskalniku.

    <b>Nato:</b> potrdilo ne pride; polje ostane brez kljukice.

    <b>Še en korak:</b> zaščita objav (<i>Protect your posts</i>, pod <i>Privacy and safety</i> → <i>Audience and tagging</i>) naredi vaše objave vidne le vašim sledilcem, tako da niso več javne.

    <blockquote expandable><b>Dobro je vedeti</b>
    • Evropski dodatek k pravilniku o zasebnosti družbe xAI (julij 2026) med podatke, na katerih uči Groka, šteje javne objave odraslih na X in navaja, da lahko ugovarjate v nastavitvah.
    • Odstranitev kljukice velja od takrat naprej.</blockquote>
