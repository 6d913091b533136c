## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oponte a que Meta use tu contenido para entrenar su IA
intro =
    Meta entrena su inteligencia artificial con las publicaciones, fotos, pies de foto y comentarios públicos de los adultos de la UE, y con lo que la gente envía a Meta AI. El RGPD (artículo 21) te reconoce el derecho a oponerte. Te llevará un par de minutos por plataforma.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Puedes oponerte en cualquier momento, y tu oposición se aplica desde el día en que la presentes. Meta entrena su IA con las publicaciones, fotos y comentarios públicos de los adultos, y con los chats con Meta AI, desde el <b>{ $date }</b>; su política de privacidad para la UE de julio de 2026 sigue recogiendo ese uso. Lo que ya se usó no se puede sacar de los modelos entrenados.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta empieza a usar contenidos el <b>{ $date }</b>. Tiempo restante: <b>{ $left }</b>. Una oposición se aplica desde el día en que se presenta, así que, si la presentas antes de esa fecha, se aplicará antes de que empiece el entrenamiento.
deadline-after = ✅ Todavía puedes oponerte: tu oposición se aplica desde el día en que la presentes. Meta entrena su IA con contenidos desde el <b>{ $date }</b>; lo que ya se usó no se puede sacar de los modelos entrenados.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Recordatorio:</b> te quedan { $left } hasta el <b>{ $date }</b>. Una oposición se aplica desde el día en que se presenta.

    Pendiente: { $platforms }.

    Toca una plataforma para ver los pasos. ¿Ya lo has hecho? Márcala debajo de los pasos y dejaré de recordártela.
nothing-left = Has marcado las tres plataformas, así que no necesitas ningún recordatorio. ¡Gracias!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copia la carta de abajo (tócala para copiarla) y pégala en el campo <i>motivo</i> del formulario, o en el formulario de WhatsApp cuando te pregunte por qué. El párrafo que da un motivo es opcional: déjalo, escribe el tuyo o bórralo.
letter-body =
    Estimados señores:

    En virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos (RGPD), me opongo, por motivos relacionados con mi situación particular, al tratamiento de mis datos personales por parte de Meta y sus socios para desarrollar y entrenar inteligencia artificial. Esto abarca mis publicaciones, fotos, pies de foto, comentarios y cualquier otro contenido vinculado a mi cuenta, así como mis interacciones con Meta AI.

    No he compartido este contenido pensando que se usaría para entrenar IA, y quiero decidir yo cómo se utiliza.

    Conforme al artículo 12, apartado 3, del RGPD, les ruego que me confirmen por escrito, dentro de un mes, que mi oposición ha quedado registrada y se está aplicando.

    Atentamente,

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram y WhatsApp están todos marcados. ¡Gracias!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pásalo: este bot explica, en tu idioma, cómo oponerte a que Meta use tus publicaciones para entrenar su IA.
    { $link }
group-intro =
    ¡Hola! Explico a las personas de la UE cómo oponerse a que Meta use sus publicaciones, fotos y comentarios para entrenar su IA.

    Cualquiera aquí puede usar /facebook, /instagram, /whatsapp y /template.
