## objection-bot: English texts.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = English

## Names of the platforms (brand names; keep them unless your language writes them differently)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Objection letter
btn-remind = 🔔 Remind me
btn-language = 🌐 Language
btn-share = 📣 Share
btn-menu = ↩️ Menu
btn-deadline = ⏳ Deadline
btn-status = ✅ My checklist
btn-open-form = 📝 Open the official { $platform } form
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Official form (log in to { $platform } if asked)
btn-mark-done = ☑️ I have objected on { $platform }
btn-mark-undone = ↩️ Not done on { $platform } after all

## /start
start-text =
    <b>Object to Meta using your content for its AI</b>

    Meta uses the public posts, photos, captions and comments of adults in the EU, and what people send to Meta AI, to train its artificial intelligence. The GDPR (Article 21) gives you the right to object. It takes a couple of minutes per platform.

    { $deadline }

    Pick a platform to see the steps:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta starts using content on <b>{ $date }</b>. Time left: <b>{ $left }</b>. An objection applies from the day it is filed, so filing it before that date means it applies before the training starts.
deadline-after = ℹ️ Meta has been training its AI on content since <b>{ $date }</b>. You can still object: your objection applies from the day you file it. Content already used cannot be taken back out of models already trained.

## Platform steps
facebook-text =
    <b>Object on Facebook</b>

    <b>Fastest:</b> tap the button below to open Meta's official form. If the page asks you to, log in to Facebook there first.

    <b>In the app:</b>
    1. Open the menu and go to <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Open <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Choose <i>Submit an objection request</i>.
    4. Enter the e-mail address of your account. The reason field is optional: leave it empty or paste the /template letter.
    5. Send the form.

    <b>Afterwards:</b> Meta confirms by e-mail or on screen. Keep that confirmation.

    <b>Good to know</b>
    • No reason is required.
    • One objection covers every account linked in the same Accounts Center. An account that is not linked, or uses another e-mail address, needs its own objection.
    • Facebook Pages cannot object with this form, only personal accounts.
    • Objected in 2024? Do it again to be safe.
instagram-text =
    <b>Object on Instagram</b>

    <b>Fastest:</b> tap the button below to open Meta's official form. If the page asks you to, log in to Instagram there first.

    <b>In the app:</b>
    1. Go to your profile and tap the ☰ menu (<i>Settings and activity</i>).
    2. Find <i>Privacy Center</i> in that menu (in some versions under <i>About</i> → <i>Privacy Policy</i>).
    3. Look for <i>Right to object</i> and open the form.
    4. Enter the e-mail address of your account. The reason field is optional: leave it empty or paste the /template letter.
    5. Send the form.

    <b>Afterwards:</b> Meta confirms by e-mail or on screen. Keep that confirmation.

    <b>Good to know</b>
    • No reason is required.
    • One objection covers every account linked in the same Accounts Center, Facebook included. Accounts that are not linked need their own objection.
    • Objected in 2024? Do it again to be safe.
whatsapp-text =
    <b>WhatsApp and Meta AI</b>

    Your private chats are end-to-end encrypted and are <b>not</b> used to train the AI. What you send to Meta AI (the blue-pink circle in the app, or @Meta AI called into a group chat) is not end-to-end encrypted and can be used.

    • Meta AI cannot be switched off in WhatsApp; you can only leave it unused.
    • In June 2025 Meta said it does not use WhatsApp chats with Meta AI for training at present.
    • There is no objection setting in the app, and consumer advice centres say WhatsApp has no official objection of its own for this.

    <b>The surest protection:</b> send nothing to Meta AI.

    <b>As a precaution, a web form:</b>
    1. Tap the button below (or go to whatsapp.com → <i>Legal</i> → the form for data subject rights, whatever its current name).
    2. Choose the options for objecting to the use of your data.
    3. Enter your phone number with the country code, and your e-mail address.
    4. If it asks why, paste the /template letter.
    5. Send the form. WhatsApp answers by e-mail; keep that answer.

## /template
letter-intro = Copy the letter below (tap it to copy) and paste it into the form's <i>reason</i> field, or into the WhatsApp form when it asks why.
letter-body =
    Dear Sir or Madam,

    Under Article 21(1) of the General Data Protection Regulation (GDPR), I object to the processing of my personal data by Meta and its partners for developing and training artificial intelligence. This covers my posts, photos, captions, comments and any other content linked to my account, and my interactions with Meta AI.

    Under Article 12(3) GDPR, please confirm in writing within one month that my objection has been registered and is applied.

    Yours faithfully

## /language
language-choose = Choose the language I should use in this chat:
language-set = Done: I will speak English here.

## /help
help-text =
    <b>What I can do</b>
    /facebook: the steps to object on Facebook
    /instagram: the steps to object on Instagram
    /whatsapp: the steps to object on WhatsApp
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
remind-nothing-left = You have ticked off all three platforms, so you need no reminder. Thank you!
stop-done = 🔕 Reminders are off. Send /remind to turn them back on.
stop-not-subscribed = Reminders were not on. Send /remind to turn them on.
reminder-text =
    🔔 <b>Reminder:</b> { $left } left before the deadline (<b>{ $date }</b>). An objection applies from the day it is filed.

    Still to do: { $platforms }.

    Tap a platform for the steps. Done already? Tick it off under the steps and I will stop reminding you about it.
all-done-text = ✅ You have objected on all three platforms. Thank you! No more reminders from me.

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
group-intro =
    Hello! I show people in the EU how to object to Meta using their posts, photos and comments to train its AI.

    Anyone here can use /facebook, /instagram, /whatsapp and /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = An admin can turn on reminders for the group with /remind.

## Sharing and inline mode
share-text =
    Pass it on: this bot shows, in your language, how to object to Meta using your posts to train its AI.
    { $link }
inline-facebook-title = Object on Facebook
inline-facebook-desc = The steps and the official form
inline-instagram-title = Object on Instagram
inline-instagram-desc = The steps and the official form
inline-whatsapp-title = Object on WhatsApp
inline-whatsapp-desc = Meta AI chats: what is used, and a form
inline-letter-title = Objection letter
inline-letter-desc = A ready letter to paste into the forms
inline-deadline-title = Deadline
inline-deadline-desc = Where things stand, and what an objection does now
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = letter template
inline-deadline-keywords = deadline date time

## Command menu (each at most 256 characters)
cmd-start = Start here
cmd-facebook = Object on Facebook
cmd-instagram = Object on Instagram
cmd-whatsapp = WhatsApp and Meta AI
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

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta trains its AI on the public posts, photos and comments of adults in the EU, and on what people send to Meta AI. This bot shows you, step by step and in your language, how to object on Facebook and Instagram and what applies on WhatsApp, and gives you a letter to paste. When a deadline lies ahead, it can remind you.
bot-short-description = Object to Meta using your posts for its AI: the steps, the forms, a letter.
