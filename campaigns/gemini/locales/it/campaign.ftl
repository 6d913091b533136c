## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Disattiva l'uso delle tue chat con Gemini da parte di Google per addestrare l'IA
intro =
    Finché l'impostazione dell'attività (<i>Keep Activity</i>) è attiva, Google usa ciò che scrivi, carichi e condividi in Gemini per migliorare i suoi prodotti e addestrare i suoi modelli di IA, e dei revisori umani ne leggono un campione. Disattivarla richiede un minuto; il GDPR ti dà anche il diritto di opporti.

## Where things stand (no `started`, so no $date).
standing = ✅ Puoi disattivare l'impostazione dell'attività (<i>Keep Activity</i>) in qualsiasi momento, e vale da quel momento in poi; non c'è nessuna data da rispettare. Con l'impostazione disattivata, Google dice di conservare le nuove chat per 72 ore e di non usarle per l'addestramento, a meno che tu non invii un feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Per la richiesta di opposizione GDPR di Google (il secondo pulsante sotto /gemini): copia la lettera qui sotto (toccala per copiarla) e incollala dove il modulo ti chiede di descrivere la tua richiesta. Il paragrafo con la motivazione è facoltativo: tienilo, scrivi il tuo o cancellalo.
letter-body =
    Gentili Signori,

    ai sensi dell'articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (GDPR), mi oppongo, per motivi connessi alla mia situazione particolare, al trattamento da parte di Google delle mie conversazioni con Gemini, dei file che carico e dei contenuti che condivido con le app Gemini per sviluppare e addestrare modelli di intelligenza artificiale.

    Uso Gemini per scopi miei e non gli ho affidato questi contenuti per addestrare l'IA; voglio decidere io come vengono usati.

    Ai sensi dell'articolo 12, paragrafo 3, del GDPR, vi chiedo di confermarmi per iscritto, entro un mese, che la mia opposizione è stata registrata e viene applicata.

    Distinti saluti

# When the setting is ticked off as turned off.
all-done = ✅ Spuntato: l'impostazione dell'attività di Gemini è disattivata. Grazie!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Fai girare: questo bot spiega, nella tua lingua, come disattivare l'uso delle tue chat con Gemini da parte di Google per addestrare l'IA.
    { $link }
group-intro =
    Ciao! Spiego alle persone nell'UE come disattivare l'uso delle loro chat con Gemini da parte di Google per addestrare l'IA, e come opporsi.

    Chiunque qui può usare /gemini e /template.
description = Finché l'impostazione dell'attività (Keep Activity) è attiva, Google addestra i suoi modelli di IA sulle chat con Gemini. Questo bot ti mostra, nella tua lingua, come disattivarla e come opporti in base al GDPR, con una lettera da incollare.
short-description = Disattiva l'uso delle tue chat con Gemini per addestrare l'IA di Google: l'impostazione, una lettera.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Lettera di opposizione a Google
letter-inline-desc = Una lettera pronta per la richiesta di opposizione GDPR di Google
letter-keywords = lettera modello opposizione google gemini
deadline-inline-title = Gemini e l'addestramento dell'IA: la situazione attuale
deadline-inline-desc = Cosa fa l'impostazione e cosa succede alle tue chat
deadline-keywords = gemini google situazione

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Apri l'attività di Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Opposizione GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: disattiva l'addestramento dell'IA di Google sulle tue chat con Gemini
gemini-command = Disattiva l'addestramento IA sulle tue chat con Gemini
gemini-inline-title = Disattiva l'addestramento IA sulle chat Gemini
gemini-inline-desc = L'impostazione e la richiesta di opposizione di Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: disattiva l'impostazione dell'attività (<i>Keep Activity</i>)</b>

    <b>Il modo più rapido:</b> tocca <i>Apri l'attività di Gemini</i> qui sotto, accedi a Google se richiesto e disattiva l'impostazione dell'attività (<i>Keep Activity</i>; potrebbe chiamarsi ancora <i>Attività nelle app Gemini</i>). Puoi anche scegliere di disattivarla e di eliminare la tua attività.

    <b>Nell'app Gemini:</b> la tua foto del profilo → <i>Attività nelle app Gemini</i> o <i>Keep Activity</i> → disattiva.
    <b>Da computer:</b> gemini.google.com → <i>Impostazioni e guida</i> → <i>Attività</i> → disattiva.

    <b>Dopo:</b> non arriva nessuna conferma; la pagina mostra l'impostazione come disattivata.

    <blockquote expandable><b>Buono a sapersi</b>
    • Con l'impostazione disattivata, Google dice di conservare le nuove chat per 72 ore e di non usarle per l'addestramento, a meno che tu non invii un feedback. Nemmeno le chat temporanee vengono usate.
    • Vale da quel momento in poi.
    • Puoi anche opporti in base al GDPR: il secondo pulsante apre il modulo di Google per le richieste legali (nell'app: sotto una risposta, <i>Altro</i> → <i>Segnala un problema legale</i>). Ti chiede di descrivere il trattamento: /template ti dà una lettera.
    • A novembre 2025 Google ha dichiarato di non usare il contenuto di Gmail per addestrare Gemini.</blockquote>
