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
btn-letter = ✍️ Carta
btn-remind = 🔔 Recuérdamelo
btn-language = 🌐 Idioma
btn-share = 📣 Compartir
btn-menu = ↩️ Menú
btn-deadline = ℹ️ Situación actual
btn-status = ✅ Mi lista
# El botón para marcar bajo una plataforma con formulario…
btn-mark-done = ☑️ Me he opuesto en { $platform }
btn-mark-undone = ↩️ Al final no lo he hecho en { $platform }
btn-stop = 🔕 Parar recordatorios
btn-tick-in-private = ☑️ Marcarlo en privado

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
    /deadline: situación actual
    { $reminders }/status: tu lista
    /language: cambiar el idioma
    /share: un enlace para compartir
    /privacy: qué guardo sobre ti
    /forget: borrar todo lo que guardo de este chat

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
remind-no-wave = No queda ningún recordatorio antes de la fecha límite (<b>{ $date }</b>), así que el mejor momento para oponerte es ahora.
remind-already = 🔔 Los recordatorios ya están activados. Próximo recordatorio: <b>{ $when }</b>.
remind-after-deadline = Todavía puedes oponerte en cualquier momento, y tu oposición se aplica desde el día en que la presentes. No hay nada que recordarte, porque esa fecha (<b>{ $date }</b>) ya ha pasado.
stop-done = 🔕 Recordatorios desactivados. Envía /remind para volver a activarlos.
stop-not-subscribed = Los recordatorios no estaban activados. Envía /remind para activarlos.

## /status
status-title = <b>Tu lista</b>
status-done = ✅ { $platform }: hecho
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
cmd-deadline = Situación actual
cmd-remind = Recordatorios antes de la fecha límite
cmd-stop = No más recordatorios
cmd-status = Tu lista
cmd-language = Cambiar el idioma
cmd-share = Un enlace para compartir
cmd-help = Todos los comandos
cmd-privacy = Qué guarda el bot
cmd-forget = Borrar todo lo guardado sobre este chat

## Issue 17: new messages
# …y bajo una plataforma con ajuste: dice que está desactivado.
btn-mark-done-setting = ☑️ Desactivado en { $platform }

start-intro =
    <b>Tus datos y su IA</b>
    Varias grandes plataformas entrenan IA con lo que la gente de la UE publica o le pregunta a su IA. En cada una puedes oponerte o desactivarlo: lleva un minuto o dos y se aplica desde el día en que lo haces.

# Las líneas /remind y /stop de help-text, solo mientras quede un recordatorio por delante.
help-reminders =
    /remind: recordatorios antes de una fecha fijada
    /stop: no más recordatorios

# /remind cuando ninguna campaña tiene una fecha por delante.
remind-none = Puedes oponerte o desactivarlo en cualquier momento, y se aplica desde el día en que lo haces. No hay ninguna fecha por delante, así que no hay nada que recordarte.

# /stop cuando no queda ningún recordatorio por delante (sin mencionar /remind).
stop-none = 🔕 No hay recordatorios previstos, así que no hay nada que desactivar.

# El aviso cuando se marca una plataforma con ajuste.
marked-done-setting = Anotado: desactivado en { $platform }.

checked-line = <i>🗓 Pasos comprobados el { $date }. Si la pantalla se ve distinta, puede que la app haya cambiado: busca las mismas palabras cerca.</i>

# Lo mismo, para una plataforma con un segundo botón de enlace.
checked-line-help = <i>🗓 Pasos comprobados el { $date }. Si la pantalla se ve distinta o el primer enlace no se abre, el segundo botón lleva a la página de la propia plataforma.</i>

profile-description = Varias plataformas entrenan IA con lo que la gente de la UE publica o le pregunta a su IA. Este bot te muestra, paso a paso y en tu idioma, cómo oponerte o desactivarlo en cada una, y te da una carta cuando un formulario la pide.

profile-short-description = Oponte al entrenamiento de IA con tus datos, plataforma por plataforma: los pasos, los enlaces, una carta.

share-several =
    Pásalo: este bot explica, en tu idioma, cómo oponerte al entrenamiento de IA con tus datos, plataforma por plataforma.
    { $link }

# $commands son los comandos de las plataformas, como /facebook /linkedin.
group-intro-several =
    ¡Hola! Explico a las personas de la UE cómo oponerse al entrenamiento de IA con sus datos, plataforma por plataforma.

    Cualquiera aquí puede usar { $commands } y /template.
