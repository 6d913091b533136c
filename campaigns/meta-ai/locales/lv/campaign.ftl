## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Iebilstiet pret to, ka Meta ar jūsu saturu apmāca savu MI
intro =
    Meta apmāca savu mākslīgo intelektu (MI) ar ES pieaugušo lietotāju publiskajiem ierakstiem, fotoattēliem, attēlu parakstiem un komentāriem, kā arī ar to, ko cilvēki sūta Meta AI. VDAR (21. pants) dod jums tiesības iebilst. Katrai platformai pietiek ar pāris minūtēm.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Iebilst varat jebkurā laikā, un jūsu iebildums ir spēkā no dienas, kad to iesniedzat. Meta apmāca savu MI ar pieaugušo publiskajiem ierakstiem, fotoattēliem un komentāriem un ar sarunām ar Meta AI (sākums: <b>{ $date }</b>); tās 2026. gada jūlija ES privātuma politikā šī izmantošana joprojām minēta. To, kas jau izmantots, no apmācītiem modeļiem izņemt nevar.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Datums, no kura Meta sāks izmantot saturu: <b>{ $date }</b>. Atlikušais laiks: <b>{ $left }</b>. Iebildums ir spēkā no dienas, kad tas iesniegts, tāpēc, ja to iesniedzat pirms šī datuma, tas būs spēkā jau pirms apmācības sākuma.
deadline-after = ✅ Iebilst joprojām varat: jūsu iebildums ir spēkā no dienas, kad to iesniedzat. Meta apmāca savu MI ar lietotāju saturu (sākums: <b>{ $date }</b>); to, kas jau izmantots, no apmācītiem modeļiem izņemt nevar.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Atgādinājums:</b> līdz datumam <b>{ $date }</b> vēl ir { $left }. Iebildums ir spēkā no dienas, kad tas iesniegts.

    Vēl jāizdara: { $platforms }.

    Pieskarieties platformai, lai redzētu, kas jādara. Jau izdarīts? Atzīmējiet to zem norādījumiem, un es par to vairs neatgādināšu.
nothing-left = Visas trīs platformas ir atzīmētas, tāpēc atgādinājums nav vajadzīgs. Paldies!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Nokopējiet zemāk esošo vēstuli (pieskarieties tai, lai nokopētu) un ielīmējiet to veidlapas laukā <i>iemesls</i> vai WhatsApp veidlapā, ja tā jautā, kāpēc. Rindkopa ar iemeslu nav obligāta: atstājiet to, uzrakstiet savu vai izdzēsiet.
letter-body =
    Godātās dāmas un godātie kungi!

    Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. panta 1. punktu es ar manu konkrēto situāciju saistītu iemeslu dēļ iebilstu pret to, ka Meta un tās partneri apstrādā manus personas datus mākslīgā intelekta izstrādei un apmācībai. Tas attiecas uz maniem ierakstiem, fotoattēliem, attēlu parakstiem, komentāriem un jebkuru citu ar manu kontu saistītu saturu, kā arī uz manu mijiedarbību ar Meta AI.

    Šo saturu nekopīgoju tādēļ, lai ar to apmācītu MI, un vēlos saglabāt kontroli pār tā izmantošanu.

    Saskaņā ar VDAR 12. panta 3. punktu lūdzu viena mēneša laikā rakstiski apstiprināt, ka mans iebildums ir reģistrēts un tiek piemērots.

    Ar cieņu

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram un WhatsApp ir atzīmēti. Paldies!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā iebilst pret to, ka Meta ar jūsu ierakstiem apmāca savu MI.
    { $link }
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā iebilst pret to, ka Meta ar viņu ierakstiem, fotoattēliem un komentāriem apmāca savu MI.

    Ikviens šeit var izmantot /facebook, /instagram, /whatsapp un /template.
