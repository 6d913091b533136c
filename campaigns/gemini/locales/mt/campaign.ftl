## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Itfi l-użu tal-konversazzjonijiet tiegħek ma' Gemini minn Google biex titħarreġ l-AI
intro =
    Sakemm <i>Keep Activity</i> ikun mixgħul, Google tuża dak li tikteb, ittella' u taqsam f'Gemini biex ittejjeb il-prodotti tagħha u tħarreġ il-mudelli tal-AI tagħha, u reviżuri umani jaqraw kampjun. Biex titfih tieħu minuta; il-GDPR jagħtik ukoll id-dritt li toġġezzjona.

## Where things stand (no `started`, so no $date).
standing = ✅ Tista' titfi <i>Keep Activity</i> meta trid, u japplika minn dak il-mument 'il quddiem; ma jiddependi minn l-ebda data. Meta jkun mitfi, Google tgħid li żżomm il-konversazzjonijiet ġodda għal 72 siegħa u ma tużahomx għat-taħriġ, sakemm ma tibgħatx feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Għat-talba ta' oġġezzjoni taħt il-GDPR ta' Google (it-tieni buttuna taħt /gemini): ikkopja l-ittra hawn taħt (agħfas fuqha biex tikkopjaha) u waħħalha fejn il-formola titolbok tiddeskrivi t-talba tiegħek. Il-paragrafu bir-raġuni mhuwiex obbligatorju: żommu, ikteb tiegħek, jew ħassru.
letter-body =
    Għeżież Sinjuri,

    Skont l-Artikolu 21(1) tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed noġġezzjona, għal raġunijiet marbuta mas-sitwazzjoni partikolari tiegħi, għall-ipproċessar minn Google tal-konversazzjonijiet tiegħi ma' Gemini, tal-fajls li ntella' u tal-kontenut li naqsam mal-apps ta' Gemini għall-iżvilupp u t-taħriġ ta' mudelli tal-intelliġenza artifiċjali.

    Nuża Gemini għall-skopijiet tiegħi u mhux biex dan il-kontenut jintuża għat-taħriġ tal-AI; irrid inżomm il-kontroll fuq kif jintuża.

    Skont l-Artikolu 12(3) tal-GDPR, nitlobkom tikkonfermawli bil-miktub, fi żmien xahar, li l-oġġezzjoni tiegħi ġiet irreġistrata u qed tiġi applikata.

    Dejjem tagħkom,

# When the setting is ticked off as turned off.
all-done = ✅ Immarkat: <i>Keep Activity</i> huwa mitfi. Grazzi!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif titfi l-użu tal-konversazzjonijiet tiegħek ma' Gemini minn Google biex titħarreġ l-AI.
    { $link }
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif jitfu l-użu tal-konversazzjonijiet tagħhom ma' Gemini minn Google biex titħarreġ l-AI, u kif joġġezzjonaw għalih.

    Kulħadd hawn jista' juża /gemini u /template.
description = Sakemm Keep Activity ikun mixgħul, Google tħarreġ il-mudelli tal-AI tagħha fuq il-konversazzjonijiet ma' Gemini. Dan il-bot jurik, bil-lingwa tiegħek, kif titfih u kif toġġezzjona taħt il-GDPR, b'ittra biex twaħħalha.
short-description = Itfi l-użu tal-konversazzjonijiet tiegħek ma' Gemini għat-taħriġ tal-AI: is-setting, ittra.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Ittra ta' oġġezzjoni lil Google
letter-inline-desc = Ittra lesta għat-talba ta' oġġezzjoni taħt il-GDPR ta' Google
letter-keywords = ittra mudell google gemini
deadline-inline-title = Gemini u t-taħriġ tal-AI: fejn qegħdin
deadline-inline-desc = X'jagħmel is-setting, u x'jiġri mill-konversazzjonijiet tiegħek
deadline-keywords = gemini google sitwazzjoni

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Iftaħ Gemini activity
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Oġġezzjoni GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: itfi t-taħriġ tal-AI ta' Google fuq il-konversazzjonijiet tiegħek ma' Gemini
gemini-command = Itfi t-taħriġ tal-AI fuq il-konversazzjonijiet ma' Gemini
gemini-inline-title = Itfi t-taħriġ tal-AI fuq Gemini
gemini-inline-desc = Is-setting, u t-talba ta' oġġezzjoni ta' Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: itfi <i>Keep Activity</i></b>

    <b>L-aktar malajr:</b> agħfas <i>Iftaħ Gemini activity</i> hawn taħt, idħol f'Google jekk jintalab, u itfi <i>Keep Activity</i> (jista' jkun għadu jismu <i>Gemini Apps Activity</i>). Tista' wkoll tagħżel li titfih u tħassar l-attività tiegħek.

    <b>Fl-app ta' Gemini:</b> ir-ritratt tal-profil tiegħek → <i>Gemini Apps Activity</i> jew <i>Keep Activity</i> → itfih.
    <b>Fuq il-kompjuter:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → itfih.

    <b>Wara:</b> ma tasal l-ebda konferma; il-paġna turi s-setting mitfi.

    <blockquote expandable><b>Tajjeb li tkun taf</b>
    • Meta jkun mitfi, Google tgħid li żżomm il-konversazzjonijiet ġodda għal 72 siegħa u ma tużahomx għat-taħriġ, sakemm ma tibgħatx feedback. Lanqas il-konversazzjonijiet temporanji ma jintużaw.
    • Japplika minn dak il-mument 'il quddiem.
    • Tista' wkoll toġġezzjona taħt il-GDPR: it-tieni buttuna tiftaħ il-formola ta' Google għat-talbiet legali (fl-app: taħt tweġiba, <i>More</i> → <i>Report legal issue</i>). Titolbok tiddeskrivi l-ipproċessar: /template jagħtik ittra.
    • Google qalet f'Novembru 2025 li ma tużax il-kontenut ta' Gmail biex tħarreġ lil Gemini.</blockquote>
