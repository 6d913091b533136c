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
# Pulsante del modulo di una piattaforma che richiede il suo account: dire di accedere se la pagina lo chiede.
btn-open-form-login = 📝 Modulo ufficiale (accedi a { $platform } se richiesto)
btn-mark-done = ☑️ Ho fatto opposizione su { $platform }
btn-mark-undone = ↩️ In realtà non l'ho fatto su { $platform }

## /start
start-text =
    <b>Opponiti all'uso dei tuoi contenuti per l'IA di Meta</b>

    Meta usa i post, le foto, le didascalie e i commenti pubblici degli adulti nell'UE, e ciò che le persone inviano a Meta AI, per addestrare la sua intelligenza artificiale. Il GDPR (articolo 21) ti dà il diritto di opporti. Bastano un paio di minuti per piattaforma.

    { $deadline }

    Scegli una piattaforma per vedere i passaggi:

## Stato della scadenza. $date è un datetime-format, $left è un valore left-*.
deadline-before = ⏳ Meta inizierà a usare i contenuti il <b>{ $date }</b>. Tempo rimasto: <b>{ $left }</b>. L'opposizione vale dal giorno in cui viene presentata: se la presenti prima di quella data, vale già prima che inizi l'addestramento.
deadline-after = ℹ️ Meta addestra la sua IA sui contenuti dal <b>{ $date }</b>. Puoi ancora opporti: l'opposizione vale dal giorno in cui la presenti. I contenuti già usati non possono essere tolti dai modelli già addestrati.

## Passaggi per piattaforma
facebook-text =
    <b>Opporsi su Facebook</b>

    <b>Il modo più rapido:</b> tocca il pulsante qui sotto per aprire il modulo ufficiale di Meta. Se la pagina lo chiede, accedi prima a Facebook.

    <b>Nell'app:</b>
    1. Apri il menu e vai su <i>Impostazioni e privacy</i> → <i>Centro sulla privacy</i>.
    2. Apri <i>Argomenti sulla privacy</i> → <i>IA in Meta</i>.
    3. Scegli l'opzione per inviare una richiesta di opposizione.
    4. Inserisci l'indirizzo e-mail del tuo account. Il campo della motivazione è facoltativo: lascialo vuoto o incolla la lettera di /template.
    5. Invia il modulo.

    <b>Dopo l'invio:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account. Un account non collegato, o con un altro indirizzo e-mail, richiede una propria opposizione.
    • Le Pagine Facebook non possono opporsi con questo modulo: possono farlo solo gli account personali.
    • Hai già fatto opposizione nel 2024? Presentala di nuovo, per sicurezza.
instagram-text =
    <b>Opporsi su Instagram</b>

    <b>Il modo più rapido:</b> tocca il pulsante qui sotto per aprire il modulo ufficiale di Meta. Se la pagina lo chiede, accedi prima a Instagram.

    <b>Nell'app:</b>
    1. Vai sul tuo profilo e tocca il menu ☰ (<i>Impostazioni e attività</i>).
    2. Trova <i>Centro sulla privacy</i> in quel menu (in alcune versioni si trova in <i>Informazioni</i> → <i>Informativa sulla privacy</i>).
    3. Cerca <i>Diritto di opposizione</i> e apri il modulo.
    4. Inserisci l'indirizzo e-mail del tuo account. Il campo della motivazione è facoltativo: lascialo vuoto o incolla la lettera di /template.
    5. Invia il modulo.

    <b>Dopo l'invio:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account, Facebook compreso. Gli account non collegati richiedono una propria opposizione.
    • Hai già fatto opposizione nel 2024? Presentala di nuovo, per sicurezza.
