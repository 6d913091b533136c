## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Opune-te folosirii conținutului tău pentru antrenarea IA-ului Meta
intro =
    Meta își antrenează inteligența artificială pe postările, fotografiile, descrierile și comentariile publice ale adulților din UE, precum și pe ce trimit oamenii către Meta AI. GDPR (articolul 21) îți dă dreptul să te opui. Durează cam două minute pentru fiecare platformă.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Te poți opune oricând, iar opoziția ta se aplică din ziua în care o depui. Meta își antrenează IA-ul pe postările, fotografiile și comentariile publice ale adulților și pe conversațiile cu Meta AI începând cu <b>{ $date }</b>; politica sa de confidențialitate pentru UE din iulie 2026 încă enumeră această folosire. Ce a fost deja folosit nu mai poate fi scos din modelele antrenate.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta începe să folosească conținutul pe <b>{ $date }</b>. Timp rămas: <b>{ $left }</b>. O opoziție se aplică din ziua în care este depusă, așa că, dacă o depui înainte de această dată, se aplică înainte să înceapă antrenarea.
deadline-after = ✅ Te poți opune în continuare: opoziția ta se aplică din ziua în care o depui. Meta își antrenează IA-ul pe conținut începând cu <b>{ $date }</b>; ce a fost deja folosit nu mai poate fi scos din modelele antrenate.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Memento:</b> mai ai { $left } până pe <b>{ $date }</b>. O opoziție se aplică din ziua în care este depusă.

    De făcut: { $platforms }.

    Atinge o platformă ca să vezi pașii. Ai făcut-o deja? Bifeaz-o sub pași și nu-ți mai amintesc de ea.
nothing-left = Ai bifat toate cele trei platforme, deci nu ai nevoie de niciun memento. Mulțumesc!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Copiază scrisoarea de mai jos (atinge-o ca s-o copiezi) și lipește-o în câmpul <i>motiv</i> din formular sau în formularul WhatsApp, atunci când te întreabă de ce. Paragraful cu motivul este opțional: păstrează-l, scrie-l pe al tău sau șterge-l.
letter-body =
    Stimate doamne și stimați domni,

    În temeiul articolului 21 alineatul (1) din Regulamentul general privind protecția datelor (GDPR), mă opun, din motive legate de situația mea particulară, prelucrării datelor mele cu caracter personal de către Meta și partenerii săi în scopul dezvoltării și antrenării inteligenței artificiale. Opoziția privește postările, fotografiile, descrierile, comentariile mele și orice alt conținut asociat contului meu, precum și interacțiunile mele cu Meta AI.

    Nu am distribuit acest conținut ca să fie folosit la antrenarea IA și vreau să decid eu cum este folosit.

    În temeiul articolului 12 alineatul (3) din GDPR, vă rog să îmi confirmați în scris, în cel mult o lună, că opoziția mea a fost înregistrată și este aplicată.

    Cu stimă,

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram și WhatsApp sunt toate bifate. Mulțumesc!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Dă mai departe: acest bot arată, în limba ta, cum să te opui folosirii postărilor tale pentru antrenarea IA-ului Meta.
    { $link }
group-intro =
    Salut! Le arăt oamenilor din UE cum să se opună folosirii postărilor, fotografiilor și comentariilor lor pentru antrenarea IA-ului Meta.

    Oricine de aici poate folosi /facebook, /instagram, /whatsapp și /template.
