## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zrušte zaškrtnutie, ktorým X zdieľa vaše údaje na trénovanie Groka
intro =
    X zdieľa s firmou xAI vaše verejné príspevky, vaše interakcie s príspevkami a vaše chaty s Grokom a xAI na nich Groka trénuje. Umožňuje to políčko v nastaveniach; je zaškrtnuté, kým zaškrtnutie nezrušíte. Zaberie to minútu.

## Where things stand (no `started`, so no $date).
standing = ✅ Zaškrtnutie môžete zrušiť kedykoľvek a platí to od tej chvíle; nie je to viazané na žiadny dátum. Podľa X zrušenie nezabráni modelu, ktorý sa už používa, aby sa ďalej učil bežným používaním. Írsky úrad na ochranu údajov začal v apríli 2025 vyšetrovanie trénovania Groka na príspevkoch používateľov z EÚ.

# When the setting is ticked off as unticked.
all-done = ✅ Odškrtnuté: políčko na X už nie je zaškrtnuté. Ďakujem!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako zrušiť zaškrtnutie, ktorým X zdieľa vaše údaje na trénovanie Groka.
    { $link }
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako zrušiť zaškrtnutie, ktorým X zdieľa ich príspevky a chaty s Grokom na trénovanie Groka.

    Ktokoľvek tu môže používať /x.
description = X zdieľa s firmou xAI verejné príspevky a chaty s Grokom na trénovanie Groka, ak nezrušíte zaškrtnutie jedného políčka. Tento bot vám vo vašom jazyku ukáže, kde to políčko je.
short-description = Zrušte zaškrtnutie, ktorým X zdieľa vaše údaje na trénovanie Groka: kde je to políčko.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X a Grok: aktuálny stav
deadline-inline-desc = Čo políčko urobí a čo urobiť nemôže
deadline-keywords = x twitter grok stav

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Otvoriť nastavenie Groka
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: zrušte zaškrtnutie, ktorým X zdieľa vaše údaje na trénovanie Groka
x-command = Zrušiť zdieľanie vašich údajov z X pre Groka
x-inline-title = Zrušiť zdieľanie vašich údajov z X pre Groka
x-inline-desc = Cesta k políčku a ďalší krok
x-keywords = x twitter grok xai
x-steps =
    <b>X: zrušte zaškrtnutie políčka Grok</b>

    <b>Cesta</b> (v aplikácii alebo na x.com): <i>Nastavenia a súkromie</i> → <i>Súkromie a bezpečnosť</i> → zdieľanie údajov a prispôsobenie (<i>Data sharing and personalization</i>) → <i>Grok &amp; Third-party Collaborators</i> → zrušte zaškrtnutie políčka, ktoré povoľuje používať vaše verejné údaje a vaše interakcie s Grokom na trénovanie.

    <b>Tlačidlo nižšie</b> sa pokúsi otvoriť tú stránku priamo. Ak sa neotvorí, choďte cestou vyššie. Ak aplikácia nastavenie nezobrazuje, použite x.com v prehliadači.

    <b>Potom:</b> žiadne potvrdenie nepríde; políčko zostane nezaškrtnuté.

    <b>Ďalší krok:</b> ochrana príspevkov (<i>Protect your posts</i>, v <i>Súkromie a bezpečnosť</i> → <i>Audience and tagging</i>) zariadi, že vaše príspevky uvidia len vaši sledovatelia, takže už nebudú verejné.

    <blockquote expandable><b>Dobré vedieť</b>
    • Európsky dodatok k zásadám ochrany súkromia xAI (júl 2026) uvádza verejné príspevky dospelých na X medzi údajmi, na ktorých trénuje Groka, a hovorí, že námietku možno podať v nastaveniach.
    • Zrušenie zaškrtnutia platí od tej chvíle.</blockquote>
