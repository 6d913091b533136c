## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Išjunkite „LinkedIn“ DI mokymą jūsų duomenimis
intro =
    „LinkedIn“ ES narių profiliais, įrašais, komentarais ir jų pokalbiais su savo DI funkcijomis moko turinį rašantį DI. Privačios žinutės nenaudojamos. Nustatymas, įjungtas tol, kol jo neišjungsite, leidžia atsisakyti; tai užtrunka minutę.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Jį išjungti galite bet kada, ir tai galioja nuo tada. Nuo <b>{ $date }</b> „LinkedIn“ ES narių duomenimis moko DI; jau apmokyti modeliai nepakeičiami.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Pažymėta: „LinkedIn“ nustatymas išjungtas. Ačiū!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip išjungti „LinkedIn“ DI mokymą jūsų duomenimis.
    { $link }
group-intro =
    Sveiki! Parodau ES gyventojams, kaip išjungti „LinkedIn“ DI mokymą jų profiliu ir įrašais.

    Visi čia gali naudoti /linkedin.
description = „LinkedIn“ ES narių profiliais, įrašais ir pokalbiais su DI moko turinį rašantį DI. Šis botas jūsų kalba parodo, kur yra nustatymas ir kaip jį išjungti.
short-description = Išjunkite „LinkedIn“ DI mokymą jūsų duomenimis: kur yra nustatymas.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = „LinkedIn“ ir DI: dabartinė padėtis
deadline-inline-desc = Nuo kada „LinkedIn“ moko narių duomenimis ir ką daro nustatymas
deadline-keywords = linkedin padėtis

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Atverti nustatymą
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Prieštaravimas, kiti tikslai
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: išjunkite „LinkedIn“ DI mokymą jūsų duomenimis
linkedin-command = Išjungti „LinkedIn“ DI mokymą
linkedin-inline-title = Išjungti „LinkedIn“ DI mokymą
linkedin-inline-desc = Kur yra nustatymas telefone ir kompiuteryje
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Išjungti „LinkedIn“ DI mokymą</b>

    <b>Greičiausia:</b> bakstelėkite <i>Atverti nustatymą</i> apačioje ir, jei prašoma, prisijunkite prie „LinkedIn“. Puslapyje <i>Data for Generative AI Improvement</i> išjunkite jungiklį.

    <b>Telefone:</b> jūsų profilio nuotrauka → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → išjungti.
    <b>Kompiuteryje:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → išjungti.

    <b>Vėliau:</b> patvirtinimas neateina. Perkraukite puslapį: jungiklis turėtų būti išjungtas.

    <blockquote expandable><b>Verta žinoti</b>
    • Kas naudojama: jūsų profilis (vardas, nuotrauka, pareigos, išsilavinimas, įgūdžiai, rekomendacijos), jūsų įrašai, straipsniai, komentarai ir apklausos, veikla grupėse, išsaugoti gyvenimo aprašymai ir atsakymai į atrankos klausimus, taip pat pokalbiai su „LinkedIn“ DI funkcijomis. Privačios žinutės nenaudojamos.
    • Jungiklis galioja nuo tada; jau apmokyti modeliai nepakeičiami.
    • Nyderlandų duomenų apsaugos institucija nurodė, kad gali būti naudojami duomenys net nuo 2003 m.
    • Kitiems jūsų duomenų naudojimo būdams (pavyzdžiui, DI pasitikėjimui ir saugumui ar produktų tobulinimui) „LinkedIn“ privatumo pranešime siūloma prieštaravimo forma: tai antrasis mygtukas.</blockquote>
