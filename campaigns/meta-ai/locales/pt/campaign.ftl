## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oponha-se ao uso dos seus conteúdos para treinar a IA da Meta
intro =
    A Meta treina a sua inteligência artificial com as publicações, fotografias, legendas e comentários públicos dos adultos da UE, bem como com o que as pessoas enviam à Meta AI. O RGPD (artigo 21.º) confere-lhe o direito de se opor. Demora cerca de dois minutos por plataforma.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Pode opor-se a qualquer momento, e a sua oposição aplica-se a partir do dia em que a apresentar. A Meta treina a sua IA com as publicações, fotografias e comentários públicos dos adultos, e com as conversas com a Meta AI, desde <b>{ $date }</b>; a sua política de privacidade para a UE de julho de 2026 ainda indica essa utilização. O que já foi usado não pode ser retirado dos modelos treinados.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ A Meta começa a usar conteúdos a <b>{ $date }</b>. Tempo restante: <b>{ $left }</b>. Uma oposição aplica-se a partir do dia em que é apresentada; por isso, se a apresentar antes dessa data, aplica-se antes de o treino começar.
deadline-after = ✅ Ainda se pode opor: a sua oposição aplica-se a partir do dia em que a apresentar. A Meta treina a sua IA com conteúdos desde <b>{ $date }</b>; o que já foi usado não pode ser retirado dos modelos treinados.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Lembrete:</b> faltam { $left } até <b>{ $date }</b>. Uma oposição aplica-se a partir do dia em que é apresentada.

    Por fazer: { $platforms }.

    Toque numa plataforma para ver os passos. Já tratou disso? Assinale-a por baixo dos passos e deixo de lhe lembrar essa plataforma.
nothing-left = Assinalou as três plataformas, por isso não precisa de nenhum lembrete. Obrigado!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copie a carta abaixo (toque nela para a copiar) e cole-a no campo <i>motivo</i> do formulário, ou no formulário do WhatsApp quando este perguntar porquê. O parágrafo que indica um motivo é opcional: mantenha-o, escreva o seu ou apague-o.
letter-body =
    Exmos. Senhores,

    Ao abrigo do n.º 1 do artigo 21.º do Regulamento Geral sobre a Proteção de Dados (RGPD), oponho-me, por motivos relacionados com a minha situação particular, ao tratamento dos meus dados pessoais pela Meta e pelos seus parceiros para desenvolver e treinar inteligência artificial. A oposição abrange as minhas publicações, fotografias, legendas, comentários e quaisquer outros conteúdos associados à minha conta, bem como as minhas interações com a Meta AI.

    Não partilhei estes conteúdos a contar que fossem usados para treinar IA, e quero decidir como são utilizados.

    Nos termos do n.º 3 do artigo 12.º do RGPD, solicito que me confirmem por escrito, dentro de um mês, que a minha oposição foi registada e está a ser aplicada.

    Com os melhores cumprimentos,

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram e WhatsApp estão todos assinalados. Obrigado!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Passe a palavra: este bot mostra, na sua língua, como se opor ao uso das suas publicações para treinar a IA da Meta.
    { $link }
group-intro =
    Olá! Explico às pessoas da UE como se oporem ao uso das suas publicações, fotografias e comentários para treinar a IA da Meta.

    Qualquer pessoa aqui pode usar /facebook, /instagram, /whatsapp e /template.
