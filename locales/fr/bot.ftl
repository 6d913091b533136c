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
btn-letter = ✍️ Lettre d'opposition
btn-remind = 🔔 Me le rappeler
btn-language = 🌐 Langue
btn-share = 📣 Partager
btn-menu = ↩️ Menu
btn-deadline = ⏳ Échéance
btn-status = ✅ Ma liste
btn-mark-done = ☑️ Je me suis opposé·e sur { $platform }
btn-mark-undone = ↩️ Finalement pas fait sur { $platform }

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
stop-done = 🔕 Rappels désactivés. Envoyez /remind pour les réactiver.
stop-not-subscribed = Les rappels n'étaient pas activés. Envoyez /remind pour les activer.

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
# Ajouté à group-intro tant que des rappels sont à venir.
group-intro-remind = Un administrateur peut activer les rappels pour le groupe avec /remind.

## Menu des commandes (256 caractères au plus chacune)
cmd-start = Commencer ici
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
