## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Izklopite uporabo svojih podatkov na LinkedInu za učenje UI
intro =
    LinkedIn uporablja profile, objave in komentarje članov v EU ter njihove klepete s svojimi funkcijami UI za učenje UI, ki piše vsebino. Zasebna sporočila se ne uporabljajo. Nastavitev, ki je vklopljena, dokler je ne izklopite, vam omogoča, da se izključite; traja minuto.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Izklopite jo lahko kadar koli in velja od takrat naprej. LinkedIn od <b>{ $date }</b> uporablja podatke članov v EU za učenje UI; že naučeni modeli se ne spremenijo.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Odkljukano: nastavitev na LinkedInu je izklopljena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Delite naprej: ta bot v vašem jeziku pokaže, kako izklopite uporabo svojih podatkov na LinkedInu za učenje UI.
    { $link }
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako izklopijo uporabo svojega profila in objav na LinkedInu za učenje UI.

    Vsi tukaj lahko uporabljajo /linkedin.
description = LinkedIn uporablja profile, objave in klepete z UI članov v EU za učenje UI, ki piše vsebino. Ta bot vam v vašem jeziku pokaže, kje je nastavitev in kako jo izklopite.
short-description = Izklopite uporabo svojih podatkov na LinkedInu za učenje UI: kje je nastavitev.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn in UI: trenutno stanje
deadline-inline-desc = Od kdaj LinkedIn uči na podatkih članov in kaj naredi nastavitev
deadline-keywords = linkedin stanje

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Odprite nastavitev
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Ugovor, druge rabe
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: izklopite LinkedInovo učenje UI na svojih podatkih
linkedin-command = Izklopite učenje UI na LinkedInu
linkedin-inline-title = Izklopite učenje UI na LinkedInu
linkedin-inline-desc = Kje je nastavitev, na telefonu in na računalniku
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Izklopite učenje UI na LinkedInu</b>

    <b>Najhitreje:</b> tapnite <i>Odprite nastavitev</i> spodaj in se prijavite v LinkedIn, če je treba. Na strani <i>Data for Generative AI Improvement</i> izklopite stikalo.

    <b>Na telefonu:</b> vaša profilna slika → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → izklop.
    <b>Na računalniku:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → izklop.

    <b>Nato:</b> potrdilo ne pride. Znova naložite stran: stikalo bi moralo biti izklopljeno.

    <blockquote expandable><b>Dobro je vedeti</b>
    • Kaj se uporablja: vaš profil (ime, fotografija, delovna mesta, izobrazba, znanja, priporočila), vaše objave, članki, komentarji in ankete, dejavnost v skupinah, shranjeni življenjepisi in odgovori na vprašanja za izbor ter klepeti s funkcijami UI LinkedIna. Zasebna sporočila se ne uporabljajo.
    • Stikalo velja od takrat naprej; že naučeni modeli se ne spremenijo.
    • Nizozemski organ za varstvo podatkov je opozoril, da se lahko uporabijo podatki vse od leta 2003.
    • Za druge rabe vaših podatkov (na primer UI za zaupanje in varnost ali izboljšanje izdelkov) obvestilo LinkedIna o zasebnosti ponuja obrazec za ugovor: to je drugi gumb.</blockquote>
