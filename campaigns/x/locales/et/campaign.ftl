## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Eemalda linnuke, millega X jagab sinu andmeid Groki treenimiseks
intro =
    X jagab xAI-ga sinu avalikke postitusi, seda, kuidas postitustega suhtled, ja sinu vestlusi Grokiga ning xAI treenib nendega Grokki. Seda lubab seadetes olev märkeruut; selles on linnuke, kuni selle eemaldad. See võtab minuti.

## Where things stand (no `started`, so no $date).
standing = ✅ Linnukese saad eemaldada igal ajal ja see kehtib sellest hetkest; see ei sõltu ühestki kuupäevast. X-i sõnul ei takista see juba kasutusel oleval mudelil tavakasutuse käigus edasi õppimast. Iirimaa andmekaitseasutus alustas 2025. aasta aprillis uurimist Groki treenimise kohta ELi kasutajate postitustega.

# When the setting is ticked off as unticked.
all-done = ✅ Märgitud: X-i märkeruudust on linnuke eemaldatud. Aitäh!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaga edasi: see bot selgitab sinu keeles, kuidas eemaldada linnuke, millega X jagab sinu andmeid Groki treenimiseks.
    { $link }
group-intro =
    Tere! Näitan ELi inimestele, kuidas eemaldada linnuke, millega X jagab nende postitusi ja Groki vestlusi Groki treenimiseks.

    Siin saavad kõik kasutada käsku /x.
description = X jagab avalikke postitusi ja Groki vestlusi xAI-ga Groki treenimiseks, kui sa ei eemalda ühte linnukest. See bot näitab sulle sinu keeles, kus see märkeruut asub.
short-description = Eemalda linnuke, millega X jagab sinu andmeid Groki treenimiseks: kus märkeruut asub.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X ja Grok: hetkeseis
deadline-inline-desc = Mida märkeruut teeb ja mida mitte
deadline-keywords = x twitter grok hetkeseis

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Ava Groki seade
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: eemalda linnuke, millega X jagab sinu andmeid Groki treenimiseks
x-command = Eemalda X-i andmejagamise linnuke Groki jaoks
x-inline-title = Eemalda X-i andmejagamise linnuke Groki jaoks
x-inline-desc = Tee märkeruuduni ja üks lisasamm
x-keywords = x twitter grok xai
x-steps =
    <b>X: eemalda Groki linnuke</b>

    <b>Tee</b> (rakenduses või x.com-is): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → eemalda linnuke ruudust, mis lubab sinu avalikke andmeid ja sinu suhtlust Grokiga treenimiseks kasutada.

    <b>Allolev nupp</b> püüab selle lehe otse avada. Kui see ei avane, järgi teed. Kui rakendus seadet ei näita, kasuta brauseris x.com-i.

    <b>Pärast seda:</b> kinnitust ei tule; ruut jääb tühjaks.

    <b>Lisasamm:</b> postituste kaitsmine (<i>Protect your posts</i>, jaotises <i>Privacy and safety</i> → <i>Audience and tagging</i>) teeb sinu postitused nähtavaks ainult jälgijatele, nii et need ei ole enam avalikud.

    <blockquote expandable><b>Hea teada</b>
    • xAI Euroopa privaatsuslisa (juuli 2026) loetleb täiskasvanute avalikud X-i postitused andmete hulgas, millega Grokki treenitakse, ja ütleb, et vastu vaielda saab seadetes.
    • Linnukese eemaldamine kehtib sellest hetkest.</blockquote>
