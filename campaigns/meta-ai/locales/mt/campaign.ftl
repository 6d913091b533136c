## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oġġezzjona li Meta tuża l-kontenut tiegħek biex tħarreġ l-AI tagħha
intro =
    Meta tħarreġ l-intelliġenza artifiċjali tagħha fuq il-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tal-adulti fl-UE, u fuq dak li n-nies jibagħtu lil Meta AI. Il-GDPR (l-Artikolu 21) jagħtik id-dritt li toġġezzjona. Jieħu ftit minuti biss għal kull pjattaforma.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Tista' toġġezzjona meta trid, u l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha. Meta ilha tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti pubbliċi tal-adulti, u fuq il-konversazzjonijiet ma' Meta AI, mid-data <b>{ $date }</b>; il-politika tal-privatezza tagħha għall-UE ta' Lulju 2026 għadha ssemmi dan l-użu. Dak li diġà ntuża ma jistax jitneħħa mill-mudelli mħarrġa.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta se tibda tuża l-kontenut fid-data <b>{ $date }</b>. Żmien li fadal: <b>{ $left }</b>. Oġġezzjoni tapplika mill-jum li titressaq, għalhekk jekk tressaqha qabel dik id-data, tibda tapplika qabel ma jibda t-taħriġ.
deadline-after = ✅ Xorta tista' toġġezzjona: l-oġġezzjoni tiegħek tapplika mill-jum li tressaqha. Meta ilha tħarreġ l-AI tagħha fuq il-kontenut mid-data <b>{ $date }</b>; dak li diġà ntuża ma jistax jitneħħa mill-mudelli mħarrġa.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Tfakkira:</b> fadal { $left } sad-data <b>{ $date }</b>. Oġġezzjoni tapplika mill-jum li titressaq.

    Għad iridu jsiru: { $platforms }.

    Agħfas fuq pjattaforma biex tara l-passi. Diġà għamiltha? Immarkaha taħt il-passi u ma nibqax infakkrek dwarha.
nothing-left = Immarkajt it-tliet pjattaformi kollha, għalhekk m'għandekx bżonn tfakkira. Grazzi!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Ikkopja l-ittra hawn taħt (agħfas fuqha biex tikkopjaha) u waħħalha fil-qasam tar-<i>raġuni</i> tal-formola, jew fil-formola ta' WhatsApp meta tistaqsik għaliex. Il-paragrafu bir-raġuni mhuwiex obbligatorju: żommu, ikteb tiegħek, jew ħassru.
letter-body =
    Għeżież Sinjuri,

    Skont l-Artikolu 21(1) tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed noġġezzjona, għal raġunijiet marbuta mas-sitwazzjoni partikolari tiegħi, għall-ipproċessar tad-data personali tiegħi minn Meta u mis-sħab tagħha għall-iżvilupp u t-taħriġ tal-intelliġenza artifiċjali. Dan ikopri l-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti tiegħi, u kull kontenut ieħor marbut mal-kont tiegħi, kif ukoll l-interazzjonijiet tiegħi ma' Meta AI.

    Dan il-kontenut ma qsamtux biex jintuża għat-taħriġ tal-AI, u rrid inżomm il-kontroll fuq kif jintuża.

    Skont l-Artikolu 12(3) tal-GDPR, nitlobkom tikkonfermawli bil-miktub, fi żmien xahar, li l-oġġezzjoni tiegħi ġiet irreġistrata u qed tiġi applikata.

    Dejjem tagħkom,

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram u WhatsApp huma kollha mmarkati. Grazzi!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif toġġezzjona li Meta tuża l-posts tiegħek biex tħarreġ l-AI tagħha.
    { $link }
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif joġġezzjonaw li Meta tuża l-posts, ir-ritratti u l-kummenti tagħhom biex tħarreġ l-AI tagħha.

    Kulħadd hawn jista' juża /facebook, /instagram, /whatsapp u /template.
