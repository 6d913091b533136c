## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Desmarque a partilha dos seus dados pelo X para treinar o Grok
intro =
    O X partilha com a xAI as suas publicações públicas, a forma como interage com publicações e as suas conversas com o Grok, e a xAI treina o Grok com elas. Uma caixa nas definições permite-o; está marcada enquanto não a desmarcar. Demora um minuto.

## Where things stand (no `started`, so no $date).
standing = ✅ Pode desmarcar a caixa a qualquer momento, e aplica-se a partir daí; não depende de nenhuma data. Segundo o X, desmarcá-la não impede que um modelo já em utilização continue a aprender com o uso normal. A autoridade irlandesa de proteção de dados abriu em abril de 2025 um inquérito ao treino do Grok com publicações de utilizadores da UE.

# When the setting is ticked off as unticked.
all-done = ✅ Assinalado: a caixa no X está desmarcada. Obrigado!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Passe a palavra: este bot mostra, na sua língua, como desmarcar a partilha dos seus dados pelo X para treinar o Grok.
    { $link }
group-intro =
    Olá! Explico às pessoas da UE como desmarcar a partilha das suas publicações e conversas com o Grok pelo X para treinar o Grok.

    Qualquer pessoa aqui pode usar /x.
description = O X partilha com a xAI as publicações públicas e as conversas com o Grok para treinar o Grok, a menos que desmarque uma caixa. Este bot mostra-lhe, na sua língua, onde está essa caixa.
short-description = Desmarque a partilha dos seus dados pelo X para treinar o Grok: onde está a caixa.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X e Grok: ponto da situação
deadline-inline-desc = O que faz a caixa e o que não consegue fazer
deadline-keywords = x twitter grok situação

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Abrir a definição do Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: desmarque a partilha dos seus dados pelo X para treinar o Grok
x-command = Desmarcar a partilha dos seus dados com o Grok
x-inline-title = Desmarcar a partilha dos seus dados com o Grok
x-inline-desc = O caminho até à caixa e um passo a mais
x-keywords = x twitter grok xai
x-steps =
    <b>X: desmarque a caixa do Grok</b>

    <b>O caminho</b> (na aplicação ou em x.com): <i>Configurações e privacidade</i> → <i>Privacidade e segurança</i> → <i>Compartilhamento de dados e personalização</i> → <i>Grok</i> (em inglês, <i>Grok &amp; Third-party Collaborators</i>) → desmarque a caixa que permite usar os seus dados públicos e as suas interações com o Grok para treino.

    <b>O botão abaixo</b> tenta abrir essa página diretamente. Se não abrir, siga o caminho. Se a aplicação não mostrar a definição, use x.com num navegador.

    <b>Depois:</b> não chega nenhuma confirmação; a caixa fica desmarcada.

    <b>Um passo a mais:</b> <i>Proteger seus posts</i> (<i>Privacidade e segurança</i> → <i>Audience and tagging</i>) torna as suas publicações visíveis apenas para quem o segue, pelo que deixam de ser públicas.

    <blockquote expandable><b>Convém saber</b>
    • O aditamento de privacidade da xAI para a Europa (julho de 2026) inclui as publicações públicas de adultos no X entre os dados com que treina o Grok, e diz que se pode opor nas definições.
    • Desmarcar aplica-se a partir daí.</blockquote>
