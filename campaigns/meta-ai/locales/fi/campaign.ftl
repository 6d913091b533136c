## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vastusta sitä, että Meta käyttää sisältöäsi tekoälynsä kouluttamiseen
intro =
    Meta kouluttaa tekoälyään EU:ssa asuvien aikuisten julkisilla julkaisuilla, kuvilla, kuvateksteillä ja kommenteilla sekä sillä, mitä ihmiset lähettävät Meta AI:lle. EU:n tietosuoja-asetuksen (GDPR) 21 artikla antaa sinulle oikeuden vastustaa tätä. Siihen menee pari minuuttia palvelua kohden.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Voit vastustaa milloin tahansa, ja vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen. Meta on kouluttanut tekoälyään aikuisten julkisilla julkaisuilla, kuvilla ja kommenteilla sekä Meta AI -keskusteluilla <b>{ $date }</b> alkaen; sen heinäkuun 2026 EU-tietosuojakäytäntö mainitsee tämän käytön yhä. Jo käytettyä ei voi poistaa koulutetuista malleista.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta alkaa käyttää sisältöjä <b>{ $date }</b>. Aikaa jäljellä: <b>{ $left }</b>. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään, joten ennen tätä päivää tehty vastustus on voimassa jo ennen kuin koulutus alkaa.
deadline-after = ✅ Voit yhä vastustaa: vastustuksesi on voimassa siitä päivästä alkaen, jona teet sen. Meta on kouluttanut tekoälyään sisällöillä <b>{ $date }</b> alkaen; jo käytettyä ei voi poistaa koulutetuista malleista.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Muistutus:</b> päivään <b>{ $date }</b> on aikaa { $left }. Vastustus on voimassa siitä päivästä alkaen, jona se tehdään.

    Vielä tekemättä: { $platforms }.

    Napauta palvelua, niin näet ohjeet. Jo tehty? Merkitse se tehdyksi ohjeiden alla, niin en enää muistuta siitä.
nothing-left = Olet merkinnyt kaikki kolme palvelua tehdyiksi, joten muistutusta ei tarvita. Kiitos!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopioi alla oleva kirje (napautus riittää) ja liitä se lomakkeen <i>perustelu</i>-kenttään tai WhatsAppin lomakkeeseen, jos se kysyy syytä. Perustelukappale on vapaaehtoinen: pidä se, kirjoita oma tai poista se.
letter-body =
    Hyvä vastaanottaja

    Vastustan yleisen tietosuoja-asetuksen (GDPR) 21 artiklan 1 kohdan nojalla erityiseen tilanteeseeni liittyvällä perusteella henkilötietojeni käsittelyä, jota Meta ja sen kumppanit tekevät tekoälyn kehittämiseksi ja kouluttamiseksi. Vastustus koskee julkaisujani, kuviani, kuvatekstejäni, kommenttejani ja kaikkea muuta tiliini liittyvää sisältöä sekä vuorovaikutustani Meta AI:n kanssa.

    En jakanut tätä sisältöä siinä uskossa, että sitä käytettäisiin tekoälyn kouluttamiseen, ja haluan itse päättää sen käytöstä.

    Pyydän teitä tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisesti vahvistamaan kirjallisesti kuukauden kuluessa, että vastustukseni on kirjattu ja että sitä noudatetaan.

    Ystävällisin terveisin

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram ja WhatsApp on kaikki merkitty tehdyiksi. Kiitos!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten vastustat sitä, että Meta käyttää julkaisujasi tekoälynsä kouluttamiseen.
    { $link }
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat vastustaa sitä, että Meta käyttää heidän julkaisujaan, kuviaan ja kommenttejaan tekoälynsä kouluttamiseen.

    Kuka tahansa täällä voi käyttää komentoja /facebook, /instagram, /whatsapp ja /template.
