## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Déan agóid i gcoinne Meta d'ábhar a úsáid chun a hIS a oiliúint
intro =
    Oileann Meta a hintleacht shaorga (IS) ar phostálacha, ar ghrianghraif, ar fhotheidil agus ar thráchtanna poiblí ó dhaoine fásta san AE, agus ar an méid a sheolann daoine chuig Meta AI. Tugann Airteagal 21 den RGCS (GDPR) an ceart duit agóid a dhéanamh. Ní thógann sé ach cúpla nóiméad in aghaidh an ardáin.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Is féidir leat agóid a dhéanamh am ar bith, agus bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í. Tá Meta ag oiliúint a hIS ar phostálacha, ar ghrianghraif agus ar thráchtanna poiblí ó dhaoine fásta, agus ar chomhráite le Meta AI, ón <b>{ $date }</b>; luann a beartas príobháideachais don AE ó Iúil 2026 an úsáid sin fós. Ní féidir an méid a úsáideadh cheana a bhaint as samhlacha oilte.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Tosóidh Meta ag úsáid ábhair ar an <b>{ $date }</b>. Am fágtha: <b>{ $left }</b>. Bíonn éifeacht le hagóid ón lá a chuirtear isteach í, mar sin má chuireann tú isteach í roimh an dáta sin, beidh éifeacht léi sula dtosóidh an oiliúint.
deadline-after = ✅ Is féidir leat agóid a dhéanamh fós: bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í. Tá Meta ag oiliúint a hIS ar ábhar ón <b>{ $date }</b>; ní féidir an méid a úsáideadh cheana a bhaint as samhlacha oilte.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Meabhrúchán:</b> tá { $left } fágtha go dtí an <b>{ $date }</b>. Bíonn éifeacht le hagóid ón lá a chuirtear isteach í.

    Fós le déanamh: { $platforms }.

    Tapáil ardán chun na céimeanna a fheiceáil. An bhfuil sé déanta agat cheana? Cuir tic leis faoi na céimeanna agus ní chuirfidh mé i gcuimhne duit é arís.
nothing-left = Chuir tú tic leis na trí ardán ar fad, mar sin níl meabhrúchán de dhíth ort. Go raibh maith agat!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Cóipeáil an litir thíos (tapáil í chun í a chóipeáil) agus greamaigh í i réimse na <i>cúise</i> san fhoirm, nó i bhfoirm WhatsApp nuair a fhiafraíonn sí cén fáth. Tá an t-alt a thugann cúis roghnach: coinnigh é, scríobh do cheann féin, nó scrios é.
letter-body =
    A chara,

    Faoi Airteagal 21(1) den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim agóid leis seo, ar fhoras a bhaineann le mo chás áirithe, i gcoinne mo shonraí pearsanta a phróiseáil ag Meta agus ag a comhpháirtithe chun intleacht shaorga a fhorbairt agus a oiliúint. Baineann sé seo le mo phostálacha, le mo ghrianghraif, le m'fhotheidil, le mo thráchtanna agus le haon ábhar eile atá nasctha le mo chuntas, chomh maith le m'idirghníomhaíochtaí le Meta AI.

    Níor roinn mé an t-ábhar seo chun go n-úsáidfí é chun IS a oiliúint, agus ba mhaith liom smacht a choinneáil ar an gcaoi a n-úsáidtear é.

    Faoi Airteagal 12(3) den RGCS, iarraim oraibh a dhearbhú i scríbhinn, laistigh de mhí, go bhfuil m'agóid cláraithe agus go bhfuil sí á cur i bhfeidhm.

    Is mise, le meas,

# When every platform of this campaign is ticked off.
all-done = ✅ Tá tic curtha le Facebook, Instagram agus WhatsApp. Go raibh maith agat!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas agóid a dhéanamh i gcoinne Meta do phostálacha a úsáid chun a hIS a oiliúint.
    { $link }
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas agóid a dhéanamh i gcoinne Meta a bpostálacha, a ngrianghraif agus a dtráchtanna a úsáid chun a hIS a oiliúint.

    Is féidir le duine ar bith anseo /facebook, /instagram, /whatsapp agus /template a úsáid.
