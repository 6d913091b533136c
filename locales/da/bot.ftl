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
btn-letter = ✍️ Indsigelsesbrev
btn-remind = 🔔 Påmind mig
btn-language = 🌐 Sprog
btn-share = 📣 Del
btn-menu = ↩️ Menu
btn-deadline = ⏳ Frist
btn-status = ✅ Min tjekliste
btn-mark-done = ☑️ Jeg har gjort indsigelse på { $platform }
btn-mark-undone = ↩️ Ikke klaret på { $platform } alligevel

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
    /deadline: fristen og status lige nu
    { $remind }
    /stop: ikke flere påmindelser
    /status: din tjekliste og næste påmindelse
    /language: skift sprog
    /share: et link, du kan sende videre
    /privacy: hvad jeg gemmer om dig
    /forget: slet alt, hvad jeg gemmer om denne chat

    Du kan også skrive @{ $bot } i en hvilken som helst chat for at dele et kort der.

# Linjen om /remind i help-text, så længe der er påmindelser forude …
help-remind = /remind: påmindelser før fristen
# … og når der ikke er flere (fristen er udløbet, eller der kommer ingen påmindelse før den).
help-remind-none = /remind: hvorfor der ikke er nogen påmindelser nu

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
remind-after-deadline = Fristen (<b>{ $date }</b>) er udløbet, så der er intet at minde dig om, men du kan stadig gøre indsigelse når som helst, og din indsigelse gælder fra den dag, du indsender den.
stop-done = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til igen.
stop-not-subscribed = Påmindelser var ikke slået til. Send /remind for at slå dem til.

## /status
status-title = <b>Din tjekliste</b>
status-done = ✅ { $platform }: indsigelse gjort
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
cmd-deadline = Fristen og status lige nu
cmd-remind = Påmindelser før fristen
cmd-stop = Ikke flere påmindelser
cmd-status = Din tjekliste
cmd-language = Skift sprog
cmd-share = Et link, du kan sende videre
cmd-help = Alle kommandoer
cmd-privacy = Hvad botten gemmer
cmd-forget = Slet alt, der er gemt om denne chat
