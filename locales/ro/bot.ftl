## objection-bot: textele în limba română.
## HTML Telegram: doar <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & se scrie &amp;, iar < se scrie &lt;.
## Linkurile și datele nu se scriu niciodată aici: vin din fișierul campaniei.

# Numele limbii în limba respectivă, așa cum apare pe tastatura /language.
language-name = Română

## Date. $day, $year și $minute sunt numere; $month este unul dintre month-1 … month-12.
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-format = { $day } { $month } { $year }
# $date este un date-format, $time este HH:MM, iar $zone este UTC+02:00 sau similar.
datetime-format = { $date }, ora { $time } ({ $zone })

## Timp rămas, cu formele de plural (1 zi, 2–19 zile, 20 de zile).
left-days = { $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
left-hours = { $count ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
left-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}

## Butoane (scurte: trebuie să încapă pe ecranul telefonului)
btn-letter = ✍️ Scrisoare de opoziție
btn-remind = 🔔 Amintește-mi
btn-language = 🌐 Limbă
btn-share = 📣 Distribuie
btn-menu = ↩️ Meniu
btn-deadline = ⏳ Termen
btn-status = ✅ Lista mea
btn-mark-done = ☑️ M-am opus pe { $platform }
btn-mark-undone = ↩️ De fapt, nu am făcut-o pe { $platform }

## /start
start-text =
    { $campaigns }

    Alege o platformă ca să vezi pașii:

## /template
letter-pick = De ce scrisoare ai nevoie? Alege o campanie:

## /language
language-choose = Alege limba pe care s-o folosesc în această conversație:
language-set = Gata: aici voi vorbi în română.

## /help
help-text =
    <b>Ce pot face</b>
    { $platforms }
    /template: o scrisoare de lipit în formulare
    /deadline: termenul și stadiul lucrurilor
    { $remind }
    /stop: gata cu mementourile
    /status: lista ta și următorul memento
    /language: schimbă limba
    /share: un link de dat mai departe
    /privacy: ce păstrez despre tine
    /forget: șterge tot ce păstrez despre această conversație

    Poți scrie și @{ $bot } în orice conversație ca să postezi acolo un card.

# Rândul /remind din help-text: cât timp urmează mementouri…
help-remind = /remind: mementouri înainte de termen
# …și când nu mai rămâne niciunul (termenul a trecut sau nu mai e niciun memento înainte de el).
help-remind-none = /remind: de ce nu există mementouri acum

## /privacy și /forget
privacy-text =
    <b>Ce păstrez</b>
    • Numărul acestei conversații, limba aleasă, dacă vrei mementouri, ce platforme ai bifat și ce mementouri s-au trimis deja, ca nimeni să nu primească același memento de două ori.
    • Nimic altceva: niciun nume, niciun nume de utilizator, niciun număr de telefon, niciun text de mesaj.

    <b>Cât timp</b>
    Până când trimiți /forget, mă blochezi sau mă scoți din grup. Atunci totul se șterge imediat.

    /forget șterge chiar acum tot ce ține de această conversație.
forget-done = Gata: tot ce păstram despre această conversație a fost șters. Trimite /start oricând ca s-o iei de la capăt.

## Orice altceva
unknown-text = Înțeleg doar comenzi. Trimite /help ca să le vezi.
stale-button = Acest buton nu mai funcționează. Trimite /start pentru un meniu actualizat.
error-text = Ceva nu a mers bine din partea mea. Te rog să încerci din nou peste un minut.

## Mementouri
remind-on = 🔔 Mementourile sunt activate. Următorul memento: <b>{ $when }</b>.
remind-no-wave = Nu mai rămâne niciun memento înainte de termen (<b>{ $date }</b>), așa că acum este cel mai bun moment să te opui.
remind-already = 🔔 Mementourile sunt deja activate. Următorul memento: <b>{ $when }</b>.
remind-after-deadline = Termenul (<b>{ $date }</b>) a trecut, așa că nu am ce să-ți amintesc, dar te poți opune oricând, iar opoziția ta se aplică din ziua în care o depui.
stop-done = 🔕 Mementourile sunt dezactivate. Trimite /remind ca să le reactivezi.
stop-not-subscribed = Mementourile nu erau activate. Trimite /remind ca să le activezi.

## /status
status-title = <b>Lista ta</b>
status-done = ✅ { $platform }: opoziție făcută
status-open = ⬜ { $platform }: de făcut
status-subscribed = 🔔 Mementouri activate. Următorul: <b>{ $when }</b>.
status-no-wave = 🔕 Nu mai sunt programate mementouri.
status-not-subscribed = 🔕 Mementouri dezactivate. Trimite /remind ca să le activezi.
marked-done = Am notat: { $platform } făcut.
marked-undone = Am notat: { $platform } de făcut.

## Grupuri
admin-only = Doar un administrator al acestui grup poate face asta.
# Adăugat la group-intro cât timp urmează mementouri.
group-intro-remind = Un administrator poate activa mementourile pentru grup cu /remind.

## Meniul de comenzi (cel mult 256 de caractere fiecare)
cmd-start = Începe aici
cmd-template = O scrisoare de lipit în formulare
cmd-deadline = Termenul și stadiul lucrurilor
cmd-remind = Mementouri înainte de termen
cmd-stop = Oprește mementourile
cmd-status = Lista ta
cmd-language = Schimbă limba
cmd-share = Un link de dat mai departe
cmd-help = Toate comenzile
cmd-privacy = Ce păstrează botul
cmd-forget = Șterge tot ce e păstrat pentru această conversație
