## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vaidle vastu sellele, et Meta kasutab sinu sisu oma tehisintellekti jaoks
intro =
    Meta kasutab oma tehisintellekti treenimiseks ELi täiskasvanute avalikke postitusi, fotosid, pildiallkirju ja kommentaare ning seda, mida inimesed Meta AI-le saadavad. Isikuandmete kaitse üldmääruse (GDPR) artikkel 21 annab sulle õiguse esitada selle suhtes vastuväide. See võtab aega paar minutit platvormi kohta.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta hakkab sisu kasutama alates kuupäevast <b>{ $date }</b>. Aega on jäänud: <b>{ $left }</b>. Vastuväide kehtib alates päevast, mil see esitatakse, nii et kui esitad selle enne seda kuupäeva, kehtib see juba enne treenimise algust.
deadline-after = ℹ️ Meta on alates kuupäevast <b>{ $date }</b> treeninud oma tehisintellekti kasutajate sisuga. Vastuväite saab endiselt esitada: sinu vastuväide kehtib alates päevast, mil selle esitad. Juba kasutatud sisu ei saa juba treenitud mudelitest enam välja võtta.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopeeri allolev kiri (piisab puudutusest) ja kleebi see vormi <i>põhjuse</i> välja või WhatsAppi vormi, kui seal küsitakse põhjust.
letter-body =
    Lugupeetud adressaat

    Esitan isikuandmete kaitse üldmääruse (GDPR) artikli 21 lõike 1 alusel vastuväite oma isikuandmete töötlemise suhtes, mida Meta ja selle partnerid teevad tehisintellekti arendamiseks ja treenimiseks. Vastuväide hõlmab minu postitusi, fotosid, pildiallkirju, kommentaare ja kogu muud minu kontoga seotud sisu ning minu suhtlust Meta AI-ga.

    Palun kinnitage mulle isikuandmete kaitse üldmääruse artikli 12 lõike 3 kohaselt ühe kuu jooksul kirjalikult, et minu vastuväide on registreeritud ja seda rakendatakse.

    Lugupidamisega

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Meeldetuletus:</b> tähtajani (<b>{ $date }</b>) on jäänud { $left }. Vastuväide kehtib alates päevast, mil see esitatakse.

    Veel tegemata: { $platforms }.

    Puuduta platvormi, et näha juhiseid. Juba tehtud? Märgi see juhiste all tehtuks ja ma ei tuleta seda sulle enam meelde.
# When every platform of this campaign is ticked off.
all-done = ✅ Oled esitanud vastuväite kõigil kolmel platvormil. Aitäh! Ma ei saada sulle enam meeldetuletusi.
nothing-left = Oled kõik kolm platvormi tehtuks märkinud, nii et meeldetuletusi pole vaja. Aitäh!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaga edasi: see bot selgitab sinu keeles, kuidas vaielda vastu sellele, et Meta kasutab sinu postitusi oma tehisintellekti treenimiseks.
    { $link }
group-intro =
    Tere! Näitan ELi inimestele, kuidas vaielda vastu sellele, et Meta kasutab nende postitusi, fotosid ja kommentaare oma tehisintellekti treenimiseks.

    Siin saavad kõik kasutada käske /facebook, /instagram, /whatsapp ja /template.
