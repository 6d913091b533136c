## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Widersprich der Nutzung deiner Inhalte für das Training von Metas KI
intro =
    Meta trainiert seine künstliche Intelligenz mit den öffentlichen Beiträgen, Fotos, Bildunterschriften und Kommentaren von Erwachsenen in der EU und mit dem, was man an Meta AI schickt. Nach der DSGVO (Artikel 21) darfst du dem widersprechen. Pro Plattform brauchst du dafür etwa zwei Minuten.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Du kannst jederzeit widersprechen; dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst. Seit dem <b>{ $date }</b> trainiert Meta seine KI mit öffentlichen Beiträgen, Fotos und Kommentaren von Erwachsenen und mit Chats mit Meta AI; auch Metas EU-Datenschutzrichtlinie vom Juli 2026 nennt diese Nutzung noch. Was schon verwendet wurde, lässt sich aus fertig trainierten Modellen nicht mehr herausholen.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Ab dem <b>{ $date }</b> nutzt Meta Inhalte. Es bleiben noch <b>{ $left }</b>. Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird: Reichst du ihn vorher ein, gilt er schon, bevor das Training beginnt.
deadline-after = ✅ Du kannst weiterhin widersprechen: Dein Widerspruch gilt ab dem Tag, an dem du ihn einreichst. Meta trainiert seine KI seit dem <b>{ $date }</b> mit Inhalten; was schon verwendet wurde, lässt sich aus fertig trainierten Modellen nicht mehr herausholen.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Erinnerung:</b> Noch { $left } bis zum <b>{ $date }</b>. Ein Widerspruch gilt ab dem Tag, an dem er eingereicht wird.

    Noch offen: { $platforms }.

    Tippe auf eine Plattform, um die Schritte zu sehen. Schon erledigt? Hake sie unter den Schritten ab, dann erinnere ich dich nicht mehr daran.
nothing-left = Du hast alle drei Plattformen abgehakt, eine Erinnerung brauchst du also nicht. Danke!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiere das Schreiben unten (antippen genügt) und füge es in das Feld <i>Begründung</i> des Formulars ein – oder ins WhatsApp-Formular, wenn es nach einem Grund fragt. Der Absatz mit der Begründung ist freiwillig: Lass ihn stehen, schreib deinen eigenen oder lösche ihn.
letter-body =
    Sehr geehrte Damen und Herren,

    gemäß Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich aus Gründen, die sich aus meiner besonderen Situation ergeben, der Verarbeitung meiner personenbezogenen Daten durch Meta und seine Partner zur Entwicklung und zum Training künstlicher Intelligenz. Das betrifft meine Beiträge, Fotos, Bildunterschriften, Kommentare und alle weiteren mit meinem Konto verknüpften Inhalte sowie meine Interaktionen mit Meta AI.

    Ich habe diese Inhalte nicht in der Erwartung geteilt, dass sie zum Training von KI genutzt werden, und möchte selbst bestimmen, wie sie verwendet werden.

    Bitte bestätigen Sie mir gemäß Art. 12 Abs. 3 DSGVO innerhalb eines Monats schriftlich, dass mein Widerspruch erfasst wurde und umgesetzt wird.

    Mit freundlichen Grüßen

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram und WhatsApp sind alle abgehakt. Danke!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sag es weiter: Dieser Bot zeigt dir in deiner Sprache, wie du widersprichst, wenn Meta deine Beiträge für das Training seiner KI nutzt.
    { $link }
group-intro =
    Hallo! Ich zeige Menschen in der EU, wie sie widersprechen können, wenn Meta ihre Beiträge, Fotos und Kommentare für das Training seiner KI nutzt.

    Alle hier können /facebook, /instagram, /whatsapp und /template verwenden.
