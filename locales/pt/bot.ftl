## objection-bot: textos em português (europeu).
## HTML do Telegram: só <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & escreve-se &amp; e < escreve-se &lt;.
## As ligações e as datas nunca se escrevem aqui: vêm do ficheiro da campanha.

# O nome da língua na própria língua, como aparece no teclado de /language.
language-name = Português

## Nomes das plataformas (marcas)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Carta de oposição
btn-remind = 🔔 Lembrar-me
btn-language = 🌐 Idioma
btn-share = 📣 Partilhar
btn-menu = ↩️ Menu
btn-deadline = ⏳ Prazo
btn-status = ✅ A minha lista
btn-open-form = 📝 Abrir o formulário oficial do { $platform }
# Botão do formulário de uma plataforma que exige a sua conta: dizer para iniciar sessão se a página o pedir.
btn-open-form-login = 📝 Formulário oficial (inicie sessão no { $platform } se necessário)
btn-mark-done = ☑️ Já me opus no { $platform }
btn-mark-undone = ↩️ Afinal ainda não o fiz no { $platform }

## /start
start-text =
    <b>Oponha-se ao uso dos seus conteúdos pela IA da Meta</b>

    A Meta usa as publicações, fotografias, legendas e comentários públicos dos adultos da UE, bem como o que as pessoas enviam à Meta AI, para treinar a própria inteligência artificial. O RGPD (artigo 21.º) dá-lhe o direito de se opor. Demora uns dois minutos por plataforma.

    { $deadline }

    Escolha uma plataforma para ver os passos:

## Ponto da situação do prazo. $date é um datetime-format, $left é um valor left-*.
deadline-before = ⏳ A Meta começa a usar conteúdos a <b>{ $date }</b>. Tempo restante: <b>{ $left }</b>. A oposição aplica-se a partir do dia em que é apresentada: apresentá-la antes dessa data significa que se aplica antes de o treino começar.
deadline-after = ℹ️ A Meta treina a própria IA com conteúdos desde <b>{ $date }</b>. Ainda se pode opor: a oposição aplica-se a partir do dia em que a apresentar. Os conteúdos já usados não podem ser retirados dos modelos já treinados.

## Passos por plataforma
facebook-text =
    <b>Opor-se no Facebook</b>

    <b>O mais rápido:</b> toque no botão abaixo para abrir o formulário oficial da Meta. Se a página o pedir, inicie primeiro sessão no Facebook.

    <b>Na aplicação:</b>
    1. Abra o menu e vá a <i>Definições e privacidade</i> → <i>Centro de Privacidade</i>.
    2. Abra <i>Tópicos de privacidade</i> → <i>IA na Meta</i>.
    3. Escolha a opção para enviar um pedido de oposição.
    4. Introduza o endereço de e-mail da sua conta. O campo do motivo é opcional: deixe-o vazio ou cole a carta de /template.
    5. Envie o formulário.

    <b>Depois:</b> a Meta confirma por e-mail ou no ecrã. Guarde essa confirmação.

    <b>Convém saber</b>
    • Não é preciso indicar nenhum motivo.
    • Uma só oposição abrange todas as contas ligadas no mesmo Centro de Contas. Uma conta que não esteja ligada, ou que use outro endereço de e-mail, precisa da sua própria oposição.
    • As Páginas do Facebook não se podem opor com este formulário, só as contas pessoais.
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.
instagram-text =
    <b>Opor-se no Instagram</b>

    <b>O mais rápido:</b> toque no botão abaixo para abrir o formulário oficial da Meta. Se a página o pedir, inicie primeiro sessão no Instagram.

    <b>Na aplicação:</b>
    1. Vá ao seu perfil e toque no menu ☰ (<i>Definições e atividade</i>).
    2. Procure <i>Centro de Privacidade</i> nesse menu (nalgumas versões, em <i>Sobre</i> → <i>Política de Privacidade</i>).
    3. Procure a ligação sobre o direito de oposição e abra o formulário.
    4. Introduza o endereço de e-mail da sua conta. O campo do motivo é opcional: deixe-o vazio ou cole a carta de /template.
    5. Envie o formulário.

    <b>Depois:</b> a Meta confirma por e-mail ou no ecrã. Guarde essa confirmação.

    <b>Convém saber</b>
    • Não é preciso indicar nenhum motivo.
    • Uma só oposição abrange todas as contas ligadas no mesmo Centro de Contas, incluindo o Facebook. As contas que não estejam ligadas precisam da sua própria oposição.
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.
whatsapp-text =
    <b>WhatsApp e Meta AI</b>

    As suas conversas privadas são encriptadas ponto a ponto e <b>não</b> são usadas para treinar a IA. O que envia à Meta AI (o círculo azul e rosa na aplicação, ou @Meta AI chamada para uma conversa de grupo) não é encriptado ponto a ponto e pode ser usado.

    • A Meta AI não pode ser desativada no WhatsApp; só pode optar por não a usar.
    • Em junho de 2025, a Meta afirmou que, por agora, não usa as conversas do WhatsApp com a Meta AI para treino.
    • Não há nenhuma definição de oposição na aplicação, e as associações de defesa do consumidor dizem que o WhatsApp não tem um procedimento oficial de oposição próprio para isto.

    <b>A proteção mais segura:</b> não enviar nada à Meta AI.

    <b>Por precaução, um formulário web:</b>
    1. Toque no botão abaixo (ou vá a whatsapp.com → a secção de informações legais, no fundo da página → o formulário sobre os direitos dos titulares dos dados, seja qual for o nome atual).
    2. Escolha as opções para se opor à utilização dos seus dados.
    3. Introduza o seu número de telefone com o indicativo do país e o seu endereço de e-mail.
    4. Se o formulário pedir uma justificação, cole a carta de /template.
    5. Envie o formulário. O WhatsApp responde por e-mail; guarde essa resposta.

