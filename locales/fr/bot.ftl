## objection-bot : textes en français (la langue de référence).
## HTML de Telegram : seulement <b> <i> <u> <s> <a href> <code> <pre> <blockquote> ; écrire & en &amp; et < en &lt;.
## Les liens et les dates ne s'écrivent jamais ici : ils viennent du fichier de campagne.

# Le nom de la langue dans cette langue, sur le clavier de /language.
language-name = Français

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
btn-letter = ✍️ Lettre
btn-remind = 🔔 Me le rappeler
btn-language = 🌐 Langue
btn-share = 📣 Partager
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Où en est-on
btn-status = ✅ Ma liste
# Le bouton à cocher sous une plateforme à formulaire…
btn-mark-done = ☑️ Opposition faite sur { $platform }
btn-mark-undone = ↩️ Finalement pas fait sur { $platform }
btn-stop = 🔕 Arrêter les rappels
btn-tick-in-private = ☑️ Cocher en privé

## /start
start-text =
    { $campaigns }

    Choisissez une plateforme pour voir la marche à suivre :

## /template
letter-pick = De quelle lettre avez-vous besoin ? Choisissez une campagne :

## /language
language-choose = Choisissez la langue que j'utiliserai dans cette discussion :
language-set = C'est fait : je parlerai français ici.

## /help
help-text =
    <b>Ce que je sais faire</b>
    { $platforms }
    /template : une lettre à coller dans les formulaires
    /deadline : où en est-on
    { $reminders }/status : votre liste
    /language : changer de langue
    /share : un lien à faire circuler
    /privacy : ce que je garde sur vous
    /news : une alerte quand une nouvelle façon de s'opposer apparaît
    /forget : effacer tout ce que je garde sur cette discussion

    Tapez aussi @{ $bot } dans n'importe quelle discussion pour y poster une fiche.
## /privacy et /forget
privacy-text =
    <b>Ce que je garde</b>
    • Le numéro de cette discussion, sa langue, si vous voulez des rappels ou des nouveautés, les plateformes que vous avez cochées et à quelle date, et les rappels, relances et vérifications prévus ou déjà envoyés, pour que personne n'en reçoive deux fois.
    • Pourquoi la date : un mois après que vous avez coché un formulaire, je vous demande une seule fois si l'entreprise a confirmé. Une vérification d'un réglage n'est gardée que si vous la demandez.
    • Rien d'autre : ni nom, ni pseudo, ni numéro de téléphone, ni texte de message. Le pays que vous choisissez pour trouver une autorité n'est pas gardé.

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
remind-after-deadline = Vous pouvez toujours vous opposer, à tout moment, et votre opposition s'applique à partir du jour où vous la déposez. Il n'y a rien à vous rappeler, car cette date (<b>{ $date }</b>) est passée.
stop-done = 🔕 Rappels désactivés. Envoyez /remind pour les réactiver.
stop-not-subscribed = Les rappels n'étaient pas activés. Envoyez /remind pour les activer.
# /stop quand des relances, des vérifications ou les nouveautés étaient aussi activées : tout s'arrête.
stop-all = 🔕 C'est fait : plus de rappels, de relances ni de nouveautés de ma part. /start affiche de nouveau les plateformes.

## /status
status-title = <b>Votre liste</b>
status-done = ✅ { $platform } : fait
status-open = ⬜ { $platform } : reste à faire
status-subscribed = 🔔 Rappels activés. Prochain : <b>{ $when }</b>.
status-no-wave = 🔕 Plus aucun rappel n'est prévu.
status-not-subscribed = 🔕 Rappels désactivés. Envoyez /remind pour les activer.
# La notification quand un formulaire est coché ; $after est une durée comme « 30 jours ».
marked-done-followup = Noté : { $platform } fait. Dans { $after }, je vous demanderai si l'opposition a été confirmée.
marked-undone = Noté : { $platform } reste à faire.

## Groupes
admin-only = Seul un administrateur du groupe peut faire cela.
# Ajouté à group-intro tant que des rappels sont à venir.
group-intro-remind = Un administrateur peut activer les rappels pour le groupe avec /remind.

