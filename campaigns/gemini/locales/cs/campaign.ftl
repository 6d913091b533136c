## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vypněte používání vašich chatů s Gemini Googlem k trénování AI
intro =
    Dokud je zapnuté nastavení aktivity (<i>Keep Activity</i>), Google používá to, co v Gemini píšete, nahráváte a sdílíte, ke zlepšování svých produktů a k trénování svých modelů AI, a lidští hodnotitelé čtou vybraný vzorek. Vypnutí zabere minutu; GDPR vám navíc dává právo vznést námitku.

## Where things stand (no `started`, so no $date).
standing = ✅ Nastavení aktivity (<i>Keep Activity</i>) můžete vypnout kdykoli a platí to od té chvíle; není to vázáno na žádné datum. Když je vypnuté, Google podle svých slov uchovává nové chaty 72 hodin a k trénování je nepoužívá, pokud mu nepošlete zpětnou vazbu.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Pro žádost o námitku podle GDPR u Googlu (druhé tlačítko u /gemini): zkopírujte dopis níže (stačí na něj klepnout) a vložte ho tam, kde vás formulář žádá o popis vaší žádosti. Odstavec s důvodem je nepovinný: ponechte ho, napište vlastní, nebo ho smažte.
letter-body =
    Vážené dámy, vážení pánové,

    podle čl. 21 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) vznáším z důvodů týkajících se mé konkrétní situace námitku proti tomu, aby Google zpracovával mé konverzace s Gemini, soubory, které nahrávám, a obsah, který sdílím s aplikacemi Gemini, pro účely vývoje a trénování modelů umělé inteligence.

    Gemini používám pro vlastní potřebu a tento obsah mu nesvěřuji k trénování AI; chci mít kontrolu nad tím, jak se používá.

    Podle čl. 12 odst. 3 GDPR vás žádám, abyste mi do jednoho měsíce písemně potvrdili, že moje námitka byla zaevidována a je uplatňována.

    S pozdravem

# When the setting is ticked off as turned off.
all-done = ✅ Odškrtnuto: nastavení aktivity Gemini je vypnuté. Děkuji!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vypnout používání vašich chatů s Gemini Googlem k trénování AI.
    { $link }
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak vypnout používání svých chatů s Gemini Googlem k trénování AI a jak proti tomu vznést námitku.

    Kdokoli tady může používat /gemini a /template.
description = Dokud je zapnuté nastavení aktivity (Keep Activity), Google trénuje své modely AI na chatech s Gemini. Tento bot vám ve vašem jazyce ukáže, jak ho vypnout a jak vznést námitku podle GDPR, a dá vám dopis k vložení.
short-description = Vypněte používání vašich chatů s Gemini Googlem k trénování AI: nastavení a dopis.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Dopis s námitkou pro Google
letter-inline-desc = Hotový dopis pro žádost o námitku podle GDPR u Googlu
letter-keywords = dopis šablona vzor google gemini
deadline-inline-title = Gemini a trénování AI: jak věci stojí
deadline-inline-desc = Co nastavení udělá a co se děje s vašimi chaty
deadline-keywords = gemini google stav

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Otevřít aktivitu Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Námitka podle GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: vypněte trénování AI Googlu na vašich chatech s Gemini
gemini-command = Vypnout trénování AI na vašich chatech s Gemini
gemini-inline-title = Vypnout trénování AI na chatech s Gemini
gemini-inline-desc = Nastavení a žádost o námitku u Googlu
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: vypněte nastavení aktivity (<i>Keep Activity</i>)</b>

    <b>Nejrychleji:</b> klepněte níže na <i>Otevřít aktivitu Gemini</i>, pokud budete vyzváni, přihlaste se ke Googlu, a vypněte nastavení aktivity (<i>Keep Activity</i>; může se ještě jmenovat <i>Aktivita v aplikacích Gemini</i>). Můžete také zvolit vypnutí spolu se smazáním aktivity.

    <b>V aplikaci Gemini:</b> vaše profilová fotka → <i>Aktivita v aplikacích Gemini</i> nebo <i>Keep Activity</i> → vypnout.
    <b>Na počítači:</b> gemini.google.com → <i>Nastavení a nápověda</i> → <i>Aktivita</i> → vypnout.

    <b>Potom:</b> žádné potvrzení nepřijde; stránka ukazuje nastavení jako vypnuté.

    <blockquote expandable><b>Dobré vědět</b>
    • Když je vypnuté, Google podle svých slov uchovává nové chaty 72 hodin a k trénování je nepoužívá, pokud mu nepošlete zpětnou vazbu. Dočasné chaty se také nepoužívají.
    • Platí to od té chvíle.
    • Námitku můžete vznést také podle GDPR: druhé tlačítko otevře formulář Googlu pro právní žádosti (v aplikaci: pod odpovědí <i>Více</i> → nahlásit právní problém). Žádá o popis zpracování: /template vám dá dopis.
    • Google v listopadu 2025 uvedl, že obsah Gmailu k trénování Gemini nepoužívá.</blockquote>
