## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opponiti all'uso dei tuoi contenuti per l'IA di Meta
intro =
    Meta usa i post, le foto, le didascalie e i commenti pubblici degli adulti nell'UE, e ciò che le persone inviano a Meta AI, per addestrare la sua intelligenza artificiale. Il GDPR (articolo 21) ti dà il diritto di opporti. Bastano un paio di minuti per piattaforma.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta inizierà a usare i contenuti il <b>{ $date }</b>. Tempo rimasto: <b>{ $left }</b>. L'opposizione vale dal giorno in cui viene presentata: se la presenti prima di quella data, vale già prima che inizi l'addestramento.
deadline-after = ℹ️ Meta addestra la sua IA sui contenuti dal <b>{ $date }</b>. Puoi ancora opporti: l'opposizione vale dal giorno in cui la presenti. I contenuti già usati non possono essere tolti dai modelli già addestrati.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copia la lettera qui sotto (toccala per copiarla) e incollala nel campo <i>motivazione</i> del modulo, oppure nel modulo di WhatsApp quando ti chiede una motivazione.
letter-body =
    Gentili Signori,

    ai sensi dell'articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (GDPR), mi oppongo al trattamento dei miei dati personali da parte di Meta e dei suoi partner per lo sviluppo e l'addestramento dell'intelligenza artificiale. L'opposizione riguarda i miei post, le mie foto, le didascalie, i commenti e qualsiasi altro contenuto collegato al mio account, nonché le mie interazioni con Meta AI.

    Ai sensi dell'articolo 12, paragrafo 3, del GDPR, vi chiedo di confermarmi per iscritto, entro un mese, che la mia opposizione è stata registrata e viene applicata.

    Distinti saluti

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Promemoria:</b> hai ancora { $left } prima della scadenza (<b>{ $date }</b>). L'opposizione vale dal giorno in cui viene presentata.

    Da fare: { $platforms }.

    Tocca una piattaforma per vedere i passaggi. Già fatto? Spuntala sotto i passaggi e smetterò di ricordartelo.
# When every platform of this campaign is ticked off.
all-done = ✅ Hai fatto opposizione su tutte e tre le piattaforme. Grazie! Non riceverai più promemoria da me.
nothing-left = Hai spuntato tutte e tre le piattaforme, quindi non ti servono promemoria. Grazie!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Fai girare: questo bot spiega, nella tua lingua, come opporsi al fatto che Meta usi i tuoi post per addestrare la sua IA.
    { $link }
group-intro =
    Ciao! Spiego alle persone nell'UE come opporsi al fatto che Meta usi i loro post, le loro foto e i loro commenti per addestrare la sua IA.

    Chiunque qui può usare /facebook, /instagram, /whatsapp e /template.
description = Meta addestra la sua IA sui post, sulle foto e sui commenti pubblici degli adulti nell'UE, e su ciò che le persone inviano a Meta AI. Questo bot ti mostra, passo dopo passo e nella tua lingua, come opporti su Facebook e Instagram e cosa vale per WhatsApp, e ti dà una lettera da incollare. Quando c'è una scadenza in arrivo, può ricordartela.
short-description = Opponiti all'uso dei tuoi post per l'IA di Meta: i passaggi, i moduli, una lettera.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Lettera di opposizione
letter-inline-desc = Una lettera pronta da incollare nei moduli
letter-keywords = lettera modello opposizione
deadline-inline-title = Scadenza
deadline-inline-desc = Il punto della situazione e cosa fa oggi un'opposizione
deadline-keywords = scadenza data termine tempo

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Modulo ufficiale (accedi a Facebook se richiesto)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: i passaggi per opporti su Facebook
facebook-command = Opporsi su Facebook
facebook-inline-title = Opporsi su Facebook
facebook-inline-desc = I passaggi e il modulo ufficiale
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Modulo ufficiale (accedi a Instagram se richiesto)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: i passaggi per opporti su Instagram
instagram-command = Opporsi su Instagram
instagram-inline-title = Opporsi su Instagram
instagram-inline-desc = I passaggi e il modulo ufficiale
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Apri il modulo ufficiale di WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: i passaggi per opporti su WhatsApp
whatsapp-command = WhatsApp e Meta AI
whatsapp-inline-title = Opporsi su WhatsApp
whatsapp-inline-desc = Chat con Meta AI: cosa viene usato e un modulo
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
