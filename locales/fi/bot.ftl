## objection-bot: Finnish texts (suomi). Address: informal "sinä", as in Meta's apps.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Suomi

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Vastustuskirje
btn-remind = 🔔 Muistuta minua
btn-language = 🌐 Kieli
btn-share = 📣 Jaa
btn-menu = ↩️ Valikko
btn-deadline = ⏳ Määräaika
btn-status = ✅ Tarkistuslistani
btn-open-form = 📝 Avaa virallinen { $platform }-lomake
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Virallinen lomake (kirjaudu tarvittaessa palveluun { $platform })
btn-mark-done = ☑️ Vastustus tehty: { $platform }
btn-mark-undone = ↩️ Sittenkin tekemättä: { $platform }

## /start
start-text =
    <b>Vastusta sitä, että Meta käyttää sisältöäsi tekoälyynsä</b>

    Meta käyttää tekoälynsä kouluttamiseen EU:ssa asuvien aikuisten julkisia julkaisuja, kuvia, kuvatekstejä ja kommentteja sekä sitä, mitä ihmiset lähettävät Meta AI:lle. EU:n tietosuoja-asetuksen (GDPR) 21 artikla antaa sinulle oikeuden vastustaa tätä. Siihen menee pari minuuttia palvelua kohden.

    { $deadline }

    Valitse palvelu, niin näet ohjeet:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta alkaa käyttää sisältöjä <b>{ $date }</b>. Aikaa jäljellä: <b>{ $left }</b>. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään, joten ennen tätä päivää tehty vastustus on voimassa jo ennen kuin koulutus alkaa.
deadline-after = ℹ️ Meta on kouluttanut tekoälyään sisällöillä <b>{ $date }</b> alkaen. Voit yhä vastustaa: vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen. Jo käytettyä sisältöä ei voi poistaa malleista, jotka on jo koulutettu.

## Platform steps
facebook-text =
    <b>Vastustus Facebookissa</b>

    <b>Nopein tapa:</b> napauta alla olevaa painiketta, niin Metan virallinen lomake avautuu. Jos sivu pyytää, kirjaudu siellä ensin Facebookiin.

    <b>Sovelluksessa:</b>
    1. Avaa valikko ja siirry kohtaan <i>Asetukset ja yksityisyys</i> → <i>Tietosuojakeskus</i>.
    2. Avaa <i>Tietosuoja-aiheet</i> → <i>Tekoäly Metassa</i>.
    3. Valitse vastustuspyynnön lähettäminen (<i>Lähetä vastustuspyyntö</i>).
    4. Anna tilisi sähköpostiosoite. Perustelukenttä on vapaaehtoinen: jätä se tyhjäksi tai liitä siihen /template-komennon kirje.
    5. Lähetä lomake.

    <b>Sen jälkeen:</b> Meta vahvistaa vastustuksen sähköpostilla tai näytöllä. Säilytä vahvistus.

    <b>Hyvä tietää</b>
    • Perusteluja ei tarvita.
    • Yksi vastustus kattaa kaikki samaan Tilikeskukseen linkitetyt tilit. Tili, jota ei ole linkitetty tai joka käyttää eri sähköpostiosoitetta, tarvitsee oman vastustuksensa.
    • Facebook-sivut eivät voi vastustaa tällä lomakkeella, vain henkilökohtaiset tilit.
    • Vastustitko jo vuonna 2024? Tee se varmuuden vuoksi uudelleen.
instagram-text =
    <b>Vastustus Instagramissa</b>

    <b>Nopein tapa:</b> napauta alla olevaa painiketta, niin Metan virallinen lomake avautuu. Jos sivu pyytää, kirjaudu siellä ensin Instagramiin.

    <b>Sovelluksessa:</b>
    1. Siirry profiiliisi ja napauta ☰-valikkoa (<i>Asetukset ja toiminta</i>).
    2. Etsi valikosta <i>Tietosuojakeskus</i> (joissakin versioissa se löytyy kohdasta <i>Tietoja</i> → <i>Tietosuojakäytäntö</i>).
    3. Etsi kohta <i>oikeus vastustaa</i> ja avaa lomake.
    4. Anna tilisi sähköpostiosoite. Perustelukenttä on vapaaehtoinen: jätä se tyhjäksi tai liitä siihen /template-komennon kirje.
    5. Lähetä lomake.

    <b>Sen jälkeen:</b> Meta vahvistaa vastustuksen sähköpostilla tai näytöllä. Säilytä vahvistus.

    <b>Hyvä tietää</b>
    • Perusteluja ei tarvita.
    • Yksi vastustus kattaa kaikki samaan Tilikeskukseen linkitetyt tilit, myös Facebookin. Linkittämättömät tilit tarvitsevat oman vastustuksensa.
    • Vastustitko jo vuonna 2024? Tee se varmuuden vuoksi uudelleen.
