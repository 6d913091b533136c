## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Išjunkite „Google“ DI mokymą jūsų pokalbiais su „Gemini“
intro =
    Kol veiklos nustatymas (<i>Keep Activity</i>) įjungtas, „Google“ tai, ką rašote, įkeliate ir bendrinate „Gemini“, naudoja savo produktams tobulinti ir DI modeliams mokyti, o dalį peržiūri žmonės. Išjungti užtrunka minutę; BDAR jums taip pat suteikia teisę nesutikti.

## Where things stand (no `started`, so no $date).
standing = ✅ Veiklos nustatymą (<i>Keep Activity</i>) išjungti galite bet kada, ir tai galioja nuo tada; tai nepriklauso nuo jokios datos. Kai jis išjungtas, „Google“ teigia naujus pokalbius sauganti 72 valandas ir nenaudojanti jų mokymui, nebent atsiųstumėte atsiliepimą.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = „Google“ prašymui nesutikti pagal BDAR (antrasis mygtukas prie /gemini): nukopijuokite toliau pateiktą laišką (pakanka jį bakstelėti) ir įklijuokite ten, kur forma prašo aprašyti jūsų prašymą. Pastraipa su priežastimi neprivaloma: palikite ją, parašykite savo arba ištrinkite.
letter-body =
    Gerbiamieji,

    Pagal Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnio 1 dalį dėl priežasčių, susijusių su mano konkrečia situacija, nesutinku, kad „Google“ tvarkytų mano pokalbius su „Gemini“, mano įkeliamus failus ir su „Gemini“ programomis bendrinamą turinį dirbtinio intelekto modelių kūrimo ir mokymo tikslais.

    „Gemini“ naudoju savo reikmėms, o ne tam, kad šiuo turiniu būtų mokomas DI, ir noriu išlaikyti jo naudojimo kontrolę.

    Pagal BDAR 12 straipsnio 3 dalį prašau per vieną mėnesį raštu patvirtinti, kad mano nesutikimas užregistruotas ir taikomas.

    Pagarbiai

# When the setting is ticked off as turned off.
all-done = ✅ Pažymėta: „Gemini“ veiklos nustatymas išjungtas. Ačiū!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pasidalykite: šis botas jūsų kalba paaiškina, kaip išjungti „Google“ DI mokymą jūsų pokalbiais su „Gemini“.
    { $link }
group-intro =
    Sveiki! Parodau ES gyventojams, kaip išjungti „Google“ DI mokymą jų pokalbiais su „Gemini“ ir kaip tam prieštarauti.

    Visi čia gali naudoti /gemini ir /template.
description = Kol veiklos nustatymas (Keep Activity) įjungtas, „Google“ moko savo DI modelius pokalbiais su „Gemini“. Šis botas jūsų kalba parodo, kaip jį išjungti ir kaip nesutikti pagal BDAR, ir duoda laišką, kurį galima įklijuoti.
short-description = Išjunkite „Google“ DI mokymą jūsų pokalbiais su „Gemini“: nustatymas ir laiškas.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Prieštaravimo laiškas „Google“
letter-inline-desc = Paruoštas laiškas „Google“ prašymui nesutikti pagal BDAR
letter-keywords = laiškas šablonas pavyzdys google gemini
deadline-inline-title = „Gemini“ ir DI mokymas: dabartinė padėtis
deadline-inline-desc = Ką daro nustatymas ir kas vyksta su jūsų pokalbiais
deadline-keywords = gemini google padėtis

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ „Gemini“ veikla
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Nesutikimas pagal BDAR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: išjunkite „Google“ DI mokymą jūsų pokalbiais su „Gemini“
gemini-command = Išjungti DI mokymą jūsų pokalbiais su „Gemini“
gemini-inline-title = Išjungti DI mokymą „Gemini“ pokalbiais
gemini-inline-desc = Nustatymas ir „Google“ prašymas nesutikti
gemini-keywords = gemini google bard
gemini-steps =
    <b>„Gemini“: išjunkite veiklos nustatymą (<i>Keep Activity</i>)</b>

    <b>Greičiausia:</b> bakstelėkite <i>„Gemini“ veikla</i> apačioje, jei prašoma, prisijunkite prie „Google“ ir išjunkite veiklos nustatymą (<i>Keep Activity</i>; jis dar gali vadintis <i>Gemini Apps Activity</i>). Taip pat galite pasirinkti jį išjungti ir ištrinti savo veiklą.

    <b>„Gemini“ programėlėje:</b> jūsų profilio nuotrauka → <i>Gemini Apps Activity</i> arba <i>Keep Activity</i> → išjungti.
    <b>Kompiuteryje:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → išjungti.

    <b>Vėliau:</b> patvirtinimas neateina; puslapyje nustatymas rodomas išjungtas.

    <blockquote expandable><b>Verta žinoti</b>
    • Kai jis išjungtas, „Google“ teigia naujus pokalbius sauganti 72 valandas ir nenaudojanti jų mokymui, nebent atsiųstumėte atsiliepimą. Laikinieji pokalbiai taip pat nenaudojami.
    • Tai galioja nuo tada.
    • Taip pat galite nesutikti pagal BDAR: antrasis mygtukas atveria „Google“ teisinių užklausų formą (programėlėje: po atsakymu <i>More</i> → <i>Report legal issue</i>). Joje prašoma aprašyti tvarkymą: /template duoda jums laišką.
    • 2025 m. lapkritį „Google“ pareiškė nenaudojanti „Gmail“ turinio „Gemini“ mokyti.</blockquote>
