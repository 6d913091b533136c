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
btn-letter = ✍️ Litir agóide
btn-remind = 🔔 Cuir i gcuimhne dom
btn-language = 🌐 Teanga
btn-share = 📣 Roinn
btn-menu = ↩️ Roghchlár
btn-deadline = ⏳ Spriocdháta
btn-status = ✅ Mo sheicliosta
btn-mark-done = ☑️ Rinne mé agóid ar { $platform }
btn-mark-undone = ↩️ Níl sé déanta ar { $platform } fós

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
stop-done = 🔕 Tá meabhrúcháin múchta. Seol /remind chun iad a chur ar siúl arís.
stop-not-subscribed = Ní raibh meabhrúcháin ar siúl. Seol /remind chun iad a chur ar siúl.

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
# Added to group-intro while reminders lie ahead.
group-intro-remind = Is féidir le riarthóir meabhrúcháin a chur ar siúl don ghrúpa le /remind.

## Command menu (each at most 256 characters)
cmd-start = Tosaigh anseo
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
