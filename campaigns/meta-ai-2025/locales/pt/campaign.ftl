## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Oponha-se ao uso dos seus conteúdos pela IA da Meta
intro =
    A Meta usa as publicações, fotografias, legendas e comentários públicos dos adultos da UE, bem como o que as pessoas enviam à Meta AI, para treinar a própria inteligência artificial. O RGPD (artigo 21.º) dá-lhe o direito de se opor. Demora uns dois minutos por plataforma.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ A Meta começa a usar conteúdos a <b>{ $date }</b>. Tempo restante: <b>{ $left }</b>. A oposição aplica-se a partir do dia em que é apresentada: apresentá-la antes dessa data significa que se aplica antes de o treino começar.
deadline-after = ℹ️ A Meta treina a própria IA com conteúdos desde <b>{ $date }</b>. Ainda se pode opor: a oposição aplica-se a partir do dia em que a apresentar. Os conteúdos já usados não podem ser retirados dos modelos já treinados.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copie a carta abaixo (toque nela para a copiar) e cole-a no campo <i>motivo</i> do formulário, ou no formulário do WhatsApp quando este pedir uma justificação.
letter-body =
    Exmos. Senhores,

    Ao abrigo do n.º 1 do artigo 21.º do Regulamento Geral sobre a Proteção de Dados (RGPD), oponho-me ao tratamento dos meus dados pessoais pela Meta e pelos seus parceiros para o desenvolvimento e o treino de inteligência artificial. Esta oposição abrange as minhas publicações, fotografias, legendas, comentários e quaisquer outros conteúdos associados à minha conta, bem como as minhas interações com a Meta AI.

    Nos termos do n.º 3 do artigo 12.º do RGPD, solicito que me confirmem por escrito, no prazo de um mês, que a minha oposição foi registada e está a ser aplicada.

    Com os melhores cumprimentos,

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Lembrete:</b> tem { $left } até ao prazo (<b>{ $date }</b>). A oposição aplica-se a partir do dia em que é apresentada.

    Por fazer: { $platforms }.

    Toque numa plataforma para ver os passos. Já tratou disso? Assinale-a por baixo dos passos e deixo de lhe enviar lembretes sobre ela.
# When every platform of this campaign is ticked off.
all-done = ✅ Já se opôs nas três plataformas. Obrigado! Não lhe vou enviar mais lembretes.
nothing-left = Assinalou as três plataformas, por isso não precisa de lembretes. Obrigado!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Passe a palavra: este bot mostra, na sua língua, como se opor a que a Meta use as suas publicações para treinar a própria IA.
    { $link }
group-intro =
    Olá! Explico às pessoas da UE como se oporem a que a Meta use as publicações, fotografias e comentários delas para treinar a própria IA.

    Qualquer pessoa aqui pode usar /facebook, /instagram, /whatsapp e /template.
description = A Meta treina a própria IA com as publicações, fotografias e comentários públicos dos adultos da UE, bem como com o que as pessoas enviam à Meta AI. Este bot mostra-lhe, passo a passo e na sua língua, como se opor no Facebook e no Instagram e o que se aplica ao WhatsApp, e dá-lhe uma carta para colar. Quando há um prazo pela frente, pode enviar-lhe lembretes.
short-description = Oponha-se ao uso das suas publicações pela IA da Meta: os passos, os formulários, uma carta.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposição
letter-inline-desc = Uma carta pronta a colar nos formulários
letter-keywords = carta modelo minuta oposição
deadline-inline-title = Prazo
deadline-inline-desc = O ponto da situação e o que faz hoje uma oposição
deadline-keywords = prazo data tempo

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formulário oficial (inicie sessão no Facebook se necessário)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: os passos para se opor no Facebook
facebook-command = Opor-se no Facebook
facebook-inline-title = Opor-se no Facebook
facebook-inline-desc = Os passos e o formulário oficial
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formulário oficial (inicie sessão no Instagram se necessário)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: os passos para se opor no Instagram
instagram-command = Opor-se no Instagram
instagram-inline-title = Opor-se no Instagram
instagram-inline-desc = Os passos e o formulário oficial
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Abrir o formulário oficial do WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: os passos para se opor no WhatsApp
whatsapp-command = WhatsApp e Meta AI
whatsapp-inline-title = Opor-se no WhatsApp
whatsapp-inline-desc = Conversas com a Meta AI: o que é usado e um formulário
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
