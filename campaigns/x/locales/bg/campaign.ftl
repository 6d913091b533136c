## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Махнете отметката, с която X споделя данните ви за обучение на Grok
intro =
    X споделя с xAI публичните ви публикации, начина, по който взаимодействате с публикации, и чатовете ви с Grok, а xAI обучава Grok с тях. Поле за отметка в настройките позволява това; то е отметнато, докато не махнете отметката. Отнема минута.

## Where things stand (no `started`, so no $date).
standing = ✅ Можете да махнете отметката по всяко време и това важи оттам нататък; не зависи от никаква дата. Според X това не пречи на модел, който вече се използва, да продължи да се учи при обичайната употреба. Ирландският орган за защита на данните започна през април 2025 г. разследване на обучението на Grok с публикации на потребители от ЕС.

# When the setting is ticked off as unticked.
all-done = ✅ Отметнато: отметката в X е махната. Благодаря!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Предайте нататък: този бот показва на вашия език как да махнете отметката, с която X споделя данните ви за обучение на Grok.
    { $link }
group-intro =
    Здравейте! Показвам на хората в ЕС как да махнат отметката, с която X споделя публикациите и чатовете им с Grok за обучение на Grok.

    Всеки тук може да използва /x.
description = X споделя публични публикации и чатове с Grok с xAI за обучение на Grok, освен ако не махнете една отметка. Този бот ви показва на вашия език къде е това поле.
short-description = Махнете отметката, с която X споделя данните ви за обучение на Grok: къде е полето.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X и Grok: текущо положение
deadline-inline-desc = Какво прави полето и какво не може да направи
deadline-keywords = x twitter grok положение

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Настройката за Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: махнете отметката, с която X споделя данните ви за обучение на Grok
x-command = Махнете отметката за споделяне с Grok в X
x-inline-title = Махнете отметката за споделяне с Grok в X
x-inline-desc = Пътят до полето и още една стъпка
x-keywords = x twitter grok xai
x-steps =
    <b>X: махнете отметката за Grok</b>

    <b>Пътят</b> (в приложението или на x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → махнете отметката от полето, което позволява публичните ви данни и взаимодействията ви с Grok да се използват за обучение.

    <b>Бутонът по-долу</b> се опитва да отвори тази страница директно. Ако не се отвори, следвайте пътя. Ако приложението не показва настройката, използвайте x.com в браузър.

    <b>След това:</b> потвърждение не идва; полето остава без отметка.

    <b>Още една стъпка:</b> защитата на публикациите (<i>Protect your posts</i>, в <i>Privacy and safety</i> → <i>Audience and tagging</i>) прави публикациите ви видими само за последователите ви, така че те вече не са публични.

    <blockquote expandable><b>Добре е да знаете</b>
    • Европейското допълнение към политиката за поверителност на xAI (юли 2026 г.) включва публичните публикации на пълнолетни в X сред данните, с които обучава Grok, и посочва, че можете да възразите в настройките.
    • Махането на отметката важи оттам нататък.</blockquote>
