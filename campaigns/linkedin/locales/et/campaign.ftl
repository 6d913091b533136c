## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Lülita välja LinkedIni tehisintellekti treenimine sinu andmetega
intro =
    LinkedIn treenib sisu kirjutavat tehisintellekti ELi liikmete profiilide, postituste, kommentaaride ja nende LinkedIni tehisintellekti funktsioonidega peetud vestlustega. Privaatsõnumeid ei kasutata. Seade, mis on sees, kuni selle välja lülitad, laseb sul sellest loobuda; see võtab minuti.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Saad selle igal ajal välja lülitada ja see kehtib sellest hetkest. LinkedIn on alates kuupäevast <b>{ $date }</b> kasutanud ELi liikmete andmeid tehisintellekti treenimiseks; juba treenitud mudeleid ei muudeta.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Märgitud: LinkedIni seade on välja lülitatud. Aitäh!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaga edasi: see bot selgitab sinu keeles, kuidas lülitada välja LinkedIni tehisintellekti treenimine sinu andmetega.
    { $link }
group-intro =
    Tere! Näitan ELi inimestele, kuidas lülitada välja LinkedIni tehisintellekti treenimine nende profiili ja postitustega.

    Siin saavad kõik kasutada käsku /linkedin.
description = LinkedIn treenib sisu kirjutavat tehisintellekti ELi liikmete profiilide, postituste ja tehisintellekti vestlustega. See bot näitab sulle sinu keeles, kus seade asub ja kuidas selle välja lülitada.
short-description = Lülita välja LinkedIni tehisintellekti treenimine sinu andmetega: kus seade asub.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn ja tehisintellekt: hetkeseis
deadline-inline-desc = Millest alates LinkedIn liikmete andmetega treenib ja mida seade teeb
deadline-keywords = linkedin hetkeseis

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Ava seade
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Vastuväide, muud kasutused
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: lülita välja LinkedIni tehisintellekti treenimine sinu andmetega
linkedin-command = Lülita välja LinkedIni AI-treenimine
linkedin-inline-title = Lülita välja LinkedIni AI-treenimine
linkedin-inline-desc = Kus seade asub telefonis ja arvutis
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Lülita välja LinkedIni AI-treenimine</b>

    <b>Kõige kiiremini:</b> puuduta all nuppu <i>Ava seade</i> ja logi vajadusel LinkedIni sisse. Lülita lehel <i>Data for Generative AI Improvement</i> lüliti välja.

    <b>Telefonis:</b> sinu profiilipilt → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → välja.
    <b>Arvutis:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → välja.

    <b>Pärast seda:</b> kinnitust ei tule. Laadi leht uuesti: lüliti peaks olema väljas.

    <blockquote expandable><b>Hea teada</b>
    • Mida kasutatakse: sinu profiil (nimi, foto, ametikohad, haridus, oskused, soovitused), sinu postitused, artiklid, kommentaarid ja küsitlused, tegevus gruppides, salvestatud CV-d ja vastused sõelumisküsimustele ning vestlused LinkedIni tehisintellekti funktsioonidega. Privaatsõnumeid ei kasutata.
    • Lüliti kehtib sellest hetkest; juba treenitud mudeleid ei muudeta.
    • Hollandi andmekaitseasutus on öelnud, et kasutada võidakse andmeid koguni 2003. aastast alates.
    • Sinu andmete muude kasutuste jaoks (näiteks usalduse ja turvalisuse tehisintellekt või toodete täiustamine) pakub LinkedIni privaatsusteade vastuväite vormi: see on teine nupp.</blockquote>
