## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Déan agóid i gcoinne Meta d'ábhar a úsáid dá hIS
intro =
    Úsáideann Meta postálacha, grianghraif, fotheidil agus tráchtanna poiblí ó dhaoine fásta san AE, mar aon leis an méid a sheolann daoine chuig Meta AI, chun a hintleacht shaorga (IS) a oiliúint. Tugann Airteagal 21 den RGCS (GDPR) an ceart duit agóid a dhéanamh. Ní thógann sé ach cúpla nóiméad in aghaidh an ardáin.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Tosóidh Meta ag úsáid ábhair ar an <b>{ $date }</b>. Am fágtha: <b>{ $left }</b>. Bíonn éifeacht le hagóid ón lá a chuirtear isteach í, mar sin má chuireann tú isteach í roimh an dáta sin, beidh éifeacht léi sula dtosóidh an oiliúint.
deadline-after = ℹ️ Tá Meta ag oiliúint a hIS ar ábhar ón <b>{ $date }</b>. Is féidir leat agóid a dhéanamh fós: bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í. Ní féidir ábhar a úsáideadh cheana a bhaint as samhlacha atá oilte cheana.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Cóipeáil an litir thíos (tapáil í chun í a chóipeáil) agus greamaigh í i réimse na <i>cúise</i> san fhoirm, nó i bhfoirm WhatsApp nuair a fhiafraíonn sí cén fáth.
letter-body =
    A chara,

    Faoi Airteagal 21(1) den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim agóid leis seo i gcoinne mo shonraí pearsanta a phróiseáil ag Meta agus ag a comhpháirtithe chun intleacht shaorga a fhorbairt agus a oiliúint. Baineann sé seo le mo phostálacha, le mo ghrianghraif, le m'fhotheidil, le mo thráchtanna agus le haon ábhar eile atá nasctha le mo chuntas, chomh maith le m'idirghníomhaíochtaí le Meta AI.

    Faoi Airteagal 12(3) den RGCS, iarraim oraibh a dhearbhú i scríbhinn, laistigh de mhí, go bhfuil m'agóid cláraithe agus go bhfuil sí á cur i bhfeidhm.

    Is mise, le meas,

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Meabhrúchán:</b> tá { $left } fágtha go dtí an spriocdháta (<b>{ $date }</b>). Bíonn éifeacht le hagóid ón lá a chuirtear isteach í.

    Fós le déanamh: { $platforms }.

    Tapáil ardán chun na céimeanna a fheiceáil. An bhfuil sé déanta agat cheana? Cuir tic leis faoi na céimeanna agus ní chuirfidh mé i gcuimhne duit é arís.
# When every platform of this campaign is ticked off.
all-done = ✅ Rinne tú agóid ar na trí ardán ar fad. Go raibh maith agat! Ní sheolfaidh mé a thuilleadh meabhrúchán chugat.
nothing-left = Chuir tú tic leis na trí ardán ar fad, mar sin níl meabhrúchán de dhíth ort. Go raibh maith agat!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas agóid a dhéanamh i gcoinne Meta do phostálacha a úsáid chun a hIS a oiliúint.
    { $link }
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas agóid a dhéanamh i gcoinne Meta a bpostálacha, a ngrianghraif agus a dtráchtanna a úsáid chun a hIS a oiliúint.

    Is féidir le duine ar bith anseo /facebook, /instagram, /whatsapp agus /template a úsáid.