description = Meta trainiert seine KI mit den öffentlichen Beiträgen, Fotos und Kommentaren von Erwachsenen in der EU und mit dem, was Menschen an Meta AI schicken. Dieser Bot zeigt dir Schritt für Schritt und in deiner Sprache, wie du bei Facebook und Instagram widersprichst und was bei WhatsApp gilt, und gibt dir ein Schreiben zum Einfügen.
short-description = Widersprich der Nutzung deiner Beiträge für das Training von Metas KI: Schritte, Formulare, ein Schreiben.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Widerspruchsschreiben an Meta
letter-inline-desc = Ein fertiges Schreiben für die Formulare von Meta
letter-keywords = brief vorlage schreiben widerspruch muster meta
deadline-inline-title = Meta AI: aktueller Stand
deadline-inline-desc = Seit wann Meta mit Inhalten trainiert und was ein Widerspruch jetzt bewirkt
deadline-keywords = meta stand seit datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Offizielles Formular
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metas Seite zu KI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: die Schritte zum Widerspruch bei Facebook
facebook-command = Bei Facebook widersprechen
facebook-inline-title = Bei Facebook widersprechen
facebook-inline-desc = Die Schritte und das offizielle Formular
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Bei Facebook widersprechen</b>

    <b>Am schnellsten:</b> Tippe unten auf <i>Offizielles Formular</i>. Falls die Seite es verlangt, melde dich dort bei Facebook an. In diesem Browser nicht angemeldet? Öffne den Link in deinem gewohnten Browser (⋯ → <i>Im Browser öffnen</i>) oder folge den Schritten in der App.
    Gib im Formular die E-Mail-Adresse deines Kontos ein; das Feld für die Begründung ist freiwillig (leer lassen oder das Schreiben aus /template einfügen). Dann absenden.

    <b>Danach:</b> Meta bestätigt per E-Mail oder auf dem Bildschirm. Heb diese Bestätigung auf.

    <blockquote expandable><b>In der App</b>
    1. Öffne das Menü und gehe zu <i>Einstellungen und Privatsphäre</i> → <i>Datenschutzcenter</i>.
    2. Öffne <i>Datenschutzthemen</i> → <i>KI bei Meta</i>.
    3. Wähle <i>Widerspruchsanfrage einreichen</i>.
    4. Gib die E-Mail-Adresse deines Kontos ein. Die Begründung ist freiwillig.
    5. Sende das Formular ab.</blockquote>

    <blockquote expandable><b>Gut zu wissen</b>
    • Eine Begründung brauchst du nicht.
    • Ein Widerspruch gilt für alle Konten, die in derselben Kontenübersicht verknüpft sind. Ein nicht verknüpftes Konto oder eines mit anderer E-Mail-Adresse braucht einen eigenen Widerspruch.
    • Facebook-Seiten können über dieses Formular nicht widersprechen, nur persönliche Konten.
    • Schon 2024 widersprochen? Mach es sicherheitshalber noch einmal.
    • Meta hat einige Kontaktformulare verlegt. Öffnet sich das Formular nicht, führt der zweite Button zu Metas Seite über generative KI, die auf das Widerspruchsrecht verlinkt.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Offizielles Formular
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metas Seite zu KI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: die Schritte zum Widerspruch bei Instagram
instagram-command = Bei Instagram widersprechen
instagram-inline-title = Bei Instagram widersprechen
instagram-inline-desc = Die Schritte und das offizielle Formular
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Bei Instagram widersprechen</b>

    <b>Am schnellsten:</b> Tippe unten auf <i>Offizielles Formular</i>. Falls die Seite es verlangt, melde dich dort bei Instagram an. In diesem Browser nicht angemeldet? Öffne den Link in deinem gewohnten Browser (⋯ → <i>Im Browser öffnen</i>) oder folge den Schritten in der App.
    Fragt das Formular, ob sich deine Anfrage auf KI bei Meta bezieht, wähle <b>Ja</b>. Gib die E-Mail-Adresse deines Kontos ein; das Feld für die Begründung ist freiwillig (leer lassen oder das Schreiben aus /template einfügen). Dann absenden.

    <b>Danach:</b> Meta bestätigt per E-Mail oder auf dem Bildschirm. Heb diese Bestätigung auf.

    <blockquote expandable><b>In der App</b>
    1. Gehe zu deinem Profil und tippe auf das Menü ☰ (<i>Einstellungen und Aktivitäten</i>).
    2. Such in diesem Menü das <i>Datenschutzcenter</i> (in manchen Versionen unter <i>Info</i> → <i>Datenschutzrichtlinie</i>).
    3. Such nach <i>Widerspruchsrecht</i> und öffne das Formular.
    4. Fragt es, ob sich deine Anfrage auf KI bei Meta bezieht, wähle <i>Ja</i>.
    5. Gib die E-Mail-Adresse deines Kontos ein. Die Begründung ist freiwillig.
    6. Sende das Formular ab.</blockquote>

    <blockquote expandable><b>Gut zu wissen</b>
    • Eine Begründung brauchst du nicht.
    • Ein Widerspruch gilt für alle Konten, die in derselben Kontenübersicht verknüpft sind, Facebook eingeschlossen. Nicht verknüpfte Konten brauchen einen eigenen Widerspruch.
    • Schon 2024 widersprochen? Mach es sicherheitshalber noch einmal.
    • Meta hat einige Kontaktformulare verlegt. Öffnet sich das Formular nicht, führt der zweite Button zu Metas Seite über generative KI, die auf das Widerspruchsrecht verlinkt.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApp-Formular
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: erledigt
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp und Meta AI: was genutzt wird, und ein Formular zur Vorsicht
whatsapp-command = WhatsApp und Meta AI
whatsapp-inline-title = WhatsApp und Meta AI
whatsapp-inline-desc = Was genutzt wird, und ein Formular zur Vorsicht
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp und Meta AI</b>

    WhatsApp hat für Meta AI weder einen Schalter noch eine eigene Widerspruchs-Einstellung. <b>Der sicherste Schutz: Schick nichts an Meta AI.</b>
    • In einer Gruppe kann jedes Mitglied @Meta AI aufrufen. Mit <i>Erweiterter Chat-Datenschutz</i> (auf den Namen des Chats tippen) lässt sich verhindern, dass Mitglieder Meta AI in diesem Chat nutzen. Die Quellen widersprechen sich hier, prüfe also, ob deine App das anbietet.

    <b>Was genutzt wird:</b> Deine privaten Chats sind Ende-zu-Ende-verschlüsselt und werden <b>nicht</b> für das KI-Training verwendet. Was du an Meta AI schickst (der blau-rosa Kreis oder @Meta AI in einer Gruppe), ist nicht Ende-zu-Ende-verschlüsselt und kann verwendet werden. Abschalten lässt sich Meta AI in WhatsApp nicht, nur ungenutzt lassen. Im Juni 2025 erklärte Meta, WhatsApp-Chats mit Meta AI damals nicht für das Training zu nutzen.

    <b>Zur Vorsicht ein Webformular.</b> Die Datenschutzrichtlinie von WhatsApp verweist allgemein für Widersprüche darauf; ein KI-Schalter ist es nicht, und laut Verbraucherzentralen hat WhatsApp kein eigenes offizielles Widerspruchsverfahren für KI.
    1. Tippe unten auf den Button (oder such auf whatsapp.com bei den rechtlichen Hinweisen das Formular zu den Rechten betroffener Personen).
    2. Wähle die Option, mit der du der Verarbeitung deiner Daten widersprichst.
    3. Gib deine Telefonnummer mit Ländervorwahl und deine E-Mail-Adresse ein.
    4. Fragt es nach einem Grund, füge das Schreiben aus /template ein.
    5. Sende das Formular ab. WhatsApp antwortet per E-Mail; heb diese Antwort auf.
