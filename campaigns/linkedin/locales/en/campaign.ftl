## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Switch off LinkedIn's use of your data to train AI
intro =
    LinkedIn uses EU members' profiles, posts, comments and chats with its AI features to train AI that writes content. Private messages are not used. A setting, on unless you turn it off, lets you opt out; it takes a minute.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ You can switch it off at any time, and it applies from then on. LinkedIn has used EU members' data to train AI since <b>{ $date }</b>; models already trained are not changed.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Ticked off: LinkedIn's setting is off. Thank you!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pass it on: this bot shows, in your language, how to switch off LinkedIn's use of your data to train AI.
    { $link }
group-intro =
    Hello! I show people in the EU how to switch off LinkedIn's use of their profile and posts to train AI.

    Anyone here can use /linkedin.
description = LinkedIn uses EU members' profiles, posts and chats with its AI features to train AI that writes content. This bot shows you, in your language, where the setting is and how to switch it off.
short-description = Switch off LinkedIn's use of your data to train AI: where the setting is.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn and AI: where things stand
deadline-inline-desc = Since when LinkedIn trains on members' data, and what the setting does
deadline-keywords = linkedin status since

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Open the setting
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Objection form, other uses
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: switch off LinkedIn's AI training on your data
linkedin-command = Switch off LinkedIn's AI training
linkedin-inline-title = Switch off LinkedIn's AI training
linkedin-inline-desc = Where the setting is, on a phone and a computer
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Switch off LinkedIn's AI training</b>

    <b>Fastest:</b> tap <i>Open the setting</i> below and log in to LinkedIn if asked. On the page <i>Data for Generative AI Improvement</i>, turn the switch off.

    <b>On a phone:</b> your profile picture → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → switch off.
    <b>On a computer:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → switch off.

    <b>Afterwards:</b> no confirmation comes. Reload the page: the switch should show off.

    <blockquote expandable><b>Good to know</b>
    • What is used: your profile (name, photo, positions, education, skills, endorsements), your posts, articles, comments and polls, group activity, saved résumés and screening answers, and chats with LinkedIn's AI features. Private messages are not used.
    • The switch applies from then on; models already trained are not changed.
    • The Dutch data protection authority said data going back to 2003 may be used.
    • For other uses of your data (for example AI for trust and safety, or improving products), LinkedIn's privacy notice offers an objection form: the second button.</blockquote>
