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
    /news: uutiset, kun uusi tapa vastustaa ilmestyy
    /forget: poista kaikki, mitä tallennan tästä keskustelusta

    Voit myös kirjoittaa @{ $bot } missä tahansa keskustelussa ja julkaista sinne kortin.

## /privacy and /forget
privacy-text =
    <b>Mitä tallennan</b>
    • Tämän keskustelun numeron, sen kielen, haluatko muistutuksia tai uutisia, mitkä palvelut olet merkinnyt tehdyiksi ja minä päivänä sekä mitkä muistutukset, seurantakysymykset ja tarkistusmuistutukset ovat tulossa tai jo lähetetty, jottei kukaan saa samaa viestiä kahdesti.
    • Miksi päivä: kuukauden kuluttua siitä, kun merkitset lomakkeen tehdyksi, kysyn kerran, onko yritys vahvistanut sen. Asetuksen tarkistusmuistutus tallennetaan vain, jos pyydät sitä.
    • En mitään muuta: en nimiä, käyttäjänimiä, puhelinnumeroita enkä viestien tekstiä. Maata, jonka valitset löytääksesi viranomaisen, ei tallenneta.

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
# Ilmoitus, kun lomakkeella toimiva palvelu merkitään tehdyksi; $after on aika, esimerkiksi "30 päivää".
marked-done-followup = Merkitty: { $platform } tehty. Kun { $after } on kulunut, kysyn, onko se vahvistettu.
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
cmd-news = Uutiset, kun uusi tapa vastustaa ilmestyy

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
# /stop, kun myös seurantakysymykset, tarkistusmuistutukset tai uutiset olivat päällä: kaikki loppuu.
stop-all = 🔕 Valmis: en lähetä enää muistutuksia, seurantakysymyksiä enkä uutisia. /start näyttää palvelut taas.

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

## Merkitsemisen jälkeen: seurantakysymykset, mihin valittaa, tarkistusmuistutukset ja uutiset.
# Viesti asetuksen alla, kun se on merkitty pois päältä kytketyksi; se tarjoaa tarkistusmuistutuksen (btn-recheck).
setting-thanks = ✅ Merkitty: { $platform } pois päältä. Kiitos! Jotkin palvelut ovat lisänneet uusia tekoälyasetuksia, jotka ovat oletuksena päällä, kertomatta siitä käyttäjilleen, joten voin muistuttaa sinua tarkistamaan asian.
# $after on aika, esimerkiksi "180 päivää".
btn-recheck = 🔔 Muistuta, kun { $after } on kulunut
recheck-on = 🔔 Muistutan sinua <b>{ $date }</b> tarkistamaan, että asetus on yhä pois päältä ({ $platform }).
# Itse tarkistusmuistutus, asetuksen painike alla.
recheck-ask = 🔎 Kytkit asetuksen pois päältä { $date } ({ $platform }). Tarkistathan, että se on yhä pois päältä ja onko sen viereen ilmestynyt uusi tekoälyasetus: jotkin palvelut ovat lisänneet tällaisia asetuksia oletuksena päällä kertomatta siitä käyttäjilleen. Se vie minuutin.
recheck-ask-undated = 🔎 Kytkit asetuksen pois päältä ({ $platform }). Tarkistathan, että se on yhä pois päältä ja onko sen viereen ilmestynyt uusi tekoälyasetus: jotkin palvelut ovat lisänneet tällaisia asetuksia oletuksena päällä kertomatta siitä käyttäjilleen. Se vie minuutin.
btn-news-on = 🆕 Uutiset uusista keinoista
btn-news-off = 🔕 Ei enää uutisia
news-on = 🆕 Kerron sinulle, kun ilmestyy uusi tapa vastustaa tai kytkeä jotain pois. Lähetä /news uudelleen, niin lopetan.
news-off = 🔕 En lähetä enää uutisia. Lähetä /news, jos haluat ne takaisin.
# Tiedotteen ensimmäinen rivi; kampanjan otsikko ja kuvaus seuraavat.
news-announce = 🆕 <b>Uusi tapa vastustaa tai kytkeä pois</b>
# Seurantakysymys kuukauden kuluttua lomakkeen merkitsemisestä ($date on se päivä).
followup-ask =
    📬 Teit vastustuksen { $date } ({ $platform }). Yrityksen on kerrottava sinulle kuukauden kuluessa vastustuksen saamisesta, mihin toimiin se on ryhtynyt sen johdosta (tai ilmoitettava saman kuukauden aikana, että se tarvitsee enintään kaksi kuukautta lisää).

    Onko yritys vahvistanut sen?
followup-ask-again = 📬 Vielä kerran: teit vastustuksen { $date } ({ $platform }). Onko yritys vahvistanut sen?
btn-confirmed = ✅ Vahvistettu
btn-later = ⏳ Ei vielä, kysy myöhemmin
btn-no-answer = ❌ Ei vastausta
followup-confirmed = ✅ Kiitos! { $platform }: muuta tehtävää ei ole. Säilytä vahvistus.
followup-later = ⏳ Kysyn vielä kerran <b>{ $date }</b>.
followup-letter-intro = Lähetä tämä samalla lomakkeella tai samaan osoitteeseen kuin aiemmin, täydennä omat tietosi ja säilytä kopio:
# Seurantakirje: muodollinen, alle 1 000 merkkiä täytettynä.
followup-letter =
    Aihe: { $date } tekemäni vastustus (GDPR 21 artikla)

    Hyvä vastaanottaja

    Vastustin { $date } yleisen tietosuoja-asetuksen (GDPR) 21 artiklan nojalla henkilötietojeni käyttöä palvelussa { $platform } tekoälyn kehittämiseen ja parantamiseen.

    Tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan teidän on ilmoitettava minulle pyyntöni johdosta toteutetuista toimenpiteistä kuukauden kuluessa sen vastaanottamisesta. En ole saanut vastausta.

    Pyydän teitä vahvistamaan viipymättä, että vastustustani noudatetaan. Muussa tapauksessa teen valituksen tietosuojaa valvovalle viranomaiselle (tietosuoja-asetuksen 77 artikla).

    Ystävällisin terveisin
    { "[" }Nimesi]
    { "[" }Tilisi sähköpostiosoite]
complain-where = Jos yritys ei vieläkään vastaa, voit tehdä valituksen tietosuojaviranomaiselle siinä maassa, jossa asut, jossa työskentelet tai jossa rikkomus tapahtui. Mikä maa?
btn-other-country = 🇪🇺 Muu maa
complain-country = Mikä maa? Valitse se, jossa asut, jossa työskentelet tai jossa rikkomus tapahtui:
complain-land = Saksassa yrityksiä koskevat valitukset tehdään oman osavaltion viranomaiselle. Mikä osavaltio?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Viranomaisesi välittää valituksen johtavalle valvontaviranomaiselle (Metan, LinkedInin, Googlen ja X:n kohdalla se on Irlannin tietosuojaviranomainen Data Protection Commission) ja pysyy yhteystahonasi.

    Säilytä todisteena vahvistussähköposti tai kuvakaappaus lähetetystä lomakkeesta päivämäärineen sekä lähettämäsi seurantakirje. Valitus ei ole yritykselle nimetön, ja monet viranomaiset ottavat sen vastaan vain omalla kielellään.
complain-home-only = <i>En voinut varmistaa tämän viranomaisen valitussivua: painike avaa sen etusivun.</i>
btn-authority = 🏛 Avaa viranomaisen sivu
