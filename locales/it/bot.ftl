## objection-bot: testi in italiano.
## HTML di Telegram: solo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & si scrive &amp; e < si scrive &lt;.
## Link e date non si scrivono mai qui: arrivano dal file della campagna.

# Il nome della lingua nella lingua stessa, come appare sulla tastiera di /language.
language-name = Italiano

## Date. $day, $year e $minute sono numeri; $month è uno tra month-1 … month-12.
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date-format = { $day } { $month } { $year }
# $date è un date-format, $time è HH:MM e $zone è UTC+02:00 o simile.
datetime-format = { $date }, ore { $time } ({ $zone })

## Tempo rimasto, con le forme del plurale.
left-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
left-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
left-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}

## Pulsanti (brevi: devono stare sullo schermo di un telefono)
btn-letter = ✍️ Lettera
btn-remind = 🔔 Ricordamelo
btn-language = 🌐 Lingua
btn-share = 📣 Condividi
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Situazione attuale
btn-status = ✅ La mia lista
# Il pulsante da spuntare sotto una piattaforma con modulo…
btn-mark-done = ☑️ Opposizione fatta su { $platform }
btn-mark-undone = ↩️ In realtà non l'ho fatto su { $platform }
btn-stop = 🔕 Disattiva promemoria
btn-tick-in-private = ☑️ Spunta in privato

## /start
start-text =
    { $campaigns }

    Scegli una piattaforma per vedere i passaggi:

## /template
letter-pick = Quale lettera ti serve? Scegli una campagna:

## /language
language-choose = Scegli la lingua che devo usare in questa chat:
language-set = Fatto: qui parlerò italiano.

## /help
help-text =
    <b>Cosa posso fare</b>
    { $platforms }
    /template: una lettera da incollare nei moduli
    /deadline: la situazione attuale
    { $reminders }/status: la tua lista
    /language: cambia lingua
    /share: un link da far girare
    /privacy: cosa conservo su di te
    /news: un avviso quando compare un nuovo modo di opporsi
    /forget: cancella tutto ciò che conservo su questa chat

    Puoi anche scrivere @{ $bot } in qualsiasi chat per pubblicarci una scheda.

## /privacy e /forget
privacy-text =
    <b>Cosa conservo</b>
    • Il numero di questa chat, la sua lingua, se vuoi i promemoria o le novità, quali piattaforme hai spuntato e in che giorno, e quali promemoria, verifiche e ricontrolli sono in programma o già inviati, così nessuno ne riceve uno due volte.
    • Perché il giorno: un mese dopo che hai spuntato un modulo, ti chiedo una sola volta se l'azienda ha confermato. Il ricontrollo di un'impostazione viene conservato solo se lo chiedi tu.
    • Nient'altro: niente nomi, nomi utente, numeri di telefono o testi dei messaggi. Il paese che scegli per trovare un'autorità non viene conservato.

    <b>Per quanto tempo</b>
    Finché non invii /forget, mi blocchi o mi rimuovi dal gruppo. A quel punto tutto viene cancellato subito.

    /forget cancella adesso tutto ciò che riguarda questa chat.
forget-done = Fatto: tutto ciò che conservavo su questa chat è stato cancellato. Invia /start quando vuoi per ricominciare.

## Tutto il resto
unknown-text = Capisco solo i comandi. Invia /help per vederli.
stale-button = Questo pulsante non funziona più. Invia /start per avere un menu aggiornato.
error-text = Qualcosa è andato storto da parte mia. Riprova tra un minuto.

## Promemoria
remind-on = 🔔 Promemoria attivati. Prossimo promemoria: <b>{ $when }</b>.
remind-no-wave = Non resta nessun promemoria prima della scadenza (<b>{ $date }</b>): il momento migliore per opporti è adesso.
remind-already = 🔔 I promemoria sono già attivi. Prossimo promemoria: <b>{ $when }</b>.
remind-after-deadline = Puoi ancora opporti in qualsiasi momento, e la tua opposizione vale dal giorno in cui la presenti. Non c'è niente da ricordarti, perché quella data (<b>{ $date }</b>) è passata.
stop-done = 🔕 Promemoria disattivati. Invia /remind per riattivarli.
stop-not-subscribed = I promemoria non erano attivi. Invia /remind per attivarli.
# /stop quando erano attivi anche verifiche, ricontrolli o novità: finisce tutto.
stop-all = 🔕 Fatto: da me niente più promemoria, verifiche o novità. Con /start rivedi le piattaforme.

