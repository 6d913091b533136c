## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opune-te ca Meta să-ți folosească conținutul pentru IA
intro =
    Meta folosește postările, fotografiile, descrierile și comentariile publice ale adulților din UE, precum și ce trimit oamenii către Meta AI, ca să-și antreneze inteligența artificială. GDPR (articolul 21) îți dă dreptul să te opui. Durează cam două minute pentru fiecare platformă.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta începe să folosească conținutul pe <b>{ $date }</b>. Timp rămas: <b>{ $left }</b>. Opoziția se aplică din ziua în care este depusă, așa că, dacă o depui înainte de această dată, ea se aplică înainte să înceapă antrenarea.
deadline-after = ℹ️ Meta își antrenează inteligența artificială pe conținut încă din <b>{ $date }</b>. Te poți opune în continuare: opoziția ta se aplică din ziua în care o depui. Conținutul deja folosit nu mai poate fi scos din modelele deja antrenate.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copiază scrisoarea de mai jos (atinge-o ca s-o copiezi) și lipește-o în câmpul <i>motiv</i> din formular sau în formularul WhatsApp, atunci când ți se cere un motiv.
letter-body =
    Stimate doamne și stimați domni,

    În temeiul articolului 21 alineatul (1) din Regulamentul general privind protecția datelor (GDPR), mă opun prelucrării datelor mele cu caracter personal de către Meta și partenerii săi în scopul dezvoltării și antrenării inteligenței artificiale. Opoziția mea privește postările, fotografiile, descrierile și comentariile mele și orice alt conținut asociat contului meu, precum și interacțiunile mele cu Meta AI.

    În temeiul articolului 12 alineatul (3) din GDPR, vă rog să îmi confirmați în scris, în termen de o lună, că opoziția mea a fost înregistrată și este aplicată.

    Cu stimă,

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Memento:</b> mai ai { $left } până la termen (<b>{ $date }</b>). Opoziția se aplică din ziua în care este depusă.

    De făcut: { $platforms }.

    Atinge o platformă ca să vezi pașii. Ai făcut-o deja? Bifeaz-o sub pași și nu-ți mai amintesc de ea.
# When every platform of this campaign is ticked off.
all-done = ✅ Te-ai opus pe toate cele trei platforme. Mulțumesc! Nu-ți mai trimit mementouri.
nothing-left = Ai bifat toate cele trei platforme, deci nu ai nevoie de mementouri. Mulțumesc!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Dă mai departe: acest bot arată, în limba ta, cum să te opui ca Meta să-ți folosească postările pentru a-și antrena inteligența artificială.
    { $link }
group-intro =
    Salut! Le arăt oamenilor din UE cum să se opună ca Meta să le folosească postările, fotografiile și comentariile pentru a-și antrena inteligența artificială.

    Oricine de aici poate folosi /facebook, /instagram, /whatsapp și /template.