## /template
letter-intro = Copie a carta abaixo (toque nela para a copiar) e cole-a no campo <i>motivo</i> do formulário, ou no formulário do WhatsApp quando este pedir uma justificação.
letter-body =
    Exmos. Senhores,

    Ao abrigo do n.º 1 do artigo 21.º do Regulamento Geral sobre a Proteção de Dados (RGPD), oponho-me ao tratamento dos meus dados pessoais pela Meta e pelos seus parceiros para o desenvolvimento e o treino de inteligência artificial. Esta oposição abrange as minhas publicações, fotografias, legendas, comentários e quaisquer outros conteúdos associados à minha conta, bem como as minhas interações com a Meta AI.

    Nos termos do n.º 3 do artigo 12.º do RGPD, solicito que me confirmem por escrito, no prazo de um mês, que a minha oposição foi registada e está a ser aplicada.

    Com os melhores cumprimentos,

## /language
language-choose = Escolha a língua que devo usar nesta conversa:
language-set = Feito: aqui vou falar português.

## /help
help-text =
    <b>O que sei fazer</b>
    /facebook: os passos para se opor no Facebook
    /instagram: os passos para se opor no Instagram
    /whatsapp: os passos para se opor no WhatsApp
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
remind-nothing-left = Assinalou as três plataformas, por isso não precisa de lembretes. Obrigado!
stop-done = 🔕 Lembretes desativados. Envie /remind para os voltar a ativar.
stop-not-subscribed = Os lembretes não estavam ativados. Envie /remind para os ativar.
reminder-text =
    🔔 <b>Lembrete:</b> tem { $left } até ao prazo (<b>{ $date }</b>). A oposição aplica-se a partir do dia em que é apresentada.

    Por fazer: { $platforms }.

    Toque numa plataforma para ver os passos. Já tratou disso? Assinale-a por baixo dos passos e deixo de lhe enviar lembretes sobre ela.
all-done-text = ✅ Já se opôs nas três plataformas. Obrigado! Não lhe vou enviar mais lembretes.

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
group-intro =
    Olá! Explico às pessoas da UE como se oporem a que a Meta use as publicações, fotografias e comentários delas para treinar a própria IA.

    Qualquer pessoa aqui pode usar /facebook, /instagram, /whatsapp e /template.
# Acrescentado a group-intro enquanto houver lembretes pela frente.
group-intro-remind = Um administrador pode ativar os lembretes para o grupo com /remind.

## Partilha e modo inline
share-text =
    Passe a palavra: este bot mostra, na sua língua, como se opor a que a Meta use as suas publicações para treinar a própria IA.
    { $link }
inline-facebook-title = Opor-se no Facebook
inline-facebook-desc = Os passos e o formulário oficial
inline-instagram-title = Opor-se no Instagram
inline-instagram-desc = Os passos e o formulário oficial
inline-whatsapp-title = Opor-se no WhatsApp
inline-whatsapp-desc = Conversas com a Meta AI: o que é usado e um formulário
inline-letter-title = Carta de oposição
inline-letter-desc = Uma carta pronta a colar nos formulários
inline-deadline-title = Prazo
inline-deadline-desc = O ponto da situação e o que faz hoje uma oposição
# Palavras, além do título, que encontram um cartão quando escritas depois de @bot (separadas por espaços).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = carta modelo minuta oposição
inline-deadline-keywords = prazo data tempo

## Menu de comandos (256 caracteres no máximo cada um)
cmd-start = Começar aqui
cmd-facebook = Opor-se no Facebook
cmd-instagram = Opor-se no Instagram
cmd-whatsapp = WhatsApp e Meta AI
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

## Perfil do bot: descrição com 512 caracteres no máximo, descrição curta com 120 no máximo.
bot-description = A Meta treina a própria IA com as publicações, fotografias e comentários públicos dos adultos da UE, bem como com o que as pessoas enviam à Meta AI. Este bot mostra-lhe, passo a passo e na sua língua, como se opor no Facebook e no Instagram e o que se aplica ao WhatsApp, e dá-lhe uma carta para colar. Quando há um prazo pela frente, pode enviar-lhe lembretes.
bot-short-description = Oponha-se ao uso das suas publicações pela IA da Meta: os passos, os formulários, uma carta.
