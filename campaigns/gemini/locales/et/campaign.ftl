## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Lülita välja Google'i tehisintellekti treenimine sinu Gemini vestlustega
intro =
    Kuni tegevuste seade (<i>Keep Activity</i>) on sees, kasutab Google seda, mida Geminisse kirjutad, üles laadid ja jagad, oma toodete täiustamiseks ja oma tehisintellekti mudelite treenimiseks ning inimhindajad loevad osa sellest läbi. Väljalülitamine võtab minuti; IKÜM annab sulle ka õiguse esitada vastuväide.

## Where things stand (no `started`, so no $date).
standing = ✅ Tegevuste seade (<i>Keep Activity</i>) on võimalik igal ajal välja lülitada ja see kehtib sellest hetkest; see ei sõltu ühestki kuupäevast. Kui see on väljas, hoiab Google enda sõnul uusi vestlusi 72 tundi ega kasuta neid treenimiseks, välja arvatud juhul, kui saadad tagasisidet.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Google'i IKÜMi vastuväitetaotluse jaoks (teine nupp käsu /gemini all): kopeeri allolev kiri (piisab puudutusest) ja kleebi see kohta, kus vorm palub oma taotlust kirjeldada. Põhjusega lõik ei ole kohustuslik: jäta see alles, kirjuta oma või kustuta see.
letter-body =
    Lugupeetud adressaat

    Esitan isikuandmete kaitse üldmääruse (IKÜM) artikli 21 lõike 1 alusel oma konkreetse olukorraga seotud põhjustel vastuväite sellele, et Google töötleb minu vestlusi Geminiga, minu üles laaditud faile ja Gemini rakendustega jagatud sisu tehisintellekti mudelite arendamiseks ja treenimiseks.

    Kasutan Geminit oma tarbeks, mitte selleks, et selle sisuga tehisintellekti treenitaks, ja soovin ise otsustada, kuidas seda kasutatakse.

    Palun kinnitage mulle isikuandmete kaitse üldmääruse artikli 12 lõike 3 kohaselt ühe kuu jooksul kirjalikult, et minu vastuväide on registreeritud ja seda rakendatakse.

    Lugupidamisega

# When the setting is ticked off as turned off.
all-done = ✅ Märgitud: Gemini tegevuste seade on välja lülitatud. Aitäh!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaga edasi: see bot selgitab sinu keeles, kuidas lülitada välja Google'i tehisintellekti treenimine sinu Gemini vestlustega.
    { $link }
group-intro =
    Tere! Näitan ELi inimestele, kuidas lülitada välja Google'i tehisintellekti treenimine nende Gemini vestlustega ja kuidas sellele vastu vaielda.

    Siin saavad kõik kasutada käske /gemini ja /template.
description = Kuni tegevuste seade (Keep Activity) on sees, treenib Google oma tehisintellekti mudeleid Gemini vestlustega. See bot näitab sulle sinu keeles, kuidas see välja lülitada ja kuidas IKÜMi alusel vastuväide esitada, ning annab kleepimiseks kirja.
short-description = Lülita välja Google'i tehisintellekti treenimine sinu Gemini vestlustega: seade ja kiri.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Vastuväitekiri Google'ile
letter-inline-desc = Valmis kiri Google'i IKÜMi vastuväitetaotluse jaoks
letter-keywords = kiri näidis mall google gemini
deadline-inline-title = Gemini ja tehisintellekti treenimine: hetkeseis
deadline-inline-desc = Mida seade teeb ja mis saab sinu vestlustest
deadline-keywords = gemini google hetkeseis

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Ava Gemini tegevused
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 IKÜMi vastuväide
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: lülita välja Google'i tehisintellekti treenimine sinu Gemini vestlustega
gemini-command = Lülita välja AI-treenimine sinu Gemini vestlustega
gemini-inline-title = Lülita välja AI-treenimine Gemini vestlustega
gemini-inline-desc = Seade ja Google'i vastuväitetaotlus
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: lülita tegevuste seade (<i>Keep Activity</i>) välja</b>

    <b>Kõige kiiremini:</b> puuduta all nuppu <i>Ava Gemini tegevused</i>, logi vajadusel Google'isse sisse ja lülita tegevuste seade (<i>Keep Activity</i>) välja; selle nimi võib veel olla <i>Gemini Apps Activity</i>. Võid valida ka väljalülitamise koos tegevuste kustutamisega.

    <b>Gemini rakenduses:</b> sinu profiilipilt → <i>Gemini Apps Activity</i> või <i>Keep Activity</i> → välja.
    <b>Arvutis:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → välja.

    <b>Pärast seda:</b> kinnitust ei tule; leht näitab seadet väljalülitatuna.

    <blockquote expandable><b>Hea teada</b>
    • Kui see on väljas, hoiab Google enda sõnul uusi vestlusi 72 tundi ega kasuta neid treenimiseks, välja arvatud juhul, kui saadad tagasisidet. Ajutisi vestlusi samuti ei kasutata.
    • See kehtib sellest hetkest.
    • Saad esitada ka IKÜMi alusel vastuväite: teine nupp avab Google'i õiguslike taotluste vormi (rakenduses: vastuse all <i>More</i> → <i>Report legal issue</i>). See palub töötlemist kirjeldada: /template annab sulle kirja.
    • Google teatas 2025. aasta novembris, et ei kasuta Gmaili sisu Gemini treenimiseks.</blockquote>
