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
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Formola uffiċjali (idħol f'{ $platform } jekk jintalab)
btn-mark-done = ☑️ Oġġezzjonajt fuq { $platform }
btn-mark-undone = ↩️ Għadu ma sarx fuq { $platform }

## /start
start-text =
    <b>Oġġezzjona li Meta tuża l-kontenut tiegħek għall-AI tagħha</b>

    Meta tuża l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tal-adulti fl-UE, kif ukoll dak li n-nies jibagħtu lil Meta AI, biex tħarreġ l-intelliġenza artifiċjali tagħha. Il-GDPR (l-Artikolu 21) jagħtik id-dritt li toġġezzjona. Jieħu biss ftit minuti għal kull pjattaforma.

    { $deadline }

    Agħżel pjattaforma biex tara x'għandek tagħmel:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta se tibda tuża l-kontenut fid-data <b>{ $date }</b>. Żmien li fadal: <b>{ $left }</b>. Oġġezzjoni tapplika mill-jum li titressaq, għalhekk jekk tressaqha qabel dik id-data, tibda tapplika qabel ma jibda t-taħriġ.
deadline-after = ℹ️ Meta ilha tħarreġ l-AI tagħha fuq il-kontenut mid-data <b>{ $date }</b>. Xorta tista' toġġezzjona: l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha. Il-kontenut li diġà ntuża ma jistax jitneħħa mill-mudelli li diġà tħarrġu.

## Platform steps (the apps show these menus in English for Maltese users)
facebook-text =
    <b>Oġġezzjona fuq Facebook</b>

    <b>L-aktar mod malajr:</b> agħfas il-buttuna hawn taħt biex tiftaħ il-formola uffiċjali ta' Meta. Jekk il-paġna titlobhielek, l-ewwel idħol fil-kont tiegħek ta' Facebook.

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

    <b>L-aktar mod malajr:</b> agħfas il-buttuna hawn taħt biex tiftaħ il-formola uffiċjali ta' Meta. Jekk il-paġna titlobhielek, l-ewwel idħol fil-kont tiegħek ta' Instagram.

    <b>Fl-app:</b>
    1. Mur fuq il-profil tiegħek u agħfas il-menu ☰ (<i>Settings and activity</i>).
    2. Sib <i>Privacy Center</i> f'dak il-menu (f'xi verżjonijiet, taħt <i>About</i> → <i>Privacy Policy</i>).
    3. Fittex <i>Right to object</i>, imbagħad iftaħ il-formola.
    4. Daħħal l-indirizz tal-email tal-kont tiegħek. Il-qasam tar-raġuni mhuwiex obbligatorju: ħallih vojt jew waħħal fih l-ittra ta' /template.
    5. Ibgħat il-formola.

    <b>Wara:</b> Meta tikkonferma bl-email jew fuq l-iskrin. Żomm dik il-konferma.

    <b>Tajjeb li tkun taf</b>
    • M'hemmx bżonn tagħti raġuni.
    • Oġġezzjoni waħda tkopri kull kont marbut fl-istess Accounts Center, inkluż Facebook. Kontijiet li mhumiex marbuta jeħtieġu l-oġġezzjoni tagħhom.
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.
whatsapp-text =
    <b>WhatsApp u Meta AI</b>

    Il-konversazzjonijiet privati tiegħek huma kriptati minn tarf sa tarf u <b>mhumiex</b> jintużaw biex titħarreġ l-AI. Dak li tibgħat lil Meta AI (iċ-ċirku blu u roża fl-app, jew @Meta AI imsejjaħ f'chat ta' grupp) mhuwiex kriptat minn tarf sa tarf u jista' jintuża.

    • Meta AI ma jistax jintefa f'WhatsApp; tista' biss tagħżel li ma tużahx.
    • F'Ġunju 2025 Meta qalet li bħalissa ma tużax il-konversazzjonijiet ta' WhatsApp ma' Meta AI għat-taħriġ.
    • Fl-app m'hemm l-ebda għażla biex toġġezzjona, u l-organizzazzjonijiet tal-konsumaturi jgħidu li WhatsApp m'għandux proċedura uffiċjali ta' oġġezzjoni tiegħu għal dan.

    <b>L-aktar protezzjoni żgura:</b> tibgħat xejn lil Meta AI.

    <b>Bħala prekawzjoni, formola fuq il-web:</b>
    1. Agħfas il-buttuna hawn taħt (jew mur fuq whatsapp.com → it-taqsima legali f'qiegħ il-paġna → il-formola dwar id-drittijiet tas-suġġetti tad-data, ikun x'ikun isimha llum).
    2. Agħżel l-opzjonijiet biex toġġezzjona għall-użu tad-data tiegħek.
    3. Daħħal in-numru tat-telefon tiegħek bil-kodiċi tal-pajjiż, u l-indirizz tal-email tiegħek.
    4. Jekk il-formola tistaqsik għaliex, waħħal l-ittra ta' /template.
    5. Ibgħat il-formola. WhatsApp iwieġeb bl-email; żomm dik it-tweġiba.

