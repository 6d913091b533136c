## objection-bot: deutsche Texte.
## Telegram-HTML: nur <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & als &amp; und < als &lt; schreiben.
## Links und Daten stehen nie hier: Sie kommen aus der Kampagnendatei.

# Name der Sprache in dieser Sprache, auf der Tastatur von /language.
language-name = Deutsch

## Datum. $day, $year und $minute sind Zahlen, $month ist einer von month-1 … month-12.
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-format = { $day }. { $month } { $year }
# $date ist ein date-format, $time ist HH:MM und $zone ist z. B. UTC+02:00.
datetime-format = { $date } um { $time } Uhr ({ $zone })

## Verbleibende Zeit, mit Pluralformen.
left-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
left-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
left-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}

## Buttons (kurz: Sie müssen auf ein Handy passen)
btn-letter = ✍️ Schreiben
btn-remind = 🔔 Erinnere mich
btn-language = 🌐 Sprache
btn-share = 📣 Teilen
btn-menu = ↩️ Menü
btn-deadline = ℹ️ Aktueller Stand
btn-status = ✅ Meine Checkliste
# Der Abhak-Button unter einer Plattform mit Formular …
btn-mark-done = ☑️ Bei { $platform } widersprochen
btn-mark-undone = ↩️ Bei { $platform } doch nicht erledigt
btn-stop = 🔕 Erinnerungen aus
btn-tick-in-private = ☑️ Im privaten Chat abhaken

## /start
start-text =
    { $campaigns }

    Wähle eine Plattform, um die Schritte zu sehen:

## /template
letter-pick = Welches Schreiben brauchst du? Wähle eine Kampagne:

## /language
language-choose = Wähle die Sprache, die ich in diesem Chat verwenden soll:
language-set = Erledigt: Ich spreche hier ab jetzt Deutsch.

## /help
help-text =
    <b>Was ich kann</b>
    { $platforms }
    /template: ein Schreiben zum Einfügen in die Formulare
    /deadline: der aktuelle Stand
    { $reminders }/status: deine Checkliste
    /language: Sprache ändern
    /share: ein Link zum Weitergeben
    /privacy: was ich über dich speichere
    /news: Nachricht, wenn es einen neuen Weg zum Widersprechen gibt
    /forget: alles löschen, was ich zu diesem Chat speichere

    Du kannst auch in jedem Chat @{ $bot } eingeben, um dort eine Karte zu posten.

## /privacy und /forget
privacy-text =
    <b>Was ich speichere</b>
    • Die Nummer dieses Chats, seine Sprache, ob du Erinnerungen oder Neuigkeiten möchtest, welche Plattformen du an welchem Tag abgehakt hast und welche Erinnerungen, Nachfragen und Kontrollerinnerungen anstehen oder schon verschickt wurden, damit niemand eine doppelt bekommt.
    • Wozu der Tag: Einen Monat nachdem du ein Formular abgehakt hast, frage ich einmal nach, ob das Unternehmen bestätigt hat. Eine Kontrollerinnerung für eine Einstellung speichere ich nur, wenn du darum bittest.
    • Sonst nichts: keine Namen, keine Benutzernamen, keine Telefonnummern, keine Nachrichtentexte. Das Land, das du wählst, um eine Behörde zu finden, wird nicht gespeichert.

    <b>Wie lange</b>
    Bis du /forget sendest, mich blockierst oder mich aus der Gruppe entfernst. Dann wird alles sofort gelöscht.

    /forget löscht jetzt alles zu diesem Chat.
forget-done = Erledigt: Alles, was ich zu diesem Chat gespeichert hatte, ist gelöscht. Sende jederzeit /start, um neu anzufangen.

## Alles andere
unknown-text = Ich verstehe nur Befehle. Sende /help, um sie zu sehen.
stale-button = Dieser Button funktioniert nicht mehr. Sende /start für ein aktuelles Menü.
error-text = Bei mir ist etwas schiefgelaufen. Bitte versuche es in einer Minute noch einmal.