## Menu des commandes (256 caractères au plus chacune)
cmd-start = Commencer ici
cmd-template = Une lettre à coller dans les formulaires
cmd-deadline = Où en est-on
cmd-remind = Des rappels avant l'échéance
cmd-stop = Plus de rappels
cmd-status = Votre liste
cmd-language = Changer de langue
cmd-share = Un lien à faire circuler
cmd-help = Toutes les commandes
cmd-privacy = Ce que le bot garde
cmd-forget = Effacer tout ce qui est gardé pour cette discussion
cmd-news = Une alerte quand une nouvelle façon de s'opposer apparaît

## Issue 17: new messages
# …et sous une plateforme à réglage : le réglage est désactivé.
btn-mark-done-setting = ☑️ Désactivé sur { $platform }

start-intro =
    <b>Vos données et leur IA</b>
    Plusieurs grandes plateformes entraînent une IA sur ce que les gens de l'UE publient ou demandent à leur IA. Sur chacune, vous pouvez vous opposer ou désactiver le réglage : cela prend une minute ou deux et s'applique dès le jour où vous le faites.

# Les lignes /remind et /stop de help-text, affichées seulement tant qu'un rappel est à venir.
help-reminders =
    /remind : des rappels avant une date fixée
    /stop : plus de rappels

# /remind quand aucune campagne n'a de date à venir.
remind-none = Vous pouvez vous opposer ou désactiver le réglage à tout moment, et cela s'applique dès le jour où vous le faites. Aucune date n'est à venir : il n'y a donc rien à vous rappeler.

# /stop quand aucun rappel n'est à venir (sans renvoyer vers /remind).
stop-none = 🔕 Aucun rappel n'est prévu : il n'y a donc rien à désactiver.

# La notification quand une plateforme à réglage est cochée.
marked-done-setting = Noté : désactivé sur { $platform }.

checked-line = <i>🗓 Étapes vérifiées le { $date }. Si l'écran est différent, l'application a peut-être changé : cherchez les mêmes mots à proximité.</i>

# La même chose pour une plateforme qui a un second bouton de lien.
checked-line-help = <i>🗓 Étapes vérifiées le { $date }. Si l'écran est différent ou si le premier lien ne s'ouvre pas, le second bouton mène à la page de la plateforme elle-même.</i>

profile-description = Plusieurs plateformes entraînent une IA sur ce que les gens de l'UE publient ou demandent à leur IA. Ce bot vous montre, étape par étape et dans votre langue, comment vous y opposer ou désactiver le réglage sur chacune, et vous donne une lettre quand un formulaire en demande une.

profile-short-description = Opposez-vous à l'entraînement de l'IA sur vos données, plateforme par plateforme : étapes, liens, lettre.

share-several =
    Faites passer : ce bot explique, dans votre langue, comment s'opposer à l'entraînement de l'IA sur vos données, plateforme par plateforme.
    { $link }

# $commands : les commandes des plateformes, par exemple /facebook /linkedin.
group-intro-several =
    Bonjour ! J'explique aux personnes de l'UE comment s'opposer à l'entraînement de l'IA sur leurs données, plateforme par plateforme.

    Tout le monde ici peut utiliser { $commands } et /template.

