## objection-bot: English texts.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = English

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date }, { $time } ({ $zone })

## Time left, with plural forms.
left-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
left-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
left-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Letter
btn-remind = 🔔 Remind me
btn-language = 🌐 Language
btn-share = 📣 Share
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Where things stand
btn-status = ✅ My checklist
# The tick button under a form platform's steps…
btn-mark-done = ☑️ I have objected on { $platform }
# …and under a setting platform's steps: it says the switch is off.
btn-mark-done-setting = ☑️ It is off on { $platform }
btn-mark-undone = ↩️ Not done on { $platform } after all
# Under reminders, /status and /start while reminders are on: turns them off (as /stop).
btn-stop = 🔕 Stop reminders
# In a group, instead of the tick button: opens the person's own chat with the bot at that platform.
btn-tick-in-private = ☑️ Tick it off in private

## /start
start-text =
    { $campaigns }

    Pick a platform to see the steps:
# /start's intro when several campaigns are loaded (instead of one campaign's story). The whole
# /start text stays under 600 characters.
start-intro =
    <b>Your data and their AI</b>
    Several big platforms train AI on what people in the EU post or ask their AI. On each one you can object or switch it off: it takes a minute or two and applies from the day you do it.

## /template
# When several campaigns are loaded, /template first asks which campaign's letter.
letter-pick = Which letter do you need? Pick a campaign:

## /language
language-choose = Choose the language I should use in this chat:
language-set = Done: I will speak English here.

## /help
help-text =
    <b>What I can do</b>
    { $platforms }
    /template: a letter to paste into the forms
    /deadline: where things stand
    { $reminders }/status: your checklist
    /language: change the language
    /share: a link to pass on
    /privacy: what I store about you
    /news: news when a new way to object appears
    /forget: delete everything I store about this chat

    You can also type @{ $bot } in any chat to post a card there.

# The /remind and /stop lines of help-text, shown only while a reminder lies ahead.
help-reminders =
    /remind: reminders before a deadline
    /stop: no more reminders

## /privacy and /forget
privacy-text =
    <b>What I store</b>
    • This chat's number, its language, whether you want reminders or news, which platforms you have ticked off and on which day, and which reminders, follow-ups and re-checks are due or were sent, so no one gets one twice.
    • Why the day: a month after you tick a form off, I ask once whether the company confirmed. A re-check of a setting is kept only if you ask for one.
    • Nothing else: no names, no usernames, no phone numbers, no message text. The country you pick to find an authority is not stored.

    <b>How long</b>
    Until you send /forget, block me, or remove me from the group. Then it is deleted at once.

    /forget deletes everything about this chat now.
forget-done = Done: everything I stored about this chat is deleted. Send /start any time to begin again.

## Anything else
unknown-text = I only understand commands. Send /help to see them.
stale-button = This button no longer works. Send /start for a fresh menu.
error-text = Something went wrong on my side. Please try again in a minute.

## Reminders
remind-on = 🔔 Reminders are on. Next reminder: <b>{ $when }</b>.
remind-no-wave = No reminder is left before the deadline (<b>{ $date }</b>), so the best time to object is now.
remind-already = 🔔 Reminders are already on. Next reminder: <b>{ $when }</b>.
remind-after-deadline = You can still object at any time, and your objection applies from the day you file it. There is nothing to remind you of, because that date (<b>{ $date }</b>) has passed.
# /remind when no campaign has a date to count down to.
remind-none = You can object or switch off at any time, and it applies from the day you do it. No date lies ahead, so there is nothing to remind you of.
stop-done = 🔕 Reminders are off. Send /remind to turn them back on.
stop-not-subscribed = Reminders were not on. Send /remind to turn them on.
# /stop while no reminder lies ahead (it must not point to /remind).
stop-none = 🔕 No reminders are planned, so there is nothing to turn off.
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Done: no more reminders, follow-ups or news from me. /start shows the platforms again.

## /status
status-title = <b>Your checklist</b>
status-done = ✅ { $platform }: done
status-open = ⬜ { $platform }: still to do
status-subscribed = 🔔 Reminders are on. Next: <b>{ $when }</b>.
status-no-wave = 🔕 No more reminders are planned.
status-not-subscribed = 🔕 Reminders are off. Send /remind to turn them on.
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Noted: { $platform } done. In { $after } I will ask whether it was confirmed.
# The toast when a setting platform is ticked off.
marked-done-setting = Noted: it is off on { $platform }.
marked-undone = Noted: { $platform } still to do.

## Under every platform's steps: the day a person last checked them ($date, from `checked`).
checked-line = <i>🗓 Steps checked on { $date }. If the screen looks different, the app may have changed: look for the same words nearby.</i>
# The same, for a platform with a second link button (help_url).
checked-line-help = <i>🗓 Steps checked on { $date }. If the screen looks different or the first link does not open, the second button leads to the platform's own page.</i>

