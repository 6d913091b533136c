## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desmarca la casilla con la que X comparte tus datos para entrenar Grok
intro =
    X comparte con xAI tus publicaciones públicas, cómo interactúas con las publicaciones y tus chats con Grok, y xAI entrena Grok con ellos. Lo permite una casilla de la configuración, que está marcada mientras no la desmarques. Lleva un minuto.

## Where things stand (no `started`, so no $date).
standing = ✅ Puedes desmarcar la casilla en cualquier momento, y se aplica a partir de entonces; no depende de ninguna fecha. Según X, desmarcarla no impide que un modelo que ya está en uso siga aprendiendo con el uso normal. La autoridad irlandesa de protección de datos abrió en abril de 2025 una investigación sobre el entrenamiento de Grok con publicaciones de usuarios de la UE.

# When the setting is ticked off as unticked.
all-done = ✅ Marcado: la casilla de X está desmarcada. ¡Gracias!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pásalo: este bot explica, en tu idioma, cómo desmarcar la casilla con la que X comparte tus datos para entrenar Grok.
    { $link }
group-intro =
    ¡Hola! Explico a las personas de la UE cómo desmarcar la casilla con la que X comparte sus publicaciones y chats de Grok para entrenar Grok.

    Cualquiera aquí puede usar /x.
description = X comparte con xAI las publicaciones públicas y los chats con Grok para entrenar Grok, salvo que desmarques una casilla. Este bot te muestra, en tu idioma, dónde está esa casilla.
short-description = Desmarca la casilla con la que X comparte tus datos para entrenar Grok: dónde está.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X y Grok: situación actual
deadline-inline-desc = Qué hace la casilla y qué no puede hacer
deadline-keywords = x twitter grok situación

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Abrir el ajuste de Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: desmarca la casilla con la que X comparte tus datos para entrenar Grok
x-command = Desmarcar el uso de tus datos de X para Grok
x-inline-title = Desmarcar el uso de tus datos de X para Grok
x-inline-desc = El camino hasta la casilla y un paso más
x-keywords = x twitter grok xai
x-steps =
    <b>X: desmarca la casilla de Grok</b>

    <b>El camino</b> (en la app o en x.com): <i>Configuración y privacidad</i> → <i>Privacidad y seguridad</i> → <i>Compartir datos y personalización</i> → <i>Grok</i> (en inglés, <i>Grok &amp; Third-party Collaborators</i>) → desmarca la casilla que permite usar tus datos públicos y tus interacciones con Grok para el entrenamiento.

    <b>El botón de abajo</b> intenta abrir esa página directamente. Si no se abre, sigue el camino. Si la app no muestra el ajuste, usa x.com en un navegador.

    <b>Después:</b> no llega ninguna confirmación; la casilla queda desmarcada.

    <b>Un paso más:</b> <i>Proteger tus posts</i> (<i>Privacidad y seguridad</i> → <i>Audience and tagging</i>) hace que tus publicaciones solo las vean tus seguidores, de modo que dejan de ser públicas.

    <blockquote expandable><b>Conviene saber</b>
    • El anexo de privacidad de xAI para Europa (julio de 2026) incluye las publicaciones públicas de adultos en X entre los datos con los que entrena Grok, y dice que puedes oponerte en la configuración.
    • Desmarcarla se aplica a partir de entonces.</blockquote>
