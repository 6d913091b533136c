## objection-bot: Maltese texts (Malti).
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Malti

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = Jannar
month-2 = Frar
month-3 = Marzu
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru
date-format = { $day } ta' { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date }, { $time } ({ $zone })

## Time left, with plural forms. The plural library puts 2 in "few" (one = 1, few = 0 and 2–10, many = 11–19, other = 20+), so 2 has exact [2] keys that come first; 11–19 take "-il" before the noun.
left-days = { $count ->
    [2] jumejn
    [one] jum wieħed
    [few] { $count } ijiem
    [many] { $count }-il jum
   *[other] { $count } jum
}
left-hours = { $count ->
    [2] sagħtejn
    [one] siegħa waħda
    [few] { $count } sigħat
    [many] { $count }-il siegħa
   *[other] { $count } siegħa
}
left-minutes = { $count ->
    [2] żewġ minuti
    [one] minuta waħda
    [few] { $count } minuti
    [many] { $count }-il minuta
   *[other] { $count } minuta
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Ittra
btn-remind = 🔔 Fakkarni
btn-language = 🌐 Lingwa
btn-share = 📣 Aqsam
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Fejn qegħdin
btn-status = ✅ Il-lista tiegħi
# Il-buttuna tal-immarkar taħt pjattaforma b'formola…
btn-mark-done = ☑️ Oġġezzjonajt fuq { $platform }
btn-mark-undone = ↩️ Għadu ma sarx fuq { $platform }
btn-stop = 🔕 Waqqaf it-tfakkiriet
btn-tick-in-private = ☑️ Immarka fil-privat

## /start
start-text =
    { $campaigns }

    Agħżel pjattaforma biex tara x'għandek tagħmel:

## /template
letter-pick = Liema ittra għandek bżonn? Agħżel kampanja:

## /language
language-choose = Agħżel il-lingwa li għandi nuża f'din il-konversazzjoni:
language-set = Lest: minn issa nitkellem bil-Malti hawnhekk.

## /help
help-text =
    <b>X'nista' nagħmel</b>
    { $platforms }
    /template: ittra biex twaħħalha fil-formoli
    /deadline: fejn qegħdin
    { $reminders }/status: il-lista tiegħek
    /language: ibdel il-lingwa
    /share: link biex tgħaddih lil ħaddieħor
    /privacy: x'inżomm dwarek
    /forget: ħassar kull ma nżomm dwar din il-konversazzjoni

    Tista' wkoll tikteb @{ $bot } fi kwalunkwe chat biex tibgħat karta hemmhekk.

## /privacy and /forget
privacy-text =
    <b>X'inżomm</b>
    • In-numru ta' din il-konversazzjoni, il-lingwa li għażilt, jekk tridx tfakkiriet, liema pjattaformi mmarkajt bħala lesti, u liema tfakkiriet intbagħtu, biex ħadd ma jirċievi l-istess tfakkira darbtejn.
    • Xejn aktar: l-ebda isem, l-ebda isem tal-utent, l-ebda numru tat-telefon, l-ebda test ta' messaġġi.

    <b>Għal kemm żmien</b>
    Sakemm tibgħat /forget, timblokkani, jew tneħħini mill-grupp. Imbagħad kollox jitħassar minnufih.

    /forget iħassar issa kull ma għandi dwar din il-konversazzjoni.
forget-done = Lest: kull ma kont inżomm dwar din il-konversazzjoni tħassar. Ibgħat /start meta trid biex terġa' tibda.

## Anything else
unknown-text = Nifhem il-kmandi biss. Ibgħat /help biex tarahom.
stale-button = Din il-buttuna m'għadhiex taħdem. Ibgħat /start għal menu ġdid.
error-text = Xi ħaġa marret ħażin min-naħa tiegħi. Jekk jogħġbok erġa' pprova wara minuta.

## Reminders
remind-on = 🔔 It-tfakkiriet huma attivati. It-tfakkira li jmiss: <b>{ $when }</b>.
remind-no-wave = Ma fadal l-ebda tfakkira qabel l-iskadenza (<b>{ $date }</b>), għalhekk l-aħjar żmien biex toġġezzjona huwa issa.
remind-already = 🔔 It-tfakkiriet diġà huma attivati. It-tfakkira li jmiss: <b>{ $when }</b>.
remind-after-deadline = Xorta tista' toġġezzjona meta trid, u l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha. M'hemm xejn x'infakkrek, għax dik id-data (<b>{ $date }</b>) għaddiet.
stop-done = 🔕 It-tfakkiriet ġew diżattivati. Ibgħat /remind biex terġa' tattivahom.
stop-not-subscribed = It-tfakkiriet ma kinux attivati. Ibgħat /remind biex tattivahom.

## /status
status-title = <b>Il-lista tiegħek</b>
status-done = ✅ { $platform }: lest
status-open = ⬜ { $platform }: għad trid issir
status-subscribed = 🔔 It-tfakkiriet huma attivati. Li jmiss: <b>{ $when }</b>.
status-no-wave = 🔕 M'hemmx aktar tfakkiriet ippjanati.
status-not-subscribed = 🔕 It-tfakkiriet mhumiex attivati. Ibgħat /remind biex tattivahom.
marked-done = Innotat: { $platform } lest.
marked-undone = Innotat: { $platform } għad irid isir.

## Groups
admin-only = Amministratur ta' dan il-grupp biss jista' jagħmel dan.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Amministratur jista' jattiva t-tfakkiriet għall-grupp bil-kmand /remind.

## Command menu (each at most 256 characters)
cmd-start = Ibda hawn
cmd-template = Ittra biex twaħħalha fil-formoli
cmd-deadline = Fejn qegħdin
cmd-remind = Tfakkiriet qabel l-iskadenza
cmd-stop = Ebda tfakkiriet oħra
cmd-status = Il-lista tiegħek
cmd-language = Ibdel il-lingwa
cmd-share = Link biex tgħaddih lil ħaddieħor
cmd-help = Il-kmandi kollha
cmd-privacy = X'jżomm il-bot
cmd-forget = Ħassar kull ma hu miżmum għal din il-konversazzjoni

## Issue 17: new messages
# …u taħt pjattaforma b'setting: tgħid li huwa mitfi.
btn-mark-done-setting = ☑️ Mitfi fuq { $platform }

start-intro =
    <b>Id-data tiegħek u l-AI tagħhom</b>
    Diversi pjattaformi kbar iħarrġu l-AI fuq dak li n-nies fl-UE jippostjaw jew jistaqsu lill-AI tagħhom. Fuq kull waħda tista' toġġezzjona jew titfih: jieħu minuta jew tnejn u japplika mill-jum li tagħmlu.

# Il-linji /remind u /stop ta' help-text, murija biss sakemm ikun hemm tfakkira ġejja.
help-reminders =
    /remind: tfakkiriet qabel data stabbilita
    /stop: ebda tfakkiriet oħra

# /remind meta l-ebda kampanja m'għandha data ġejja.
remind-none = Tista' toġġezzjona jew titfih meta trid, u japplika mill-jum li tagħmlu. M'hemm l-ebda data ġejja, għalhekk m'hemm xejn x'infakkrek.

# /stop meta m'hemm l-ebda tfakkira ġejja (mingħajr ma jirreferi għal /remind).
stop-none = 🔕 M'hemmx tfakkiriet ippjanati, għalhekk m'hemm xejn x'titfi.

# In-notifika meta pjattaforma b'setting tiġi mmarkata.
marked-done-setting = Innotat: mitfi fuq { $platform }.

checked-line = <i>🗓 Passi ċċekkjati fid-data { $date }. Jekk l-iskrin jidher differenti, l-app setgħet inbidlet: fittex l-istess kliem fil-qrib.</i>

# L-istess, għal pjattaforma b'tieni buttuna ta' link.
checked-line-help = <i>🗓 Passi ċċekkjati fid-data { $date }. Jekk l-iskrin jidher differenti jew l-ewwel link ma jiftaħx, it-tieni buttuna twasslek għall-paġna tal-pjattaforma stess.</i>

profile-description = Diversi pjattaformi jħarrġu l-AI fuq dak li n-nies fl-UE jippostjaw jew jistaqsu lill-AI tagħhom. Dan il-bot jurik, pass pass u bil-lingwa tiegħek, kif toġġezzjona jew titfih fuq kull waħda, u jagħtik ittra fejn formola titlob waħda.

profile-short-description = Oġġezzjona għat-taħriġ tal-AI fuq id-data tiegħek, pjattaforma b'pjattaforma: il-passi, il-links, ittra.

share-several =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif toġġezzjona għat-taħriġ tal-AI fuq id-data tiegħek, pjattaforma b'pjattaforma.
    { $link }

# $commands huma l-kmandi tal-pjattaformi, bħal /facebook /linkedin.
group-intro-several =
    Bonġu! Jien nuri lin-nies fl-UE kif joġġezzjonaw għat-taħriġ tal-AI fuq id-data tagħhom, pjattaforma b'pjattaforma.

    Kulħadd hawn jista' juża { $commands } u /template.
