## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Schalte Googles Nutzung deiner Gemini-Chats für KI-Training ab
intro =
    Solange <i>Aktivitäten speichern</i> eingeschaltet ist, nutzt Google, was du in Gemini eingibst, hochlädst und teilst, um seine Produkte zu verbessern und seine KI-Modelle zu trainieren; menschliche Prüfer lesen eine Stichprobe. Das Ausschalten dauert eine Minute; außerdem gibt dir die DSGVO ein Widerspruchsrecht.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kannst <i>Aktivitäten speichern</i> jederzeit ausschalten, und das gilt ab diesem Moment; an ein Datum ist das nicht gebunden. Ist die Einstellung aus, speichert Google neue Chats nach eigenen Angaben 72 Stunden lang und nutzt sie nicht für das Training, außer du schickst Feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Für Googles DSGVO-Widerspruch (der zweite Button unter /gemini): Kopiere das Schreiben unten (antippen genügt) und füge es dort ein, wo das Formular dich bittet, dein Anliegen zu beschreiben. Der Absatz mit der Begründung ist freiwillig: Lass ihn stehen, schreib deinen eigenen oder lösche ihn.
letter-body =
    Sehr geehrte Damen und Herren,

    gemäß Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich aus Gründen, die sich aus meiner besonderen Situation ergeben, der Verarbeitung meiner Unterhaltungen mit Gemini, der von mir hochgeladenen Dateien und der Inhalte, die ich mit Gemini-Apps teile, durch Google zur Entwicklung und zum Training von Modellen künstlicher Intelligenz.

    Ich nutze Gemini für eigene Zwecke und habe diese Inhalte nicht zum Training von KI bereitgestellt; ich möchte selbst bestimmen, wie sie verwendet werden.

    Bitte bestätigen Sie mir gemäß Art. 12 Abs. 3 DSGVO innerhalb eines Monats schriftlich, dass mein Widerspruch erfasst wurde und umgesetzt wird.

    Mit freundlichen Grüßen

# When the setting is ticked off as turned off.
all-done = ✅ Abgehakt: <i>Aktivitäten speichern</i> ist aus. Danke!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sag es weiter: Dieser Bot zeigt dir in deiner Sprache, wie du Googles Nutzung deiner Gemini-Chats für KI-Training abschaltest.
    { $link }
group-intro =
    Hallo! Ich zeige Menschen in der EU, wie sie Googles Nutzung ihrer Gemini-Chats für KI-Training abschalten und wie sie dem widersprechen.

    Alle hier können /gemini und /template verwenden.
description = Solange „Aktivitäten speichern“ eingeschaltet ist, trainiert Google seine KI-Modelle mit Gemini-Chats. Dieser Bot zeigt dir in deiner Sprache, wie du das ausschaltest und wie du nach der DSGVO widersprichst, mit einem Schreiben zum Einfügen.
short-description = Schalte Googles Nutzung deiner Gemini-Chats für KI-Training ab: die Einstellung, ein Schreiben.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Widerspruchsschreiben an Google
letter-inline-desc = Ein fertiges Schreiben für Googles DSGVO-Widerspruch
letter-keywords = brief vorlage schreiben widerspruch google gemini
deadline-inline-title = Gemini und KI-Training: aktueller Stand
deadline-inline-desc = Was die Einstellung bewirkt und was mit deinen Chats geschieht
deadline-keywords = gemini google stand

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Gemini-Aktivitäten öffnen
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Widerspruch nach DSGVO
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: Googles KI-Training mit deinen Gemini-Chats abschalten
gemini-command = KI-Training mit deinen Gemini-Chats abschalten
gemini-inline-title = KI-Training mit Gemini-Chats abschalten
gemini-inline-desc = Die Einstellung und Googles Widerspruchsformular
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: <i>Aktivitäten speichern</i> ausschalten</b>

    <b>Am schnellsten:</b> Tippe unten auf <i>Gemini-Aktivitäten öffnen</i>, melde dich bei Google an, falls danach gefragt wird, und schalte <i>Aktivitäten speichern</i> aus (die Einstellung kann noch <i>Aktivitäten in Gemini-Apps</i> heißen). Du kannst auch wählen, sie auszuschalten und deine Aktivitäten zu löschen.

    <b>In der Gemini-App:</b> dein Profilbild → <i>Aktivitäten in Gemini-Apps</i> oder <i>Aktivitäten speichern</i> → ausschalten.
    <b>Am Computer:</b> gemini.google.com → <i>Einstellungen &amp; Hilfe</i> → <i>Aktivitäten</i> → ausschalten.

    <b>Danach:</b> Eine Bestätigung kommt nicht; die Seite zeigt die Einstellung als aus.

    <blockquote expandable><b>Gut zu wissen</b>
    • Ist sie aus, speichert Google neue Chats nach eigenen Angaben 72 Stunden lang und nutzt sie nicht für das Training, außer du schickst Feedback. Temporäre Chats werden ebenfalls nicht genutzt.
    • Das Ausschalten gilt ab diesem Moment.
    • Du kannst auch nach der DSGVO widersprechen: Der zweite Button öffnet Googles Formular für rechtliche Anfragen (in der App: unter einer Antwort <i>Mehr</i> → <i>Rechtliches Problem melden</i>). Dort sollst du die Verarbeitung beschreiben: /template gibt dir ein Schreiben dafür.
    • Google hat im November 2025 erklärt, dass es den Inhalt von Gmail nicht zum Training von Gemini nutzt.</blockquote>
