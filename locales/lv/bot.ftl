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
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Oficiālā veidlapa (ja prasa, piesakieties { $platform } kontā)
btn-mark-done = ☑️ Iebildums iesniegts: { $platform }
btn-mark-undone = ↩️ Tomēr nav izdarīts: { $platform }

## /start
start-text =
    <b>Iebilstiet pret to, ka Meta izmanto jūsu saturu sava MI apmācībai</b>

    Meta izmanto ES pieaugušo lietotāju publiskos ierakstus, fotoattēlus, attēlu parakstus un komentārus, kā arī to, ko cilvēki sūta Meta AI, lai apmācītu savu mākslīgo intelektu (MI). VDAR (21. pants) dod jums tiesības iebilst. Katrai platformai pietiek ar pāris minūtēm.

    { $deadline }

    Izvēlieties platformu, lai redzētu, kas jādara:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Datums, no kura Meta sāks izmantot saturu: <b>{ $date }</b>. Atlikušais laiks: <b>{ $left }</b>. Iebildums ir spēkā no dienas, kad tas iesniegts, tāpēc, ja to iesniedzat pirms šī datuma, tas būs spēkā jau pirms apmācības sākuma.
deadline-after = ℹ️ Meta jau apmāca savu MI ar lietotāju saturu (sākums: <b>{ $date }</b>). Iebilst joprojām var: jūsu iebildums ir spēkā no dienas, kad to iesniedzat. Jau izmantoto saturu no jau apmācītiem modeļiem izņemt nevar.

## Platform steps
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Nokopējiet zemāk esošo vēstuli (pieskarieties tai, lai nokopētu) un ielīmējiet to veidlapas laukā <i>iemesls</i> vai WhatsApp veidlapā, ja tajā tiek prasīts iemesls.
letter-body =
    Godātās dāmas un godātie kungi!

    Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. panta 1. punktu es iebilstu pret to, ka Meta un tās partneri apstrādā manus personas datus mākslīgā intelekta izstrādei un apmācībai. Tas attiecas uz maniem ierakstiem, fotoattēliem, attēlu parakstiem, komentāriem un jebkuru citu ar manu kontu saistītu saturu, kā arī uz manu mijiedarbību ar Meta AI.

    Saskaņā ar VDAR 12. panta 3. punktu lūdzu viena mēneša laikā rakstiski apstiprināt, ka mans iebildums ir reģistrēts un tiek piemērots.

    Ar cieņu

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
    { $remind }
    /stop: vairs nekādu atgādinājumu
    /status: jūsu saraksts un nākamais atgādinājums
    /language: mainīt valodu
    /share: saite, ko nodot tālāk
    /privacy: ko es glabāju par jums
    /forget: dzēst visu, ko glabāju par šo sarunu

    Jebkurā sarunā varat arī ierakstīt @{ $bot }, lai tur publicētu kartīti.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: atgādinājumi pirms termiņa
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: kāpēc pašlaik nav atgādinājumu

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
remind-no-wave = Līdz termiņam (<b>{ $date }</b>) vairs nav neviena atgādinājuma, tāpēc labākais brīdis iebilst ir tagad.
remind-already = 🔔 Atgādinājumi jau ir ieslēgti. Nākamais atgādinājums: <b>{ $when }</b>.
remind-after-deadline = Termiņš (<b>{ $date }</b>) ir pagājis, tāpēc vairs nav par ko atgādināt, taču iebilst varat jebkurā laikā, un jūsu iebildums būs spēkā no dienas, kad to iesniegsiet.
remind-nothing-left = Visas trīs platformas ir atzīmētas, tāpēc atgādinājums nav vajadzīgs. Paldies!
stop-done = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos atkal ieslēgtu.
stop-not-subscribed = Atgādinājumi nebija ieslēgti. Nosūtiet /remind, lai tos ieslēgtu.
reminder-text =
    🔔 <b>Atgādinājums:</b> līdz termiņam (<b>{ $date }</b>) jums vēl ir { $left }. Iebildums ir spēkā no dienas, kad tas iesniegts.

    Vēl jāizdara: { $platforms }.

    Pieskarieties platformai, lai redzētu, kas jādara. Jau izdarīts? Atzīmējiet to zem norādījumiem, un es par to vairs neatgādināšu.
all-done-text = ✅ Iebildums iesniegts visās trīs platformās. Paldies! Vairs nesūtīšu atgādinājumus.

## /status
status-title = <b>Jūsu saraksts</b>
status-done = ✅ { $platform }: iebildums iesniegts
status-open = ⬜ { $platform }: vēl jāizdara
status-subscribed = 🔔 Atgādinājumi ieslēgti. Nākamais: <b>{ $when }</b>.
status-no-wave = 🔕 Vairāk atgādinājumu nav paredzēts.
status-not-subscribed = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos ieslēgtu.
marked-done = Atzīmēts: { $platform } – izdarīts.
marked-undone = Atzīmēts: { $platform } – vēl jāizdara.

## Groups
admin-only = To var izdarīt tikai šīs grupas administrators.
group-intro =
    Sveiki! Es parādu cilvēkiem ES, kā iebilst pret to, ka Meta izmanto viņu ierakstus, fotoattēlus un komentārus sava mākslīgā intelekta apmācībai.

    Ikviens šeit var izmantot /facebook, /instagram, /whatsapp un /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administrators ar /remind var ieslēgt atgādinājumus grupai.

## Sharing and inline mode
share-text =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā iebilst pret to, ka Meta izmanto jūsu ierakstus sava MI apmācībai.
    { $link }
inline-facebook-title = Iebildums vietnē Facebook
inline-facebook-desc = Norādījumi un oficiālā veidlapa
inline-instagram-title = Iebildums lietotnē Instagram
inline-instagram-desc = Norādījumi un oficiālā veidlapa
inline-whatsapp-title = Iebildums lietotnē WhatsApp
inline-whatsapp-desc = Sarunas ar Meta AI: kas tiek izmantots, un veidlapa
inline-letter-title = Iebilduma vēstule
inline-letter-desc = Gatava vēstule, ko ielīmēt veidlapās
inline-deadline-title = Termiņš
inline-deadline-desc = Pašreizējā situācija un ko iebildums nozīmē tagad
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
cmd-whatsapp = WhatsApp un Meta AI
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
bot-description = Meta apmāca savu mākslīgo intelektu ar ES pieaugušo publiskajiem ierakstiem, fotoattēliem un komentāriem, kā arī ar to, ko cilvēki sūta Meta AI. Šis bots soli pa solim un jūsu valodā parāda, kā iebilst vietnē Facebook un lietotnē Instagram un kas attiecas uz WhatsApp, un sniedz vēstuli, ko ielīmēt. Kad tuvojas termiņš, tas var jums par to atgādināt.
bot-short-description = Iebilstiet pret to, ka Meta izmanto jūsu ierakstus sava MI apmācībai: norādījumi, veidlapas, vēstule.