description = Meta își antrenează inteligența artificială pe postările, fotografiile și comentariile publice ale adulților din UE, precum și pe ce trimit oamenii către Meta AI. Acest bot îți arată, pas cu pas și în limba ta, cum să te opui pe Facebook și Instagram și ce se aplică pe WhatsApp și îți dă o scrisoare de lipit. Când se apropie un termen, ți-l poate aminti.
short-description = Opune-te ca Meta să-ți folosească postările pentru IA: pașii, formularele, o scrisoare.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Scrisoare de opoziție
letter-inline-desc = O scrisoare gata de lipit în formulare
letter-keywords = scrisoare model șablon opoziție
deadline-inline-title = Termen
deadline-inline-desc = Stadiul lucrurilor și ce face acum o opoziție
deadline-keywords = termen dată data timp

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formular oficial (conectează-te la Facebook dacă ți se cere)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: pașii ca să te opui pe Facebook
facebook-command = Opune-te pe Facebook
facebook-inline-title = Opune-te pe Facebook
facebook-inline-desc = Pașii și formularul oficial
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Opune-te pe Facebook</b>

    <b>Cel mai rapid:</b> atinge butonul de mai jos ca să deschizi formularul oficial al Meta. Dacă pagina îți cere, conectează-te mai întâi la Facebook.

    <b>În aplicație:</b>
    1. Deschide meniul și mergi la <i>Setări și confidențialitate</i> → <i>Centrul de confidențialitate</i>.
    2. Deschide <i>Subiecte privind confidențialitatea</i> → secțiunea despre IA (<i>IA la Meta</i>).
    3. Alege opțiunea de a trimite o cerere de opoziție.
    4. Introdu adresa de e-mail a contului tău. Câmpul pentru motiv este opțional: lasă-l gol sau lipește scrisoarea de la /template.
    5. Trimite formularul.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi. Un cont care nu e conectat sau care folosește altă adresă de e-mail are nevoie de propria opoziție.
    • Paginile de Facebook nu se pot opune prin acest formular, ci doar conturile personale.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formular oficial (conectează-te la Instagram dacă ți se cere)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: pașii ca să te opui pe Instagram
instagram-command = Opune-te pe Instagram
instagram-inline-title = Opune-te pe Instagram
instagram-inline-desc = Pașii și formularul oficial
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Opune-te pe Instagram</b>

    <b>Cel mai rapid:</b> atinge butonul de mai jos ca să deschizi formularul oficial al Meta. Dacă pagina îți cere, conectează-te mai întâi la Instagram.

    <b>În aplicație:</b>
    1. Mergi la profilul tău și atinge meniul ☰ (<i>Setări și activitate</i>).
    2. Găsește <i>Centrul de confidențialitate</i> în acest meniu (în unele versiuni, la <i>Despre</i> → <i>Politica de confidențialitate</i>).
    3. Caută linkul despre dreptul la opoziție și deschide formularul.
    4. Introdu adresa de e-mail a contului tău. Câmpul pentru motiv este opțional: lasă-l gol sau lipește scrisoarea de la /template.
    5. Trimite formularul.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi, inclusiv Facebook. Conturile care nu sunt conectate au nevoie de propria opoziție.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Deschide formularul oficial WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: pașii ca să te opui pe WhatsApp
whatsapp-command = WhatsApp și Meta AI
whatsapp-inline-title = Opune-te pe WhatsApp
whatsapp-inline-desc = Conversațiile cu Meta AI: ce se folosește și un formular
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp și Meta AI</b>

    Conversațiile tale private sunt criptate integral și <b>nu</b> sunt folosite pentru antrenarea IA. Ce trimiți către Meta AI (cercul albastru cu roz din aplicație sau @Meta AI chemat într-o conversație de grup) nu este criptat integral și poate fi folosit.

    • Meta AI nu poate fi dezactivat în WhatsApp; poți doar să nu-l folosești.
    • În iunie 2025, Meta a declarat că, deocamdată, nu folosește pentru antrenare conversațiile din WhatsApp cu Meta AI.
    • În aplicație nu există nicio setare de opoziție, iar organizațiile de protecție a consumatorilor spun că WhatsApp nu are o procedură oficială proprie de opoziție pentru asta.

    <b>Cea mai sigură protecție:</b> să nu trimiți nimic către Meta AI.

    <b>Ca precauție, un formular web:</b>
    1. Atinge butonul de mai jos (sau mergi pe whatsapp.com → secțiunea juridică din josul paginii → formularul privind drepturile persoanelor vizate, oricum s-ar numi acum).
    2. Alege opțiunile prin care te opui folosirii datelor tale.
    3. Introdu numărul tău de telefon cu prefixul țării și adresa ta de e-mail.
    4. Dacă ți se cere un motiv, lipește scrisoarea de la /template.
    5. Trimite formularul. WhatsApp răspunde prin e-mail; păstrează acest răspuns.
