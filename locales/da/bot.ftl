## objection-bot: danske tekster.
## Telegram-HTML: kun <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; skriv & som &amp; og < som &lt;.
## Links og datoer skrives aldrig her: de kommer fra kampagnefilen.

# Sprogets navn på sproget selv, på tastaturet i /language.
language-name = Dansk

## Datoer. $day, $year og $minute er tal, $month er en af month-1 … month-12.
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-format = { $day }. { $month } { $year }
# $date er et date-format, $time er TT:MM og $zone er UTC+02:00 eller lignende.
datetime-format = { $date } kl. { $time } ({ $zone })

## Tid tilbage, med flertalsformer.
left-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
left-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
left-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutter
}

## Knapper (korte: de skal kunne være på en telefon)
btn-letter = ✍️ Brev
btn-remind = 🔔 Påmind mig
btn-language = 🌐 Sprog
btn-share = 📣 Del
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Status lige nu
btn-status = ✅ Min tjekliste
# Afkrydsningsknappen under en platform med formular …
btn-mark-done = ☑️ Indsigelse gjort på { $platform }
btn-mark-undone = ↩️ Ikke klaret på { $platform } alligevel
btn-stop = 🔕 Stop påmindelser
btn-tick-in-private = ☑️ Afkryds i privat chat

## /start
start-text =
    { $campaigns }

    Vælg en platform for at se, hvordan du gør:

## /template
letter-pick = Hvilket brev skal du bruge? Vælg en kampagne:

## /language
language-choose = Vælg, hvilket sprog jeg skal bruge i denne chat:
language-set = Klaret: Jeg taler dansk her fremover.

## /help
help-text =
    <b>Det kan jeg</b>
    { $platforms }
    /template: et brev, du kan indsætte i formularerne
    /deadline: status lige nu
    { $reminders }/status: din tjekliste
    /language: skift sprog
    /share: et link, du kan sende videre
    /privacy: hvad jeg gemmer om dig
    /forget: slet alt, hvad jeg gemmer om denne chat

    Du kan også skrive @{ $bot } i en hvilken som helst chat for at lægge et kort op der.

## /privacy og /forget
privacy-text =
    <b>Hvad jeg gemmer</b>
    • Denne chats nummer, det sprog, du har valgt, om du vil have påmindelser, hvilke platforme du har krydset af, og hvilke påmindelser der er sendt, så ingen får den samme to gange.
    • Intet andet: ingen navne, ingen brugernavne, ingen telefonnumre, ingen beskedtekst.

    <b>Hvor længe</b>
    Indtil du sender /forget, blokerer mig eller fjerner mig fra gruppen. Så slettes det hele med det samme.

    /forget sletter alt om denne chat nu.
forget-done = Klaret: Alt, hvad jeg havde gemt om denne chat, er slettet. Send /start når som helst for at begynde forfra.

## Alt andet
unknown-text = Jeg forstår kun kommandoer. Send /help for at se dem.
stale-button = Denne knap virker ikke længere. Send /start for at få en opdateret menu.
error-text = Noget gik galt hos mig. Prøv igen om et minut.

## Påmindelser
remind-on = 🔔 Påmindelser er slået til. Næste påmindelse: <b>{ $when }</b>.
remind-no-wave = Der er ingen påmindelser tilbage før fristen (<b>{ $date }</b>), så det bedste tidspunkt at gøre indsigelse på er nu.
remind-already = 🔔 Påmindelser er allerede slået til. Næste påmindelse: <b>{ $when }</b>.
remind-after-deadline = Du kan stadig gøre indsigelse når som helst, og din indsigelse gælder fra den dag, du indsender den. Der er intet at minde dig om, fordi den dato (<b>{ $date }</b>) er passeret.
stop-done = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til igen.
stop-not-subscribed = Påmindelser var ikke slået til. Send /remind for at slå dem til.

## /status
status-title = <b>Din tjekliste</b>
status-done = ✅ { $platform }: klaret
status-open = ⬜ { $platform }: mangler stadig
status-subscribed = 🔔 Påmindelser er slået til. Næste: <b>{ $when }</b>.
status-no-wave = 🔕 Der er ikke planlagt flere påmindelser.
status-not-subscribed = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til.
marked-done = Noteret: { $platform } klaret.
marked-undone = Noteret: { $platform } mangler stadig.

## Grupper
admin-only = Kun en administrator i denne gruppe kan gøre det.
# Føjes til group-intro, så længe der er påmindelser forude.
group-intro-remind = En administrator kan slå påmindelser til for gruppen med /remind.

## Kommandomenu (hver højst 256 tegn)
cmd-start = Start her
cmd-template = Et brev, du kan indsætte i formularerne
cmd-deadline = Status lige nu
cmd-remind = Påmindelser før fristen
cmd-stop = Ikke flere påmindelser
cmd-status = Din tjekliste
cmd-language = Skift sprog
cmd-share = Et link, du kan sende videre
cmd-help = Alle kommandoer
cmd-privacy = Hvad botten gemmer
cmd-forget = Slet alt, der er gemt om denne chat

## Issue 17: new messages
# … og under en platform med indstilling: den siger, at den er slået fra.
btn-mark-done-setting = ☑️ Slået fra på { $platform }

start-intro =
    <b>Dine data og deres AI</b>
    Flere store platforme træner AI på det, folk i EU slår op eller spørger deres AI om. På hver af dem kan du gøre indsigelse eller slå det fra: Det tager et minut eller to og gælder fra den dag, du gør det.

# Linjerne /remind og /stop i help-text, som kun vises, mens en påmindelse ligger forude.
help-reminders =
    /remind: påmindelser før en dato
    /stop: ikke flere påmindelser

# /remind, når ingen kampagne har en dato forude.
remind-none = Du kan gøre indsigelse eller slå det fra når som helst, og det gælder fra den dag, du gør det. Ingen dato ligger forude, så der er intet at minde dig om.

# /stop, når ingen påmindelse ligger forude (uden henvisning til /remind).
stop-none = 🔕 Der er ingen planlagte påmindelser, så der er intet at slå fra.

# Beskeden, når en platform med indstilling krydses af.
marked-done-setting = Noteret: slået fra på { $platform }.

checked-line = <i>🗓 Trinene blev tjekket den { $date }. Ser skærmen anderledes ud, kan appen være ændret: Kig efter de samme ord i nærheden.</i>

# Det samme for en platform med en anden linkknap.
checked-line-help = <i>🗓 Trinene blev tjekket den { $date }. Ser skærmen anderledes ud, eller åbner det første link ikke, fører den anden knap til platformens egen side.</i>

profile-description = Flere platforme træner AI på det, folk i EU slår op eller spørger deres AI om. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse eller slår det fra på hver enkelt, og giver dig et brev, hvor en formular beder om et.

profile-short-description = Gør indsigelse mod AI-træning på dine data, platform for platform: trinene, linkene, et brev.

share-several =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du gør indsigelse mod AI-træning på dine data, platform for platform.
    { $link }

# $commands er platformenes kommandoer, for eksempel /facebook /linkedin.
group-intro-several =
    Hej! Jeg viser folk i EU, hvordan de gør indsigelse mod AI-træning på deres data, platform for platform.

    Alle her kan bruge { $commands } og /template.
