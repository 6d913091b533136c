## objection-bot: textos en español.
## HTML de Telegram: solo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & se escribe &amp; y < se escribe &lt;.
## Los enlaces y las fechas nunca se escriben aquí: vienen del archivo de campaña.

# El nombre del idioma en el propio idioma, tal como aparece en el teclado de /language.
language-name = Español

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
btn-letter = ✍️ Carta de oposición
btn-remind = 🔔 Recuérdamelo
btn-language = 🌐 Idioma
btn-share = 📣 Compartir
btn-menu = ↩️ Menú
btn-deadline = ⏳ Fecha límite
btn-status = ✅ Mi lista
btn-mark-done = ☑️ Ya me he opuesto en { $platform }
btn-mark-undone = ↩️ Al final no lo he hecho en { $platform }

## /start
start-text =
    { $campaigns }

    Elige una plataforma para ver los pasos:

## /template
letter-pick = ¿Qué carta necesitas? Elige una campaña:

## /language
language-choose = Elige el idioma que debo usar en este chat:
language-set = Hecho: aquí hablaré en español.

## /help
help-text =
    <b>Lo que puedo hacer</b>
    { $platforms }
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
stop-done = 🔕 Recordatorios desactivados. Envía /remind para volver a activarlos.
stop-not-subscribed = Los recordatorios no estaban activados. Envía /remind para activarlos.

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
# Se añade a group-intro mientras queden recordatorios por delante.
group-intro-remind = Un administrador puede activar los recordatorios para el grupo con /remind.

## Menú de comandos (256 caracteres como máximo cada uno)
cmd-start = Empieza aquí
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