description = Meta își antrenează IA-ul pe postările, fotografiile și comentariile publice ale adulților din UE, precum și pe ce trimit oamenii către Meta AI. Acest bot îți arată, pas cu pas și în limba ta, cum să te opui pe Facebook și Instagram și ce se aplică pe WhatsApp și îți dă o scrisoare de lipit.
short-description = Opune-te folosirii postărilor tale pentru antrenarea IA-ului Meta: pașii, formularele, o scrisoare.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Scrisoare de opoziție către Meta
letter-inline-desc = O scrisoare gata de lipit în formularele Meta
letter-keywords = scrisoare model șablon opoziție meta
deadline-inline-title = Meta AI: stadiul lucrurilor
deadline-inline-desc = De când antrenează Meta pe conținut și ce face acum o opoziție
deadline-keywords = meta stadiu dată

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Formular oficial
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Pagina Meta despre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: pașii ca să te opui pe Facebook
facebook-command = Opune-te pe Facebook
facebook-inline-title = Opune-te pe Facebook
facebook-inline-desc = Pașii și formularul oficial
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Opune-te pe Facebook</b>

    <b>Cel mai rapid:</b> atinge mai jos <i>Formular oficial</i>. Dacă pagina îți cere, conectează-te acolo la Facebook. Nu ai sesiunea deschisă în acel browser? Deschide linkul în browserul tău obișnuit (⋯ → <i>Deschide în browser</i>) sau urmează pașii din aplicație.
    În formular, introdu adresa de e-mail a contului; câmpul pentru motiv este opțional (lasă-l gol sau lipește scrisoarea de la /template). Apoi trimite-l.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <blockquote expandable><b>În aplicație</b>
    1. Deschide meniul și mergi la <i>Setări și confidențialitate</i> → <i>Centrul de confidențialitate</i>.
    2. Deschide <i>Subiecte privind confidențialitatea</i> → secțiunea despre IA (<i>AI at Meta</i>).
    3. Alege opțiunea de a trimite o cerere de opoziție.
    4. Introdu adresa de e-mail a contului. Motivul este opțional.
    5. Trimite formularul.</blockquote>

    <blockquote expandable><b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi. Un cont neconectat sau care folosește altă adresă de e-mail are nevoie de propria opoziție.
    • Paginile de Facebook nu se pot opune prin acest formular, ci doar conturile personale.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.
    • Meta a mutat unele dintre formularele sale de contact. Dacă formularul nu se deschide, al doilea buton duce la pagina Meta despre IA generativă, care are un link către dreptul la opoziție.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Formular oficial
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Pagina Meta despre IA
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: pașii ca să te opui pe Instagram
instagram-command = Opune-te pe Instagram
instagram-inline-title = Opune-te pe Instagram
instagram-inline-desc = Pașii și formularul oficial
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Opune-te pe Instagram</b>

    <b>Cel mai rapid:</b> atinge mai jos <i>Formular oficial</i>. Dacă pagina îți cere, conectează-te acolo la Instagram. Nu ai sesiunea deschisă în acel browser? Deschide linkul în browserul tău obișnuit (⋯ → <i>Deschide în browser</i>) sau urmează pașii din aplicație.
    Dacă formularul întreabă dacă cererea ta privește IA la Meta (<i>AI at Meta</i>), alege <b>Da</b>. Introdu adresa de e-mail a contului; câmpul pentru motiv este opțional (lasă-l gol sau lipește scrisoarea de la /template). Apoi trimite-l.

    <b>După aceea:</b> Meta confirmă prin e-mail sau pe ecran. Păstrează această confirmare.

    <blockquote expandable><b>În aplicație</b>
    1. Mergi la profilul tău și atinge meniul ☰ (<i>Setări și activitate</i>).
    2. Găsește <i>Centrul de confidențialitate</i> în acest meniu (în unele versiuni, la <i>Despre</i> → <i>Politica de confidențialitate</i>).
    3. Caută linkul despre dreptul la opoziție și deschide formularul.
    4. Dacă întreabă dacă cererea ta privește IA la Meta, alege <i>Da</i>.
    5. Introdu adresa de e-mail a contului. Motivul este opțional.
    6. Trimite formularul.</blockquote>

    <blockquote expandable><b>Bine de știut</b>
    • Nu trebuie să dai niciun motiv.
    • O singură opoziție acoperă toate conturile conectate în același Centru de conturi, inclusiv Facebook. Conturile neconectate au nevoie de propria opoziție.
    • Te-ai opus deja în 2024? Mai fă-o o dată, pentru siguranță.
    • Meta a mutat unele dintre formularele sale de contact. Dacă formularul nu se deschide, al doilea buton duce la pagina Meta despre IA generativă, care are un link către dreptul la opoziție.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formularul WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: gata
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp și Meta AI: ce se folosește și un formular de precauție
whatsapp-command = WhatsApp și Meta AI
whatsapp-inline-title = WhatsApp și Meta AI
whatsapp-inline-desc = Ce se folosește și un formular de precauție
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp și Meta AI</b>

    WhatsApp nu are niciun comutator și nicio setare proprie de opoziție pentru Meta AI. <b>Cea mai sigură protecție: să nu trimiți nimic către Meta AI.</b>
    • Într-un grup, orice membru poate chema @Meta AI. Confidențialitatea avansată a chatului (<i>Advanced chat privacy</i>; atinge numele conversației) poate împiedica membrii să folosească Meta AI în acea conversație. Sursele nu sunt de acord în privința asta, așa că verifică dacă aplicația ta o oferă.

    <b>Ce se folosește:</b> conversațiile tale private sunt criptate integral și <b>nu</b> sunt folosite pentru antrenarea IA. Ce trimiți către Meta AI (cercul albastru cu roz sau @Meta AI chemat într-un grup) nu este criptat integral și poate fi folosit. Meta AI nu poate fi dezactivat în WhatsApp; poți doar să nu-l folosești. În iunie 2025, Meta a declarat că la acel moment nu folosea pentru antrenare conversațiile din WhatsApp cu Meta AI.

    <b>Ca precauție, un formular web.</b> Politica de confidențialitate a WhatsApp trimite la el pentru opoziții în general; nu este un comutator pentru IA, iar organizațiile de protecție a consumatorilor spun că WhatsApp nu are o procedură oficială proprie de opoziție pentru IA.
    1. Atinge butonul de mai jos (sau caută, printre linkurile juridice de pe whatsapp.com, formularul privind drepturile persoanelor vizate).
    2. Alege opțiunea prin care te opui prelucrării informațiilor tale.
    3. Introdu numărul de telefon cu prefixul țării și adresa de e-mail.
    4. Dacă te întreabă de ce, lipește scrisoarea de la /template.
    5. Trimite formularul. WhatsApp răspunde prin e-mail; păstrează acest răspuns.
