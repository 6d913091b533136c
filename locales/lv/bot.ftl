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
    /news: ziņas, kad parādās jauns veids, kā iebilst
    /forget: dzēst visu, ko glabāju par šo sarunu

    Jebkurā sarunā varat arī ierakstīt @{ $bot }, lai tur publicētu kartīti.

## /privacy and /forget
privacy-text =
    <b>Ko es glabāju</b>
    • Šīs sarunas numuru, tās valodu, to, vai vēlaties atgādinājumus vai ziņas, kuras platformas ir atzīmētas kā paveiktas un kurā dienā, kā arī to, kuri atgādinājumi, papildu jautājumi un atkārtotas pārbaudes ir paredzēti vai jau nosūtīti, lai neviens nesaņemtu vienu un to pašu divreiz.
    • Kāpēc diena: mēnesi pēc tam, kad veidlapa atzīmēta kā paveikta, es vienreiz pajautāju, vai uzņēmums to ir apstiprinājis. Atkārtota iestatījuma pārbaude tiek saglabāta tikai tad, ja to lūdzat.
    • Neko citu: ne vārdus, ne lietotājvārdus, ne tālruņa numurus, ne ziņu tekstu. Valsts, ko izvēlaties, lai atrastu iestādi, netiek saglabāta.

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
# Paziņojums, kad tiek atzīmēta platforma ar veidlapu; $after ir laiks, piemēram, "30 dienas".
marked-done-followup = Atzīmēts: { $platform } – izdarīts. Pēc noteiktā laika ({ $after }) pajautāšu, vai tas ir apstiprināts.
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
cmd-news = Ziņas, kad parādās jauns veids, kā iebilst

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
# /stop, ja bija ieslēgti arī papildu jautājumi, atkārtotas pārbaudes vai ziņas: beidzas viss.
stop-all = 🔕 Darīts: no manis vairs nebūs ne atgādinājumu, ne papildu jautājumu, ne ziņu. /start atkal parāda platformas.

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

## Pēc atzīmēšanas: papildu jautājumi, kur sūdzēties, atkārtotas pārbaudes un ziņas.
# Ziņa zem iestatījuma, kas atzīmēts kā izslēgts; tā piedāvā atkārtotu pārbaudi (btn-recheck).
setting-thanks = ✅ Atzīmēts: { $platform } – izslēgts. Paldies! Dažas platformas ir pievienojušas jaunus MI iestatījumus, kas pēc noklusējuma ir ieslēgti, neinformējot savus lietotājus, tāpēc varu jums atgādināt to pārbaudīt.
# $after ir laiks, piemēram, "180 dienas".
btn-recheck = 🔔 Atgādināt pārbaudīt ({ $after })
recheck-on = 🔔 Atgādinājuma datums: <b>{ $date }</b>. Tad atgādināšu jums pārbaudīt, vai platformā { $platform } tas joprojām ir izslēgts.
# Pati atkārtotā pārbaude, zem tās iestatījuma poga.
recheck-ask = 🔎 Jūs to izslēdzāt platformā { $platform } (datums: { $date }). Lūdzu, pārbaudiet, vai tas joprojām ir izslēgts un vai blakus tam nav parādījies jauns MI iestatījums: dažas platformas ir pievienojušas šādus iestatījumus, pēc noklusējuma ieslēgtus, neinformējot savus lietotājus. Tas aizņem minūti.
recheck-ask-undated = 🔎 Jūs to izslēdzāt platformā { $platform }. Lūdzu, pārbaudiet, vai tas joprojām ir izslēgts un vai blakus tam nav parādījies jauns MI iestatījums: dažas platformas ir pievienojušas šādus iestatījumus, pēc noklusējuma ieslēgtus, neinformējot savus lietotājus. Tas aizņem minūti.
btn-news-on = 🆕 Ziņas par jaunām iespējām
btn-news-off = 🔕 Vairs nekādu ziņu
news-on = 🆕 Paziņošu jums, kad parādīsies jauns veids, kā iebilst vai ko izslēgt. Nosūtiet /news vēlreiz, lai to pārtrauktu.
news-off = 🔕 Vairs nekādu ziņu no manis. Nosūtiet /news, lai tās atkal ieslēgtu.
# Paziņojuma pirmā rinda; pēc tās seko kampaņas nosaukums un apraksts.
news-announce = 🆕 <b>Jauns veids, kā iebilst vai izslēgt</b>
# Papildu jautājums mēnesi pēc veidlapas atzīmēšanas ($date ir tā diena).
followup-ask =
    📬 Jūs iesniedzāt iebildumu platformā { $platform } (datums: { $date }). Uzņēmumam viena mēneša laikā pēc iebilduma saņemšanas ir jāinformē jūs, ko tas ir darījis saistībā ar to (vai šā mēneša laikā jāpaziņo, ka tam vajadzīgi vēl līdz diviem mēnešiem).

    Vai uzņēmums to ir apstiprinājis?
