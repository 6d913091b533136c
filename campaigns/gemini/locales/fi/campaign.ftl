## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Kytke pois Googlen tapa käyttää Gemini-keskustelujasi tekoälyn kouluttamiseen
intro =
    Niin kauan kuin toimintojen tallennus (<i>Keep Activity</i>) on päällä, Google käyttää sitä, mitä kirjoitat, lataat ja jaat Geminissä, tuotteidensa parantamiseen ja tekoälymalliensa kouluttamiseen, ja ihmisarvioijat lukevat osan keskusteluista. Asetuksen kytkeminen pois vie minuutin; tietosuoja-asetus antaa sinulle lisäksi oikeuden vastustaa.

## Where things stand (no `started`, so no $date).
standing = ✅ Voit kytkeä toimintojen tallennuksen (<i>Keep Activity</i>) pois milloin tahansa, ja se on voimassa siitä eteenpäin; mikään päivämäärä ei rajoita sitä. Kun se on pois päältä, Google kertoo säilyttävänsä uudet keskustelut 72 tuntia eikä käytä niitä koulutukseen, ellet lähetä palautetta.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Googlen GDPR-vastustuspyyntöä varten (toinen painike /gemini-komennon alla): kopioi alla oleva kirje (napautus riittää) ja liitä se kohtaan, jossa lomake pyytää kuvaamaan pyyntösi. Perustelukappale on vapaaehtoinen: pidä se, kirjoita oma tai poista se.
letter-body =
    Hyvä vastaanottaja

    Vastustan yleisen tietosuoja-asetuksen (GDPR) 21 artiklan 1 kohdan nojalla erityiseen tilanteeseeni liittyvällä perusteella sitä, että Google käsittelee Gemini-keskustelujani, lataamiani tiedostoja ja Gemini-sovellusten kanssa jakamaani sisältöä tekoälymallien kehittämiseksi ja kouluttamiseksi.

    Käytän Geminiä omiin tarkoituksiini enkä antanut tätä sisältöä tekoälyn kouluttamiseen; haluan itse päättää sen käytöstä.

    Pyydän teitä tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisesti vahvistamaan kirjallisesti kuukauden kuluessa, että vastustukseni on kirjattu ja että sitä noudatetaan.

    Ystävällisin terveisin

# When the setting is ticked off as turned off.
all-done = ✅ Merkitty: Geminin toimintojen tallennus on pois päältä. Kiitos!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten kytket pois Googlen tavan käyttää Gemini-keskustelujasi tekoälyn kouluttamiseen.
    { $link }
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat kytkeä pois Googlen tavan käyttää heidän Gemini-keskustelujaan tekoälyn kouluttamiseen ja miten he voivat vastustaa sitä.

    Kuka tahansa täällä voi käyttää komentoja /gemini ja /template.
description = Niin kauan kuin toimintojen tallennus (Keep Activity) on päällä, Google kouluttaa tekoälymallejaan Gemini-keskusteluilla. Tämä botti näyttää omalla kielelläsi, miten kytket sen pois ja miten vastustat tietosuoja-asetuksen nojalla, ja antaa kirjeen liitettäväksi.
short-description = Kytke pois Googlen tapa käyttää Gemini-keskustelujasi tekoälyn kouluttamiseen: asetus ja kirje.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Vastustuskirje Googlelle
letter-inline-desc = Valmis kirje Googlen GDPR-vastustuspyyntöön
letter-keywords = kirje malli pohja google gemini
deadline-inline-title = Gemini ja tekoälykoulutus: tilanne nyt
deadline-inline-desc = Mitä asetus tekee ja mitä keskusteluillesi tapahtuu
deadline-keywords = gemini google tilanne

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Avaa Gemini-toiminta
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 GDPR-vastustus
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: kytke pois Googlen tekoälykoulutus Gemini-keskusteluillasi
gemini-command = Kytke pois tekoälykoulutus Gemini-keskusteluillasi
gemini-inline-title = Kytke pois Geminin tekoälykoulutus
gemini-inline-desc = Asetus ja Googlen vastustuspyyntö
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: kytke toimintojen tallennus (<i>Keep Activity</i>) pois</b>

    <b>Nopein tapa:</b> napauta alta <i>Avaa Gemini-toiminta</i>, kirjaudu Googleen, jos sitä pyydetään, ja kytke toimintojen tallennus (<i>Keep Activity</i>) pois; sen nimi voi vielä olla <i>Gemini Apps Activity</i>. Voit myös valita, että kytket sen pois ja poistat toimintasi.

    <b>Gemini-sovelluksessa:</b> profiilikuvasi → <i>Gemini Apps Activity</i> tai <i>Keep Activity</i> → pois päältä.
    <b>Tietokoneella:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → pois päältä.

    <b>Sen jälkeen:</b> vahvistusta ei tule; sivu näyttää asetuksen pois päältä.

    <blockquote expandable><b>Hyvä tietää</b>
    • Kun se on pois päältä, Google kertoo säilyttävänsä uudet keskustelut 72 tuntia eikä käytä niitä koulutukseen, ellet lähetä palautetta. Väliaikaisia keskusteluja ei myöskään käytetä.
    • Se on voimassa siitä eteenpäin.
    • Voit myös vastustaa tietosuoja-asetuksen nojalla: toinen painike avaa Googlen oikeudellisten pyyntöjen lomakkeen (sovelluksessa: vastauksen alla <i>More</i> → <i>Report legal issue</i>). Lomake pyytää kuvaamaan käsittelyn: /template antaa sinulle kirjeen.
    • Google kertoi marraskuussa 2025, ettei se käytä Gmailin sisältöä Geminin kouluttamiseen.</blockquote>
