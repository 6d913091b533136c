## objection-bot: latviešu teksti.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Latviešu

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
## Nominative, as in the full date "2025. gada 27. maijs"; sentences put the date after a colon or in brackets.
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
date-format = { $year }. gada { $day }. { $month }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date }, plkst. { $time } ({ $zone })

## Time left, with plural forms (nominative: "Atlikušais laiks: 3 dienas", "jums vēl ir 1 stunda").
left-days = { $count ->
    [zero] { $count } dienas
    [one] { $count } diena
   *[other] { $count } dienas
}
left-hours = { $count ->
    [zero] { $count } stundas
    [one] { $count } stunda
   *[other] { $count } stundas
}
left-minutes = { $count ->
    [zero] { $count } minūtes
    [one] { $count } minūte
   *[other] { $count } minūtes
}

## Buttons (short: they must fit on a phone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Iebilduma vēstule
btn-remind = 🔔 Atgādināt man
btn-language = 🌐 Valoda
btn-share = 📣 Kopīgot
btn-menu = ↩️ Izvēlne
btn-deadline = ⏳ Termiņš
btn-status = ✅ Mans saraksts
btn-open-form = 📝 Atvērt oficiālo { $platform } veidlapu
btn-mark-done = ☑️ Iebildums iesniegts: { $platform }
btn-mark-undone = ↩️ Tomēr nav izdarīts: { $platform }

## /start
start-text =
    <b>Sargājiet savu saturu no Meta mākslīgā intelekta</b>

    Meta izmanto ES pieaugušo lietotāju publiskos ierakstus, fotoattēlus, parakstus un komentārus, kā arī to, ko cilvēki sūta Meta AI, lai apmācītu savu mākslīgo intelektu (MI). VDAR (21. pants) dod jums tiesības iebilst. Katrai platformai pietiek ar pāris minūtēm.

    { $deadline }

    Izvēlieties platformu, lai redzētu, kas jādara:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Datums, no kura Meta izmantos jūsu saturu: <b>{ $date }</b>. Atlikušais laiks: <b>{ $left }</b>. Ja iebilstat pirms šī datuma, jūsu jau publicētie ieraksti apmācībā netiks izmantoti.
deadline-after = ℹ️ Meta jau apmāca savu MI ar lietotāju saturu (sākums: <b>{ $date }</b>). Iebilst joprojām var: iebildums ir spēkā no dienas, kad to iesniedzat, tāpēc tas, ko publicējat pēc tam, apmācībā netiek izmantots. Jau izmantoto saturu atpakaļ paņemt nevar.

## Platform steps
facebook-text =
    <b>Iebildums vietnē Facebook</b>

    <b>Ātrākais veids:</b> pieskarieties pogai zemāk, lai atvērtu Meta oficiālo veidlapu savā kontā.

    <b>Lietotnē:</b>
    1. Atveriet izvēlni un dodieties uz <i>Iestatījumi un konfidencialitāte</i> → <i>Konfidencialitātes centrs</i>.
    2. Atveriet <i>Konfidencialitātes tēmas</i> → <i>MI uzņēmumā Meta</i>.
    3. Izvēlieties <i>Iesniegt iebilduma pieprasījumu</i>.
    4. Ievadiet sava konta e-pasta adresi. Iemesla lauks nav obligāts: atstājiet to tukšu vai ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā. Kontam, kas nav saistīts vai kam ir cita e-pasta adrese, vajadzīgs atsevišķs iebildums.
    • Facebook lapas ar šo veidlapu iebilst nevar, to var tikai personīgie konti.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.
