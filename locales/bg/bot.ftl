## objection-bot: български текстове.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Български

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12 (as in "27 май 2025 г.").
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
date-format = { $day } { $month } { $year } г.
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date }, { $time } ч. ({ $zone })

## Time left, with plural forms ("Оставащо време: 3 дни", "имате още 1 час").
left-days = { $count ->
    [one] { $count } ден
   *[other] { $count } дни
}
left-hours = { $count ->
    [one] { $count } час
   *[other] { $count } часа
}
left-minutes = { $count ->
    [one] { $count } минута
   *[other] { $count } минути
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Писмо с възражение
btn-remind = 🔔 Напомни ми
btn-language = 🌐 Език
btn-share = 📣 Сподели
btn-menu = ↩️ Меню
btn-deadline = ⏳ Краен срок
btn-status = ✅ Моят списък
btn-mark-done = ☑️ Подадох възражение: { $platform }
btn-mark-undone = ↩️ Все пак не е направено: { $platform }

## /start
start-text =
    { $campaigns }

    Изберете платформа, за да видите стъпките:

## /template
letter-pick = Кое писмо ви трябва? Изберете кампания:

## /language
language-choose = Изберете на какъв език да ви пиша в този чат:
language-set = Готово: тук ще говоря на български.

## /help
help-text =
    <b>Какво мога</b>
    { $platforms }
    /template: писмо, което да поставите във формулярите
    /deadline: крайният срок и текущото положение
    { $remind }
    /stop: без повече напомняния
    /status: вашият списък и следващото напомняне
    /language: смяна на езика
    /share: връзка, която да споделите
    /privacy: какво съхранявам за вас
    /forget: изтриване на всичко, което съхранявам за този чат

    Можете също да напишете @{ $bot } във всеки чат, за да публикувате там картичка.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: напомняния преди крайния срок
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: защо сега няма напомняния

## /privacy and /forget
privacy-text =
    <b>Какво съхранявам</b>
    • Номерът на този чат, избраният от вас език, дали искате напомняния, кои платформи сте отметнали и кои напомняния са изпратени, за да не получи никой едно и също два пъти.
    • Нищо друго: никакви имена, потребителски имена, телефонни номера или текст на съобщения.

    <b>Колко дълго</b>
    Докато не изпратите /forget, не ме блокирате или не ме премахнете от групата. Тогава всичко се изтрива веднага.

    /forget изтрива всичко за този чат още сега.
forget-done = Готово: всичко, което съхранявах за този чат, е изтрито. Изпратете /start по всяко време, за да започнете отначало.

## Anything else
unknown-text = Разбирам само команди. Изпратете /help, за да ги видите.
stale-button = Този бутон вече не работи. Изпратете /start за ново меню.
error-text = Възникна проблем от моя страна. Моля, опитайте отново след минута.

## Reminders
remind-on = 🔔 Напомнянията са включени. Следващо напомняне: <b>{ $when }</b>.
remind-no-wave = До крайния срок (<b>{ $date }</b>) не остава нито едно напомняне, така че най-добрият момент да възразите е сега.
remind-already = 🔔 Напомнянията вече са включени. Следващо напомняне: <b>{ $when }</b>.
remind-after-deadline = Крайният срок (<b>{ $date }</b>) изтече, така че няма за какво да ви напомням, но можете да възразите по всяко време и възражението ви ще важи от деня, в който го подадете.
stop-done = 🔕 Напомнянията са изключени. Изпратете /remind, за да ги включите отново.
stop-not-subscribed = Напомнянията не бяха включени. Изпратете /remind, за да ги включите.

## /status
status-title = <b>Вашият списък</b>
status-done = ✅ { $platform }: възражението е подадено
status-open = ⬜ { $platform }: предстои
status-subscribed = 🔔 Напомнянията са включени. Следващо: <b>{ $when }</b>.
status-no-wave = 🔕 Не са планирани повече напомняния.
status-not-subscribed = 🔕 Напомнянията са изключени. Изпратете /remind, за да ги включите.
marked-done = Отбелязано: { $platform } – готово.
marked-undone = Отбелязано: { $platform } – предстои.

## Groups
admin-only = Само администратор на тази група може да направи това.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Администратор може да включи напомняния за групата с /remind.

## Command menu (each at most 256 characters)
cmd-start = Започнете оттук
cmd-template = Писмо за поставяне във формулярите
cmd-deadline = Крайният срок и текущото положение
cmd-remind = Напомняния преди крайния срок
cmd-stop = Без повече напомняния
cmd-status = Вашият списък
cmd-language = Смяна на езика
cmd-share = Връзка за споделяне
cmd-help = Всички команди
cmd-privacy = Какво съхранява ботът
cmd-forget = Изтриване на всичко, съхранено за този чат