whatsapp-text =
    <b>WhatsApp e Meta AI</b>

    Le tue chat private sono protette dalla crittografia end-to-end e <b>non</b> vengono usate per addestrare l'IA. Ciò che invii a Meta AI (il cerchio blu e rosa nell'app, o @Meta AI richiamato in una chat di gruppo) non è protetto dalla crittografia end-to-end e può essere usato.

    • Meta AI non si può disattivare in WhatsApp: puoi solo evitare di usarlo.
    • A giugno 2025 Meta ha dichiarato che, per il momento, non usa per l'addestramento le chat di WhatsApp con Meta AI.
    • Nell'app non c'è nessuna impostazione per opporsi, e le associazioni dei consumatori indicano che WhatsApp non ha una procedura di opposizione ufficiale propria per questo.

    <b>La protezione più sicura:</b> non inviare nulla a Meta AI.

    <b>Per precauzione, un modulo web:</b>
    1. Tocca il pulsante qui sotto (oppure vai su whatsapp.com → la sezione legale in fondo alla pagina → il modulo sui diritti dell'interessato, qualunque sia il suo nome attuale).
    2. Scegli le opzioni per opporti all'uso dei tuoi dati.
    3. Inserisci il tuo numero di telefono con il prefisso internazionale e il tuo indirizzo e-mail.
    4. Se ti chiede una motivazione, incolla la lettera di /template.
    5. Invia il modulo. WhatsApp risponde via e-mail: conserva questa risposta.

## /template
letter-intro = Copia la lettera qui sotto (toccala per copiarla) e incollala nel campo <i>motivazione</i> del modulo, oppure nel modulo di WhatsApp quando ti chiede una motivazione.
letter-body =
    Gentili Signori,

    ai sensi dell'articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (GDPR), mi oppongo al trattamento dei miei dati personali da parte di Meta e dei suoi partner per lo sviluppo e l'addestramento dell'intelligenza artificiale. L'opposizione riguarda i miei post, le mie foto, le didascalie, i commenti e qualsiasi altro contenuto collegato al mio account, nonché le mie interazioni con Meta AI.

    Ai sensi dell'articolo 12, paragrafo 3, del GDPR, vi chiedo di confermarmi per iscritto, entro un mese, che la mia opposizione è stata registrata e viene applicata.

    Distinti saluti

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
    { $remind }
    /stop: basta promemoria
    /status: la tua lista e il prossimo promemoria
    /language: cambia lingua
    /share: un link da far girare
    /privacy: cosa conservo su di te
    /forget: cancella tutto ciò che conservo su questa chat

    Puoi anche scrivere @{ $bot } in qualsiasi chat per pubblicarci una scheda.

# La riga /remind di help-text: finché ci sono promemoria in arrivo…
help-remind = /remind: promemoria prima della scadenza
# …e quando non ne resta nessuno (scadenza passata, o nessun promemoria prima di essa).
help-remind-none = /remind: perché ora non ci sono promemoria

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
remind-no-wave = Non resta nessun promemoria prima della scadenza (<b>{ $date }</b>): il momento migliore per opporti è adesso.
remind-already = 🔔 I promemoria sono già attivi. Prossimo promemoria: <b>{ $when }</b>.
remind-after-deadline = La scadenza (<b>{ $date }</b>) è passata, quindi non c'è niente da ricordarti, ma puoi ancora opporti in qualsiasi momento e la tua opposizione varrà dal giorno in cui la presenti.
remind-nothing-left = Hai spuntato tutte e tre le piattaforme, quindi non ti servono promemoria. Grazie!
stop-done = 🔕 Promemoria disattivati. Invia /remind per riattivarli.
stop-not-subscribed = I promemoria non erano attivi. Invia /remind per attivarli.
reminder-text =
    🔔 <b>Promemoria:</b> hai ancora { $left } prima della scadenza (<b>{ $date }</b>). L'opposizione vale dal giorno in cui viene presentata.

    Da fare: { $platforms }.

    Tocca una piattaforma per vedere i passaggi. Già fatto? Spuntala sotto i passaggi e smetterò di ricordartelo.
all-done-text = ✅ Hai fatto opposizione su tutte e tre le piattaforme. Grazie! Non riceverai più promemoria da me.

## /status
status-title = <b>La tua lista</b>
status-done = ✅ { $platform }: opposizione fatta
status-open = ⬜ { $platform }: da fare
status-subscribed = 🔔 Promemoria attivi. Prossimo: <b>{ $when }</b>.
status-no-wave = 🔕 Non sono previsti altri promemoria.
status-not-subscribed = 🔕 Promemoria disattivati. Invia /remind per attivarli.
marked-done = Preso nota: { $platform } fatto.
marked-undone = Preso nota: { $platform } da fare.

## Gruppi
admin-only = Solo un amministratore di questo gruppo può farlo.
group-intro =
    Ciao! Spiego alle persone nell'UE come opporsi al fatto che Meta usi i loro post, le loro foto e i loro commenti per addestrare la sua IA.

    Chiunque qui può usare /facebook, /instagram, /whatsapp e /template.
# Aggiunto a group-intro finché ci sono promemoria in arrivo.
group-intro-remind = Un amministratore può attivare i promemoria per il gruppo con /remind.

## Condivisione e modalità inline
share-text =
    Fai girare: questo bot spiega, nella tua lingua, come opporsi al fatto che Meta usi i tuoi post per addestrare la sua IA.
    { $link }
inline-facebook-title = Opporsi su Facebook
inline-facebook-desc = I passaggi e il modulo ufficiale
inline-instagram-title = Opporsi su Instagram
inline-instagram-desc = I passaggi e il modulo ufficiale
inline-whatsapp-title = Opporsi su WhatsApp
inline-whatsapp-desc = Chat con Meta AI: cosa viene usato e un modulo
inline-letter-title = Lettera di opposizione
inline-letter-desc = Una lettera pronta da incollare nei moduli
inline-deadline-title = Scadenza
inline-deadline-desc = Il punto della situazione e cosa fa oggi un'opposizione
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
cmd-whatsapp = WhatsApp e Meta AI
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
bot-description = Meta addestra la sua IA sui post, sulle foto e sui commenti pubblici degli adulti nell'UE, e su ciò che le persone inviano a Meta AI. Questo bot ti mostra, passo dopo passo e nella tua lingua, come opporti su Facebook e Instagram e cosa vale per WhatsApp, e ti dà una lettera da incollare. Quando c'è una scadenza in arrivo, può ricordartela.
bot-short-description = Opponiti all'uso dei tuoi post per l'IA di Meta: i passaggi, i moduli, una lettera.
