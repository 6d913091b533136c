## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desative o uso dos seus dados pelo LinkedIn para treinar IA
intro =
    O LinkedIn usa os perfis, publicações e comentários dos membros da UE, bem como as conversas com as suas funcionalidades de IA, para treinar uma IA que redige conteúdos. As mensagens privadas não são usadas. Uma definição, ativa enquanto não a desativar, permite-lhe excluir-se; demora um minuto.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Pode desativá-la a qualquer momento, e aplica-se a partir daí. O LinkedIn usa os dados dos membros da UE para treinar IA desde <b>{ $date }</b>; os modelos já treinados não são alterados.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Assinalado: a definição do LinkedIn está desativada. Obrigado!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Passe a palavra: este bot mostra, na sua língua, como desativar o uso dos seus dados pelo LinkedIn para treinar IA.
    { $link }
group-intro =
    Olá! Explico às pessoas da UE como desativar o uso do seu perfil e das suas publicações pelo LinkedIn para treinar IA.

    Qualquer pessoa aqui pode usar /linkedin.
description = O LinkedIn usa os perfis, publicações e conversas com as suas funcionalidades de IA dos membros da UE para treinar uma IA que redige conteúdos. Este bot mostra-lhe, na sua língua, onde está a definição e como a desativar.
short-description = Desative o uso dos seus dados pelo LinkedIn para treinar IA: onde está a definição.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn e IA: ponto da situação
deadline-inline-desc = Desde quando o LinkedIn treina IA com dados dos membros e o que faz a definição
deadline-keywords = linkedin situação desde

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Abrir a definição
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Oposição, outros usos
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: desative o treino de IA do LinkedIn com os seus dados
linkedin-command = Desativar o treino de IA do LinkedIn
linkedin-inline-title = Desativar o treino de IA do LinkedIn
linkedin-inline-desc = Onde está a definição, no telemóvel e no computador
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Desativar o treino de IA do LinkedIn</b>

    <b>O mais rápido:</b> toque em <i>Abrir a definição</i> abaixo e inicie sessão no LinkedIn se lhe for pedido. Na página sobre dados para melhorar a IA generativa (<i>Data for Generative AI Improvement</i>), desative o interruptor.

    <b>No telemóvel:</b> a sua foto de perfil → <i>Configurações</i> → <i>Privacidade de dados</i> → a definição de dados para melhorar a IA generativa (<i>Data for Generative AI Improvement</i>) → desativar.
    <b>No computador:</b> <i>Eu</i> (<i>Me</i>) → <i>Configurações e privacidade</i> → <i>Privacidade de dados</i> → a mesma definição → desativar.

    <b>Depois:</b> não chega nenhuma confirmação. Recarregue a página: o interruptor deve aparecer desativado.

    <blockquote expandable><b>Convém saber</b>
    • O que é usado: o seu perfil (nome, foto, cargos, formação, competências, recomendações de competências), as suas publicações, artigos, comentários e sondagens, a atividade em grupos, currículos guardados e respostas a perguntas de triagem, e as conversas com as funcionalidades de IA do LinkedIn. As mensagens privadas não são usadas.
    • O interruptor aplica-se a partir daí; os modelos já treinados não são alterados.
    • A autoridade neerlandesa de proteção de dados alertou que podem ser usados dados que remontam a 2003.
    • Para outros usos dos seus dados (por exemplo, IA de confiança e segurança ou melhoria de produtos), o aviso de privacidade do LinkedIn oferece um formulário de oposição: é o segundo botão.</blockquote>
