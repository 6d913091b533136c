## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Désactivez l'usage de vos échanges Gemini par Google pour entraîner l'IA
intro =
    Tant que le réglage d'activité (<i>Keep Activity</i>) est activé, Google utilise ce que vous saisissez, importez et partagez dans Gemini pour améliorer ses produits et entraîner ses modèles d'IA, et des évaluateurs humains en lisent un échantillon. Le désactiver prend une minute ; le RGPD vous donne aussi le droit de vous y opposer.

## Where things stand (no `started`, so no $date).
standing = ✅ Vous pouvez désactiver le réglage d'activité (<i>Keep Activity</i>) à tout moment, et cela s'applique dès lors ; il n'y a pas de date à respecter. Une fois le réglage désactivé, Google dit conserver les nouvelles conversations 72 heures et ne pas s'en servir pour l'entraînement, sauf si vous envoyez un commentaire.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Pour la demande d'opposition RGPD de Google (le second bouton sous /gemini) : copiez la lettre ci-dessous (un appui suffit) et collez-la là où le formulaire vous demande de décrire votre demande. Le paragraphe qui donne une raison est facultatif : gardez-le, écrivez le vôtre ou supprimez-le.
letter-body =
    Madame, Monsieur,

    En application de l'article 21, paragraphe 1, du RGPD (le règlement européen sur la protection des données), je m'oppose, pour des raisons tenant à ma situation particulière, au traitement par Google de mes conversations avec Gemini, des fichiers que j'importe et des contenus que je partage avec les applications Gemini pour développer et entraîner des modèles d'intelligence artificielle.

    J'utilise Gemini à des fins personnelles et ne lui ai pas confié ces contenus pour entraîner une IA ; je souhaite garder la maîtrise de leur utilisation.

    Conformément à l'article 12, paragraphe 3, du RGPD, je vous prie de me confirmer par écrit, dans un délai d'un mois, que mon opposition est enregistrée et qu'elle est mise en œuvre.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

# When the setting is ticked off as turned off.
all-done = ✅ C'est noté : le réglage d'activité de Gemini est désactivé. Merci !

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Faites passer : ce bot explique, dans votre langue, comment désactiver l'usage de vos échanges Gemini par Google pour entraîner l'IA.
    { $link }
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment désactiver l'usage de leurs échanges Gemini par Google pour entraîner l'IA, et comment s'y opposer.

    Tout le monde ici peut utiliser /gemini et /template.
description = Tant que le réglage d'activité (Keep Activity) est activé, Google entraîne ses modèles d'IA sur les échanges Gemini. Ce bot vous montre, dans votre langue, comment le désactiver et comment vous y opposer au titre du RGPD, avec une lettre à coller.
short-description = Désactivez l'usage de vos échanges Gemini par Google pour entraîner l'IA : le réglage, une lettre.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Lettre d'opposition à Google
letter-inline-desc = Une lettre prête pour la demande d'opposition RGPD de Google
letter-keywords = lettre modèle courrier google gemini
deadline-inline-title = Gemini et l'entraînement de l'IA : où en est-on
deadline-inline-desc = Ce que fait le réglage, et ce que deviennent vos échanges
deadline-keywords = gemini google situation

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Ouvrir l'activité Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Opposition RGPD
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini : désactiver l'entraînement de l'IA de Google sur vos échanges Gemini
gemini-command = Désactiver l'entraînement IA sur vos échanges Gemini
gemini-inline-title = Désactiver l'entraînement IA sur Gemini
gemini-inline-desc = Le réglage, et la demande d'opposition de Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini : désactiver le réglage d'activité (<i>Keep Activity</i>)</b>

    <b>Le plus rapide :</b> touchez <i>Ouvrir l'activité Gemini</i> ci-dessous, connectez-vous à Google si on vous le demande, et désactivez le réglage d'activité (<i>Keep Activity</i> ; il peut encore s'appeler <i>Activité dans les applications Gemini</i>). Vous pouvez aussi choisir de le désactiver et de supprimer votre activité.

    <b>Dans l'application Gemini :</b> votre photo de profil → <i>Activité dans les applications Gemini</i> ou <i>Keep Activity</i> → désactiver.
    <b>Sur ordinateur :</b> gemini.google.com → <i>Paramètres et aide</i> → <i>Activité</i> → désactiver.

    <b>Ensuite :</b> aucune confirmation n'arrive ; la page affiche le réglage comme désactivé.

    <blockquote expandable><b>Bon à savoir</b>
    • Une fois le réglage désactivé, Google dit conserver les nouvelles conversations 72 heures et ne pas s'en servir pour l'entraînement, sauf si vous envoyez un commentaire. Les discussions temporaires ne servent pas non plus.
    • La désactivation s'applique dès lors.
    • Vous pouvez aussi vous opposer au titre du RGPD : le second bouton ouvre le formulaire de demande juridique de Google (dans l'application : sous une réponse, <i>Plus</i> → <i>Signaler un problème juridique</i>). Il vous demande de décrire le traitement : /template vous donne une lettre.
    • Google a déclaré en novembre 2025 ne pas utiliser le contenu de Gmail pour entraîner Gemini.</blockquote>