description = Oileann Meta a hIS ar phostálacha, ar ghrianghraif agus ar thráchtanna poiblí ó dhaoine fásta san AE, agus ar an méid a sheolann daoine chuig Meta AI. Taispeánann an bota seo duit, céim ar chéim agus i do theanga féin, conas agóid a dhéanamh ar Facebook agus ar Instagram agus cad is fíor maidir le WhatsApp, agus tugann sé litir duit le greamú.
short-description = Déan agóid i gcoinne Meta do phostálacha a úsáid chun a hIS a oiliúint: céimeanna, foirmeacha, litir.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Litir agóide chuig Meta
letter-inline-desc = Litir réidh le greamú i bhfoirmeacha Meta
letter-keywords = litir teimpléad agóid agoid meta
deadline-inline-title = Meta AI: an staid reatha
deadline-inline-desc = Ó chathain a bhíonn Meta ag oiliúint ar ábhar, agus cad a dhéanann agóid anois
deadline-keywords = meta staid dáta data

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Foirm oifigiúil
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Leathanach IS Meta
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: na céimeanna chun agóid a dhéanamh ar Facebook
facebook-command = Déan agóid ar Facebook
facebook-inline-title = Déan agóid ar Facebook
facebook-inline-desc = Na céimeanna agus an fhoirm oifigiúil
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Déan agóid ar Facebook</b>

    <b>An bealach is tapúla:</b> tapáil <i>Foirm oifigiúil</i> thíos. Má iarrann an leathanach ort é, logáil isteach ar Facebook ansin. Níl tú logáilte isteach sa bhrabhsálaí sin? Oscail an nasc i do ghnáthbhrabhsálaí (⋯ → <i>Open in browser</i>), nó lean na céimeanna san aip.
    San fhoirm, cuir isteach seoladh ríomhphoist do chuntais; tá réimse na cúise roghnach (fág folamh é nó greamaigh an litir ó /template). Ansin seol í.

    <b>Ina dhiaidh sin:</b> deimhníonn Meta é trí ríomhphost nó ar an scáileán. Coinnigh an deimhniú sin.

    <blockquote expandable><b>San aip</b>
    1. Oscail an roghchlár agus téigh go <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Oscail <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Roghnaigh <i>Submit an objection request</i>.
    4. Cuir isteach seoladh ríomhphoist do chuntais. Tá an chúis roghnach.
    5. Seol an fhoirm.</blockquote>

    <blockquote expandable><b>Is fiú a fhios a bheith agat</b>
    • Níl gá le cúis ar bith.
    • Clúdaíonn agóid amháin gach cuntas atá nasctha san Accounts Center céanna. Teastaíonn a agóid féin ó chuntas nach bhfuil nasctha, nó a úsáideann seoladh ríomhphoist eile.
    • Ní féidir ach le cuntais phearsanta agóid a dhéanamh leis an bhfoirm seo, ní le Leathanaigh Facebook.
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.
    • Tá cuid dá foirmeacha teagmhála bogtha ag Meta. Mura n-osclaíonn an fhoirm, tugann an dara cnaipe thú chuig leathanach Meta faoin IS ghiniúnach, a bhfuil nasc ann chuig an gceart agóide.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Foirm oifigiúil
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Leathanach IS Meta
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: na céimeanna chun agóid a dhéanamh ar Instagram
instagram-command = Déan agóid ar Instagram
instagram-inline-title = Déan agóid ar Instagram
instagram-inline-desc = Na céimeanna agus an fhoirm oifigiúil
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Déan agóid ar Instagram</b>

    <b>An bealach is tapúla:</b> tapáil <i>Foirm oifigiúil</i> thíos. Má iarrann an leathanach ort é, logáil isteach ar Instagram ansin. Níl tú logáilte isteach sa bhrabhsálaí sin? Oscail an nasc i do ghnáthbhrabhsálaí (⋯ → <i>Open in browser</i>), nó lean na céimeanna san aip.
    Má fhiafraíonn an fhoirm an bhfuil d'iarratas faoi <i>AI at Meta</i>, roghnaigh <b>Yes</b>. Cuir isteach seoladh ríomhphoist do chuntais; tá réimse na cúise roghnach (fág folamh é nó greamaigh an litir ó /template). Ansin seol í.

    <b>Ina dhiaidh sin:</b> deimhníonn Meta é trí ríomhphost nó ar an scáileán. Coinnigh an deimhniú sin.

    <blockquote expandable><b>San aip</b>
    1. Téigh go dtí do phróifíl agus tapáil an roghchlár ☰ (<i>Settings and activity</i>).
    2. Aimsigh <i>Privacy Center</i> sa roghchlár sin (i leaganacha áirithe, faoi <i>About</i> → <i>Privacy Policy</i>).
    3. Lorg <i>Right to object</i> agus oscail an fhoirm.
    4. Má fhiafraíonn sí an bhfuil an t-iarratas faoi <i>AI at Meta</i>, roghnaigh <i>Yes</i>.
    5. Cuir isteach seoladh ríomhphoist do chuntais. Tá an chúis roghnach.
    6. Seol an fhoirm.</blockquote>

    <blockquote expandable><b>Is fiú a fhios a bheith agat</b>
    • Níl gá le cúis ar bith.
    • Clúdaíonn agóid amháin gach cuntas atá nasctha san Accounts Center céanna, Facebook san áireamh. Teastaíonn a n-agóid féin ó chuntais nach bhfuil nasctha.
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.
    • Tá cuid dá foirmeacha teagmhála bogtha ag Meta. Mura n-osclaíonn an fhoirm, tugann an dara cnaipe thú chuig leathanach Meta faoin IS ghiniúnach, a bhfuil nasc ann chuig an gceart agóide.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Foirm WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: déanta
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp agus Meta AI: cad a úsáidtear, agus foirm mar réamhchúram
whatsapp-command = WhatsApp agus Meta AI
whatsapp-inline-title = WhatsApp agus Meta AI
whatsapp-inline-desc = Cad a úsáidtear, agus foirm mar réamhchúram
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp agus Meta AI</b>

    Níl lasc ná socrú agóide dá chuid féin ag WhatsApp do Meta AI. <b>An chosaint is cinnte: ná seol aon rud chuig Meta AI.</b>
    • I ngrúpa, is féidir le haon bhall @Meta AI a ghlaoch isteach. Is féidir le <i>Advanced chat privacy</i> (tapáil ainm an chomhrá) cosc a chur ar bhaill Meta AI a úsáid sa chomhrá sin. Ní aontaíonn na foinsí faoi seo, mar sin seiceáil an dtairgeann d'aip é.

    <b>Cad a úsáidtear:</b> tá do chomhráite príobháideacha criptithe ó cheann ceann agus <b>ní</b> úsáidtear iad chun an IS a oiliúint. An méid a sheolann tú chuig Meta AI (an ciorcal gorm agus bándearg, nó @Meta AI a ghlaoitear isteach i ngrúpa), níl sé criptithe ó cheann ceann agus is féidir é a úsáid. Ní féidir Meta AI a mhúchadh ar WhatsApp; ní féidir ach gan é a úsáid. I mí an Mheithimh 2025, dúirt Meta nach raibh sí ag úsáid comhráite WhatsApp le Meta AI le haghaidh oiliúna ag an am sin.

    <b>Mar réamhchúram, foirm ghréasáin.</b> Tagraíonn beartas príobháideachais WhatsApp di le haghaidh agóidí i gcoitinne; ní lasc IS í, agus deir eagraíochtaí tomhaltóirí nach bhfuil bealach oifigiúil agóide ar leith ag WhatsApp maidir le IS.
    1. Tapáil an cnaipe thíos (nó aimsigh an fhoirm maidir le cearta ábhar sonraí i measc naisc dlí whatsapp.com).
    2. Roghnaigh an rogha chun agóid a dhéanamh in aghaidh próiseáil d'fhaisnéise.
    3. Cuir isteach d'uimhir theileafóin leis an gcód tíre, agus do sheoladh ríomhphoist.
    4. Má fhiafraíonn sí cén fáth, greamaigh an litir ó /template.
    5. Seol an fhoirm. Freagraíonn WhatsApp trí ríomhphost; coinnigh an freagra sin.
