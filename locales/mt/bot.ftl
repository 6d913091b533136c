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
    /news: aħbarijiet meta jitfaċċa mod ġdid biex toġġezzjona
    /forget: ħassar kull ma nżomm dwar din il-konversazzjoni

    Tista' wkoll tikteb @{ $bot } fi kwalunkwe chat biex tibgħat karta hemmhekk.

## /privacy and /forget
privacy-text =
    <b>X'inżomm</b>
    • In-numru ta' din il-konversazzjoni, il-lingwa tagħha, jekk tridx tfakkiriet jew aħbarijiet, liema pjattaformi mmarkajt bħala lesti u f'liema jum, u liema tfakkiriet, segwiti u verifiki mill-ġdid għandhom jintbagħtu jew intbagħtu, biex ħadd ma jirċievi l-istess ħaġa darbtejn.
    • Għaliex il-jum: xahar wara li timmarka formola bħala lesta, nistaqsik darba waħda jekk il-kumpanija kkonfermatx. Verifika mill-ġdid ta' setting tinżamm biss jekk titlobha.
    • Xejn aktar: l-ebda isem, l-ebda isem tal-utent, l-ebda numru tat-telefon, l-ebda test ta' messaġġi. Il-pajjiż li tagħżel biex issib awtorità ma jinżammx.

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
# In-notifika meta pjattaforma b'formola tiġi mmarkata; $after huwa żmien bħal "30 jum".
marked-done-followup = Innotat: { $platform } lest. Wara { $after } nistaqsik jekk il-kumpanija kkonfermatx.
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
cmd-news = Aħbarijiet meta jitfaċċa mod ġdid biex toġġezzjona

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
# /stop meta s-segwiti, il-verifiki mill-ġdid jew l-aħbarijiet kienu attivati wkoll: kollox jieqaf.
stop-all = 🔕 Lest: l-ebda tfakkiriet, segwiti jew aħbarijiet oħra mingħandi. /start jerġa' juri l-pjattaformi.

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

## Wara l-immarkar: segwiti, fejn tilmenta, verifiki mill-ġdid u aħbarijiet.
# Il-messaġġ taħt setting immarkat bħala mitfi; joffri verifika mill-ġdid (btn-recheck).
setting-thanks = ✅ Innotat: mitfi fuq { $platform }. Grazzi! Xi pjattaformi żiedu settings ġodda tal-AI, mixgħula awtomatikament, mingħajr ma qalu lill-utenti tagħhom, għalhekk nista' nfakkrek tiċċekkja.
# $after huwa żmien bħal "180 jum".
btn-recheck = 🔔 Fakkarni wara { $after }
recheck-on = 🔔 Fid-data <b>{ $date }</b> infakkrek tiċċekkja li għadu mitfi fuq { $platform }.
# Il-verifika mill-ġdid innifisha, bil-buttuna tas-setting taħtha.
recheck-ask = 🔎 Fid-data { $date } tfejtu fuq { $platform }. Jekk jogħġbok iċċekkja li għadu mitfi, u jekk dehritx setting ġdida tal-AI ħdejh: xi pjattaformi żiedu settings bħal dawn, mixgħula awtomatikament, mingħajr ma qalu lill-utenti tagħhom. Tieħu minuta.
recheck-ask-undated = 🔎 Tfejtu fuq { $platform }. Jekk jogħġbok iċċekkja li għadu mitfi, u jekk dehritx setting ġdida tal-AI ħdejh: xi pjattaformi żiedu settings bħal dawn, mixgħula awtomatikament, mingħajr ma qalu lill-utenti tagħhom. Tieħu minuta.
btn-news-on = 🆕 Aħbarijiet dwar modi ġodda
btn-news-off = 🔕 L-ebda aħbarijiet oħra
news-on = 🆕 Ngħarrfek meta jitfaċċa mod ġdid biex toġġezzjona jew titfi. Ibgħat /news mill-ġdid biex twaqqafhom.
news-off = 🔕 L-ebda aħbarijiet oħra mingħandi. Ibgħat /news biex terġa' tattivahom.
# L-ewwel linja ta' avviż; warajha jiġu t-titlu u l-istorja tal-kampanja.
news-announce = 🆕 <b>Mod ġdid biex toġġezzjona jew titfi</b>
# Is-segwitu, xahar wara li formola tiġi mmarkata ($date huwa dak il-jum).
followup-ask =
    📬 Fid-data { $date } oġġezzjonajt fuq { $platform }. Il-kumpanija trid tgħidlek x'għamlet dwar l-oġġezzjoni tiegħek fi żmien xahar minn meta rċevietha (jew, f'dak ix-xahar, tgħidlek li għandha bżonn sa xahrejn oħra).

    Il-kumpanija kkonfermat?
