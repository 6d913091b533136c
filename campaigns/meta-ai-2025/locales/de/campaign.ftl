## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Widersprich der Nutzung deiner Inhalte für Metas KI
intro =
    Meta nutzt die öffentlichen Beiträge, Fotos, Bildunterschriften und Kommentare von Erwachsenen in der EU sowie alles, was man an Meta AI schickt, um seine künstliche Intelligenz zu trainieren. Die DSGVO (Artikel 21) gibt dir das Recht, dem zu widersprechen. Das dauert etwa zwei Minuten pro Plattform.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta beginnt am <b>{ $date }</b>, Inhalte zu nutzen. Verbleibende Zeit: <b>{ $left }</b>. Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird: Reichst du ihn vor diesem Datum ein, gilt er also schon, bevor das Training beginnt.
deadline-after = ℹ️ Meta trainiert seine KI seit dem <b>{ $date }</b> mit Inhalten. Du kannst trotzdem noch widersprechen: Dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst. Bereits genutzte Inhalte lassen sich aus schon trainierten Modellen nicht mehr herausnehmen.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiere das Schreiben unten (einmal antippen genügt) und füge es in das Feld <i>Begründung</i> des Formulars ein – oder in das WhatsApp-Formular, wenn dort nach einer Begründung gefragt wird.
letter-body =
    Sehr geehrte Damen und Herren,

    gemäß Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich hiermit der Verarbeitung meiner personenbezogenen Daten durch Meta und seine Partner zur Entwicklung und zum Training künstlicher Intelligenz. Dies betrifft meine Beiträge, Fotos, Bildunterschriften, Kommentare und alle sonstigen mit meinem Konto verbundenen Inhalte sowie meine Interaktionen mit Meta AI.

    Bitte bestätigen Sie mir gemäß Art. 12 Abs. 3 DSGVO innerhalb eines Monats schriftlich, dass mein Widerspruch erfasst wurde und umgesetzt wird.

    Mit freundlichen Grüßen

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Erinnerung:</b> Noch { $left } bis zum Ablauf der Frist (<b>{ $date }</b>). Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird.

    Noch zu erledigen: { $platforms }.

    Tippe auf eine Plattform, um die Schritte zu sehen. Schon erledigt? Hake sie unter den Schritten ab, dann erinnere ich dich nicht mehr daran.
# When every platform of this campaign is ticked off.
all-done = ✅ Du hast bei allen drei Plattformen widersprochen. Danke! Von mir kommen keine Erinnerungen mehr.
nothing-left = Du hast alle drei Plattformen abgehakt, du brauchst also keine Erinnerung. Danke!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sag es weiter: Dieser Bot zeigt in deiner Sprache, wie du der Nutzung deiner Beiträge für das Training von Metas KI widersprichst.
    { $link }
group-intro =
    Hallo! Ich zeige Menschen in der EU, wie sie der Nutzung ihrer Beiträge, Fotos und Kommentare für das Training von Metas KI widersprechen können.

    Alle hier können /facebook, /instagram, /whatsapp und /template nutzen.
description = Meta trainiert seine KI mit den öffentlichen Beiträgen, Fotos und Kommentaren von Erwachsenen in der EU und mit dem, was Menschen an Meta AI schicken. Dieser Bot zeigt dir Schritt für Schritt und in deiner Sprache, wie du bei Facebook und Instagram widersprichst und was bei WhatsApp gilt, und gibt dir ein Schreiben zum Einfügen. Wenn eine Frist bevorsteht, kann er dich daran erinnern.
short-description = Widersprich der Nutzung deiner Beiträge für Metas KI: die Schritte, die Formulare, ein Schreiben.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Widerspruchsschreiben
letter-inline-desc = Ein fertiges Schreiben zum Einfügen in die Formulare
letter-keywords = brief vorlage schreiben widerspruch muster text
deadline-inline-title = Frist
deadline-inline-desc = Der aktuelle Stand und was ein Widerspruch jetzt bewirkt
deadline-keywords = frist datum termin stichtag

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Offizielles Formular (ggf. bei Facebook anmelden)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: die Schritte zum Widerspruch bei Facebook
facebook-command = Bei Facebook widersprechen
facebook-inline-title = Bei Facebook widersprechen
facebook-inline-desc = Die Schritte und das offizielle Formular
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Bei Facebook widersprechen</b>

    <b>Am schnellsten:</b> Tippe unten auf den Button, um das offizielle Formular von Meta zu öffnen. Falls die Seite danach fragt, melde dich dort zuerst bei Facebook an.

    <b>In der App:</b>
    1. Öffne das Menü und gehe zu <i>Einstellungen und Privatsphäre</i> → <i>Datenschutzcenter</i>.
    2. Öffne <i>Datenschutzthemen</i> → <i>KI bei Meta</i>.
    3. Wähle <i>Widerspruchsanfrage einreichen</i>.
    4. Gib die E-Mail-Adresse deines Kontos ein. Das Feld für die Begründung ist freiwillig: Lass es leer oder füge das Schreiben aus /template ein.
    5. Sende das Formular ab.

    <b>Danach:</b> Meta bestätigt per E-Mail oder auf dem Bildschirm. Bewahre diese Bestätigung auf.

    <b>Gut zu wissen</b>
    • Eine Begründung ist nicht nötig.
    • Ein Widerspruch gilt für alle Konten, die in derselben Kontenübersicht verknüpft sind. Ein nicht verknüpftes Konto oder eines mit einer anderen E-Mail-Adresse braucht einen eigenen Widerspruch.
    • Facebook-Seiten können mit diesem Formular nicht widersprechen, nur persönliche Konten.
    • Schon 2024 widersprochen? Mach es sicherheitshalber noch einmal.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Offizielles Formular (ggf. bei Instagram anmelden)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: die Schritte zum Widerspruch bei Instagram
