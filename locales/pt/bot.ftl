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
    /news: avisos quando surgir uma nova forma de se opor
    /forget: apagar tudo o que guardo sobre esta conversa

    Também pode escrever @{ $bot } em qualquer conversa para publicar aí um cartão.

## /privacy e /forget
privacy-text =
    <b>O que guardo</b>
    • O número desta conversa, a respetiva língua, se quer lembretes ou novidades, as plataformas que assinalou como feitas e em que dia, e os lembretes, seguimentos e verificações previstos ou já enviados, para que ninguém receba o mesmo duas vezes.
    • Porquê o dia: um mês depois de assinalar um formulário, pergunto-lhe uma única vez se a empresa confirmou. Uma verificação de uma definição só fica guardada se a pedir.
    • Mais nada: nem nomes, nem nomes de utilizador, nem números de telefone, nem o texto das mensagens. O país que escolhe para encontrar uma autoridade não é guardado.

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
# /stop quando também estavam ativados seguimentos, verificações ou novidades: tudo termina.
stop-all = 🔕 Feito: não vai receber mais lembretes, seguimentos nem novidades da minha parte. /start mostra de novo as plataformas.

## /status
status-title = <b>A sua lista</b>
status-done = ✅ { $platform }: feito
status-open = ⬜ { $platform }: por fazer
status-subscribed = 🔔 Lembretes ativados. Próximo: <b>{ $when }</b>.
status-no-wave = 🔕 Não há mais lembretes previstos.
status-not-subscribed = 🔕 Lembretes desativados. Envie /remind para os ativar.
# O aviso quando se assinala um formulário; $after é um período como «30 dias».
marked-done-followup = Registado: { $platform } feito. Daqui a { $after }, pergunto-lhe se a oposição foi confirmada.
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
cmd-news = Avisos quando surgir uma nova forma de se opor

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

## Depois de assinalar: seguimentos, onde reclamar, verificações e novidades.
# A mensagem sob uma definição assinalada como desativada; propõe uma verificação (btn-recheck).
setting-thanks = ✅ Registado: desativado no { $platform }. Obrigado! Algumas plataformas acrescentaram novas definições de IA, ativadas por predefinição, sem avisar os seus utilizadores, por isso posso enviar-lhe um lembrete para verificar.
# $after é um período como «180 dias».
btn-recheck = 🔔 Lembrar-me daqui a { $after }
recheck-on = 🔔 A <b>{ $date }</b>, envio-lhe um lembrete para verificar se continua desativado no { $platform }.
# A verificação propriamente dita, com o botão da definição por baixo.
recheck-ask = 🔎 A { $date }, desativou-o no { $platform }. Verifique, por favor, se continua desativado e se apareceu ao lado uma nova definição de IA: algumas plataformas acrescentaram definições assim, ativadas por predefinição, sem avisar os seus utilizadores. Demora um minuto.
recheck-ask-undated = 🔎 Desativou-o no { $platform }. Verifique, por favor, se continua desativado e se apareceu ao lado uma nova definição de IA: algumas plataformas acrescentaram definições assim, ativadas por predefinição, sem avisar os seus utilizadores. Demora um minuto.
btn-news-on = 🆕 Avisar-me de novidades
btn-news-off = 🔕 Sem mais novidades
news-on = 🆕 Quando surgir uma nova forma de se opor ou de desativar, envio-lhe um aviso. Envie /news outra vez para parar.
news-off = 🔕 Não envio mais novidades. Envie /news para as voltar a ativar.
# A primeira linha de um anúncio; seguem-se o título e a apresentação da campanha.
news-announce = 🆕 <b>Uma nova forma de se opor ou de desativar</b>
# O seguimento, um mês depois de um formulário ser assinalado ($date é esse dia).
followup-ask =
    📬 A { $date }, opôs-se no { $platform }. A empresa tem de lhe comunicar o que fez quanto à sua oposição no período de um mês a contar da receção (ou, dentro desse mês, informar que precisa de até mais dois meses).

    Confirmou-a?
followup-ask-again = 📬 Pergunto outra vez: a { $date }, opôs-se no { $platform }. A empresa confirmou a sua oposição?
btn-confirmed = ✅ Confirmou
btn-later = ⏳ Ainda não, volte a perguntar
btn-no-answer = ❌ Sem resposta
followup-confirmed = ✅ Obrigado! Não há mais nada a fazer no { $platform }. Guarde a confirmação.
followup-later = ⏳ Volto a perguntar a <b>{ $date }</b>.
followup-letter-intro = Envie isto pelo mesmo formulário ou para o mesmo endereço que usou, preencha os seus dados e guarde uma cópia:
# A carta de seguimento: formal, menos de 1000 caracteres depois de preenchida.
followup-letter =
    Assunto: A minha oposição de { $date } (artigo 21.º do RGPD)

    Exmos. Senhores,

    A { $date }, opus-me, ao abrigo do artigo 21.º do RGPD, à utilização dos meus dados pessoais no { $platform } para desenvolver e melhorar inteligência artificial.

    Nos termos do n.º 3 do artigo 12.º do RGPD, devem informar-me sobre as medidas tomadas relativamente ao meu pedido no período de um mês a contar da sua receção. Não recebi qualquer resposta.

    Solicito que me confirmem sem demora que a minha oposição foi aplicada. Caso contrário, apresentarei reclamação junto de uma autoridade de proteção de dados (artigo 77.º do RGPD).

    Com os melhores cumprimentos,
    { "[" }O seu nome]
    { "[" }O endereço de e-mail da sua conta]
complain-where = Se a empresa continuar sem responder, pode apresentar reclamação a uma autoridade de proteção de dados: a do país onde vive, onde trabalha ou onde ocorreu a infração. Que país?
btn-other-country = 🇪🇺 Outro país
complain-country = Que país? Escolha aquele onde vive, onde trabalha ou onde ocorreu a infração:
complain-land = Na Alemanha, as reclamações contra empresas vão para a autoridade do seu Land (estado federado). Qual?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    A sua autoridade encaminha a reclamação para a autoridade de controlo principal (no caso da Meta, LinkedIn, Google e X, a Data Protection Commission da Irlanda) e continua a ser o seu contacto.

    Guarde como prova: o e-mail de confirmação ou uma captura de ecrã do formulário enviado com a data, e a carta de seguimento que enviou. Uma reclamação não é anónima perante a empresa, e muitas autoridades só a aceitam na sua própria língua.
complain-home-only = <i>Não consegui confirmar a página de reclamações desta autoridade: o botão abre a página inicial.</i>
btn-authority = 🏛 Abrir a página da autoridade
