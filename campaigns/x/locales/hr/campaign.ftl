## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Uklonite kvačicu kojom X dijeli vaše podatke za treniranje Groka
intro =
    X s tvrtkom xAI dijeli vaše javne objave, način na koji reagirate na objave i vaše razgovore s Grokom, a xAI na tome trenira Grok. To dopušta potvrdni okvir u postavkama; označen je dok ne uklonite kvačicu. To traje minutu.

## Where things stand (no `started`, so no $date).
standing = ✅ Kvačicu možete ukloniti bilo kada i to vrijedi od tog trenutka; ne ovisi ni o kojem datumu. Prema X-u, to ne sprječava model koji se već koristi da nastavi učiti kroz uobičajenu upotrebu. Irsko tijelo za zaštitu podataka pokrenulo je u travnju 2025. istragu o treniranju Groka na objavama korisnika iz EU-a.

# When the setting is ticked off as unticked.
all-done = ✅ Označeno: kvačica na X-u je uklonjena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako ukloniti kvačicu kojom X dijeli vaše podatke za treniranje Groka.
    { $link }
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako ukloniti kvačicu kojom X dijeli njihove objave i razgovore s Grokom za treniranje Groka.

    Svatko ovdje može koristiti /x.
description = X dijeli javne objave i razgovore s Grokom s tvrtkom xAI za treniranje Groka, osim ako uklonite jednu kvačicu. Ovaj bot na vašem jeziku pokazuje gdje je taj potvrdni okvir.
short-description = Uklonite kvačicu kojom X dijeli vaše podatke za treniranje Groka: gdje je okvir.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X i Grok: trenutačno stanje
deadline-inline-desc = Što okvir radi i što ne može
deadline-keywords = x twitter grok stanje

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Postavka za Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: uklonite kvačicu kojom X dijeli vaše podatke za treniranje Groka
x-command = Uklonite kvačicu za dijeljenje podataka s Grokom
x-inline-title = Uklonite kvačicu za dijeljenje podataka s Grokom
x-inline-desc = Put do okvira i još jedan korak
x-keywords = x twitter grok xai
x-steps =
    <b>X: uklonite kvačicu za Grok</b>

    <b>Put</b> (u aplikaciji ili na x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → uklonite kvačicu iz okvira koji dopušta da se vaši javni podaci i vaše interakcije s Grokom koriste za treniranje.

    <b>Gumb ispod</b> pokušava izravno otvoriti tu stranicu. Ako se ne otvori, slijedite put. Ako aplikacija ne prikazuje postavku, koristite x.com u pregledniku.

    <b>Nakon toga:</b> potvrda ne stiže; okvir ostaje bez kvačice.

    <b>Još jedan korak:</b> zaštita objava (<i>Protect your posts</i>, pod <i>Privacy and safety</i> → <i>Audience and tagging</i>) čini vaše objave vidljivima samo vašim pratiteljima, pa više nisu javne.

    <blockquote expandable><b>Dobro je znati</b>
    • Europski dodatak pravilima o privatnosti tvrtke xAI (srpanj 2026.) ubraja javne objave odraslih na X-u među podatke na kojima trenira Grok i navodi da prigovor možete uložiti u postavkama.
    • Uklanjanje kvačice vrijedi od tog trenutka.</blockquote>
