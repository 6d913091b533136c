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
datetime-format = { $date }, { $time } ({ $zone })

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
btn-mark-done = ☑️ Já me opus no { $platform }
btn-mark-undone = ↩️ Afinal ainda não o fiz no { $platform }

## /start
start-text =
    <b>Mantenha os seus conteúdos fora da IA da Meta</b>

    A Meta usa as publicações, fotografias, legendas e comentários públicos dos adultos da UE, bem como o que as pessoas enviam à Meta AI, para treinar a sua inteligência artificial. O RGPD (artigo 21.º) dá-lhe o direito de se opor. Demora uns dois minutos por plataforma.

    { $deadline }

    Escolha uma plataforma para ver os passos:

## Ponto da situação do prazo. $date é um datetime-format, $left é um valor left-*.
deadline-before = ⏳ A Meta começa a usar os seus conteúdos a <b>{ $date }</b>. Tempo restante: <b>{ $left }</b>. Se se opuser antes dessa data, as publicações que já tem ficam fora do treino.
deadline-after = ℹ️ A Meta treina a sua IA com conteúdos desde <b>{ $date }</b>. Ainda se pode opor: a oposição conta a partir do dia em que a apresenta, por isso o que publicar daí em diante fica de fora. O que já foi usado não pode ser recuperado.

## Passos por plataforma
facebook-text =
    <b>Opor-se no Facebook</b>

    <b>O mais rápido:</b> toque no botão abaixo para abrir o formulário oficial da Meta, já com a sessão iniciada na sua conta.

    <b>Na aplicação:</b>
    1. Abra o menu e vá a <i>Definições e privacidade</i> → <i>Centro de Privacidade</i>.
    2. Abra <i>Tópicos de privacidade</i> → <i>IA na Meta</i>.
    3. Escolha <i>Enviar um pedido de oposição</i>.
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

    <b>O mais rápido:</b> toque no botão abaixo para abrir o formulário oficial da Meta, já com a sessão iniciada na sua conta.

    <b>Na aplicação:</b>
    1. Vá ao seu perfil e toque no menu ☰.
    2. Abra <i>Definições e privacidade</i> → <i>Centro de Privacidade</i> (ou <i>Sobre</i> → <i>Política de Privacidade</i>).
    3. Procure <i>Direito de oposição</i> e abra o formulário.
    4. Introduza o endereço de e-mail da sua conta. O campo do motivo é opcional: deixe-o vazio ou cole a carta de /template.
    5. Envie o formulário.

    <b>Depois:</b> a Meta confirma por e-mail ou no ecrã. Guarde essa confirmação.

    <b>Convém saber</b>
    • Não é preciso indicar nenhum motivo.
    • Uma só oposição abrange todas as contas ligadas no mesmo Centro de Contas, incluindo o Facebook. As contas que não estejam ligadas precisam da sua própria oposição.
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.
whatsapp-text =
    <b>Opor-se no WhatsApp</b>

    As suas conversas privadas <b>não</b> são usadas para treinar a IA. O que pode ser usado é aquilo que envia à Meta AI (o círculo azul e rosa na aplicação).

    <b>Como:</b> não há nenhuma definição na aplicação para isto; a oposição faz-se através de um formulário web.
    1. Toque no botão abaixo (ou vá a whatsapp.com → <i>Informações legais</i> → o formulário <i>Direitos dos titulares dos dados</i>).
    2. Escolha as opções para se opor à utilização dos seus dados para a IA.
    3. Introduza o seu número de telefone com o indicativo do país e o seu endereço de e-mail.
    4. Se o formulário pedir uma justificação, cole a carta de /template.
    5. Envie o formulário.

    <b>Depois:</b> o WhatsApp responde por e-mail. Guarde essa resposta.

    <b>Convém saber</b>
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.