## When several campaigns are loaded: the bot's profile (description at most 512 characters,
## short one at most 120), /share and the group greeting speak for all of them.
profile-description = Several platforms train AI on what people in the EU post or ask their AI. This bot shows you, step by step and in your language, how to object or switch it off on each one, and gives you a letter where a form asks for one.
profile-short-description = Object to AI training on your data, platform by platform: the steps, the links, a letter.
share-several =
    Pass it on: this bot shows, in your language, how to object to AI training on your data, platform by platform.
    { $link }
# $commands is the platforms' commands, such as /facebook /linkedin.
group-intro-several =
    Hello! I show people in the EU how to object to AI training on their data, platform by platform.

    Anyone here can use { $commands } and /template.

## Groups
admin-only = Only an admin of this group can do that.
# Added to group-intro while reminders lie ahead.
group-intro-remind = An admin can turn on reminders for the group with /remind.

## Command menu (each at most 256 characters)
cmd-start = Start here
cmd-template = A letter to paste into the forms
cmd-deadline = Where things stand
cmd-remind = Reminders before the deadline
cmd-stop = No more reminders
cmd-status = Your checklist
cmd-language = Change the language
cmd-share = A link to pass on
cmd-help = All commands
cmd-privacy = What the bot stores
cmd-forget = Delete everything stored for this chat
cmd-news = News when a new way to object appears

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
# Why re-check: X (Grok, 2024) and LinkedIn (2024) added their AI settings on by default without notice.
setting-thanks = ✅ Noted: it is off on { $platform }. Thank you! Platforms have added new AI settings, switched on by default, without telling their users: I can remind you to check.
# $after is a time such as "180 days".
btn-recheck = 🔔 Remind me in { $after } to check
recheck-on = 🔔 On <b>{ $date }</b> I will remind you to check that it is still off on { $platform }.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 On { $date } you switched it off on { $platform }. Please check that it is still off, and whether a new AI setting has appeared beside it: platforms have added such settings, switched on by default, without telling their users. It takes a minute.
recheck-ask-undated = 🔎 You switched it off on { $platform }. Please check that it is still off, and whether a new AI setting has appeared beside it: platforms have added such settings, switched on by default, without telling their users. It takes a minute.
btn-news-on = 🆕 News of new opt-outs
btn-news-off = 🔕 No more news
news-on = 🆕 I will tell you when a new way to object or switch off appears. Send /news again to stop.
news-off = 🔕 No more news from me. Send /news to turn it back on.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>A new way to object or switch off</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 On { $date } you objected on { $platform }. The company must tell you what it did about your objection within one month of receiving it (or, within that month, that it needs up to two more).

    Did it confirm?
followup-ask-again = 📬 Once more: on { $date } you objected on { $platform }. Did the company confirm it?
btn-confirmed = ✅ Confirmed
btn-later = ⏳ Not yet, ask me later
btn-no-answer = ❌ No answer
followup-confirmed = ✅ Thank you! Nothing more to do for { $platform }. Keep the confirmation.
followup-later = ⏳ I will ask once more on <b>{ $date }</b>.
followup-letter-intro = Send this through the same form or address you used, fill in your details, and keep a copy:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Subject: My objection of { $date } (Article 21 GDPR)

    Dear Sir or Madam,

    On { $date } I objected under Article 21 GDPR to the use of my personal data on { $platform } to develop and improve artificial intelligence.

    Under Article 12(3) GDPR you must inform me of the action taken on my request within one month of receipt. I have received no answer.

    Please confirm without delay that my objection has been applied. Otherwise I will lodge a complaint with a data protection authority (Article 77 GDPR).

    Yours faithfully,
    { "[" }Your name]
    { "[" }The e-mail address of your account]
complain-where = If the company still does not answer, you can complain to a data protection authority: in the country where you live, where you work, or where the infringement took place. Which country?
btn-other-country = 🇪🇺 Another country
complain-country = Which country? Pick the one where you live, where you work, or where the infringement took place:
complain-land = In Germany, complaints about companies go to the authority of your Land. Which one?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Your authority forwards the complaint to the lead authority (for Meta, LinkedIn, Google and X, Ireland's Data Protection Commission) and stays your contact.

    Keep as proof: the confirmation e-mail or a screenshot of the sent form with its date, and the follow-up you sent. A complaint is not anonymous towards the company, and many authorities accept it only in their own language.
complain-home-only = <i>I could not confirm this authority's page for complaints: the button opens its home page.</i>
btn-authority = 🏛 Open the authority's page