## /status
status-title = <b>La tua lista</b>
status-done = ✅ { $platform }: fatto
status-open = ⬜ { $platform }: da fare
status-subscribed = 🔔 Promemoria attivi. Prossimo: <b>{ $when }</b>.
status-no-wave = 🔕 Non sono previsti altri promemoria.
status-not-subscribed = 🔕 Promemoria disattivati. Invia /remind per attivarli.
# L'avviso quando si spunta un modulo; $after è un intervallo come «30 giorni».
marked-done-followup = Preso nota: { $platform } fatto. Tra { $after } ti chiederò se l'opposizione è stata confermata.
marked-undone = Preso nota: { $platform } da fare.

## Gruppi
admin-only = Solo un amministratore di questo gruppo può farlo.
# Aggiunto a group-intro finché ci sono promemoria in arrivo.
group-intro-remind = Un amministratore può attivare i promemoria per il gruppo con /remind.

## Menu dei comandi (al massimo 256 caratteri ciascuno)
cmd-start = Inizia da qui
cmd-template = Una lettera da incollare nei moduli
cmd-deadline = Situazione attuale
cmd-remind = Promemoria prima della scadenza
cmd-stop = Basta promemoria
cmd-status = La tua lista
cmd-language = Cambia lingua
cmd-share = Un link da far girare
cmd-help = Tutti i comandi
cmd-privacy = Cosa conserva il bot
cmd-forget = Cancella tutto ciò che è conservato per questa chat
cmd-news = Un avviso quando compare un nuovo modo di opporsi

## Issue 17: new messages
# …e sotto una piattaforma con impostazione: dice che è disattivata.
btn-mark-done-setting = ☑️ Disattivato su { $platform }

start-intro =
    <b>I tuoi dati e la loro IA</b>
    Diverse grandi piattaforme addestrano l'IA su ciò che le persone nell'UE pubblicano o chiedono alla loro IA. Su ognuna puoi opporti o disattivarlo: ci vogliono un paio di minuti e vale dal giorno in cui lo fai.

# Le righe /remind e /stop di help-text, mostrate solo finché c'è un promemoria in arrivo.
help-reminders =
    /remind: promemoria prima di una data stabilita
    /stop: basta promemoria

# /remind quando nessuna campagna ha una data davanti.
remind-none = Puoi opporti o disattivarlo in qualsiasi momento, e vale dal giorno in cui lo fai. Non c'è nessuna data in arrivo, quindi non c'è niente da ricordarti.

# /stop quando non c'è nessun promemoria in arrivo (senza rimandare a /remind).
stop-none = 🔕 Non è previsto nessun promemoria, quindi non c'è niente da disattivare.

# L'avviso quando si spunta una piattaforma con impostazione.
marked-done-setting = Preso nota: disattivato su { $platform }.

checked-line = <i>🗓 Passaggi verificati il { $date }. Se lo schermo è diverso, forse l'app è cambiata: cerca le stesse parole lì vicino.</i>

# Lo stesso, per una piattaforma con un secondo pulsante di link.
checked-line-help = <i>🗓 Passaggi verificati il { $date }. Se lo schermo è diverso o il primo link non si apre, il secondo pulsante porta alla pagina della piattaforma stessa.</i>

profile-description = Diverse piattaforme addestrano l'IA su ciò che le persone nell'UE pubblicano o chiedono alla loro IA. Questo bot ti mostra, passo dopo passo e nella tua lingua, come opporti o disattivarlo su ognuna, e ti dà una lettera quando un modulo ne chiede una.

profile-short-description = Opponiti all'addestramento dell'IA sui tuoi dati, piattaforma per piattaforma: passaggi, link, una lettera.

share-several =
    Fai girare: questo bot spiega, nella tua lingua, come opporti all'addestramento dell'IA sui tuoi dati, piattaforma per piattaforma.
    { $link }

# $commands sono i comandi delle piattaforme, come /facebook /linkedin.
group-intro-several =
    Ciao! Spiego alle persone nell'UE come opporsi all'addestramento dell'IA sui loro dati, piattaforma per piattaforma.

    Chiunque qui può usare { $commands } e /template.

