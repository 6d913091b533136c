## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Nuimkite žymę, kuria „X“ dalijasi jūsų duomenimis „Grok“ mokyti
intro =
    „X“ su „xAI“ dalijasi jūsų viešais įrašais, jūsų sąveika su įrašais ir jūsų pokalbiais su „Grok“, o „xAI“ jais moko „Grok“. Tai leidžia žymimasis langelis nustatymuose; jis pažymėtas, kol žymės nenuimsite. Tai užtrunka minutę.

## Where things stand (no `started`, so no $date).
standing = ✅ Žymę nuimti galite bet kada, ir tai galioja nuo tada; tai nepriklauso nuo jokios datos. Pasak „X“, tai netrukdo jau naudojamam modeliui toliau mokytis įprastai naudojant. Airijos duomenų apsaugos institucija 2025 m. balandį pradėjo tyrimą dėl „Grok“ mokymo ES naudotojų įrašais.

# When the setting is ticked off as unticked.
all-done = ✅ Pažymėta: žymė „X“ nuimta. Ačiū!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip nuimti žymę, kuria „X“ dalijasi jūsų duomenimis „Grok“ mokyti.
    { $link }
group-intro =
    Sveiki! Parodau ES gyventojams, kaip nuimti žymę, kuria „X“ dalijasi jų įrašais ir pokalbiais su „Grok“ „Grok“ mokyti.

    Visi čia gali naudoti /x.
description = „X“ dalijasi viešais įrašais ir pokalbiais su „Grok“ su „xAI“ „Grok“ mokyti, nebent nuimsite vieną žymę. Šis botas jūsų kalba parodo, kur yra tas langelis.
short-description = Nuimkite žymę, kuria „X“ dalijasi jūsų duomenimis „Grok“ mokyti: kur yra langelis.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = „X“ ir „Grok“: dabartinė padėtis
deadline-inline-desc = Ką daro langelis ir ko jis negali
deadline-keywords = x twitter grok padėtis

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ „Grok“ nustatymas
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: nuimkite žymę, kuria „X“ dalijasi jūsų duomenimis „Grok“ mokyti
x-command = Nuimti „X“ duomenų dalijimosi su „Grok“ žymę
x-inline-title = Nuimti „X“ duomenų dalijimosi su „Grok“ žymę
x-inline-desc = Kelias iki langelio ir dar vienas žingsnis
x-keywords = x twitter grok xai
x-steps =
    <b>„X“: nuimkite „Grok“ žymę</b>

    <b>Kelias</b> (programėlėje arba x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → nuimkite žymę nuo langelio, kuris leidžia jūsų viešus duomenis ir sąveiką su „Grok“ naudoti mokymui.

    <b>Mygtukas apačioje</b> bando tą puslapį atverti tiesiogiai. Jei neatsidaro, eikite nurodytu keliu. Jei programėlė nustatymo nerodo, naudokite x.com naršyklėje.

    <b>Vėliau:</b> patvirtinimas neateina; langelis lieka nepažymėtas.

    <b>Dar vienas žingsnis:</b> įrašų apsauga (<i>Protect your posts</i>, skiltyje <i>Privacy and safety</i> → <i>Audience and tagging</i>) padaro jūsų įrašus matomus tik sekėjams, todėl jie nebėra vieši.

    <blockquote expandable><b>Verta žinoti</b>
    • „xAI“ Europos privatumo priede (2026 m. liepa) vieši suaugusiųjų įrašai „X“ nurodyti tarp duomenų, kuriais mokomas „Grok“, ir rašoma, kad prieštarauti galima nustatymuose.
    • Žymės nuėmimas galioja nuo tada.</blockquote>
