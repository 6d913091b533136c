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

## Time left, with plural forms (one = 1, two = 2, few = 3–6, many = 7–10, other = 0 and 11+).
left-days = { $count ->
    [one] lá amháin
    [two] dhá lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
left-hours = { $count ->
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
btn-mark-done = ☑️ Rinne mé agóid ar { $platform }
btn-mark-undone = ↩️ Níl sé déanta ar { $platform } fós

## /start
start-text =
    <b>Coinnigh d'ábhar amach as IS Meta</b>

    Úsáideann Meta postálacha, grianghraif, fotheidil agus tráchtanna poiblí ó dhaoine fásta san AE, mar aon leis an méid a sheolann daoine chuig Meta AI, chun a hintleacht shaorga (IS) a oiliúint. Tugann Airteagal 21 den RGCS (GDPR) an ceart duit agóid a dhéanamh. Ní thógann sé ach cúpla nóiméad in aghaidh an ardáin.

    { $deadline }

    Roghnaigh ardán chun na céimeanna a fheiceáil:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Tosóidh Meta ag úsáid d'ábhair ar an <b>{ $date }</b>. Am fágtha: <b>{ $left }</b>. Má dhéanann tú agóid roimh an dáta sin, fanfaidh na postálacha atá agat cheana lasmuigh den oiliúint.
deadline-after = ℹ️ Tá Meta ag oiliúint a hIS ar ábhar ón <b>{ $date }</b>. Is féidir leat agóid a dhéanamh fós: bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í, mar sin fanann an méid a phostálann tú as sin amach lasmuigh den oiliúint. Ní féidir ábhar a úsáideadh cheana a thógáil ar ais.

## Platform steps (the apps show these menus in English for most Irish users)
facebook-text =
    <b>Déan agóid ar Facebook</b>

    <b>An bealach is tapúla:</b> tapáil an cnaipe thíos chun foirm oifigiúil Meta a oscailt, agus tú logáilte isteach i do chuntas.

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

    <b>An bealach is tapúla:</b> tapáil an cnaipe thíos chun foirm oifigiúil Meta a oscailt, agus tú logáilte isteach i do chuntas.

    <b>San aip:</b>
    1. Téigh go dtí do phróifíl agus tapáil an roghchlár ☰.
    2. Oscail <i>Settings and privacy</i> → <i>Privacy Center</i> (nó <i>About</i> → <i>Privacy Policy</i>).
    3. Lorg <i>Right to object</i> agus oscail an fhoirm.
    4. Cuir isteach seoladh ríomhphoist do chuntais. Tá an réimse don chúis roghnach: fág folamh é nó greamaigh an litir ó /template ann.
    5. Seol an fhoirm.

    <b>Ina dhiaidh sin:</b> deimhníonn Meta é trí ríomhphost nó ar an scáileán. Coinnigh an deimhniú sin.

    <b>Is fiú a fhios a bheith agat</b>
    • Níl gá le cúis ar bith.
    • Clúdaíonn agóid amháin gach cuntas atá nasctha san Accounts Center céanna, Facebook san áireamh. Teastaíonn a n-agóid féin ó chuntais nach bhfuil nasctha.
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.
whatsapp-text =
    <b>Déan agóid ar WhatsApp</b>

    <b>Ní</b> úsáidtear do chomhráite príobháideacha chun an IS a oiliúint. Is é an rud is féidir a úsáid ná an méid a sheolann tú chuig Meta AI (an ciorcal gorm agus bándearg san aip).

    <b>Conas:</b> níl aon socrú san aip; déantar an agóid trí fhoirm ghréasáin.
    1. Tapáil an cnaipe thíos (nó téigh go whatsapp.com → <i>Legal</i> → an fhoirm <i>Data Subject Rights</i>).
    2. Roghnaigh na roghanna chun agóid a dhéanamh in aghaidh úsáid do shonraí don IS.
    3. Cuir isteach d'uimhir theileafóin leis an gcód tíre, agus do sheoladh ríomhphoist.
    4. Má fhiafraíonn an fhoirm cén fáth, greamaigh an litir ó /template.
    5. Seol an fhoirm.

    <b>Ina dhiaidh sin:</b> freagraíonn WhatsApp trí ríomhphost. Coinnigh an freagra sin.

    <b>Is fiú a fhios a bheith agat</b>
    • An ndearna tú agóid in 2024? Déan arís í, ar eagla na heagla.

## /template
letter-intro = Cóipeáil an litir thíos (tapáil í chun í a chóipeáil) agus greamaigh í i réimse na <i>cúise</i> san fhoirm, nó i bhfoirm WhatsApp nuair a fhiafraíonn sí cén fáth.
letter-body =
    A chara,

    Faoi Airteagal 21 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim agóid leis seo i gcoinne mo shonraí pearsanta a phróiseáil ag Meta agus ag a comhpháirtithe chun intleacht shaorga a fhorbairt agus a oiliúint. Baineann sé seo le mo phostálacha, le mo ghrianghraif, le mo thráchtanna agus le haon sonraí pearsanta nó poiblí eile atá nasctha le mo chuntas.

    Iarraim oraibh a dhearbhú i scríbhinn go bhfuil m'agóid cláraithe agus go bhfuil sí á cur i bhfeidhm.

    Go raibh maith agaibh.

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
    /remind: meabhrúcháin roimh an spriocdháta
    /stop: gan a thuilleadh meabhrúchán
    /status: do sheicliosta agus an chéad mheabhrúchán eile
    /language: athraigh an teanga
    /share: nasc le scaipeadh
    /privacy: an méid a choinním fút
    /forget: scrios gach rud a choinním faoin gcomhrá seo

    Is féidir leat @{ $bot } a chlóscríobh in aon chomhrá freisin chun cárta a phostáil ann.

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
remind-on-no-wave = 🔔 Tá meabhrúcháin ar siúl, ach níl aon mheabhrúchán fágtha roimh an spriocdháta (<b>{ $date }</b>). Is fearr gníomhú anois.
remind-already = 🔔 Tá meabhrúcháin ar siúl cheana féin. An chéad mheabhrúchán eile: <b>{ $when }</b>.
remind-after-deadline = Tá an spriocdháta (<b>{ $date }</b>) thart, mar sin níl aon rud fágtha le meabhrú duit. Is fiú agóid a dhéanamh fós: cosnaíonn sí an méid a phostálann tú ón lá a chuireann tú isteach í.
remind-nothing-left = Chuir tú tic leis na trí ardán ar fad, mar sin níl meabhrúchán de dhíth ort. Go raibh maith agat!
stop-done = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl arís.
stop-not-subscribed = Ní raibh meabhrúcháin ar siúl. Seol /remind chun iad a chur ar siúl.
reminder-text =
    🔔 <b>Meabhrúchán:</b> tá { $left } fágtha agat chun agóid a dhéanamh sula n-úsáideann Meta d'ábhar (<b>{ $date }</b>).

    Fós le déanamh: { $platforms }.

    Tapáil ardán chun na céimeanna a fheiceáil. An bhfuil sé déanta agat cheana? Cuir tic leis faoi na céimeanna agus ní chuirfidh mé i gcuimhne duit é arís.
all-done-text = ✅ Rinne tú agóid ar na trí ardán ar fad. Go raibh maith agat! Ní sheolfaidh mé a thuilleadh meabhrúchán chugat.

## /status
status-title = <b>Do sheicliosta</b>
status-done = ✅ { $platform }: agóid déanta
status-open = ⬜ { $platform }: fós le déanamh
status-subscribed = 🔔 Tá meabhrúcháin ar siúl. An chéad cheann eile: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Tá meabhrúcháin ar siúl; níl aon cheann fágtha roimh an spriocdháta.
status-not-subscribed = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl.
marked-done = Nóta déanta: { $platform } curtha i gcrích.
marked-undone = Nóta déanta: { $platform } fós le déanamh.

## Groups
admin-only = Ní féidir é sin a dhéanamh ach le riarthóir an ghrúpa seo.
group-intro =
    Dia daoibh! Cabhraím le daoine san AE cosc a chur ar Meta a hIS a oiliúint ar a bpostálacha, ar a ngrianghraif agus ar a dtráchtanna.

    Is féidir le duine ar bith anseo /facebook, /instagram, /whatsapp agus /template a úsáid. Is féidir le riarthóir meabhrúcháin a chur ar siúl don ghrúpa le /remind.

## Sharing and inline mode
share-text =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas cosc a chur ar Meta a hIS a oiliúint ar do phostálacha.
    { $link }
inline-facebook-title = Déan agóid ar Facebook
inline-facebook-desc = Na céimeanna agus an fhoirm oifigiúil
inline-instagram-title = Déan agóid ar Instagram
inline-instagram-desc = Na céimeanna agus an fhoirm oifigiúil
inline-whatsapp-title = Déan agóid ar WhatsApp
inline-whatsapp-desc = Comhráite le Meta AI: na céimeanna agus an fhoirm
inline-letter-title = Litir agóide
inline-letter-desc = Litir réidh le greamú sna foirmeacha
inline-deadline-title = Spriocdháta
inline-deadline-desc = An staid reatha, agus cén fáth ar fiú é fós
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
cmd-whatsapp = Déan agóid ar WhatsApp (Meta AI)
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
bot-description = Oileann Meta a hIS ar phostálacha, grianghraif agus tráchtanna poiblí ó dhaoine fásta san AE. Taispeánann an bota seo duit, céim ar chéim agus i do theanga féin, conas agóid a dhéanamh ar Facebook, Instagram agus WhatsApp, tugann sé litir duit le greamú, agus cuireann sé i gcuimhne duit roimh an spriocdháta.
bot-short-description = Cuir cosc ar Meta a hIS a oiliúint ar do phostálacha: na céimeanna, na foirmeacha, litir.
