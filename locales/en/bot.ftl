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
btn-mark-done = ☑️ I have objected on { $platform }
btn-mark-undone = ↩️ Not done on { $platform } after all

## /start
start-text =
    <b>Keep your content out of Meta's AI</b>

    Meta uses the public posts, photos, captions and comments of adults in the EU, and what people send to Meta AI, to train its artificial intelligence. The GDPR (Article 21) gives you the right to object. It takes a couple of minutes per platform.

    { $deadline }

    Pick a platform to see the steps:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta starts using your content on <b>{ $date }</b>. Time left: <b>{ $left }</b>. Objecting before that date keeps your existing posts out of the training.
deadline-after = ℹ️ Meta has been training on content since <b>{ $date }</b>. You can still object: your objection counts from the day you file it, so what you post from then on stays out. Content already used cannot be taken back.

## Platform steps
facebook-text =
    <b>Object on Facebook</b>

    <b>Fastest:</b> tap the button below to open Meta's official form, logged in to your account.

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

    <b>Fastest:</b> tap the button below to open Meta's official form, logged in to your account.

    <b>In the app:</b>
    1. Go to your profile and tap the ☰ menu.
    2. Open <i>Settings and privacy</i> → <i>Privacy Center</i> (or <i>About</i> → <i>Privacy Policy</i>).
    3. Look for <i>Right to object</i> and open the form.
    4. Enter the e-mail address of your account. The reason field is optional: leave it empty or paste the /template letter.
    5. Send the form.

    <b>Afterwards:</b> Meta confirms by e-mail or on screen. Keep that confirmation.

    <b>Good to know</b>
    • No reason is required.
    • One objection covers every account linked in the same Accounts Center, Facebook included. Accounts that are not linked need their own objection.
    • Objected in 2024? Do it again to be safe.
whatsapp-text =
    <b>Object on WhatsApp</b>

    Your private chats are <b>not</b> used to train the AI. What can be used is what you send to Meta AI (the blue-pink circle in the app).

    <b>How:</b> there is no setting in the app; the objection goes through a web form.
    1. Tap the button below (or go to whatsapp.com → <i>Legal</i> → the <i>Data Subject Rights</i> form).
    2. Choose the options for objecting to the use of your data for AI.
    3. Enter your phone number with the country code, and your e-mail address.
    4. If it asks why, paste the /template letter.
    5. Send the form.

    <b>Afterwards:</b> WhatsApp answers by e-mail. Keep that answer.

    <b>Good to know</b>
    • Objected in 2024? Do it again to be safe.

## /template
letter-intro = Copy the letter below (tap it to copy) and paste it into the form's <i>reason</i> field, or into the WhatsApp form when it asks why.
letter-body =
    Hello,

    Under Article 21 of the General Data Protection Regulation (GDPR), I object to the processing of my personal data for the development and training of artificial intelligence by Meta and its partners. This covers my posts, photos, comments and any other personal or public data linked to my account.

    Please confirm in writing that my objection has been registered and is applied.

    Thank you.

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
    /remind: reminders before the deadline
    /stop: no more reminders
    /status: your checklist and next reminder
    /language: change the language
    /share: a link to pass on
    /privacy: what I store about you
    /forget: delete everything I store about this chat

    You can also type @{ $bot } in any chat to post a card there.

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
remind-on-no-wave = 🔔 Reminders are on, but no reminder is left before the deadline (<b>{ $date }</b>). Best act now.
remind-already = 🔔 Reminders are already on. Next reminder: <b>{ $when }</b>.
remind-after-deadline = The deadline (<b>{ $date }</b>) has passed, so there is nothing left to remind you of. Objecting is still worth it: it protects what you post from the day you file it.
remind-nothing-left = You have ticked off all three platforms, so you need no reminder. Thank you!
stop-done = 🔕 Reminders are off. Send /remind to turn them back on.
stop-not-subscribed = Reminders were not on. Send /remind to turn them on.
reminder-text =
    🔔 <b>Reminder:</b> { $left } left to object before Meta uses your content (<b>{ $date }</b>).

    Still to do: { $platforms }.

    Tap a platform for the steps. Done already? Tick it off under the steps and I will stop reminding you about it.
all-done-text = ✅ You have objected on all three platforms. Thank you! No more reminders from me.

## /status
status-title = <b>Your checklist</b>
status-done = ✅ { $platform }: objected
status-open = ⬜ { $platform }: still to do
status-subscribed = 🔔 Reminders are on. Next: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Reminders are on; none is left before the deadline.
status-not-subscribed = 🔕 Reminders are off. Send /remind to turn them on.
marked-done = Noted: { $platform } done.
marked-undone = Noted: { $platform } still to do.

## Groups
admin-only = Only an admin of this group can do that.
group-intro =
    Hello! I help people in the EU stop Meta from training its AI on their posts, photos and comments.

    Anyone here can use /facebook, /instagram, /whatsapp and /template. An admin can turn on reminders for the group with /remind.

## Sharing and inline mode
share-text =
    Pass it on: this bot shows, in your language, how to stop Meta from training its AI on your posts.
    { $link }
inline-facebook-title = Object on Facebook
inline-facebook-desc = The steps and the official form
inline-instagram-title = Object on Instagram
inline-instagram-desc = The steps and the official form
inline-whatsapp-title = Object on WhatsApp
inline-whatsapp-desc = Meta AI chats: the steps and the form
inline-letter-title = Objection letter
inline-letter-desc = A ready letter to paste into the forms
inline-deadline-title = Deadline
inline-deadline-desc = Where things stand, and why it is still worth it
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
cmd-whatsapp = Object on WhatsApp (Meta AI)
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
bot-description = Meta trains its AI on the public posts, photos and comments of adults in the EU. This bot shows you, step by step and in your language, how to object on Facebook, Instagram and WhatsApp, gives you a letter to paste, and reminds you before the deadline.
bot-short-description = Stop Meta from training its AI on your posts: the steps, the forms, a letter.
