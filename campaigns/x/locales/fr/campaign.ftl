## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Décochez le partage de vos données par X pour entraîner Grok
intro =
    X partage vos publications publiques, vos interactions avec les publications et vos échanges avec Grok avec xAI, qui entraîne Grok dessus. Une case dans les paramètres l'autorise ; elle reste cochée tant que vous ne la décochez pas. Cela prend une minute.

## Where things stand (no `started`, so no $date).
standing = ✅ Vous pouvez décocher la case à tout moment, et cela s'applique dès lors ; il n'y a pas de date à respecter. Selon X, la décocher n'empêche pas un modèle déjà en service de continuer à apprendre par son usage normal. L'autorité irlandaise de protection des données a ouvert en avril 2025 une enquête sur l'entraînement de Grok à partir des publications d'utilisateurs de l'UE.

# When the setting is ticked off as unticked.
all-done = ✅ C'est noté : la case est décochée sur X. Merci !

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Faites passer : ce bot explique, dans votre langue, comment décocher le partage de vos données par X pour entraîner Grok.
    { $link }
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment décocher le partage de leurs publications et de leurs échanges avec Grok par X pour entraîner Grok.

    Tout le monde ici peut utiliser /x.
description = X partage les publications publiques et les échanges avec Grok avec xAI pour entraîner Grok, sauf si vous décochez une case. Ce bot vous montre, dans votre langue, où se trouve cette case.
short-description = Décochez le partage de vos données par X pour entraîner Grok : où se trouve la case.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X et Grok : où en est-on
deadline-inline-desc = Ce que fait la case, et ce qu'elle ne peut pas faire
deadline-keywords = x twitter grok situation

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Ouvrir le réglage Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x : décocher le partage de vos données par X pour entraîner Grok
x-command = Décocher le partage de vos données avec Grok
x-inline-title = Décocher le partage de vos données avec Grok
x-inline-desc = Le chemin jusqu'à la case, et une étape de plus
x-keywords = x twitter grok xai
x-steps =
    <b>X : décocher la case Grok</b>

    <b>Le chemin</b> (dans l'application ou sur x.com) : <i>Paramètres et confidentialité</i> → <i>Confidentialité et sécurité</i> → <i>Partage des données et personnalisation</i> → <i>Grok</i> (en anglais <i>Grok &amp; Third-party Collaborators</i>) → décochez la case qui autorise l'usage de vos données publiques et de vos interactions avec Grok pour l'entraînement.

    <b>Le bouton ci-dessous</b> essaie d'ouvrir directement cette page. S'il ne l'ouvre pas, suivez le chemin. Si l'application n'affiche pas le réglage, utilisez x.com dans un navigateur.

    <b>Ensuite :</b> aucune confirmation n'arrive ; la case reste décochée.

    <b>Une étape de plus :</b> <i>Protéger vos posts</i> (<i>Confidentialité et sécurité</i> → <i>Audience and tagging</i>) rend vos publications visibles uniquement par vos abonnés : elles ne sont alors plus publiques.

    <blockquote expandable><b>Bon à savoir</b>
    • L'addendum de confidentialité de xAI pour l'Europe (juillet 2026) compte les publications publiques des adultes sur X parmi les données sur lesquelles il entraîne Grok, et indique qu'on peut s'y opposer dans les paramètres.
    • Décocher la case s'applique dès lors.</blockquote>