## /template
letter-intro = Copie a carta abaixo (toque nela para a copiar) e cole-a no campo <i>motivo</i> do formulário, ou no formulário do WhatsApp quando este pedir uma justificação.
letter-body =
    Bom dia,

    Ao abrigo do artigo 21.º do Regulamento Geral sobre a Proteção de Dados (RGPD), oponho-me ao tratamento dos meus dados pessoais para o desenvolvimento e o treino de inteligência artificial pela Meta e pelos seus parceiros. Esta oposição abrange as minhas publicações, fotografias, comentários e quaisquer outros dados pessoais ou públicos associados à minha conta.

    Solicito que me confirmem por escrito que a minha oposição foi registada e está a ser aplicada.

    Com os melhores cumprimentos.

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
    /remind: lembretes antes do prazo
    /stop: acabar com os lembretes
    /status: a sua lista e o próximo lembrete
    /language: mudar de língua
    /share: uma ligação para partilhar
    /privacy: o que guardo sobre si
    /forget: apagar tudo o que guardo sobre esta conversa

    Também pode escrever @{ $bot } em qualquer conversa para lá publicar um cartão.

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
remind-on-no-wave = 🔔 Lembretes ativados, mas já não há nenhum lembrete antes do prazo (<b>{ $date }</b>). O melhor é tratar disso já.
remind-already = 🔔 Os lembretes já estão ativados. Próximo lembrete: <b>{ $when }</b>.
remind-after-deadline = O prazo (<b>{ $date }</b>) já passou, por isso já não há nada para lembrar. Mesmo assim, vale a pena opor-se: protege o que publicar a partir do dia em que o fizer.
remind-nothing-left = Assinalou as três plataformas, por isso não precisa de lembretes. Obrigado!
stop-done = 🔕 Lembretes desativados. Envie /remind para os voltar a ativar.
stop-not-subscribed = Os lembretes não estavam ativados. Envie /remind para os ativar.
reminder-text =
    🔔 <b>Lembrete:</b> tem { $left } para se opor antes de a Meta usar os seus conteúdos (<b>{ $date }</b>).

    Por fazer: { $platforms }.

    Toque numa plataforma para ver os passos. Já tratou disso? Assinale-a por baixo dos passos e deixo de lhe enviar lembretes sobre ela.
all-done-text = ✅ Já se opôs nas três plataformas. Obrigado! Não lhe vou enviar mais lembretes.

## /status
status-title = <b>A sua lista</b>
status-done = ✅ { $platform }: oposição feita
status-open = ⬜ { $platform }: por fazer
status-subscribed = 🔔 Lembretes ativados. Próximo: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Lembretes ativados; já não há nenhum antes do prazo.
status-not-subscribed = 🔕 Lembretes desativados. Envie /remind para os ativar.
marked-done = Registado: { $platform } feito.
marked-undone = Registado: { $platform } por fazer.

## Grupos
admin-only = Só um administrador deste grupo pode fazer isso.
group-intro =
    Olá! Ajudo as pessoas da UE a impedir que a Meta treine a sua IA com as publicações, fotografias e comentários delas.

    Qualquer pessoa aqui pode usar /facebook, /instagram, /whatsapp e /template. Um administrador pode ativar os lembretes para o grupo com /remind.

## Partilha e modo inline
share-text =
    Passe a palavra: este bot mostra, na sua língua, como impedir que a Meta treine a sua IA com as suas publicações.
    { $link }
inline-facebook-title = Opor-se no Facebook
inline-facebook-desc = Os passos e o formulário oficial
inline-instagram-title = Opor-se no Instagram
inline-instagram-desc = Os passos e o formulário oficial
inline-whatsapp-title = Opor-se no WhatsApp
inline-whatsapp-desc = Conversas com a Meta AI: os passos e o formulário
inline-letter-title = Carta de oposição
inline-letter-desc = Uma carta pronta a colar nos formulários
inline-deadline-title = Prazo
inline-deadline-desc = O ponto da situação, e porque ainda vale a pena
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
cmd-whatsapp = Opor-se no WhatsApp (Meta AI)
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
bot-description = A Meta treina a sua IA com as publicações, fotografias e comentários públicos dos adultos da UE. Este bot mostra-lhe, passo a passo e na sua língua, como se opor no Facebook, no Instagram e no WhatsApp, dá-lhe uma carta para colar e envia-lhe lembretes antes do prazo.
bot-short-description = Impeça a Meta de treinar a sua IA com as suas publicações: os passos, os formulários, uma carta.
