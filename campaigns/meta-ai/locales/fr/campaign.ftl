## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opposez-vous à l'usage de vos contenus pour entraîner l'IA de Meta
intro =
    Meta entraîne son intelligence artificielle sur les publications, photos, légendes et commentaires publics des adultes de l'UE, ainsi que sur ce qu'on envoie à Meta AI. Le RGPD (article 21) vous permet de vous y opposer. Comptez deux minutes par plateforme.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Vous pouvez vous opposer à tout moment, et votre opposition s'applique à partir du jour où vous la déposez. Depuis le <b>{ $date }</b>, Meta entraîne son IA sur les publications, photos et commentaires publics des adultes et sur les échanges avec Meta AI ; sa politique de confidentialité pour l'UE de juillet 2026 mentionne toujours cet usage. Ce qui a déjà servi ne peut pas être retiré des modèles entraînés.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta commencera à utiliser les contenus le <b>{ $date }</b>. Temps restant : <b>{ $left }</b>. Une opposition s'applique à partir du jour où elle est déposée : déposée avant cette date, elle s'applique donc dès avant le début de l'entraînement.
deadline-after = ✅ Vous pouvez encore vous opposer : votre opposition s'applique à partir du jour où vous la déposez. Meta entraîne son IA sur les contenus depuis le <b>{ $date }</b> ; ce qui a déjà servi ne peut pas être retiré des modèles entraînés.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Rappel :</b> il reste { $left } jusqu'au <b>{ $date }</b>. Une opposition s'applique à partir du jour où elle est déposée.

    Reste à faire : { $platforms }.

    Touchez une plateforme pour voir les étapes. Déjà fait ? Cochez-la sous les étapes et je ne vous la rappellerai plus.
nothing-left = Vous avez coché les trois plateformes : aucun rappel n'est nécessaire. Merci !

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copiez la lettre ci-dessous (un appui suffit) et collez-la dans le champ <i>motif</i> du formulaire, ou dans le formulaire WhatsApp s'il demande pourquoi. Le paragraphe qui donne une raison est facultatif : gardez-le, écrivez le vôtre ou supprimez-le.
letter-body =
    Madame, Monsieur,

    En application de l'article 21, paragraphe 1, du RGPD (le règlement européen sur la protection des données), je m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles par Meta et ses partenaires pour développer et entraîner des intelligences artificielles. Cela concerne mes publications, photos, légendes, commentaires et tout autre contenu lié à mon compte, ainsi que mes échanges avec Meta AI.

    Je n'ai pas partagé ces contenus pour qu'ils servent à entraîner une IA, et je souhaite garder la maîtrise de leur utilisation.

    Conformément à l'article 12, paragraphe 3, du RGPD, je vous prie de me confirmer par écrit, dans un délai d'un mois, que mon opposition est enregistrée et qu'elle est mise en œuvre.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram et WhatsApp sont tous cochés. Merci !

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Faites passer : ce bot explique, dans votre langue, comment vous opposer à l'usage de vos publications pour entraîner l'IA de Meta.
    { $link }
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment s'opposer à l'usage de leurs publications, photos et commentaires pour entraîner l'IA de Meta.

    Tout le monde ici peut utiliser /facebook, /instagram, /whatsapp et /template.
