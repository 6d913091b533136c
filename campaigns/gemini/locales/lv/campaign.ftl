## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Izslēdziet Google MI apmācību ar jūsu Gemini sarunām
intro =
    Kamēr darbību iestatījums (<i>Keep Activity</i>) ir ieslēgts, Google to, ko rakstāt, augšupielādējat un kopīgojat Gemini, izmanto savu produktu uzlabošanai un savu MI modeļu apmācībai, un cilvēki vērtētāji izlasa daļu sarunu. Izslēgšana aizņem minūti; VDAR jums dod arī tiesības iebilst.

## Where things stand (no `started`, so no $date).
standing = ✅ Darbību iestatījumu (<i>Keep Activity</i>) varat izslēgt jebkurā laikā, un tas ir spēkā no tā brīža; tas nav atkarīgs no neviena datuma. Kad tas ir izslēgts, Google norāda, ka jaunās sarunas glabā 72 stundas un neizmanto apmācībai, ja vien nenosūtāt atsauksmi.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Google VDAR iebilduma pieprasījumam (otrā poga pie /gemini): nokopējiet zemāk esošo vēstuli (pieskarieties tai, lai nokopētu) un ielīmējiet to vietā, kur veidlapa lūdz aprakstīt jūsu pieprasījumu. Rindkopa ar iemeslu nav obligāta: atstājiet to, uzrakstiet savu vai izdzēsiet.
letter-body =
    Godātās dāmas un godātie kungi!

    Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. panta 1. punktu es ar manu konkrēto situāciju saistītu iemeslu dēļ iebilstu pret to, ka Google apstrādā manas sarunas ar Gemini, manis augšupielādētos failus un ar Gemini lietotnēm kopīgoto saturu mākslīgā intelekta modeļu izstrādei un apmācībai.

    Gemini izmantoju saviem nolūkiem, nevis tādēļ, lai ar šo saturu apmācītu MI, un vēlos saglabāt kontroli pār tā izmantošanu.

    Saskaņā ar VDAR 12. panta 3. punktu lūdzu viena mēneša laikā rakstiski apstiprināt, ka mans iebildums ir reģistrēts un tiek piemērots.

    Ar cieņu

# When the setting is ticked off as turned off.
all-done = ✅ Atzīmēts: Gemini darbību iestatījums ir izslēgts. Paldies!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā izslēgt Google MI apmācību ar jūsu Gemini sarunām.
    { $link }
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā izslēgt Google MI apmācību ar viņu Gemini sarunām un kā pret to iebilst.

    Ikviens šeit var izmantot /gemini un /template.
description = Kamēr darbību iestatījums (Keep Activity) ir ieslēgts, Google ar Gemini sarunām apmāca savus MI modeļus. Šis bots jūsu valodā parāda, kā to izslēgt un kā iebilst saskaņā ar VDAR, un sniedz vēstuli, ko ielīmēt.
short-description = Izslēdziet Google MI apmācību ar jūsu Gemini sarunām: iestatījums un vēstule.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Iebilduma vēstule Google
letter-inline-desc = Gatava vēstule Google VDAR iebilduma pieprasījumam
letter-keywords = vēstule veidne paraugs google gemini
deadline-inline-title = Gemini un MI apmācība: pašreizējā situācija
deadline-inline-desc = Ko dara iestatījums un kas notiek ar jūsu sarunām
deadline-keywords = gemini google situācija

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Gemini darbības
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 VDAR iebildums
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: izslēdziet Google MI apmācību ar jūsu Gemini sarunām
gemini-command = Izslēgt MI apmācību ar jūsu Gemini sarunām
gemini-inline-title = Izslēgt MI apmācību ar Gemini sarunām
gemini-inline-desc = Iestatījums un Google iebilduma pieprasījums
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: izslēdziet darbību iestatījumu (<i>Keep Activity</i>)</b>

    <b>Ātrākais veids:</b> pieskarieties <i>Gemini darbības</i> zemāk, ja prasa, piesakieties Google un izslēdziet darbību iestatījumu (<i>Keep Activity</i>; tas vēl var saukties <i>Gemini Apps Activity</i>). Varat arī izvēlēties to izslēgt un dzēst savas darbības.

    <b>Gemini lietotnē:</b> jūsu profila attēls → <i>Gemini Apps Activity</i> vai <i>Keep Activity</i> → izslēgt.
    <b>Datorā:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → izslēgt.

    <b>Pēc tam:</b> apstiprinājums nepienāk; lapā iestatījums redzams kā izslēgts.

    <blockquote expandable><b>Der zināt</b>
    • Kad tas ir izslēgts, Google norāda, ka jaunās sarunas glabā 72 stundas un neizmanto apmācībai, ja vien nenosūtāt atsauksmi. Arī pagaidu sarunas netiek izmantotas.
    • Tas ir spēkā no tā brīža.
    • Varat arī iebilst saskaņā ar VDAR: otrā poga atver Google juridisko pieprasījumu veidlapu (lietotnē: zem atbildes <i>More</i> → <i>Report legal issue</i>). Tajā jāapraksta apstrāde: /template sniedz jums vēstuli.
    • Google 2025. gada novembrī paziņoja, ka neizmanto Gmail saturu Gemini apmācībai.</blockquote>
