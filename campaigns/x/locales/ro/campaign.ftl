## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Debifează partajarea datelor tale de către X pentru antrenarea Grok
intro =
    X partajează cu xAI postările tale publice, felul în care interacționezi cu postările și conversațiile tale cu Grok, iar xAI antrenează Grok pe ele. O casetă din setări permite asta; este bifată până când o debifezi. Durează un minut.

## Where things stand (no `started`, so no $date).
standing = ✅ Poți debifa caseta oricând și se aplică de atunci înainte; nu depinde de nicio dată. Potrivit X, debifarea nu împiedică un model aflat deja în uz să învețe în continuare din folosirea obișnuită. Autoritatea irlandeză pentru protecția datelor a deschis în aprilie 2025 o anchetă privind antrenarea Grok pe postările utilizatorilor din UE.

# When the setting is ticked off as unticked.
all-done = ✅ Bifat: caseta de pe X este debifată. Mulțumesc!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Dă mai departe: acest bot arată, în limba ta, cum să debifezi partajarea datelor tale de către X pentru antrenarea Grok.
    { $link }
group-intro =
    Salut! Le arăt oamenilor din UE cum să debifeze partajarea postărilor și conversațiilor lor cu Grok de către X pentru antrenarea Grok.

    Oricine de aici poate folosi /x.
description = X partajează cu xAI postările publice și conversațiile cu Grok pentru antrenarea Grok, dacă nu debifezi o casetă. Acest bot îți arată, în limba ta, unde este caseta.
short-description = Debifează partajarea datelor tale de către X pentru antrenarea Grok: unde e caseta.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X și Grok: stadiul lucrurilor
deadline-inline-desc = Ce face caseta și ce nu poate face
deadline-keywords = x twitter grok stadiu

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Deschide setarea Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: debifează partajarea datelor tale de către X pentru antrenarea Grok
x-command = Debifează partajarea datelor tale X pentru Grok
x-inline-title = Debifează partajarea datelor tale X pentru Grok
x-inline-desc = Drumul până la casetă și un pas în plus
x-keywords = x twitter grok xai
x-steps =
    <b>X: debifează caseta Grok</b>

    <b>Drumul</b> (în aplicație sau pe x.com): <i>Setări și confidențialitate</i> → <i>Confidențialitate și siguranță</i> → partajarea datelor și personalizare (<i>Data sharing and personalization</i>) → <i>Grok &amp; Third-party Collaborators</i> → debifează caseta care permite folosirea datelor tale publice și a interacțiunilor tale cu Grok pentru antrenare.

    <b>Butonul de mai jos</b> încearcă să deschidă direct acea pagină. Dacă nu se deschide, urmează drumul. Dacă aplicația nu arată setarea, folosește x.com într-un browser.

    <b>După aceea:</b> nu vine nicio confirmare; caseta rămâne debifată.

    <b>Un pas în plus:</b> protejarea postărilor (<i>Protect your posts</i>, la <i>Confidențialitate și siguranță</i> → <i>Audience and tagging</i>) face ca postările tale să fie vizibile doar pentru urmăritori, deci nu mai sunt publice.

    <blockquote expandable><b>Bine de știut</b>
    • Anexa de confidențialitate a xAI pentru Europa (iulie 2026) include postările publice ale adulților de pe X printre datele pe care antrenează Grok și spune că te poți opune din setări.
    • Debifarea se aplică de atunci înainte.</blockquote>