## Dopo la spunta: verifiche, dove presentare reclamo, ricontrolli e novità.
# Il messaggio sotto un'impostazione spuntata come disattivata; propone un ricontrollo (btn-recheck).
setting-thanks = ✅ Preso nota: disattivato su { $platform }. Grazie! Alcune piattaforme hanno aggiunto nuove impostazioni di IA, attivate di default, senza avvisare i loro utenti, quindi posso ricordarti di controllare.
# $after è un intervallo come «180 giorni».
btn-recheck = 🔔 Ricordamelo tra { $after }
recheck-on = 🔔 Il <b>{ $date }</b> ti ricorderò di controllare che su { $platform } sia ancora disattivato.
# Il ricontrollo vero e proprio, con sotto il pulsante dell'impostazione.
recheck-ask = 🔎 Il { $date } l'hai disattivato su { $platform }. Controlla che sia ancora disattivato e che accanto non sia comparsa una nuova impostazione di IA: alcune piattaforme hanno aggiunto impostazioni simili, attivate di default, senza avvisare i loro utenti. Ci vuole un minuto.
recheck-ask-undated = 🔎 L'hai disattivato su { $platform }. Controlla che sia ancora disattivato e che accanto non sia comparsa una nuova impostazione di IA: alcune piattaforme hanno aggiunto impostazioni simili, attivate di default, senza avvisare i loro utenti. Ci vuole un minuto.
btn-news-on = 🆕 Avvisami delle novità
btn-news-off = 🔕 Basta novità
news-on = 🆕 Ti avviserò quando comparirà un nuovo modo per opporti o disattivarlo. Invia di nuovo /news per smettere.
news-off = 🔕 Niente più novità da parte mia. Invia /news per riattivarle.
# La prima riga di un annuncio; seguono il titolo e la presentazione della campagna.
news-announce = 🆕 <b>Un nuovo modo per opporti o disattivarlo</b>
# La verifica, un mese dopo la spunta di un modulo ($date è quel giorno).
followup-ask =
    📬 Il { $date } hai presentato opposizione su { $platform }. L'azienda deve dirti che seguito ha dato alla tua opposizione entro un mese dal ricevimento (oppure, entro quel mese, comunicarti che le servono fino a due mesi in più).

    Te l'ha confermata?
followup-ask-again = 📬 Te lo richiedo: il { $date } hai presentato opposizione su { $platform }. L'azienda te l'ha confermata?
btn-confirmed = ✅ Sì, confermata
btn-later = ⏳ Non ancora, chiedimelo dopo
btn-no-answer = ❌ Nessuna risposta
followup-confirmed = ✅ Grazie! Per { $platform } non devi fare altro. Conserva la conferma.
followup-later = ⏳ Te lo richiederò il <b>{ $date }</b>.
followup-letter-intro = Invia questo testo con lo stesso modulo o allo stesso indirizzo che hai usato, completa i tuoi dati e conservane una copia:
# La lettera di sollecito: formale, meno di 1.000 caratteri una volta completata.
followup-letter =
    Oggetto: la mia opposizione del { $date } (articolo 21 del GDPR)

    Gentili Signori,

    il { $date } ho presentato opposizione, ai sensi dell'articolo 21 del GDPR, all'utilizzo dei miei dati personali su { $platform } per sviluppare e migliorare l'intelligenza artificiale.

    Ai sensi dell'articolo 12, paragrafo 3, del GDPR, siete tenuti a informarmi delle azioni intraprese relativamente alla mia richiesta entro un mese dal ricevimento. Non ho ricevuto alcuna risposta.

    Vi chiedo di confermarmi senza ritardo che la mia opposizione è stata applicata. In caso contrario, presenterò reclamo a un'autorità di controllo per la protezione dei dati (articolo 77 del GDPR).

    Distinti saluti
    { "[" }Il tuo nome]
    { "[" }L'indirizzo e-mail del tuo account]
complain-where = Se l'azienda continua a non rispondere, puoi presentare reclamo a un'autorità per la protezione dei dati: nel paese in cui vivi, in cui lavori o in cui è avvenuta la violazione. Quale paese?
btn-other-country = 🇪🇺 Un altro paese
complain-country = Quale paese? Scegli quello in cui vivi, in cui lavori o in cui è avvenuta la violazione:
complain-land = In Germania i reclami contro le aziende vanno all'autorità del tuo Land. Quale?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    La tua autorità trasmette il reclamo all'autorità di controllo capofila (per Meta, LinkedIn, Google e X è la Data Protection Commission irlandese) e resta il tuo punto di contatto.

    Conserva come prova: l'e-mail di conferma o uno screenshot del modulo inviato con la data, e il sollecito che hai inviato. Un reclamo non è anonimo nei confronti dell'azienda, e molte autorità lo accettano solo nella propria lingua.
complain-home-only = <i>Non ho potuto confermare la pagina dei reclami di questa autorità: il pulsante apre la sua pagina principale.</i>
btn-authority = 🏛 Apri la pagina dell'autorità
