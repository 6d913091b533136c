## objection-bot: Irish texts (Gaeilge).
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Gaeilge

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
btn-letter = ✍️ Litir
btn-remind = 🔔 Cuir i gcuimhne dom
btn-language = 🌐 Teanga
btn-share = 📣 Roinn
btn-menu = ↩️ Roghchlár
btn-deadline = ℹ️ An staid reatha
btn-status = ✅ Mo sheicliosta
# An cnaipe tic faoi ardán le foirm…
btn-mark-done = ☑️ Agóid déanta ar { $platform }
btn-mark-undone = ↩️ Níl sé déanta ar { $platform } fós
btn-stop = 🔕 Stop na meabhrúcháin
btn-tick-in-private = ☑️ Marcáil i gcomhrá príobháideach

## /start
start-text =
    { $campaigns }

    Roghnaigh ardán chun na céimeanna a fheiceáil:

## /template
letter-pick = Cén litir atá uait? Roghnaigh feachtas:

## /language
language-choose = Roghnaigh an teanga ba chóir dom a úsáid sa chomhrá seo:
language-set = Déanta: labhróidh mé Gaeilge anseo.

## /help
help-text =
    <b>Cad is féidir liom a dhéanamh</b>
    { $platforms }
    /template: litir le greamú sna foirmeacha
    /deadline: an staid reatha
    { $reminders }/status: do sheicliosta
    /language: athraigh an teanga
    /share: nasc le scaipeadh
    /privacy: an méid a choinním fút
    /news: nuacht nuair a thagann bealach nua chun agóid a dhéanamh
    /forget: scrios gach rud a choinním faoin gcomhrá seo

    Is féidir leat @{ $bot } a chlóscríobh in aon chomhrá freisin chun cárta a phostáil ann.

## /privacy and /forget
privacy-text =
    <b>An méid a choinním</b>
    • Uimhir an chomhrá seo, a theanga, cé acu an dteastaíonn meabhrúcháin nó nuacht uait nó nach dteastaíonn, na hardáin a bhfuil tic curtha agat leo agus cén lá, agus na meabhrúcháin, na teachtaireachtaí leantacha agus na hathsheiceálacha atá le seoladh nó a seoladh cheana, ionas nach bhfaighidh aon duine an rud céanna faoi dhó.
    • Cén fáth an lá: mí tar éis duit tic a chur le foirm, fiafraím díot uair amháin ar dheimhnigh an comhlacht í. Ní choinnítear athsheiceáil ar shocrú ach amháin má iarrann tú í.
    • Tada eile: gan ainmneacha, gan ainmneacha úsáideora, gan uimhreacha teileafóin, gan téacs teachtaireachtaí. Ní choinnítear an tír a roghnaíonn tú chun údarás a aimsiú.

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
remind-after-deadline = Is féidir leat agóid a dhéanamh am ar bith fós, agus bíonn éifeacht le d'agóid ón lá a chuireann tú isteach í. Níl aon rud le meabhrú duit, mar tá an dáta sin (<b>{ $date }</b>) thart.
stop-done = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl arís.
stop-not-subscribed = Ní raibh meabhrúcháin ar siúl. Seol /remind chun iad a chur ar siúl.

## /status
status-title = <b>Do sheicliosta</b>
status-done = ✅ { $platform }: déanta
status-open = ⬜ { $platform }: fós le déanamh
status-subscribed = 🔔 Tá meabhrúcháin ar siúl. An chéad cheann eile: <b>{ $when }</b>.
status-no-wave = 🔕 Níl a thuilleadh meabhrúchán beartaithe.
status-not-subscribed = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl.
# An fógra nuair a chuirtear tic le hardán le foirm; is tréimhse é $after, mar shampla "30 lá".
marked-done-followup = Nóta déanta: { $platform } curtha i gcrích. I gceann { $after } fiafróidh mé díot ar deimhníodh é.
marked-undone = Nóta déanta: { $platform } fós le déanamh.

## Groups
admin-only = Ní féidir é sin a dhéanamh ach le riarthóir an ghrúpa seo.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Is féidir le riarthóir meabhrúcháin a chur ar siúl don ghrúpa le /remind.

## Command menu (each at most 256 characters)
cmd-start = Tosaigh anseo
cmd-template = Litir le greamú sna foirmeacha
cmd-deadline = An staid reatha
cmd-remind = Meabhrúcháin roimh an spriocdháta
cmd-stop = Gan a thuilleadh meabhrúchán
cmd-status = Do sheicliosta
cmd-language = Athraigh an teanga
cmd-share = Nasc le scaipeadh
cmd-help = Na horduithe ar fad
cmd-privacy = An méid a choinníonn an bota
cmd-forget = Scrios gach rud atá coinnithe don chomhrá seo
cmd-news = Nuacht nuair a thagann bealach nua chun agóid a dhéanamh