description = Oileann Meta a hIS ar phostálacha, grianghraif agus tráchtanna poiblí ó dhaoine fásta san AE, agus ar an méid a sheolann daoine chuig Meta AI. Taispeánann an bota seo duit, céim ar chéim agus i do theanga féin, conas agóid a dhéanamh ar Facebook agus Instagram agus cad is fíor maidir le WhatsApp, agus tugann sé litir duit le greamú. Nuair a bhíonn spriocdháta le teacht, is féidir leis é a chur i gcuimhne duit.
short-description = Déan agóid i gcoinne Meta do phostálacha a úsáid dá hIS: na céimeanna, na foirmeacha, litir.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Litir agóide
letter-inline-desc = Litir réidh le greamú sna foirmeacha
letter-keywords = litir teimpléad agóid agoid
deadline-inline-title = Spriocdháta
deadline-inline-desc = An staid reatha, agus cad a dhéanann agóid anois
deadline-keywords = spriocdháta spriocdhata dáta data am

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Foirm oifigiúil (logáil isteach ar Facebook má iarrtar)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: na céimeanna chun agóid a dhéanamh ar Facebook
facebook-command = Déan agóid ar Facebook
facebook-inline-title = Déan agóid ar Facebook
facebook-inline-desc = Na céimeanna agus an fhoirm oifigiúil
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Déan agóid ar Facebook</b>

    <b>An bealach is tapúla:</b> tapáil an cnaipe thíos chun foirm oifigiúil Meta a oscailt. Má iarrann an leathanach ort é, logáil isteach ar Facebook ansin ar dtús.

    <b>San aip:</b>
    1. Oscail an roghchlár agus téigh go <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Oscail <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Roghnaigh <i>Submit an objection request</i>.
    4. Cuir isteach seoladh ríomhphoist do chuntais. Tá an réimse don chúis roghnach: fág folamh é nó greamaigh an litir ó /template ann.
    5. Seol an fhoirm.

    <b>Ina dhiaidh sin:</b> deimhníonn Meta é trí ríomhphost nó ar an scáileán. Coinnigh an deimhniú sin.

    <b>Is fiú a fhios a bheith agat</b>
    • Níl gá le cúis ar bith.
    • Clúdaíonn agóid amháin gach cuntas atá nasctha san Accounts Center céanna. Teastaíonn a agóid féin ó chuntas nach bhfuil nasctha, nó a úsáideann seoladh ríomhphoist eile.
    • Ní féidir ach le cuntais phearsanta agóid a dhéanamh leis an bhfoirm seo, ní le Leathanaigh Facebook.
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Foirm oifigiúil (logáil isteach ar Instagram má iarrtar)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: na céimeanna chun agóid a dhéanamh ar Instagram
instagram-command = Déan agóid ar Instagram
instagram-inline-title = Déan agóid ar Instagram
instagram-inline-desc = Na céimeanna agus an fhoirm oifigiúil
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Déan agóid ar Instagram</b>

    <b>An bealach is tapúla:</b> tapáil an cnaipe thíos chun foirm oifigiúil Meta a oscailt. Má iarrann an leathanach ort é, logáil isteach ar Instagram ansin ar dtús.

    <b>San aip:</b>
    1. Téigh go dtí do phróifíl agus tapáil an roghchlár ☰ (<i>Settings and activity</i>).
    2. Aimsigh <i>Privacy Center</i> sa roghchlár sin (i leaganacha áirithe, faoi <i>About</i> → <i>Privacy Policy</i>).
    3. Lorg <i>Right to object</i> agus oscail an fhoirm.
    4. Cuir isteach seoladh ríomhphoist do chuntais. Tá an réimse don chúis roghnach: fág folamh é nó greamaigh an litir ó /template ann.
    5. Seol an fhoirm.

    <b>Ina dhiaidh sin:</b> deimhníonn Meta é trí ríomhphost nó ar an scáileán. Coinnigh an deimhniú sin.

    <b>Is fiú a fhios a bheith agat</b>
    • Níl gá le cúis ar bith.
    • Clúdaíonn agóid amháin gach cuntas atá nasctha san Accounts Center céanna, Facebook san áireamh. Teastaíonn a n-agóid féin ó chuntais nach bhfuil nasctha.
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Oscail foirm oifigiúil WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: na céimeanna chun agóid a dhéanamh ar WhatsApp
whatsapp-command = WhatsApp agus Meta AI
whatsapp-inline-title = Déan agóid ar WhatsApp
whatsapp-inline-desc = Comhráite le Meta AI: cad a úsáidtear, agus foirm
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp agus Meta AI</b>

    Tá do chomhráite príobháideacha criptithe ó cheann ceann agus <b>ní</b> úsáidtear iad chun an IS a oiliúint. An méid a sheolann tú chuig Meta AI (an ciorcal gorm agus bándearg san aip, nó @Meta AI a ghlaoitear isteach i gcomhrá grúpa), níl sé criptithe ó cheann ceann agus is féidir é a úsáid.

    • Ní féidir Meta AI a mhúchadh in WhatsApp; ní féidir ach neamhaird a dhéanamh de.
    • I mí an Mheithimh 2025, dúirt Meta nach n-úsáideann sí comhráite WhatsApp le Meta AI le haghaidh oiliúna faoi láthair.
    • Níl aon socrú agóide san aip, agus deir eagraíochtaí tomhaltóirí nach bhfuil bealach oifigiúil agóide ar leith ag WhatsApp chuige seo.

    <b>An chosaint is cinnte:</b> ná seol aon rud chuig Meta AI.

    <b>Mar réamhchúram, foirm ghréasáin:</b>
    1. Tapáil an cnaipe thíos (nó téigh go whatsapp.com → an chuid dlí ag bun an leathanaigh → an fhoirm maidir le cearta ábhar sonraí, cibé ainm atá uirthi anois).
    2. Roghnaigh na roghanna chun agóid a dhéanamh in aghaidh úsáid do shonraí.
    3. Cuir isteach d'uimhir theileafóin leis an gcód tíre, agus do sheoladh ríomhphoist.
    4. Má fhiafraíonn an fhoirm cén fáth, greamaigh an litir ó /template.
    5. Seol an fhoirm. Freagraíonn WhatsApp trí ríomhphost; coinnigh an freagra sin.
