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
btn-mark-done = ☑️ Ya me he opuesto en { $platform }
btn-mark-undone = ↩️ Al final no lo he hecho en { $platform }

## /start
start-text =
    <b>Mantén tu contenido fuera de la IA de Meta</b>

    Meta usa las publicaciones, fotos, pies de foto y comentarios públicos de los adultos de la UE, y lo que la gente envía a Meta AI, para entrenar su inteligencia artificial. El RGPD (artículo 21) te da derecho a oponerte. Solo lleva un par de minutos por plataforma.

    { $deadline }

    Elige una plataforma para ver los pasos:

## Estado de la fecha límite. $date es un datetime-format, $left es un valor left-*.
deadline-before = ⏳ Meta empieza a usar tu contenido el <b>{ $date }</b>. Tiempo restante: <b>{ $left }</b>. Si te opones antes de esa fecha, tus publicaciones actuales quedan fuera del entrenamiento.
deadline-after = ℹ️ Meta entrena su IA con contenidos desde el <b>{ $date }</b>. Todavía puedes oponerte: la oposición cuenta desde el día en que la presentas, así que lo que publiques a partir de entonces queda fuera. Lo que ya se ha usado no se puede recuperar.

## Pasos por plataforma
facebook-text =
    <b>Oponerse en Facebook</b>

    <b>Lo más rápido:</b> toca el botón de abajo para abrir el formulario oficial de Meta, con la sesión de tu cuenta ya iniciada.

    <b>En la app:</b>
    1. Abre el menú y ve a <i>Configuración y privacidad</i> → <i>Centro de privacidad</i>.
    2. Abre <i>Temas de privacidad</i> → <i>IA en Meta</i>.
    3. Elige <i>Enviar una solicitud de objeción</i>.
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

    <b>Lo más rápido:</b> toca el botón de abajo para abrir el formulario oficial de Meta, con la sesión de tu cuenta ya iniciada.

    <b>En la app:</b>
    1. Ve a tu perfil y toca el menú ☰.
    2. Abre <i>Configuración y privacidad</i> → <i>Centro de privacidad</i> (o <i>Información</i> → <i>Política de privacidad</i>).
    3. Busca <i>Derecho a oponerte</i> y abre el formulario.
    4. Escribe la dirección de correo electrónico de tu cuenta. El campo del motivo es opcional: déjalo vacío o pega la carta de /template.
    5. Envía el formulario.

    <b>Después:</b> Meta lo confirma por correo electrónico o en pantalla. Guarda esa confirmación.

    <b>Conviene saber</b>
    • No hace falta dar ningún motivo.
    • Una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas, incluida la de Facebook. Las cuentas que no estén vinculadas necesitan su propia oposición.
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.
whatsapp-text =
    <b>Oponerse en WhatsApp</b>

    Tus chats privados <b>no</b> se usan para entrenar la IA. Lo que sí puede usarse es lo que envías a Meta AI (el círculo azul y rosa de la app).

    <b>Cómo:</b> en la app no hay ningún ajuste para esto; la oposición se hace con un formulario web.
    1. Toca el botón de abajo (o ve a whatsapp.com → <i>Legal</i> → el formulario <i>Derechos de los interesados</i>).
    2. Elige las opciones para oponerte al uso de tus datos para la IA.
    3. Escribe tu número de teléfono con el prefijo del país y tu dirección de correo electrónico.
    4. Si te pide un motivo, pega la carta de /template.
    5. Envía el formulario.

    <b>Después:</b> WhatsApp responde por correo electrónico. Guarda esa respuesta.

    <b>Conviene saber</b>
    • ¿Te opusiste en 2024? Vuelve a hacerlo, por si acaso.

