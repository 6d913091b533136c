## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desactiva el uso de tus datos por LinkedIn para entrenar IA
intro =
    LinkedIn usa los perfiles, publicaciones y comentarios de sus miembros de la UE, y sus chats con las funciones de IA, para entrenar una IA que redacta contenido. Los mensajes privados no se usan. Un ajuste, activado mientras no lo desactives, te permite excluirte; lleva un minuto.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Puedes desactivarlo en cualquier momento, y se aplica a partir de entonces. LinkedIn usa los datos de sus miembros de la UE para entrenar IA desde el <b>{ $date }</b>; los modelos ya entrenados no cambian.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Marcado: el ajuste de LinkedIn está desactivado. ¡Gracias!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pásalo: este bot explica, en tu idioma, cómo desactivar el uso de tus datos por LinkedIn para entrenar IA.
    { $link }
group-intro =
    ¡Hola! Explico a las personas de la UE cómo desactivar el uso de su perfil y sus publicaciones por LinkedIn para entrenar IA.

    Cualquiera aquí puede usar /linkedin.
description = LinkedIn usa los perfiles, publicaciones y chats con sus funciones de IA de sus miembros de la UE para entrenar una IA que redacta contenido. Este bot te muestra, en tu idioma, dónde está el ajuste y cómo desactivarlo.
short-description = Desactiva el uso de tus datos por LinkedIn para entrenar IA: dónde está el ajuste.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn y la IA: situación actual
deadline-inline-desc = Desde cuándo LinkedIn entrena con datos de sus miembros y qué hace el ajuste
deadline-keywords = linkedin situación desde

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Abrir el ajuste
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Oposición, otros usos
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: desactiva el entrenamiento de IA de LinkedIn con tus datos
linkedin-command = Desactivar el entrenamiento de IA de LinkedIn
linkedin-inline-title = Desactivar el entrenamiento de IA de LinkedIn
linkedin-inline-desc = Dónde está el ajuste, en el móvil y en el ordenador
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Desactivar el entrenamiento de IA de LinkedIn</b>

    <b>Lo más rápido:</b> toca <i>Abrir el ajuste</i> aquí abajo e inicia sesión en LinkedIn si te lo pide. En la página <i>Datos para mejorar la IA generativa</i>, desactiva el interruptor.

    <b>En el móvil:</b> tu foto de perfil → <i>Preferencias</i> → <i>Privacidad de datos</i> → <i>Datos para mejorar la IA generativa</i> → desactívalo.
    <b>En el ordenador:</b> <i>Yo</i> → <i>Preferencias y privacidad</i> → <i>Privacidad de datos</i> → <i>Datos para mejorar la IA generativa</i> → desactívalo.

    <b>Después:</b> no llega ninguna confirmación. Recarga la página: el interruptor debería aparecer desactivado.

    <blockquote expandable><b>Conviene saber</b>
    • Qué se usa: tu perfil (nombre, foto, cargos, formación, aptitudes, validaciones), tus publicaciones, artículos, comentarios y encuestas, tu actividad en grupos, los currículums guardados y las respuestas a preguntas de selección, y tus chats con las funciones de IA de LinkedIn. Los mensajes privados no se usan.
    • El interruptor se aplica a partir de entonces; los modelos ya entrenados no cambian.
    • La autoridad neerlandesa de protección de datos advirtió que pueden usarse datos que se remontan a 2003.
    • Para otros usos de tus datos (por ejemplo, IA de confianza y seguridad o mejora de productos), el aviso de privacidad de LinkedIn ofrece un formulario de oposición: es el segundo botón.</blockquote>
