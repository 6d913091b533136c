## objection-bot: testi in italiano.
## HTML di Telegram: solo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & si scrive &amp; e < si scrive &lt;.
## Link e date non si scrivono mai qui: arrivano dal file della campagna.

# Il nome della lingua nella lingua stessa, come appare sulla tastiera di /language.
language-name = Italiano

## Nomi delle piattaforme (marchi)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Lettera di opposizione
btn-remind = 🔔 Ricordamelo
btn-language = 🌐 Lingua
btn-share = 📣 Condividi
btn-menu = ↩️ Menu
btn-deadline = ⏳ Scadenza
btn-status = ✅ La mia lista
btn-open-form = 📝 Apri il modulo ufficiale di { $platform }
btn-mark-done = ☑️ Ho fatto opposizione su { $platform }
btn-mark-undone = ↩️ In realtà non l'ho fatto su { $platform }

## /start
start-text =
    <b>Tieni i tuoi contenuti fuori dall'IA di Meta</b>

    Meta usa i post, le foto, le didascalie e i commenti pubblici degli adulti nell'UE, e ciò che le persone inviano a Meta AI, per addestrare la sua intelligenza artificiale. Il GDPR (articolo 21) ti dà il diritto di opporti. Bastano un paio di minuti per piattaforma.

    { $deadline }

    Scegli una piattaforma per vedere i passaggi:

## Stato della scadenza. $date è un datetime-format, $left è un valore left-*.
deadline-before = ⏳ Meta inizierà a usare i tuoi contenuti il <b>{ $date }</b>. Tempo rimasto: <b>{ $left }</b>. Se ti opponi prima di quella data, i post che hai già pubblicato restano fuori dall'addestramento.
deadline-after = ℹ️ Meta addestra la sua IA sui contenuti dal <b>{ $date }</b>. Puoi ancora opporti: l'opposizione vale dal giorno in cui la presenti, quindi ciò che pubblichi da quel momento in poi resta fuori. I contenuti già usati non si possono recuperare.

## Passaggi per piattaforma
facebook-text =
    <b>Opporsi su Facebook</b>

    <b>Il modo più rapido:</b> tocca il pulsante qui sotto per aprire il modulo ufficiale di Meta, con l'accesso al tuo account già effettuato.

    <b>Nell'app:</b>
    1. Apri il menu e vai su <i>Impostazioni e privacy</i> → <i>Centro sulla privacy</i>.
    2. Apri <i>Argomenti sulla privacy</i> → <i>IA in Meta</i>.
    3. Scegli <i>Invia una richiesta di opposizione</i>.
    4. Inserisci l'indirizzo e-mail del tuo account. Il campo della motivazione è facoltativo: lascialo vuoto o incolla la lettera di /template.
    5. Invia il modulo.

    <b>Dopo:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account. Un account non collegato, o con un altro indirizzo e-mail, richiede una propria opposizione.
    • Le Pagine Facebook non possono opporsi con questo modulo: possono farlo solo gli account personali.
    • Hai già fatto opposizione nel 2024? Rifallo, per sicurezza.
instagram-text =
    <b>Opporsi su Instagram</b>

    <b>Il modo più rapido:</b> tocca il pulsante qui sotto per aprire il modulo ufficiale di Meta, con l'accesso al tuo account già effettuato.

    <b>Nell'app:</b>
    1. Vai sul tuo profilo e tocca il menu ☰.
    2. Apri <i>Impostazioni e privacy</i> → <i>Centro sulla privacy</i> (oppure <i>Informazioni</i> → <i>Informativa sulla privacy</i>).
    3. Cerca <i>Diritto di opposizione</i> e apri il modulo.
    4. Inserisci l'indirizzo e-mail del tuo account. Il campo della motivazione è facoltativo: lascialo vuoto o incolla la lettera di /template.
    5. Invia il modulo.

    <b>Dopo:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account, Facebook compreso. Gli account non collegati richiedono una propria opposizione.
    • Hai già fatto opposizione nel 2024? Rifallo, per sicurezza.
