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
btn-letter = ✍️ Carta de oposição
btn-remind = 🔔 Lembrar-me
btn-language = 🌐 Idioma
btn-share = 📣 Partilhar
btn-menu = ↩️ Menu
btn-deadline = ⏳ Prazo
btn-status = ✅ A minha lista
btn-mark-done = ☑️ Já me opus no { $platform }
btn-mark-undone = ↩️ Afinal ainda não o fiz no { $platform }

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
    <b>O que sei fazer</b>
    { $platforms }
    /template: uma carta para colar nos formulários
    /deadline: o prazo e o ponto da situação
    { $remind }
    /stop: acabar com os lembretes
    /status: a sua lista e o próximo lembrete
    /language: mudar de língua
    /share: uma ligação para partilhar
    /privacy: o que guardo sobre si
    /forget: apagar tudo o que guardo sobre esta conversa

    Também pode escrever @{ $bot } em qualquer conversa para lá publicar um cartão.

# A linha /remind de help-text: enquanto houver lembretes pela frente…
help-remind = /remind: lembretes antes do prazo
# …e quando já não há nenhum (o prazo passou, ou não há lembrete antes dele).
help-remind-none = /remind: porque é que agora não há lembretes

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
remind-after-deadline = O prazo (<b>{ $date }</b>) já passou, por isso já não há nada para lembrar, mas pode opor-se a qualquer momento e a sua oposição aplica-se a partir do dia em que a apresentar.
stop-done = 🔕 Lembretes desativados. Envie /remind para os voltar a ativar.
stop-not-subscribed = Os lembretes não estavam ativados. Envie /remind para os ativar.

## /status
status-title = <b>A sua lista</b>
status-done = ✅ { $platform }: oposição feita
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
cmd-deadline = O prazo e o ponto da situação
cmd-remind = Lembretes antes do prazo
cmd-stop = Acabar com os lembretes
cmd-status = A sua lista
cmd-language = Mudar de língua
cmd-share = Uma ligação para partilhar
cmd-help = Todos os comandos
cmd-privacy = O que o bot guarda
cmd-forget = Apagar tudo o que está guardado sobre esta conversa
