## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Múch úsáid LinkedIn as do shonraí chun IS a oiliúint
intro =
    Úsáideann LinkedIn próifílí, postálacha agus tráchtanna a bhall san AE, agus a gcomhráite lena ghnéithe IS, chun IS a scríobhann ábhar a oiliúint. Ní úsáidtear teachtaireachtaí príobháideacha. Ligeann socrú, atá ar siúl go dtí go múchann tú é, duit diúltú; tógann sé nóiméad.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Is féidir leat é a mhúchadh am ar bith, agus bíonn éifeacht leis as sin amach. Tá LinkedIn ag úsáid sonraí a bhall san AE chun IS a oiliúint ón <b>{ $date }</b>; ní athraítear samhlacha atá oilte cheana.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Tic curtha: tá socrú LinkedIn múchta. Go raibh maith agat!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas úsáid LinkedIn as do shonraí chun IS a oiliúint a mhúchadh.
    { $link }
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas úsáid LinkedIn as a bpróifíl agus a bpostálacha chun IS a oiliúint a mhúchadh.

    Is féidir le duine ar bith anseo /linkedin a úsáid.
description = Úsáideann LinkedIn próifílí, postálacha agus comhráite IS a bhall san AE chun IS a scríobhann ábhar a oiliúint. Taispeánann an bota seo duit, i do theanga féin, cá bhfuil an socrú agus conas é a mhúchadh.
short-description = Múch úsáid LinkedIn as do shonraí chun IS a oiliúint: cá bhfuil an socrú.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn agus IS: an staid reatha
deadline-inline-desc = Ó chathain a bhíonn LinkedIn ag oiliúint ar shonraí ball, agus cad a dhéanann an socrú
deadline-keywords = linkedin staid

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Oscail an socrú
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Agóid, úsáidí eile
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: múch oiliúint IS LinkedIn ar do shonraí
linkedin-command = Múch oiliúint IS LinkedIn
linkedin-inline-title = Múch oiliúint IS LinkedIn
linkedin-inline-desc = Cá bhfuil an socrú, ar fhón agus ar ríomhaire
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Múch oiliúint IS LinkedIn</b>

    <b>An bealach is tapúla:</b> tapáil <i>Oscail an socrú</i> thíos agus logáil isteach ar LinkedIn má iarrtar. Ar an leathanach <i>Data for Generative AI Improvement</i>, múch an lasc.

    <b>Ar fhón:</b> do phictiúr próifíle → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → múch é.
    <b>Ar ríomhaire:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → múch é.

    <b>Ina dhiaidh sin:</b> ní thagann deimhniú ar bith. Athlódáil an leathanach: ba chóir go mbeadh an lasc múchta.

    <blockquote expandable><b>Is fiú a fhios a bheith agat</b>
    • Cad a úsáidtear: do phróifíl (ainm, grianghraf, poist, oideachas, scileanna, formhuinithe), do phostálacha, d'ailt, do thráchtanna agus do phobalbhreitheanna, gníomhaíocht i ngrúpaí, CVanna sábháilte agus freagraí ar cheisteanna scagtha, agus comhráite le gnéithe IS LinkedIn. Ní úsáidtear teachtaireachtaí príobháideacha.
    • Bíonn éifeacht leis an lasc as sin amach; ní athraítear samhlacha atá oilte cheana.
    • Dúirt údarás cosanta sonraí na hÍsiltíre gur féidir sonraí a théann siar go 2003 a úsáid.
    • Le haghaidh úsáidí eile de do shonraí (mar shampla IS iontaobhais agus sábháilteachta, nó feabhsú táirgí), tairgeann fógra príobháideachais LinkedIn foirm agóide: is é an dara cnaipe é.</blockquote>