whatsapp-text =
    <b>WhatsApp ja Meta AI</b>

    Yksityiset keskustelusi ovat päästä päähän salattuja, ja niitä <b>ei</b> käytetä tekoälyn kouluttamiseen. Se, mitä lähetät Meta AI:lle (sovelluksen sini-pinkki ympyrä tai ryhmäkeskusteluun kutsuttu @Meta AI), ei ole päästä päähän salattua, ja sitä voidaan käyttää.

    • Meta AI:ta ei voi poistaa käytöstä WhatsAppissa; voit vain jättää sen käyttämättä.
    • Kesäkuussa 2025 Meta kertoi, ettei se tällä hetkellä käytä WhatsAppin Meta AI -keskusteluja koulutukseen.
    • Sovelluksessa ei ole asetusta vastustamiseen, ja kuluttajajärjestöjen mukaan WhatsAppilla ei ole tähän omaa virallista vastustusmenettelyä.

    <b>Varmin suoja:</b> älä lähetä Meta AI:lle mitään.

    <b>Varmuuden vuoksi verkkolomake:</b>
    1. Napauta alla olevaa painiketta (tai avaa whatsapp.com, napauta sivun alalaidasta <i>Oikeudelliset tiedot</i> ja sitten rekisteröidyn oikeuksia koskevaa lomaketta, olipa sen nimi nyt mikä tahansa).
    2. Valitse vaihtoehdot, joilla vastustat tietojesi käyttöä.
    3. Anna puhelinnumerosi maatunnuksen kanssa sekä sähköpostiosoitteesi.
    4. Jos lomake kysyy perusteluja, liitä /template-komennon kirje.
    5. Lähetä lomake. WhatsApp vastaa sähköpostilla; säilytä vastaus.

## /template
letter-intro = Kopioi alla oleva kirje (napautus riittää) ja liitä se lomakkeen <i>perustelu</i>-kenttään tai WhatsAppin lomakkeeseen, jos se kysyy perusteluja.
letter-body =
    Hyvä vastaanottaja

    Vastustan yleisen tietosuoja-asetuksen (GDPR) 21 artiklan 1 kohdan nojalla henkilötietojeni käsittelyä, jota Meta ja sen kumppanit tekevät tekoälyn kehittämiseksi ja kouluttamiseksi. Vastustus koskee julkaisujani, kuviani, kuvatekstejäni, kommenttejani ja kaikkea muuta tiliini liittyvää sisältöä sekä vuorovaikutustani Meta AI:n kanssa.

    Pyydän teitä tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisesti vahvistamaan kirjallisesti kuukauden kuluessa, että vastustukseni on kirjattu ja että sitä noudatetaan.

    Ystävällisin terveisin

## /language
language-choose = Valitse kieli, jota käytän tässä keskustelussa:
language-set = Selvä: puhun täällä suomea.

## /help
help-text =
    <b>Mitä osaan</b>
    /facebook: ohjeet vastustamiseen Facebookissa
    /instagram: ohjeet vastustamiseen Instagramissa
    /whatsapp: ohjeet vastustamiseen WhatsAppissa
    /template: kirje, jonka voit liittää lomakkeisiin
    /deadline: määräaika ja tilanne nyt
    { $remind }
    /stop: ei enää muistutuksia
    /status: tarkistuslistasi ja seuraava muistutus
    /language: vaihda kieltä
    /share: linkki jaettavaksi
    /privacy: mitä tallennan sinusta
    /forget: poista kaikki, mitä tallennan tästä keskustelusta

    Voit myös kirjoittaa @{ $bot } missä tahansa keskustelussa ja lähettää sinne kortin.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: muistutukset ennen määräaikaa
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: miksi muistutuksia ei nyt ole

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
remind-after-deadline = Määräaika (<b>{ $date }</b>) on mennyt, joten muistutettavaa ei ole, mutta voit yhä vastustaa milloin tahansa, ja vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen.
remind-nothing-left = Olet merkinnyt kaikki kolme palvelua tehdyiksi, joten muistutuksia ei tarvita. Kiitos!
stop-done = 🔕 Muistutukset ovat pois päältä. Lähetä /remind, jos haluat ne takaisin.
stop-not-subscribed = Muistutukset eivät olleet päällä. Lähetä /remind, niin otat ne käyttöön.
reminder-text =
    🔔 <b>Muistutus:</b> määräaikaan (<b>{ $date }</b>) on aikaa { $left }. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään.

    Vielä tekemättä: { $platforms }.

    Napauta palvelua, niin näet ohjeet. Jo tehty? Merkitse se tehdyksi ohjeiden alla, niin en enää muistuta siitä.
