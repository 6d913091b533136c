## objection-bot: textos en español.
## HTML de Telegram: solo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & se escribe &amp; y < se escribe &lt;.
## Los enlaces y las fechas nunca se escriben aquí: vienen del archivo de campaña.

# El nombre del idioma en el propio idioma, tal como aparece en el teclado de /language.
language-name = Español

## Nombres de las plataformas (marcas)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Fechas. $day, $year y $minute son números; $month es uno de month-1 … month-12.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-format = { $day } de { $month } de { $year }
# $date es un date-format, $time es HH:MM y $zone es UTC+02:00 o similar.
datetime-format = { $date }, { $time } ({ $zone })

## Tiempo restante, con formas de plural.
left-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
left-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
left-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## Botones (cortos: tienen que caber en un móvil)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Carta de oposición
btn-remind = 🔔 Recuérdamelo
btn-language = 🌐 Idioma
btn-share = 📣 Compartir
btn-menu = ↩️ Menú
btn-deadline = ⏳ Fecha límite
btn-status = ✅ Mi lista
btn-open-form = 📝 Abrir el formulario oficial de { $platform }
# Botón del formulario de una plataforma que pide su cuenta: decir que se inicie sesión si la página lo pide.
btn-open-form-login = 📝 Formulario oficial (inicia sesión en { $platform } si te lo pide)
btn-mark-done = ☑️ Ya me he opuesto en { $platform }
btn-mark-undone = ↩️ Al final no lo he hecho en { $platform }

## /start
start-text =
    <b>Oponte a que Meta use tu contenido para su IA</b>

    Meta usa las publicaciones, fotos, pies de foto y comentarios públicos de los adultos de la UE, y lo que la gente envía a Meta AI, para entrenar su inteligencia artificial. El RGPD (artículo 21) te da derecho a oponerte. Solo lleva un par de minutos por plataforma.

    { $deadline }

    Elige una plataforma para ver los pasos:

## Estado de la fecha límite. $date es un datetime-format, $left es un valor left-*.
deadline-before = ⏳ Meta empieza a usar contenidos el <b>{ $date }</b>. Tiempo restante: <b>{ $left }</b>. La oposición se aplica desde el día en que te opongas: si lo haces antes de esa fecha, se aplicará antes de que empiece el entrenamiento.
deadline-after = ℹ️ Meta entrena su IA con contenidos desde el <b>{ $date }</b>. Todavía puedes oponerte: la oposición se aplica desde el día en que te opongas. Lo que ya se ha usado no se puede retirar de los modelos ya entrenados.

## Pasos por plataforma
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Copia la carta de abajo (tócala para copiarla) y pégala en el campo <i>motivo</i> del formulario, o en el formulario de WhatsApp cuando te pida un motivo.
letter-body =
    Estimados señores:

    En virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos (RGPD), me opongo al tratamiento de mis datos personales por parte de Meta y sus socios para desarrollar y entrenar inteligencia artificial. Mi oposición abarca mis publicaciones, fotos, pies de foto, comentarios y cualquier otro contenido vinculado a mi cuenta, así como mis interacciones con Meta AI.

    Conforme al artículo 12, apartado 3, del RGPD, les ruego que me confirmen por escrito, en el plazo de un mes, que mi oposición ha quedado registrada y se está aplicando.

    Atentamente,

## /language
language-choose = Elige el idioma que debo usar en este chat:
language-set = Hecho: aquí hablaré en español.

## /help
help-text =
    <b>Lo que puedo hacer</b>
    /facebook: los pasos para oponerte en Facebook
    /instagram: los pasos para oponerte en Instagram
    /whatsapp: los pasos para oponerte en WhatsApp
    /template: una carta para pegar en los formularios
    /deadline: la fecha límite y cómo están las cosas
    { $remind }
    /stop: no más recordatorios
    /status: tu lista y el próximo recordatorio
    /language: cambiar el idioma
    /share: un enlace para compartir
    /privacy: lo que guardo sobre ti
    /forget: borrar todo lo que guardo sobre este chat

    También puedes escribir @{ $bot } en cualquier chat para publicar allí una tarjeta.

# La línea /remind de help-text: mientras queden recordatorios por delante…
help-remind = /remind: recordatorios antes de la fecha límite
# …y cuando no queda ninguno (la fecha límite ya pasó, o no hay recordatorio antes de ella).
help-remind-none = /remind: por qué ahora no hay recordatorios

## /privacy y /forget
privacy-text =
    <b>Qué guardo</b>
    • El número de este chat, el idioma que elegiste, si quieres recordatorios, qué plataformas has marcado como hechas y qué recordatorios se han enviado, para que nadie reciba uno dos veces.
    • Nada más: ni nombres, ni nombres de usuario, ni números de teléfono, ni el texto de los mensajes.

    <b>Durante cuánto tiempo</b>
    Hasta que envíes /forget, me bloquees o me saques del grupo. En ese momento se borra todo al instante.

    /forget borra ahora todo lo relativo a este chat.
