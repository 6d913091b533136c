## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Възразете срещу използването на съдържанието ви за обучение на ИИ на Meta
intro =
    Meta обучава своя изкуствен интелект (ИИ) с публичните публикации, снимки, надписи и коментари на пълнолетните потребители в ЕС, както и с това, което хората изпращат на Meta AI. ОРЗД (член 21) ви дава право на възражение. За всяка платформа са нужни само няколко минути.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Можете да възразите по всяко време и възражението ви важи от деня, в който го подадете. От <b>{ $date }</b> Meta обучава своя ИИ с публичните публикации, снимки и коментари на пълнолетните и с чатовете с Meta AI; политиката ѝ за поверителност за ЕС от юли 2026 г. все още посочва тази употреба. Вече използваното не може да бъде извадено от обучените модели.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ От <b>{ $date }</b> Meta започва да използва съдържанието на потребителите. Оставащо време: <b>{ $left }</b>. Възражението важи от деня, в който е подадено, така че ако го подадете преди тази дата, то ще важи още преди началото на обучението.
deadline-after = ✅ Все още можете да възразите: възражението ви важи от деня, в който го подадете. От <b>{ $date }</b> Meta обучава своя ИИ със съдържанието на потребителите; вече използваното не може да бъде извадено от обучените модели.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Напомняне:</b> до <b>{ $date }</b> остават { $left }. Възражението важи от деня, в който е подадено.

    Остава да направите: { $platforms }.

    Докоснете платформа, за да видите стъпките. Вече сте готови? Отметнете я под стъпките и няма да ви напомням повече за нея.
nothing-left = Отметнахте и трите платформи, така че не ви трябва напомняне. Благодаря!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Копирайте писмото по-долу (докоснете го, за да се копира) и го поставете в полето <i>причина</i> на формуляра или във формуляра на WhatsApp, когато пита защо. Абзацът с причина не е задължителен: запазете го, напишете свой или го изтрийте.
letter-body =
    Уважаеми госпожи и господа,

    На основание член 21, параграф 1 от Общия регламент относно защитата на данните (ОРЗД) възразявам, по причини, свързани с моята конкретна ситуация, срещу обработването на личните ми данни от Meta и нейните партньори за разработване и обучение на изкуствен интелект. Възражението обхваща моите публикации, снимки, надписи, коментари и всяко друго съдържание, свързано с акаунта ми, както и взаимодействията ми с Meta AI.

    Това съдържание не е споделено, за да бъде използвано за обучение на ИИ, и искам да запазя контрол върху това как се използва.

    Съгласно член 12, параграф 3 от ОРЗД Ви моля да потвърдите писмено в рамките на един месец, че възражението ми е регистрирано и се прилага.

    С уважение

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram и WhatsApp са отметнати. Благодаря!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Предайте нататък: този бот показва на вашия език как да възразите срещу използването на публикациите ви за обучение на ИИ на Meta.
    { $link }
group-intro =
    Здравейте! Показвам на хората в ЕС как да възразят срещу използването на техните публикации, снимки и коментари за обучение на ИИ на Meta.

    Всеки тук може да използва /facebook, /instagram, /whatsapp и /template.
