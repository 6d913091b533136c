## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zrušte zaškrtnutí, kterým X sdílí vaše údaje k trénování Groka
intro =
    X sdílí s firmou xAI vaše veřejné příspěvky, vaše interakce s příspěvky a vaše chaty s Grokem a xAI na nich Groka trénuje. Umožňuje to políčko v nastavení; je zaškrtnuté, dokud zaškrtnutí nezrušíte. Zabere to minutu.

## Where things stand (no `started`, so no $date).
standing = ✅ Zaškrtnutí můžete zrušit kdykoli a platí to od té chvíle; není to vázáno na žádné datum. Podle X zrušení nezabrání modelu, který se už používá, aby se dál učil běžným používáním. Irský úřad pro ochranu osobních údajů zahájil v dubnu 2025 šetření trénování Groka na příspěvcích uživatelů z EU.

# When the setting is ticked off as unticked.
all-done = ✅ Odškrtnuto: políčko na X už není zaškrtnuté. Děkuji!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak zrušit zaškrtnutí, kterým X sdílí vaše údaje k trénování Groka.
    { $link }
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak zrušit zaškrtnutí, kterým X sdílí jejich příspěvky a chaty s Grokem k trénování Groka.

    Kdokoli tady může používat /x.
description = X sdílí s firmou xAI veřejné příspěvky a chaty s Grokem k trénování Groka, pokud nezrušíte zaškrtnutí jednoho políčka. Tento bot vám ve vašem jazyce ukáže, kde to políčko je.
short-description = Zrušte zaškrtnutí, kterým X sdílí vaše údaje k trénování Groka: kde je to políčko.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X a Grok: jak věci stojí
deadline-inline-desc = Co políčko udělá a co udělat nemůže
deadline-keywords = x twitter grok stav

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Otevřít nastavení Groka
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: zrušte zaškrtnutí, kterým X sdílí vaše údaje k trénování Groka
x-command = Zrušit sdílení vašich údajů z X pro Groka
x-inline-title = Zrušit sdílení vašich údajů z X pro Groka
x-inline-desc = Cesta k políčku a další krok
x-keywords = x twitter grok xai
x-steps =
    <b>X: zrušte zaškrtnutí políčka Grok</b>

    <b>Cesta</b> (v aplikaci nebo na x.com): <i>Nastavení a soukromí</i> → <i>Soukromí a bezpečnost</i> → sdílení dat a personalizace (<i>Data sharing and personalization</i>) → <i>Grok &amp; Third-party Collaborators</i> → zrušte zaškrtnutí políčka, které povoluje používat vaše veřejná data a vaše interakce s Grokem k trénování.

    <b>Tlačítko níže</b> se pokusí tu stránku otevřít přímo. Pokud se neotevře, jděte cestou výše. Pokud aplikace nastavení nezobrazuje, použijte x.com v prohlížeči.

    <b>Potom:</b> žádné potvrzení nepřijde; políčko zůstane nezaškrtnuté.

    <b>Další krok:</b> ochrana příspěvků (<i>Protect your posts</i>, v <i>Soukromí a bezpečnost</i> → <i>Audience and tagging</i>) zajistí, že vaše příspěvky uvidí jen vaši sledující, takže už nebudou veřejné.

    <blockquote expandable><b>Dobré vědět</b>
    • Evropský dodatek k zásadám ochrany soukromí xAI (červenec 2026) uvádí veřejné příspěvky dospělých na X mezi daty, na kterých trénuje Groka, a říká, že námitku lze vznést v nastavení.
    • Zrušení zaškrtnutí platí od té chvíle.</blockquote>
