## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Gør indsigelse mod, at Meta bruger dit indhold til sin AI
intro =
    Meta bruger offentlige opslag, billeder, billedtekster og kommentarer fra voksne i EU, og det, folk sender til Meta AI, til at træne sin kunstige intelligens. GDPR (artikel 21) giver dig ret til at gøre indsigelse mod det. Det tager et par minutter pr. platform.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta begynder at bruge indhold den <b>{ $date }</b>. Tid tilbage: <b>{ $left }</b>. En indsigelse gælder fra den dag, den indsendes, så hvis du indsender den før den dato, gælder den allerede, inden træningen begynder.
deadline-after = ℹ️ Meta har trænet sin AI på indhold siden den <b>{ $date }</b>. Du kan stadig gøre indsigelse: Din indsigelse gælder fra den dag, du indsender den. Indhold, der allerede er brugt, kan ikke tages ud igen af modeller, der allerede er trænet.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiér brevet nedenfor (ét tryk er nok), og indsæt det i formularens felt til <i>begrundelse</i> eller i WhatsApp-formularen, hvis den beder om en begrundelse.
letter-body =
    Til rette vedkommende

    I medfør af artikel 21, stk. 1, i databeskyttelsesforordningen (GDPR) gør jeg indsigelse mod, at Meta og selskabets samarbejdspartnere behandler mine personoplysninger med henblik på at udvikle og træne kunstig intelligens. Indsigelsen omfatter mine opslag, billeder, billedtekster, kommentarer og alt andet indhold, der er knyttet til min konto, samt mine interaktioner med Meta AI.

    Jeg beder jer i henhold til artikel 12, stk. 3, i databeskyttelsesforordningen om inden for en måned at bekræfte skriftligt, at min indsigelse er registreret og efterkommes.

    Med venlig hilsen

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Påmindelse:</b> Der er { $left } tilbage til fristen (<b>{ $date }</b>). En indsigelse gælder fra den dag, den indsendes.

    Mangler stadig: { $platforms }.

    Tryk på en platform for at se trinene. Allerede gjort? Sæt flueben ved den under trinene, så holder jeg op med at minde dig om den.
# When every platform of this campaign is ticked off.
all-done = ✅ Du har gjort indsigelse på alle tre platforme. Tak! Du får ikke flere påmindelser fra mig.
nothing-left = Du har krydset alle tre platforme af, så du behøver ingen påmindelse. Tak!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du gør indsigelse mod, at Meta bruger dine opslag til at træne sin AI.
    { $link }
group-intro =
    Hej! Jeg viser folk i EU, hvordan de gør indsigelse mod, at Meta bruger deres opslag, billeder og kommentarer til at træne sin AI.

    Alle her kan bruge /facebook, /instagram, /whatsapp og /template.
description = Meta træner sin AI på offentlige opslag, billeder og kommentarer fra voksne i EU og på det, folk sender til Meta AI. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse på Facebook og Instagram, og hvad der gælder på WhatsApp, og giver dig et brev, du kan indsætte. Når en frist nærmer sig, kan den minde dig om den.
short-description = Gør indsigelse mod, at Meta bruger dine opslag til sin AI: trinene, formularerne og et brev.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Indsigelsesbrev
letter-inline-desc = Et færdigt brev, du kan indsætte i formularerne
letter-keywords = brev skabelon indsigelse tekst
deadline-inline-title = Frist
deadline-inline-desc = Status lige nu, og hvad en indsigelse betyder i dag
deadline-keywords = frist dato tidsfrist deadline

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Officiel formular (log evt. ind på Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: sådan gør du indsigelse på Facebook
facebook-command = Gør indsigelse på Facebook
facebook-inline-title = Gør indsigelse på Facebook
facebook-inline-desc = Trinene og den officielle formular
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Gør indsigelse på Facebook</b>

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular. Hvis siden beder om det, så log først ind på Facebook der.

    <b>I appen:</b>
    1. Åbn menuen, og gå til <i>Indstillinger og privatliv</i>. Tryk derefter på privatlivscentret (det hedder <i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i> afhængigt af versionen).
    2. Åbn <i>Emner om privatliv</i> → <i>AI hos Meta</i>.
    3. Vælg <i>Indsend en anmodning om indsigelse</i>.
    4. Angiv din kontos e-mailadresse. Feltet til begrundelse er valgfrit: Lad det stå tomt, eller indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter. En konto, der ikke er forbundet eller bruger en anden e-mailadresse, kræver sin egen indsigelse.
    • Facebook-sider kan ikke gøre indsigelse med denne formular, kun personlige konti.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Officiel formular (log evt. ind på Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: sådan gør du indsigelse på Instagram
instagram-command = Gør indsigelse på Instagram
instagram-inline-title = Gør indsigelse på Instagram
instagram-inline-desc = Trinene og den officielle formular
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Gør indsigelse på Instagram</b>

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular. Hvis siden beder om det, så log først ind på Instagram der.

    <b>I appen:</b>
    1. Gå til din profil, og tryk på menuen ☰ (<i>Indstillinger og aktivitet</i>).
    2. Find privatlivscentret i den menu (det hedder <i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i>; i nogle versioner ligger det under <i>Om</i> → <i>Privatlivspolitik</i>).
    3. Find <i>Ret til at gøre indsigelse</i>, og åbn formularen.
    4. Angiv din kontos e-mailadresse. Feltet til begrundelse er valgfrit: Lad det stå tomt, eller indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter, også Facebook. Konti, der ikke er forbundet, kræver deres egen indsigelse.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Åbn den officielle WhatsApp-formular
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: sådan gør du indsigelse på WhatsApp
whatsapp-command = WhatsApp og Meta AI
whatsapp-inline-title = Gør indsigelse på WhatsApp
whatsapp-inline-desc = Chats med Meta AI: hvad der bruges, og en formular
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp og Meta AI</b>

    Dine private chats er end-to-end-krypterede og bruges <b>ikke</b> til at træne AI'en. Det, du sender til Meta AI (den blå-lyserøde cirkel i appen eller @Meta AI, som bliver kaldt ind i en gruppechat), er ikke end-to-end-krypteret og kan blive brugt.

    • Meta AI kan ikke slås fra i WhatsApp; du kan kun lade være med at bruge den.
    • I juni 2025 sagde Meta, at virksomheden i øjeblikket ikke bruger WhatsApp-chats med Meta AI til træning.
    • Der er ingen indstilling i appen til at gøre indsigelse, og forbrugerorganisationer siger, at WhatsApp ikke har sin egen officielle indsigelsesmulighed til dette.

    <b>Den sikreste beskyttelse:</b> Send ikke noget til Meta AI.

    <b>For en sikkerheds skyld – en webformular:</b>
    1. Tryk på knappen nedenfor (eller åbn whatsapp.com, tryk på <i>Juridisk</i> nederst på siden og derefter på formularen om den registreredes rettigheder, uanset hvad den hedder lige nu).
    2. Vælg mulighederne for at gøre indsigelse mod brugen af dine data.
    3. Angiv dit telefonnummer med landekode og din e-mailadresse.
    4. Hvis der bliver spurgt om en begrundelse, så indsæt brevet fra /template.
    5. Send formularen. WhatsApp svarer via e-mail; gem svaret.