## /template
letter-intro = Ikkopja l-ittra hawn taħt (agħfas fuqha biex tikkopjaha) u waħħalha fil-qasam tar-<i>raġuni</i> tal-formola, jew fil-formola ta' WhatsApp meta tistaqsik għaliex.
letter-body =
    Għeżież Sinjuri,

    Skont l-Artikolu 21(1) tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed noġġezzjona għall-ipproċessar tad-data personali tiegħi minn Meta u mis-sħab tagħha għall-iżvilupp u t-taħriġ tal-intelliġenza artifiċjali. Dan ikopri l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti tiegħi, u kull kontenut ieħor marbut mal-kont tiegħi, kif ukoll l-interazzjonijiet tiegħi ma' Meta AI.

    Skont l-Artikolu 12(3) tal-GDPR, nitlobkom tikkonfermawli bil-miktub, fi żmien xahar, li l-oġġezzjoni tiegħi ġiet irreġistrata u qed tiġi applikata.

    Dejjem tagħkom,

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
    { $remind }
    /stop: ebda tfakkiriet oħra
    /status: il-lista tiegħek u t-tfakkira li jmiss
    /language: ibdel il-lingwa
    /share: link biex tgħaddih lil ħaddieħor
    /privacy: x'inżomm dwarek
    /forget: ħassar kull ma nżomm dwar din il-konversazzjoni

    Tista' wkoll tikteb @{ $bot } fi kwalunkwe chat biex tibgħat karta hemmhekk.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: tfakkiriet qabel l-iskadenza
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: għaliex m'hemmx tfakkiriet issa

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
remind-after-deadline = L-iskadenza (<b>{ $date }</b>) għaddiet, għalhekk m'hemm xejn x'infakkrek, imma xorta tista' toġġezzjona f'kull ħin u l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha.
remind-nothing-left = Immarkajt it-tliet pjattaformi kollha, għalhekk m'għandekx bżonn tfakkira. Grazzi!
stop-done = 🔕 It-tfakkiriet ġew diżattivati. Ibgħat /remind biex terġa' tattivahom.
stop-not-subscribed = It-tfakkiriet ma kinux attivati. Ibgħat /remind biex tattivahom.
reminder-text =
    🔔 <b>Tfakkira:</b> fadal { $left } għall-iskadenza (<b>{ $date }</b>). Oġġezzjoni tapplika mill-jum li titressaq.

    Għad iridu jsiru: { $platforms }.

    Agħfas fuq pjattaforma biex tara l-passi. Diġà għamiltha? Immarkaha taħt il-passi u ma nibqax infakkrek dwarha.
all-done-text = ✅ Oġġezzjonajt fuq it-tliet pjattaformi kollha. Grazzi! Mhux se nibgħatlek aktar tfakkiriet.

## /status
status-title = <b>Il-lista tiegħek</b>
status-done = ✅ { $platform }: oġġezzjoni magħmula
status-open = ⬜ { $platform }: għad trid issir
status-subscribed = 🔔 It-tfakkiriet huma attivati. Li jmiss: <b>{ $when }</b>.
status-no-wave = 🔕 M'hemmx aktar tfakkiriet ippjanati.
status-not-subscribed = 🔕 It-tfakkiriet mhumiex attivati. Ibgħat /remind biex tattivahom.
marked-done = Innotat: { $platform } lest.
marked-undone = Innotat: { $platform } għad irid isir.

## Groups
admin-only = Amministratur ta' dan il-grupp biss jista' jagħmel dan.
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif joġġezzjonaw li Meta tuża l-posts, ir-ritratti u l-kummenti tagħhom biex tħarreġ l-AI tagħha.

    Kulħadd hawn jista' juża /facebook, /instagram, /whatsapp u /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Amministratur jista' jattiva t-tfakkiriet għall-grupp bil-kmand /remind.

## Sharing and inline mode
share-text =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif toġġezzjona li Meta tuża l-posts tiegħek biex tħarreġ l-AI tagħha.
    { $link }
inline-facebook-title = Oġġezzjona fuq Facebook
inline-facebook-desc = Il-passi u l-formola uffiċjali
inline-instagram-title = Oġġezzjona fuq Instagram
inline-instagram-desc = Il-passi u l-formola uffiċjali
inline-whatsapp-title = Oġġezzjona fuq WhatsApp
inline-whatsapp-desc = Konversazzjonijiet ma' Meta AI: x'jintuża, u formola
inline-letter-title = Ittra ta' oġġezzjoni
inline-letter-desc = Ittra lesta biex twaħħalha fil-formoli
inline-deadline-title = Skadenza
inline-deadline-desc = Fejn qegħdin, u x'tagħmel oġġezzjoni issa
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
cmd-whatsapp = WhatsApp u Meta AI
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
bot-description = Meta tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti pubbliċi tal-adulti fl-UE, u fuq dak li n-nies jibagħtu lil Meta AI. Dan il-bot jurik, pass pass u bil-lingwa tiegħek, kif toġġezzjona fuq Facebook u Instagram u x'japplika għal WhatsApp, u jagħtik ittra biex twaħħalha. Jekk ikun hemm skadenza ġejja, jista' jfakkrek.
bot-short-description = Oġġezzjona li Meta tuża l-posts tiegħek għall-AI tagħha: il-passi, il-formoli, ittra.