## Après avoir coché : relances, où porter réclamation, vérifications et nouveautés.
# Le message sous un réglage coché comme désactivé ; il propose une vérification (btn-recheck).
setting-thanks = ✅ Noté : désactivé sur { $platform }. Merci ! Des plateformes ont ajouté de nouveaux réglages d'IA, activés par défaut, sans prévenir leurs utilisateurs : je peux vous rappeler de vérifier.
# $after est une durée comme « 180 jours ».
btn-recheck = 🔔 Me le rappeler dans { $after }
recheck-on = 🔔 Le <b>{ $date }</b>, je vous rappellerai de vérifier que le réglage est toujours désactivé sur { $platform }.
# La vérification elle-même, avec le bouton du réglage dessous.
recheck-ask = 🔎 Le { $date }, vous avez désactivé le réglage sur { $platform }. Vérifiez, s'il vous plaît, qu'il est toujours désactivé et qu'aucun nouveau réglage d'IA n'est apparu à côté : des plateformes ont ajouté de tels réglages, activés par défaut, sans prévenir leurs utilisateurs. Cela prend une minute.
recheck-ask-undated = 🔎 Vous avez désactivé le réglage sur { $platform }. Vérifiez, s'il vous plaît, qu'il est toujours désactivé et qu'aucun nouveau réglage d'IA n'est apparu à côté : des plateformes ont ajouté de tels réglages, activés par défaut, sans prévenir leurs utilisateurs. Cela prend une minute.
btn-news-on = 🆕 M'avertir des nouveautés
btn-news-off = 🔕 Plus de nouveautés
news-on = 🆕 Je vous préviendrai quand une nouvelle façon de vous opposer ou de désactiver un réglage apparaîtra. Renvoyez /news pour arrêter.
news-off = 🔕 Plus de nouveautés de ma part. Envoyez /news pour les réactiver.
# La première ligne d'une annonce ; le titre et la présentation de la campagne suivent.
news-announce = 🆕 <b>Une nouvelle façon de vous opposer ou de désactiver un réglage</b>
# La relance, un mois après qu'un formulaire a été coché ($date est ce jour-là).
followup-ask =
    📬 Le { $date }, vous avez fait opposition sur { $platform }. L'entreprise doit vous informer des suites données à votre opposition dans un délai d'un mois à compter de sa réception (ou, dans ce même mois, vous indiquer qu'il lui faut jusqu'à deux mois de plus).

    A-t-elle confirmé ?
followup-ask-again = 📬 Je reviens vers vous : le { $date }, vous avez fait opposition sur { $platform }. L'entreprise l'a-t-elle confirmée ?
btn-confirmed = ✅ Oui, c'est confirmé
btn-later = ⏳ Pas encore, redemandez-moi
btn-no-answer = ❌ Pas de réponse
followup-confirmed = ✅ Merci ! Plus rien à faire pour { $platform }. Gardez la confirmation.
followup-later = ⏳ Je vous reposerai la question le <b>{ $date }</b>.
followup-letter-intro = Envoyez ce texte par le même formulaire ou à la même adresse que la première fois, complétez vos coordonnées et gardez-en une copie :
# La lettre de relance : formelle, moins de 1 000 caractères une fois complétée.
followup-letter =
    Objet : mon opposition du { $date } (article 21 du RGPD)

    Madame, Monsieur,

    Le { $date }, j'ai formé opposition, en application de l'article 21 du RGPD, à l'utilisation de mes données personnelles sur { $platform } pour développer et améliorer des intelligences artificielles.

    L'article 12, paragraphe 3, du RGPD vous impose de m'informer des mesures prises à la suite de ma demande dans un délai d'un mois à compter de sa réception. Je n'ai reçu aucune réponse.

    Je vous prie de me confirmer sans délai que mon opposition a été mise en œuvre. À défaut, j'introduirai une réclamation auprès d'une autorité de protection des données (article 77 du RGPD).

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
    { "[" }Votre nom]
    { "[" }L'adresse e-mail de votre compte]
complain-where = Si l'entreprise ne répond toujours pas, vous pouvez adresser une réclamation à une autorité de protection des données : dans le pays où vous vivez, où vous travaillez ou où la violation a été commise. Quel pays ?
btn-other-country = 🇪🇺 Un autre pays
complain-country = Quel pays ? Choisissez celui où vous vivez, où vous travaillez ou où la violation a été commise :
complain-land = En Allemagne, les réclamations contre des entreprises vont à l'autorité de votre Land. Lequel ?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Votre autorité transmet la réclamation à l'autorité chef de file (pour Meta, LinkedIn, Google et X, la Data Protection Commission irlandaise) et reste votre interlocutrice.

    À garder comme preuve : l'e-mail de confirmation ou une capture d'écran du formulaire envoyé, avec sa date, ainsi que la relance que vous avez envoyée. Une réclamation n'est pas anonyme vis-à-vis de l'entreprise, et beaucoup d'autorités ne l'acceptent que dans leur propre langue.
complain-home-only = <i>Je n'ai pas pu confirmer la page de réclamation de cette autorité : le bouton ouvre sa page d'accueil.</i>
btn-authority = 🏛 Ouvrir la page de l'autorité