instagram-text =
    <b>Iebildums lietotnē Instagram</b>

    <b>Ātrākais veids:</b> pieskarieties pogai zemāk, lai atvērtu Meta oficiālo veidlapu savā kontā.

    <b>Lietotnē:</b>
    1. Atveriet savu profilu un pieskarieties izvēlnei ☰.
    2. Atveriet <i>Iestatījumi un konfidencialitāte</i> → <i>Konfidencialitātes centrs</i> (vai <i>Par</i> → <i>Konfidencialitātes politika</i>).
    3. Atrodiet <i>Tiesības iebilst</i> un atveriet veidlapu.
    4. Ievadiet sava konta e-pasta adresi. Iemesla lauks nav obligāts: atstājiet to tukšu vai ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu.

    <b>Pēc tam:</b> Meta apstiprina e-pastā vai ekrānā. Saglabājiet šo apstiprinājumu.

    <b>Der zināt</b>
    • Iemesls nav jānorāda.
    • Viens iebildums attiecas uz visiem kontiem, kas saistīti vienā un tajā pašā Kontu centrā, arī uz Facebook. Kontiem, kas nav saistīti, vajadzīgs atsevišķs iebildums.
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.
whatsapp-text =
    <b>Iebildums lietotnē WhatsApp</b>

    Jūsu privātās sarunas MI apmācībai <b>netiek</b> izmantotas. Var tikt izmantots tas, ko sūtāt Meta AI (zili rozā aplis lietotnē).

    <b>Kā rīkoties:</b> lietotnē šāda iestatījuma nav; iebildumu iesniedz tīmekļa veidlapā.
    1. Pieskarieties pogai zemāk (vai atveriet whatsapp.com → <i>Juridiskā informācija</i> → veidlapa <i>Datu subjekta tiesības</i>).
    2. Izvēlieties iespējas, ar kurām iebilst pret jūsu datu izmantošanu MI vajadzībām.
    3. Ievadiet savu tālruņa numuru ar valsts kodu un savu e-pasta adresi.
    4. Ja tiek jautāts iemesls, ielīmējiet vēstuli no /template.
    5. Nosūtiet veidlapu.

    <b>Pēc tam:</b> WhatsApp atbild e-pastā. Saglabājiet šo atbildi.

    <b>Der zināt</b>
    • Iebildāt jau 2024. gadā? Drošības labad dariet to vēlreiz.

## /template
letter-intro = Nokopējiet zemāk esošo vēstuli (pieskarieties tai, lai nokopētu) un ielīmējiet to veidlapas laukā <i>iemesls</i> vai WhatsApp veidlapā, ja tajā tiek jautāts iemesls.
letter-body =
    Labdien!

    Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. pantu es iebilstu pret savu personas datu apstrādi mākslīgā intelekta izstrādei un apmācībai, ko veic Meta un tās partneri. Tas attiecas uz maniem ierakstiem, fotoattēliem, komentāriem un jebkuriem citiem personas vai publiskiem datiem, kas saistīti ar manu kontu.

    Lūdzu, rakstiski apstipriniet, ka mans iebildums ir reģistrēts un tiek piemērots.

    Paldies.

## /language
language-choose = Izvēlieties, kādā valodā man rakstīt šajā sarunā:
language-set = Darīts: šeit runāšu latviski.

## /help
help-text =
    <b>Ko es varu</b>
    /facebook: kā iebilst vietnē Facebook
    /instagram: kā iebilst lietotnē Instagram
    /whatsapp: kā iebilst lietotnē WhatsApp
    /template: vēstule, ko ielīmēt veidlapās
    /deadline: termiņš un pašreizējā situācija
    /remind: atgādinājumi pirms termiņa
    /stop: vairs nekādu atgādinājumu
    /status: jūsu saraksts un nākamais atgādinājums
    /language: mainīt valodu
    /share: saite, ko nodot tālāk
    /privacy: ko es glabāju par jums
    /forget: dzēst visu, ko glabāju par šo sarunu

    Jebkurā sarunā varat arī ierakstīt @{ $bot }, lai tur publicētu kartīti.

## /privacy and /forget
privacy-text =
    <b>Ko es glabāju</b>
    • Šīs sarunas numuru, izvēlēto valodu, to, vai vēlaties atgādinājumus, kuras platformas ir atzīmētas kā paveiktas, un kuri atgādinājumi jau nosūtīti, lai neviens nesaņemtu vienu un to pašu divreiz.
    • Neko citu: ne vārdus, ne lietotājvārdus, ne tālruņa numurus, ne ziņu tekstu.

    <b>Cik ilgi</b>
    Līdz brīdim, kad nosūtīsiet /forget, bloķēsiet mani vai izņemsiet mani no grupas. Tad viss tiek nekavējoties dzēsts.

    /forget tūlīt dzēš visu par šo sarunu.
forget-done = Darīts: viss, ko glabāju par šo sarunu, ir dzēsts. Nosūtiet /start jebkurā laikā, lai sāktu no jauna.

## Anything else
unknown-text = Es saprotu tikai komandas. Nosūtiet /help, lai tās redzētu.
stale-button = Šī poga vairs nedarbojas. Nosūtiet /start, lai saņemtu jaunu izvēlni.
error-text = Manā pusē kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz pēc minūtes.