## Issue 17: new messages
# …agus faoi ardán le socrú: deir sé go bhfuil sé múchta.
btn-mark-done-setting = ☑️ Múchta ar { $platform }

start-intro =
    <b>Do shonraí agus a n-IS</b>
    Oileann roinnt ardán mór IS ar a bpostálann daoine san AE nó ar a bhfiafraíonn siad dá n-IS. Ar gach ceann acu is féidir leat agóid a dhéanamh nó é a mhúchadh: tógann sé nóiméad nó dhó agus bíonn éifeacht leis ón lá a dhéanann tú é.

# Línte /remind agus /stop de help-text, nach dtaispeántar ach fad atá meabhrúchán le teacht.
help-reminders =
    /remind: meabhrúcháin roimh dháta socraithe
    /stop: gan a thuilleadh meabhrúchán

# /remind nuair nach bhfuil dáta le teacht ag feachtas ar bith.
remind-none = Is féidir leat agóid a dhéanamh nó é a mhúchadh am ar bith, agus bíonn éifeacht leis ón lá a dhéanann tú é. Níl dáta ar bith le teacht, mar sin níl aon rud le meabhrú duit.

# /stop nuair nach bhfuil meabhrúchán ar bith le teacht (gan tagairt do /remind).
stop-none = 🔕 Níl aon mheabhrúcháin beartaithe, mar sin níl aon rud le múchadh.
# /stop nuair a bhí teachtaireachtaí leantacha, athsheiceálacha nó nuacht ar siúl freisin: stopann sé ar fad.
stop-all = 🔕 Déanta: ní bheidh a thuilleadh meabhrúchán, teachtaireachtaí leantacha ná nuachta uaim. Taispeánann /start na hardáin arís.

# An fógra nuair a chuirtear tic le hardán le socrú.
marked-done-setting = Nóta déanta: múchta ar { $platform }.

checked-line = <i>🗓 Seiceáladh na céimeanna ar an { $date }. Má bhreathnaíonn an scáileán difriúil, b'fhéidir gur athraigh an aip: lorg na focail chéanna in aice láimhe.</i>

# Mar an gcéanna, d'ardán a bhfuil an dara cnaipe naisc aige.
checked-line-help = <i>🗓 Seiceáladh na céimeanna ar an { $date }. Má bhreathnaíonn an scáileán difriúil nó mura n-osclaíonn an chéad nasc, tugann an dara cnaipe thú chuig leathanach an ardáin féin.</i>

profile-description = Oileann roinnt ardán IS ar a bpostálann daoine san AE nó ar a bhfiafraíonn siad dá n-IS. Taispeánann an bota seo duit, céim ar chéim agus i do theanga féin, conas agóid a dhéanamh nó é a mhúchadh ar gach ceann acu, agus tugann sé litir duit nuair a iarrann foirm ceann.

profile-short-description = Déan agóid i gcoinne oiliúint IS ar do shonraí, ardán ar ardán: céimeanna, naisc, litir.

share-several =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas agóid a dhéanamh i gcoinne oiliúint IS ar do shonraí, ardán ar ardán.
    { $link }

# Is iad $commands orduithe na n-ardán, mar shampla /facebook /linkedin.
group-intro-several =
    Dia daoibh! Taispeánaim do dhaoine san AE conas agóid a dhéanamh i gcoinne oiliúint IS ar a sonraí, ardán ar ardán.

    Is féidir le duine ar bith anseo { $commands } agus /template a úsáid.

