## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Izklopite Googlovo uporabo vaših klepetov z Gemini za učenje UI
intro =
    Dokler je nastavitev dejavnosti (<i>Keep Activity</i>) vklopljena, Google to, kar v Gemini vtipkate, naložite in delite, uporablja za izboljšanje svojih izdelkov in učenje svojih modelov UI, človeški pregledovalci pa preberejo vzorec. Izklop traja minuto; GDPR vam daje tudi pravico do ugovora.

## Where things stand (no `started`, so no $date).
standing = ✅ Nastavitev dejavnosti (<i>Keep Activity</i>) lahko izklopite kadar koli in velja od takrat naprej; ni vezana na noben datum. Ko je izklopljena, Google po lastnih navedbah nove klepete hrani 72 ur in jih ne uporablja za učenje, razen če pošljete povratne informacije.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Za Googlovo zahtevo za ugovor po GDPR (drugi gumb pod /gemini): tapnite spodnje pismo, da ga kopirate, in ga prilepite tja, kjer vas obrazec prosi, da opišete svojo zahtevo. Odstavek z razlogom ni obvezen: obdržite ga, napišite svojega ali ga izbrišite.
letter-body =
    Spoštovani,

    na podlagi prvega odstavka 21. člena Splošne uredbe o varstvu podatkov (GDPR) iz razlogov, povezanih z mojim posebnim položajem, ugovarjam temu, da Google obdeluje moje pogovore z Gemini, datoteke, ki jih naložim, in vsebino, ki jo delim z aplikacijami Gemini, za razvoj in učenje modelov umetne inteligence.

    Gemini uporabljam za lastne namene, ne zato, da bi se s to vsebino učila umetna inteligenca; želim ohraniti nadzor nad njeno uporabo.

    Na podlagi tretjega odstavka 12. člena GDPR vas prosim, da mi v enem mesecu pisno potrdite, da je bil moj ugovor zabeležen in da se upošteva.

    S spoštovanjem

# When the setting is ticked off as turned off.
all-done = ✅ Odkljukano: nastavitev dejavnosti za Gemini je izklopljena. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Delite naprej: ta bot v vašem jeziku pokaže, kako izklopite Googlovo uporabo vaših klepetov z Gemini za učenje UI.
    { $link }
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako izklopijo Googlovo uporabo njihovih klepetov z Gemini za učenje UI in kako temu ugovarjajo.

    Vsi tukaj lahko uporabljajo /gemini in /template.
description = Dokler je nastavitev dejavnosti (Keep Activity) vklopljena, Google svoje modele UI uči na klepetih z Gemini. Ta bot vam v vašem jeziku pokaže, kako jo izklopite in kako ugovarjate po GDPR, s pismom, ki ga prilepite.
short-description = Izklopite Googlovo uporabo vaših klepetov z Gemini za učenje UI: nastavitev in pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo z ugovorom za Google
letter-inline-desc = Pripravljeno pismo za Googlovo zahtevo za ugovor po GDPR
letter-keywords = pismo predloga vzorec google gemini
deadline-inline-title = Gemini in učenje UI: trenutno stanje
deadline-inline-desc = Kaj naredi nastavitev in kaj se zgodi z vašimi klepeti
deadline-keywords = gemini google stanje

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Dejavnost v Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Ugovor po GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: izklopite Googlovo učenje UI na vaših klepetih z Gemini
gemini-command = Izklopite učenje UI na vaših klepetih z Gemini
gemini-inline-title = Izklopite učenje UI v Gemini
gemini-inline-desc = Nastavitev in Googlova zahteva za ugovor
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: izklopite nastavitev dejavnosti (<i>Keep Activity</i>)</b>

    <b>Najhitreje:</b> tapnite <i>Dejavnost v Gemini</i> spodaj, se prijavite v Google, če je treba, in izklopite nastavitev dejavnosti (<i>Keep Activity</i>; morda se še imenuje <i>Gemini Apps Activity</i>). Izberete lahko tudi izklop in izbris svoje dejavnosti.

    <b>V aplikaciji Gemini:</b> vaša profilna slika → <i>Gemini Apps Activity</i> ali <i>Keep Activity</i> → izklop.
    <b>Na računalniku:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → izklop.

    <b>Nato:</b> potrdilo ne pride; stran prikaže nastavitev kot izklopljeno.

    <blockquote expandable><b>Dobro je vedeti</b>
    • Ko je izklopljena, Google po lastnih navedbah nove klepete hrani 72 ur in jih ne uporablja za učenje, razen če pošljete povratne informacije. Tudi začasni klepeti se ne uporabljajo.
    • Velja od takrat naprej.
    • Ugovarjate lahko tudi po GDPR: drugi gumb odpre Googlov obrazec za pravne zahteve (v aplikaciji: pod odgovorom <i>More</i> → <i>Report legal issue</i>). Prosi vas, da opišete obdelavo: /template vam da pismo.
    • Google je novembra 2025 izjavil, da vsebine Gmaila ne uporablja za učenje Geminija.</blockquote>