## Reminders
remind-on = 🔔 Atgādinājumi ieslēgti. Nākamais atgādinājums: <b>{ $when }</b>.
remind-on-no-wave = 🔔 Atgādinājumi ieslēgti, taču līdz termiņam (<b>{ $date }</b>) vairs nav neviena atgādinājuma. Labāk rīkojieties tūlīt.
remind-already = 🔔 Atgādinājumi jau ir ieslēgti. Nākamais atgādinājums: <b>{ $when }</b>.
remind-after-deadline = Termiņš (<b>{ $date }</b>) ir pagājis, tāpēc vairs nav par ko atgādināt. Iebilst tomēr ir vērts: tas aizsargā to, ko publicējat, sākot ar dienu, kad iebildumu iesniedzat.
remind-nothing-left = Visas trīs platformas ir atzīmētas, tāpēc atgādinājums nav vajadzīgs. Paldies!
stop-done = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos atkal ieslēgtu.
stop-not-subscribed = Atgādinājumi nebija ieslēgti. Nosūtiet /remind, lai tos ieslēgtu.
reminder-text =
    🔔 <b>Atgādinājums:</b> jums vēl ir { $left }, lai iebilstu, pirms Meta sāks izmantot jūsu saturu (<b>{ $date }</b>).

    Vēl jāizdara: { $platforms }.

    Pieskarieties platformai, lai redzētu, kas jādara. Jau izdarīts? Atzīmējiet to zem norādījumiem, un es par to vairs neatgādināšu.
all-done-text = ✅ Iebildums iesniegts visās trīs platformās. Paldies! Vairs nesūtīšu atgādinājumus.

## /status
status-title = <b>Jūsu saraksts</b>
status-done = ✅ { $platform }: iebildums iesniegts
status-open = ⬜ { $platform }: vēl jāizdara
status-subscribed = 🔔 Atgādinājumi ieslēgti. Nākamais: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Atgādinājumi ieslēgti; līdz termiņam vairs nav neviena.
status-not-subscribed = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos ieslēgtu.
marked-done = Atzīmēts: { $platform } – izdarīts.
marked-undone = Atzīmēts: { $platform } – vēl jāizdara.

## Groups
admin-only = To var izdarīt tikai šīs grupas administrators.
group-intro =
    Sveiki! Es palīdzu cilvēkiem ES panākt, lai Meta neapmāca savu mākslīgo intelektu ar viņu ierakstiem, fotoattēliem un komentāriem.

    Ikviens šeit var izmantot /facebook, /instagram, /whatsapp un /template. Administrators ar /remind var ieslēgt atgādinājumus grupai.

## Sharing and inline mode
share-text =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā panākt, lai Meta neapmāca savu MI ar jūsu ierakstiem.
    { $link }
inline-facebook-title = Iebildums vietnē Facebook
inline-facebook-desc = Norādījumi un oficiālā veidlapa
inline-instagram-title = Iebildums lietotnē Instagram
inline-instagram-desc = Norādījumi un oficiālā veidlapa
inline-whatsapp-title = Iebildums lietotnē WhatsApp
inline-whatsapp-desc = Sarunas ar Meta AI: norādījumi un veidlapa
inline-letter-title = Iebilduma vēstule
inline-letter-desc = Gatava vēstule, ko ielīmēt veidlapās
inline-deadline-title = Termiņš
inline-deadline-desc = Pašreizējā situācija un kāpēc joprojām ir vērts iebilst
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = vēstule veidne paraugs iebildums
inline-deadline-keywords = termiņš datums laiks

## Command menu (each at most 256 characters)
cmd-start = Sāciet šeit
cmd-facebook = Iebildums vietnē Facebook
cmd-instagram = Iebildums lietotnē Instagram
cmd-whatsapp = Iebildums lietotnē WhatsApp (Meta AI)
cmd-template = Vēstule, ko ielīmēt veidlapās
cmd-deadline = Termiņš un pašreizējā situācija
cmd-remind = Atgādinājumi pirms termiņa
cmd-stop = Vairs nekādu atgādinājumu
cmd-status = Jūsu saraksts
cmd-language = Mainīt valodu
cmd-share = Saite, ko nodot tālāk
cmd-help = Visas komandas
cmd-privacy = Ko bots glabā
cmd-forget = Dzēst visu, kas saglabāts par šo sarunu

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta apmāca savu mākslīgo intelektu ar ES pieaugušo publiskajiem ierakstiem, fotoattēliem un komentāriem. Šis bots soli pa solim un jūsu valodā parāda, kā iebilst vietnē Facebook un lietotnēs Instagram un WhatsApp, sniedz vēstuli, ko ielīmēt, un atgādina pirms termiņa beigām.
bot-short-description = Panāciet, lai Meta neapmāca savu MI ar jūsu ierakstiem: norādījumi, veidlapas, vēstule.
