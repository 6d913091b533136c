## objection-bot: Maltese texts (Malti).
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Malti

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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

## Time left, with plural forms (one = 1, two = 2, few = 0 and 3–10 (also 2 in older CLDR data), many = 11–19, other = 20+).
left-days = { $count ->
    [one] jum wieħed
    [two] jumejn
    [few] { $count } ijiem
    [many] { $count } jum
   *[other] { $count } jum
}
left-hours = { $count ->
    [one] siegħa waħda
    [two] sagħtejn
    [few] { $count } sigħat
    [many] { $count } siegħa
   *[other] { $count } siegħa
}
left-minutes = { $count ->
    [one] minuta waħda
    [two] żewġ minuti
    [few] { $count } minuti
    [many] { $count } minuta
   *[other] { $count } minuta
}

## Buttons (short: they must fit on a phone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Ittra ta' oġġezzjoni
btn-remind = 🔔 Fakkarni
btn-language = 🌐 Lingwa
btn-share = 📣 Aqsam
btn-menu = ↩️ Menu
btn-deadline = ⏳ Skadenza
btn-status = ✅ Il-lista tiegħi
btn-open-form = 📝 Iftaħ il-formola uffiċjali ta' { $platform }
btn-mark-done = ☑️ Oġġezzjonajt fuq { $platform }
btn-mark-undone = ↩️ Għadu ma sarx fuq { $platform }

## /start
start-text =
    <b>Żomm il-kontenut tiegħek barra mill-AI ta' Meta</b>

    Meta tuża l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tal-adulti fl-UE, kif ukoll dak li n-nies jibagħtu lil Meta AI, biex tħarreġ l-intelliġenza artifiċjali tagħha. Il-GDPR (l-Artikolu 21) jagħtik id-dritt li toġġezzjona. Jieħu biss ftit minuti għal kull pjattaforma.

    { $deadline }

    Agħżel pjattaforma biex tara x'għandek tagħmel:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta se tibda tuża l-kontenut tiegħek fid-data <b>{ $date }</b>. Żmien li fadal: <b>{ $left }</b>. Jekk toġġezzjona qabel dik id-data, il-posts li diġà ppubblikajt jibqgħu barra mit-taħriġ.
deadline-after = ℹ️ Meta bdiet tħarreġ l-AI tagħha fuq il-kontenut fid-data <b>{ $date }</b>. Xorta tista' toġġezzjona: l-oġġezzjoni tgħodd mill-jum li tressaqha, għalhekk dak li tippubblika minn dakinhar 'il quddiem jibqa' barra. Il-kontenut li diġà ntuża ma jistax jittieħed lura.