description = A Meta treina a sua IA com as publicações, fotografias e comentários públicos dos adultos da UE, bem como com o que as pessoas enviam à Meta AI. Este bot mostra-lhe, passo a passo e na sua língua, como se opor no Facebook e no Instagram e o que se aplica ao WhatsApp, e dá-lhe uma carta para colar.
short-description = Oponha-se ao uso das suas publicações para treinar a IA da Meta: os passos, os formulários, uma carta.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposição à Meta
letter-inline-desc = Uma carta pronta a colar nos formulários da Meta
letter-keywords = carta modelo minuta oposição meta
deadline-inline-title = Meta AI: ponto da situação
deadline-inline-desc = Desde quando a Meta treina com conteúdos e o que faz hoje uma oposição
deadline-keywords = meta situação desde data

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Formulário oficial
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Página da Meta sobre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: os passos para se opor no Facebook
facebook-command = Opor-se no Facebook
facebook-inline-title = Opor-se no Facebook
facebook-inline-desc = Os passos e o formulário oficial
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Opor-se no Facebook</b>

    <b>O mais rápido:</b> toque em <i>Formulário oficial</i> abaixo. Se a página o pedir, inicie sessão no Facebook aí. Não tem sessão iniciada nesse navegador? Abra a ligação no seu navegador habitual (⋯ → <i>Abrir no navegador</i>) ou siga os passos na aplicação.
    No formulário, introduza o endereço de e-mail da sua conta; o campo do motivo é opcional (deixe-o vazio ou cole a carta de /template). Depois, envie.

    <b>Depois:</b> a Meta confirma por e-mail ou no ecrã. Guarde essa confirmação.

    <blockquote expandable><b>Na aplicação</b>
    1. Abra o menu e vá a <i>Definições e privacidade</i> → <i>Centro de Privacidade</i>.
    2. Abra <i>Tópicos de privacidade</i> → <i>IA na Meta</i>.
    3. Escolha a opção para enviar um pedido de oposição.
    4. Introduza o endereço de e-mail da sua conta. O motivo é opcional.
    5. Envie o formulário.</blockquote>

    <blockquote expandable><b>Convém saber</b>
    • Não é preciso indicar nenhum motivo.
    • Uma só oposição abrange todas as contas ligadas no mesmo Centro de Contas. Uma conta que não esteja ligada, ou que use outro endereço de e-mail, precisa da sua própria oposição.
    • As Páginas do Facebook não se podem opor com este formulário; só as contas pessoais.
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.
    • A Meta mudou de sítio alguns dos seus formulários de contacto. Se o formulário não abrir, o segundo botão leva à página da Meta sobre IA generativa, que tem uma ligação para o direito de oposição.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Formulário oficial
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Página da Meta sobre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: os passos para se opor no Instagram
instagram-command = Opor-se no Instagram
instagram-inline-title = Opor-se no Instagram
instagram-inline-desc = Os passos e o formulário oficial
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Opor-se no Instagram</b>

    <b>O mais rápido:</b> toque em <i>Formulário oficial</i> abaixo. Se a página o pedir, inicie sessão no Instagram aí. Não tem sessão iniciada nesse navegador? Abra a ligação no seu navegador habitual (⋯ → <i>Abrir no navegador</i>) ou siga os passos na aplicação.
    Se o formulário perguntar se o pedido diz respeito à IA na Meta, escolha <b>Sim</b>. Introduza o endereço de e-mail da sua conta; o campo do motivo é opcional (deixe-o vazio ou cole a carta de /template). Depois, envie.

    <b>Depois:</b> a Meta confirma por e-mail ou no ecrã. Guarde essa confirmação.

    <blockquote expandable><b>Na aplicação</b>
    1. Vá ao seu perfil e toque no menu ☰ (<i>Definições e atividade</i>).
    2. Procure <i>Centro de Privacidade</i> nesse menu (nalgumas versões, em <i>Sobre</i> → <i>Política de Privacidade</i>).
    3. Procure a ligação sobre o direito de oposição e abra o formulário.
    4. Se perguntar se o pedido diz respeito à IA na Meta, escolha <i>Sim</i>.
    5. Introduza o endereço de e-mail da sua conta. O motivo é opcional.
    6. Envie o formulário.</blockquote>

    <blockquote expandable><b>Convém saber</b>
    • Não é preciso indicar nenhum motivo.
    • Uma só oposição abrange todas as contas ligadas no mesmo Centro de Contas, incluindo o Facebook. As contas que não estejam ligadas precisam da sua própria oposição.
    • Já se opôs em 2024? Volte a fazê-lo, por precaução.
    • A Meta mudou de sítio alguns dos seus formulários de contacto. Se o formulário não abrir, o segundo botão leva à página da Meta sobre IA generativa, que tem uma ligação para o direito de oposição.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formulário do WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: feito
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp e Meta AI: o que é usado e um formulário por precaução
whatsapp-command = WhatsApp e Meta AI
whatsapp-inline-title = WhatsApp e Meta AI
whatsapp-inline-desc = O que é usado e um formulário por precaução
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp e Meta AI</b>

    O WhatsApp não tem nenhum interruptor nem definição de oposição própria para a Meta AI. <b>A proteção mais segura: não enviar nada à Meta AI.</b>
    • Num grupo, qualquer membro pode chamar @Meta AI. A <i>privacidade avançada da conversa</i> (toque no nome da conversa) pode impedir os membros de usarem a Meta AI nessa conversa. As fontes não coincidem neste ponto; confirme se a sua aplicação o oferece.

    <b>O que é usado:</b> as suas conversas privadas são encriptadas ponto a ponto e <b>não</b> são usadas para treinar a IA. O que envia à Meta AI (o círculo azul e rosa, ou @Meta AI chamada num grupo) não é encriptado ponto a ponto e pode ser usado. A Meta AI não pode ser desativada no WhatsApp; só pode optar por não a usar. Em junho de 2025, a Meta afirmou que nessa altura não usava as conversas do WhatsApp com a Meta AI para treino.

    <b>Por precaução, um formulário web.</b> A política de privacidade do WhatsApp remete para ele quanto a oposições em geral; não é um interruptor da IA, e as associações de defesa do consumidor dizem que o WhatsApp não tem um procedimento oficial de oposição próprio para a IA.
    1. Toque no botão abaixo (ou procure, entre as ligações legais de whatsapp.com, o formulário sobre os direitos dos titulares dos dados).
    2. Escolha a opção para se opor ao tratamento das suas informações.
    3. Introduza o seu número de telefone com o indicativo do país e o seu endereço de e-mail.
    4. Se o formulário perguntar porquê, cole a carta de /template.
    5. Envie o formulário. O WhatsApp responde por e-mail; guarde essa resposta.
