## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Schalte LinkedIns Nutzung deiner Daten für KI-Training ab
intro =
    LinkedIn trainiert mit Profilen, Beiträgen und Kommentaren von Mitgliedern in der EU und mit ihren Chats mit LinkedIns KI-Funktionen eine KI, die Inhalte schreibt. Private Nachrichten sind davon ausgenommen. Eine Einstellung, die eingeschaltet ist, bis du sie ausschaltest, erlaubt dir den Ausstieg; das dauert eine Minute.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Du kannst die Einstellung jederzeit ausschalten, und das gilt ab diesem Moment. Seit dem <b>{ $date }</b> nutzt LinkedIn Daten von Mitgliedern in der EU für KI-Training; schon trainierte Modelle werden dadurch nicht verändert.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Abgehakt: Die Einstellung bei LinkedIn ist aus. Danke!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sag es weiter: Dieser Bot zeigt dir in deiner Sprache, wie du LinkedIns Nutzung deiner Daten für KI-Training abschaltest.
    { $link }
group-intro =
    Hallo! Ich zeige Menschen in der EU, wie sie LinkedIns Nutzung ihres Profils und ihrer Beiträge für KI-Training abschalten.

    Alle hier können /linkedin verwenden.
description = LinkedIn trainiert mit Profilen, Beiträgen und KI-Chats von Mitgliedern in der EU eine KI, die Inhalte schreibt. Dieser Bot zeigt dir in deiner Sprache, wo die Einstellung dafür ist und wie du sie ausschaltest.
short-description = Schalte LinkedIns Nutzung deiner Daten für KI-Training ab: wo die Einstellung ist.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn und KI: aktueller Stand
deadline-inline-desc = Seit wann LinkedIn mit Mitgliederdaten trainiert und was die Einstellung bewirkt
deadline-keywords = linkedin stand seit

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Einstellung öffnen
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Widerspruch, andere Zwecke
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: LinkedIns KI-Training mit deinen Daten abschalten
linkedin-command = LinkedIns KI-Training abschalten
linkedin-inline-title = LinkedIns KI-Training abschalten
linkedin-inline-desc = Wo die Einstellung ist, am Handy und am Computer
linkedin-keywords = linkedin li
linkedin-steps =
    <b>LinkedIns KI-Training abschalten</b>

    <b>Am schnellsten:</b> Tippe unten auf <i>Einstellung öffnen</i> und melde dich bei LinkedIn an, falls danach gefragt wird. Stell auf der Seite <i>Daten zur Verbesserung generativer KI</i> den Schalter auf aus.

    <b>Am Handy:</b> dein Profilbild → <i>Einstellungen</i> → <i>Datenschutz</i> → <i>Daten zur Verbesserung generativer KI</i> → ausschalten.
    <b>Am Computer:</b> <i>Sie</i> (unter deinem Profilbild oben) → <i>Einstellungen und Datenschutz</i> → <i>Datenschutz</i> → <i>Daten zur Verbesserung generativer KI</i> → ausschalten.

    <b>Danach:</b> Eine Bestätigung kommt nicht. Lade die Seite neu: Der Schalter sollte auf aus stehen.

    <blockquote expandable><b>Gut zu wissen</b>
    • Was genutzt wird: dein Profil (Name, Foto, Positionen, Ausbildung, Kenntnisse, Empfehlungen), deine Beiträge, Artikel, Kommentare und Umfragen, deine Aktivität in Gruppen, gespeicherte Lebensläufe und Antworten auf Bewerberfragen sowie Chats mit LinkedIns KI-Funktionen. Private Nachrichten werden nicht genutzt.
    • Der Schalter gilt ab dem Moment, in dem du ihn umlegst; schon trainierte Modelle werden nicht verändert.
    • Die niederländische Datenschutzbehörde hat darauf hingewiesen, dass Daten bis zurück ins Jahr 2003 genutzt werden können.
    • Für andere Nutzungen deiner Daten (etwa KI für Vertrauen und Sicherheit oder zur Verbesserung von Produkten) bietet LinkedIns Datenschutzhinweis ein Widerspruchsformular an: der zweite Button.</blockquote>