description = Meta kouluttaa tekoälyään EU:ssa asuvien aikuisten julkisilla julkaisuilla, kuvilla ja kommenteilla sekä sillä, mitä ihmiset lähettävät Meta AI:lle. Tämä botti näyttää vaihe vaiheelta ja omalla kielelläsi, miten vastustat tätä Facebookissa ja Instagramissa ja mitä WhatsAppista on hyvä tietää, ja antaa valmiin kirjeen liitettäväksi.
short-description = Vastusta sitä, että Meta käyttää julkaisujasi tekoälynsä kouluttamiseen: ohjeet, lomakkeet ja kirje.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Vastustuskirje Metalle
letter-inline-desc = Valmis kirje Metan lomakkeisiin liitettäväksi
letter-keywords = kirje malli pohja vastustus meta
deadline-inline-title = Meta AI: tilanne nyt
deadline-inline-desc = Mistä lähtien Meta on kouluttanut sisällöillä ja mitä vastustus nyt tekee
deadline-keywords = meta tilanne alkaen päivämäärä

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Virallinen lomake
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metan tekoälysivu
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: ohjeet vastustamiseen Facebookissa
facebook-command = Vastusta tekoälykoulutusta Facebookissa
facebook-inline-title = Vastustus Facebookissa
facebook-inline-desc = Ohjeet ja virallinen lomake
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Vastustus Facebookissa</b>

    <b>Nopein tapa:</b> napauta alta <i>Virallinen lomake</i>. Jos sivu pyytää, kirjaudu siellä Facebookiin. Etkö ole kirjautuneena siinä selaimessa? Avaa linkki tavallisessa selaimessasi (⋯ → <i>Avaa selaimessa</i>) tai seuraa sovelluksen ohjeita.
    Anna lomakkeessa tilisi sähköpostiosoite; perustelukenttä on vapaaehtoinen (jätä se tyhjäksi tai liitä /template-komennon kirje). Lähetä sitten.

    <b>Sen jälkeen:</b> Meta vahvistaa vastustuksen sähköpostilla tai näytöllä. Säilytä vahvistus.

    <blockquote expandable><b>Sovelluksessa</b>
    1. Avaa valikko ja siirry kohtaan <i>Asetukset ja yksityisyys</i> → <i>Tietosuojakeskus</i>.
    2. Avaa <i>Tietosuoja-aiheet</i> → <i>Tekoäly Metassa</i>.
    3. Valitse vastustuspyynnön lähettäminen (<i>Lähetä vastustuspyyntö</i>).
    4. Anna tilisi sähköpostiosoite. Perustelu on vapaaehtoinen.
    5. Lähetä lomake.</blockquote>

    <blockquote expandable><b>Hyvä tietää</b>
    • Perusteluja ei tarvita.
    • Yksi vastustus kattaa kaikki samaan Tilikeskukseen linkitetyt tilit. Tili, jota ei ole linkitetty tai joka käyttää eri sähköpostiosoitetta, tarvitsee oman vastustuksensa.
    • Facebook-sivut eivät voi vastustaa tällä lomakkeella, vain henkilökohtaiset tilit.
    • Vastustitko jo vuonna 2024? Tee se varmuuden vuoksi uudelleen.
    • Meta on siirtänyt joitakin yhteydenottolomakkeitaan. Jos lomake ei aukea, toinen painike vie Metan generatiivista tekoälyä käsittelevälle sivulle, jolta on linkki vastustamisoikeuteen.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Virallinen lomake
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metan tekoälysivu
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: ohjeet vastustamiseen Instagramissa
instagram-command = Vastusta tekoälykoulutusta Instagramissa
instagram-inline-title = Vastustus Instagramissa
instagram-inline-desc = Ohjeet ja virallinen lomake
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Vastustus Instagramissa</b>

    <b>Nopein tapa:</b> napauta alta <i>Virallinen lomake</i>. Jos sivu pyytää, kirjaudu siellä Instagramiin. Etkö ole kirjautuneena siinä selaimessa? Avaa linkki tavallisessa selaimessasi (⋯ → <i>Avaa selaimessa</i>) tai seuraa sovelluksen ohjeita.
    Jos lomake kysyy, koskeeko pyyntösi tekoälyä Metassa, valitse <b>Kyllä</b>. Anna tilisi sähköpostiosoite; perustelukenttä on vapaaehtoinen (jätä se tyhjäksi tai liitä /template-komennon kirje). Lähetä sitten.

    <b>Sen jälkeen:</b> Meta vahvistaa vastustuksen sähköpostilla tai näytöllä. Säilytä vahvistus.

    <blockquote expandable><b>Sovelluksessa</b>
    1. Siirry profiiliisi ja napauta ☰-valikkoa (<i>Asetukset ja toiminta</i>).
    2. Etsi valikosta <i>Tietosuojakeskus</i> (joissakin versioissa kohdasta <i>Tietoja</i> → <i>Tietosuojakäytäntö</i>).
    3. Etsi kohta <i>oikeus vastustaa</i> ja avaa lomake.
    4. Jos se kysyy, koskeeko pyyntösi tekoälyä Metassa, valitse <i>Kyllä</i>.
    5. Anna tilisi sähköpostiosoite. Perustelu on vapaaehtoinen.
    6. Lähetä lomake.</blockquote>

    <blockquote expandable><b>Hyvä tietää</b>
    • Perusteluja ei tarvita.
    • Yksi vastustus kattaa kaikki samaan Tilikeskukseen linkitetyt tilit, myös Facebookin. Linkittämättömät tilit tarvitsevat oman vastustuksensa.
    • Vastustitko jo vuonna 2024? Tee se varmuuden vuoksi uudelleen.
    • Meta on siirtänyt joitakin yhteydenottolomakkeitaan. Jos lomake ei aukea, toinen painike vie Metan generatiivista tekoälyä käsittelevälle sivulle, jolta on linkki vastustamisoikeuteen.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsAppin lomake
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: tehty
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp ja Meta AI: mitä käytetään, ja lomake varmuuden vuoksi
whatsapp-command = WhatsApp ja Meta AI
whatsapp-inline-title = WhatsApp ja Meta AI
whatsapp-inline-desc = Mitä käytetään, ja lomake varmuuden vuoksi
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp ja Meta AI</b>

    WhatsAppissa ei ole Meta AI:lle omaa kytkintä eikä omaa vastustusasetusta. <b>Varmin suoja: älä lähetä Meta AI:lle mitään.</b>
    • Ryhmässä kuka tahansa jäsen voi kutsua @Meta AI:n. Keskustelun lisäyksityisyys (<i>Advanced chat privacy</i>; napauta keskustelun nimeä) voi estää jäseniä käyttämästä Meta AI:ta siinä keskustelussa. Lähteet ovat tästä eri mieltä, joten tarkista, tarjoaako sovelluksesi sen.

    <b>Mitä käytetään:</b> yksityiset keskustelusi ovat päästä päähän salattuja, ja niitä <b>ei</b> käytetä tekoälyn kouluttamiseen. Se, mitä lähetät Meta AI:lle (sini-pinkki ympyrä tai ryhmään kutsuttu @Meta AI), ei ole päästä päähän salattua, ja sitä voidaan käyttää. Meta AI:ta ei voi poistaa käytöstä WhatsAppissa, vain jättää käyttämättä. Kesäkuussa 2025 Meta kertoi, ettei se silloin käyttänyt WhatsAppin Meta AI -keskusteluja koulutukseen.

    <b>Varmuuden vuoksi verkkolomake.</b> WhatsAppin tietosuojakäytäntö ohjaa siihen vastustuksissa yleensä; se ei ole tekoälykytkin, ja kuluttajajärjestöjen mukaan WhatsAppilla ei ole omaa virallista vastustusmenettelyä tekoälylle.
    1. Napauta alla olevaa painiketta (tai etsi whatsapp.com-sivuston oikeudellisista linkeistä rekisteröidyn oikeuksia koskeva lomake).
    2. Valitse vaihtoehto, jolla vastustat tietojesi käsittelyä.
    3. Anna puhelinnumerosi maatunnuksen kanssa sekä sähköpostiosoitteesi.
    4. Jos lomake kysyy syytä, liitä /template-komennon kirje.
    5. Lähetä lomake. WhatsApp vastaa sähköpostilla; säilytä vastaus.
