## objection-bot: latviešu teksti.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Latviešu

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
btn-letter = ✍️ Vēstule
btn-remind = 🔔 Atgādināt man
btn-language = 🌐 Valoda
btn-share = 📣 Kopīgot
btn-menu = ↩️ Izvēlne
btn-deadline = ℹ️ Pašreizējā situācija
btn-status = ✅ Mans saraksts
# Atzīmēšanas poga zem platformas ar veidlapu…
btn-mark-done = ☑️ Iebildums iesniegts: { $platform }
btn-mark-undone = ↩️ Tomēr nav izdarīts: { $platform }
btn-stop = 🔕 Izslēgt atgādinājumus
btn-tick-in-private = ☑️ Atzīmēt privātajā sarunā

## /start
start-text =
    { $campaigns }

    Izvēlieties platformu, lai redzētu, kas jādara:

## /template
letter-pick = Kura vēstule jums vajadzīga? Izvēlieties kampaņu:

## /language
language-choose = Izvēlieties, kādā valodā man rakstīt šajā sarunā:
language-set = Darīts: šeit runāšu latviski.

## /help
help-text =
    <b>Ko es protu</b>
    { $platforms }
    /template: vēstule, ko ielīmēt veidlapās
    /deadline: pašreizējā situācija
    { $reminders }/status: jūsu saraksts
    /language: mainīt valodu
    /share: saite, ko padot tālāk
    /privacy: ko es par jums glabāju
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
remind-no-wave = Līdz termiņam (<b>{ $date }</b>) vairs nav neviena atgādinājuma, tāpēc labākais brīdis iebilst ir tagad.
remind-already = 🔔 Atgādinājumi jau ir ieslēgti. Nākamais atgādinājums: <b>{ $when }</b>.
remind-after-deadline = Iebilst joprojām varat jebkurā laikā, un jūsu iebildums ir spēkā no dienas, kad to iesniedzat. Nav par ko atgādināt, jo šis datums (<b>{ $date }</b>) jau ir pagājis.
stop-done = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos atkal ieslēgtu.
stop-not-subscribed = Atgādinājumi nebija ieslēgti. Nosūtiet /remind, lai tos ieslēgtu.

## /status
status-title = <b>Jūsu saraksts</b>
status-done = ✅ { $platform }: izdarīts
status-open = ⬜ { $platform }: vēl jāizdara
status-subscribed = 🔔 Atgādinājumi ieslēgti. Nākamais: <b>{ $when }</b>.
status-no-wave = 🔕 Vairāk atgādinājumu nav paredzēts.
status-not-subscribed = 🔕 Atgādinājumi izslēgti. Nosūtiet /remind, lai tos ieslēgtu.
marked-done = Atzīmēts: { $platform } – izdarīts.
marked-undone = Atzīmēts: { $platform } – vēl jāizdara.

## Groups
admin-only = To var izdarīt tikai šīs grupas administrators.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administrators ar /remind var ieslēgt atgādinājumus grupai.

## Command menu (each at most 256 characters)
cmd-start = Sāciet šeit
cmd-template = Vēstule, ko ielīmēt veidlapās
cmd-deadline = Pašreizējā situācija
cmd-remind = Atgādinājumi pirms termiņa
cmd-stop = Vairs nekādu atgādinājumu
cmd-status = Jūsu saraksts
cmd-language = Mainīt valodu
cmd-share = Saite, ko nodot tālāk
cmd-help = Visas komandas
cmd-privacy = Ko bots glabā
cmd-forget = Dzēst visu, kas saglabāts par šo sarunu

## Issue 17: new messages
# …un zem platformas ar iestatījumu: tas ir izslēgts.
btn-mark-done-setting = ☑️ Izslēgts: { $platform }

start-intro =
    <b>Jūsu dati un viņu MI</b>
    Vairākas lielas platformas apmāca MI ar to, ko cilvēki ES publicē vai jautā savam MI. Katrā no tām varat iebilst vai to izslēgt: tas aizņem minūti vai divas un ir spēkā no dienas, kad to izdarāt.

# help-text rindas /remind un /stop, kas redzamas tikai, kamēr gaidāms atgādinājums.
help-reminders =
    /remind: atgādinājumi pirms noteikta datuma
    /stop: vairs nekādu atgādinājumu

# /remind, ja nevienai kampaņai nav gaidāma datuma.
remind-none = Iebilst vai to izslēgt varat jebkurā laikā, un tas ir spēkā no dienas, kad to izdarāt. Neviens datums nav gaidāms, tāpēc nav par ko atgādināt.

# /stop, ja nav gaidāma neviena atgādinājuma (bez norādes uz /remind).
stop-none = 🔕 Atgādinājumi nav ieplānoti, tāpēc nav ko izslēgt.

# Paziņojums, kad tiek atzīmēta platforma ar iestatījumu.
marked-done-setting = Atzīmēts: { $platform } – izslēgts.

checked-line = <i>🗓 Norādījumi pārbaudīti: { $date }. Ja ekrāns izskatās citādi, lietotne, iespējams, ir mainījusies: meklējiet tos pašus vārdus tuvumā.</i>

# Tas pats platformai ar otru saites pogu.
checked-line-help = <i>🗓 Norādījumi pārbaudīti: { $date }. Ja ekrāns izskatās citādi vai pirmā saite neatveras, otrā poga ved uz pašas platformas lapu.</i>

profile-description = Vairākas platformas apmāca MI ar to, ko cilvēki ES publicē vai jautā savam MI. Šis bots soli pa solim un jūsu valodā parāda, kā katrā no tām iebilst vai to izslēgt, un sniedz vēstuli, kur veidlapa to prasa.

profile-short-description = Iebilstiet pret MI apmācību ar jūsu datiem, platformu pa platformai: norādījumi, saites, vēstule.

share-several =
    Padodiet tālāk: šis bots jūsu valodā parāda, kā iebilst pret MI apmācību ar jūsu datiem, platformu pa platformai.
    { $link }

# $commands ir platformu komandas, piemēram, /facebook /linkedin.
group-intro-several =
    Sveiki! Es parādu cilvēkiem ES, kā iebilst pret MI apmācību ar viņu datiem, platformu pa platformai.

    Ikviens šeit var izmantot { $commands } un /template.