forget-done = Hecho: he borrado todo lo que guardaba sobre este chat. Envía /start cuando quieras para empezar de nuevo.

## Todo lo demás
unknown-text = Solo entiendo comandos. Envía /help para verlos.
stale-button = Este botón ya no funciona. Envía /start para tener un menú actualizado.
error-text = Algo ha fallado por mi parte. Vuelve a intentarlo dentro de un minuto, por favor.

## Recordatorios
remind-on = 🔔 Recordatorios activados. Próximo recordatorio: <b>{ $when }</b>.
remind-no-wave = No queda ningún recordatorio antes de la fecha límite (<b>{ $date }</b>), así que el mejor momento para oponerte es ahora.
remind-already = 🔔 Los recordatorios ya están activados. Próximo recordatorio: <b>{ $when }</b>.
remind-after-deadline = La fecha límite (<b>{ $date }</b>) ya ha pasado, así que no hay nada que recordarte, pero puedes oponerte en cualquier momento y la oposición se aplicará desde el día en que te opongas.
remind-nothing-left = Has marcado las tres plataformas, así que no necesitas recordatorios. ¡Gracias!
stop-done = 🔕 Recordatorios desactivados. Envía /remind para volver a activarlos.
stop-not-subscribed = Los recordatorios no estaban activados. Envía /remind para activarlos.
reminder-text =
    🔔 <b>Recordatorio:</b> tienes { $left } antes de la fecha límite (<b>{ $date }</b>). La oposición se aplica desde el día en que te opongas.

    Pendiente: { $platforms }.

    Toca una plataforma para ver los pasos. ¿Ya lo has hecho? Márcala debajo de los pasos y dejaré de recordártelo.
all-done-text = ✅ Te has opuesto en las tres plataformas. ¡Gracias! No te enviaré más recordatorios.

## /status
status-title = <b>Tu lista</b>
status-done = ✅ { $platform }: oposición hecha
status-open = ⬜ { $platform }: pendiente
status-subscribed = 🔔 Recordatorios activados. Próximo: <b>{ $when }</b>.
status-no-wave = 🔕 No hay más recordatorios previstos.
status-not-subscribed = 🔕 Recordatorios desactivados. Envía /remind para activarlos.
marked-done = Anotado: { $platform } hecho.
marked-undone = Anotado: { $platform } pendiente.

## Grupos
admin-only = Solo un administrador de este grupo puede hacer eso.
group-intro =
    ¡Hola! Explico a las personas de la UE cómo oponerse a que Meta use sus publicaciones, fotos y comentarios para entrenar su IA.

    Cualquiera aquí puede usar /facebook, /instagram, /whatsapp y /template.
# Se añade a group-intro mientras queden recordatorios por delante.
group-intro-remind = Un administrador puede activar los recordatorios para el grupo con /remind.

## Compartir y modo inline
share-text =
    Pásalo: este bot explica, en tu idioma, cómo oponerte a que Meta use tus publicaciones para entrenar su IA.
    { $link }
inline-facebook-title = Oponerse en Facebook
inline-facebook-desc = Los pasos y el formulario oficial
inline-instagram-title = Oponerse en Instagram
inline-instagram-desc = Los pasos y el formulario oficial
inline-whatsapp-title = Oponerse en WhatsApp
inline-whatsapp-desc = Chats con Meta AI: qué se usa y un formulario
inline-letter-title = Carta de oposición
inline-letter-desc = Una carta lista para pegar en los formularios
inline-deadline-title = Fecha límite
inline-deadline-desc = Cómo están las cosas y qué hace hoy una oposición
# Palabras, además del título, que encuentran una tarjeta al escribirlas después de @bot (separadas por espacios).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = carta plantilla modelo oposición
inline-deadline-keywords = plazo fecha límite tiempo

## Menú de comandos (256 caracteres como máximo cada uno)
cmd-start = Empieza aquí
cmd-facebook = Oponerse en Facebook
cmd-instagram = Oponerse en Instagram
cmd-whatsapp = WhatsApp y Meta AI
cmd-template = Una carta para pegar en los formularios
cmd-deadline = La fecha límite y cómo están las cosas
cmd-remind = Recordatorios antes de la fecha límite
cmd-stop = No más recordatorios
cmd-status = Tu lista
cmd-language = Cambiar el idioma
cmd-share = Un enlace para compartir
cmd-help = Todos los comandos
cmd-privacy = Qué guarda el bot
cmd-forget = Borrar todo lo guardado sobre este chat

## Perfil del bot: descripción de 512 caracteres como máximo, descripción corta de 120 como máximo.
bot-description = Meta entrena su IA con las publicaciones, fotos y comentarios públicos de los adultos de la UE, y con lo que la gente envía a Meta AI. Este bot te muestra, paso a paso y en tu idioma, cómo oponerte en Facebook e Instagram y qué ocurre con WhatsApp, y te da una carta para pegar. Cuando se acerca una fecha límite, puede recordártela.
bot-short-description = Oponte a que Meta use tus publicaciones para su IA: los pasos, los formularios, una carta.