## Tar éis tic a chur: teachtaireachtaí leantacha, cá háit le gearán a dhéanamh, athsheiceálacha agus nuacht.
# An teachtaireacht faoi shocrú a bhfuil tic curtha leis mar mhúchta; tairgeann sí athsheiceáil (btn-recheck).
setting-thanks = ✅ Nóta déanta: múchta ar { $platform }. Go raibh maith agat! Chuir ardáin áirithe socruithe nua IS isteach, agus iad ar siúl de réir réamhshocraithe, gan é a insint dá n-úsáideoirí, mar sin is féidir liom a mheabhrú duit é a sheiceáil.
# Is tréimhse é $after, mar shampla "180 lá".
btn-recheck = 🔔 Meabhraigh dom i gceann { $after }
recheck-on = 🔔 Ar an <b>{ $date }</b> meabhróidh mé duit a sheiceáil go bhfuil sé fós múchta ar { $platform }.
# An athsheiceáil féin, le cnaipe an tsocraithe fúithi.
recheck-ask = 🔎 Ar an { $date } mhúch tú é ar { $platform }. Seiceáil, le do thoil, go bhfuil sé fós múchta agus an bhfuil socrú nua IS le feiceáil taobh leis: chuir ardáin áirithe socruithe mar sin isteach, agus iad ar siúl de réir réamhshocraithe, gan é a insint dá n-úsáideoirí. Ní thógann sé ach nóiméad.
recheck-ask-undated = 🔎 Mhúch tú é ar { $platform }. Seiceáil, le do thoil, go bhfuil sé fós múchta agus an bhfuil socrú nua IS le feiceáil taobh leis: chuir ardáin áirithe socruithe mar sin isteach, agus iad ar siúl de réir réamhshocraithe, gan é a insint dá n-úsáideoirí. Ní thógann sé ach nóiméad.
btn-news-on = 🆕 Nuacht faoi bhealaí nua
btn-news-off = 🔕 Gan a thuilleadh nuachta
news-on = 🆕 Inseoidh mé duit nuair a thagann bealach nua chun agóid a dhéanamh nó rud a mhúchadh. Seol /news arís chun é sin a stopadh.
news-off = 🔕 Ní bheidh a thuilleadh nuachta uaim. Seol /news chun í a chur ar siúl arís.
# An chéad líne d'fhógra; leanann teideal agus scéal an fheachtais í.
news-announce = 🆕 <b>Bealach nua chun agóid a dhéanamh nó rud a mhúchadh</b>
# An teachtaireacht leantach, mí tar éis tic a chur le foirm (is é $date an lá sin).
followup-ask =
    📬 Ar an { $date } rinne tú agóid ar { $platform }. Caithfidh an comhlacht a insint duit cad a rinne sé faoi d'agóid laistigh de mhí ón uair a fuair sé í (nó a rá leat, laistigh den mhí sin, go bhfuil suas le dhá mhí eile de dhíth air).

    Ar dheimhnigh an comhlacht í?
followup-ask-again = 📬 Arís eile: ar an { $date } rinne tú agóid ar { $platform }. Ar dheimhnigh an comhlacht í?
btn-confirmed = ✅ Deimhnithe
btn-later = ⏳ Ní fós, fiafraigh arís
btn-no-answer = ❌ Gan freagra
followup-confirmed = ✅ Go raibh maith agat! Níl aon rud eile le déanamh maidir le { $platform }. Coinnigh an deimhniú.
followup-later = ⏳ Fiafróidh mé díot uair amháin eile ar an <b>{ $date }</b>.
followup-letter-intro = Seol é seo tríd an bhfoirm nó tríd an seoladh céanna a d'úsáid tú, líon isteach do shonraí, agus coinnigh cóip:
# An litir leantach: foirmiúil, faoi 1,000 carachtar nuair a líontar í.
followup-letter =
    Ábhar: M'agóid dar dáta { $date } (Airteagal 21 den RGCS)

    A chara,

    Ar an { $date }, rinne mé agóid faoi Airteagal 21 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS) i gcoinne úsáid mo shonraí pearsanta ar { $platform } chun intleacht shaorga a fhorbairt agus a fheabhsú.

    Faoi Airteagal 12(3) den RGCS, ní mór daoibh faisnéis a thabhairt dom faoin ngníomh a rinneadh ar m'iarratas laistigh de mhí ón uair a fuarthas é. Níl aon fhreagra faighte agam.

    Iarraim oraibh a dhearbhú gan mhoill go bhfuil m'agóid curtha i bhfeidhm. Mura ndéantar sin, déanfaidh mé gearán le húdarás cosanta sonraí (Airteagal 77 den RGCS).

    Is mise, le meas,
    { "[" }D'ainm]
    { "[" }Seoladh ríomhphoist do chuntais]
complain-where = Mura bhfreagraíonn an comhlacht fós, is féidir leat gearán a dhéanamh le húdarás cosanta sonraí: sa tír ina bhfuil cónaí ort, ina n-oibríonn tú, nó inar tharla an sárú. Cén tír?
btn-other-country = 🇪🇺 Tír eile
complain-country = Cén tír? Roghnaigh an tír ina bhfuil cónaí ort, ina n-oibríonn tú, nó inar tharla an sárú:
complain-land = Sa Ghearmáin, is chuig údarás do stáit chónaidhme (Land) a théann gearáin faoi chomhlachtaí. Cén stát?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Cuireann d'údarás an gearán ar aghaidh chuig an bpríomhúdarás maoirseachta (i gcás Meta, LinkedIn, Google agus X, an Coimisiún um Chosaint Sonraí in Éirinn) agus fanann sé ina phointe teagmhála duit.

    Coinnigh mar chruthúnas: an ríomhphost deimhnithe nó gabháil scáileáin den fhoirm a seoladh, lena dáta, agus an litir leantach a sheol tú. Ní bhíonn gearán anaithnid ó thaobh an chomhlachta de, agus ní ghlacann go leor údarás leis ach ina dteanga féin.
complain-home-only = <i>Níorbh fhéidir liom leathanach gearán an údaráis seo a dheimhniú: osclaíonn an cnaipe a leathanach baile.</i>
btn-authority = 🏛 Oscail leathanach an údaráis
