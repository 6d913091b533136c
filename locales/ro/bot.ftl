## objection-bot: textele în limba română.
## HTML Telegram: doar <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & se scrie &amp;, iar < se scrie &lt;.
## Linkurile și datele nu se scriu niciodată aici: vin din fișierul campaniei.

# Numele limbii în limba respectivă, așa cum apare pe tastatura /language.
language-name = Română

## Numele platformelor (mărci)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Scrisoare de opoziție
btn-remind = 🔔 Amintește-mi
btn-language = 🌐 Limbă
btn-share = 📣 Distribuie
btn-menu = ↩️ Meniu
btn-deadline = ⏳ Termen
btn-status = ✅ Lista mea
btn-open-form = 📝 Deschide formularul oficial { $platform }
# Butonul formularului unei platforme care cere contul: spune să te conectezi dacă pagina o cere.
btn-open-form-login = 📝 Formular oficial (conectează-te la { $platform } dacă ți se cere)
btn-mark-done = ☑️ M-am opus pe { $platform }
btn-mark-undone = ↩️ De fapt, nu am făcut-o pe { $platform }

## /start
start-text =
    <b>Opune-te ca Meta să-ți folosească conținutul pentru IA</b>

    Meta folosește postările, fotografiile, descrierile și comentariile publice ale adulților din UE, precum și ce trimit oamenii către Meta AI, ca să-și antreneze inteligența artificială. GDPR (articolul 21) îți dă dreptul să te opui. Durează cam două minute pentru fiecare platformă.

    { $deadline }

    Alege o platformă ca să vezi pașii:

## Situația termenului. $date este un datetime-format, $left este o valoare left-*.
deadline-before = ⏳ Meta începe să folosească conținutul pe <b>{ $date }</b>. Timp rămas: <b>{ $left }</b>. Opoziția se aplică din ziua în care este depusă, așa că, dacă o depui înainte de această dată, ea se aplică înainte să înceapă antrenarea.
deadline-after = ℹ️ Meta își antrenează inteligența artificială pe conținut încă din <b>{ $date }</b>. Te poți opune în continuare: opoziția ta se aplică din ziua în care o depui. Conținutul deja folosit nu mai poate fi scos din modelele deja antrenate.

## Pașii pentru fiecare platformă
facebook-text =
    <b>Opune-te pe Facebook</b>

    <b>Cel mai rapid:</b> atinge butonul de mai jos ca să deschizi formularul oficial al Meta. Dacă pagina îți cere, conectează-te mai întâi la Facebook.

    <b>În aplicație:</b>
    1. Deschide meniul și mergi la <i>Setări și confidențialitate</i> → <i>Centrul de confidențialitate</i>.
    2. Deschide <i>Subiecte privind confidențialitatea</i> → secțiunea despre IA (<i>IA la Meta</i>).
    3. Alege opțiunea de a trimite o cerere de opoziție.
    4. Introdu adresa de e-mail a contului tău. Câmpul pentru motiv este opțional: lasă-l gol sau lipește scrisoarea de la /template.
    5. Trimite formularul.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi. Un cont care nu e conectat sau care folosește altă adresă de e-mail are nevoie de propria opoziție.
    • Paginile de Facebook nu se pot opune prin acest formular, ci doar conturile personale.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.
instagram-text =
    <b>Opune-te pe Instagram</b>

    <b>Cel mai rapid:</b> atinge butonul de mai jos ca să deschizi formularul oficial al Meta. Dacă pagina îți cere, conectează-te mai întâi la Instagram.

    <b>În aplicație:</b>
    1. Mergi la profilul tău și atinge meniul ☰ (<i>Setări și activitate</i>).
    2. Găsește <i>Centrul de confidențialitate</i> în acest meniu (în unele versiuni, la <i>Despre</i> → <i>Politica de confidențialitate</i>).
    3. Caută linkul despre dreptul la opoziție și deschide formularul.
    4. Introdu adresa de e-mail a contului tău. Câmpul pentru motiv este opțional: lasă-l gol sau lipește scrisoarea de la /template.
    5. Trimite formularul.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi, inclusiv Facebook. Conturile care nu sunt conectate au nevoie de propria opoziție.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.
whatsapp-text =
    <b>WhatsApp și Meta AI</b>

    Conversațiile tale private sunt criptate integral și <b>nu</b> sunt folosite pentru antrenarea IA. Ce trimiți către Meta AI (cercul albastru cu roz din aplicație sau @Meta AI chemat într-o conversație de grup) nu este criptat integral și poate fi folosit.

    • Meta AI nu poate fi dezactivat în WhatsApp; poți doar să nu-l folosești.
    • În iunie 2025, Meta a declarat că, deocamdată, nu folosește pentru antrenare conversațiile din WhatsApp cu Meta AI.
    • În aplicație nu există nicio setare de opoziție, iar organizațiile de protecție a consumatorilor spun că WhatsApp nu are o procedură oficială proprie de opoziție pentru asta.

    <b>Cea mai sigură protecție:</b> să nu trimiți nimic către Meta AI.

    <b>Ca precauție, un formular web:</b>
    1. Atinge butonul de mai jos (sau mergi pe whatsapp.com → secțiunea juridică din josul paginii → formularul privind drepturile persoanelor vizate, oricum s-ar numi acum).
    2. Alege opțiunile prin care te opui folosirii datelor tale.
    3. Introdu numărul tău de telefon cu prefixul țării și adresa ta de e-mail.
    4. Dacă ți se cere un motiv, lipește scrisoarea de la /template.
    5. Trimite formularul. WhatsApp răspunde prin e-mail; păstrează acest răspuns.

