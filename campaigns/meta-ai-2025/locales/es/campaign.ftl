## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oponte a que Meta use tu contenido para su IA
intro =
    Meta usa las publicaciones, fotos, pies de foto y comentarios públicos de los adultos de la UE, y lo que la gente envía a Meta AI, para entrenar su inteligencia artificial. El RGPD (artículo 21) te da derecho a oponerte. Solo lleva un par de minutos por plataforma.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta empieza a usar contenidos el <b>{ $date }</b>. Tiempo restante: <b>{ $left }</b>. La oposición se aplica desde el día en que te opongas: si lo haces antes de esa fecha, se aplicará antes de que empiece el entrenamiento.
deadline-after = ℹ️ Meta entrena su IA con contenidos desde el <b>{ $date }</b>. Todavía puedes oponerte: la oposición se aplica desde el día en que te opongas. Lo que ya se ha usado no se puede retirar de los modelos ya entrenados.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copia la carta de abajo (tócala para copiarla) y pégala en el campo <i>motivo</i> del formulario, o en el formulario de WhatsApp cuando te pida un motivo.
letter-body =
    Estimados señores:

    En virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos (RGPD), me opongo al tratamiento de mis datos personales por parte de Meta y sus socios para desarrollar y entrenar inteligencia artificial. Mi oposición abarca mis publicaciones, fotos, pies de foto, comentarios y cualquier otro contenido vinculado a mi cuenta, así como mis interacciones con Meta AI.

    Conforme al artículo 12, apartado 3, del RGPD, les ruego que me confirmen por escrito, en el plazo de un mes, que mi oposición ha quedado registrada y se está aplicando.

    Atentamente,

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Recordatorio:</b> tienes { $left } antes de la fecha límite (<b>{ $date }</b>). La oposición se aplica desde el día en que te opongas.

    Pendiente: { $platforms }.

    Toca una plataforma para ver los pasos. ¿Ya lo has hecho? Márcala debajo de los pasos y dejaré de recordártelo.
# When every platform of this campaign is ticked off.
all-done = ✅ Te has opuesto en las tres plataformas. ¡Gracias! No te enviaré más recordatorios.
nothing-left = Has marcado las tres plataformas, así que no necesitas recordatorios. ¡Gracias!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pásalo: este bot explica, en tu idioma, cómo oponerte a que Meta use tus publicaciones para entrenar su IA.
    { $link }
group-intro =
    ¡Hola! Explico a las personas de la UE cómo oponerse a que Meta use sus publicaciones, fotos y comentarios para entrenar su IA.

    Cualquiera aquí puede usar /facebook, /instagram, /whatsapp y /template.
description = Meta entrena su IA con las publicaciones, fotos y comentarios públicos de los adultos de la UE, y con lo que la gente envía a Meta AI. Este bot te muestra, paso a paso y en tu idioma, cómo oponerte en Facebook e Instagram y qué ocurre con WhatsApp, y te da una carta para pegar. Cuando se acerca una fecha límite, puede recordártela.
short-description = Oponte a que Meta use tus publicaciones para su IA: los pasos, los formularios, una carta.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposición
letter-inline-desc = Una carta lista para pegar en los formularios
letter-keywords = carta plantilla modelo oposición
deadline-inline-title = Fecha límite
deadline-inline-desc = Cómo están las cosas y qué hace hoy una oposición
deadline-keywords = plazo fecha límite tiempo

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formulario oficial (inicia sesión en Facebook si te lo pide)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: los pasos para oponerte en Facebook
facebook-command = Oponerse en Facebook
facebook-inline-title = Oponerse en Facebook
facebook-inline-desc = Los pasos y el formulario oficial
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Oponerse en Facebook</b>

    <b>Lo más rápido:</b> toca el botón de abajo para abrir el formulario oficial de Meta. Si la página te lo pide, inicia sesión primero en Facebook.

    <b>En la app:</b>
    1. Abre el menú y ve a <i>Configuración y privacidad</i> → <i>Centro de privacidad</i>.
    2. Abre <i>Temas de privacidad</i> → <i>IA en Meta</i>.
    3. Elige la opción para enviar una solicitud de oposición.
    4. Escribe la dirección de correo electrónico de tu cuenta. El campo del motivo es opcional: déjalo vacío o pega la carta de /template.
    5. Envía el formulario.

    <b>Después:</b> Meta lo confirma por correo electrónico o en pantalla. Guarda esa confirmación.

    <b>Conviene saber</b>
    • No hace falta dar ningún motivo.
    • Una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas. Una cuenta que no esté vinculada, o que use otra dirección de correo, necesita su propia oposición.
    • Las páginas de Facebook no pueden oponerse con este formulario, solo las cuentas personales.
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formulario oficial (inicia sesión en Instagram si te lo pide)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: los pasos para oponerte en Instagram
instagram-command = Oponerse en Instagram
instagram-inline-title = Oponerse en Instagram
instagram-inline-desc = Los pasos y el formulario oficial
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Oponerse en Instagram</b>

    <b>Lo más rápido:</b> toca el botón de abajo para abrir el formulario oficial de Meta. Si la página te lo pide, inicia sesión primero en Instagram.

    <b>En la app:</b>
    1. Ve a tu perfil y toca el menú ☰ (<i>Configuración y actividad</i>).
    2. Busca <i>Centro de privacidad</i> en ese menú (en algunas versiones está en <i>Información</i> → <i>Política de privacidad</i>).
    3. Busca el enlace sobre el derecho de oposición y abre el formulario.
    4. Escribe la dirección de correo electrónico de tu cuenta. El campo del motivo es opcional: déjalo vacío o pega la carta de /template.
    5. Envía el formulario.

    <b>Después:</b> Meta lo confirma por correo electrónico o en pantalla. Guarda esa confirmación.

    <b>Conviene saber</b>
    • No hace falta dar ningún motivo.
    • Una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas, incluida la de Facebook. Las cuentas que no estén vinculadas necesitan su propia oposición.
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Abrir el formulario oficial de WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: los pasos para oponerte en WhatsApp
whatsapp-command = WhatsApp y Meta AI
whatsapp-inline-title = Oponerse en WhatsApp
whatsapp-inline-desc = Chats con Meta AI: qué se usa y un formulario
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp y Meta AI</b>

    Tus chats privados están cifrados de extremo a extremo y <b>no</b> se usan para entrenar la IA. Lo que envías a Meta AI (el círculo azul y rosa de la app, o @Meta AI cuando se le llama en un chat de grupo) no está cifrado de extremo a extremo y puede usarse.

    • Meta AI no se puede desactivar en WhatsApp; solo puedes dejarlo sin usar.
    • En junio de 2025, Meta dijo que, por ahora, no usa los chats de WhatsApp con Meta AI para el entrenamiento.
    • La app no tiene ningún ajuste de oposición, y las organizaciones de consumidores señalan que WhatsApp no tiene una vía de oposición oficial propia para esto.

    <b>La protección más segura:</b> no enviar nada a Meta AI.

    <b>Por precaución, un formulario web:</b>
    1. Toca el botón de abajo (o ve a whatsapp.com → el apartado legal, al pie de la página → el formulario sobre los derechos de los interesados, tenga el nombre que tenga ahora).
    2. Elige las opciones para oponerte al uso de tus datos.
    3. Escribe tu número de teléfono con el prefijo del país y tu dirección de correo electrónico.
    4. Si te pide un motivo, pega la carta de /template.
    5. Envía el formulario. WhatsApp responde por correo electrónico; guarda esa respuesta.