all-done-text = ✅ Olet tehnyt vastustuksen kaikissa kolmessa palvelussa. Kiitos! En lähetä sinulle enää muistutuksia.

## /status
status-title = <b>Tarkistuslistasi</b>
status-done = ✅ { $platform }: vastustettu
status-open = ⬜ { $platform }: vielä tekemättä
status-subscribed = 🔔 Muistutukset päällä. Seuraava: <b>{ $when }</b>.
status-no-wave = 🔕 Muistutuksia ei ole enää suunniteltu.
status-not-subscribed = 🔕 Muistutukset pois päältä. Lähetä /remind, niin otat ne käyttöön.
marked-done = Merkitty: { $platform } tehty.
marked-undone = Merkitty: { $platform } vielä tekemättä.

## Groups
admin-only = Vain tämän ryhmän ylläpitäjä voi tehdä tämän.
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat vastustaa sitä, että Meta käyttää heidän julkaisujaan, kuviaan ja kommenttejaan tekoälynsä kouluttamiseen.

    Kuka tahansa täällä voi käyttää komentoja /facebook, /instagram, /whatsapp ja /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Ylläpitäjä voi ottaa muistutukset käyttöön ryhmälle komennolla /remind.

## Sharing and inline mode
share-text =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten vastustat sitä, että Meta käyttää julkaisujasi tekoälynsä kouluttamiseen.
    { $link }
inline-facebook-title = Vastustus Facebookissa
inline-facebook-desc = Ohjeet ja virallinen lomake
inline-instagram-title = Vastustus Instagramissa
inline-instagram-desc = Ohjeet ja virallinen lomake
inline-whatsapp-title = Vastustus WhatsAppissa
inline-whatsapp-desc = Meta AI -keskustelut: mitä käytetään, ja lomake
inline-letter-title = Vastustuskirje
inline-letter-desc = Valmis kirje lomakkeisiin liitettäväksi
inline-deadline-title = Määräaika
inline-deadline-desc = Tilanne nyt ja mitä vastustus tänään merkitsee
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = kirje malli pohja vastustus
inline-deadline-keywords = määräaika päivämäärä aika aikaraja

## Command menu (each at most 256 characters)
cmd-start = Aloita tästä
cmd-facebook = Vastusta tekoälykoulutusta Facebookissa
cmd-instagram = Vastusta tekoälykoulutusta Instagramissa
cmd-whatsapp = WhatsApp ja Meta AI
cmd-template = Kirje lomakkeisiin liitettäväksi
cmd-deadline = Määräaika ja tilanne nyt
cmd-remind = Muistutukset ennen määräaikaa
cmd-stop = Ei enää muistutuksia
cmd-status = Tarkistuslistasi
cmd-language = Vaihda kieltä
cmd-share = Linkki jaettavaksi
cmd-help = Kaikki komennot
cmd-privacy = Mitä botti tallentaa
cmd-forget = Poista kaikki tästä keskustelusta tallennettu

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta kouluttaa tekoälyään EU:ssa asuvien aikuisten julkisilla julkaisuilla, kuvilla ja kommenteilla sekä sillä, mitä ihmiset lähettävät Meta AI:lle. Tämä botti näyttää vaihe vaiheelta ja omalla kielelläsi, miten vastustat tätä Facebookissa ja Instagramissa ja mitä WhatsAppista on hyvä tietää, ja antaa valmiin kirjeen liitettäväksi. Kun määräaika on edessä, botti voi muistuttaa sinua.
bot-short-description = Vastusta sitä, että Meta käyttää julkaisujasi tekoälyynsä: ohjeet, lomakkeet ja kirje.
