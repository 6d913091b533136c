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
    /news: avisos cuando aparezca una nueva forma de oponerse
    /forget: borrar todo lo que guardo de este chat

    También puedes escribir @{ $bot } en cualquier chat para publicar allí una tarjeta.

## /privacy y /forget
privacy-text =
    <b>Qué guardo</b>
    • El número de este chat, su idioma, si quieres recordatorios o novedades, qué plataformas has marcado como hechas y en qué día, y qué recordatorios, seguimientos y comprobaciones están pendientes o se han enviado, para que nadie reciba uno dos veces.
    • Por qué el día: un mes después de que marques un formulario, te pregunto una sola vez si la empresa te lo ha confirmado. Una comprobación de un ajuste solo se guarda si la pides.
    • Nada más: ni nombres, ni nombres de usuario, ni números de teléfono, ni el texto de los mensajes. El país que eliges para encontrar una autoridad no se guarda.

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
# /stop cuando también estaban activados seguimientos, comprobaciones o novedades: todo termina.
stop-all = 🔕 Hecho: no recibirás más recordatorios, seguimientos ni novedades de mi parte. Con /start vuelves a ver las plataformas.

## /status
status-title = <b>Tu lista</b>
status-done = ✅ { $platform }: hecho
status-open = ⬜ { $platform }: pendiente
status-subscribed = 🔔 Recordatorios activados. Próximo: <b>{ $when }</b>.
status-no-wave = 🔕 No hay más recordatorios previstos.
status-not-subscribed = 🔕 Recordatorios desactivados. Envía /remind para activarlos.
# El aviso cuando se marca un formulario; $after es un plazo como «30 días».
marked-done-followup = Anotado: { $platform } hecho. Dentro de { $after } te preguntaré si te han confirmado la oposición.
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
cmd-news = Avisos cuando aparezca una nueva forma de oponerse

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

## Después de marcar: seguimientos, dónde reclamar, comprobaciones y novedades.
# El mensaje bajo un ajuste marcado como desactivado; ofrece una comprobación (btn-recheck).
setting-thanks = ✅ Anotado: desactivado en { $platform }. ¡Gracias! Algunas plataformas han añadido nuevos ajustes de IA, activados por defecto, sin avisar a sus usuarios, así que puedo recordarte que lo compruebes.
# $after es un plazo como «180 días».
btn-recheck = 🔔 Recuérdamelo en { $after }
recheck-on = 🔔 El <b>{ $date }</b> te recordaré que compruebes que sigue desactivado en { $platform }.
# La comprobación en sí, con el botón del ajuste debajo.
recheck-ask = 🔎 El { $date } lo desactivaste en { $platform }. Comprueba, por favor, que sigue desactivado y si ha aparecido a su lado un nuevo ajuste de IA: algunas plataformas han añadido ajustes así, activados por defecto, sin avisar a sus usuarios. Lleva un minuto.
recheck-ask-undated = 🔎 Lo desactivaste en { $platform }. Comprueba, por favor, que sigue desactivado y si ha aparecido a su lado un nuevo ajuste de IA: algunas plataformas han añadido ajustes así, activados por defecto, sin avisar a sus usuarios. Lleva un minuto.
btn-news-on = 🆕 Avisarme de novedades
btn-news-off = 🔕 No más novedades
news-on = 🆕 Te avisaré cuando aparezca una nueva forma de oponerte o de desactivarlo. Envía /news otra vez para dejar de recibir avisos.
news-off = 🔕 No más novedades de mi parte. Envía /news para volver a activarlas.
# La primera línea de un anuncio; siguen el título y la presentación de la campaña.
news-announce = 🆕 <b>Una nueva forma de oponerte o de desactivarlo</b>
# El seguimiento, un mes después de marcar un formulario ($date es ese día).
followup-ask =
    📬 El { $date } te opusiste en { $platform }. La empresa tiene que informarte de lo que ha hecho con tu oposición en el plazo de un mes desde que la recibió (o, dentro de ese mes, decirte que necesita hasta dos meses más).

    ¿Te la ha confirmado?
followup-ask-again = 📬 Te lo pregunto otra vez: el { $date } te opusiste en { $platform }. ¿Te ha confirmado la empresa tu oposición?
btn-confirmed = ✅ Confirmada
btn-later = ⏳ Aún no, pregúntame luego
btn-no-answer = ❌ Sin respuesta
followup-confirmed = ✅ ¡Gracias! No tienes que hacer nada más en { $platform }. Guarda la confirmación.
followup-later = ⏳ Te lo volveré a preguntar el <b>{ $date }</b>.
followup-letter-intro = Envía esto por el mismo formulario o a la misma dirección que usaste, completa tus datos y guarda una copia:
# La carta de seguimiento: formal, menos de 1000 caracteres una vez completada.
followup-letter =
    Asunto: Mi oposición del { $date } (artículo 21 del RGPD)

    Estimados señores:

    El { $date } me opuse, en virtud del artículo 21 del RGPD, al uso de mis datos personales en { $platform } para desarrollar y mejorar la inteligencia artificial.

    Conforme al artículo 12, apartado 3, del RGPD, deben informarme de las actuaciones realizadas en relación con mi solicitud en el plazo de un mes a partir de su recepción. No he recibido ninguna respuesta.

    Les ruego que me confirmen sin demora que mi oposición se ha aplicado. De lo contrario, presentaré una reclamación ante una autoridad de protección de datos (artículo 77 del RGPD).

    Atentamente,
    { "[" }Tu nombre]
    { "[" }La dirección de correo electrónico de tu cuenta]
complain-where = Si la empresa sigue sin responder, puedes presentar una reclamación ante una autoridad de protección de datos: la del país donde vives, donde trabajas o donde se produjo la infracción. ¿Qué país?
btn-other-country = 🇪🇺 Otro país
complain-country = ¿Qué país? Elige aquel donde vives, donde trabajas o donde se produjo la infracción:
complain-land = En Alemania, las reclamaciones contra empresas van a la autoridad de tu Land (estado federado). ¿Cuál?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Tu autoridad remite la reclamación a la autoridad de control principal (para Meta, LinkedIn, Google y X, la Data Protection Commission de Irlanda) y sigue siendo tu interlocutora.

    Guarda como prueba: el correo de confirmación o una captura de pantalla del formulario enviado con su fecha, y el escrito de seguimiento que enviaste. Una reclamación no es anónima frente a la empresa, y muchas autoridades solo la aceptan en su propio idioma.
complain-home-only = <i>No he podido confirmar la página de reclamaciones de esta autoridad: el botón abre su página de inicio.</i>
btn-authority = 🏛 Página de la autoridad
