## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Dezactivează folosirea conversațiilor tale cu Gemini de către Google pentru antrenarea IA
intro =
    Cât timp setarea de activitate (<i>Keep Activity</i>) este activă, Google folosește ce scrii, încarci și distribui în Gemini ca să-și îmbunătățească produsele și să-și antreneze modelele de IA, iar evaluatori umani citesc un eșantion. Dezactivarea durează un minut; GDPR îți dă și dreptul să te opui.

## Where things stand (no `started`, so no $date).
standing = ✅ Poți dezactiva oricând setarea de activitate (<i>Keep Activity</i>) și se aplică de atunci înainte; nu depinde de nicio dată. Cu ea dezactivată, Google spune că păstrează conversațiile noi 72 de ore și nu le folosește pentru antrenare, decât dacă îi trimiți feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Pentru cererea de opoziție GDPR a Google (al doilea buton de la /gemini): copiază scrisoarea de mai jos (atinge-o ca s-o copiezi) și lipește-o acolo unde formularul îți cere să-ți descrii cererea. Paragraful cu motivul este opțional: păstrează-l, scrie-l pe al tău sau șterge-l.
letter-body =
    Stimate doamne și stimați domni,

    În temeiul articolului 21 alineatul (1) din Regulamentul general privind protecția datelor (GDPR), mă opun, din motive legate de situația mea particulară, prelucrării de către Google a conversațiilor mele cu Gemini, a fișierelor pe care le încarc și a conținutului pe care îl distribui aplicațiilor Gemini în scopul dezvoltării și antrenării modelelor de inteligență artificială.

    Folosesc Gemini în scopuri proprii și nu i-am dat acest conținut ca să antreneze IA; vreau să decid eu cum este folosit.

    În temeiul articolului 12 alineatul (3) din GDPR, vă rog să îmi confirmați în scris, în cel mult o lună, că opoziția mea a fost înregistrată și este aplicată.

    Cu stimă,

# When the setting is ticked off as turned off.
all-done = ✅ Bifat: setarea de activitate Gemini este dezactivată. Mulțumesc!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Dă mai departe: acest bot arată, în limba ta, cum să dezactivezi folosirea conversațiilor tale cu Gemini de către Google pentru antrenarea IA.
    { $link }
group-intro =
    Salut! Le arăt oamenilor din UE cum să dezactiveze folosirea conversațiilor lor cu Gemini de către Google pentru antrenarea IA și cum să se opună.

    Oricine de aici poate folosi /gemini și /template.
description = Cât timp setarea de activitate (Keep Activity) este activă, Google își antrenează modelele de IA pe conversațiile cu Gemini. Acest bot îți arată, în limba ta, cum o dezactivezi și cum te opui în temeiul GDPR, cu o scrisoare de lipit.
short-description = Dezactivează folosirea conversațiilor tale cu Gemini pentru antrenarea IA: setarea, o scrisoare.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Scrisoare de opoziție către Google
letter-inline-desc = O scrisoare gata pentru cererea de opoziție GDPR a Google
letter-keywords = scrisoare model șablon google gemini
deadline-inline-title = Gemini și antrenarea IA: stadiul lucrurilor
deadline-inline-desc = Ce face setarea și ce se întâmplă cu conversațiile tale
deadline-keywords = gemini google stadiu

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Deschide activitatea Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Opoziție GDPR
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: dezactivează antrenarea IA a Google pe conversațiile tale cu Gemini
gemini-command = Dezactivează antrenarea IA pe conversațiile tale Gemini
gemini-inline-title = Dezactivează antrenarea IA pe Gemini
gemini-inline-desc = Setarea și cererea de opoziție a Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: dezactivează setarea de activitate (<i>Keep Activity</i>)</b>

    <b>Cel mai rapid:</b> atinge mai jos <i>Deschide activitatea Gemini</i>, conectează-te la Google dacă ți se cere și dezactivează setarea de activitate (<i>Keep Activity</i>; s-ar putea să se numească încă <i>Gemini Apps Activity</i>). Poți alege și s-o dezactivezi ștergându-ți activitatea.

    <b>În aplicația Gemini:</b> poza ta de profil → <i>Gemini Apps Activity</i> sau <i>Keep Activity</i> → dezactivează.
    <b>Pe calculator:</b> gemini.google.com → setări și ajutor (<i>Settings &amp; help</i>) → <i>Activity</i> → dezactivează.

    <b>După aceea:</b> nu vine nicio confirmare; pagina arată setarea ca dezactivată.

    <blockquote expandable><b>Bine de știut</b>
    • Cu ea dezactivată, Google spune că păstrează conversațiile noi 72 de ore și nu le folosește pentru antrenare, decât dacă îi trimiți feedback. Nici conversațiile temporare nu sunt folosite.
    • Se aplică de atunci înainte.
    • Te poți opune și în temeiul GDPR: al doilea buton deschide formularul Google pentru cereri juridice (în aplicație: sub un răspuns, <i>More</i> → <i>Report legal issue</i>). Îți cere să descrii prelucrarea: /template îți dă o scrisoare.
    • Google a declarat în noiembrie 2025 că nu folosește conținutul din Gmail pentru antrenarea Gemini.</blockquote>
