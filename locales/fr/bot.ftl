## objection-bot : textes en français (la langue de référence).
## HTML de Telegram : seulement <b> <i> <u> <s> <a href> <code> <pre> <blockquote> ; écrire & en &amp; et < en &lt;.
## Les liens et les dates ne s'écrivent jamais ici : ils viennent du fichier de campagne.

# Le nom de la langue dans cette langue, sur le clavier de /language.
language-name = Français

## Noms des plateformes (noms de marque)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dates. $day, $year et $minute sont des nombres, $month est l'un des month-1 … month-12.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-format = { $day } { $month } { $year }
# $date est un date-format, $time est HH:MM et $zone vaut UTC+02:00 ou semblable.
datetime-format = { $date } à { $time } ({ $zone })

## Temps restant, avec les formes du pluriel.
left-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
left-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
left-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## Boutons (courts : ils doivent tenir sur un téléphone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Lettre d'opposition
btn-remind = 🔔 Me le rappeler
btn-language = 🌐 Langue
btn-share = 📣 Partager
btn-menu = ↩️ Menu
btn-deadline = ⏳ Échéance
btn-status = ✅ Ma liste
btn-open-form = 📝 Ouvrir le formulaire officiel { $platform }
# Bouton du formulaire d'une plateforme qui demande son compte : dire de se connecter si la page le demande.
btn-open-form-login = 📝 Formulaire officiel (connectez-vous à { $platform } si demandé)
btn-mark-done = ☑️ Je me suis opposé·e sur { $platform }
btn-mark-undone = ↩️ Finalement pas fait sur { $platform }

## /start
start-text =
    <b>Opposez-vous à l'usage de vos contenus par l'IA de Meta</b>

    Meta se sert des publications, photos, légendes et commentaires publics des adultes de l'UE, ainsi que de ce qu'on envoie à Meta AI, pour entraîner son intelligence artificielle. Le RGPD (article 21) vous donne le droit de vous y opposer. Comptez deux minutes par plateforme.

    { $deadline }

    Choisissez une plateforme pour voir la marche à suivre :

## Où en est l'échéance. $date est un datetime-format, $left une valeur left-*.
deadline-before = ⏳ Meta commence à utiliser les contenus le <b>{ $date }</b>. Temps restant : <b>{ $left }</b>. Une opposition vaut à partir du jour où elle est déposée : déposée avant cette date, elle s'applique donc avant le début de l'entraînement.
deadline-after = ℹ️ Meta entraîne son IA sur les contenus depuis le <b>{ $date }</b>. Vous pouvez toujours vous y opposer : l'opposition vaut à partir du jour où vous la déposez. Ce qui a déjà servi ne peut pas être retiré des modèles déjà entraînés.

## Marche à suivre par plateforme
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Copiez la lettre ci-dessous (un appui suffit) et collez-la dans le champ <i>motif</i> du formulaire, ou dans le formulaire WhatsApp s'il demande une justification.
letter-body =
    Madame, Monsieur,

    En application de l'article 21, paragraphe 1, du RGPD, je m'oppose au traitement de mes données personnelles par Meta et ses partenaires pour développer et entraîner des intelligences artificielles. Cela concerne mes publications, photos, légendes, commentaires et tout autre contenu lié à mon compte, ainsi que mes échanges avec Meta AI.

    Conformément à l'article 12, paragraphe 3, du RGPD, je vous prie de me confirmer par écrit, dans un délai d'un mois, que mon opposition est enregistrée et appliquée.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

## /language
language-choose = Choisissez la langue que j'utiliserai dans cette discussion :
language-set = C'est fait : je parlerai français ici.

## /help
help-text =
    <b>Ce que je sais faire</b>
    /facebook : s'opposer sur Facebook, étape par étape
    /instagram : s'opposer sur Instagram, étape par étape
    /whatsapp : s'opposer sur WhatsApp, étape par étape
    /template : une lettre à coller dans les formulaires
    /deadline : l'échéance et où en sont les choses
    { $remind }
    /stop : plus de rappels
    /status : votre liste et le prochain rappel
    /language : changer de langue
    /share : un lien à faire circuler
    /privacy : ce que je garde sur vous
    /forget : effacer tout ce que je garde sur cette discussion

    Tapez aussi @{ $bot } dans n'importe quelle discussion pour y poster une fiche.
# La ligne /remind de help-text : tant que des rappels sont à venir…
help-remind = /remind : des rappels avant l'échéance
# …et quand il n'en reste aucun (échéance passée, ou aucun rappel avant elle).
help-remind-none = /remind : pourquoi il n'y a pas de rappels maintenant

## /privacy et /forget
privacy-text =
    <b>Ce que je garde</b>
    • Le numéro de cette discussion, la langue choisie, si vous voulez des rappels, les plateformes que vous avez cochées, et les rappels déjà envoyés, pour que personne n'en reçoive deux fois.
    • Rien d'autre : ni nom, ni pseudo, ni numéro de téléphone, ni texte de message.

    <b>Combien de temps</b>
    Jusqu'à ce que vous envoyiez /forget, que vous me bloquiez ou que vous me retiriez du groupe. Tout est alors effacé aussitôt.

    /forget efface maintenant tout ce qui concerne cette discussion.
