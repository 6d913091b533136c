## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Изключете използването на чатовете ви с Gemini от Google за обучение на ИИ
intro =
    Докато настройката за активност (<i>Keep Activity</i>) е включена, Google използва това, което пишете, качвате и споделяте в Gemini, за да подобрява продуктите си и да обучава своите модели на ИИ, а рецензенти хора четат извадка. Изключването отнема минута; ОРЗД ви дава и право на възражение.

## Where things stand (no `started`, so no $date).
standing = ✅ Можете да изключите настройката за активност (<i>Keep Activity</i>) по всяко време и това важи оттам нататък; не зависи от никаква дата. Когато е изключена, Google заявява, че пази новите чатове 72 часа и не ги използва за обучение, освен ако не изпратите отзив.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = За искането за възражение по ОРЗД до Google (вторият бутон под /gemini): копирайте писмото по-долу (докоснете го, за да се копира) и го поставете там, където формулярът ви моли да опишете искането си. Абзацът с причина не е задължителен: запазете го, напишете свой или го изтрийте.
letter-body =
    Уважаеми госпожи и господа,

    На основание член 21, параграф 1 от Общия регламент относно защитата на данните (ОРЗД) възразявам, по причини, свързани с моята конкретна ситуация, срещу обработването от Google на разговорите ми с Gemini, на файловете, които качвам, и на съдържанието, което споделям с приложенията на Gemini, за разработване и обучение на модели на изкуствен интелект.

    Използвам Gemini за собствени цели, а не за да се обучава ИИ с това съдържание; искам да запазя контрол върху това как се използва.

    Съгласно член 12, параграф 3 от ОРЗД Ви моля да потвърдите писмено в рамките на един месец, че възражението ми е регистрирано и се прилага.

    С уважение

# When the setting is ticked off as turned off.
all-done = ✅ Отметнато: настройката за активност на Gemini е изключена. Благодаря!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Предайте нататък: този бот показва на вашия език как да изключите използването на чатовете ви с Gemini от Google за обучение на ИИ.
    { $link }
group-intro =
    Здравейте! Показвам на хората в ЕС как да изключат използването на чатовете им с Gemini от Google за обучение на ИИ и как да възразят.

    Всеки тук може да използва /gemini и /template.
description = Докато настройката за активност (Keep Activity) е включена, Google обучава своите модели на ИИ с чатовете в Gemini. Този бот ви показва на вашия език как да я изключите и как да възразите по ОРЗД, с готово писмо за поставяне.
short-description = Изключете използването на чатовете ви с Gemini за обучение на ИИ: настройката и писмо.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Писмо с възражение до Google
letter-inline-desc = Готово писмо за искането за възражение по ОРЗД до Google
letter-keywords = писмо шаблон образец google gemini
deadline-inline-title = Gemini и обучение на ИИ: текущо положение
deadline-inline-desc = Какво прави настройката и какво става с чатовете ви
deadline-keywords = gemini google положение

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Активност в Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Възражение по ОРЗД
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: изключете обучението на ИИ на Google с чатовете ви в Gemini
gemini-command = Изключете обучението на ИИ с чатовете ви в Gemini
gemini-inline-title = Изключете обучението на ИИ в Gemini
gemini-inline-desc = Настройката и искането за възражение до Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: изключете настройката за активност (<i>Keep Activity</i>)</b>

    <b>Най-бързо:</b> докоснете <i>Активност в Gemini</i> по-долу, влезте в Google, ако се иска, и изключете настройката за активност (<i>Keep Activity</i>; възможно е все още да се казва <i>Gemini Apps Activity</i>). Можете също да изберете да я изключите и да изтриете активността си.

    <b>В приложението Gemini:</b> профилната ви снимка → <i>Gemini Apps Activity</i> или <i>Keep Activity</i> → изключване.
    <b>На компютър:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → изключване.

    <b>След това:</b> потвърждение не идва; страницата показва настройката като изключена.

    <blockquote expandable><b>Добре е да знаете</b>
    • Когато е изключена, Google заявява, че пази новите чатове 72 часа и не ги използва за обучение, освен ако не изпратите отзив. Временните чатове също не се използват.
    • Важи оттам нататък.
    • Можете и да възразите по ОРЗД: вторият бутон отваря формуляра на Google за правни искания (в приложението: под отговор, <i>More</i> → <i>Report legal issue</i>). Той иска да опишете обработването: /template ви дава писмо.
    • През ноември 2025 г. Google заяви, че не използва съдържанието на Gmail за обучение на Gemini.</blockquote>
