## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Iebilstiet pret to, ka Meta izmanto jūsu saturu sava MI apmācībai
intro =
    Meta izmanto ES pieaugušo lietotāju publiskos ierakstus, fotoattēlus, attēlu parakstus un komentārus, kā arī to, ko cilvēki sūta Meta AI, lai apmācītu savu mākslīgo intelektu (MI). VDAR (21. pants) dod jums tiesības iebilst. Katrai platformai pietiek ar pāris minūtēm.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Datums, no kura Meta sāks izmantot saturu: <b>{ $date }</b>. Atlikušais laiks: <b>{ $left }</b>. Iebildums ir spēkā no dienas, kad tas iesniegts, tāpēc, ja to iesniedzat pirms šī datuma, tas būs spēkā jau pirms apmācības sākuma.
deadline-after = ℹ️ Meta jau apmāca savu MI ar lietotāju saturu (sākums: <b>{ $date }</b>). Iebilst joprojām var: jūsu iebildums ir spēkā no dienas, kad to iesniedzat. Jau izmantoto saturu no jau apmācītiem modeļiem izņemt nevar.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Nokopējiet zemāk esošo vēstuli (pieskarieties tai, lai nokopētu) un ielīmējiet to veidlapas laukā <i>iemesls</i> vai WhatsApp veidlapā, ja tajā tiek prasīts iemesls.
letter-body =
    Godātās dāmas un godātie kungi!

    Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. panta 1. punktu es iebilstu pret to, ka Meta un tās partneri apstrādā manus personas datus mākslīgā intelekta izstrādei un apmācībai. Tas attiecas uz maniem ierakstiem, fotoattēliem, attēlu parakstiem, komentāriem un jebkuru citu ar manu kontu saistītu saturu, kā arī uz manu mijiedarbību ar Meta AI.

    Saskaņā ar VDAR 12. panta 3. punktu lūdzu viena mēneša laikā rakstiski apstiprināt, ka mans iebildums ir reģistrēts un tiek piemērots.

    Ar cieņu

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Atgādinājums:</b> līdz termiņam (<b>{ $date }</b>) jums vēl ir { $left }. Iebildums ir spēkā no dienas, kad tas iesniegts.

    Vēl jāizdara: { $platforms }.

    Pieskarieties platformai, lai redzētu, kas jādara. Jau izdarīts? Atzīmējiet to zem norādījumiem, un es par to vairs neatgādināšu.
# When every platform of this campaign is ticked off.
all-done = ✅ Iebildums iesniegts visās trīs platformās. Paldies! Vairs nesūtīšu atgādinājumus.
nothing-left = Visas trīs platformas ir atzīmētas, tāpēc atgādinājums nav vajadzīgs. Paldies!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā iebilst pret to, ka Meta izmanto jūsu ierakstus sava MI apmācībai.
    { $link }
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā iebilst pret to, ka Meta izmanto viņu ierakstus, fotoattēlus un komentārus sava mākslīgā intelekta apmācībai.

    Ikviens šeit var izmantot /facebook, /instagram, /whatsapp un /template.