## /template
letter-intro = Copiază scrisoarea de mai jos (atinge-o ca s-o copiezi) și lipește-o în câmpul <i>motiv</i> din formular sau în formularul WhatsApp, atunci când ți se cere un motiv.
letter-body =
    Stimate doamne și stimați domni,

    În temeiul articolului 21 alineatul (1) din Regulamentul general privind protecția datelor (GDPR), mă opun prelucrării datelor mele cu caracter personal de către Meta și partenerii săi în scopul dezvoltării și antrenării inteligenței artificiale. Opoziția mea privește postările, fotografiile, descrierile și comentariile mele și orice alt conținut asociat contului meu, precum și interacțiunile mele cu Meta AI.

    În temeiul articolului 12 alineatul (3) din GDPR, vă rog să îmi confirmați în scris, în termen de o lună, că opoziția mea a fost înregistrată și este aplicată.

    Cu stimă,

## /language
language-choose = Alege limba pe care s-o folosesc în această conversație:
language-set = Gata: aici voi vorbi în română.

## /help
help-text =
    <b>Ce pot face</b>
    /facebook: pașii ca să te opui pe Facebook
    /instagram: pașii ca să te opui pe Instagram
    /whatsapp: pașii ca să te opui pe WhatsApp
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
remind-nothing-left = Ai bifat toate cele trei platforme, deci nu ai nevoie de mementouri. Mulțumesc!
stop-done = 🔕 Mementourile sunt dezactivate. Trimite /remind ca să le reactivezi.
stop-not-subscribed = Mementourile nu erau activate. Trimite /remind ca să le activezi.
reminder-text =
    🔔 <b>Memento:</b> mai ai { $left } până la termen (<b>{ $date }</b>). Opoziția se aplică din ziua în care este depusă.

    De făcut: { $platforms }.

    Atinge o platformă ca să vezi pașii. Ai făcut-o deja? Bifeaz-o sub pași și nu-ți mai amintesc de ea.
all-done-text = ✅ Te-ai opus pe toate cele trei platforme. Mulțumesc! Nu-ți mai trimit mementouri.

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
group-intro =
    Salut! Le arăt oamenilor din UE cum să se opună ca Meta să le folosească postările, fotografiile și comentariile pentru a-și antrena inteligența artificială.

    Oricine de aici poate folosi /facebook, /instagram, /whatsapp și /template.
# Adăugat la group-intro cât timp urmează mementouri.
group-intro-remind = Un administrator poate activa mementourile pentru grup cu /remind.

## Distribuire și modul inline
share-text =
    Dă mai departe: acest bot arată, în limba ta, cum să te opui ca Meta să-ți folosească postările pentru a-și antrena inteligența artificială.
    { $link }
inline-facebook-title = Opune-te pe Facebook
inline-facebook-desc = Pașii și formularul oficial
inline-instagram-title = Opune-te pe Instagram
inline-instagram-desc = Pașii și formularul oficial
inline-whatsapp-title = Opune-te pe WhatsApp
inline-whatsapp-desc = Conversațiile cu Meta AI: ce se folosește și un formular
inline-letter-title = Scrisoare de opoziție
inline-letter-desc = O scrisoare gata de lipit în formulare
inline-deadline-title = Termen
inline-deadline-desc = Stadiul lucrurilor și ce face acum o opoziție
# Cuvinte, pe lângă titlu, care găsesc un card când sunt scrise după @bot (separate prin spații).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = scrisoare model șablon opoziție
inline-deadline-keywords = termen dată data timp

## Meniul de comenzi (cel mult 256 de caractere fiecare)
cmd-start = Începe aici
cmd-facebook = Opune-te pe Facebook
cmd-instagram = Opune-te pe Instagram
cmd-whatsapp = WhatsApp și Meta AI
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

## Profilul botului: descrierea are cel mult 512 caractere, descrierea scurtă cel mult 120.
bot-description = Meta își antrenează inteligența artificială pe postările, fotografiile și comentariile publice ale adulților din UE, precum și pe ce trimit oamenii către Meta AI. Acest bot îți arată, pas cu pas și în limba ta, cum să te opui pe Facebook și Instagram și ce se aplică pe WhatsApp și îți dă o scrisoare de lipit. Când se apropie un termen, ți-l poate aminti.
bot-short-description = Opune-te ca Meta să-ți folosească postările pentru IA: pașii, formularele, o scrisoare.
