## objection-bot: textos em português (europeu).
## HTML do Telegram: só <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & escreve-se &amp; e < escreve-se &lt;.
## As ligações e as datas nunca se escrevem aqui: vêm do ficheiro da campanha.

# O nome da língua na própria língua, como aparece no teclado de /language.
language-name = Português

## Datas. $day, $year e $minute são números; $month é um de month-1 … month-12.
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-format = { $day } de { $month } de { $year }
# $date é um date-format, $time é HH:MM e $zone é UTC+02:00 ou semelhante.
datetime-format = { $date }, às { $time } ({ $zone })

## Tempo restante, com formas de plural.
left-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
left-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
left-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## Botões (curtos: têm de caber num telemóvel)
btn-letter = ✍️ Carta
btn-remind = 🔔 Lembrar-me
btn-language = 🌐 Idioma
btn-share = 📣 Partilhar
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Ponto da situação
btn-status = ✅ A minha lista
# O botão de assinalar sob uma plataforma com formulário…
btn-mark-done = ☑️ Já me opus no { $platform }
btn-mark-undone = ↩️ Afinal ainda não o fiz no { $platform }
btn-stop = 🔕 Parar lembretes
btn-tick-in-private = ☑️ Marcar em privado

## /start
start-text =
    { $campaigns }

    Escolha uma plataforma para ver os passos:

## /template
letter-pick = De que carta precisa? Escolha uma campanha:

## /language
language-choose = Escolha a língua que devo usar nesta conversa:
language-set = Feito: aqui vou falar português.

## /help
help-text =
    <b>O que posso fazer</b>
    { $platforms }
    /template: uma carta para colar nos formulários
    /deadline: ponto da situação
    { $reminders }/status: a sua lista
    /language: mudar de língua
    /share: uma ligação para partilhar
    /privacy: o que guardo sobre si
    /forget: apagar tudo o que guardo sobre esta conversa

    Também pode escrever @{ $bot } em qualquer conversa para publicar aí um cartão.

## /privacy e /forget
privacy-text =
    <b>O que guardo</b>
    • O número desta conversa, a língua escolhida, se quer lembretes, as plataformas que já assinalou como feitas e os lembretes já enviados, para que ninguém receba o mesmo duas vezes.
    • Mais nada: nem nomes, nem nomes de utilizador, nem números de telefone, nem o texto das mensagens.

    <b>Durante quanto tempo</b>
    Até enviar /forget, me bloquear ou me remover do grupo. Nesse momento, tudo é apagado de imediato.

    /forget apaga agora tudo o que diz respeito a esta conversa.
forget-done = Feito: tudo o que eu guardava sobre esta conversa foi apagado. Envie /start quando quiser para recomeçar.

## Tudo o resto
unknown-text = Só entendo comandos. Envie /help para os ver.
stale-button = Este botão já não funciona. Envie /start para obter um menu atualizado.
error-text = Algo correu mal do meu lado. Tente novamente daqui a um minuto.

## Lembretes
remind-on = 🔔 Lembretes ativados. Próximo lembrete: <b>{ $when }</b>.
remind-no-wave = Já não há nenhum lembrete antes do prazo (<b>{ $date }</b>), por isso o melhor momento para se opor é agora.
remind-already = 🔔 Os lembretes já estão ativados. Próximo lembrete: <b>{ $when }</b>.
remind-after-deadline = Pode opor-se a qualquer momento, e a sua oposição aplica-se a partir do dia em que a apresentar. Não há lembretes a enviar, porque essa data (<b>{ $date }</b>) já passou.
stop-done = 🔕 Lembretes desativados. Envie /remind para os voltar a ativar.
stop-not-subscribed = Os lembretes não estavam ativados. Envie /remind para os ativar.

## /status
status-title = <b>A sua lista</b>
status-done = ✅ { $platform }: feito
status-open = ⬜ { $platform }: por fazer
status-subscribed = 🔔 Lembretes ativados. Próximo: <b>{ $when }</b>.
status-no-wave = 🔕 Não há mais lembretes previstos.
status-not-subscribed = 🔕 Lembretes desativados. Envie /remind para os ativar.
marked-done = Registado: { $platform } feito.
marked-undone = Registado: { $platform } por fazer.

## Grupos
admin-only = Só um administrador deste grupo pode fazer isso.
# Acrescentado a group-intro enquanto houver lembretes pela frente.
group-intro-remind = Um administrador pode ativar os lembretes para o grupo com /remind.

## Menu de comandos (256 caracteres no máximo cada um)
cmd-start = Começar aqui
cmd-template = Uma carta para colar nos formulários
cmd-deadline = Ponto da situação
cmd-remind = Lembretes antes do prazo
cmd-stop = Acabar com os lembretes
cmd-status = A sua lista
cmd-language = Mudar de língua
cmd-share = Uma ligação para partilhar
cmd-help = Todos os comandos
cmd-privacy = O que o bot guarda
cmd-forget = Apagar tudo o que está guardado sobre esta conversa

## Issue 17: new messages
# …e sob uma plataforma com definição: diz que está desativada.
btn-mark-done-setting = ☑️ Desativado no { $platform }

start-intro =
    <b>Os seus dados e a IA deles</b>
    Várias grandes plataformas treinam IA com o que as pessoas da UE publicam ou perguntam à IA delas. Em cada uma pode opor-se ou desativar: demora um ou dois minutos e aplica-se a partir do dia em que o faz.

# As linhas /remind e /stop de help-text, mostradas só enquanto houver um lembrete pela frente.
help-reminders =
    /remind: lembretes antes de uma data marcada
    /stop: acabar com os lembretes

# /remind quando nenhuma campanha tem uma data pela frente.
remind-none = Pode opor-se ou desativar a qualquer momento, e aplica-se a partir do dia em que o faz. Não há nenhuma data pela frente, por isso não há lembretes a enviar.

# /stop quando não há nenhum lembrete pela frente (sem remeter para /remind).
stop-none = 🔕 Não há lembretes previstos, por isso não há nada para desativar.

# O aviso quando se assinala uma plataforma com definição.
marked-done-setting = Registado: desativado no { $platform }.

checked-line = <i>🗓 Passos verificados a { $date }. Se o ecrã estiver diferente, a aplicação pode ter mudado: procure as mesmas palavras ali perto.</i>

# O mesmo, para uma plataforma com um segundo botão de ligação.
checked-line-help = <i>🗓 Passos verificados a { $date }. Se o ecrã estiver diferente ou a primeira ligação não abrir, o segundo botão leva à página da própria plataforma.</i>

profile-description = Várias plataformas treinam IA com o que as pessoas da UE publicam ou perguntam à IA delas. Este bot mostra-lhe, passo a passo e na sua língua, como se opor ou desativar em cada uma, e dá-lhe uma carta quando um formulário a pede.

profile-short-description = Oponha-se ao treino de IA com os seus dados, plataforma a plataforma: os passos, as ligações, uma carta.

share-several =
    Passe a palavra: este bot mostra, na sua língua, como se opor ao treino de IA com os seus dados, plataforma a plataforma.
    { $link }

# $commands são os comandos das plataformas, como /facebook /linkedin.
group-intro-several =
    Olá! Explico às pessoas da UE como se oporem ao treino de IA com os seus dados, plataforma a plataforma.

    Qualquer pessoa aqui pode usar { $commands } e /template.
