## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Poista rasti, jolla X jakaa tietojasi Grokin kouluttamiseen
intro =
    X jakaa julkiset julkaisusi, tapasi olla vuorovaikutuksessa julkaisujen kanssa ja keskustelusi Grokin kanssa xAI:lle, joka kouluttaa niillä Grokia. Asetuksissa oleva valintaruutu sallii tämän; siinä on rasti, kunnes poistat sen. Se vie minuutin.

## Where things stand (no `started`, so no $date).
standing = ✅ Voit poistaa rastin milloin tahansa, ja se on voimassa siitä eteenpäin; mikään päivämäärä ei rajoita sitä. X:n mukaan rastin poistaminen ei estä jo käytössä olevaa mallia oppimasta edelleen tavallisen käytön kautta. Irlannin tietosuojaviranomainen aloitti huhtikuussa 2025 tutkinnan Grokin kouluttamisesta EU-käyttäjien julkaisuilla.

# When the setting is ticked off as unticked.
all-done = ✅ Merkitty: X:n valintaruudusta on poistettu rasti. Kiitos!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Jaa eteenpäin: tämä botti neuvoo omalla kielelläsi, miten poistat rastin, jolla X jakaa tietojasi Grokin kouluttamiseen.
    { $link }
group-intro =
    Hei! Kerron EU:ssa asuville, miten he voivat poistaa rastin, jolla X jakaa heidän julkaisujaan ja Grok-keskustelujaan Grokin kouluttamiseen.

    Kuka tahansa täällä voi käyttää komentoa /x.
description = X jakaa julkisia julkaisuja ja Grok-keskusteluja xAI:lle Grokin kouluttamiseen, ellet poista rastia yhdestä valintaruudusta. Tämä botti näyttää omalla kielelläsi, missä se ruutu on.
short-description = Poista rasti, jolla X jakaa tietojasi Grokin kouluttamiseen: missä ruutu on.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X ja Grok: tilanne nyt
deadline-inline-desc = Mitä valintaruutu tekee ja mitä se ei voi tehdä
deadline-keywords = x twitter grok tilanne

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Avaa Grok-asetus
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: poista rasti, jolla X jakaa tietojasi Grokin kouluttamiseen
x-command = Poista X:n tietojenjaon rasti Grokille
x-inline-title = Poista X:n tietojenjaon rasti Grokille
x-inline-desc = Polku valintaruutuun ja yksi lisäaskel
x-keywords = x twitter grok xai
x-steps =
    <b>X: poista Grokin rasti</b>

    <b>Polku</b> (sovelluksessa tai x.com-sivustolla): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → poista rasti ruudusta, joka sallii julkisten tietojesi ja Grok-vuorovaikutuksesi käytön koulutukseen.

    <b>Alla oleva painike</b> yrittää avata sivun suoraan. Jos se ei aukea, seuraa polkua. Jos sovellus ei näytä asetusta, käytä x.com-sivustoa selaimessa.

    <b>Sen jälkeen:</b> vahvistusta ei tule; ruutu pysyy tyhjänä.

    <b>Lisäaskel:</b> julkaisujen suojaus (<i>Protect your posts</i>, kohdassa <i>Privacy and safety</i> → <i>Audience and tagging</i>) näyttää julkaisusi vain seuraajillesi, joten ne eivät ole enää julkisia.

    <blockquote expandable><b>Hyvä tietää</b>
    • xAI:n Euroopan tietosuojaliite (heinäkuu 2026) mainitsee aikuisten julkiset X-julkaisut tietoina, joilla se kouluttaa Grokia, ja sanoo, että vastustaa voi asetuksissa.
    • Rastin poistaminen on voimassa siitä eteenpäin.</blockquote>
