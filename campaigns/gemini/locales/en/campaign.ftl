## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Turn off Google's use of your Gemini chats to train AI
intro =
    While <i>Keep Activity</i> is on, Google uses what you type, upload and share in Gemini to improve its products and train its AI models, and human reviewers read a sample. Turning it off takes a minute; the GDPR also gives you the right to object.

## Where things stand (no `started`, so no $date).
standing = ✅ You can turn <i>Keep Activity</i> off at any time, and it applies from then on; there is no deadline. With it off, Google says it keeps new chats for 72 hours and does not use them for training unless you send feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = For Google's GDPR objection request (the second button under /gemini): copy the letter below (tap it to copy) and paste it where the form asks you to describe your request. The paragraph that gives a reason is optional: keep it, write your own, or delete it.
letter-body =
    Dear Sir or Madam,

    Under Article 21(1) of the General Data Protection Regulation (GDPR), I object, on grounds relating to my particular situation, to Google processing my conversations with Gemini, the files I upload and the content I share with Gemini apps to develop and train artificial intelligence models.

    I use Gemini for my own purposes and did not give it this content to train AI, and I want to keep control over how it is used.

    Under Article 12(3) GDPR, please confirm in writing within one month that my objection has been registered and is being applied.

    Yours faithfully

# When the setting is ticked off as turned off.
all-done = ✅ Ticked off: <i>Keep Activity</i> is off. Thank you!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pass it on: this bot shows, in your language, how to turn off Google's use of your Gemini chats to train AI.
    { $link }
group-intro =
    Hello! I show people in the EU how to turn off Google's use of their Gemini chats to train AI, and how to object to it.

    Anyone here can use /gemini and /template.
description = While Keep Activity is on, Google uses Gemini chats to train its AI models. This bot shows you, in your language, how to turn it off and how to object under the GDPR, with a letter to paste.
short-description = Turn off Google's use of your Gemini chats to train AI: the setting, a letter.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Objection letter to Google
letter-inline-desc = A ready letter for Google's GDPR objection request
letter-keywords = letter template google gemini
deadline-inline-title = Gemini and AI training: where things stand
deadline-inline-desc = What the setting does, and what happens to your chats
deadline-keywords = gemini google status

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Open Gemini activity
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 GDPR objection request
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: turn off Google's AI training on your Gemini chats
gemini-command = Turn off AI training on your Gemini chats
gemini-inline-title = Turn off AI training on Gemini chats
gemini-inline-desc = The setting, and Google's objection request
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: turn off <i>Keep Activity</i></b>

    <b>Fastest:</b> tap <i>Open Gemini activity</i> below, sign in to Google if asked, and turn <i>Keep Activity</i> off (it may still be called <i>Gemini Apps Activity</i>). You may also choose to turn it off and delete your activity.

    <b>In the Gemini app:</b> your profile picture → <i>Gemini Apps Activity</i> or <i>Keep Activity</i> → turn it off.
    <b>On a computer:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → turn it off.

    <b>Afterwards:</b> no confirmation comes; the page shows the setting as off.

    <blockquote expandable><b>Good to know</b>
    • With it off, Google says it keeps new chats for 72 hours and does not use them for training, unless you send feedback. Temporary chats are not used either.
    • It applies from then on.
    • You can also object under the GDPR: the second button opens Google's legal request form (in the app: under an answer, <i>More</i> → <i>Report legal issue</i>). It asks you to describe the processing: /template gives you a letter.
    • Google said in November 2025 that it does not use the content of Gmail to train Gemini.</blockquote>
