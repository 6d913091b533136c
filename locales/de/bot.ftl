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
    /forget: alles löschen, was ich zu diesem Chat speichere

    Du kannst auch in jedem Chat @{ $bot } eingeben, um dort eine Karte zu posten.

## /privacy und /forget
privacy-text =
    <b>Was ich speichere</b>
    • Die Nummer dieses Chats, die gewählte Sprache, ob du Erinnerungen möchtest, welche Plattformen du abgehakt hast und welche Erinnerungen schon verschickt wurden, damit niemand eine doppelt bekommt.
    • Sonst nichts: keine Namen, keine Benutzernamen, keine Telefonnummern, keine Nachrichtentexte.

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

## /status
status-title = <b>Deine Checkliste</b>
status-done = ✅ { $platform }: erledigt
status-open = ⬜ { $platform }: noch zu erledigen
status-subscribed = 🔔 Erinnerungen sind an. Nächste: <b>{ $when }</b>.
status-no-wave = 🔕 Es sind keine weiteren Erinnerungen geplant.
status-not-subscribed = 🔕 Erinnerungen sind aus. Sende /remind, um sie einzuschalten.
marked-done = Notiert: { $platform } erledigt.
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
