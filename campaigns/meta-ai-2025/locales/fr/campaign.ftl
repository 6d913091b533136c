## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opposez-vous à l'usage de vos contenus par l'IA de Meta
intro =
    Meta se sert des publications, photos, légendes et commentaires publics des adultes de l'UE, ainsi que de ce qu'on envoie à Meta AI, pour entraîner son intelligence artificielle. Le RGPD (article 21) vous donne le droit de vous y opposer. Comptez deux minutes par plateforme.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta commence à utiliser les contenus le <b>{ $date }</b>. Temps restant : <b>{ $left }</b>. Une opposition vaut à partir du jour où elle est déposée : déposée avant cette date, elle s'applique donc avant le début de l'entraînement.
deadline-after = ℹ️ Meta entraîne son IA sur les contenus depuis le <b>{ $date }</b>. Vous pouvez toujours vous y opposer : l'opposition vaut à partir du jour où vous la déposez. Ce qui a déjà servi ne peut pas être retiré des modèles déjà entraînés.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copiez la lettre ci-dessous (un appui suffit) et collez-la dans le champ <i>motif</i> du formulaire, ou dans le formulaire WhatsApp s'il demande une justification.
letter-body =
    Madame, Monsieur,

    En application de l'article 21, paragraphe 1, du RGPD, je m'oppose au traitement de mes données personnelles par Meta et ses partenaires pour développer et entraîner des intelligences artificielles. Cela concerne mes publications, photos, légendes, commentaires et tout autre contenu lié à mon compte, ainsi que mes échanges avec Meta AI.

    Conformément à l'article 12, paragraphe 3, du RGPD, je vous prie de me confirmer par écrit, dans un délai d'un mois, que mon opposition est enregistrée et appliquée.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Rappel :</b> il reste { $left } avant l'échéance (<b>{ $date }</b>). Une opposition vaut à partir du jour où elle est déposée.

    Reste à faire : { $platforms }.

    Touchez une plateforme pour la marche à suivre. Déjà fait ? Cochez-la sous les étapes et je ne vous en parlerai plus.
# When every platform of this campaign is ticked off.
all-done = ✅ Vous vous êtes opposé·e sur les trois plateformes. Merci ! Je ne vous enverrai plus de rappel.
nothing-left = Vous avez coché les trois plateformes : pas besoin de rappel. Merci !

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Faites passer : ce bot explique, dans votre langue, comment s'opposer à ce que Meta utilise vos publications pour entraîner son IA.
    { $link }
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment s'opposer à ce que Meta utilise leurs publications, photos et commentaires pour entraîner son IA.

    Tout le monde ici peut utiliser /facebook, /instagram, /whatsapp et /template.
description = Meta entraîne son IA sur les publications, photos et commentaires publics des adultes de l'UE, et sur ce qu'on envoie à Meta AI. Ce bot vous montre, étape par étape et dans votre langue, comment vous y opposer sur Facebook et Instagram et ce qu'il en est sur WhatsApp, et vous donne une lettre à coller. Quand une échéance approche, il peut vous la rappeler.
short-description = Opposez-vous à l'usage de vos publications par l'IA de Meta : étapes, formulaires, lettre.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Lettre d'opposition
letter-inline-desc = Une lettre prête à coller dans les formulaires
letter-keywords = lettre modèle courrier
deadline-inline-title = Échéance
deadline-inline-desc = Où en sont les choses, et ce que change une opposition aujourd'hui
deadline-keywords = échéance date délai

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formulaire officiel (connectez-vous à Facebook si demandé)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook : s'opposer sur Facebook, étape par étape
facebook-command = S'opposer sur Facebook
facebook-inline-title = S'opposer sur Facebook
facebook-inline-desc = Les étapes et le formulaire officiel
facebook-keywords = facebook fb meta
facebook-steps =
    <b>S'opposer sur Facebook</b>

    <b>Le plus rapide :</b> touchez le bouton ci-dessous pour ouvrir le formulaire officiel de Meta. Si la page le demande, connectez-vous d'abord à Facebook.

    <b>Dans l'application :</b>
    1. Ouvrez le menu, puis <i>Paramètres et confidentialité</i> → <i>Espace confidentialité</i>.
    2. Ouvrez <i>Sujets liés à la confidentialité</i> → <i>L'IA chez Meta</i>.
    3. Choisissez <i>Envoyer une demande d'opposition</i>.
    4. Indiquez l'adresse e-mail de votre compte. Le champ du motif est facultatif : laissez-le vide ou collez la lettre de /template.
    5. Envoyez le formulaire.

    <b>Ensuite :</b> Meta confirme par e-mail ou à l'écran. Gardez cette confirmation.

    <b>Bon à savoir</b>
    • Aucun motif n'est exigé.
    • Une seule opposition couvre tous les comptes reliés dans le même Espace Comptes. Un compte non relié, ou avec une autre adresse e-mail, demande sa propre opposition.
    • Les Pages Facebook ne peuvent pas s'opposer avec ce formulaire, seulement les comptes personnels.
    • Déjà opposé·e en 2024 ? Recommencez, par précaution.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formulaire officiel (connectez-vous à Instagram si demandé)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram : s'opposer sur Instagram, étape par étape
