## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opponiti all'uso dei tuoi contenuti per addestrare l'IA di Meta
intro =
    Meta addestra la sua intelligenza artificiale sui post, le foto, le didascalie e i commenti pubblici degli adulti nell'UE, e su ciò che le persone inviano a Meta AI. Il GDPR (articolo 21) ti dà il diritto di opporti. Ti servono un paio di minuti per piattaforma.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Puoi opporti in qualsiasi momento, e la tua opposizione vale dal giorno in cui la presenti. Dal <b>{ $date }</b> Meta addestra la sua IA sui post, le foto e i commenti pubblici degli adulti e sulle chat con Meta AI; la sua informativa privacy per l'UE di luglio 2026 elenca ancora questo uso. Ciò che è già stato usato non può essere tolto dai modelli addestrati.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta inizierà a usare i contenuti il <b>{ $date }</b>. Tempo rimasto: <b>{ $left }</b>. Un'opposizione vale dal giorno in cui viene presentata: se la presenti prima di quella data, vale già prima che inizi l'addestramento.
deadline-after = ✅ Puoi ancora opporti: la tua opposizione vale dal giorno in cui la presenti. Meta addestra la sua IA sui contenuti dal <b>{ $date }</b>; ciò che è già stato usato non può essere tolto dai modelli addestrati.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Promemoria:</b> mancano { $left } al <b>{ $date }</b>. Un'opposizione vale dal giorno in cui viene presentata.

    Da fare: { $platforms }.

    Tocca una piattaforma per vedere i passaggi. Già fatto? Spuntala sotto i passaggi e smetterò di ricordartela.
nothing-left = Hai spuntato tutte e tre le piattaforme, quindi non ti serve nessun promemoria. Grazie!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copia la lettera qui sotto (toccala per copiarla) e incollala nel campo <i>motivazione</i> del modulo, oppure nel modulo di WhatsApp quando ti chiede perché. Il paragrafo con la motivazione è facoltativo: tienilo, scrivi il tuo o cancellalo.
letter-body =
    Gentili Signori,

    ai sensi dell'articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (GDPR), mi oppongo, per motivi connessi alla mia situazione particolare, al trattamento dei miei dati personali da parte di Meta e dei suoi partner per sviluppare e addestrare l'intelligenza artificiale. L'opposizione riguarda i miei post, le foto, le didascalie, i commenti e ogni altro contenuto collegato al mio account, nonché le mie interazioni con Meta AI.

    Non ho condiviso questi contenuti perché servissero ad addestrare l'IA, e voglio decidere io come vengono usati.

    Ai sensi dell'articolo 12, paragrafo 3, del GDPR, vi chiedo di confermarmi per iscritto, entro un mese, che la mia opposizione è stata registrata e viene applicata.

    Distinti saluti

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram e WhatsApp sono tutti spuntati. Grazie!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Fai girare: questo bot spiega, nella tua lingua, come opporti all'uso dei tuoi post per addestrare l'IA di Meta.
    { $link }
group-intro =
    Ciao! Spiego alle persone nell'UE come opporsi all'uso dei loro post, foto e commenti per addestrare l'IA di Meta.

    Chiunque qui può usare /facebook, /instagram, /whatsapp e /template.
