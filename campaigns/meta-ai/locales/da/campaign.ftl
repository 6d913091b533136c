## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Gør indsigelse mod, at Meta bruger dit indhold til at træne sin AI
intro =
    Meta træner sin kunstige intelligens på offentlige opslag, billeder, billedtekster og kommentarer fra voksne i EU og på det, folk sender til Meta AI. GDPR (artikel 21) giver dig ret til at gøre indsigelse mod det. Det tager et par minutter pr. platform.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Du kan gøre indsigelse når som helst, og din indsigelse gælder fra den dag, du indsender den. Meta har trænet sin AI på voksnes offentlige opslag, billeder og kommentarer og på chats med Meta AI siden den <b>{ $date }</b>; Metas privatlivspolitik for EU fra juli 2026 nævner stadig den brug. Det, der allerede er brugt, kan ikke tages ud af trænede modeller igen.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta begynder at bruge indhold den <b>{ $date }</b>. Tid tilbage: <b>{ $left }</b>. En indsigelse gælder fra den dag, den indsendes, så hvis du indsender den før den dato, gælder den allerede, inden træningen begynder.
deadline-after = ✅ Du kan stadig gøre indsigelse: Din indsigelse gælder fra den dag, du indsender den. Meta har trænet sin AI på indhold siden den <b>{ $date }</b>; det, der allerede er brugt, kan ikke tages ud af trænede modeller igen.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Påmindelse:</b> Der er { $left } tilbage til den <b>{ $date }</b>. En indsigelse gælder fra den dag, den indsendes.

    Mangler stadig: { $platforms }.

    Tryk på en platform for at se trinene. Allerede gjort? Sæt flueben ved den under trinene, så holder jeg op med at minde dig om den.
nothing-left = Du har krydset alle tre platforme af, så du behøver ingen påmindelse. Tak!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiér brevet nedenfor (ét tryk er nok), og indsæt det i formularens felt til <i>begrundelse</i> eller i WhatsApp-formularen, hvis den spørger hvorfor. Afsnittet med en begrundelse er valgfrit: Behold det, skriv dit eget, eller slet det.
letter-body =
    Til rette vedkommende

    I medfør af artikel 21, stk. 1, i databeskyttelsesforordningen (GDPR) gør jeg af grunde, der vedrører min særlige situation, indsigelse mod, at Meta og selskabets samarbejdspartnere behandler mine personoplysninger med henblik på at udvikle og træne kunstig intelligens. Indsigelsen omfatter mine opslag, billeder, billedtekster, kommentarer og alt andet indhold, der er knyttet til min konto, samt mine interaktioner med Meta AI.

    Jeg delte ikke dette indhold i forventning om, at det ville blive brugt til at træne AI, og jeg vil selv bestemme, hvordan det bruges.

    Jeg beder jer i henhold til artikel 12, stk. 3, i databeskyttelsesforordningen om inden for en måned at bekræfte skriftligt, at min indsigelse er registreret og efterkommes.

    Med venlig hilsen

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram og WhatsApp er alle krydset af. Tak!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du gør indsigelse mod, at Meta bruger dine opslag til at træne sin AI.
    { $link }
group-intro =
    Hej! Jeg viser folk i EU, hvordan de gør indsigelse mod, at Meta bruger deres opslag, billeder og kommentarer til at træne sin AI.

    Alle her kan bruge /facebook, /instagram, /whatsapp og /template.
