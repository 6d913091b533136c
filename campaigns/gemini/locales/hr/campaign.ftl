## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Isključite Googleovo korištenje vaših razgovora s Geminijem za treniranje AI-ja
intro =
    Dok je postavka aktivnosti (<i>Keep Activity</i>) uključena, Google koristi ono što u Gemini upisujete, prenosite i dijelite kako bi poboljšao svoje proizvode i trenirao svoje AI modele, a ljudski ocjenjivači čitaju uzorak. Isključivanje traje minutu; GDPR vam daje i pravo na prigovor.

## Where things stand (no `started`, so no $date).
standing = ✅ Postavku aktivnosti (<i>Keep Activity</i>) možete isključiti bilo kada i to vrijedi od tog trenutka; ne ovisi ni o kojem datumu. Kad je isključena, Google navodi da nove razgovore čuva 72 sata i ne koristi ih za treniranje, osim ako pošaljete povratne informacije.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Za Googleov zahtjev za prigovor prema GDPR-u (drugi gumb ispod /gemini): kopirajte pismo ispod (dodirnite ga za kopiranje) i zalijepite ga ondje gdje obrazac traži da opišete svoj zahtjev. Odlomak s razlogom nije obavezan: zadržite ga, napišite svoj ili ga izbrišite.
letter-body =
    Poštovani,

    na temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka (GDPR) ulažem, iz razloga koji se odnose na moju posebnu situaciju, prigovor na to da Google obrađuje moje razgovore s Geminijem, datoteke koje prenosim i sadržaj koji dijelim s aplikacijama Gemini radi razvoja i treniranja modela umjetne inteligencije.

    Gemini koristim za vlastite potrebe, a ne zato da bi se tim sadržajem trenirala umjetna inteligencija; želim zadržati nadzor nad time kako se koristi.

    Na temelju članka 12. stavka 3. GDPR-a molim Vas da mi unutar mjesec dana pisanim putem potvrdite da je moj prigovor evidentiran i da se primjenjuje.

    S poštovanjem

# When the setting is ticked off as turned off.
all-done = ✅ Označeno: postavka aktivnosti za Gemini je isključena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Proslijedite dalje: ovaj bot na vašem jeziku pokazuje kako isključiti Googleovo korištenje vaših razgovora s Geminijem za treniranje AI-ja.
    { $link }
group-intro =
    Pozdrav! Pokazujem ljudima u EU-u kako isključiti Googleovo korištenje njihovih razgovora s Geminijem za treniranje AI-ja i kako uložiti prigovor.

    Svatko ovdje može koristiti /gemini i /template.
description = Dok je postavka aktivnosti (Keep Activity) uključena, Google trenira svoje AI modele na razgovorima s Geminijem. Ovaj bot na vašem jeziku pokazuje kako je isključiti i kako uložiti prigovor prema GDPR-u, uz pismo koje možete zalijepiti.
short-description = Isključite Googleovo korištenje razgovora s Geminijem za treniranje AI-ja: postavka i pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo s prigovorom Googleu
letter-inline-desc = Gotovo pismo za Googleov zahtjev za prigovor prema GDPR-u
letter-keywords = pismo predložak prigovor google gemini
deadline-inline-title = Gemini i treniranje AI-ja: trenutačno stanje
deadline-inline-desc = Što postavka radi i što se događa s vašim razgovorima
deadline-keywords = gemini google stanje

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Aktivnost u Geminiju
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Prigovor prema GDPR-u
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: isključite Googleovo treniranje AI-ja na vašim razgovorima s Geminijem
gemini-command = Isključite treniranje AI-ja na razgovorima s Geminijem
gemini-inline-title = Isključite treniranje AI-ja u Geminiju
gemini-inline-desc = Postavka i Googleov zahtjev za prigovor
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: isključite postavku aktivnosti (<i>Keep Activity</i>)</b>

    <b>Najbrže:</b> dodirnite <i>Aktivnost u Geminiju</i> ispod, prijavite se na Google ako se to zatraži i isključite postavku aktivnosti (<i>Keep Activity</i>; možda se još zove <i>Gemini Apps Activity</i>). Možete i odabrati da je isključite i izbrišete svoju aktivnost.

    <b>U aplikaciji Gemini:</b> vaša profilna slika → <i>Gemini Apps Activity</i> ili <i>Keep Activity</i> → isključite.
    <b>Na računalu:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → isključite.

    <b>Nakon toga:</b> potvrda ne stiže; stranica prikazuje postavku kao isključenu.

    <blockquote expandable><b>Dobro je znati</b>
    • Kad je isključena, Google navodi da nove razgovore čuva 72 sata i ne koristi ih za treniranje, osim ako pošaljete povratne informacije. Ni privremeni razgovori ne koriste se.
    • Vrijedi od tog trenutka.
    • Možete uložiti i prigovor prema GDPR-u: drugi gumb otvara Googleov obrazac za pravne zahtjeve (u aplikaciji: ispod odgovora <i>More</i> → <i>Report legal issue</i>). Traži da opišete obradu: /template vam daje pismo.
    • Google je u studenome 2025. izjavio da sadržaj Gmaila ne koristi za treniranje Geminija.</blockquote>
