## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Noņemiet atzīmi, ar kuru X kopīgo jūsu datus Grok apmācībai
intro =
    X kopīgo ar xAI jūsu publiskos ierakstus, to, kā mijiedarbojaties ar ierakstiem, un jūsu sarunas ar Grok, un xAI ar tiem apmāca Grok. To atļauj izvēles rūtiņa iestatījumos; tā ir atzīmēta, līdz jūs atzīmi noņemat. Tas aizņem minūti.

## Where things stand (no `started`, so no $date).
standing = ✅ Atzīmi varat noņemt jebkurā laikā, un tas ir spēkā no tā brīža; tas nav atkarīgs no neviena datuma. Pēc X teiktā, tas neliedz jau lietotam modelim turpināt mācīties parastas lietošanas gaitā. Īrijas datu aizsardzības iestāde 2025. gada aprīlī sāka izmeklēšanu par Grok apmācību ar ES lietotāju ierakstiem.

# When the setting is ticked off as unticked.
all-done = ✅ Atzīmēts: atzīme X ir noņemta. Paldies!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā noņemt atzīmi, ar kuru X kopīgo jūsu datus Grok apmācībai.
    { $link }
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā noņemt atzīmi, ar kuru X kopīgo viņu ierakstus un Grok sarunas Grok apmācībai.

    Ikviens šeit var izmantot /x.
description = X kopīgo publiskos ierakstus un Grok sarunas ar xAI Grok apmācībai, ja vien nenoņemat vienu atzīmi. Šis bots jūsu valodā parāda, kur ir šī rūtiņa.
short-description = Noņemiet atzīmi, ar kuru X kopīgo jūsu datus Grok apmācībai: kur ir rūtiņa.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X un Grok: pašreizējā situācija
deadline-inline-desc = Ko dara rūtiņa un ko tā nespēj
deadline-keywords = x twitter grok situācija

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Grok iestatījums
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: noņemiet atzīmi, ar kuru X kopīgo jūsu datus Grok apmācībai
x-command = Noņemt X datu kopīgošanas atzīmi Grok
x-inline-title = Noņemt X datu kopīgošanas atzīmi Grok
x-inline-desc = Ceļš līdz rūtiņai un vēl viens solis
x-keywords = x twitter grok xai
x-steps =
    <b>X: noņemiet Grok atzīmi</b>

    <b>Ceļš</b> (lietotnē vai x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → noņemiet atzīmi rūtiņai, kas ļauj jūsu publiskos datus un jūsu mijiedarbību ar Grok izmantot apmācībai.

    <b>Poga zemāk</b> mēģina atvērt šo lapu tieši. Ja tā neatveras, izmantojiet ceļu. Ja lietotne iestatījumu nerāda, izmantojiet x.com pārlūkā.

    <b>Pēc tam:</b> apstiprinājums nepienāk; rūtiņa paliek neatzīmēta.

    <b>Vēl viens solis:</b> ierakstu aizsardzība (<i>Protect your posts</i>, sadaļā <i>Privacy and safety</i> → <i>Audience and tagging</i>) padara jūsu ierakstus redzamus tikai sekotājiem, tāpēc tie vairs nav publiski.

    <blockquote expandable><b>Der zināt</b>
    • xAI privātuma papildinājumā Eiropai (2026. gada jūlijs) pieaugušo publiskie ieraksti X minēti starp datiem, ar kuriem tiek apmācīts Grok, un norādīts, ka iebilst var iestatījumos.
    • Atzīmes noņemšana ir spēkā no tā brīža.</blockquote>
