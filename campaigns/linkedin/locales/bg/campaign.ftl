## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Изключете използването на данните ви от LinkedIn за обучение на ИИ
intro =
    LinkedIn използва профилите, публикациите и коментарите на членовете си в ЕС, както и чатовете им с функциите си за ИИ, за да обучава ИИ, който пише съдържание. Личните съобщения не се използват. Една настройка, включена, докато не я изключите, ви позволява да се откажете; отнема минута.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Можете да я изключите по всяко време и това важи оттам нататък. От <b>{ $date }</b> LinkedIn използва данни на членовете си в ЕС за обучение на ИИ; вече обучените модели не се променят.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Отметнато: настройката на LinkedIn е изключена. Благодаря!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Предайте нататък: този бот показва на вашия език как да изключите използването на данните ви от LinkedIn за обучение на ИИ.
    { $link }
group-intro =
    Здравейте! Показвам на хората в ЕС как да изключат използването на профила и публикациите им от LinkedIn за обучение на ИИ.

    Всеки тук може да използва /linkedin.
description = LinkedIn използва профилите, публикациите и чатовете с ИИ на членовете си в ЕС, за да обучава ИИ, който пише съдържание. Този бот ви показва на вашия език къде е настройката и как да я изключите.
short-description = Изключете използването на данните ви от LinkedIn за обучение на ИИ: къде е настройката.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn и ИИ: текущо положение
deadline-inline-desc = Откога LinkedIn обучава с данни на членовете и какво прави настройката
deadline-keywords = linkedin положение

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Отворете настройката
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Възражение, друга употреба
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: изключете обучението на ИИ на LinkedIn с вашите данни
linkedin-command = Изключете обучението на ИИ в LinkedIn
linkedin-inline-title = Изключете обучението на ИИ в LinkedIn
linkedin-inline-desc = Къде е настройката на телефон и на компютър
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Изключете обучението на ИИ в LinkedIn</b>

    <b>Най-бързо:</b> докоснете <i>Отворете настройката</i> по-долу и влезте в LinkedIn, ако се иска. На страницата <i>Data for Generative AI Improvement</i> изключете превключвателя.

    <b>На телефон:</b> профилната ви снимка → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → изключване.
    <b>На компютър:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → изключване.

    <b>След това:</b> потвърждение не идва. Презаредете страницата: превключвателят трябва да е изключен.

    <blockquote expandable><b>Добре е да знаете</b>
    • Какво се използва: профилът ви (име, снимка, длъжности, образование, умения, препоръки), публикациите, статиите, коментарите и анкетите ви, активността ви в групи, запазени автобиографии и отговори на въпроси за подбор, както и чатовете с функциите за ИИ на LinkedIn. Личните съобщения не се използват.
    • Превключвателят важи оттам нататък; вече обучените модели не се променят.
    • Нидерландският орган за защита на данните посочи, че може да се използват данни чак от 2003 г.
    • За други употреби на данните ви (например ИИ за доверие и безопасност или подобряване на продукти) известието за поверителност на LinkedIn предлага формуляр за възражение: това е вторият бутон.</blockquote>
