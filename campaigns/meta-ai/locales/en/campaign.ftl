## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Object to Meta using your content to train its AI
intro =
    Meta trains its artificial intelligence on the public posts, photos, captions and comments of adults in the EU, and on what people send to Meta AI. The GDPR (Article 21) gives you the right to object. It takes a couple of minutes per platform.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ You can object at any time, and your objection applies from the day you file it. Meta has trained its AI on adults' public posts, photos and comments, and on chats with Meta AI, since <b>{ $date }</b>; its EU privacy policy of July 2026 still lists that use. What was already used cannot be taken back out of trained models.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta starts using content on <b>{ $date }</b>. Time left: <b>{ $left }</b>. An objection applies from the day it is filed, so filing it before that date means it applies before the training starts.
deadline-after = ✅ You can still object: your objection applies from the day you file it. Meta has trained its AI on content since <b>{ $date }</b>; what was already used cannot be taken back out of trained models.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Reminder:</b> { $left } left until <b>{ $date }</b>. An objection applies from the day it is filed.

    Still to do: { $platforms }.

    Tap a platform for the steps. Done already? Tick it off under the steps and I will stop reminding you about it.
nothing-left = You have ticked off all three platforms, so you need no reminder. Thank you!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copy the letter below (tap it to copy) and paste it into the form's <i>reason</i> field, or into the WhatsApp form when it asks why. The paragraph that gives a reason is optional: keep it, write your own, or delete it.
letter-body =
    Dear Sir or Madam,

    Under Article 21(1) of the General Data Protection Regulation (GDPR), I object, on grounds relating to my particular situation, to the processing of my personal data by Meta and its partners to develop and train artificial intelligence. This covers my posts, photos, captions, comments and any other content linked to my account, and my interactions with Meta AI.

    I did not share this content expecting it to be used to train AI, and I want to keep control over how it is used.

    Under Article 12(3) GDPR, please confirm in writing within one month that my objection has been registered and is being applied.

    Yours faithfully

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram and WhatsApp are all ticked off. Thank you!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pass it on: this bot shows, in your language, how to object to Meta using your posts to train its AI.
    { $link }
group-intro =
    Hello! I show people in the EU how to object to Meta using their posts, photos and comments to train its AI.

    Anyone here can use /facebook, /instagram, /whatsapp and /template.
description = Meta trains its AI on the public posts, photos and comments of adults in the EU, and on what people send to Meta AI. This bot shows you, step by step and in your language, how to object on Facebook and Instagram and what applies on WhatsApp, and gives you a letter to paste.
short-description = Object to Meta using your posts to train its AI: the steps, the forms, a letter.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Objection letter to Meta
letter-inline-desc = A ready letter to paste into Meta's forms
letter-keywords = letter template meta
deadline-inline-title = Meta AI: where things stand
deadline-inline-desc = Since when Meta trains on content, and what an objection does now
deadline-keywords = meta status since date

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Official form
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Meta's AI privacy page
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: the steps to object on Facebook
facebook-command = Object on Facebook
facebook-inline-title = Object on Facebook
facebook-inline-desc = The steps and the official form
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Object on Facebook</b>

    <b>Fastest:</b> tap <i>Official form</i> below. If the page asks you to, log in to Facebook there. Not logged in in that browser? Open the link in your usual browser (⋯ → <i>Open in browser</i>), or follow the steps in the app.
    In the form, enter your account's e-mail address; the reason field is optional (leave it empty or paste the /template letter). Then send it.

    <b>Afterwards:</b> Meta confirms by e-mail or on screen. Keep that confirmation.

    <blockquote expandable><b>In the app</b>
    1. Open the menu and go to <i>Settings &amp; privacy</i> → <i>Privacy Center</i>.
    2. Open <i>Privacy topics</i> → <i>AI at Meta</i>.
    3. Choose <i>Submit an objection request</i>.
    4. Enter your account's e-mail address. The reason field is optional.
    5. Send the form.</blockquote>

    <blockquote expandable><b>Good to know</b>
    • No reason is required.
    • One objection covers every account linked in the same Accounts Center. An account that is not linked, or uses another e-mail address, needs its own objection.
    • Facebook Pages cannot object with this form, only personal accounts.
    • Objected in 2024? Do it again to be safe.
    • Meta has moved some of its contact forms. If the form does not open, the second button leads to Meta's page on generative AI, which links to the right to object.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Official form
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Meta's AI privacy page
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: the steps to object on Instagram
instagram-command = Object on Instagram
instagram-inline-title = Object on Instagram
instagram-inline-desc = The steps and the official form
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Object on Instagram</b>

    <b>Fastest:</b> tap <i>Official form</i> below. If the page asks you to, log in to Instagram there. Not logged in in that browser? Open the link in your usual browser (⋯ → <i>Open in browser</i>), or follow the steps in the app.
    If the form asks whether your request is about AI at Meta, choose <b>Yes</b>. Enter your account's e-mail address; the reason field is optional (leave it empty or paste the /template letter). Then send it.

    <b>Afterwards:</b> Meta confirms by e-mail or on screen. Keep that confirmation.

    <blockquote expandable><b>In the app</b>
    1. Go to your profile and tap the ☰ menu (<i>Settings and activity</i>).
    2. Find <i>Privacy Center</i> in that menu (in some versions under <i>About</i> → <i>Privacy Policy</i>).
    3. Look for <i>Right to object</i> and open the form.
    4. If it asks whether your request is about AI at Meta, choose <i>Yes</i>.
    5. Enter your account's e-mail address. The reason field is optional.
    6. Send the form.</blockquote>

    <blockquote expandable><b>Good to know</b>
    • No reason is required.
    • One objection covers every account linked in the same Accounts Center, Facebook included. Accounts that are not linked need their own objection.
    • Objected in 2024? Do it again to be safe.
    • Meta has moved some of its contact forms. If the form does not open, the second button leads to Meta's page on generative AI, which links to the right to object.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApp's form
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: done
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp and Meta AI: what is used, and a precautionary form
whatsapp-command = WhatsApp and Meta AI
whatsapp-inline-title = WhatsApp and Meta AI
whatsapp-inline-desc = What is used, and a precautionary form
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp and Meta AI</b>

    WhatsApp has no switch and no objection setting of its own for Meta AI. <b>The surest protection: send nothing to Meta AI.</b>
    • In a group, any member can call @Meta AI. <i>Advanced chat privacy</i> (tap the chat's name) can stop members from using Meta AI in that chat. Sources disagree on this, so check that your app offers it.

    <b>What is used:</b> your private chats are end-to-end encrypted and are <b>not</b> used to train the AI. What you send to Meta AI (the blue-pink circle, or @Meta AI called into a group) is not end-to-end encrypted and can be used. Meta AI cannot be switched off in WhatsApp, only left unused. In June 2025 Meta said it was not using WhatsApp chats with Meta AI for training at that time.

    <b>As a precaution, a web form.</b> WhatsApp's privacy policy points to it for objections in general; it is not an AI switch, and consumer advice centres say WhatsApp has no official objection of its own for AI.
    1. Tap the button below (or find the data subject rights form among the legal links on whatsapp.com).
    2. Choose the option for objecting to the processing of your information.
    3. Enter your phone number with the country code, and your e-mail address.
    4. If it asks why, paste the /template letter.
    5. Send the form. WhatsApp answers by e-mail; keep that answer.
