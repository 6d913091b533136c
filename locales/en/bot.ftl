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
btn-letter = ✍️ Objection letter
btn-remind = 🔔 Remind me
btn-language = 🌐 Language
btn-share = 📣 Share
btn-menu = ↩️ Menu
btn-deadline = ⏳ Deadline
btn-status = ✅ My checklist
btn-mark-done = ☑️ I have objected on { $platform }
btn-mark-undone = ↩️ Not done on { $platform } after all

## /start
start-text =
    { $campaigns }

    Pick a platform to see the steps:

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
    /deadline: the deadline and where things stand
    { $remind }
    /stop: no more reminders
    /status: your checklist and next reminder
    /language: change the language
    /share: a link to pass on
    /privacy: what I store about you
    /forget: delete everything I store about this chat

    You can also type @{ $bot } in any chat to post a card there.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: reminders before the deadline
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: why there are no reminders now

## /privacy and /forget
privacy-text =
    <b>What I store</b>
    • This chat's number, the language you chose, whether you want reminders, which platforms you have ticked off, and which reminders were sent, so no one gets one twice.
    • Nothing else: no names, no usernames, no phone numbers, no message text.

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
remind-after-deadline = The deadline (<b>{ $date }</b>) has passed, so there is nothing to remind you of, but you can still object at any time and your objection applies from the day you file it.
stop-done = 🔕 Reminders are off. Send /remind to turn them back on.
stop-not-subscribed = Reminders were not on. Send /remind to turn them on.

## /status
status-title = <b>Your checklist</b>
status-done = ✅ { $platform }: objected
status-open = ⬜ { $platform }: still to do
status-subscribed = 🔔 Reminders are on. Next: <b>{ $when }</b>.
status-no-wave = 🔕 No more reminders are planned.
status-not-subscribed = 🔕 Reminders are off. Send /remind to turn them on.
marked-done = Noted: { $platform } done.
marked-undone = Noted: { $platform } still to do.

## Groups
admin-only = Only an admin of this group can do that.
# Added to group-intro while reminders lie ahead.
group-intro-remind = An admin can turn on reminders for the group with /remind.

## Command menu (each at most 256 characters)
cmd-start = Start here
cmd-template = A letter to paste into the forms
cmd-deadline = The deadline and where things stand
cmd-remind = Reminders before the deadline
cmd-stop = No more reminders
cmd-status = Your checklist
cmd-language = Change the language
cmd-share = A link to pass on
cmd-help = All commands
cmd-privacy = What the bot stores
cmd-forget = Delete everything stored for this chat
