## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Togli la spunta alla condivisione dei tuoi dati da parte di X per addestrare Grok
intro =
    X condivide con xAI i tuoi post pubblici, il modo in cui interagisci con i post e le tue chat con Grok, e xAI ci addestra Grok. Lo permette una casella nelle impostazioni, spuntata finché non togli la spunta. Ci vuole un minuto.

## Where things stand (no `started`, so no $date).
standing = ✅ Puoi togliere la spunta in qualsiasi momento, e vale da quel momento in poi; non c'è nessuna data da rispettare. Secondo X, togliere la spunta non impedisce a un modello già in uso di continuare a imparare con l'uso normale. Ad aprile 2025 l'autorità irlandese per la protezione dei dati ha aperto un'indagine sull'addestramento di Grok sui post degli utenti dell'UE.

# When the setting is ticked off as unticked.
all-done = ✅ Spuntato: la casella su X non è più spuntata. Grazie!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Fai girare: questo bot spiega, nella tua lingua, come togliere la spunta alla condivisione dei tuoi dati da parte di X per addestrare Grok.
    { $link }
group-intro =
    Ciao! Spiego alle persone nell'UE come togliere la spunta alla condivisione dei loro post e delle chat con Grok da parte di X per addestrare Grok.

    Chiunque qui può usare /x.
description = X condivide con xAI i post pubblici e le chat con Grok per addestrare Grok, a meno che tu non tolga la spunta a una casella. Questo bot ti mostra, nella tua lingua, dove si trova quella casella.
short-description = Togli la spunta alla condivisione dei tuoi dati da parte di X per addestrare Grok: dov'è la casella.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X e Grok: la situazione attuale
deadline-inline-desc = Cosa fa la casella e cosa non può fare
deadline-keywords = x twitter grok situazione

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Apri l'impostazione Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: togli la spunta alla condivisione dei tuoi dati da parte di X per addestrare Grok
x-command = Togli la spunta ai tuoi dati X per Grok
x-inline-title = Togli la spunta ai tuoi dati X per Grok
x-inline-desc = Il percorso fino alla casella e un passo in più
x-keywords = x twitter grok xai
x-steps =
    <b>X: togli la spunta alla casella di Grok</b>

    <b>Il percorso</b> (nell'app o su x.com): <i>Impostazioni e privacy</i> → <i>Privacy e sicurezza</i> → <i>Condivisione dei dati e personalizzazione</i> → <i>Grok</i> (in inglese <i>Grok &amp; Third-party Collaborators</i>) → togli la spunta alla casella che consente di usare i tuoi dati pubblici e le tue interazioni con Grok per l'addestramento.

    <b>Il pulsante qui sotto</b> prova ad aprire direttamente quella pagina. Se non si apre, segui il percorso. Se l'app non mostra l'impostazione, usa x.com in un browser.

    <b>Dopo:</b> non arriva nessuna conferma; la casella resta senza spunta.

    <b>Un passo in più:</b> <i>Proteggi i tuoi post</i> (<i>Privacy e sicurezza</i> → <i>Audience and tagging</i>) rende i tuoi post visibili solo ai tuoi follower, così non sono più pubblici.

    <blockquote expandable><b>Buono a sapersi</b>
    • L'addendum privacy di xAI per l'Europa (luglio 2026) include i post pubblici degli adulti su X tra i dati su cui addestra Grok, e dice che puoi opporti nelle impostazioni.
    • Togliere la spunta vale da quel momento in poi.</blockquote>
