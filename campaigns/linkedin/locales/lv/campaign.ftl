## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Izslēdziet LinkedIn MI apmācību ar jūsu datiem
intro =
    LinkedIn ar ES dalībnieku profiliem, ierakstiem, komentāriem un viņu sarunām ar LinkedIn MI funkcijām apmāca MI, kas raksta saturu. Privātās ziņas netiek izmantotas. Iestatījums, kas ir ieslēgts, līdz jūs to izslēdzat, ļauj no tā atteikties; tas aizņem minūti.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Izslēgt to varat jebkurā laikā, un tas ir spēkā no tā brīža. LinkedIn izmanto ES dalībnieku datus MI apmācībai (sākums: <b>{ $date }</b>); jau apmācītie modeļi netiek mainīti.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Atzīmēts: LinkedIn iestatījums ir izslēgts. Paldies!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā izslēgt LinkedIn MI apmācību ar jūsu datiem.
    { $link }
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā izslēgt LinkedIn MI apmācību ar viņu profilu un ierakstiem.

    Ikviens šeit var izmantot /linkedin.
description = LinkedIn ar ES dalībnieku profiliem, ierakstiem un MI sarunām apmāca MI, kas raksta saturu. Šis bots jūsu valodā parāda, kur ir iestatījums un kā to izslēgt.
short-description = Izslēdziet LinkedIn MI apmācību ar jūsu datiem: kur ir iestatījums.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn un MI: pašreizējā situācija
deadline-inline-desc = Kopš kura laika LinkedIn apmāca ar dalībnieku datiem un ko dara iestatījums
deadline-keywords = linkedin situācija

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Atvērt iestatījumu
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Iebildums, citi nolūki
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: izslēdziet LinkedIn MI apmācību ar jūsu datiem
linkedin-command = Izslēgt LinkedIn MI apmācību
linkedin-inline-title = Izslēgt LinkedIn MI apmācību
linkedin-inline-desc = Kur ir iestatījums tālrunī un datorā
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Izslēgt LinkedIn MI apmācību</b>

    <b>Ātrākais veids:</b> pieskarieties <i>Atvērt iestatījumu</i> zemāk un, ja prasa, piesakieties LinkedIn. Lapā <i>Data for Generative AI Improvement</i> izslēdziet slēdzi.

    <b>Tālrunī:</b> jūsu profila attēls → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → izslēgt.
    <b>Datorā:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → izslēgt.

    <b>Pēc tam:</b> apstiprinājums nepienāk. Pārlādējiet lapu: slēdzim jābūt izslēgtam.

    <blockquote expandable><b>Der zināt</b>
    • Kas tiek izmantots: jūsu profils (vārds, fotoattēls, amati, izglītība, prasmes, ieteikumi), jūsu ieraksti, raksti, komentāri un aptaujas, darbības grupās, saglabātie CV un atbildes uz atlases jautājumiem, kā arī sarunas ar LinkedIn MI funkcijām. Privātās ziņas netiek izmantotas.
    • Slēdzis ir spēkā no tā brīža; jau apmācītie modeļi netiek mainīti.
    • Nīderlandes datu aizsardzības iestāde norādīja, ka var tikt izmantoti dati pat no 2003. gada.
    • Citiem jūsu datu izmantošanas veidiem (piemēram, MI uzticēšanās un drošības nolūkiem vai produktu uzlabošanai) LinkedIn privātuma paziņojumā piedāvāta iebilduma veidlapa: tā ir otrā poga.</blockquote>