description = Meta apmāca savu mākslīgo intelektu ar ES pieaugušo publiskajiem ierakstiem, fotoattēliem un komentāriem, kā arī ar to, ko cilvēki sūta Meta AI. Šis bots soli pa solim un jūsu valodā parāda, kā iebilst vietnē Facebook un lietotnē Instagram un kas attiecas uz WhatsApp, un sniedz vēstuli, ko ielīmēt.
short-description = Iebilstiet pret to, ka Meta ar jūsu ierakstiem apmāca savu MI: norādījumi, veidlapas, vēstule.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Iebilduma vēstule Meta
letter-inline-desc = Gatava vēstule Meta veidlapām
letter-keywords = vēstule veidne paraugs iebildums meta
deadline-inline-title = Meta AI: pašreizējā situācija
deadline-inline-desc = Kopš kura laika Meta apmāca ar saturu un ko iebildums dara tagad
deadline-keywords = meta situācija datums

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Oficiālā veidlapa
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Meta lapa par MI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: kā iebilst vietnē Facebook
facebook-command = Iebildums vietnē Facebook
facebook-inline-title = Iebildums vietnē Facebook
facebook-inline-desc = Norādījumi un oficiālā veidlapa
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Iebildums vietnē Facebook</b>

    <b>Ātrākais veids:</b> pieskarieties <i>Oficiālā veidlapa</i> zemāk. Ja lapa to prasa, piesakieties tajā Facebook kontā. Ja šajā pārlūkā neesat pieteikušies, atveriet saiti savā ierastajā pārlūkā (⋯ → atvēršana pārlūkā) vai izpildiet norādījumus lietotnē.
    Veidlapā ievadiet sava konta e-pasta adresi; iemesla lauks nav obligāts (atstājiet to tukšu vai ielīmējiet vēstuli no /template). Tad nosūtiet.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <blockquote expandable><b>Lietotnē</b>
    1. Atveriet izvēlni un dodieties uz <i>Iestatījumi un konfidencialitāte</i> → <i>Konfidencialitātes centrs</i>.
    2. Atveriet <i>Konfidencialitātes tēmas</i> → tēmu par mākslīgo intelektu (<i>AI at Meta</i>).
    3. Izvēlieties iebilduma pieprasījuma iesniegšanu.
    4. Ievadiet sava konta e-pasta adresi. Iemesls nav obligāts.
    5. Nosūtiet veidlapu.</blockquote>

    <blockquote expandable><b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā. Kontam, kas nav saistīts vai kam ir cita e-pasta adrese, vajadzīgs atsevišķs iebildums.
    • Facebook lapas ar šo veidlapu iebilst nevar, to var tikai personīgie konti.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.
    • Meta ir pārvietojusi dažas savas saziņas veidlapas. Ja veidlapa neatveras, otrā poga ved uz Meta lapu par ģeneratīvo MI, kurā ir saite uz tiesībām iebilst.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Oficiālā veidlapa
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Meta lapa par MI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: kā iebilst lietotnē Instagram
instagram-command = Iebildums lietotnē Instagram
instagram-inline-title = Iebildums lietotnē Instagram
instagram-inline-desc = Norādījumi un oficiālā veidlapa
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Iebildums lietotnē Instagram</b>

    <b>Ātrākais veids:</b> pieskarieties <i>Oficiālā veidlapa</i> zemāk. Ja lapa to prasa, piesakieties tajā Instagram kontā. Ja šajā pārlūkā neesat pieteikušies, atveriet saiti savā ierastajā pārlūkā (⋯ → atvēršana pārlūkā) vai izpildiet norādījumus lietotnē.
    Ja veidlapa jautā, vai jūsu pieprasījums attiecas uz MI uzņēmumā Meta (<i>AI at Meta</i>), izvēlieties <b>Jā</b> (<i>Yes</i>). Ievadiet sava konta e-pasta adresi; iemesla lauks nav obligāts (atstājiet to tukšu vai ielīmējiet vēstuli no /template). Tad nosūtiet.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <blockquote expandable><b>Lietotnē</b>
    1. Atveriet savu profilu un pieskarieties izvēlnei ☰ (<i>Settings and activity</i>).
    2. Šajā izvēlnē atrodiet konfidencialitātes centru (<i>Privacy Center</i>; dažās versijās sadaļā <i>About</i> → <i>Privacy Policy</i>).
    3. Atrodiet tiesības iebilst (<i>Right to object</i>) un atveriet veidlapu.
    4. Ja tā jautā, vai pieprasījums attiecas uz MI uzņēmumā Meta, izvēlieties <i>Yes</i>.
    5. Ievadiet sava konta e-pasta adresi. Iemesls nav obligāts.
    6. Nosūtiet veidlapu.</blockquote>

    <blockquote expandable><b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā, arī uz Facebook. Kontiem, kas nav saistīti, vajadzīgs atsevišķs iebildums.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.
    • Meta ir pārvietojusi dažas savas saziņas veidlapas. Ja veidlapa neatveras, otrā poga ved uz Meta lapu par ģeneratīvo MI, kurā ir saite uz tiesībām iebilst.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApp veidlapa
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: izdarīts
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp un Meta AI: kas tiek izmantots un veidlapa piesardzības pēc
whatsapp-command = WhatsApp un Meta AI
whatsapp-inline-title = WhatsApp un Meta AI
whatsapp-inline-desc = Kas tiek izmantots un veidlapa piesardzības pēc
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp un Meta AI</b>

    WhatsApp nav ne slēdža, ne sava iebilduma iestatījuma attiecībā uz Meta AI. <b>Drošākā aizsardzība: nesūtiet Meta AI neko.</b>
    • Grupā jebkurš dalībnieks var izsaukt @Meta AI. Sarunas papildu privātums (<i>Advanced chat privacy</i>; pieskarieties sarunas nosaukumam) var liegt dalībniekiem šajā sarunā izmantot Meta AI. Avoti par to nav vienisprātis, tāpēc pārbaudiet, vai jūsu lietotne to piedāvā.

    <b>Kas tiek izmantots:</b> jūsu privātās sarunas ir pilnīgi šifrētas un MI apmācībai <b>netiek</b> izmantotas. Tas, ko sūtāt Meta AI (zili rozā aplis vai grupā izsaukts @Meta AI), nav pilnīgi šifrēts un var tikt izmantots. Meta AI lietotnē WhatsApp nevar izslēgt, to var tikai neizmantot. 2025. gada jūnijā Meta paziņoja, ka tobrīd neizmantoja WhatsApp sarunas ar Meta AI apmācībai.

    <b>Piesardzības pēc – tīmekļa veidlapa.</b> WhatsApp privātuma politika uz to norāda iebildumiem kopumā; tā nav MI slēdzis, un patērētāju tiesību organizācijas norāda, ka WhatsApp nav savas oficiālas iebilduma procedūras attiecībā uz MI.
    1. Pieskarieties pogai zemāk (vai starp whatsapp.com juridiskajām saitēm atrodiet veidlapu par datu subjekta tiesībām).
    2. Izvēlieties iespēju iebilst pret jūsu informācijas apstrādi.
    3. Ievadiet savu tālruņa numuru ar valsts kodu un savu e-pasta adresi.
    4. Ja tā jautā, kāpēc, ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu. WhatsApp atbild e-pastā; saglabājiet šo atbildi.