## Erinnerungen
remind-on = 🔔 Erinnerungen sind an. Nächste Erinnerung: <b>{ $when }</b>.
remind-no-wave = Vor Ablauf der Frist (<b>{ $date }</b>) kommt keine Erinnerung mehr, daher widersprichst du am besten jetzt.
remind-already = 🔔 Erinnerungen sind bereits an. Nächste Erinnerung: <b>{ $when }</b>.
remind-after-deadline = Du kannst jederzeit noch widersprechen, und dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst. Erinnern kann ich dich an nichts mehr, weil dieses Datum (<b>{ $date }</b>) vorbei ist.
stop-done = 🔕 Erinnerungen sind aus. Sende /remind, um sie wieder einzuschalten.
stop-not-subscribed = Erinnerungen waren nicht an. Sende /remind, um sie einzuschalten.
# /stop, wenn auch Nachfragen, Kontrollerinnerungen oder Neuigkeiten an waren: Alles endet.
stop-all = 🔕 Erledigt: Von mir kommen keine Erinnerungen, Nachfragen oder Neuigkeiten mehr. Mit /start siehst du die Plattformen wieder.

## /status
status-title = <b>Deine Checkliste</b>
status-done = ✅ { $platform }: erledigt
status-open = ⬜ { $platform }: noch zu erledigen
status-subscribed = 🔔 Erinnerungen sind an. Nächste: <b>{ $when }</b>.
status-no-wave = 🔕 Es sind keine weiteren Erinnerungen geplant.
status-not-subscribed = 🔕 Erinnerungen sind aus. Sende /remind, um sie einzuschalten.
# Die Meldung, wenn ein Formular abgehakt wird; $after ist eine Zeitspanne wie „30 Tage“ (im Nominativ).
marked-done-followup = Notiert: { $platform } erledigt. Sind { $after } vergangen, frage ich dich, ob der Widerspruch bestätigt wurde.
marked-undone = Notiert: { $platform } noch zu erledigen.

## Gruppen
admin-only = Das kann nur ein Admin dieser Gruppe.
# Wird an group-intro angehängt, solange noch Erinnerungen anstehen.
group-intro-remind = Ein Admin kann mit /remind Erinnerungen für die Gruppe einschalten.

## Befehlsmenü (jeweils höchstens 256 Zeichen)
cmd-start = Hier starten
cmd-template = Ein Schreiben zum Einfügen in die Formulare
cmd-deadline = Aktueller Stand
cmd-remind = Erinnerungen vor Ablauf der Frist
cmd-stop = Keine Erinnerungen mehr
cmd-status = Deine Checkliste
cmd-language = Sprache ändern
cmd-share = Ein Link zum Weitergeben
cmd-help = Alle Befehle
cmd-privacy = Was der Bot speichert
cmd-forget = Alles löschen, was zu diesem Chat gespeichert ist
cmd-news = Nachricht, wenn es einen neuen Weg zum Widersprechen gibt

## Issue 17: new messages
# … und unter einer Plattform mit Einstellung: Sie ist ausgeschaltet.
btn-mark-done-setting = ☑️ Bei { $platform } ist es aus

start-intro =
    <b>Deine Daten und ihre KI</b>
    Mehrere große Plattformen trainieren KI mit dem, was Menschen in der EU posten oder ihre KI fragen. Auf jeder kannst du widersprechen oder es abschalten: Das dauert ein, zwei Minuten und gilt ab dem Tag, an dem du es tust.

# Die Zeilen /remind und /stop von help-text, nur solange eine Erinnerung ansteht.
help-reminders =
    /remind: Erinnerungen vor einem festgelegten Datum
    /stop: keine Erinnerungen mehr

# /remind, wenn keine Kampagne ein Datum vor sich hat.
remind-none = Du kannst jederzeit widersprechen oder abschalten, und das gilt ab dem Tag, an dem du es tust. Es steht kein Datum bevor, also gibt es nichts, woran ich dich erinnern müsste.

