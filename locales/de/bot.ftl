## objection-bot: deutsche Texte.
## Telegram-HTML: nur <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & als &amp; und < als &lt; schreiben.
## Links und Daten stehen nie hier: Sie kommen aus der Kampagnendatei.

# Name der Sprache in dieser Sprache, auf der Tastatur von /language.
language-name = Deutsch

## Namen der Plattformen (Markennamen)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Widerspruchsschreiben
btn-remind = 🔔 Erinnere mich
btn-language = 🌐 Sprache
btn-share = 📣 Teilen
btn-menu = ↩️ Menü
btn-deadline = ⏳ Frist
btn-status = ✅ Meine Checkliste
btn-open-form = 📝 Offizielles { $platform }-Formular öffnen
# Formular-Button einer Plattform, deren Formular das Konto braucht: sagen, dass man sich anmeldet, falls die Seite fragt.
btn-open-form-login = 📝 Offizielles Formular (ggf. bei { $platform } anmelden)
btn-mark-done = ☑️ Ich habe bei { $platform } widersprochen
btn-mark-undone = ↩️ Bei { $platform } doch nicht erledigt

## /start
start-text =
    <b>Widersprich der Nutzung deiner Inhalte für Metas KI</b>

    Meta nutzt die öffentlichen Beiträge, Fotos, Bildunterschriften und Kommentare von Erwachsenen in der EU sowie alles, was man an Meta AI schickt, um seine künstliche Intelligenz zu trainieren. Die DSGVO (Artikel 21) gibt dir das Recht, dem zu widersprechen. Das dauert etwa zwei Minuten pro Plattform.

    { $deadline }

    Wähle eine Plattform, um die Schritte zu sehen:

## Stand der Frist. $date ist ein datetime-format, $left ein left-*-Wert.
deadline-before = ⏳ Meta beginnt am <b>{ $date }</b>, Inhalte zu nutzen. Verbleibende Zeit: <b>{ $left }</b>. Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird: Reichst du ihn vor diesem Datum ein, gilt er also schon, bevor das Training beginnt.
deadline-after = ℹ️ Meta trainiert seine KI seit dem <b>{ $date }</b> mit Inhalten. Du kannst trotzdem noch widersprechen: Dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst. Bereits genutzte Inhalte lassen sich aus schon trainierten Modellen nicht mehr herausnehmen.

## Schritte pro Plattform
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Kopiere das Schreiben unten (einmal antippen genügt) und füge es in das Feld <i>Begründung</i> des Formulars ein – oder in das WhatsApp-Formular, wenn dort nach einer Begründung gefragt wird.
letter-body =
    Sehr geehrte Damen und Herren,

    gemäß Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich hiermit der Verarbeitung meiner personenbezogenen Daten durch Meta und seine Partner zur Entwicklung und zum Training künstlicher Intelligenz. Dies betrifft meine Beiträge, Fotos, Bildunterschriften, Kommentare und alle sonstigen mit meinem Konto verbundenen Inhalte sowie meine Interaktionen mit Meta AI.

    Bitte bestätigen Sie mir gemäß Art. 12 Abs. 3 DSGVO innerhalb eines Monats schriftlich, dass mein Widerspruch erfasst wurde und umgesetzt wird.

    Mit freundlichen Grüßen

## /language
language-choose = Wähle die Sprache, die ich in diesem Chat verwenden soll:
language-set = Erledigt: Ich spreche hier ab jetzt Deutsch.

## /help
help-text =
    <b>Was ich kann</b>
    /facebook: die Schritte zum Widerspruch bei Facebook
    /instagram: die Schritte zum Widerspruch bei Instagram
    /whatsapp: die Schritte zum Widerspruch bei WhatsApp
    /template: ein Schreiben zum Einfügen in die Formulare
    /deadline: die Frist und der aktuelle Stand
    { $remind }
    /stop: keine Erinnerungen mehr
    /status: deine Checkliste und die nächste Erinnerung
    /language: Sprache ändern
    /share: ein Link zum Weitergeben
    /privacy: was ich über dich speichere
    /forget: alles löschen, was ich zu diesem Chat speichere

    Du kannst auch in jedem Chat @{ $bot } eingeben, um dort eine Karte zu posten.

