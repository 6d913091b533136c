## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Entferne den Haken, mit dem X deine Daten für Groks Training weitergibt
intro =
    X gibt deine öffentlichen Posts, deine Interaktionen mit Posts und deine Chats mit Grok an xAI weiter, das Grok damit trainiert. Erlaubt wird das durch ein Kästchen in den Einstellungen; es ist angehakt, bis du den Haken entfernst. Das dauert eine Minute.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kannst den Haken jederzeit entfernen, und das gilt ab diesem Moment; an ein Datum ist das nicht gebunden. Laut X verhindert das nicht, dass ein bereits eingesetztes Modell durch die normale Nutzung weiterlernt. Die irische Datenschutzbehörde hat im April 2025 eine Untersuchung zum Training von Grok mit Posts von Nutzern in der EU eröffnet.

# When the setting is ticked off as unticked.
all-done = ✅ Abgehakt: Das Kästchen bei X ist nicht mehr angehakt. Danke!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sag es weiter: Dieser Bot zeigt dir in deiner Sprache, wie du bei X den Haken entfernst, mit dem deine Daten für Groks Training weitergegeben werden.
    { $link }
group-intro =
    Hallo! Ich zeige Menschen in der EU, wo sie den Haken entfernen, mit dem X ihre Posts und Grok-Chats für Groks Training weitergibt.

    Alle hier können /x verwenden.
description = X gibt öffentliche Posts und Grok-Chats an xAI weiter, um Grok zu trainieren, solange du einen Haken nicht entfernst. Dieser Bot zeigt dir in deiner Sprache, wo dieses Kästchen ist.
short-description = Entferne bei X den Haken, der deine Daten für Groks Training freigibt: wo das Kästchen ist.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X und Grok: aktueller Stand
deadline-inline-desc = Was das Kästchen bewirkt und was nicht
deadline-keywords = x twitter grok stand

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Grok-Einstellung öffnen
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: den Haken entfernen, mit dem X deine Daten für Groks Training weitergibt
x-command = Bei X den Haken für Grok entfernen
x-inline-title = Bei X den Haken für Grok entfernen
x-inline-desc = Der Weg zum Kästchen und ein weiterer Schritt
x-keywords = x twitter grok xai
x-steps =
    <b>X: den Haken bei Grok entfernen</b>

    <b>Der Weg</b> (in der App oder auf x.com): <i>Einstellungen und Datenschutz</i> → <i>Datenschutz und Sicherheit</i> → <i>Datenfreigabe und Personalisierung</i> → <i>Grok</i> (auf Englisch <i>Grok &amp; Third-party Collaborators</i>) → entferne den Haken, der erlaubt, deine öffentlichen Daten und deine Interaktionen mit Grok für das Training zu verwenden.

    <b>Der Button unten</b> versucht, diese Seite direkt zu öffnen. Klappt das nicht, folge dem Weg. Zeigt die App die Einstellung nicht an, nimm x.com im Browser.

    <b>Danach:</b> Eine Bestätigung kommt nicht; das Kästchen bleibt leer.

    <b>Noch ein Schritt:</b> <i>Deine Posts schützen</i> (unter <i>Datenschutz und Sicherheit</i> → <i>Audience and tagging</i>) macht deine Posts nur für deine Follower sichtbar, sodass sie nicht mehr öffentlich sind.

    <blockquote expandable><b>Gut zu wissen</b>
    • Der Europa-Zusatz zur Datenschutzerklärung von xAI (Juli 2026) zählt öffentliche Posts Erwachsener auf X zu den Daten, mit denen Grok trainiert wird, und sagt, dass du in den Einstellungen widersprechen kannst.
    • Das Entfernen des Hakens gilt ab diesem Moment.</blockquote>