# /stop, solange keine Erinnerung ansteht (ohne Verweis auf /remind).
stop-none = 🔕 Es sind keine Erinnerungen geplant, also gibt es nichts auszuschalten.

# Die Meldung, wenn eine Plattform mit Einstellung abgehakt wird.
marked-done-setting = Notiert: Bei { $platform } ist es aus.

checked-line = <i>🗓 Schritte geprüft am { $date }. Sieht der Bildschirm anders aus, hat sich die App vielleicht geändert: Such in der Nähe nach denselben Begriffen.</i>

# Dasselbe für eine Plattform mit einem zweiten Link-Button.
checked-line-help = <i>🗓 Schritte geprüft am { $date }. Sieht der Bildschirm anders aus oder öffnet sich der erste Link nicht, führt der zweite Button zur Seite der Plattform selbst.</i>

profile-description = Mehrere Plattformen trainieren KI mit dem, was Menschen in der EU posten oder ihre KI fragen. Dieser Bot zeigt dir Schritt für Schritt und in deiner Sprache, wie du auf jeder davon widersprichst oder es abschaltest, und gibt dir ein Schreiben, wo ein Formular eines verlangt.

profile-short-description = Widersprich dem KI-Training mit deinen Daten, Plattform für Plattform: Schritte, Links, ein Schreiben.

share-several =
    Sag es weiter: Dieser Bot zeigt dir in deiner Sprache, wie du dem KI-Training mit deinen Daten widersprichst, Plattform für Plattform.
    { $link }

# $commands sind die Befehle der Plattformen, etwa /facebook /linkedin.
group-intro-several =
    Hallo! Ich zeige Menschen in der EU, wie sie dem KI-Training mit ihren Daten widersprechen, Plattform für Plattform.

    Alle hier können { $commands } und /template verwenden.

## Nach dem Abhaken: Nachfragen, wo man sich beschwert, Kontrollerinnerungen und Neuigkeiten.
# Die Meldung unter einer als ausgeschaltet abgehakten Einstellung; sie bietet eine Kontrollerinnerung an (btn-recheck).
setting-thanks = ✅ Notiert: Bei { $platform } ist es aus. Danke! Manche Plattformen haben neue KI-Einstellungen hinzugefügt, standardmäßig eingeschaltet, ohne es ihren Nutzern zu sagen. Ich kann dich deshalb erinnern, nachzusehen.
# $after ist eine Zeitspanne wie „180 Tage“ (im Nominativ).
btn-recheck = 🔔 { $after } später erinnern
recheck-on = 🔔 Am <b>{ $date }</b> erinnere ich dich daran, nachzusehen, ob es bei { $platform } noch aus ist.
# Die Kontrollerinnerung selbst, mit dem Button der Einstellung darunter.
recheck-ask = 🔎 Am { $date } hast du es bei { $platform } ausgeschaltet. Bitte sieh nach, ob es noch aus ist und ob daneben eine neue KI-Einstellung aufgetaucht ist: Manche Plattformen haben solche Einstellungen hinzugefügt, standardmäßig eingeschaltet, ohne es ihren Nutzern zu sagen. Das dauert eine Minute.
recheck-ask-undated = 🔎 Du hast es bei { $platform } ausgeschaltet. Bitte sieh nach, ob es noch aus ist und ob daneben eine neue KI-Einstellung aufgetaucht ist: Manche Plattformen haben solche Einstellungen hinzugefügt, standardmäßig eingeschaltet, ohne es ihren Nutzern zu sagen. Das dauert eine Minute.
btn-news-on = 🆕 Neuigkeiten erhalten
btn-news-off = 🔕 Keine Neuigkeiten mehr
news-on = 🆕 Ich sage dir Bescheid, wenn es einen neuen Weg gibt, zu widersprechen oder etwas abzuschalten. Sende /news noch einmal, um das zu beenden.
news-off = 🔕 Keine Neuigkeiten mehr von mir. Sende /news, um sie wieder einzuschalten.
# Die erste Zeile einer Ankündigung; Titel und Text der Kampagne folgen.
news-announce = 🆕 <b>Ein neuer Weg, zu widersprechen oder abzuschalten</b>
# Die Nachfrage einen Monat nach dem Abhaken eines Formulars ($date ist dieser Tag).
followup-ask =
    📬 Am { $date } hast du bei { $platform } widersprochen. Das Unternehmen muss dir innerhalb eines Monats nach Eingang mitteilen, was es auf deinen Widerspruch hin unternommen hat (oder dir noch innerhalb dieses Monats sagen, dass es bis zu zwei weitere Monate braucht).

    Hat es deinen Widerspruch bestätigt?