description = Meta treenib oma tehisintellekti ELi täiskasvanute avalike postituste, fotode ja kommentaaridega ning sellega, mida inimesed Meta AI-le saadavad. See bot näitab sulle samm-sammult ja sinu keeles, kuidas esitada vastuväide Facebookis ja Instagramis ning mis kehtib WhatsAppis, ja annab sulle kleepimiseks valmis kirja. Kui tähtaeg on ees, saab bot sulle seda meelde tuletada.
short-description = Vaidle vastu sellele, et Meta kasutab sinu postitusi oma tehisintellekti jaoks: juhised, vormid ja kiri.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Vastuväitekiri
letter-inline-desc = Valmis kiri vormidesse kleepimiseks
letter-keywords = kiri näidis mall vastuväide
deadline-inline-title = Tähtaeg
deadline-inline-desc = Hetkeseis ja mida vastuväide praegu tähendab
deadline-keywords = tähtaeg kuupäev aeg

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Ametlik vorm (logi vajadusel sisse: Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: juhised vastuväite esitamiseks Facebookis
facebook-command = Esita vastuväide Facebookis
facebook-inline-title = Vastuväide Facebookis
facebook-inline-desc = Juhised ja ametlik vorm
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Vastuväide Facebookis</b>

    <b>Kõige kiiremini:</b> puuduta allolevat nuppu, et avada Meta ametlik vorm. Kui leht seda palub, logi seal kõigepealt Facebooki sisse.

    <b>Rakenduses:</b>
    1. Ava menüü ja vali <i>Seaded ja privaatsus</i> → <i>Privaatsuskeskus</i>.
    2. Ava <i>Privaatsusteemad</i> → <i>Tehisintellekt Metas</i>.
    3. Vali <i>Esita vastuväitetaotlus</i>.
    4. Sisesta oma konto e-posti aadress. Põhjuse väli ei ole kohustuslik: jäta see tühjaks või kleebi sinna käsu /template kiri.
    5. Saada vorm ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile kontodele, mis on samas Kontokeskuses omavahel lingitud. Linkimata või teist e-posti aadressi kasutav konto vajab eraldi vastuväidet.
    • Facebooki lehed ei saa selle vormiga vastuväidet esitada, ainult isiklikud kontod.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Ametlik vorm (logi vajadusel sisse: Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: juhised vastuväite esitamiseks Instagramis
instagram-command = Esita vastuväide Instagramis
instagram-inline-title = Vastuväide Instagramis
instagram-inline-desc = Juhised ja ametlik vorm
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Vastuväide Instagramis</b>

    <b>Kõige kiiremini:</b> puuduta allolevat nuppu, et avada Meta ametlik vorm. Kui leht seda palub, logi seal kõigepealt Instagrami sisse.

    <b>Rakenduses:</b>
    1. Mine oma profiilile ja puuduta menüüd ☰ (seadete ja tegevuste menüü; ingliskeelses rakenduses <i>Settings and activity</i>).
    2. Leia selles menüüs privaatsuskeskus (<i>Privaatsuskeskus</i> või <i>Privacy Center</i>; mõnes versioonis jaotises <i>Teave</i> → <i>Privaatsuspoliitika</i>).
    3. Otsi üles vastuväite esitamise õigus (<i>Õigus esitada vastuväiteid</i>) ja ava vorm.
    4. Sisesta oma konto e-posti aadress. Põhjuse väli ei ole kohustuslik: jäta see tühjaks või kleebi sinna käsu /template kiri.
    5. Saada vorm ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile samas Kontokeskuses lingitud kontodele, ka Facebookile. Linkimata kontod vajavad eraldi vastuväidet.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Ava ametlik vorm (WhatsApp)
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: juhised vastuväite esitamiseks WhatsAppis
whatsapp-command = WhatsApp ja Meta AI
whatsapp-inline-title = Vastuväide WhatsAppis
whatsapp-inline-desc = Vestlused Meta AI-ga: mida kasutatakse, ja vorm
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp ja Meta AI</b>

    Sinu privaatsed vestlused on otspunktkrüpteeritud ja neid <b>ei</b> kasutata tehisintellekti treenimiseks. See, mida saadad Meta AI-le (rakenduses sini-roosa ring või grupivestlusesse kutsutud @Meta AI), ei ole otspunktkrüpteeritud ja seda võidakse kasutada.

    • Meta AI-d ei saa WhatsAppis välja lülitada; saad selle ainult kasutamata jätta.
    • 2025. aasta juunis teatas Meta, et ta ei kasuta praegu WhatsAppi vestlusi Meta AI-ga treenimiseks.
    • Rakenduses ei ole vastuväite esitamise seadet ja tarbijaorganisatsioonide sõnul ei ole WhatsAppil selleks oma ametlikku vastuväitevõimalust.

    <b>Kõige kindlam kaitse:</b> ära saada Meta AI-le midagi.

    <b>Ettevaatuse mõttes veebivorm:</b>
    1. Puuduta allolevat nuppu (või ava whatsapp.com, vali lehe allosas <i>Õigusteave</i> ja seejärel andmesubjekti õiguste vorm, ükskõik mis selle praegune nimi on).
    2. Vali need valikud, millega vaidled vastu oma andmete kasutamisele.
    3. Sisesta oma telefoninumber koos riigikoodiga ja oma e-posti aadress.
    4. Kui küsitakse põhjust, kleebi sinna käsu /template kiri.
    5. Saada vorm ära. WhatsApp vastab e-kirjaga; hoia see vastus alles.