## Platform steps (the apps show these menus in English for Maltese users)
facebook-text =
    <b>Oġġezzjona fuq Facebook</b>

    <b>L-aktar mod malajr:</b> agħfas il-buttuna hawn taħt biex tiftaħ il-formola uffiċjali ta' Meta, bil-kont tiegħek diġà mdaħħal.

    <b>Fl-app:</b>
    1. Iftaħ il-menu u mur għal <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Iftaħ <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Agħżel <i>Submit an objection request</i>.
    4. Daħħal l-indirizz tal-email tal-kont tiegħek. Il-qasam tar-raġuni mhuwiex obbligatorju: ħallih vojt jew waħħal fih l-ittra ta' /template.
    5. Ibgħat il-formola.

    <b>Wara:</b> Meta tikkonferma bl-email jew fuq l-iskrin. Żomm dik il-konferma.

    <b>Tajjeb li tkun taf</b>
    • M'hemmx bżonn tagħti raġuni.
    • Oġġezzjoni waħda tkopri kull kont marbut fl-istess Accounts Center. Kont li mhuwiex marbut, jew li juża indirizz tal-email ieħor, jeħtieġ l-oġġezzjoni tiegħu.
    • Il-Paġni ta' Facebook ma jistgħux joġġezzjonaw b'din il-formola, il-kontijiet personali biss.
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.
instagram-text =
    <b>Oġġezzjona fuq Instagram</b>

    <b>L-aktar mod malajr:</b> agħfas il-buttuna hawn taħt biex tiftaħ il-formola uffiċjali ta' Meta, bil-kont tiegħek diġà mdaħħal.

    <b>Fl-app:</b>
    1. Mur fuq il-profil tiegħek u agħfas il-menu ☰.
    2. Iftaħ <i>Settings and privacy</i> → <i>Privacy Center</i> (jew <i>About</i> → <i>Privacy Policy</i>).
    3. Fittex <i>Right to object</i>, imbagħad iftaħ il-formola.
    4. Daħħal l-indirizz tal-email tal-kont tiegħek. Il-qasam tar-raġuni mhuwiex obbligatorju: ħallih vojt jew waħħal fih l-ittra ta' /template.
    5. Ibgħat il-formola.

    <b>Wara:</b> Meta tikkonferma bl-email jew fuq l-iskrin. Żomm dik il-konferma.

    <b>Tajjeb li tkun taf</b>
    • M'hemmx bżonn tagħti raġuni.
    • Oġġezzjoni waħda tkopri kull kont marbut fl-istess Accounts Center, inkluż Facebook. Kontijiet li mhumiex marbuta jeħtieġu l-oġġezzjoni tagħhom.
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.
whatsapp-text =
    <b>Oġġezzjona fuq WhatsApp</b>

    Il-konversazzjonijiet privati tiegħek <b>mhumiex</b> jintużaw biex titħarreġ l-AI. Dak li jista' jintuża huwa dak li tibgħat lil Meta AI (iċ-ċirku blu u roża fl-app).

    <b>Kif:</b> m'hemm l-ebda għażla fl-app; l-oġġezzjoni ssir permezz ta' formola fuq il-web.
    1. Agħfas il-buttuna hawn taħt (jew mur fuq whatsapp.com → <i>Legal</i> → il-formola <i>Data Subject Rights</i>).
    2. Agħżel l-opzjonijiet biex toġġezzjona għall-użu tad-data tiegħek għall-AI.
    3. Daħħal in-numru tat-telefon tiegħek bil-kodiċi tal-pajjiż, u l-indirizz tal-email tiegħek.
    4. Jekk il-formola tistaqsik għaliex, waħħal l-ittra ta' /template.
    5. Ibgħat il-formola.

    <b>Wara:</b> WhatsApp iwieġeb bl-email. Żomm dik it-tweġiba.

    <b>Tajjeb li tkun taf</b>
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.

## /template
letter-intro = Ikkopja l-ittra hawn taħt (agħfas fuqha biex tikkopjaha) u waħħalha fil-qasam tar-<i>raġuni</i> tal-formola, jew fil-formola ta' WhatsApp meta tistaqsik għaliex.
letter-body =
    Għeżież Sinjuri,

    Abbażi tal-Artikolu 21 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), b'dan noġġezzjona għall-ipproċessar tad-data personali tiegħi għall-iżvilupp u t-taħriġ tal-intelliġenza artifiċjali minn Meta u mis-sħab tagħha. Dan ikopri l-posts, ir-ritratti u l-kummenti tiegħi, u kull data oħra, personali jew pubblika, marbuta mal-kont tiegħi.

    Nitlobkom tikkonfermawli bil-miktub li l-oġġezzjoni tiegħi ġiet irreġistrata u qed tiġi applikata.

    Grazzi.

## /language
language-choose = Agħżel il-lingwa li għandi nuża f'din il-konversazzjoni:
language-set = Lest: minn issa nitkellem bil-Malti hawnhekk.

## /help
help-text =
    <b>X'nista' nagħmel</b>
    /facebook: il-passi biex toġġezzjona fuq Facebook
    /instagram: il-passi biex toġġezzjona fuq Instagram
    /whatsapp: il-passi biex toġġezzjona fuq WhatsApp
    /template: ittra biex twaħħalha fil-formoli
    /deadline: l-iskadenza u fejn qegħdin
    /remind: tfakkiriet qabel l-iskadenza
    /stop: ebda tfakkiriet oħra
    /status: il-lista tiegħek u t-tfakkira li jmiss
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
remind-on-no-wave = 🔔 It-tfakkiriet huma attivati, iżda ma fadal l-ebda tfakkira qabel l-iskadenza (<b>{ $date }</b>). Aħjar taġixxi issa.
remind-already = 🔔 It-tfakkiriet diġà huma attivati. It-tfakkira li jmiss: <b>{ $when }</b>.
remind-after-deadline = L-iskadenza (<b>{ $date }</b>) għaddiet, għalhekk m'hemm xejn aktar x'infakkrek. Xorta jiswa li toġġezzjona: dan jipproteġi dak li tippubblika mill-jum li tressaq l-oġġezzjoni.
remind-nothing-left = Immarkajt it-tliet pjattaformi kollha, għalhekk m'għandekx bżonn tfakkira. Grazzi!
stop-done = 🔕 It-tfakkiriet ġew diżattivati. Ibgħat /remind biex terġa' tattivahom.
stop-not-subscribed = It-tfakkiriet ma kinux attivati. Ibgħat /remind biex tattivahom.
reminder-text =
    🔔 <b>Tfakkira:</b> fadal { $left } biex toġġezzjona qabel ma Meta tuża l-kontenut tiegħek (<b>{ $date }</b>).

    Għad iridu jsiru: { $platforms }.

    Agħfas fuq pjattaforma biex tara l-passi. Diġà għamiltha? Immarkaha taħt il-passi u ma nibqax infakkrek dwarha.