description = Meta entraîne son IA sur les publications, photos et commentaires publics des adultes de l'UE, et sur ce qu'on envoie à Meta AI. Ce bot vous montre, étape par étape et dans votre langue, comment vous y opposer sur Facebook et Instagram et ce qu'il en est sur WhatsApp, et vous donne une lettre à coller.
short-description = Opposez-vous à l'usage de vos publications pour entraîner l'IA de Meta : étapes, formulaires, lettre.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Lettre d'opposition à Meta
letter-inline-desc = Une lettre prête à coller dans les formulaires de Meta
letter-keywords = lettre modèle courrier opposition meta
deadline-inline-title = Meta AI : où en est-on
deadline-inline-desc = Depuis quand Meta entraîne son IA sur les contenus, et ce que fait une opposition aujourd'hui
deadline-keywords = meta situation depuis date

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Formulaire officiel
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Page de Meta sur l'IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook : s'opposer sur Facebook, étape par étape
facebook-command = S'opposer sur Facebook
facebook-inline-title = S'opposer sur Facebook
facebook-inline-desc = Les étapes et le formulaire officiel
facebook-keywords = facebook fb meta
facebook-steps =
    <b>S'opposer sur Facebook</b>

    <b>Le plus rapide :</b> touchez <i>Formulaire officiel</i> ci-dessous. Si la page le demande, connectez-vous à Facebook. Aucune session ouverte dans ce navigateur ? Ouvrez le lien dans votre navigateur habituel (⋯ → <i>Ouvrir dans le navigateur</i>), ou suivez les étapes dans l'application.
    Dans le formulaire, indiquez l'adresse e-mail de votre compte ; le champ du motif est facultatif (laissez-le vide ou collez la lettre de /template). Puis envoyez.

    <b>Ensuite :</b> Meta confirme par e-mail ou à l'écran. Gardez cette confirmation.

    <blockquote expandable><b>Dans l'application</b>
    1. Ouvrez le menu, puis <i>Paramètres et confidentialité</i> → <i>Espace confidentialité</i>.
    2. Ouvrez <i>Sujets liés à la confidentialité</i> → <i>L'IA chez Meta</i>.
    3. Choisissez <i>Envoyer une demande d'opposition</i>.
    4. Indiquez l'adresse e-mail de votre compte. Le champ du motif est facultatif.
    5. Envoyez le formulaire.</blockquote>

    <blockquote expandable><b>Bon à savoir</b>
    • Aucun motif n'est exigé.
    • Une seule opposition couvre tous les comptes reliés dans le même Espace Comptes. Un compte non relié, ou qui utilise une autre adresse e-mail, demande sa propre opposition.
    • Les Pages Facebook ne peuvent pas s'opposer avec ce formulaire, seuls les comptes personnels le peuvent.
    • Opposition déjà faite en 2024 ? Refaites-la, par précaution.
    • Meta a déplacé certains de ses formulaires de contact. Si le formulaire ne s'ouvre pas, le second bouton mène à la page de Meta sur l'IA générative, qui renvoie vers le droit d'opposition.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Formulaire officiel
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Page de Meta sur l'IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram : s'opposer sur Instagram, étape par étape
instagram-command = S'opposer sur Instagram
instagram-inline-title = S'opposer sur Instagram
instagram-inline-desc = Les étapes et le formulaire officiel
instagram-keywords = instagram insta ig
instagram-steps =
    <b>S'opposer sur Instagram</b>

    <b>Le plus rapide :</b> touchez <i>Formulaire officiel</i> ci-dessous. Si la page le demande, connectez-vous à Instagram. Aucune session ouverte dans ce navigateur ? Ouvrez le lien dans votre navigateur habituel (⋯ → <i>Ouvrir dans le navigateur</i>), ou suivez les étapes dans l'application.
    Si le formulaire demande si votre demande concerne l'IA chez Meta, répondez <b>Oui</b>. Indiquez l'adresse e-mail de votre compte ; le champ du motif est facultatif (laissez-le vide ou collez la lettre de /template). Puis envoyez.

    <b>Ensuite :</b> Meta confirme par e-mail ou à l'écran. Gardez cette confirmation.

    <blockquote expandable><b>Dans l'application</b>
    1. Allez sur votre profil et touchez le menu ☰ (<i>Paramètres et activité</i>).
    2. Trouvez <i>Espace confidentialité</i> dans ce menu (selon les versions, sous <i>À propos</i> → <i>Politique de confidentialité</i>).
    3. Cherchez <i>Droit d'opposition</i> et ouvrez le formulaire.
    4. S'il demande si votre demande concerne l'IA chez Meta, répondez <i>Oui</i>.
    5. Indiquez l'adresse e-mail de votre compte. Le champ du motif est facultatif.
    6. Envoyez le formulaire.</blockquote>

    <blockquote expandable><b>Bon à savoir</b>
    • Aucun motif n'est exigé.
    • Une seule opposition couvre tous les comptes reliés dans le même Espace Comptes, Facebook compris. Les comptes non reliés demandent leur propre opposition.
    • Opposition déjà faite en 2024 ? Refaites-la, par précaution.
    • Meta a déplacé certains de ses formulaires de contact. Si le formulaire ne s'ouvre pas, le second bouton mène à la page de Meta sur l'IA générative, qui renvoie vers le droit d'opposition.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formulaire WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp : fait
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp : WhatsApp et Meta AI : ce qui sert, et un formulaire par précaution
whatsapp-command = WhatsApp et Meta AI
whatsapp-inline-title = WhatsApp et Meta AI
whatsapp-inline-desc = Ce qui sert, et un formulaire par précaution
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp et Meta AI</b>

    WhatsApp n'a ni interrupteur ni réglage d'opposition propre pour Meta AI. <b>La protection la plus sûre : ne rien envoyer à Meta AI.</b>
    • Dans un groupe, n'importe quel membre peut appeler @Meta AI. La <i>confidentialité avancée des discussions</i> (touchez le nom de la discussion) peut empêcher les membres d'utiliser Meta AI dans cette discussion. Les sources ne concordent pas sur ce point : vérifiez que votre application le propose.

    <b>Ce qui sert :</b> vos discussions privées sont chiffrées de bout en bout et ne servent <b>pas</b> à entraîner l'IA. Ce que vous envoyez à Meta AI (le cercle bleu et rose, ou @Meta AI appelé dans un groupe) n'est pas chiffré de bout en bout et peut servir. Meta AI ne peut pas être désactivé dans WhatsApp ; on peut seulement ne pas s'en servir. En juin 2025, Meta a déclaré ne pas utiliser à ce moment-là les échanges WhatsApp avec Meta AI pour l'entraînement.

    <b>Par précaution, un formulaire web.</b> La politique de confidentialité de WhatsApp y renvoie pour les oppositions en général ; ce n'est pas un interrupteur pour l'IA, et les associations de consommateurs indiquent que WhatsApp n'a pas de procédure d'opposition officielle propre à l'IA.
    1. Touchez le bouton ci-dessous (ou cherchez, parmi les liens juridiques de whatsapp.com, le formulaire sur les droits des personnes concernées).
    2. Choisissez l'option pour vous opposer au traitement de vos informations.
    3. Indiquez votre numéro de téléphone avec l'indicatif du pays, et votre adresse e-mail.
    4. S'il demande pourquoi, collez la lettre de /template.
    5. Envoyez le formulaire. WhatsApp répond par e-mail ; gardez cette réponse.