description = Meta apmāca savu mākslīgo intelektu ar ES pieaugušo publiskajiem ierakstiem, fotoattēliem un komentāriem, kā arī ar to, ko cilvēki sūta Meta AI. Šis bots soli pa solim un jūsu valodā parāda, kā iebilst vietnē Facebook un lietotnē Instagram un kas attiecas uz WhatsApp, un sniedz vēstuli, ko ielīmēt. Kad tuvojas termiņš, tas var jums par to atgādināt.
short-description = Iebilstiet pret to, ka Meta izmanto jūsu ierakstus sava MI apmācībai: norādījumi, veidlapas, vēstule.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Iebilduma vēstule
letter-inline-desc = Gatava vēstule, ko ielīmēt veidlapās
letter-keywords = vēstule veidne paraugs iebildums
deadline-inline-title = Termiņš
deadline-inline-desc = Pašreizējā situācija un ko iebildums nozīmē tagad
deadline-keywords = termiņš datums laiks

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Oficiālā veidlapa (ja prasa, piesakieties Facebook kontā)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: kā iebilst vietnē Facebook
facebook-command = Iebildums vietnē Facebook
facebook-inline-title = Iebildums vietnē Facebook
facebook-inline-desc = Norādījumi un oficiālā veidlapa
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Iebildums vietnē Facebook</b>

    <b>Ātrākais veids:</b> pieskarieties pogai zemāk, lai atvērtu Meta oficiālo veidlapu. Ja lapa to prasa, vispirms tajā piesakieties savā Facebook kontā.

    <b>Lietotnē:</b>
    1. Atveriet izvēlni un dodieties uz <i>Iestatījumi un konfidencialitāte</i> → <i>Konfidencialitātes centrs</i>.
    2. Atveriet <i>Konfidencialitātes tēmas</i> → tēmu par mākslīgo intelektu (<i>MI uzņēmumā Meta</i>).
    3. Izvēlieties <i>Iesniegt iebilduma pieprasījumu</i>.
    4. Ievadiet sava konta e-pasta adresi. Iemesla lauks nav obligāts: atstājiet to tukšu vai ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā. Kontam, kas nav saistīts vai kam ir cita e-pasta adrese, vajadzīgs atsevišķs iebildums.
    • Facebook lapas ar šo veidlapu iebilst nevar, to var tikai personīgie konti.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Oficiālā veidlapa (ja prasa, piesakieties Instagram kontā)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: kā iebilst lietotnē Instagram
instagram-command = Iebildums lietotnē Instagram
instagram-inline-title = Iebildums lietotnē Instagram
instagram-inline-desc = Norādījumi un oficiālā veidlapa
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Iebildums lietotnē Instagram</b>

    <b>Ātrākais veids:</b> pieskarieties pogai zemāk, lai atvērtu Meta oficiālo veidlapu. Ja lapa to prasa, vispirms tajā piesakieties savā Instagram kontā.

    <b>Lietotnē:</b>
    1. Atveriet savu profilu un pieskarieties izvēlnei ☰ (tajā ir iestatījumi un jūsu aktivitāte).
    2. Šajā izvēlnē atrodiet <i>Konfidencialitātes centrs</i> (dažās versijās tas ir sadaļā <i>Par</i> → <i>Konfidencialitātes politika</i>).
    3. Atrodiet <i>Tiesības iebilst</i> un atveriet veidlapu.
    4. Ievadiet sava konta e-pasta adresi. Iemesla lauks nav obligāts: atstājiet to tukšu vai ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā, arī uz Facebook. Kontiem, kas nav saistīti, vajadzīgs atsevišķs iebildums.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Atvērt oficiālo WhatsApp veidlapu
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: kā iebilst lietotnē WhatsApp
whatsapp-command = WhatsApp un Meta AI
whatsapp-inline-title = Iebildums lietotnē WhatsApp
whatsapp-inline-desc = Sarunas ar Meta AI: kas tiek izmantots, un veidlapa
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp un Meta AI</b>

    Jūsu privātās sarunas ir pilnīgi šifrētas un MI apmācībai <b>netiek</b> izmantotas. Tas, ko sūtāt Meta AI (zili rozā aplis lietotnē vai @Meta AI, ko izsaucat grupas sarunā), nav pilnīgi šifrēts un var tikt izmantots.

    • Meta AI lietotnē WhatsApp nevar izslēgt; to var tikai neizmantot.
    • 2025. gada jūnijā Meta paziņoja, ka pašlaik neizmanto WhatsApp sarunas ar Meta AI apmācībai.
    • Lietotnē nav iestatījuma, ar ko iebilst, un patērētāju tiesību organizācijas norāda, ka WhatsApp šim nolūkam nav savas oficiālas iebilduma procedūras.

    <b>Drošākā aizsardzība:</b> nesūtiet Meta AI neko.

    <b>Piesardzības pēc – tīmekļa veidlapa:</b>
    1. Pieskarieties pogai zemāk (vai atveriet whatsapp.com → juridiskās informācijas saite lapas apakšā → veidlapa par datu subjekta tiesībām, lai kā tā pašlaik sauktos).
    2. Izvēlieties iespējas, ar kurām varat iebilst pret savu datu izmantošanu.
    3. Ievadiet savu tālruņa numuru ar valsts kodu un savu e-pasta adresi.
    4. Ja tiek prasīts iemesls, ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu. WhatsApp atbild e-pastā; saglabājiet šo atbildi.