## /template
letter-intro = Copia la carta de abajo (tócala para copiarla) y pégala en el campo <i>motivo</i> del formulario, o en el formulario de WhatsApp cuando te pida un motivo.
letter-body =
    Buenos días:

    En virtud del artículo 21 del Reglamento General de Protección de Datos (RGPD), me opongo al tratamiento de mis datos personales para el desarrollo y el entrenamiento de inteligencia artificial por parte de Meta y sus socios. Esta oposición abarca mis publicaciones, fotos, comentarios y cualquier otro dato personal o público vinculado a mi cuenta.

    Les ruego que me confirmen por escrito que mi oposición ha quedado registrada y se está aplicando.

    Gracias.

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
    /remind: recordatorios antes de la fecha límite
    /stop: no más recordatorios
    /status: tu lista y el próximo recordatorio
    /language: cambiar el idioma
    /share: un enlace para compartir
    /privacy: lo que guardo sobre ti
    /forget: borrar todo lo que guardo sobre este chat

    También puedes escribir @{ $bot } en cualquier chat para publicar allí una tarjeta.

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
remind-on-no-wave = 🔔 Recordatorios activados, pero ya no queda ningún recordatorio antes de la fecha límite (<b>{ $date }</b>). Mejor hazlo ahora.
remind-already = 🔔 Los recordatorios ya están activados. Próximo recordatorio: <b>{ $when }</b>.
remind-after-deadline = La fecha límite (<b>{ $date }</b>) ya ha pasado, así que no queda nada que recordarte. Oponerse sigue valiendo la pena: protege lo que publiques desde el día en que lo hagas.
remind-nothing-left = Has marcado las tres plataformas, así que no necesitas recordatorios. ¡Gracias!
stop-done = 🔕 Recordatorios desactivados. Envía /remind para volver a activarlos.
stop-not-subscribed = Los recordatorios no estaban activados. Envía /remind para activarlos.
reminder-text =
    🔔 <b>Recordatorio:</b> tienes { $left } para oponerte antes de que Meta use tu contenido (<b>{ $date }</b>).

    Pendiente: { $platforms }.

    Toca una plataforma para ver los pasos. ¿Ya lo has hecho? Márcala debajo de los pasos y dejaré de recordártelo.
all-done-text = ✅ Te has opuesto en las tres plataformas. ¡Gracias! No te enviaré más recordatorios.

## /status
status-title = <b>Tu lista</b>
status-done = ✅ { $platform }: oposición hecha
status-open = ⬜ { $platform }: pendiente
status-subscribed = 🔔 Recordatorios activados. Próximo: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Recordatorios activados; no queda ninguno antes de la fecha límite.
status-not-subscribed = 🔕 Recordatorios desactivados. Envía /remind para activarlos.
marked-done = Anotado: { $platform } hecho.
marked-undone = Anotado: { $platform } pendiente.

## Grupos
admin-only = Solo un administrador de este grupo puede hacer eso.
group-intro =
    ¡Hola! Ayudo a las personas de la UE a impedir que Meta entrene su IA con sus publicaciones, fotos y comentarios.

    Cualquiera aquí puede usar /facebook, /instagram, /whatsapp y /template. Un administrador puede activar los recordatorios para el grupo con /remind.

## Compartir y modo inline
share-text =
    Pásalo: este bot explica, en tu idioma, cómo impedir que Meta entrene su IA con tus publicaciones.
    { $link }
inline-facebook-title = Oponerse en Facebook
inline-facebook-desc = Los pasos y el formulario oficial
inline-instagram-title = Oponerse en Instagram
inline-instagram-desc = Los pasos y el formulario oficial
inline-whatsapp-title = Oponerse en WhatsApp
inline-whatsapp-desc = Chats con Meta AI: los pasos y el formulario
inline-letter-title = Carta de oposición
inline-letter-desc = Una carta lista para pegar en los formularios
inline-deadline-title = Fecha límite
inline-deadline-desc = Cómo están las cosas y por qué aún vale la pena
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
cmd-whatsapp = Oponerse en WhatsApp (Meta AI)
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
bot-description = Meta entrena su IA con las publicaciones, fotos y comentarios públicos de los adultos de la UE. Este bot te muestra, paso a paso y en tu idioma, cómo oponerte en Facebook, Instagram y WhatsApp, te da una carta para pegar y te avisa antes de la fecha límite.
bot-short-description = Impide que Meta entrene su IA con tus publicaciones: los pasos, los formularios, una carta.
