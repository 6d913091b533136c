## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Itfi l-użu tad-data tiegħek minn LinkedIn biex titħarreġ l-AI
intro =
    LinkedIn tuża l-profili, il-posts u l-kummenti tal-membri fl-UE, u l-konversazzjonijiet tagħhom mal-funzjonijiet tal-AI tagħha, biex tħarreġ AI li tikteb kontenut. Il-messaġġi privati ma jintużawx. Setting, mixgħul sakemm titfih, iħallik toħroġ minn dan; jieħu minuta.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Tista' titfih meta trid, u japplika minn dak il-mument 'il quddiem. LinkedIn ilha tuża d-data tal-membri fl-UE biex tħarreġ l-AI mid-data <b>{ $date }</b>; il-mudelli diġà mħarrġa ma jinbidlux.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Immarkat: is-setting ta' LinkedIn huwa mitfi. Grazzi!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif titfi l-użu tad-data tiegħek minn LinkedIn biex titħarreġ l-AI.
    { $link }
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif jitfu l-użu tal-profil u tal-posts tagħhom minn LinkedIn biex titħarreġ l-AI.

    Kulħadd hawn jista' juża /linkedin.
description = LinkedIn tuża l-profili, il-posts u l-konversazzjonijiet mal-AI tal-membri fl-UE biex tħarreġ AI li tikteb kontenut. Dan il-bot jurik, bil-lingwa tiegħek, fejn hu s-setting u kif titfih.
short-description = Itfi l-użu tad-data tiegħek minn LinkedIn biex titħarreġ l-AI: fejn hu s-setting.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn u l-AI: fejn qegħdin
deadline-inline-desc = Minn meta LinkedIn qed tħarreġ fuq id-data tal-membri, u x'jagħmel is-setting
deadline-keywords = linkedin sitwazzjoni

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Iftaħ is-setting
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Oġġezzjoni, użi oħra
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: itfi t-taħriġ tal-AI ta' LinkedIn fuq id-data tiegħek
linkedin-command = Itfi t-taħriġ tal-AI ta' LinkedIn
linkedin-inline-title = Itfi t-taħriġ tal-AI ta' LinkedIn
linkedin-inline-desc = Fejn hu s-setting, fuq il-mobile u fuq il-kompjuter
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Itfi t-taħriġ tal-AI ta' LinkedIn</b>

    <b>L-aktar malajr:</b> agħfas <i>Iftaħ is-setting</i> hawn taħt u idħol f'LinkedIn jekk jintalab. Fil-paġna <i>Data for Generative AI Improvement</i>, itfi s-swiċċ.

    <b>Fuq il-mobile:</b> ir-ritratt tal-profil tiegħek → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → itfih.
    <b>Fuq il-kompjuter:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → itfih.

    <b>Wara:</b> ma tasal l-ebda konferma. Erġa' tella' l-paġna: is-swiċċ għandu jidher mitfi.

    <blockquote expandable><b>Tajjeb li tkun taf</b>
    • X'jintuża: il-profil tiegħek (isem, ritratt, pożizzjonijiet, edukazzjoni, ħiliet, rakkomandazzjonijiet), il-posts, l-artikli, il-kummenti u l-polls tiegħek, l-attività fil-gruppi, is-CVs issejvjati u t-tweġibiet għall-mistoqsijiet tal-għażla, u l-konversazzjonijiet mal-funzjonijiet tal-AI ta' LinkedIn. Il-messaġġi privati ma jintużawx.
    • Is-swiċċ japplika minn dak il-mument 'il quddiem; il-mudelli diġà mħarrġa ma jinbidlux.
    • L-awtorità Olandiża għall-protezzjoni tad-data qalet li tista' tintuża data li tmur lura sal-2003.
    • Għal użi oħra tad-data tiegħek (pereżempju AI għall-fiduċja u s-sigurtà, jew it-titjib tal-prodotti), l-avviż tal-privatezza ta' LinkedIn joffri formola ta' oġġezzjoni: hija t-tieni buttuna.</blockquote>