forget-done = C'est fait : tout ce que je gardais sur cette discussion est effacé. Envoyez /start quand vous voulez pour recommencer.

## Tout le reste
unknown-text = Je ne comprends que les commandes. Envoyez /help pour les voir.
stale-button = Ce bouton ne fonctionne plus. Envoyez /start pour un menu à jour.
error-text = Un problème est survenu de mon côté. Réessayez dans une minute, s'il vous plaît.

## Rappels
remind-on = 🔔 Rappels activés. Prochain rappel : <b>{ $when }</b>.
remind-no-wave = Il ne reste aucun rappel avant l'échéance (<b>{ $date }</b>) : le meilleur moment pour vous opposer, c'est maintenant.
remind-already = 🔔 Les rappels sont déjà activés. Prochain rappel : <b>{ $when }</b>.
remind-after-deadline = L'échéance (<b>{ $date }</b>) est passée, il n'y a donc rien à vous rappeler, mais vous pouvez toujours vous opposer et votre opposition vaudra à partir du jour où vous la déposerez.
remind-nothing-left = Vous avez coché les trois plateformes : pas besoin de rappel. Merci !
stop-done = 🔕 Rappels désactivés. Envoyez /remind pour les réactiver.
stop-not-subscribed = Les rappels n'étaient pas activés. Envoyez /remind pour les activer.
reminder-text =
    🔔 <b>Rappel :</b> il reste { $left } avant l'échéance (<b>{ $date }</b>). Une opposition vaut à partir du jour où elle est déposée.

    Reste à faire : { $platforms }.

    Touchez une plateforme pour la marche à suivre. Déjà fait ? Cochez-la sous les étapes et je ne vous en parlerai plus.
all-done-text = ✅ Vous vous êtes opposé·e sur les trois plateformes. Merci ! Je ne vous enverrai plus de rappel.

## /status
status-title = <b>Votre liste</b>
status-done = ✅ { $platform } : opposition faite
status-open = ⬜ { $platform } : reste à faire
status-subscribed = 🔔 Rappels activés. Prochain : <b>{ $when }</b>.
status-no-wave = 🔕 Plus aucun rappel n'est prévu.
status-not-subscribed = 🔕 Rappels désactivés. Envoyez /remind pour les activer.
marked-done = Noté : { $platform } fait.
marked-undone = Noté : { $platform } reste à faire.

## Groupes
admin-only = Seul un administrateur du groupe peut faire cela.
group-intro =
    Bonjour ! J'explique aux personnes de l'UE comment s'opposer à ce que Meta utilise leurs publications, photos et commentaires pour entraîner son IA.

    Tout le monde ici peut utiliser /facebook, /instagram, /whatsapp et /template.
# Ajouté à group-intro tant que des rappels sont à venir.
group-intro-remind = Un administrateur peut activer les rappels pour le groupe avec /remind.

## Partage et mode inline
share-text =
    Faites passer : ce bot explique, dans votre langue, comment s'opposer à ce que Meta utilise vos publications pour entraîner son IA.
    { $link }
inline-facebook-title = S'opposer sur Facebook
inline-facebook-desc = Les étapes et le formulaire officiel
inline-instagram-title = S'opposer sur Instagram
inline-instagram-desc = Les étapes et le formulaire officiel
inline-whatsapp-title = S'opposer sur WhatsApp
inline-whatsapp-desc = Échanges avec Meta AI : ce qui sert, et un formulaire
inline-letter-title = Lettre d'opposition
inline-letter-desc = Une lettre prête à coller dans les formulaires
inline-deadline-title = Échéance
inline-deadline-desc = Où en sont les choses, et ce que change une opposition aujourd'hui
# Mots, en plus du titre, qui trouvent une fiche quand on les tape après @bot (séparés par des espaces).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = lettre modèle courrier
inline-deadline-keywords = échéance date délai

## Menu des commandes (256 caractères au plus chacune)
cmd-start = Commencer ici
cmd-facebook = S'opposer sur Facebook
cmd-instagram = S'opposer sur Instagram
cmd-whatsapp = WhatsApp et Meta AI
cmd-template = Une lettre à coller dans les formulaires
cmd-deadline = L'échéance et où en sont les choses
cmd-remind = Des rappels avant l'échéance
cmd-stop = Plus de rappels
cmd-status = Votre liste
cmd-language = Changer de langue
cmd-share = Un lien à faire circuler
cmd-help = Toutes les commandes
cmd-privacy = Ce que le bot garde
cmd-forget = Effacer tout ce qui est gardé pour cette discussion

## Profil du bot : description de 512 caractères au plus, description courte de 120 au plus.
bot-description = Meta entraîne son IA sur les publications, photos et commentaires publics des adultes de l'UE, et sur ce qu'on envoie à Meta AI. Ce bot vous montre, étape par étape et dans votre langue, comment vous y opposer sur Facebook et Instagram et ce qu'il en est sur WhatsApp, et vous donne une lettre à coller. Quand une échéance approche, il peut vous la rappeler.
bot-short-description = Opposez-vous à l'usage de vos publications par l'IA de Meta : étapes, formulaires, lettre.
