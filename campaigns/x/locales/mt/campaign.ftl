## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Neħħi l-marka li biha X jaqsam id-data tiegħek biex jitħarreġ Grok
intro =
    X jaqsam mal-kumpanija xAI il-posts pubbliċi tiegħek, kif tinteraġixxi mal-posts, u l-konversazzjonijiet tiegħek ma' Grok, u xAI tħarreġ lil Grok fuqhom. Kaxxa fis-settings tippermetti dan; tibqa' mmarkata sakemm tneħħilha l-marka. Jieħu minuta.

## Where things stand (no `started`, so no $date).
standing = ✅ Tista' tneħħi l-marka meta trid, u japplika minn dak il-mument 'il quddiem; ma jiddependi minn l-ebda data. Skont X, dan ma jwaqqafx mudell li diġà qed jintuża milli jkompli jitgħallem mill-użu normali. L-awtorità Irlandiża għall-protezzjoni tad-data fetħet investigazzjoni f'April 2025 dwar it-taħriġ ta' Grok fuq il-posts tal-utenti fl-UE.

# When the setting is ticked off as unticked.
all-done = ✅ Immarkat: il-kaxxa fuq X m'għadhiex immarkata. Grazzi!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Għaddih 'il quddiem: dan il-bot juri, bil-lingwa tiegħek, kif tneħħi l-marka li biha X jaqsam id-data tiegħek biex jitħarreġ Grok.
    { $link }
group-intro =
    Bonġu! Jien nuri lin-nies fl-UE kif ineħħu l-marka li biha X jaqsam il-posts u l-konversazzjonijiet tagħhom ma' Grok biex jitħarreġ Grok.

    Kulħadd hawn jista' juża /x.
description = X jaqsam il-posts pubbliċi u l-konversazzjonijiet ma' Grok mal-kumpanija xAI biex jitħarreġ Grok, sakemm ma tneħħix marka minn kaxxa. Dan il-bot jurik, bil-lingwa tiegħek, fejn hi dik il-kaxxa.
short-description = Neħħi l-marka li biha X jaqsam id-data tiegħek biex jitħarreġ Grok: fejn hi l-kaxxa.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X u Grok: fejn qegħdin
deadline-inline-desc = X'tagħmel il-kaxxa, u x'ma tistax tagħmel
deadline-keywords = x twitter grok sitwazzjoni

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Iftaħ is-setting ta' Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: neħħi l-marka li biha X jaqsam id-data tiegħek biex jitħarreġ Grok
x-command = Neħħi l-marka tal-qsim tad-data ta' X ma' Grok
x-inline-title = Neħħi l-marka tal-qsim tad-data ta' X ma' Grok
x-inline-desc = It-triq sal-kaxxa, u pass ieħor
x-keywords = x twitter grok xai
x-steps =
    <b>X: neħħi l-marka ta' Grok</b>

    <b>It-triq</b> (fl-app jew fuq x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → neħħi l-marka mill-kaxxa li tippermetti li d-data pubblika tiegħek u l-interazzjonijiet tiegħek ma' Grok jintużaw għat-taħriġ.

    <b>Il-buttuna hawn taħt</b> tipprova tiftaħ dik il-paġna direttament. Jekk ma tiftaħx, segwi t-triq. Jekk l-app ma turix is-setting, uża x.com f'browser.

    <b>Wara:</b> ma tasal l-ebda konferma; il-kaxxa tibqa' mingħajr marka.

    <b>Pass ieħor:</b> <i>Protect your posts</i> (<i>Privacy and safety</i> → <i>Audience and tagging</i>) jagħmel il-posts tiegħek viżibbli għas-segwaċi tiegħek biss, għalhekk ma jibqgħux pubbliċi.

    <blockquote expandable><b>Tajjeb li tkun taf</b>
    • L-addendum tal-privatezza ta' xAI għall-Ewropa (Lulju 2026) jelenka l-posts pubbliċi tal-adulti fuq X fost id-data li fuqha jitħarreġ Grok, u jgħid li tista' toġġezzjona fis-settings.
    • It-tneħħija tal-marka tapplika minn dak il-mument 'il quddiem.</blockquote>
