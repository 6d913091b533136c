## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Dezactivează folosirea datelor tale de către LinkedIn pentru antrenarea IA
intro =
    LinkedIn folosește profilurile, postările și comentariile membrilor din UE, precum și conversațiile lor cu funcțiile sale de IA, ca să antreneze o IA care scrie conținut. Mesajele private nu sunt folosite. O setare, activă până când o dezactivezi, îți permite să renunți; durează un minut.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ O poți dezactiva oricând și se aplică de atunci înainte. LinkedIn folosește datele membrilor din UE pentru antrenarea IA începând cu <b>{ $date }</b>; modelele deja antrenate nu se schimbă.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Bifat: setarea LinkedIn este dezactivată. Mulțumesc!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Dă mai departe: acest bot arată, în limba ta, cum să dezactivezi folosirea datelor tale de către LinkedIn pentru antrenarea IA.
    { $link }
group-intro =
    Salut! Le arăt oamenilor din UE cum să dezactiveze folosirea profilului și postărilor lor de către LinkedIn pentru antrenarea IA.

    Oricine de aici poate folosi /linkedin.
description = LinkedIn folosește profilurile, postările și conversațiile cu funcțiile sale de IA ale membrilor din UE ca să antreneze o IA care scrie conținut. Acest bot îți arată, în limba ta, unde este setarea și cum o dezactivezi.
short-description = Dezactivează folosirea datelor tale de către LinkedIn pentru antrenarea IA: unde e setarea.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn și IA: stadiul lucrurilor
deadline-inline-desc = De când antrenează LinkedIn IA pe datele membrilor și ce face setarea
deadline-keywords = linkedin stadiu

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Deschide setarea
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Opoziție, alte utilizări
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: dezactivează antrenarea IA a LinkedIn pe datele tale
linkedin-command = Dezactivează antrenarea IA a LinkedIn
linkedin-inline-title = Dezactivează antrenarea IA a LinkedIn
linkedin-inline-desc = Unde e setarea, pe telefon și pe calculator
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Dezactivează antrenarea IA a LinkedIn</b>

    <b>Cel mai rapid:</b> atinge mai jos <i>Deschide setarea</i> și conectează-te la LinkedIn dacă ți se cere. Pe pagina despre datele pentru îmbunătățirea IA generative (<i>Data for Generative AI Improvement</i>), dezactivează comutatorul.

    <b>Pe telefon:</b> poza ta de profil → <i>Setări</i> → confidențialitatea datelor (<i>Data privacy</i>) → <i>Data for Generative AI Improvement</i> → dezactivează.
    <b>Pe calculator:</b> <i>Eu</i> (<i>Me</i>) → setări și confidențialitate (<i>Settings &amp; Privacy</i>) → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → dezactivează.

    <b>După aceea:</b> nu vine nicio confirmare. Reîncarcă pagina: comutatorul ar trebui să apară dezactivat.

    <blockquote expandable><b>Bine de știut</b>
    • Ce se folosește: profilul tău (nume, fotografie, posturi, studii, competențe, recomandări de competențe), postările, articolele, comentariile și sondajele tale, activitatea din grupuri, CV-urile salvate și răspunsurile la întrebările de preselecție, precum și conversațiile cu funcțiile de IA ale LinkedIn. Mesajele private nu sunt folosite.
    • Comutatorul se aplică de atunci înainte; modelele deja antrenate nu se schimbă.
    • Autoritatea olandeză pentru protecția datelor a spus că pot fi folosite date care merg înapoi până în 2003.
    • Pentru alte utilizări ale datelor tale (de exemplu, IA pentru încredere și siguranță sau îmbunătățirea produselor), nota de confidențialitate a LinkedIn oferă un formular de opoziție: este al doilea buton.</blockquote>
