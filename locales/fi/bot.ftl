## objection-bot: Finnish texts (suomi). Address: informal "sinä", as in Meta's apps.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Suomi

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12 (partitive, as used in dates).
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date-format = { $day }. { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } klo { $time } ({ $zone })

## Time left, with plural forms (used as "Aikaa jäljellä: 3 päivää").
left-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
left-hours = { $count ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
left-minutes = { $count ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Kirje
btn-remind = 🔔 Muistuta minua
btn-language = 🌐 Kieli
btn-share = 📣 Jaa
btn-menu = ↩️ Valikko
btn-deadline = ℹ️ Tilanne nyt
btn-status = ✅ Tarkistuslistani
# Merkintäpainike lomakkeella toimivan palvelun alla…
btn-mark-done = ☑️ Vastustus tehty: { $platform }
btn-mark-undone = ↩️ Sittenkin tekemättä: { $platform }
btn-stop = 🔕 Lopeta muistutukset
btn-tick-in-private = ☑️ Merkitse yksityisesti

## /start
start-text =
    { $campaigns }

    Valitse palvelu, niin näet ohjeet:

## /template
letter-pick = Minkä kirjeen tarvitset? Valitse kampanja:

## /language
language-choose = Valitse kieli, jota käytän tässä keskustelussa:
language-set = Selvä: puhun täällä suomea.

## /help
help-text =
    <b>Mitä osaan</b>
    { $platforms }
    /template: kirje liitettäväksi lomakkeisiin
    /deadline: tilanne nyt
    { $reminders }/status: tarkistuslistasi
    /language: vaihda kieltä
    /share: linkki jaettavaksi
    /privacy: mitä tallennan sinusta
    /forget: poista kaikki, mitä tallennan tästä keskustelusta

    Voit myös kirjoittaa @{ $bot } missä tahansa keskustelussa ja julkaista sinne kortin.

## /privacy and /forget
privacy-text =
    <b>Mitä tallennan</b>
    • Tämän keskustelun numeron, valitsemasi kielen, haluatko muistutuksia, mitkä palvelut olet merkinnyt tehdyiksi ja mitkä muistutukset on jo lähetetty, jottei kukaan saa samaa muistutusta kahdesti.
    • En mitään muuta: en nimiä, käyttäjänimiä, puhelinnumeroita enkä viestien tekstiä.

    <b>Kuinka kauan</b>
    Kunnes lähetät /forget, estät minut tai poistat minut ryhmästä. Silloin kaikki poistetaan heti.

    /forget poistaa nyt kaiken tähän keskusteluun liittyvän.
forget-done = Valmis: kaikki, mitä tallensin tästä keskustelusta, on poistettu. Lähetä /start milloin tahansa, niin aloitetaan alusta.

## Anything else
unknown-text = Ymmärrän vain komentoja. Lähetä /help, niin näet ne.
stale-button = Tämä painike ei enää toimi. Lähetä /start, niin saat uuden valikon.
error-text = Jokin meni vikaan minun päässäni. Yritä uudelleen minuutin kuluttua.

## Reminders
remind-on = 🔔 Muistutukset ovat päällä. Seuraava muistutus: <b>{ $when }</b>.
remind-no-wave = Ennen määräaikaa (<b>{ $date }</b>) ei ole enää yhtään muistutusta jäljellä, joten nyt on paras hetki vastustaa.
remind-already = 🔔 Muistutukset ovat jo päällä. Seuraava muistutus: <b>{ $when }</b>.
remind-after-deadline = Voit yhä vastustaa milloin tahansa, ja vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen. Muistutettavaa ei ole, koska tuo päivä (<b>{ $date }</b>) on jo mennyt.
stop-done = 🔕 Muistutukset ovat pois päältä. Lähetä /remind, jos haluat ne takaisin.
stop-not-subscribed = Muistutukset eivät olleet päällä. Lähetä /remind, niin otat ne käyttöön.

## /status
status-title = <b>Tarkistuslistasi</b>
status-done = ✅ { $platform }: tehty
status-open = ⬜ { $platform }: vielä tekemättä
status-subscribed = 🔔 Muistutukset päällä. Seuraava: <b>{ $when }</b>.
status-no-wave = 🔕 Muistutuksia ei ole enää suunniteltu.
status-not-subscribed = 🔕 Muistutukset pois päältä. Lähetä /remind, niin otat ne käyttöön.
marked-done = Merkitty: { $platform } tehty.
marked-undone = Merkitty: { $platform } vielä tekemättä.

## Groups
admin-only = Vain tämän ryhmän ylläpitäjä voi tehdä tämän.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Ylläpitäjä voi ottaa muistutukset käyttöön ryhmälle komennolla /remind.

## Command menu (each at most 256 characters)
cmd-start = Aloita tästä
cmd-template = Kirje lomakkeisiin liitettäväksi
cmd-deadline = Tilanne nyt
cmd-remind = Muistutukset ennen määräaikaa
cmd-stop = Ei enää muistutuksia
cmd-status = Tarkistuslistasi
cmd-language = Vaihda kieltä
cmd-share = Linkki jaettavaksi
cmd-help = Kaikki komennot
cmd-privacy = Mitä botti tallentaa
cmd-forget = Poista kaikki tästä keskustelusta tallennettu

## Issue 17: new messages
# …ja asetuksella toimivan palvelun alla: se kertoo, että asetus on pois päältä.
btn-mark-done-setting = ☑️ Pois päältä: { $platform }

start-intro =
    <b>Sinun tietosi ja niiden tekoäly</b>
    Useat suuret palvelut kouluttavat tekoälyä sillä, mitä EU:ssa asuvat julkaisevat tai kysyvät niiden tekoälyltä. Jokaisessa voit vastustaa tai kytkeä sen pois: se vie minuutin tai kaksi ja on voimassa siitä päivästä alkaen, jona teet sen.

# help-textin /remind- ja /stop-rivit, näkyvät vain, kun jokin muistutus on tulossa.
help-reminders =
    /remind: muistutukset ennen tiettyä päivää
    /stop: ei enää muistutuksia

# /remind, kun millään kampanjalla ei ole tulevaa päivää.
remind-none = Voit vastustaa tai kytkeä pois milloin tahansa, ja se on voimassa siitä päivästä alkaen, jona teet sen. Mitään päivää ei ole tulossa, joten muistutettavaa ei ole.

# /stop, kun yhtään muistutusta ei ole tulossa (ei viittausta /remind-komentoon).
stop-none = 🔕 Muistutuksia ei ole suunniteltu, joten mitään ei tarvitse kytkeä pois.

# Ilmoitus, kun asetuksella toimiva palvelu merkitään tehdyksi.
marked-done-setting = Merkitty: { $platform } pois päältä.

checked-line = <i>🗓 Ohjeet tarkistettu { $date }. Jos näkymä on erilainen, sovellus on ehkä muuttunut: etsi samoja sanoja läheltä.</i>

# Sama palvelulle, jolla on toinen linkkipainike.
checked-line-help = <i>🗓 Ohjeet tarkistettu { $date }. Jos näkymä on erilainen tai ensimmäinen linkki ei aukea, toinen painike vie palvelun omalle sivulle.</i>

profile-description = Useat palvelut kouluttavat tekoälyä sillä, mitä EU:ssa asuvat julkaisevat tai kysyvät niiden tekoälyltä. Tämä botti näyttää vaihe vaiheelta ja omalla kielelläsi, miten vastustat tai kytket sen pois kussakin palvelussa, ja antaa kirjeen, kun lomake sitä pyytää.

profile-short-description = Vastusta tekoälyn kouluttamista tiedoillasi palvelu kerrallaan: ohjeet, linkit ja kirje.

share-several =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten vastustat tekoälyn kouluttamista tiedoillasi palvelu kerrallaan.
    { $link }

# $commands ovat palvelujen komennot, esimerkiksi /facebook /linkedin.
group-intro-several =
    Hei! Kerron EU:ssa asuville, miten he voivat vastustaa tekoälyn kouluttamista heidän tiedoillaan palvelu kerrallaan.

    Kuka tahansa täällä voi käyttää komentoja { $commands } ja /template.