description = Meta entrena su IA con las publicaciones, fotos y comentarios públicos de los adultos de la UE, y con lo que la gente envía a Meta AI. Este bot te muestra, paso a paso y en tu idioma, cómo oponerte en Facebook e Instagram y qué pasa con WhatsApp, y te da una carta para pegar.
short-description = Oponte a que Meta use tus publicaciones para entrenar su IA: los pasos, los formularios, una carta.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposición a Meta
letter-inline-desc = Una carta lista para pegar en los formularios de Meta
letter-keywords = carta plantilla modelo oposición meta
deadline-inline-title = Meta AI: situación actual
deadline-inline-desc = Desde cuándo Meta entrena con contenidos y qué consigue hoy una oposición
deadline-keywords = meta situación desde fecha

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Formulario oficial
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Página de Meta sobre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: los pasos para oponerte en Facebook
facebook-command = Oponerse en Facebook
facebook-inline-title = Oponerse en Facebook
facebook-inline-desc = Los pasos y el formulario oficial
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Oponerse en Facebook</b>

    <b>Lo más rápido:</b> toca <i>Formulario oficial</i> aquí abajo. Si la página te lo pide, inicia sesión en Facebook ahí. ¿No tienes la sesión iniciada en ese navegador? Abre el enlace en tu navegador habitual (⋯ → <i>Abrir en el navegador</i>) o sigue los pasos en la app.
    En el formulario, escribe el correo electrónico de tu cuenta; el campo del motivo es opcional (déjalo vacío o pega la carta de /template). Luego envíalo.

    <b>Después:</b> Meta lo confirma por correo electrónico o en pantalla. Guarda esa confirmación.

    <blockquote expandable><b>En la app</b>
    1. Abre el menú y ve a <i>Configuración y privacidad</i> → <i>Centro de privacidad</i>.
    2. Abre <i>Temas de privacidad</i> (a veces tras tocar <i>Menú</i>) → <i>IA en Meta</i>.
    3. Elige la opción para enviar una solicitud de oposición.
    4. Escribe el correo electrónico de tu cuenta. El campo del motivo es opcional.
    5. Envía el formulario.</blockquote>

    <blockquote expandable><b>Conviene saber</b>
    • No hace falta dar ningún motivo.
    • Una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas. Una cuenta sin vincular, o con otro correo electrónico, necesita su propia oposición.
    • Las páginas de Facebook no pueden oponerse con este formulario; solo las cuentas personales.
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.
    • Meta ha cambiado de sitio algunos de sus formularios de contacto. Si el formulario no se abre, el segundo botón lleva a la página de Meta sobre IA generativa, que enlaza con el derecho de oposición.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Formulario oficial
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Página de Meta sobre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: los pasos para oponerte en Instagram
instagram-command = Oponerse en Instagram
instagram-inline-title = Oponerse en Instagram
instagram-inline-desc = Los pasos y el formulario oficial
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Oponerse en Instagram</b>

    <b>Lo más rápido:</b> toca <i>Formulario oficial</i> aquí abajo. Si la página te lo pide, inicia sesión en Instagram ahí. ¿No tienes la sesión iniciada en ese navegador? Abre el enlace en tu navegador habitual (⋯ → <i>Abrir en el navegador</i>) o sigue los pasos en la app.
    Si el formulario pregunta si tu solicitud trata sobre la IA en Meta, elige <b>Sí</b>. Escribe el correo electrónico de tu cuenta; el campo del motivo es opcional (déjalo vacío o pega la carta de /template). Luego envíalo.

    <b>Después:</b> Meta lo confirma por correo electrónico o en pantalla. Guarda esa confirmación.

    <blockquote expandable><b>En la app</b>
    1. Ve a tu perfil y toca el menú ☰ (<i>Configuración y actividad</i>).
    2. Busca <i>Centro de privacidad</i> en ese menú (en algunas versiones, en <i>Información</i> → <i>Política de privacidad</i>).
    3. Busca el enlace sobre el derecho de oposición y abre el formulario.
    4. Si pregunta si tu solicitud trata sobre la IA en Meta, elige <i>Sí</i>.
    5. Escribe el correo electrónico de tu cuenta. El campo del motivo es opcional.
    6. Envía el formulario.</blockquote>

    <blockquote expandable><b>Conviene saber</b>
    • No hace falta dar ningún motivo.
    • Una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas, Facebook incluido. Las cuentas sin vincular necesitan su propia oposición.
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.
    • Meta ha cambiado de sitio algunos de sus formularios de contacto. Si el formulario no se abre, el segundo botón lleva a la página de Meta sobre IA generativa, que enlaza con el derecho de oposición.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formulario de WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: hecho
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp y Meta AI: qué se usa y un formulario por precaución
whatsapp-command = WhatsApp y Meta AI
whatsapp-inline-title = WhatsApp y Meta AI
whatsapp-inline-desc = Qué se usa y un formulario por precaución
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp y Meta AI</b>

    WhatsApp no tiene ningún interruptor ni ajuste de oposición propio para Meta AI. <b>La protección más segura: no enviar nada a Meta AI.</b>
    • En un grupo, cualquier miembro puede llamar a @Meta AI. La <i>privacidad avanzada del chat</i> (toca el nombre del chat) puede impedir que los miembros usen Meta AI en ese chat. Las fuentes no coinciden en esto, así que comprueba que tu app lo ofrece.

    <b>Qué se usa:</b> tus chats privados están cifrados de extremo a extremo y <b>no</b> se usan para entrenar la IA. Lo que envías a Meta AI (el círculo azul y rosa, o @Meta AI llamado en un grupo) no está cifrado de extremo a extremo y puede usarse. Meta AI no se puede desactivar en WhatsApp; solo puedes no usarlo. En junio de 2025, Meta dijo que en ese momento no usaba los chats de WhatsApp con Meta AI para el entrenamiento.

    <b>Por precaución, un formulario web.</b> La política de privacidad de WhatsApp remite a él para las oposiciones en general; no es un interruptor de la IA, y las organizaciones de consumidores señalan que WhatsApp no tiene una vía de oposición oficial propia para la IA.
    1. Toca el botón de abajo (o busca el formulario sobre los derechos de los interesados entre los enlaces legales de whatsapp.com).
    2. Elige la opción para oponerte al tratamiento de tu información.
    3. Escribe tu número de teléfono con el prefijo del país y tu correo electrónico.
    4. Si te pregunta por qué, pega la carta de /template.
    5. Envía el formulario. WhatsApp responde por correo electrónico; guarda esa respuesta.