description = Meta addestra la sua IA sui post, le foto e i commenti pubblici degli adulti nell'UE, e su ciò che le persone inviano a Meta AI. Questo bot ti mostra, passo dopo passo e nella tua lingua, come opporti su Facebook e Instagram e cosa vale per WhatsApp, e ti dà una lettera da incollare.
short-description = Opponiti all'uso dei tuoi post per addestrare l'IA di Meta: i passaggi, i moduli, una lettera.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Lettera di opposizione a Meta
letter-inline-desc = Una lettera pronta da incollare nei moduli di Meta
letter-keywords = lettera modello opposizione meta
deadline-inline-title = Meta AI: la situazione attuale
deadline-inline-desc = Da quando Meta addestra l'IA sui contenuti e cosa fa oggi un'opposizione
deadline-keywords = meta situazione data addestramento

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Modulo ufficiale
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Pagina di Meta sull'IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: i passaggi per opporti su Facebook
facebook-command = Opporsi su Facebook
facebook-inline-title = Opporsi su Facebook
facebook-inline-desc = I passaggi e il modulo ufficiale
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Opporsi su Facebook</b>

    <b>Il modo più rapido:</b> tocca <i>Modulo ufficiale</i> qui sotto. Se la pagina lo chiede, accedi lì a Facebook. Non hai fatto l'accesso in quel browser? Apri il link nel tuo browser abituale (⋯ → <i>Apri nel browser</i>) oppure segui i passaggi nell'app.
    Nel modulo inserisci l'indirizzo e-mail del tuo account; il campo della motivazione è facoltativo (lascialo vuoto o incolla la lettera di /template). Poi invialo.

    <b>Dopo l'invio:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <blockquote expandable><b>Nell'app</b>
    1. Apri il menu e vai su <i>Impostazioni e privacy</i> → <i>Centro per la privacy</i>.
    2. Apri <i>Argomenti sulla privacy</i> → <i>IA in Meta</i>.
    3. Scegli l'opzione per inviare una richiesta di opposizione.
    4. Inserisci l'indirizzo e-mail del tuo account. La motivazione è facoltativa.
    5. Invia il modulo.</blockquote>

    <blockquote expandable><b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account. Un account non collegato, o con un altro indirizzo e-mail, richiede una propria opposizione.
    • Le Pagine Facebook non possono opporsi con questo modulo: possono farlo solo gli account personali.
    • Hai già fatto opposizione nel 2024? Rifalla, per sicurezza.
    • Meta ha spostato alcuni dei suoi moduli di contatto. Se il modulo non si apre, il secondo pulsante porta alla pagina di Meta sull'IA generativa, che rimanda al diritto di opposizione.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Modulo ufficiale
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Pagina di Meta sull'IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: i passaggi per opporti su Instagram
instagram-command = Opporsi su Instagram
instagram-inline-title = Opporsi su Instagram
instagram-inline-desc = I passaggi e il modulo ufficiale
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Opporsi su Instagram</b>

    <b>Il modo più rapido:</b> tocca <i>Modulo ufficiale</i> qui sotto. Se la pagina lo chiede, accedi lì a Instagram. Non hai fatto l'accesso in quel browser? Apri il link nel tuo browser abituale (⋯ → <i>Apri nel browser</i>) oppure segui i passaggi nell'app.
    Se il modulo chiede se la tua richiesta riguarda l'IA in Meta, scegli <b>Sì</b>. Inserisci l'indirizzo e-mail del tuo account; il campo della motivazione è facoltativo (lascialo vuoto o incolla la lettera di /template). Poi invialo.

    <b>Dopo l'invio:</b> Meta conferma via e-mail o sullo schermo. Conserva questa conferma.

    <blockquote expandable><b>Nell'app</b>
    1. Vai sul tuo profilo e tocca il menu ☰ (<i>Impostazioni e attività</i>).
    2. Trova <i>Centro per la privacy</i> in quel menu (in alcune versioni sotto <i>Informazioni</i> → <i>Informativa sulla privacy</i>).
    3. Cerca <i>Diritto di opposizione</i> e apri il modulo.
    4. Se chiede se la tua richiesta riguarda l'IA in Meta, scegli <i>Sì</i>.
    5. Inserisci l'indirizzo e-mail del tuo account. La motivazione è facoltativa.
    6. Invia il modulo.</blockquote>

    <blockquote expandable><b>Buono a sapersi</b>
    • Non serve nessuna motivazione.
    • Una sola opposizione vale per tutti gli account collegati nello stesso Centro gestione account, Facebook compreso. Gli account non collegati richiedono una propria opposizione.
    • Hai già fatto opposizione nel 2024? Rifalla, per sicurezza.
    • Meta ha spostato alcuni dei suoi moduli di contatto. Se il modulo non si apre, il secondo pulsante porta alla pagina di Meta sull'IA generativa, che rimanda al diritto di opposizione.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Modulo di WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: fatto
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp e Meta AI: cosa viene usato e un modulo per precauzione
whatsapp-command = WhatsApp e Meta AI
whatsapp-inline-title = WhatsApp e Meta AI
whatsapp-inline-desc = Cosa viene usato e un modulo per precauzione
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp e Meta AI</b>

    WhatsApp non ha un interruttore né un'impostazione di opposizione propria per Meta AI. <b>La protezione più sicura: non inviare nulla a Meta AI.</b>
    • In un gruppo qualsiasi membro può richiamare @Meta AI. La <i>privacy avanzata della chat</i> (tocca il nome della chat) può impedire ai membri di usare Meta AI in quella chat. Le fonti non concordano su questo punto, quindi verifica che la tua app lo offra.

    <b>Cosa viene usato:</b> le tue chat private sono protette dalla crittografia end-to-end e <b>non</b> vengono usate per addestrare l'IA. Ciò che invii a Meta AI (il cerchio blu e rosa, o @Meta AI richiamato in un gruppo) non è protetto dalla crittografia end-to-end e può essere usato. Meta AI non si può disattivare in WhatsApp: puoi solo non usarlo. A giugno 2025 Meta ha dichiarato che in quel momento non usava per l'addestramento le chat di WhatsApp con Meta AI.

    <b>Per precauzione, un modulo web.</b> L'informativa privacy di WhatsApp vi rimanda per le opposizioni in generale; non è un interruttore per l'IA, e le associazioni dei consumatori indicano che WhatsApp non ha una procedura di opposizione ufficiale propria per l'IA.
    1. Tocca il pulsante qui sotto (oppure cerca, tra i link legali di whatsapp.com, il modulo sui diritti dell'interessato).
    2. Scegli l'opzione per opporti al trattamento delle tue informazioni.
    3. Inserisci il tuo numero di telefono con il prefisso internazionale e il tuo indirizzo e-mail.
    4. Se ti chiede perché, incolla la lettera di /template.
    5. Invia il modulo. WhatsApp risponde via e-mail: conserva questa risposta.
