## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vastusta sitä, että Meta käyttää sisältöäsi tekoälyynsä
intro =
    Meta käyttää tekoälynsä kouluttamiseen EU:ssa asuvien aikuisten julkisia julkaisuja, kuvia, kuvatekstejä ja kommentteja sekä sitä, mitä ihmiset lähettävät Meta AI:lle. EU:n tietosuoja-asetuksen (GDPR) 21 artikla antaa sinulle oikeuden vastustaa tätä. Siihen menee pari minuuttia palvelua kohden.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta alkaa käyttää sisältöjä <b>{ $date }</b>. Aikaa jäljellä: <b>{ $left }</b>. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään, joten ennen tätä päivää tehty vastustus on voimassa jo ennen kuin koulutus alkaa.
deadline-after = ℹ️ Meta on kouluttanut tekoälyään sisällöillä <b>{ $date }</b> alkaen. Voit yhä vastustaa: vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen. Jo käytettyä sisältöä ei voi poistaa malleista, jotka on jo koulutettu.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopioi alla oleva kirje (napautus riittää) ja liitä se lomakkeen <i>perustelu</i>-kenttään tai WhatsAppin lomakkeeseen, jos se kysyy perusteluja.
letter-body =
    Hyvä vastaanottaja

    Vastustan yleisen tietosuoja-asetuksen (GDPR) 21 artiklan 1 kohdan nojalla henkilötietojeni käsittelyä, jota Meta ja sen kumppanit tekevät tekoälyn kehittämiseksi ja kouluttamiseksi. Vastustus koskee julkaisujani, kuviani, kuvatekstejäni, kommenttejani ja kaikkea muuta tiliini liittyvää sisältöä sekä vuorovaikutustani Meta AI:n kanssa.

    Pyydän teitä tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisesti vahvistamaan kirjallisesti kuukauden kuluessa, että vastustukseni on kirjattu ja että sitä noudatetaan.

    Ystävällisin terveisin

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Muistutus:</b> määräaikaan (<b>{ $date }</b>) on aikaa { $left }. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään.

    Vielä tekemättä: { $platforms }.

    Napauta palvelua, niin näet ohjeet. Jo tehty? Merkitse se tehdyksi ohjeiden alla, niin en enää muistuta siitä.
# When every platform of this campaign is ticked off.
all-done = ✅ Olet tehnyt vastustuksen kaikissa kolmessa palvelussa. Kiitos! En lähetä sinulle enää muistutuksia.
nothing-left = Olet merkinnyt kaikki kolme palvelua tehdyiksi, joten muistutuksia ei tarvita. Kiitos!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten vastustat sitä, että Meta käyttää julkaisujasi tekoälynsä kouluttamiseen.
    { $link }
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat vastustaa sitä, että Meta käyttää heidän julkaisujaan, kuviaan ja kommenttejaan tekoälynsä kouluttamiseen.

    Kuka tahansa täällä voi käyttää komentoja /facebook, /instagram, /whatsapp ja /template.
description = Meta kouluttaa tekoälyään EU:ssa asuvien aikuisten julkisilla julkaisuilla, kuvilla ja kommenteilla sekä sillä, mitä ihmiset lähettävät Meta AI:lle. Tämä botti näyttää vaihe vaiheelta ja omalla kielelläsi, miten vastustat tätä Facebookissa ja Instagramissa ja mitä WhatsAppista on hyvä tietää, ja antaa valmiin kirjeen liitettäväksi. Kun määräaika on edessä, botti voi muistuttaa sinua.
short-description = Vastusta sitä, että Meta käyttää julkaisujasi tekoälyynsä: ohjeet, lomakkeet ja kirje.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Vastustuskirje
letter-inline-desc = Valmis kirje lomakkeisiin liitettäväksi
letter-keywords = kirje malli pohja vastustus
deadline-inline-title = Määräaika
deadline-inline-desc = Tilanne nyt ja mitä vastustus tänään merkitsee
deadline-keywords = määräaika päivämäärä aika aikaraja

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Virallinen lomake (kirjaudu tarvittaessa palveluun Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: ohjeet vastustamiseen Facebookissa
facebook-command = Vastusta tekoälykoulutusta Facebookissa
facebook-inline-title = Vastustus Facebookissa
facebook-inline-desc = Ohjeet ja virallinen lomake
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Virallinen lomake (kirjaudu tarvittaessa palveluun Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: ohjeet vastustamiseen Instagramissa
instagram-command = Vastusta tekoälykoulutusta Instagramissa
instagram-inline-title = Vastustus Instagramissa
instagram-inline-desc = Ohjeet ja virallinen lomake
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Avaa virallinen WhatsApp-lomake
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: ohjeet vastustamiseen WhatsAppissa
whatsapp-command = WhatsApp ja Meta AI
whatsapp-inline-title = Vastustus WhatsAppissa
whatsapp-inline-desc = Meta AI -keskustelut: mitä käytetään, ja lomake
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
