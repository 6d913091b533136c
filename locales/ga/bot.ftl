## objection-bot: Irish texts (Gaeilge).
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Gaeilge

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = Eanáir
month-2 = Feabhra
month-3 = Márta
month-4 = Aibreán
month-5 = Bealtaine
month-6 = Meitheamh
month-7 = Iúil
month-8 = Lúnasa
month-9 = Meán Fómhair
month-10 = Deireadh Fómhair
month-11 = Samhain
month-12 = Nollaig
date-format = { $day } { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } ag { $time } ({ $zone })

## Time left, with plural forms (one = 1, two = 2, few = 3–6, many = 7–10, other = 0 and 11+). After cúig (5) "uaire" takes no h-, hence the exact [5] key.
left-days = { $count ->
    [one] lá amháin
    [two] dhá lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
left-hours = { $count ->
    [5] 5 uaire an chloig
    [one] uair an chloig
    [two] dhá uair an chloig
    [few] { $count } huaire an chloig
    [many] { $count } n-uaire an chloig
   *[other] { $count } uair an chloig
}
left-minutes = { $count ->
    [one] nóiméad amháin
    [two] dhá nóiméad
    [few] { $count } nóiméad
    [many] { $count } nóiméad
   *[other] { $count } nóiméad
}

## Buttons (short: they must fit on a phone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Litir agóide
btn-remind = 🔔 Cuir i gcuimhne dom
btn-language = 🌐 Teanga
btn-share = 📣 Roinn
btn-menu = ↩️ Roghchlár
btn-deadline = ⏳ Spriocdháta
btn-status = ✅ Mo sheicliosta
btn-open-form = 📝 Oscail foirm oifigiúil { $platform }
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Foirm oifigiúil (logáil isteach ar { $platform } má iarrtar)
btn-mark-done = ☑️ Rinne mé agóid ar { $platform }
btn-mark-undone = ↩️ Níl sé déanta ar { $platform } fós

## /start
start-text =
    <b>Déan agóid i gcoinne Meta d'ábhar a úsáid dá hIS</b>

    Úsáideann Meta postálacha, grianghraif, fotheidil agus tráchtanna poiblí ó dhaoine fásta san AE, mar aon leis an méid a sheolann daoine chuig Meta AI, chun a hintleacht shaorga (IS) a oiliúint. Tugann Airteagal 21 den RGCS (GDPR) an ceart duit agóid a dhéanamh. Ní thógann sé ach cúpla nóiméad in aghaidh an ardáin.

    { $deadline }

    Roghnaigh ardán chun na céimeanna a fheiceáil:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Tosóidh Meta ag úsáid ábhair ar an <b>{ $date }</b>. Am fágtha: <b>{ $left }</b>. Bíonn éifeacht le hagóid ón lá a chuirtear isteach í, mar sin má chuireann tú isteach í roimh an dáta sin, beidh éifeacht léi sula dtosóidh an oiliúint.
deadline-after = ℹ️ Tá Meta ag oiliúint a hIS ar ábhar ón <b>{ $date }</b>. Is féidir leat agóid a dhéanamh fós: bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í. Ní féidir ábhar a úsáideadh cheana a bhaint as samhlacha atá oilte cheana.

## Platform steps (the apps show these menus in English for most Irish users)
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Cóipeáil an litir thíos (tapáil í chun í a chóipeáil) agus greamaigh í i réimse na <i>cúise</i> san fhoirm, nó i bhfoirm WhatsApp nuair a fhiafraíonn sí cén fáth.
letter-body =
    A chara,

    Faoi Airteagal 21(1) den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim agóid leis seo i gcoinne mo shonraí pearsanta a phróiseáil ag Meta agus ag a comhpháirtithe chun intleacht shaorga a fhorbairt agus a oiliúint. Baineann sé seo le mo phostálacha, le mo ghrianghraif, le m'fhotheidil, le mo thráchtanna agus le haon ábhar eile atá nasctha le mo chuntas, chomh maith le m'idirghníomhaíochtaí le Meta AI.

    Faoi Airteagal 12(3) den RGCS, iarraim oraibh a dhearbhú i scríbhinn, laistigh de mhí, go bhfuil m'agóid cláraithe agus go bhfuil sí á cur i bhfeidhm.

    Is mise, le meas,

## /language
language-choose = Roghnaigh an teanga ba chóir dom a úsáid sa chomhrá seo:
language-set = Déanta: labhróidh mé Gaeilge anseo.

## /help
help-text =
    <b>Cad is féidir liom a dhéanamh</b>
    /facebook: na céimeanna chun agóid a dhéanamh ar Facebook
    /instagram: na céimeanna chun agóid a dhéanamh ar Instagram
    /whatsapp: na céimeanna chun agóid a dhéanamh ar WhatsApp
    /template: litir le greamú sna foirmeacha
    /deadline: an spriocdháta agus an staid reatha
    { $remind }
    /stop: gan a thuilleadh meabhrúchán
    /status: do sheicliosta agus an chéad mheabhrúchán eile
    /language: athraigh an teanga
    /share: nasc le scaipeadh
    /privacy: an méid a choinním fút
    /forget: scrios gach rud a choinním faoin gcomhrá seo

    Is féidir leat @{ $bot } a chlóscríobh in aon chomhrá freisin chun cárta a phostáil ann.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: meabhrúcháin roimh an spriocdháta
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: cén fáth nach bhfuil meabhrúcháin ann anois

## /privacy and /forget
privacy-text =
    <b>An méid a choinním</b>
    • Uimhir an chomhrá seo, an teanga a roghnaigh tú, cé acu an dteastaíonn meabhrúcháin uait nó nach dteastaíonn, na hardáin a bhfuil tic curtha agat leo, agus na meabhrúcháin a seoladh cheana, ionas nach bhfaighidh aon duine an ceann céanna faoi dhó.
    • Tada eile: gan ainmneacha, gan ainmneacha úsáideora, gan uimhreacha teileafóin, gan téacs teachtaireachtaí.

    <b>Cá fhad</b>
    Go dtí go seolann tú /forget, go gcuireann tú bac orm, nó go mbaineann tú den ghrúpa mé. Scriostar gach rud láithreach ansin.

    Scriosann /forget gach rud faoin gcomhrá seo anois.
forget-done = Déanta: scriosadh gach rud a bhí á choinneáil agam faoin gcomhrá seo. Seol /start am ar bith chun tosú arís.

## Anything else
unknown-text = Ní thuigim ach orduithe. Seol /help chun iad a fheiceáil.
stale-button = Ní oibríonn an cnaipe seo a thuilleadh. Seol /start chun roghchlár nua a fháil.
error-text = Chuaigh rud éigin mícheart ar mo thaobh. Bain triail eile as i gceann nóiméid, le do thoil.

## Reminders
remind-on = 🔔 Tá meabhrúcháin ar siúl. An chéad mheabhrúchán eile: <b>{ $when }</b>.
remind-no-wave = Níl aon mheabhrúchán fágtha roimh an spriocdháta (<b>{ $date }</b>), mar sin is é anois an t-am is fearr chun agóid a dhéanamh.
remind-already = 🔔 Tá meabhrúcháin ar siúl cheana féin. An chéad mheabhrúchán eile: <b>{ $when }</b>.
remind-after-deadline = Tá an spriocdháta (<b>{ $date }</b>) thart, mar sin níl aon rud le meabhrú duit, ach is féidir leat agóid a dhéanamh am ar bith fós agus beidh éifeacht le d'agóid ón lá a chuireann tú isteach í.
remind-nothing-left = Chuir tú tic leis na trí ardán ar fad, mar sin níl meabhrúchán de dhíth ort. Go raibh maith agat!
stop-done = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl arís.
stop-not-subscribed = Ní raibh meabhrúcháin ar siúl. Seol /remind chun iad a chur ar siúl.
reminder-text =
    🔔 <b>Meabhrúchán:</b> tá { $left } fágtha go dtí an spriocdháta (<b>{ $date }</b>). Bíonn éifeacht le hagóid ón lá a chuirtear isteach í.

    Fós le déanamh: { $platforms }.

    Tapáil ardán chun na céimeanna a fheiceáil. An bhfuil sé déanta agat cheana? Cuir tic leis faoi na céimeanna agus ní chuirfidh mé i gcuimhne duit é arís.
all-done-text = ✅ Rinne tú agóid ar na trí ardán ar fad. Go raibh maith agat! Ní sheolfaidh mé a thuilleadh meabhrúchán chugat.

## /status
status-title = <b>Do sheicliosta</b>
status-done = ✅ { $platform }: agóid déanta
status-open = ⬜ { $platform }: fós le déanamh
status-subscribed = 🔔 Tá meabhrúcháin ar siúl. An chéad cheann eile: <b>{ $when }</b>.
status-no-wave = 🔕 Níl a thuilleadh meabhrúchán beartaithe.
status-not-subscribed = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl.
marked-done = Nóta déanta: { $platform } curtha i gcrích.
marked-undone = Nóta déanta: { $platform } fós le déanamh.

## Groups
admin-only = Ní féidir é sin a dhéanamh ach le riarthóir an ghrúpa seo.
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas agóid a dhéanamh i gcoinne Meta a bpostálacha, a ngrianghraif agus a dtráchtanna a úsáid chun a hIS a oiliúint.

    Is féidir le duine ar bith anseo /facebook, /instagram, /whatsapp agus /template a úsáid.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Is féidir le riarthóir meabhrúcháin a chur ar siúl don ghrúpa le /remind.

## Sharing and inline mode
share-text =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas agóid a dhéanamh i gcoinne Meta do phostálacha a úsáid chun a hIS a oiliúint.
    { $link }
inline-facebook-title = Déan agóid ar Facebook
inline-facebook-desc = Na céimeanna agus an fhoirm oifigiúil
inline-instagram-title = Déan agóid ar Instagram
inline-instagram-desc = Na céimeanna agus an fhoirm oifigiúil
inline-whatsapp-title = Déan agóid ar WhatsApp
inline-whatsapp-desc = Comhráite le Meta AI: cad a úsáidtear, agus foirm
inline-letter-title = Litir agóide
inline-letter-desc = Litir réidh le greamú sna foirmeacha
inline-deadline-title = Spriocdháta
inline-deadline-desc = An staid reatha, agus cad a dhéanann agóid anois
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = litir teimpléad agóid agoid
inline-deadline-keywords = spriocdháta spriocdhata dáta data am

## Command menu (each at most 256 characters)
cmd-start = Tosaigh anseo
cmd-facebook = Déan agóid ar Facebook
cmd-instagram = Déan agóid ar Instagram
cmd-whatsapp = WhatsApp agus Meta AI
cmd-template = Litir le greamú sna foirmeacha
cmd-deadline = An spriocdháta agus an staid reatha
cmd-remind = Meabhrúcháin roimh an spriocdháta
cmd-stop = Gan a thuilleadh meabhrúchán
cmd-status = Do sheicliosta
cmd-language = Athraigh an teanga
cmd-share = Nasc le scaipeadh
cmd-help = Na horduithe ar fad
cmd-privacy = An méid a choinníonn an bota
cmd-forget = Scrios gach rud atá coinnithe don chomhrá seo

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Oileann Meta a hIS ar phostálacha, grianghraif agus tráchtanna poiblí ó dhaoine fásta san AE, agus ar an méid a sheolann daoine chuig Meta AI. Taispeánann an bota seo duit, céim ar chéim agus i do theanga féin, conas agóid a dhéanamh ar Facebook agus Instagram agus cad is fíor maidir le WhatsApp, agus tugann sé litir duit le greamú. Nuair a bhíonn spriocdháta le teacht, is féidir leis é a chur i gcuimhne duit.
bot-short-description = Déan agóid i gcoinne Meta do phostálacha a úsáid dá hIS: na céimeanna, na foirmeacha, litir.
