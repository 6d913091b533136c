## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vaidle vastu sellele, et Meta treenib sinu sisuga oma tehisintellekti
intro =
    Meta treenib oma tehisintellekti ELi täiskasvanute avalike postituste, fotode, pildiallkirjade ja kommentaaridega ning sellega, mida inimesed Meta AI-le saadavad. Isikuandmete kaitse üldmääruse (IKÜM) artikkel 21 annab sulle õiguse esitada selle suhtes vastuväide. See võtab aega paar minutit platvormi kohta.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Vastuväite saad esitada igal ajal ja see kehtib alates päevast, mil selle esitad. Meta on alates kuupäevast <b>{ $date }</b> treeninud oma tehisintellekti täiskasvanute avalike postituste, fotode ja kommentaaride ning Meta AI-ga peetud vestlustega; ka Meta 2026. aasta juuli ELi privaatsuspoliitika nimetab seda kasutust endiselt. Juba kasutatut ei saa treenitud mudelitest välja võtta.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta hakkab sisu kasutama alates kuupäevast <b>{ $date }</b>. Aega on jäänud: <b>{ $left }</b>. Vastuväide kehtib alates päevast, mil see esitatakse, nii et kui esitad selle enne seda kuupäeva, kehtib see juba enne treenimise algust.
deadline-after = ✅ Vastuväite saad endiselt esitada: see kehtib alates päevast, mil selle esitad. Meta on alates kuupäevast <b>{ $date }</b> treeninud oma tehisintellekti kasutajate sisuga; juba kasutatut ei saa treenitud mudelitest välja võtta.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Meeldetuletus:</b> kuupäevani <b>{ $date }</b> on jäänud { $left }. Vastuväide kehtib alates päevast, mil see esitatakse.

    Veel tegemata: { $platforms }.

    Puuduta platvormi, et näha juhiseid. Juba tehtud? Märgi see juhiste all tehtuks ja ma ei tuleta seda sulle enam meelde.
nothing-left = Oled kõik kolm platvormi tehtuks märkinud, nii et meeldetuletust pole vaja. Aitäh!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopeeri allolev kiri (piisab puudutusest) ja kleebi see vormi <i>põhjuse</i> välja või WhatsAppi vormi, kui seal küsitakse, miks. Põhjusega lõik ei ole kohustuslik: jäta see alles, kirjuta oma või kustuta see.
letter-body =
    Lugupeetud adressaat

    Esitan isikuandmete kaitse üldmääruse (IKÜM) artikli 21 lõike 1 alusel oma konkreetse olukorraga seotud põhjustel vastuväite oma isikuandmete töötlemise suhtes, mida Meta ja selle partnerid teevad tehisintellekti arendamiseks ja treenimiseks. Vastuväide hõlmab minu postitusi, fotosid, pildiallkirju, kommentaare ja kogu muud minu kontoga seotud sisu ning minu suhtlust Meta AI-ga.

    Ma ei jaganud seda sisu selleks, et sellega tehisintellekti treenitaks, ja soovin ise otsustada, kuidas seda kasutatakse.

    Palun kinnitage mulle isikuandmete kaitse üldmääruse artikli 12 lõike 3 kohaselt ühe kuu jooksul kirjalikult, et minu vastuväide on registreeritud ja seda rakendatakse.

    Lugupidamisega

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram ja WhatsApp on kõik tehtuks märgitud. Aitäh!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaga edasi: see bot selgitab sinu keeles, kuidas vaielda vastu sellele, et Meta treenib sinu postitustega oma tehisintellekti.
    { $link }
group-intro =
    Tere! Näitan ELi inimestele, kuidas vaielda vastu sellele, et Meta treenib nende postituste, fotode ja kommentaaridega oma tehisintellekti.

    Siin saavad kõik kasutada käske /facebook, /instagram, /whatsapp ja /template.
