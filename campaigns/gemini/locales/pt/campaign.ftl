## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desative o uso das suas conversas com o Gemini pela Google para treinar IA
intro =
    Enquanto a definição de atividade (<i>Keep Activity</i>) estiver ativa, a Google usa o que escreve, carrega e partilha no Gemini para melhorar os seus produtos e treinar os seus modelos de IA, e revisores humanos leem uma amostra. Desativá-la demora um minuto; o RGPD também lhe dá o direito de se opor.

## Where things stand (no `started`, so no $date).
standing = ✅ Pode desativar a definição de atividade (<i>Keep Activity</i>) a qualquer momento, e aplica-se a partir daí; não depende de nenhuma data. Com ela desativada, a Google diz que guarda as novas conversas durante 72 horas e não as usa para treino, a menos que envie feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Para o pedido de oposição RGPD da Google (o segundo botão em /gemini): copie a carta abaixo (toque nela para a copiar) e cole-a onde o formulário pede que descreva o seu pedido. O parágrafo que indica um motivo é opcional: mantenha-o, escreva o seu ou apague-o.
letter-body =
    Exmos. Senhores,

    Ao abrigo do n.º 1 do artigo 21.º do Regulamento Geral sobre a Proteção de Dados (RGPD), oponho-me, por motivos relacionados com a minha situação particular, ao tratamento pela Google das minhas conversas com o Gemini, dos ficheiros que carrego e dos conteúdos que partilho com as apps Gemini para desenvolver e treinar modelos de inteligência artificial.

    Uso o Gemini para fins próprios e não lhe confiei estes conteúdos para treinar IA; quero decidir como são utilizados.

    Nos termos do n.º 3 do artigo 12.º do RGPD, solicito que me confirmem por escrito, dentro de um mês, que a minha oposição foi registada e está a ser aplicada.

    Com os melhores cumprimentos,

# When the setting is ticked off as turned off.
all-done = ✅ Assinalado: a definição de atividade do Gemini está desativada. Obrigado!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Passe a palavra: este bot mostra, na sua língua, como desativar o uso das suas conversas com o Gemini pela Google para treinar IA.
    { $link }
group-intro =
    Olá! Explico às pessoas da UE como desativar o uso das suas conversas com o Gemini pela Google para treinar IA, e como se oporem a isso.

    Qualquer pessoa aqui pode usar /gemini e /template.
description = Enquanto a definição de atividade (Keep Activity) estiver ativa, a Google treina os seus modelos de IA com as conversas do Gemini. Este bot mostra-lhe, na sua língua, como a desativar e como se opor ao abrigo do RGPD, com uma carta para colar.
short-description = Desative o uso das suas conversas com o Gemini para treinar IA: a definição e uma carta.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Carta de oposição à Google
letter-inline-desc = Uma carta pronta para o pedido de oposição RGPD da Google
letter-keywords = carta modelo minuta google gemini
deadline-inline-title = Gemini e treino de IA: ponto da situação
deadline-inline-desc = O que faz a definição e o que acontece às suas conversas
deadline-keywords = gemini google situação

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Abrir atividade do Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Oposição RGPD
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: desative o treino de IA da Google com as suas conversas do Gemini
gemini-command = Desativar o treino de IA com as suas conversas do Gemini
gemini-inline-title = Desativar o treino de IA no Gemini
gemini-inline-desc = A definição e o pedido de oposição da Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: desative a definição de atividade (<i>Keep Activity</i>)</b>

    <b>O mais rápido:</b> toque em <i>Abrir atividade do Gemini</i> abaixo, inicie sessão na Google se lhe for pedido e desative a definição de atividade (<i>Keep Activity</i>; pode ainda chamar-se <i>Atividade das Apps Gemini</i>). Também pode optar por desativá-la e apagar a sua atividade.

    <b>Na app Gemini:</b> a sua foto de perfil → <i>Atividade das Apps Gemini</i> ou <i>Keep Activity</i> → desativar.
    <b>No computador:</b> gemini.google.com → <i>Definições e ajuda</i> → <i>Atividade</i> → desativar.

    <b>Depois:</b> não chega nenhuma confirmação; a página mostra a definição desativada.

    <blockquote expandable><b>Convém saber</b>
    • Com ela desativada, a Google diz que guarda as novas conversas durante 72 horas e não as usa para treino, a menos que envie feedback. As conversas temporárias também não são usadas.
    • Aplica-se a partir daí.
    • Também se pode opor ao abrigo do RGPD: o segundo botão abre o formulário de pedidos legais da Google (na app: por baixo de uma resposta, <i>Mais</i> → comunicar um problema legal). O formulário pede que descreva o tratamento: /template dá-lhe uma carta.
    • Em novembro de 2025, a Google afirmou que não usa o conteúdo do Gmail para treinar o Gemini.</blockquote>