whatsapp-text =
    <b>Opporsi su WhatsApp</b>

    Le tue chat private <b>non</b> vengono usate per addestrare l'IA. Può essere usato invece ciò che invii a Meta AI (il cerchio blu e rosa nell'app).

    <b>Come:</b> nell'app non c'è nessuna impostazione; l'opposizione passa da un modulo web.
    1. Tocca il pulsante qui sotto (oppure vai su whatsapp.com → <i>Note legali</i> → il modulo <i>Diritti dell'interessato</i>).
    2. Scegli le opzioni per opporti all'uso dei tuoi dati per l'IA.
    3. Inserisci il tuo numero di telefono con il prefisso internazionale e il tuo indirizzo e-mail.
    4. Se ti chiede una motivazione, incolla la lettera di /template.
    5. Invia il modulo.

    <b>Dopo:</b> WhatsApp risponde via e-mail. Conserva questa risposta.

    <b>Buono a sapersi</b>
    • Hai già fatto opposizione nel 2024? Rifallo, per sicurezza.

## /template
letter-intro = Copia la lettera qui sotto (toccala per copiarla) e incollala nel campo <i>motivazione</i> del modulo, oppure nel modulo di WhatsApp quando ti chiede una motivazione.
letter-body =
    Buongiorno,

    ai sensi dell'articolo 21 del Regolamento generale sulla protezione dei dati (GDPR), mi oppongo al trattamento dei miei dati personali per lo sviluppo e l'addestramento di sistemi di intelligenza artificiale da parte di Meta e dei suoi partner. L'opposizione riguarda i miei post, le mie foto, i miei commenti e ogni altro dato personale o pubblico collegato al mio account.

    Vi chiedo di confermarmi per iscritto che la mia opposizione è stata registrata e viene applicata.

    Cordiali saluti.

## /language
language-choose = Scegli la lingua che devo usare in questa chat:
language-set = Fatto: qui parlerò italiano.

## /help
help-text =
    <b>Cosa so fare</b>
    /facebook: i passaggi per opporti su Facebook
    /instagram: i passaggi per opporti su Instagram
    /whatsapp: i passaggi per opporti su WhatsApp
    /template: una lettera da incollare nei moduli
    /deadline: la scadenza e il punto della situazione
    /remind: promemoria prima della scadenza
    /stop: basta promemoria
    /status: la tua lista e il prossimo promemoria
    /language: cambia lingua
    /share: un link da far girare
    /privacy: cosa conservo su di te
    /forget: cancella tutto ciò che conservo su questa chat

    Puoi anche scrivere @{ $bot } in qualsiasi chat per pubblicarci una scheda.

## /privacy e /forget
privacy-text =
    <b>Cosa conservo</b>
    • Il numero di questa chat, la lingua che hai scelto, se vuoi i promemoria, quali piattaforme hai spuntato e quali promemoria sono già stati inviati, così nessuno ne riceve uno due volte.
    • Nient'altro: niente nomi, nomi utente, numeri di telefono o testi dei messaggi.

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
remind-on-no-wave = 🔔 Promemoria attivati, ma non resta nessun promemoria prima della scadenza (<b>{ $date }</b>). Meglio agire subito.
remind-already = 🔔 I promemoria sono già attivi. Prossimo promemoria: <b>{ $when }</b>.
remind-after-deadline = La scadenza (<b>{ $date }</b>) è passata, quindi non c'è più niente da ricordarti. Opporsi conviene comunque: protegge ciò che pubblichi dal giorno in cui lo fai.
remind-nothing-left = Hai spuntato tutte e tre le piattaforme, quindi non ti servono promemoria. Grazie!
stop-done = 🔕 Promemoria disattivati. Invia /remind per riattivarli.
stop-not-subscribed = I promemoria non erano attivi. Invia /remind per attivarli.
reminder-text =
    🔔 <b>Promemoria:</b> hai ancora { $left } per opporti prima che Meta usi i tuoi contenuti (<b>{ $date }</b>).

    Da fare: { $platforms }.

    Tocca una piattaforma per vedere i passaggi. Già fatto? Spuntala sotto i passaggi e smetterò di ricordartelo.
all-done-text = ✅ Hai fatto opposizione su tutte e tre le piattaforme. Grazie! Non riceverai più promemoria da me.

## /status
status-title = <b>La tua lista</b>
status-done = ✅ { $platform }: opposizione fatta
status-open = ⬜ { $platform }: da fare
status-subscribed = 🔔 Promemoria attivi. Prossimo: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Promemoria attivi; non ne resta nessuno prima della scadenza.
status-not-subscribed = 🔕 Promemoria disattivati. Invia /remind per attivarli.
marked-done = Preso nota: { $platform } fatto.
marked-undone = Preso nota: { $platform } da fare.

## Gruppi
admin-only = Solo un amministratore di questo gruppo può farlo.
group-intro =
    Ciao! Aiuto le persone nell'UE a impedire che Meta addestri la sua IA sui loro post, sulle loro foto e sui loro commenti.

    Chiunque qui può usare /facebook, /instagram, /whatsapp e /template. Un amministratore può attivare i promemoria per il gruppo con /remind.

## Condivisione e modalità inline
share-text =
    Fai girare: questo bot spiega, nella tua lingua, come impedire a Meta di addestrare la sua IA sui tuoi post.
    { $link }
inline-facebook-title = Opporsi su Facebook
inline-facebook-desc = I passaggi e il modulo ufficiale
inline-instagram-title = Opporsi su Instagram
inline-instagram-desc = I passaggi e il modulo ufficiale
inline-whatsapp-title = Opporsi su WhatsApp
inline-whatsapp-desc = Chat con Meta AI: i passaggi e il modulo
inline-letter-title = Lettera di opposizione
inline-letter-desc = Una lettera pronta da incollare nei moduli
inline-deadline-title = Scadenza
inline-deadline-desc = Il punto della situazione, e perché conviene ancora
# Parole, oltre al titolo, che trovano una scheda quando si scrivono dopo @bot (separate da spazi).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = lettera modello opposizione
inline-deadline-keywords = scadenza data termine tempo

## Menu dei comandi (al massimo 256 caratteri ciascuno)
cmd-start = Inizia da qui
cmd-facebook = Opporsi su Facebook
cmd-instagram = Opporsi su Instagram
cmd-whatsapp = Opporsi su WhatsApp (Meta AI)
cmd-template = Una lettera da incollare nei moduli
cmd-deadline = La scadenza e il punto della situazione
cmd-remind = Promemoria prima della scadenza
cmd-stop = Basta promemoria
cmd-status = La tua lista
cmd-language = Cambia lingua
cmd-share = Un link da far girare
cmd-help = Tutti i comandi
cmd-privacy = Cosa conserva il bot
cmd-forget = Cancella tutto ciò che è conservato per questa chat

## Profilo del bot: descrizione di al massimo 512 caratteri, descrizione breve di al massimo 120.
bot-description = Meta addestra la sua IA sui post, sulle foto e sui commenti pubblici degli adulti nell'UE. Questo bot ti mostra, passo dopo passo e nella tua lingua, come opporti su Facebook, Instagram e WhatsApp, ti dà una lettera da incollare e ti manda un promemoria prima della scadenza.
bot-short-description = Impedisci a Meta di addestrare la sua IA sui tuoi post: i passaggi, i moduli, una lettera.
