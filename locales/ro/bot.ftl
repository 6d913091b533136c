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
btn-letter = ✍️ Scrisoare
btn-remind = 🔔 Amintește-mi
btn-language = 🌐 Limbă
btn-share = 📣 Distribuie
btn-menu = ↩️ Meniu
btn-deadline = ℹ️ Stadiul lucrurilor
btn-status = ✅ Lista mea
# Butonul de bifat sub o platformă cu formular…
btn-mark-done = ☑️ M-am opus pe { $platform }
btn-mark-undone = ↩️ De fapt, nu am făcut-o pe { $platform }
btn-stop = 🔕 Oprește mementourile
btn-tick-in-private = ☑️ Bifează în privat

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
    /deadline: stadiul lucrurilor
    { $reminders }/status: lista ta
    /language: schimbă limba
    /share: un link de dat mai departe
    /privacy: ce păstrez despre tine
    /forget: șterge tot ce păstrez despre această conversație

    Poți scrie și @{ $bot } în orice conversație ca să postezi acolo un card.

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
remind-after-deadline = Te poți opune în continuare oricând, iar opoziția ta se aplică din ziua în care o depui. Nu am ce să-ți amintesc, pentru că acea dată (<b>{ $date }</b>) a trecut.
stop-done = 🔕 Mementourile sunt dezactivate. Trimite /remind ca să le reactivezi.
stop-not-subscribed = Mementourile nu erau activate. Trimite /remind ca să le activezi.

## /status
status-title = <b>Lista ta</b>
status-done = ✅ { $platform }: gata
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
cmd-deadline = Stadiul lucrurilor
cmd-remind = Mementouri înainte de termen
cmd-stop = Oprește mementourile
cmd-status = Lista ta
cmd-language = Schimbă limba
cmd-share = Un link de dat mai departe
cmd-help = Toate comenzile
cmd-privacy = Ce păstrează botul
cmd-forget = Șterge tot ce e păstrat pentru această conversație

## Issue 17: new messages
# …și sub o platformă cu setare: spune că este dezactivată.
btn-mark-done-setting = ☑️ Dezactivat pe { $platform }

start-intro =
    <b>Datele tale și IA lor</b>
    Mai multe platforme mari antrenează IA pe ce postează oamenii din UE sau pe întrebările pe care le pun IA-ului lor. Pe fiecare te poți opune sau poți dezactiva: durează un minut sau două și se aplică din ziua în care o faci.

# Rândurile /remind și /stop din help-text, afișate doar cât timp urmează un memento.
help-reminders =
    /remind: mementouri înainte de o dată stabilită
    /stop: oprește mementourile

# /remind când nicio campanie nu are o dată în față.
remind-none = Te poți opune sau poți dezactiva oricând, iar asta se aplică din ziua în care o faci. Nu urmează nicio dată, așa că nu am ce să-ți amintesc.

# /stop când nu urmează niciun memento (fără trimitere la /remind).
stop-none = 🔕 Nu sunt programate mementouri, așa că nu e nimic de oprit.

# Notificarea când o platformă cu setare este bifată.
marked-done-setting = Am notat: dezactivat pe { $platform }.

checked-line = <i>🗓 Pași verificați pe { $date }. Dacă ecranul arată altfel, poate că aplicația s-a schimbat: caută aceleași cuvinte în apropiere.</i>

# La fel, pentru o platformă cu un al doilea buton cu link.
checked-line-help = <i>🗓 Pași verificați pe { $date }. Dacă ecranul arată altfel sau primul link nu se deschide, al doilea buton duce la pagina platformei înseși.</i>

profile-description = Mai multe platforme antrenează IA pe ce postează oamenii din UE sau pe întrebările pe care le pun IA-ului lor. Acest bot îți arată, pas cu pas și în limba ta, cum să te opui sau să dezactivezi pe fiecare și îți dă o scrisoare acolo unde un formular cere una.

profile-short-description = Opune-te antrenării IA pe datele tale, platformă cu platformă: pașii, linkurile, o scrisoare.

share-several =
    Dă mai departe: acest bot arată, în limba ta, cum să te opui antrenării IA pe datele tale, platformă cu platformă.
    { $link }

# $commands sunt comenzile platformelor, de pildă /facebook /linkedin.
group-intro-several =
    Salut! Le arăt oamenilor din UE cum să se opună antrenării IA pe datele lor, platformă cu platformă.

    Oricine de aici poate folosi { $commands } și /template.
