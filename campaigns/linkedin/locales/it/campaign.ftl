## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Disattiva l'uso dei tuoi dati da parte di LinkedIn per addestrare l'IA
intro =
    LinkedIn usa i profili, i post, i commenti dei membri nell'UE e le loro chat con le funzioni di IA per addestrare un'IA che scrive contenuti. I messaggi privati non vengono usati. Un'impostazione, attiva finché non la disattivi, ti permette di tirarti fuori; ci vuole un minuto.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Puoi disattivarla in qualsiasi momento, e vale da quel momento in poi. LinkedIn usa i dati dei membri nell'UE per addestrare l'IA dal <b>{ $date }</b>; i modelli già addestrati non vengono modificati.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Spuntato: l'impostazione di LinkedIn è disattivata. Grazie!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Fai girare: questo bot spiega, nella tua lingua, come disattivare l'uso dei tuoi dati da parte di LinkedIn per addestrare l'IA.
    { $link }
group-intro =
    Ciao! Spiego alle persone nell'UE come disattivare l'uso del loro profilo e dei loro post da parte di LinkedIn per addestrare l'IA.

    Chiunque qui può usare /linkedin.
description = LinkedIn usa i profili, i post e le chat con le sue funzioni di IA dei membri nell'UE per addestrare un'IA che scrive contenuti. Questo bot ti mostra, nella tua lingua, dove si trova l'impostazione e come disattivarla.
short-description = Disattiva l'uso dei tuoi dati da parte di LinkedIn per addestrare l'IA: dove si trova l'impostazione.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn e l'IA: la situazione attuale
deadline-inline-desc = Da quando LinkedIn addestra l'IA sui dati dei membri e cosa fa l'impostazione
deadline-keywords = linkedin situazione data

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Apri l'impostazione
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Opposizione, altri usi
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: disattiva l'addestramento dell'IA di LinkedIn sui tuoi dati
linkedin-command = Disattiva l'addestramento IA di LinkedIn
linkedin-inline-title = Disattiva l'addestramento IA di LinkedIn
linkedin-inline-desc = Dove si trova l'impostazione, da telefono e da computer
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Disattiva l'addestramento IA di LinkedIn</b>

    <b>Il modo più rapido:</b> tocca <i>Apri l'impostazione</i> qui sotto e accedi a LinkedIn se richiesto. Nella pagina <i>Dati per il miglioramento dell'IA generativa</i>, disattiva l'interruttore.

    <b>Da telefono:</b> la tua foto del profilo → <i>Impostazioni</i> → <i>Privacy dei dati</i> → <i>Dati per il miglioramento dell'IA generativa</i> → disattiva.
    <b>Da computer:</b> <i>Tu</i> → <i>Impostazioni e privacy</i> → <i>Privacy dei dati</i> → <i>Dati per il miglioramento dell'IA generativa</i> → disattiva.

    <b>Dopo:</b> non arriva nessuna conferma. Ricarica la pagina: l'interruttore dovrebbe risultare disattivato.

    <blockquote expandable><b>Buono a sapersi</b>
    • Cosa viene usato: il tuo profilo (nome, foto, posizioni, formazione, competenze, conferme), i tuoi post, articoli, commenti e sondaggi, l'attività nei gruppi, i CV salvati e le risposte alle domande di preselezione, e le chat con le funzioni di IA di LinkedIn. I messaggi privati non vengono usati.
    • L'interruttore vale da quel momento in poi; i modelli già addestrati non vengono modificati.
    • L'autorità olandese per la protezione dei dati ha segnalato che possono essere usati dati risalenti fino al 2003.
    • Per altri usi dei tuoi dati (ad esempio l'IA per la fiducia e la sicurezza o il miglioramento dei prodotti), l'informativa privacy di LinkedIn offre un modulo di opposizione: è il secondo pulsante.</blockquote>
