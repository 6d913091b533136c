## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Isključite korištenje svojih podataka na LinkedInu za treniranje AI-ja
intro =
    LinkedIn koristi profile, objave i komentare članova u EU-u te njihove razgovore sa svojim AI značajkama za treniranje AI-ja koji piše sadržaj. Privatne poruke ne koriste se. Postavka koja je uključena dok je ne isključite omogućuje vam da se izuzmete; to traje minutu.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Možete je isključiti bilo kada i to vrijedi od tog trenutka. LinkedIn od <b>{ $date }</b> koristi podatke članova u EU-u za treniranje AI-ja; već istrenirani modeli ne mijenjaju se.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Označeno: postavka na LinkedInu je isključena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako isključiti korištenje svojih podataka na LinkedInu za treniranje AI-ja.
    { $link }
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako isključiti korištenje svog profila i objava na LinkedInu za treniranje AI-ja.

    Svatko ovdje može koristiti /linkedin.
description = LinkedIn koristi profile, objave i AI razgovore članova u EU-u za treniranje AI-ja koji piše sadržaj. Ovaj bot na vašem jeziku pokazuje gdje je postavka i kako je isključiti.
short-description = Isključite korištenje svojih podataka na LinkedInu za treniranje AI-ja: gdje je postavka.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn i AI: trenutačno stanje
deadline-inline-desc = Od kada LinkedIn trenira na podacima članova i što postavka radi
deadline-keywords = linkedin stanje

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Otvorite postavku
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Prigovor, druge svrhe
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: isključite LinkedInovo treniranje AI-ja na vašim podacima
linkedin-command = Isključite treniranje AI-ja na LinkedInu
linkedin-inline-title = Isključite treniranje AI-ja na LinkedInu
linkedin-inline-desc = Gdje je postavka, na mobitelu i na računalu
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Isključite treniranje AI-ja na LinkedInu</b>

    <b>Najbrže:</b> dodirnite <i>Otvorite postavku</i> ispod i prijavite se na LinkedIn ako se to zatraži. Na stranici <i>Data for Generative AI Improvement</i> isključite prekidač.

    <b>Na mobitelu:</b> vaša profilna slika → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → isključite.
    <b>Na računalu:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → isključite.

    <b>Nakon toga:</b> potvrda ne stiže. Ponovno učitajte stranicu: prekidač bi trebao biti isključen.

    <blockquote expandable><b>Dobro je znati</b>
    • Što se koristi: vaš profil (ime, fotografija, radna mjesta, obrazovanje, vještine, preporuke), vaše objave, članci, komentari i ankete, aktivnost u grupama, spremljeni životopisi i odgovori na pitanja za probir te razgovori s LinkedInovim AI značajkama. Privatne poruke ne koriste se.
    • Prekidač vrijedi od tog trenutka; već istrenirani modeli ne mijenjaju se.
    • Nizozemsko tijelo za zaštitu podataka navelo je da se mogu koristiti podaci sve od 2003.
    • Za druge upotrebe vaših podataka (na primjer AI za povjerenje i sigurnost ili poboljšanje proizvoda) LinkedInova obavijest o privatnosti nudi obrazac za prigovor: to je drugi gumb.</blockquote>