followup-ask-again = 📬 Għal darba oħra: fid-data { $date } oġġezzjonajt fuq { $platform }. Il-kumpanija kkonfermatha?
btn-confirmed = ✅ Ikkonfermata
btn-later = ⏳ Mhux s'issa, staqsini wara
btn-no-answer = ❌ L-ebda tweġiba
followup-confirmed = ✅ Grazzi! M'hemm xejn aktar x'tagħmel għal { $platform }. Żomm il-konferma.
followup-later = ⏳ Nerġa' nistaqsik darba oħra fid-data <b>{ $date }</b>.
followup-letter-intro = Ibgħat dan permezz tal-istess formola jew indirizz li użajt, imla d-dettalji tiegħek, u żomm kopja:
# L-ittra ta' segwitu: formali, inqas minn 1,000 karattru meta timtela.
followup-letter =
    Suġġett: L-oġġezzjoni tiegħi tal-{ $date } (Artikolu 21 tal-GDPR)

    Għeżież Sinjuri,

    Fid-data { $date } oġġezzjonajt, skont l-Artikolu 21 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), għall-użu tad-data personali tiegħi fuq { $platform } għall-iżvilupp u t-titjib tal-intelliġenza artifiċjali.

    Skont l-Artikolu 12(3) tal-GDPR, għandkom tagħtuni informazzjoni dwar l-azzjoni meħuda fuq it-talba tiegħi fi żmien xahar minn meta rċevejtuha. Ma rċevejt l-ebda tweġiba.

    Nitlobkom tikkonfermawli mingħajr dewmien li l-oġġezzjoni tiegħi ġiet applikata. Inkella, se nressaq ilment quddiem awtorità tal-protezzjoni tad-data (Artikolu 77 tal-GDPR).

    Dejjem tagħkom,
    { "[" }Ismek]
    { "[" }L-indirizz tal-email tal-kont tiegħek]
complain-where = Jekk il-kumpanija xorta ma twieġbekx, tista' tressaq ilment quddiem awtorità tal-protezzjoni tad-data: fil-pajjiż fejn tgħix, fejn taħdem, jew fejn seħħ il-ksur. Liema pajjiż?
btn-other-country = 🇪🇺 Pajjiż ieħor
complain-country = Liema pajjiż? Agħżel dak fejn tgħix, fejn taħdem, jew fejn seħħ il-ksur:
complain-land = Fil-Ġermanja, l-ilmenti dwar kumpaniji jmorru għand l-awtorità tal-Land tiegħek. Liema Land?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    L-awtorità tiegħek tgħaddi l-ilment lill-awtorità superviżorja ewlenija (għal Meta, LinkedIn, Google u X, il-Kummissjoni għall-Protezzjoni tad-Data tal-Irlanda) u tibqa' l-kuntatt tiegħek.

    Żomm bħala prova: l-email ta' konferma jew screenshot tal-formola mibgħuta bid-data tagħha, u l-ittra ta' segwitu li bgħatt. Ilment mhuwiex anonimu għall-kumpanija, u ħafna awtoritajiet jaċċettawh biss bil-lingwa tagħhom.
complain-home-only = <i>Ma stajtx nikkonferma l-paġna tal-ilmenti ta' din l-awtorità: il-buttuna tiftaħ il-paġna ewlenija tagħha.</i>
btn-authority = 🏛 Iftaħ il-paġna tal-awtorità
