## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Désactivez l'usage de vos données par LinkedIn pour entraîner l'IA
intro =
    LinkedIn se sert des profils, publications et commentaires des membres de l'UE, et de leurs échanges avec ses fonctions d'IA, pour entraîner une IA qui rédige des contenus. Les messages privés ne sont pas utilisés. Un réglage, activé tant que vous ne le désactivez pas, vous permet de refuser ; cela prend une minute.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Vous pouvez désactiver ce réglage à tout moment, et cela s'applique dès lors. LinkedIn utilise les données des membres de l'UE pour entraîner l'IA depuis le <b>{ $date }</b> ; les modèles déjà entraînés ne sont pas modifiés.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ C'est noté : le réglage de LinkedIn est désactivé. Merci !

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Faites passer : ce bot explique, dans votre langue, comment désactiver l'usage de vos données par LinkedIn pour entraîner l'IA.
    { $link }
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment désactiver l'usage de leur profil et de leurs publications par LinkedIn pour entraîner l'IA.

    Tout le monde ici peut utiliser /linkedin.
description = LinkedIn se sert des profils, publications et échanges avec ses fonctions d'IA des membres de l'UE pour entraîner une IA qui rédige des contenus. Ce bot vous montre, dans votre langue, où se trouve le réglage et comment le désactiver.
short-description = Désactivez l'usage de vos données par LinkedIn pour entraîner l'IA : où se trouve le réglage.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn et l'IA : où en est-on
deadline-inline-desc = Depuis quand LinkedIn entraîne l'IA sur les données des membres, et ce que fait le réglage
deadline-keywords = linkedin situation depuis

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Ouvrir le réglage
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Opposition, autres usages
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin : désactiver l'entraînement de l'IA de LinkedIn sur vos données
linkedin-command = Désactiver l'entraînement IA de LinkedIn
linkedin-inline-title = Désactiver l'entraînement IA de LinkedIn
linkedin-inline-desc = Où se trouve le réglage, sur téléphone et sur ordinateur
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Désactiver l'entraînement de l'IA de LinkedIn</b>

    <b>Le plus rapide :</b> touchez <i>Ouvrir le réglage</i> ci-dessous et connectez-vous à LinkedIn si on vous le demande. Sur la page <i>Données pour l'amélioration de l'IA générative</i>, désactivez l'interrupteur.

    <b>Sur téléphone :</b> votre photo de profil → <i>Préférences</i> → <i>Confidentialité des données</i> → <i>Données pour l'amélioration de l'IA générative</i> → désactiver.
    <b>Sur ordinateur :</b> <i>Vous</i> → <i>Préférences et confidentialité</i> → <i>Confidentialité des données</i> → <i>Données pour l'amélioration de l'IA générative</i> → désactiver.

    <b>Ensuite :</b> aucune confirmation n'arrive. Rechargez la page : l'interrupteur doit apparaître désactivé.

    <blockquote expandable><b>Bon à savoir</b>
    • Ce qui sert : votre profil (nom, photo, postes, formation, compétences, recommandations), vos publications, articles, commentaires et sondages, votre activité dans les groupes, les CV enregistrés et les réponses aux questions de présélection, ainsi que vos échanges avec les fonctions d'IA de LinkedIn. Les messages privés ne sont pas utilisés.
    • L'interrupteur s'applique dès lors ; les modèles déjà entraînés ne sont pas modifiés.
    • L'autorité néerlandaise de protection des données a indiqué que des données remontant jusqu'à 2003 peuvent être utilisées.
    • Pour les autres usages de vos données (par exemple l'IA de confiance et sécurité, ou l'amélioration des produits), l'avis de confidentialité de LinkedIn propose un formulaire d'opposition : c'est le second bouton.</blockquote>
