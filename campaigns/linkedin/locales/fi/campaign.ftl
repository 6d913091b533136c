## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Kytke pois LinkedInin tapa käyttää tietojasi tekoälyn kouluttamiseen
intro =
    LinkedIn käyttää EU:ssa asuvien jäsentensä profiileja, julkaisuja ja kommentteja sekä keskusteluja sen tekoälytoimintojen kanssa kouluttaakseen sisältöä kirjoittavaa tekoälyä. Yksityisviestejä ei käytetä. Asetus, joka on päällä, kunnes kytket sen pois, antaa sinun jättäytyä pois; se vie minuutin.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Voit kytkeä sen pois milloin tahansa, ja se on voimassa siitä eteenpäin. LinkedIn on käyttänyt EU:ssa asuvien jäsenten tietoja tekoälyn kouluttamiseen <b>{ $date }</b> alkaen; jo koulutetut mallit eivät muutu.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Merkitty: LinkedInin asetus on pois päältä. Kiitos!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten kytket pois LinkedInin tavan käyttää tietojasi tekoälyn kouluttamiseen.
    { $link }
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat kytkeä pois LinkedInin tavan käyttää heidän profiiliaan ja julkaisujaan tekoälyn kouluttamiseen.

    Kuka tahansa täällä voi käyttää komentoa /linkedin.
description = LinkedIn käyttää EU:ssa asuvien jäsentensä profiileja, julkaisuja ja tekoälykeskusteluja kouluttaakseen sisältöä kirjoittavaa tekoälyä. Tämä botti näyttää omalla kielelläsi, missä asetus on ja miten kytket sen pois.
short-description = Kytke pois LinkedInin tapa käyttää tietojasi tekoälyn kouluttamiseen: missä asetus on.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn ja tekoäly: tilanne nyt
deadline-inline-desc = Mistä lähtien LinkedIn on kouluttanut jäsenten tiedoilla ja mitä asetus tekee
deadline-keywords = linkedin tilanne alkaen

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Avaa asetus
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Vastustus, muu käyttö
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: kytke pois LinkedInin tekoälykoulutus tiedoillasi
linkedin-command = Kytke pois LinkedInin tekoälykoulutus
linkedin-inline-title = Kytke pois LinkedInin tekoälykoulutus
linkedin-inline-desc = Missä asetus on, puhelimessa ja tietokoneella
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Kytke pois LinkedInin tekoälykoulutus</b>

    <b>Nopein tapa:</b> napauta alta <i>Avaa asetus</i> ja kirjaudu LinkedIniin, jos sitä pyydetään. Kytke generatiivisen tekoälyn parantamiseen käytettäviä tietoja koskevalla sivulla (<i>Data for Generative AI Improvement</i>) kytkin pois.

    <b>Puhelimessa:</b> profiilikuvasi → <i>Settings</i> (asetukset) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → pois päältä.
    <b>Tietokoneella:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → pois päältä.

    <b>Sen jälkeen:</b> vahvistusta ei tule. Lataa sivu uudelleen: kytkimen pitäisi näkyä pois päältä.

    <blockquote expandable><b>Hyvä tietää</b>
    • Mitä käytetään: profiilisi (nimi, kuva, tehtävät, koulutus, taidot, suositukset), julkaisusi, artikkelisi, kommenttisi ja kyselysi, toimintasi ryhmissä, tallennetut ansioluettelot ja vastaukset hakijoiden karsintakysymyksiin sekä keskustelut LinkedInin tekoälytoimintojen kanssa. Yksityisviestejä ei käytetä.
    • Kytkin on voimassa siitä eteenpäin; jo koulutetut mallit eivät muutu.
    • Alankomaiden tietosuojaviranomainen on todennut, että käyttöön voi päätyä tietoja aina vuodesta 2003 lähtien.
    • Tietojesi muuhun käyttöön (esimerkiksi luottamus- ja turvallisuustekoäly tai tuotekehitys) LinkedInin tietosuojailmoitus tarjoaa vastustuslomakkeen: se on toinen painike.</blockquote>
