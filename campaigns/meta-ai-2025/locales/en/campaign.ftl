## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Object to Meta using your content for its AI
intro =
    Meta uses the public posts, photos, captions and comments of adults in the EU, and what people send to Meta AI, to train its artificial intelligence. The GDPR (Article 21) gives you the right to object. It takes a couple of minutes per platform.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta starts using content on <b>{ $date }</b>. Time left: <b>{ $left }</b>. An objection applies from the day it is filed, so filing it before that date means it applies before the training starts.
deadline-after = ℹ️ Meta has been training its AI on content since <b>{ $date }</b>. You can still object: your objection applies from the day you file it. Content already used cannot be taken back out of models already trained.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copy the letter below (tap it to copy) and paste it into the form's <i>reason</i> field, or into the WhatsApp form when it asks why.
letter-body =
    Dear Sir or Madam,

    Under Article 21(1) of the General Data Protection Regulation (GDPR), I object to the processing of my personal data by Meta and its partners for developing and training artificial intelligence. This covers my posts, photos, captions, comments and any other content linked to my account, and my interactions with Meta AI.

    Under Article 12(3) GDPR, please confirm in writing within one month that my objection has been registered and is applied.

    Yours faithfully

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Reminder:</b> { $left } left before the deadline (<b>{ $date }</b>). An objection applies from the day it is filed.

    Still to do: { $platforms }.

    Tap a platform for the steps. Done already? Tick it off under the steps and I will stop reminding you about it.
# When every platform of this campaign is ticked off.
all-done = ✅ You have objected on all three platforms. Thank you! No more reminders from me.
nothing-left = You have ticked off all three platforms, so you need no reminder. Thank you!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pass it on: this bot shows, in your language, how to object to Meta using your posts to train its AI.
    { $link }
group-intro =
    Hello! I show people in the EU how to object to Meta using their posts, photos and comments to train its AI.

    Anyone here can use /facebook, /instagram, /whatsapp and /template.
description = Meta trains its AI on the public posts, photos and comments of adults in the EU, and on what people send to Meta AI. This bot shows you, step by step and in your language, how to object on Facebook and Instagram and what applies on WhatsApp, and gives you a letter to paste. When a deadline lies ahead, it can remind you.
short-description = Object to Meta using your posts for its AI: the steps, the forms, a letter.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Objection letter
letter-inline-desc = A ready letter to paste into the forms
letter-keywords = letter template
deadline-inline-title = Deadline
deadline-inline-desc = Where things stand, and what an objection does now
deadline-keywords = deadline date time

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Official form (log in to Facebook if asked)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: the steps to object on Facebook
facebook-command = Object on Facebook
facebook-inline-title = Object on Facebook
facebook-inline-desc = The steps and the official form
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Official form (log in to Instagram if asked)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: the steps to object on Instagram
instagram-command = Object on Instagram
instagram-inline-title = Object on Instagram
instagram-inline-desc = The steps and the official form
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Open the official WhatsApp form
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: the steps to object on WhatsApp
whatsapp-command = WhatsApp and Meta AI
whatsapp-inline-title = Object on WhatsApp
whatsapp-inline-desc = Meta AI chats: what is used, and a form
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
