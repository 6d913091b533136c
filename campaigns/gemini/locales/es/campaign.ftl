## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desactiva el uso de tus chats de Gemini por Google para entrenar IA
intro =
    Mientras el ajuste de actividad (<i>Keep Activity</i>) esté activado, Google usa lo que escribes, subes y compartes en Gemini para mejorar sus productos y entrenar sus modelos de IA, y revisores humanos leen una muestra. Desactivarlo lleva un minuto; el RGPD también te da derecho a oponerte.

## Where things stand (no `started`, so no $date).
standing = ✅ Puedes desactivar el ajuste de actividad (<i>Keep Activity</i>) en cualquier momento, y se aplica a partir de entonces; no depende de ninguna fecha. Con el ajuste desactivado, Google dice que guarda los chats nuevos 72 horas y no los usa para entrenar, salvo que le envíes comentarios.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Para la solicitud de oposición RGPD de Google (el segundo botón de /gemini): copia la carta de abajo (tócala para copiarla) y pégala donde el formulario te pida describir tu solicitud. El párrafo que da un motivo es opcional: déjalo, escribe el tuyo o bórralo.
letter-body =
    Estimados señores:

    En virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos (RGPD), me opongo, por motivos relacionados con mi situación particular, a que Google trate mis conversaciones con Gemini, los archivos que subo y el contenido que comparto con las aplicaciones de Gemini para desarrollar y entrenar modelos de inteligencia artificial.

    Uso Gemini para mis propios fines y no le he dado este contenido para entrenar IA; quiero decidir yo cómo se utiliza.

    Conforme al artículo 12, apartado 3, del RGPD, les ruego que me confirmen por escrito, dentro de un mes, que mi oposición ha quedado registrada y se está aplicando.

    Atentamente,

# When the setting is ticked off as turned off.
all-done = ✅ Marcado: el ajuste de actividad de Gemini está desactivado. ¡Gracias!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pásalo: este bot explica, en tu idioma, cómo desactivar el uso de tus chats de Gemini por Google para entrenar IA.
    { $link }
group-intro =
    ¡Hola! Explico a las personas de la UE cómo desactivar el uso de sus chats de Gemini por Google para entrenar IA, y cómo oponerse a ello.

    Cualquiera aquí puede usar /gemini y /template.
description = Mientras el ajuste de actividad (Keep Activity) esté activado, Google entrena sus modelos de IA con los chats de Gemini. Este bot te muestra, en tu idioma, cómo desactivarlo y cómo oponerte según el RGPD, con una carta para pegar.
short-description = Desactiva el uso de tus chats de Gemini por Google para entrenar IA: el ajuste y una carta.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposición a Google
letter-inline-desc = Una carta lista para la solicitud de oposición RGPD de Google
letter-keywords = carta plantilla modelo google gemini
deadline-inline-title = Gemini y el entrenamiento de IA: situación actual
deadline-inline-desc = Qué hace el ajuste y qué pasa con tus chats
deadline-keywords = gemini google situación

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Abrir actividad de Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Oposición RGPD
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: desactiva el entrenamiento de IA de Google con tus chats de Gemini
gemini-command = Desactivar el entrenamiento de IA con tus chats de Gemini
gemini-inline-title = Desactivar el entrenamiento de IA en Gemini
gemini-inline-desc = El ajuste y la solicitud de oposición de Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: desactiva el ajuste de actividad (<i>Keep Activity</i>)</b>

    <b>Lo más rápido:</b> toca <i>Abrir actividad de Gemini</i> aquí abajo, inicia sesión en Google si te lo pide y desactiva el ajuste de actividad (<i>Keep Activity</i>; puede que aún se llame <i>Actividad en las Aplicaciones de Gemini</i>). También puedes elegir desactivarlo y borrar tu actividad.

    <b>En la app de Gemini:</b> tu foto de perfil → <i>Actividad en las Aplicaciones de Gemini</i> o <i>Keep Activity</i> → desactívalo.
    <b>En el ordenador:</b> gemini.google.com → <i>Configuración y ayuda</i> → <i>Actividad</i> → desactívalo.

    <b>Después:</b> no llega ninguna confirmación; la página muestra el ajuste desactivado.

    <blockquote expandable><b>Conviene saber</b>
    • Con el ajuste desactivado, Google dice que guarda los chats nuevos 72 horas y no los usa para entrenar, salvo que le envíes comentarios. Los chats temporales tampoco se usan.
    • Se aplica a partir de entonces.
    • También puedes oponerte según el RGPD: el segundo botón abre el formulario de solicitudes legales de Google (en la app: debajo de una respuesta, <i>Más</i> → <i>Informar de un problema legal</i>). Te pide describir el tratamiento: /template te da una carta.
    • Google dijo en noviembre de 2025 que no usa el contenido de Gmail para entrenar Gemini.</blockquote>