description = Meta træner sin AI på offentlige opslag, billeder og kommentarer fra voksne i EU og på det, folk sender til Meta AI. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse på Facebook og Instagram, og hvad der gælder på WhatsApp, og giver dig et brev, du kan indsætte.
short-description = Gør indsigelse mod, at Meta bruger dine opslag til at træne sin AI: trinene, formularerne og et brev.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Indsigelsesbrev til Meta
letter-inline-desc = Et færdigt brev, du kan indsætte i Metas formularer
letter-keywords = brev skabelon indsigelse tekst meta
deadline-inline-title = Meta AI: status lige nu
deadline-inline-desc = Siden hvornår Meta træner på indhold, og hvad en indsigelse gør nu
deadline-keywords = meta status siden dato

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Officiel formular
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metas side om AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: sådan gør du indsigelse på Facebook
facebook-command = Gør indsigelse på Facebook
facebook-inline-title = Gør indsigelse på Facebook
facebook-inline-desc = Trinene og den officielle formular
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Gør indsigelse på Facebook</b>

    <b>Hurtigst:</b> Tryk på <i>Officiel formular</i> nedenfor. Hvis siden beder om det, så log ind på Facebook der. Ikke logget ind i den browser? Åbn linket i din sædvanlige browser (⋯ → <i>Åbn i browser</i>), eller følg trinene i appen.
    Angiv din kontos e-mailadresse i formularen; feltet til begrundelse er valgfrit (lad det stå tomt, eller indsæt brevet fra /template). Send den derefter.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <blockquote expandable><b>I appen</b>
    1. Åbn menuen, og gå til <i>Indstillinger og privatliv</i> → privatlivscentret (<i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i> afhængigt af versionen).
    2. Åbn <i>Emner om privatliv</i> → <i>AI hos Meta</i>.
    3. Vælg <i>Indsend en anmodning om indsigelse</i>.
    4. Angiv din kontos e-mailadresse. Begrundelsen er valgfri.
    5. Send formularen.</blockquote>

    <blockquote expandable><b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter. En konto, der ikke er forbundet eller bruger en anden e-mailadresse, kræver sin egen indsigelse.
    • Facebook-sider kan ikke gøre indsigelse med denne formular, kun personlige konti.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.
    • Meta har flyttet nogle af sine kontaktformularer. Hvis formularen ikke åbner, fører den anden knap til Metas side om generativ AI, som linker til retten til at gøre indsigelse.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Officiel formular
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metas side om AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: sådan gør du indsigelse på Instagram
instagram-command = Gør indsigelse på Instagram
instagram-inline-title = Gør indsigelse på Instagram
instagram-inline-desc = Trinene og den officielle formular
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Gør indsigelse på Instagram</b>

    <b>Hurtigst:</b> Tryk på <i>Officiel formular</i> nedenfor. Hvis siden beder om det, så log ind på Instagram der. Ikke logget ind i den browser? Åbn linket i din sædvanlige browser (⋯ → <i>Åbn i browser</i>), eller følg trinene i appen.
    Hvis formularen spørger, om din anmodning handler om AI hos Meta, så vælg <b>Ja</b>. Angiv din kontos e-mailadresse; feltet til begrundelse er valgfrit (lad det stå tomt, eller indsæt brevet fra /template). Send den derefter.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <blockquote expandable><b>I appen</b>
    1. Gå til din profil, og tryk på menuen ☰ (<i>Indstillinger og aktivitet</i>).
    2. Find privatlivscentret i den menu (<i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i>; i nogle versioner under <i>Om</i> → <i>Privatlivspolitik</i>).
    3. Find <i>Ret til at gøre indsigelse</i>, og åbn formularen.
    4. Hvis den spørger, om din anmodning handler om AI hos Meta, så vælg <i>Ja</i>.
    5. Angiv din kontos e-mailadresse. Begrundelsen er valgfri.
    6. Send formularen.</blockquote>

    <blockquote expandable><b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter, også Facebook. Konti, der ikke er forbundet, kræver deres egen indsigelse.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.
    • Meta har flyttet nogle af sine kontaktformularer. Hvis formularen ikke åbner, fører den anden knap til Metas side om generativ AI, som linker til retten til at gøre indsigelse.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApps formular
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: klaret
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp og Meta AI: hvad der bruges, og en formular for en sikkerheds skyld
whatsapp-command = WhatsApp og Meta AI
whatsapp-inline-title = WhatsApp og Meta AI
whatsapp-inline-desc = Hvad der bruges, og en formular for en sikkerheds skyld
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp og Meta AI</b>

    WhatsApp har ingen kontakt og ingen egen indsigelsesindstilling for Meta AI. <b>Den sikreste beskyttelse: Send ikke noget til Meta AI.</b>
    • I en gruppe kan ethvert medlem kalde @Meta AI ind. Avanceret chatprivatliv (<i>Advanced chat privacy</i>; tryk på chattens navn) kan forhindre medlemmerne i at bruge Meta AI i den chat. Kilderne er uenige om dette, så tjek, om din app tilbyder det.

    <b>Hvad der bruges:</b> Dine private chats er end-to-end-krypterede og bruges <b>ikke</b> til at træne AI'en. Det, du sender til Meta AI (den blå-lyserøde cirkel eller @Meta AI kaldt ind i en gruppe), er ikke end-to-end-krypteret og kan blive brugt. Meta AI kan ikke slås fra i WhatsApp, kun lades ubrugt. I juni 2025 sagde Meta, at virksomheden på det tidspunkt ikke brugte WhatsApp-chats med Meta AI til træning.

    <b>For en sikkerheds skyld en webformular.</b> WhatsApps privatlivspolitik henviser til den for indsigelser generelt; den er ikke en AI-kontakt, og forbrugerorganisationer siger, at WhatsApp ikke har sin egen officielle indsigelsesmulighed for AI.
    1. Tryk på knappen nedenfor (eller find formularen om den registreredes rettigheder blandt de juridiske links på whatsapp.com).
    2. Vælg muligheden for at gøre indsigelse mod behandlingen af dine oplysninger.
    3. Angiv dit telefonnummer med landekode og din e-mailadresse.
    4. Hvis den spørger hvorfor, så indsæt brevet fra /template.
    5. Send formularen. WhatsApp svarer via e-mail; gem svaret.
