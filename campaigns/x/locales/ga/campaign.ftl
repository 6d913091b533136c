## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Bain an tic a ligeann do X do shonraí a roinnt chun Grok a oiliúint
intro =
    Roinneann X do phostálacha poiblí, an chaoi a n-idirghníomhaíonn tú le postálacha, agus do chomhráite le Grok le xAI, a oileann Grok orthu. Ligeann bosca sna socruithe é seo; bíonn tic ann go dtí go mbaineann tú é. Tógann sé nóiméad.

## Where things stand (no `started`, so no $date).
standing = ✅ Is féidir leat an tic a bhaint am ar bith, agus bíonn éifeacht leis as sin amach; níl sé ag brath ar dháta ar bith. Dar le X, ní choisceann sé sin ar shamhail atá in úsáid cheana leanúint ag foghlaim trí ghnáthúsáid. D'oscail an Coimisiún um Chosaint Sonraí in Éirinn fiosrúchán in Aibreán 2025 faoi Grok a oiliúint ar phostálacha úsáideoirí san AE.

# When the setting is ticked off as unticked.
all-done = ✅ Tic curtha: tá an tic bainte den bhosca ar X. Go raibh maith agat!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas an tic a bhaint a ligeann do X do shonraí a roinnt chun Grok a oiliúint.
    { $link }
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas an tic a bhaint a ligeann do X a bpostálacha agus a gcomhráite Grok a roinnt chun Grok a oiliúint.

    Is féidir le duine ar bith anseo /x a úsáid.
description = Roinneann X postálacha poiblí agus comhráite Grok le xAI chun Grok a oiliúint, mura mbaineann tú tic de bhosca. Taispeánann an bota seo duit, i do theanga féin, cá bhfuil an bosca sin.
short-description = Bain an tic a ligeann do X do shonraí a roinnt chun Grok a oiliúint: cá bhfuil an bosca.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X agus Grok: an staid reatha
deadline-inline-desc = Cad a dhéanann an bosca, agus cad nach féidir leis a dhéanamh
deadline-keywords = x twitter grok staid

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Oscail socrú Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: bain an tic a ligeann do X do shonraí a roinnt chun Grok a oiliúint
x-command = Bain tic roinnte sonraí X le Grok
x-inline-title = Bain tic roinnte sonraí X le Grok
x-inline-desc = An bealach go dtí an bosca, agus céim eile
x-keywords = x twitter grok xai
x-steps =
    <b>X: bain tic Grok</b>

    <b>An bealach</b> (san aip nó ar x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → bain an tic den bhosca a cheadaíonn do shonraí poiblí agus d'idirghníomhaíochtaí le Grok a úsáid le haghaidh oiliúna.

    <b>Déanann an cnaipe thíos</b> iarracht an leathanach sin a oscailt go díreach. Mura n-osclaíonn sé, lean an bealach. Mura dtaispeánann an aip an socrú, úsáid x.com i mbrabhsálaí.

    <b>Ina dhiaidh sin:</b> ní thagann deimhniú ar bith; fanann an bosca gan tic.

    <b>Céim eile:</b> déanann <i>Protect your posts</i> (<i>Privacy and safety</i> → <i>Audience and tagging</i>) do phostálacha infheicthe do do leantóirí amháin, mar sin ní bhíonn siad poiblí a thuilleadh.

    <blockquote expandable><b>Is fiú a fhios a bheith agat</b>
    • Liostaíonn aguisín príobháideachais xAI don Eoraip (Iúil 2026) postálacha poiblí daoine fásta ar X i measc na sonraí a n-oileann sé Grok orthu, agus deir sé gur féidir agóid a dhéanamh sna socruithe.
    • Bíonn éifeacht le baint an tic as sin amach.</blockquote>
