## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oġġezzjona li Meta tuża l-kontenut tiegħek għall-AI tagħha
intro =
    Meta tuża l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tal-adulti fl-UE, kif ukoll dak li n-nies jibagħtu lil Meta AI, biex tħarreġ l-intelliġenza artifiċjali tagħha. Il-GDPR (l-Artikolu 21) jagħtik id-dritt li toġġezzjona. Jieħu biss ftit minuti għal kull pjattaforma.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta se tibda tuża l-kontenut fid-data <b>{ $date }</b>. Żmien li fadal: <b>{ $left }</b>. Oġġezzjoni tapplika mill-jum li titressaq, għalhekk jekk tressaqha qabel dik id-data, tibda tapplika qabel ma jibda t-taħriġ.
deadline-after = ℹ️ Meta ilha tħarreġ l-AI tagħha fuq il-kontenut mid-data <b>{ $date }</b>. Xorta tista' toġġezzjona: l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha. Il-kontenut li diġà ntuża ma jistax jitneħħa mill-mudelli li diġà tħarrġu.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Ikkopja l-ittra hawn taħt (agħfas fuqha biex tikkopjaha) u waħħalha fil-qasam tar-<i>raġuni</i> tal-formola, jew fil-formola ta' WhatsApp meta tistaqsik għaliex.
letter-body =
    Għeżież Sinjuri,

    Skont l-Artikolu 21(1) tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed noġġezzjona għall-ipproċessar tad-data personali tiegħi minn Meta u mis-sħab tagħha għall-iżvilupp u t-taħriġ tal-intelliġenza artifiċjali. Dan ikopri l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti tiegħi, u kull kontenut ieħor marbut mal-kont tiegħi, kif ukoll l-interazzjonijiet tiegħi ma' Meta AI.

    Skont l-Artikolu 12(3) tal-GDPR, nitlobkom tikkonfermawli bil-miktub, fi żmien xahar, li l-oġġezzjoni tiegħi ġiet irreġistrata u qed tiġi applikata.

    Dejjem tagħkom,

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Tfakkira:</b> fadal { $left } għall-iskadenza (<b>{ $date }</b>). Oġġezzjoni tapplika mill-jum li titressaq.

    Għad iridu jsiru: { $platforms }.

    Agħfas fuq pjattaforma biex tara l-passi. Diġà għamiltha? Immarkaha taħt il-passi u ma nibqax infakkrek dwarha.
# When every platform of this campaign is ticked off.
all-done = ✅ Oġġezzjonajt fuq it-tliet pjattaformi kollha. Grazzi! Mhux se nibgħatlek aktar tfakkiriet.
nothing-left = Immarkajt it-tliet pjattaformi kollha, għalhekk m'għandekx bżonn tfakkira. Grazzi!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif toġġezzjona li Meta tuża l-posts tiegħek biex tħarreġ l-AI tagħha.
    { $link }
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif joġġezzjonaw li Meta tuża l-posts, ir-ritratti u l-kummenti tagħhom biex tħarreġ l-AI tagħha.

    Kulħadd hawn jista' juża /facebook, /instagram, /whatsapp u /template.
description = Meta tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti pubbliċi tal-adulti fl-UE, u fuq dak li n-nies jibagħtu lil Meta AI. Dan il-bot jurik, pass pass u bil-lingwa tiegħek, kif toġġezzjona fuq Facebook u Instagram u x'japplika għal WhatsApp, u jagħtik ittra biex twaħħalha. Jekk ikun hemm skadenza ġejja, jista' jfakkrek.
short-description = Oġġezzjona li Meta tuża l-posts tiegħek għall-AI tagħha: il-passi, il-formoli, ittra.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Ittra ta' oġġezzjoni
letter-inline-desc = Ittra lesta biex twaħħalha fil-formoli
letter-keywords = ittra mudell oġġezzjoni oggezzjoni
deadline-inline-title = Skadenza
deadline-inline-desc = Fejn qegħdin, u x'tagħmel oġġezzjoni issa
deadline-keywords = skadenza data żmien zmien

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formola uffiċjali (idħol f'Facebook jekk jintalab)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: il-passi biex toġġezzjona fuq Facebook
facebook-command = Oġġezzjona fuq Facebook
facebook-inline-title = Oġġezzjona fuq Facebook
facebook-inline-desc = Il-passi u l-formola uffiċjali
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formola uffiċjali (idħol f'Instagram jekk jintalab)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: il-passi biex toġġezzjona fuq Instagram
instagram-command = Oġġezzjona fuq Instagram
instagram-inline-title = Oġġezzjona fuq Instagram
instagram-inline-desc = Il-passi u l-formola uffiċjali
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Iftaħ il-formola uffiċjali ta' WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: il-passi biex toġġezzjona fuq WhatsApp
whatsapp-command = WhatsApp u Meta AI
whatsapp-inline-title = Oġġezzjona fuq WhatsApp
whatsapp-inline-desc = Konversazzjonijiet ma' Meta AI: x'jintuża, u formola
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