# Die /remind-Zeile von help-text, solange noch Erinnerungen anstehen …
help-remind = /remind: Erinnerungen vor Ablauf der Frist
# … und wenn keine mehr ansteht (Frist vorbei oder keine Erinnerung mehr davor).
help-remind-none = /remind: warum es gerade keine Erinnerungen gibt

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
remind-after-deadline = Die Frist (<b>{ $date }</b>) ist abgelaufen, daher gibt es nichts mehr, woran ich dich erinnern könnte, aber du kannst jederzeit noch widersprechen, und dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst.
remind-nothing-left = Du hast alle drei Plattformen abgehakt, du brauchst also keine Erinnerung. Danke!
stop-done = 🔕 Erinnerungen sind aus. Sende /remind, um sie wieder einzuschalten.
stop-not-subscribed = Erinnerungen waren nicht an. Sende /remind, um sie einzuschalten.
reminder-text =
    🔔 <b>Erinnerung:</b> Noch { $left } bis zum Ablauf der Frist (<b>{ $date }</b>). Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird.

    Noch zu erledigen: { $platforms }.

    Tippe auf eine Plattform, um die Schritte zu sehen. Schon erledigt? Hake sie unter den Schritten ab, dann erinnere ich dich nicht mehr daran.
all-done-text = ✅ Du hast bei allen drei Plattformen widersprochen. Danke! Von mir kommen keine Erinnerungen mehr.

## /status
status-title = <b>Deine Checkliste</b>
status-done = ✅ { $platform }: widersprochen
status-open = ⬜ { $platform }: noch zu erledigen
status-subscribed = 🔔 Erinnerungen sind an. Nächste: <b>{ $when }</b>.
status-no-wave = 🔕 Es sind keine weiteren Erinnerungen geplant.
status-not-subscribed = 🔕 Erinnerungen sind aus. Sende /remind, um sie einzuschalten.
marked-done = Notiert: { $platform } erledigt.
marked-undone = Notiert: { $platform } noch zu erledigen.

## Gruppen
admin-only = Das kann nur ein Admin dieser Gruppe.
group-intro =
    Hallo! Ich zeige Menschen in der EU, wie sie der Nutzung ihrer Beiträge, Fotos und Kommentare für das Training von Metas KI widersprechen können.

    Alle hier können /facebook, /instagram, /whatsapp und /template nutzen.
# Wird an group-intro angehängt, solange noch Erinnerungen anstehen.
group-intro-remind = Ein Admin kann mit /remind Erinnerungen für die Gruppe einschalten.

## Teilen und Inline-Modus
share-text =
    Sag es weiter: Dieser Bot zeigt in deiner Sprache, wie du der Nutzung deiner Beiträge für das Training von Metas KI widersprichst.
    { $link }
inline-facebook-title = Bei Facebook widersprechen
inline-facebook-desc = Die Schritte und das offizielle Formular
inline-instagram-title = Bei Instagram widersprechen
inline-instagram-desc = Die Schritte und das offizielle Formular
inline-whatsapp-title = Bei WhatsApp widersprechen
inline-whatsapp-desc = Chats mit Meta AI: was genutzt wird, und ein Formular
inline-letter-title = Widerspruchsschreiben
inline-letter-desc = Ein fertiges Schreiben zum Einfügen in die Formulare
inline-deadline-title = Frist
inline-deadline-desc = Der aktuelle Stand und was ein Widerspruch jetzt bewirkt
# Wörter, die neben dem Titel eine Karte finden, wenn man sie nach @bot tippt (durch Leerzeichen getrennt).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = brief vorlage schreiben widerspruch muster text
inline-deadline-keywords = frist datum termin stichtag

## Befehlsmenü (jeweils höchstens 256 Zeichen)
cmd-start = Hier starten
cmd-facebook = Bei Facebook widersprechen
cmd-instagram = Bei Instagram widersprechen
cmd-whatsapp = WhatsApp und Meta AI
cmd-template = Ein Schreiben zum Einfügen in die Formulare
cmd-deadline = Die Frist und der aktuelle Stand
cmd-remind = Erinnerungen vor Ablauf der Frist
cmd-stop = Keine Erinnerungen mehr
cmd-status = Deine Checkliste
cmd-language = Sprache ändern
cmd-share = Ein Link zum Weitergeben
cmd-help = Alle Befehle
cmd-privacy = Was der Bot speichert
cmd-forget = Alles löschen, was zu diesem Chat gespeichert ist

## Bot-Profil: Beschreibung höchstens 512 Zeichen, Kurzbeschreibung höchstens 120.
bot-description = Meta trainiert seine KI mit den öffentlichen Beiträgen, Fotos und Kommentaren von Erwachsenen in der EU und mit dem, was Menschen an Meta AI schicken. Dieser Bot zeigt dir Schritt für Schritt und in deiner Sprache, wie du bei Facebook und Instagram widersprichst und was bei WhatsApp gilt, und gibt dir ein Schreiben zum Einfügen. Wenn eine Frist bevorsteht, kann er dich daran erinnern.
bot-short-description = Widersprich der Nutzung deiner Beiträge für Metas KI: die Schritte, die Formulare, ein Schreiben.