followup-ask-again = 📬 Vēlreiz: jūs iesniedzāt iebildumu platformā { $platform } (datums: { $date }). Vai uzņēmums to ir apstiprinājis?
btn-confirmed = ✅ Apstiprināts
btn-later = ⏳ Vēl nē, pajautāt vēlāk
btn-no-answer = ❌ Nav atbildes
followup-confirmed = ✅ Paldies! Platformā { $platform } vairs nekas nav jādara. Saglabājiet apstiprinājumu.
followup-later = ⏳ Pajautāšu vēlreiz: <b>{ $date }</b>.
followup-letter-intro = Nosūtiet šo, izmantojot to pašu veidlapu vai adresi, ko izmantojāt iepriekš, ierakstiet savus datus un saglabājiet kopiju:
# Atkārtotā vēstule: oficiāla, aizpildīta – mazāk par 1000 rakstzīmēm.
followup-letter =
    Temats: Iebildums saskaņā ar VDAR 21. pantu (iesniegts: { $date })

    Godātās dāmas un godātie kungi!

    Iesniedzu iebildumu saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 21. pantu pret manu personas datu izmantošanu platformā { $platform } mākslīgā intelekta izstrādei un uzlabošanai. Iebilduma datums: { $date }.

    Saskaņā ar VDAR 12. panta 3. punktu jums viena mēneša laikā pēc pieprasījuma saņemšanas ir jāsniedz man informācija par darbībām, kas veiktas saistībā ar manu pieprasījumu. Atbilde nav saņemta.

    Lūdzu nekavējoties apstiprināt, ka mans iebildums tiek piemērots. Pretējā gadījumā iesniegšu sūdzību datu aizsardzības uzraudzības iestādei (VDAR 77. pants).

    Ar cieņu
    { "[" }Jūsu vārds]
    { "[" }Jūsu konta e-pasta adrese]
complain-where = Ja uzņēmums joprojām neatbild, varat iesniegt sūdzību datu aizsardzības iestādei: valstī, kurā dzīvojat, kurā strādājat vai kurā notika pārkāpums. Kura valsts?
btn-other-country = 🇪🇺 Cita valsts
complain-country = Kura valsts? Izvēlieties to, kurā dzīvojat, kurā strādājat vai kurā notika pārkāpums:
complain-land = Vācijā sūdzības par uzņēmumiem iesniedz jūsu federālās zemes iestādei. Kura federālā zeme?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Jūsu iestāde pārsūta sūdzību vadošajai uzraudzības iestādei (attiecībā uz Meta, LinkedIn, Google un X tā ir Īrijas Datu aizsardzības komisija, Data Protection Commission) un paliek jūsu kontaktpunkts.

    Saglabājiet kā pierādījumu: apstiprinājuma e-pastu vai nosūtītās veidlapas ekrānuzņēmumu ar datumu, kā arī atkārtoto vēstuli, ko nosūtījāt. Sūdzība nav anonīma attiecībā pret uzņēmumu, un daudzas iestādes to pieņem tikai savā valodā.
complain-home-only = <i>Nevarēju pārliecināties par šīs iestādes sūdzību lapu: poga atver tās sākumlapu.</i>
btn-authority = 🏛 Atvērt iestādes lapu