followup-ask-again = 📬 Noch einmal: Am { $date } hast du bei { $platform } widersprochen. Hat das Unternehmen ihn bestätigt?
btn-confirmed = ✅ Bestätigt
btn-later = ⏳ Noch nicht, frag später
btn-no-answer = ❌ Keine Antwort
followup-confirmed = ✅ Danke! Für { $platform } ist nichts mehr zu tun. Bewahre die Bestätigung auf.
followup-later = ⏳ Ich frage am <b>{ $date }</b> noch einmal nach.
followup-letter-intro = Schick das über dasselbe Formular oder an dieselbe Adresse wie beim ersten Mal, ergänze deine Angaben und bewahre eine Kopie auf:
# Das Nachfass-Schreiben: förmlich, ausgefüllt unter 1.000 Zeichen.
followup-letter =
    Betreff: Mein Widerspruch vom { $date } (Art. 21 DSGVO)

    Sehr geehrte Damen und Herren,

    am { $date } habe ich gemäß Art. 21 DSGVO der Verwendung meiner personenbezogenen Daten auf { $platform } zur Entwicklung und Verbesserung künstlicher Intelligenz widersprochen.

    Nach Art. 12 Abs. 3 DSGVO müssen Sie mich innerhalb eines Monats nach Eingang über die auf meinen Antrag hin ergriffenen Maßnahmen informieren. Eine Antwort habe ich nicht erhalten.

    Bitte bestätigen Sie mir unverzüglich, dass mein Widerspruch umgesetzt wurde. Andernfalls werde ich Beschwerde bei einer Datenschutzaufsichtsbehörde einlegen (Art. 77 DSGVO).

    Mit freundlichen Grüßen
    { "[" }Dein Name]
    { "[" }Die E-Mail-Adresse deines Kontos]
complain-where = Antwortet das Unternehmen weiterhin nicht, kannst du dich bei einer Datenschutzaufsichtsbehörde beschweren: in dem Land, in dem du lebst, in dem du arbeitest oder in dem der Verstoß stattfand. Welches Land?
btn-other-country = 🇪🇺 Anderes Land
complain-country = Welches Land? Wähle das, in dem du lebst, in dem du arbeitest oder in dem der Verstoß stattfand:
complain-land = In Deutschland gehen Beschwerden über Unternehmen an die Aufsichtsbehörde deines Bundeslandes. Welches?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Deine Behörde leitet die Beschwerde an die federführende Aufsichtsbehörde weiter (für Meta, LinkedIn, Google und X ist das die irische Data Protection Commission) und bleibt für dich zuständig.

    Bewahre als Nachweis auf: die Bestätigungs-E-Mail oder einen Screenshot des abgeschickten Formulars mit Datum, und das Nachfass-Schreiben, das du geschickt hast. Eine Beschwerde ist gegenüber dem Unternehmen nicht anonym, und viele Behörden nehmen sie nur in ihrer eigenen Sprache an.
complain-home-only = <i>Die Beschwerdeseite dieser Behörde konnte ich nicht bestätigen: Der Button öffnet ihre Startseite.</i>
btn-authority = 🏛 Seite der Behörde öffnen