description = Meta обучава своя ИИ с публичните публикации, снимки и коментари на пълнолетните в ЕС, както и с това, което хората изпращат на Meta AI. Този бот ви показва стъпка по стъпка и на вашия език как да възразите във Facebook и Instagram и какво важи за WhatsApp, и ви дава готово писмо за поставяне.
short-description = Възразете срещу използването на публикациите ви за обучение на ИИ на Meta: стъпки, формуляри, писмо.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Писмо с възражение до Meta
letter-inline-desc = Готово писмо за формулярите на Meta
letter-keywords = писмо шаблон образец възражение meta
deadline-inline-title = Meta AI: текущо положение
deadline-inline-desc = Откога Meta обучава със съдържание и какво постига възражението сега
deadline-keywords = meta положение дата

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Официален формуляр
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Страницата на Meta за ИИ
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: стъпките за възражение във Facebook
facebook-command = Възражение във Facebook
facebook-inline-title = Възражение във Facebook
facebook-inline-desc = Стъпките и официалният формуляр
facebook-keywords = facebook fb meta фейсбук
facebook-steps =
    <b>Възражение във Facebook</b>

    <b>Най-бързо:</b> докоснете <i>Официален формуляр</i> по-долу. Ако страницата поиска, влезте там във Facebook. Не сте влезли в този браузър? Отворете връзката в обичайния си браузър (⋯ → отваряне в браузър) или следвайте стъпките в приложението.
    Във формуляра въведете имейл адреса на акаунта си; полето за причина не е задължително (оставете го празно или поставете писмото от /template). След това го изпратете.

    <b>След това:</b> Meta потвърждава по имейл или на екрана. Запазете това потвърждение.

    <blockquote expandable><b>В приложението</b>
    1. Отворете менюто и отидете в <i>Настройки и поверителност</i> → <i>Център за поверителност</i>.
    2. Отворете <i>Теми за поверителността</i> → темата за изкуствения интелект (<i>AI at Meta</i>).
    3. Изберете подаване на заявка за възражение.
    4. Въведете имейл адреса на акаунта си. Причината не е задължителна.
    5. Изпратете формуляра.</blockquote>

    <blockquote expandable><b>Добре е да знаете</b>
    • Не е нужно да посочвате причина.
    • Едно възражение важи за всички акаунти, свързани в един и същ Център за акаунти. Акаунт, който не е свързан или използва друг имейл адрес, се нуждае от отделно възражение.
    • Страниците във Facebook не могат да възразят чрез този формуляр – само личните акаунти.
    • Възразихте ли през 2024 г.? За всеки случай го направете отново.
    • Meta премести някои от формулярите си за контакт. Ако формулярът не се отваря, вторият бутон води към страницата на Meta за генеративния ИИ, която препраща към правото на възражение.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Официален формуляр
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Страницата на Meta за ИИ
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: стъпките за възражение в Instagram
instagram-command = Възражение в Instagram
instagram-inline-title = Възражение в Instagram
instagram-inline-desc = Стъпките и официалният формуляр
instagram-keywords = instagram insta ig инстаграм
instagram-steps =
    <b>Възражение в Instagram</b>

    <b>Най-бързо:</b> докоснете <i>Официален формуляр</i> по-долу. Ако страницата поиска, влезте там в Instagram. Не сте влезли в този браузър? Отворете връзката в обичайния си браузър (⋯ → отваряне в браузър) или следвайте стъпките в приложението.
    Ако формулярът пита дали заявката ви се отнася до ИИ в Meta (<i>AI at Meta</i>), изберете <b>Да</b>. Въведете имейл адреса на акаунта си; полето за причина не е задължително (оставете го празно или поставете писмото от /template). След това го изпратете.

    <b>След това:</b> Meta потвърждава по имейл или на екрана. Запазете това потвърждение.

    <blockquote expandable><b>В приложението</b>
    1. Отидете в профила си и докоснете менюто ☰ (<i>Настройки и активност</i>).
    2. Намерете <i>Център за поверителност</i> в това меню (в някои версии е под <i>Информация</i> → <i>Политика за поверителност</i>).
    3. Потърсете <i>Право на възражение</i> и отворете формуляра.
    4. Ако пита дали заявката се отнася до ИИ в Meta, изберете <i>Да</i>.
    5. Въведете имейл адреса на акаунта си. Причината не е задължителна.
    6. Изпратете формуляра.</blockquote>

    <blockquote expandable><b>Добре е да знаете</b>
    • Не е нужно да посочвате причина.
    • Едно възражение важи за всички акаунти, свързани в един и същ Център за акаунти, включително Facebook. Несвързаните акаунти се нуждаят от отделно възражение.
    • Възразихте ли през 2024 г.? За всеки случай го направете отново.
    • Meta премести някои от формулярите си за контакт. Ако формулярът не се отваря, вторият бутон води към страницата на Meta за генеративния ИИ, която препраща към правото на възражение.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Формуляр на WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: готово
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp и Meta AI: какво се използва и формуляр за всеки случай
whatsapp-command = WhatsApp и Meta AI
whatsapp-inline-title = WhatsApp и Meta AI
whatsapp-inline-desc = Какво се използва и формуляр за всеки случай
whatsapp-keywords = whatsapp wa уатсап
whatsapp-steps =
    <b>WhatsApp и Meta AI</b>

    WhatsApp няма превключвател, нито собствена настройка за възражение за Meta AI. <b>Най-сигурната защита: не изпращайте нищо на Meta AI.</b>
    • В група всеки член може да извика @Meta AI. Разширената поверителност на чата (<i>Advanced chat privacy</i>; докоснете името на чата) може да попречи на членовете да използват Meta AI в този чат. Източниците се разминават по този въпрос, затова проверете дали приложението ви го предлага.

    <b>Какво се използва:</b> личните ви чатове са защитени с шифроване от край до край и <b>не</b> се използват за обучение на ИИ. Това, което изпращате на Meta AI (синьо-розовият кръг или @Meta AI, извикан в група), не е шифровано от край до край и може да бъде използвано. Meta AI не може да бъде изключен в WhatsApp, а само да не се използва. През юни 2025 г. Meta заяви, че тогава не използва чатовете в WhatsApp с Meta AI за обучение.

    <b>За всеки случай – уеб формуляр.</b> Политиката за поверителност на WhatsApp насочва към него за възражения по принцип; той не е превключвател за ИИ, а потребителските организации посочват, че WhatsApp няма собствена официална процедура за възражение срещу ИИ.
    1. Докоснете бутона по-долу (или намерете сред правните връзки на whatsapp.com формуляра за правата на субектите на данни).
    2. Изберете опцията за възражение срещу обработването на вашата информация.
    3. Въведете телефонния си номер с кода на държавата и имейл адреса си.
    4. Ако пита защо, поставете писмото от /template.
    5. Изпратете формуляра. WhatsApp отговаря по имейл; запазете този отговор.
