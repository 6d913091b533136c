## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Slå LinkedIns brug af dine data til at træne AI fra
intro =
    LinkedIn bruger profiler, opslag og kommentarer fra medlemmer i EU og deres chats med LinkedIns AI-funktioner til at træne AI, der skriver indhold. Private beskeder bruges ikke. En indstilling, der er slået til, indtil du slår den fra, lader dig fravælge det; det tager et minut.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Du kan slå den fra når som helst, og det gælder fra da af. LinkedIn har brugt data fra medlemmer i EU til at træne AI siden den <b>{ $date }</b>; modeller, der allerede er trænet, ændres ikke.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Krydset af: LinkedIns indstilling er slået fra. Tak!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du slår LinkedIns brug af dine data til at træne AI fra.
    { $link }
group-intro =
    Hej! Jeg viser folk i EU, hvordan de slår LinkedIns brug af deres profil og opslag til at træne AI fra.

    Alle her kan bruge /linkedin.
description = LinkedIn bruger profiler, opslag og AI-chats fra medlemmer i EU til at træne AI, der skriver indhold. Denne bot viser dig på dit eget sprog, hvor indstillingen er, og hvordan du slår den fra.
short-description = Slå LinkedIns brug af dine data til at træne AI fra: hvor indstillingen er.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn og AI: status lige nu
deadline-inline-desc = Siden hvornår LinkedIn træner på medlemmernes data, og hvad indstillingen gør
deadline-keywords = linkedin status siden

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Åbn indstillingen
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Indsigelse, anden brug
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: slå LinkedIns AI-træning på dine data fra
linkedin-command = Slå LinkedIns AI-træning fra
linkedin-inline-title = Slå LinkedIns AI-træning fra
linkedin-inline-desc = Hvor indstillingen er, på mobilen og på computeren
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Slå LinkedIns AI-træning fra</b>

    <b>Hurtigst:</b> Tryk på <i>Åbn indstillingen</i> nedenfor, og log ind på LinkedIn, hvis du bliver bedt om det. På siden om data til forbedring af generativ AI (<i>Data for Generative AI Improvement</i>) slår du kontakten fra.

    <b>På mobilen:</b> dit profilbillede → <i>Indstillinger</i> → databeskyttelse (<i>Data privacy</i>) → <i>Data for Generative AI Improvement</i> → slå fra.
    <b>På computeren:</b> <i>Mig</i> (<i>Me</i>) → indstillinger og privatliv (<i>Settings &amp; Privacy</i>) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → slå fra.

    <b>Bagefter:</b> Der kommer ingen bekræftelse. Genindlæs siden: Kontakten skal stå som slået fra.

    <blockquote expandable><b>Godt at vide</b>
    • Hvad der bruges: din profil (navn, billede, stillinger, uddannelse, kompetencer, anbefalinger), dine opslag, artikler, kommentarer og afstemninger, din aktivitet i grupper, gemte cv'er og svar på screeningsspørgsmål samt chats med LinkedIns AI-funktioner. Private beskeder bruges ikke.
    • Kontakten gælder fra da af; modeller, der allerede er trænet, ændres ikke.
    • Den nederlandske databeskyttelsesmyndighed har sagt, at data helt tilbage fra 2003 kan blive brugt.
    • Til anden brug af dine data (for eksempel AI til tillid og sikkerhed eller produktforbedring) tilbyder LinkedIns privatlivsmeddelelse en indsigelsesformular: Det er den anden knap.</blockquote>
