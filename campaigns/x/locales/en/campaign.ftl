## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Untick X's sharing of your data to train Grok
intro =
    X shares your public posts, how you interact with posts, and your chats with Grok with xAI, which trains Grok on them. A box in the settings allows this; it is ticked unless you untick it. It takes a minute.

## Where things stand (no `started`, so no $date).
standing = ✅ You can untick the box at any time, and it applies from then on; there is no deadline. X says unticking it does not stop a model already in use from learning through normal use. The Irish data protection authority opened an inquiry in April 2025 into the training of Grok on EU users' posts.

# When the setting is ticked off as unticked.
all-done = ✅ Ticked off: the box on X is unticked. Thank you!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pass it on: this bot shows, in your language, how to untick X's sharing of your data to train Grok.
    { $link }
group-intro =
    Hello! I show people in the EU how to untick X's sharing of their posts and Grok chats to train Grok.

    Anyone here can use /x.
description = X shares public posts and Grok chats with xAI to train Grok, unless you untick a box. This bot shows you, in your language, where that box is.
short-description = Untick X's sharing of your data to train Grok: where the box is.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X and Grok: where things stand
deadline-inline-desc = What the box does, and what it cannot do
deadline-keywords = x twitter grok status

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Open the Grok setting
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: untick X's sharing of your data to train Grok
x-command = Untick X's sharing of your data for Grok
x-inline-title = Untick X's sharing of your data for Grok
x-inline-desc = The path to the box, and a further step
x-keywords = x twitter grok xai
x-steps =
    <b>X: untick the Grok box</b>

    <b>The path</b> (in the app or on x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → untick the box that allows your public data and your Grok interactions to be used for training.

    <b>The button below</b> tries to open that page directly. If it does not open, follow the path. If the app does not show the setting, use x.com in a browser.

    <b>Afterwards:</b> no confirmation comes; the box stays unticked.

    <b>A further step:</b> <i>Protect your posts</i> (<i>Privacy and safety</i> → <i>Audience and tagging</i>) makes your posts visible to your followers only, so they are no longer public.

    <blockquote expandable><b>Good to know</b>
    • xAI's privacy addendum for Europe (July 2026) lists adults' public posts on X among the data it trains Grok on, and says you can object in the settings.
    • Unticking applies from then on.</blockquote>