description = Meta tħarreġ l-AI tagħha fuq il-posts, ir-ritratti u l-kummenti pubbliċi tal-adulti fl-UE, u fuq dak li n-nies jibagħtu lil Meta AI. Dan il-bot jurik, pass pass u bil-lingwa tiegħek, kif toġġezzjona fuq Facebook u Instagram u x'japplika għal WhatsApp, u jagħtik ittra biex twaħħalha.
short-description = Oġġezzjona li Meta tuża l-posts tiegħek biex tħarreġ l-AI tagħha: il-passi, il-formoli, ittra.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Ittra ta' oġġezzjoni lil Meta
letter-inline-desc = Ittra lesta biex twaħħalha fil-formoli ta' Meta
letter-keywords = ittra mudell oġġezzjoni oggezzjoni meta
deadline-inline-title = Meta AI: fejn qegħdin
deadline-inline-desc = Minn meta Meta qed tħarreġ fuq il-kontenut, u x'tagħmel oġġezzjoni issa
deadline-keywords = meta sitwazzjoni data

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Formola uffiċjali
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Il-paġna ta' Meta dwar l-AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: il-passi biex toġġezzjona fuq Facebook
facebook-command = Oġġezzjona fuq Facebook
facebook-inline-title = Oġġezzjona fuq Facebook
facebook-inline-desc = Il-passi u l-formola uffiċjali
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Oġġezzjona fuq Facebook</b>

    <b>L-aktar malajr:</b> agħfas <i>Formola uffiċjali</i> hawn taħt. Jekk il-paġna titlobhielek, idħol f'Facebook hemmhekk. Ma dħaltx fil-kont f'dak il-browser? Iftaħ il-link fil-browser tas-soltu tiegħek (⋯ → <i>Open in browser</i>), jew segwi l-passi fl-app.
    Fil-formola, daħħal l-indirizz tal-email tal-kont tiegħek; il-qasam tar-raġuni mhuwiex obbligatorju (ħallih vojt jew waħħal l-ittra ta' /template). Imbagħad ibgħatha.

    <b>Wara:</b> Meta tikkonferma bl-email jew fuq l-iskrin. Żomm dik il-konferma.

    <blockquote expandable><b>Fl-app</b>
    1. Iftaħ il-menu u mur għal <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Iftaħ <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Agħżel <i>Submit an objection request</i>.
    4. Daħħal l-indirizz tal-email tal-kont tiegħek. Ir-raġuni mhijiex obbligatorja.
    5. Ibgħat il-formola.</blockquote>

    <blockquote expandable><b>Tajjeb li tkun taf</b>
    • M'hemmx bżonn tagħti raġuni.
    • Oġġezzjoni waħda tkopri kull kont marbut fl-istess Accounts Center. Kont li mhuwiex marbut, jew li juża indirizz tal-email ieħor, jeħtieġ l-oġġezzjoni tiegħu.
    • Il-Paġni ta' Facebook ma jistgħux joġġezzjonaw b'din il-formola, il-kontijiet personali biss.
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.
    • Meta ċċaqilqet xi formoli ta' kuntatt tagħha. Jekk il-formola ma tiftaħx, it-tieni buttuna twasslek għall-paġna ta' Meta dwar l-AI ġenerattiva, li għandha link għad-dritt li toġġezzjona.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Formola uffiċjali
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Il-paġna ta' Meta dwar l-AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: il-passi biex toġġezzjona fuq Instagram
instagram-command = Oġġezzjona fuq Instagram
instagram-inline-title = Oġġezzjona fuq Instagram
instagram-inline-desc = Il-passi u l-formola uffiċjali
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Oġġezzjona fuq Instagram</b>

    <b>L-aktar malajr:</b> agħfas <i>Formola uffiċjali</i> hawn taħt. Jekk il-paġna titlobhielek, idħol f'Instagram hemmhekk. Ma dħaltx fil-kont f'dak il-browser? Iftaħ il-link fil-browser tas-soltu tiegħek (⋯ → <i>Open in browser</i>), jew segwi l-passi fl-app.
    Jekk il-formola tistaqsik jekk it-talba tiegħek hijiex dwar <i>AI at Meta</i>, agħżel <b>Yes</b>. Daħħal l-indirizz tal-email tal-kont tiegħek; il-qasam tar-raġuni mhuwiex obbligatorju (ħallih vojt jew waħħal l-ittra ta' /template). Imbagħad ibgħatha.

    <b>Wara:</b> Meta tikkonferma bl-email jew fuq l-iskrin. Żomm dik il-konferma.

    <blockquote expandable><b>Fl-app</b>
    1. Mur fuq il-profil tiegħek u agħfas il-menu ☰ (<i>Settings and activity</i>).
    2. Sib <i>Privacy Center</i> f'dak il-menu (f'xi verżjonijiet, taħt <i>About</i> → <i>Privacy Policy</i>).
    3. Fittex <i>Right to object</i>, imbagħad iftaħ il-formola.
    4. Jekk tistaqsik jekk it-talba hijiex dwar <i>AI at Meta</i>, agħżel <i>Yes</i>.
    5. Daħħal l-indirizz tal-email tal-kont tiegħek. Ir-raġuni mhijiex obbligatorja.
    6. Ibgħat il-formola.</blockquote>

    <blockquote expandable><b>Tajjeb li tkun taf</b>
    • M'hemmx bżonn tagħti raġuni.
    • Oġġezzjoni waħda tkopri kull kont marbut fl-istess Accounts Center, inkluż Facebook. Kontijiet li mhumiex marbuta jeħtieġu l-oġġezzjoni tagħhom.
    • Oġġezzjonajt fl-2024? Erġa' agħmilha, biex tkun żgur.
    • Meta ċċaqilqet xi formoli ta' kuntatt tagħha. Jekk il-formola ma tiftaħx, it-tieni buttuna twasslek għall-paġna ta' Meta dwar l-AI ġenerattiva, li għandha link għad-dritt li toġġezzjona.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Il-formola ta' WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: lest
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp u Meta AI: x'jintuża, u formola bħala prekawzjoni
whatsapp-command = WhatsApp u Meta AI
whatsapp-inline-title = WhatsApp u Meta AI
whatsapp-inline-desc = X'jintuża, u formola bħala prekawzjoni
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp u Meta AI</b>

    WhatsApp m'għandux swiċċ jew għażla ta' oġġezzjoni tiegħu għal Meta AI. <b>Il-protezzjoni l-aktar żgura: la tibgħat xejn lil Meta AI.</b>
    • Fi grupp, kull membru jista' jsejjaħ lil @Meta AI. <i>Advanced chat privacy</i> (agħfas fuq isem il-chat) tista' twaqqaf lill-membri milli jużaw Meta AI f'dak il-chat. Is-sorsi ma jaqblux dwar dan, għalhekk iċċekkja jekk l-app tiegħek toffrix.

    <b>X'jintuża:</b> il-konversazzjonijiet privati tiegħek huma kriptati minn tarf sa tarf u <b>mhumiex</b> jintużaw biex titħarreġ l-AI. Dak li tibgħat lil Meta AI (iċ-ċirku blu u roża, jew @Meta AI imsejjaħ fi grupp) mhuwiex kriptat minn tarf sa tarf u jista' jintuża. Meta AI ma jistax jintefa f'WhatsApp; tista' biss ma tużahx. F'Ġunju 2025 Meta qalet li dak iż-żmien ma kinitx qed tuża l-konversazzjonijiet ta' WhatsApp ma' Meta AI għat-taħriġ.

    <b>Bħala prekawzjoni, formola fuq il-web.</b> Il-politika tal-privatezza ta' WhatsApp tirreferi għaliha għall-oġġezzjonijiet b'mod ġenerali; mhijiex swiċċ għall-AI, u l-organizzazzjonijiet tal-konsumaturi jgħidu li WhatsApp m'għandux proċedura uffiċjali ta' oġġezzjoni tiegħu għall-AI.
    1. Agħfas il-buttuna hawn taħt (jew sib il-formola dwar id-drittijiet tas-suġġetti tad-data fost il-links legali ta' whatsapp.com).
    2. Agħżel l-għażla biex toġġezzjona għall-ipproċessar tal-informazzjoni tiegħek.
    3. Daħħal in-numru tat-telefon tiegħek bil-kodiċi tal-pajjiż, u l-indirizz tal-email tiegħek.
    4. Jekk tistaqsik għaliex, waħħal l-ittra ta' /template.
    5. Ibgħat il-formola. WhatsApp iwieġeb bl-email; żomm dik it-tweġiba.
