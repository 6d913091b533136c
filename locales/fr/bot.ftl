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
    /forget : effacer tout ce que je garde sur cette discussion

    Tapez aussi @{ $bot } dans n'importe quelle discussion pour y poster une fiche.
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
remind-after-deadline = Vous pouvez toujours vous opposer, à tout moment, et votre opposition s'applique à partir du jour où vous la déposez. Il n'y a rien à vous rappeler, car cette date (<b>{ $date }</b>) est passée.
stop-done = 🔕 Rappels désactivés. Envoyez /remind pour les réactiver.
stop-not-subscribed = Les rappels n'étaient pas activés. Envoyez /remind pour les activer.

## /status
status-title = <b>Votre liste</b>
status-done = ✅ { $platform } : fait
status-open = ⬜ { $platform } : reste à faire
status-subscribed = 🔔 Rappels activés. Prochain : <b>{ $when }</b>.
status-no-wave = 🔕 Plus aucun rappel n'est prévu.
status-not-subscribed = 🔕 Rappels désactivés. Envoyez /remind pour les activer.
marked-done = Noté : { $platform } fait.
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