instagram-command = Bei Instagram widersprechen
instagram-inline-title = Bei Instagram widersprechen
instagram-inline-desc = Die Schritte und das offizielle Formular
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Bei Instagram widersprechen</b>

    <b>Am schnellsten:</b> Tippe unten auf den Button, um das offizielle Formular von Meta zu öffnen. Falls die Seite danach fragt, melde dich dort zuerst bei Instagram an.

    <b>In der App:</b>
    1. Gehe zu deinem Profil und tippe auf das Menü ☰ (<i>Einstellungen und Aktivitäten</i>).
    2. Suche in diesem Menü das <i>Datenschutzcenter</i> (in manchen Versionen unter <i>Info</i> → <i>Datenschutzrichtlinie</i>).
    3. Suche nach <i>Widerspruchsrecht</i> und öffne das Formular.
    4. Gib die E-Mail-Adresse deines Kontos ein. Das Feld für die Begründung ist freiwillig: Lass es leer oder füge das Schreiben aus /template ein.
    5. Sende das Formular ab.

    <b>Danach:</b> Meta bestätigt per E-Mail oder auf dem Bildschirm. Bewahre diese Bestätigung auf.

    <b>Gut zu wissen</b>
    • Eine Begründung ist nicht nötig.
    • Ein Widerspruch gilt für alle Konten, die in derselben Kontenübersicht verknüpft sind, auch für Facebook. Nicht verknüpfte Konten brauchen einen eigenen Widerspruch.
    • Schon 2024 widersprochen? Mach es sicherheitshalber noch einmal.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Offizielles WhatsApp-Formular öffnen
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: die Schritte zum Widerspruch bei WhatsApp
whatsapp-command = WhatsApp und Meta AI
whatsapp-inline-title = Bei WhatsApp widersprechen
whatsapp-inline-desc = Chats mit Meta AI: was genutzt wird, und ein Formular
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp und Meta AI</b>

    Deine privaten Chats sind Ende-zu-Ende-verschlüsselt und werden <b>nicht</b> zum Training der KI verwendet. Was du an Meta AI schickst (der blau-rosa Kreis in der App oder @Meta AI, wenn es in einen Gruppenchat geholt wird), ist nicht Ende-zu-Ende-verschlüsselt und kann verwendet werden.

    • Meta AI lässt sich in WhatsApp nicht abschalten; du kannst es nur ungenutzt lassen.
    • Im Juni 2025 hat Meta erklärt, WhatsApp-Chats mit Meta AI derzeit nicht für das Training zu nutzen.
    • In der App gibt es keine Einstellung für einen Widerspruch, und laut Verbraucherzentralen hat WhatsApp dafür kein eigenes offizielles Widerspruchsverfahren.

    <b>Der sicherste Schutz:</b> Schicke nichts an Meta AI.

    <b>Zur Vorsicht ein Webformular:</b>
    1. Tippe unten auf den Button (oder öffne whatsapp.com, tippe unten auf der Seite auf <i>Rechtliches</i> und dann auf das Formular zu den Rechten betroffener Personen, wie auch immer es gerade heißt).
    2. Wähle die Optionen, mit denen du der Nutzung deiner Daten widersprichst.
    3. Gib deine Telefonnummer mit Ländervorwahl und deine E-Mail-Adresse ein.
    4. Wenn nach einer Begründung gefragt wird, füge das Schreiben aus /template ein.
    5. Sende das Formular ab. WhatsApp antwortet per E-Mail; bewahre diese Antwort auf.
