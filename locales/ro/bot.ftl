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
    /news: un anunț când apare un nou mod de a te opune
    /forget: șterge tot ce păstrez despre această conversație

    Poți scrie și @{ $bot } în orice conversație ca să postezi acolo un card.

## /privacy și /forget
privacy-text =
    <b>Ce păstrez</b>
    • Numărul acestei conversații, limba ei, dacă vrei mementouri sau noutăți, ce platforme ai bifat și în ce zi, precum și ce mementouri, întrebări de verificare și reverificări sunt programate sau s-au trimis deja, ca nimeni să nu primească același mesaj de două ori.
    • De ce ziua: la o lună după ce bifezi un formular, te întreb o singură dată dacă firma a confirmat. O reverificare a unei setări se păstrează doar dacă o ceri.
    • Nimic altceva: niciun nume, niciun nume de utilizator, niciun număr de telefon, niciun text de mesaj. Țara pe care o alegi ca să găsești o autoritate nu se păstrează.

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
# /stop când erau activate și întrebări de verificare, reverificări sau noutăți: se oprește tot.
stop-all = 🔕 Gata: de la mine nu mai primești mementouri, întrebări de verificare sau noutăți. /start îți arată din nou platformele.

## /status
status-title = <b>Lista ta</b>
status-done = ✅ { $platform }: gata
status-open = ⬜ { $platform }: de făcut
status-subscribed = 🔔 Mementouri activate. Următorul: <b>{ $when }</b>.
status-no-wave = 🔕 Nu mai sunt programate mementouri.
status-not-subscribed = 🔕 Mementouri dezactivate. Trimite /remind ca să le activezi.
# Notificarea când un formular este bifat; $after este un interval ca „30 de zile”.
marked-done-followup = Am notat: { $platform } făcut. Peste { $after } te întreb dacă opoziția a fost confirmată.
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
cmd-news = Un anunț când apare un nou mod de a te opune

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

## După bifare: întrebări de verificare, unde depui plângere, reverificări și noutăți.
# Mesajul de sub o setare bifată ca dezactivată; oferă o reverificare (btn-recheck).
setting-thanks = ✅ Am notat: dezactivat pe { $platform }. Mulțumesc! Unele platforme au adăugat setări noi de IA, activate implicit, fără să-și anunțe utilizatorii, așa că îți pot aminti să verifici.
# $after este un interval ca „180 de zile”.
btn-recheck = 🔔 Amintește-mi peste { $after }
recheck-on = 🔔 Pe <b>{ $date }</b> îți voi aminti să verifici dacă setarea este încă dezactivată pe { $platform }.
# Reverificarea propriu-zisă, cu butonul setării dedesubt.
recheck-ask = 🔎 Pe { $date } ai dezactivat setarea pe { $platform }. Te rog să verifici dacă este încă dezactivată și dacă a apărut lângă ea o setare nouă de IA: unele platforme au adăugat astfel de setări, activate implicit, fără să-și anunțe utilizatorii. Durează un minut.
recheck-ask-undated = 🔎 Ai dezactivat setarea pe { $platform }. Te rog să verifici dacă este încă dezactivată și dacă a apărut lângă ea o setare nouă de IA: unele platforme au adăugat astfel de setări, activate implicit, fără să-și anunțe utilizatorii. Durează un minut.
btn-news-on = 🆕 Anunță-mă despre noutăți
btn-news-off = 🔕 Fără noutăți
news-on = 🆕 Te anunț când apare un nou mod de a te opune sau de a dezactiva. Trimite din nou /news ca să oprești anunțurile.
news-off = 🔕 Nu mai primești noutăți de la mine. Trimite /news ca să le reactivezi.
# Primul rând al unui anunț; urmează titlul și prezentarea campaniei.
news-announce = 🆕 <b>Un nou mod de a te opune sau de a dezactiva</b>
# Întrebarea de verificare, la o lună după bifarea unui formular ($date este acea zi).
followup-ask =
    📬 Pe { $date } te-ai opus pe { $platform }. Firma trebuie să-ți spună ce a făcut în privința opoziției tale în cel mult o lună de la primire (sau, în acea lună, să-ți spună că mai are nevoie de cel mult două luni).

    A confirmat?
followup-ask-again = 📬 Încă o dată: pe { $date } te-ai opus pe { $platform }. Firma ți-a confirmat opoziția?
btn-confirmed = ✅ A confirmat
btn-later = ⏳ Încă nu, întreabă-mă iar
btn-no-answer = ❌ Niciun răspuns
followup-confirmed = ✅ Mulțumesc! Nu mai ai nimic de făcut pentru { $platform }. Păstrează confirmarea.
followup-later = ⏳ Te mai întreb o dată pe <b>{ $date }</b>.
followup-letter-intro = Trimite textul prin același formular sau la aceeași adresă ca prima dată, completează-ți datele și păstrează o copie:
# Scrisoarea de revenire: formală, sub 1.000 de caractere după completare.
followup-letter =
    Subiect: Opoziția mea din { $date } (articolul 21 din GDPR)

    Stimate doamne și stimați domni,

    La data de { $date } m-am opus, în temeiul articolului 21 din GDPR, utilizării datelor mele cu caracter personal pe { $platform } pentru dezvoltarea și îmbunătățirea inteligenței artificiale.

    În temeiul articolului 12 alineatul (3) din GDPR, aveți obligația de a mă informa cu privire la acțiunile întreprinse în urma cererii mele în termen de o lună de la primirea acesteia. Nu am primit niciun răspuns.

    Vă rog să îmi confirmați fără întârziere că opoziția mea a fost aplicată. În caz contrar, voi depune o plângere la o autoritate de supraveghere a protecției datelor (articolul 77 din GDPR).

    Cu stimă,
    { "[" }Numele tău]
    { "[" }Adresa de e-mail a contului tău]
complain-where = Dacă firma tot nu răspunde, poți depune o plângere la o autoritate de protecție a datelor: în țara în care locuiești, în care lucrezi sau în care a avut loc încălcarea. Ce țară?
btn-other-country = 🇪🇺 Altă țară
complain-country = Ce țară? Alege-o pe cea în care locuiești, în care lucrezi sau în care a avut loc încălcarea:
complain-land = În Germania, plângerile împotriva firmelor merg la autoritatea landului tău. Care land?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Autoritatea ta transmite plângerea autorității de supraveghere principale (pentru Meta, LinkedIn, Google și X, Data Protection Commission din Irlanda) și rămâne punctul tău de contact.

    Păstrează ca dovadă: e-mailul de confirmare sau o captură de ecran a formularului trimis, cu data, și scrisoarea de revenire pe care ai trimis-o. O plângere nu este anonimă față de firmă, iar multe autorități o acceptă doar în propria limbă.
complain-home-only = <i>Nu am putut confirma pagina de plângeri a acestei autorități: butonul deschide pagina ei principală.</i>
btn-authority = 🏛 Deschide pagina autorității