all-done-text = ✅ Oġġezzjonajt fuq it-tliet pjattaformi kollha. Grazzi! Mhux se nibgħatlek aktar tfakkiriet.

## /status
status-title = <b>Il-lista tiegħek</b>
status-done = ✅ { $platform }: oġġezzjoni magħmula
status-open = ⬜ { $platform }: għad trid issir
status-subscribed = 🔔 It-tfakkiriet huma attivati. Li jmiss: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 It-tfakkiriet huma attivati; ma fadal l-ebda waħda qabel l-iskadenza.
status-not-subscribed = 🔕 It-tfakkiriet mhumiex attivati. Ibgħat /remind biex tattivahom.
marked-done = Innotat: { $platform } lest.
marked-undone = Innotat: { $platform } għad irid isir.

## Groups
admin-only = Amministratur ta' dan il-grupp biss jista' jagħmel dan.
group-intro =
    Bonġu! Jien ngħin lin-nies fl-UE jwaqqfu lil Meta milli tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti tagħhom.

    Kulħadd hawn jista' juża /facebook, /instagram, /whatsapp u /template. Amministratur jista' jattiva t-tfakkiriet għall-grupp bil-kmand /remind.

## Sharing and inline mode
share-text =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif twaqqaf lil Meta milli tħarreġ l-AI tagħha fuq il-posts tiegħek.
    { $link }
inline-facebook-title = Oġġezzjona fuq Facebook
inline-facebook-desc = Il-passi u l-formola uffiċjali
inline-instagram-title = Oġġezzjona fuq Instagram
inline-instagram-desc = Il-passi u l-formola uffiċjali
inline-whatsapp-title = Oġġezzjona fuq WhatsApp
inline-whatsapp-desc = Konversazzjonijiet ma' Meta AI: il-passi u l-formola
inline-letter-title = Ittra ta' oġġezzjoni
inline-letter-desc = Ittra lesta biex twaħħalha fil-formoli
inline-deadline-title = Skadenza
inline-deadline-desc = Fejn qegħdin, u għaliex għadu jiswa
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = ittra mudell oġġezzjoni oggezzjoni
inline-deadline-keywords = skadenza data żmien zmien

## Command menu (each at most 256 characters)
cmd-start = Ibda hawn
cmd-facebook = Oġġezzjona fuq Facebook
cmd-instagram = Oġġezzjona fuq Instagram
cmd-whatsapp = Oġġezzjona fuq WhatsApp (Meta AI)
cmd-template = Ittra biex twaħħalha fil-formoli
cmd-deadline = L-iskadenza u fejn qegħdin
cmd-remind = Tfakkiriet qabel l-iskadenza
cmd-stop = Ebda tfakkiriet oħra
cmd-status = Il-lista tiegħek
cmd-language = Ibdel il-lingwa
cmd-share = Link biex tgħaddih lil ħaddieħor
cmd-help = Il-kmandi kollha
cmd-privacy = X'jżomm il-bot
cmd-forget = Ħassar kull ma hu miżmum għal din il-konversazzjoni

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti pubbliċi tal-adulti fl-UE. Dan il-bot jurik, pass pass u bil-lingwa tiegħek, kif toġġezzjona fuq Facebook, Instagram u WhatsApp, jagħtik ittra biex twaħħalha, u jfakkrek qabel l-iskadenza.
bot-short-description = Waqqaf lil Meta milli tħarreġ l-AI tagħha fuq il-posts tiegħek: il-passi, il-formoli, ittra.