description = Meta treenib oma tehisintellekti ELi täiskasvanute avalike postituste, fotode ja kommentaaridega ning sellega, mida inimesed Meta AI-le saadavad. See bot näitab sulle samm-sammult ja sinu keeles, kuidas esitada vastuväide Facebookis ja Instagramis ning mis kehtib WhatsAppis, ja annab sulle kleepimiseks valmis kirja.
short-description = Vaidle vastu sellele, et Meta treenib sinu postitustega oma tehisintellekti: juhised, vormid ja kiri.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Vastuväitekiri Metale
letter-inline-desc = Valmis kiri Meta vormidesse kleepimiseks
letter-keywords = kiri näidis mall vastuväide meta
deadline-inline-title = Meta AI: hetkeseis
deadline-inline-desc = Millest alates Meta sisuga treenib ja mida vastuväide praegu teeb
deadline-keywords = meta hetkeseis kuupäev

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Ametlik vorm
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Meta AI-leht
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: juhised vastuväite esitamiseks Facebookis
facebook-command = Esita vastuväide Facebookis
facebook-inline-title = Vastuväide Facebookis
facebook-inline-desc = Juhised ja ametlik vorm
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Vastuväide Facebookis</b>

    <b>Kõige kiiremini:</b> puuduta all nuppu <i>Ametlik vorm</i>. Kui leht seda palub, logi seal Facebooki sisse. Selles brauseris pole sisse logitud? Ava link oma tavalises brauseris (⋯ → brauseris avamine) või järgi rakenduse juhiseid.
    Sisesta vormi oma konto e-posti aadress; põhjuse väli ei ole kohustuslik (jäta see tühjaks või kleebi käsu /template kiri). Seejärel saada see ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <blockquote expandable><b>Rakenduses</b>
    1. Ava menüü ja vali <i>Seaded ja privaatsus</i> → <i>Privaatsuskeskus</i>.
    2. Ava <i>Privaatsusteemad</i> → tehisintellekti teema (<i>AI at Meta</i>).
    3. Vali vastuväitetaotluse esitamine.
    4. Sisesta oma konto e-posti aadress. Põhjus ei ole kohustuslik.
    5. Saada vorm ära.</blockquote>

    <blockquote expandable><b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile kontodele, mis on samas Kontokeskuses omavahel lingitud. Linkimata või teist e-posti aadressi kasutav konto vajab eraldi vastuväidet.
    • Facebooki lehed ei saa selle vormiga vastuväidet esitada, ainult isiklikud kontod.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.
    • Meta on mõned oma kontaktivormid ümber paigutanud. Kui vorm ei avane, viib teine nupp Meta generatiivse tehisintellekti lehele, kust on link vastuväite esitamise õigusele.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Ametlik vorm
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Meta AI-leht
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: juhised vastuväite esitamiseks Instagramis
instagram-command = Esita vastuväide Instagramis
instagram-inline-title = Vastuväide Instagramis
instagram-inline-desc = Juhised ja ametlik vorm
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Vastuväide Instagramis</b>

    <b>Kõige kiiremini:</b> puuduta all nuppu <i>Ametlik vorm</i>. Kui leht seda palub, logi seal Instagrami sisse. Selles brauseris pole sisse logitud? Ava link oma tavalises brauseris (⋯ → brauseris avamine) või järgi rakenduse juhiseid.
    Kui vorm küsib, kas sinu taotlus puudutab Meta tehisintellekti (<i>AI at Meta</i>), vali <b>Jah</b> (<i>Yes</i>). Sisesta oma konto e-posti aadress; põhjuse väli ei ole kohustuslik (jäta see tühjaks või kleebi käsu /template kiri). Seejärel saada see ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <blockquote expandable><b>Rakenduses</b>
    1. Mine oma profiilile ja puuduta menüüd ☰ (<i>Settings and activity</i>).
    2. Leia selles menüüs privaatsuskeskus (<i>Privacy Center</i>; mõnes versioonis <i>About</i> → <i>Privacy Policy</i>).
    3. Otsi üles vastuväite esitamise õigus (<i>Right to object</i>) ja ava vorm.
    4. Kui see küsib, kas taotlus puudutab Meta tehisintellekti, vali <i>Yes</i>.
    5. Sisesta oma konto e-posti aadress. Põhjus ei ole kohustuslik.
    6. Saada vorm ära.</blockquote>

    <blockquote expandable><b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile samas Kontokeskuses lingitud kontodele, ka Facebookile. Linkimata kontod vajavad eraldi vastuväidet.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.
    • Meta on mõned oma kontaktivormid ümber paigutanud. Kui vorm ei avane, viib teine nupp Meta generatiivse tehisintellekti lehele, kust on link vastuväite esitamise õigusele.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsAppi vorm
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: tehtud
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp ja Meta AI: mida kasutatakse, ja vorm ettevaatuse mõttes
whatsapp-command = WhatsApp ja Meta AI
whatsapp-inline-title = WhatsApp ja Meta AI
whatsapp-inline-desc = Mida kasutatakse, ja vorm ettevaatuse mõttes
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp ja Meta AI</b>

    WhatsAppil ei ole Meta AI jaoks lülitit ega oma vastuväite seadet. <b>Kõige kindlam kaitse: ära saada Meta AI-le midagi.</b>
    • Grupis võib iga liige @Meta AI appi kutsuda. Vestluse täiustatud privaatsus (<i>Advanced chat privacy</i>; puuduta vestluse nime) võib takistada liikmetel selles vestluses Meta AI-d kasutamast. Allikad on selles eri meelt, seega kontrolli, kas sinu rakendus seda pakub.

    <b>Mida kasutatakse:</b> sinu privaatsed vestlused on otspunktkrüpteeritud ja neid <b>ei</b> kasutata tehisintellekti treenimiseks. See, mida saadad Meta AI-le (sini-roosa ring või grupis välja kutsutud @Meta AI), ei ole otspunktkrüpteeritud ja seda võidakse kasutada. Meta AI-d ei saa WhatsAppis välja lülitada, ainult kasutamata jätta. 2025. aasta juunis teatas Meta, et ei kasutanud tol ajal WhatsAppi vestlusi Meta AI-ga treenimiseks.

    <b>Ettevaatuse mõttes veebivorm.</b> WhatsAppi privaatsuspoliitika viitab sellele vastuväidete puhul üldiselt; see ei ole tehisintellekti lüliti ja tarbijaorganisatsioonide sõnul ei ole WhatsAppil tehisintellekti kohta oma ametlikku vastuväitevõimalust.
    1. Puuduta allolevat nuppu (või leia whatsapp.com-i õiguslike linkide hulgast andmesubjekti õiguste vorm).
    2. Vali võimalus, millega vaidled vastu oma teabe töötlemisele.
    3. Sisesta oma telefoninumber koos riigikoodiga ja oma e-posti aadress.
    4. Kui küsitakse, miks, kleebi käsu /template kiri.
    5. Saada vorm ära. WhatsApp vastab e-kirjaga; hoia see vastus alles.