instagram-command = S'opposer sur Instagram
instagram-inline-title = S'opposer sur Instagram
instagram-inline-desc = Les étapes et le formulaire officiel
instagram-keywords = instagram insta ig
instagram-steps =
    <b>S'opposer sur Instagram</b>

    <b>Le plus rapide :</b> touchez le bouton ci-dessous pour ouvrir le formulaire officiel de Meta. Si la page le demande, connectez-vous d'abord à Instagram.

    <b>Dans l'application :</b>
    1. Allez sur votre profil et touchez le menu ☰ (<i>Paramètres et activité</i>).
    2. Trouvez <i>Espace confidentialité</i> dans ce menu (selon les versions, sous <i>À propos</i> → <i>Politique de confidentialité</i>).
    3. Cherchez <i>Droit d'opposition</i> et ouvrez le formulaire.
    4. Indiquez l'adresse e-mail de votre compte. Le champ du motif est facultatif : laissez-le vide ou collez la lettre de /template.
    5. Envoyez le formulaire.

    <b>Ensuite :</b> Meta confirme par e-mail ou à l'écran. Gardez cette confirmation.

    <b>Bon à savoir</b>
    • Aucun motif n'est exigé.
    • Une seule opposition couvre tous les comptes reliés dans le même Espace Comptes, Facebook compris. Les comptes non reliés demandent leur propre opposition.
    • Déjà opposé·e en 2024 ? Recommencez, par précaution.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Ouvrir le formulaire officiel WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp : s'opposer sur WhatsApp, étape par étape
whatsapp-command = WhatsApp et Meta AI
whatsapp-inline-title = S'opposer sur WhatsApp
whatsapp-inline-desc = Échanges avec Meta AI : ce qui sert, et un formulaire
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp et Meta AI</b>

    Vos discussions privées sont chiffrées de bout en bout et ne servent <b>pas</b> à entraîner l'IA. Ce que vous envoyez à Meta AI (le cercle bleu et rose dans l'application, ou @Meta AI appelé dans un groupe) n'est pas chiffré de bout en bout et peut servir.

    • Meta AI ne peut pas être désactivé dans WhatsApp ; on peut seulement ne pas s'en servir.
    • En juin 2025, Meta a déclaré ne pas utiliser pour l'instant les échanges WhatsApp avec Meta AI pour l'entraînement.
    • L'application n'a aucun réglage d'opposition, et les associations de consommateurs indiquent que WhatsApp n'a pas de procédure d'opposition officielle propre pour cela.

    <b>La protection la plus sûre :</b> ne rien envoyer à Meta AI.

    <b>Par précaution, un formulaire web :</b>
    1. Touchez le bouton ci-dessous (ou allez sur whatsapp.com → <i>Mentions légales</i> → le formulaire sur les droits des personnes concernées, quel que soit son nom actuel).
    2. Choisissez les options pour vous opposer à l'usage de vos données.
    3. Indiquez votre numéro de téléphone avec l'indicatif du pays, et votre adresse e-mail.
    4. S'il demande une justification, collez la lettre de /template.
    5. Envoyez le formulaire. WhatsApp répond par e-mail ; gardez cette réponse.
