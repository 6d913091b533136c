## objection-bot: danske tekster.
## Telegram-HTML: kun <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; skriv & som &amp; og < som &lt;.
## Links og datoer skrives aldrig her: de kommer fra kampagnefilen.

# Sprogets navn på sproget selv, på tastaturet i /language.
language-name = Dansk

## Platformenes navne (varemærker)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Datoer. $day, $year og $minute er tal, $month er en af month-1 … month-12.
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-format = { $day }. { $month } { $year }
# $date er et date-format, $time er TT:MM og $zone er UTC+02:00 eller lignende.
datetime-format = { $date } kl. { $time } ({ $zone })

## Tid tilbage, med flertalsformer.
left-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
left-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
left-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutter
}

## Knapper (korte: de skal kunne være på en telefon)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Indsigelsesbrev
btn-remind = 🔔 Påmind mig
btn-language = 🌐 Sprog
btn-share = 📣 Del
btn-menu = ↩️ Menu
btn-deadline = ⏳ Frist
btn-status = ✅ Min tjekliste
btn-open-form = 📝 Åbn den officielle { $platform }-formular
btn-mark-done = ☑️ Jeg har gjort indsigelse på { $platform }
btn-mark-undone = ↩️ Alligevel ikke gjort på { $platform }

## /start
start-text =
    <b>Hold dit indhold ude af Metas AI</b>

    Meta bruger offentlige opslag, billeder, billedtekster og kommentarer fra voksne i EU, og det, folk sender til Meta AI, til at træne sin kunstige intelligens. GDPR (artikel 21) giver dig ret til at gøre indsigelse mod det. Det tager et par minutter pr. platform.

    { $deadline }

    Vælg en platform for at se, hvordan du gør:

## Status for fristen. $date er et datetime-format, $left en left-*-værdi.
deadline-before = ⏳ Meta begynder at bruge dit indhold den <b>{ $date }</b>. Tid tilbage: <b>{ $left }</b>. Gør du indsigelse inden da, holdes dine eksisterende opslag ude af træningen.
deadline-after = ℹ️ Meta har trænet sin AI på indhold siden den <b>{ $date }</b>. Du kan stadig gøre indsigelse: Den gælder fra den dag, du indsender den, så det, du slår op derefter, holdes udenfor. Indhold, der allerede er brugt, kan ikke tages tilbage.

## Trin for hver platform
facebook-text =
    <b>Gør indsigelse på Facebook</b>

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular, hvor du er logget ind på din konto.

    <b>I appen:</b>
    1. Åbn menuen, og gå til <i>Indstillinger og privatliv</i> → <i>Privatlivscenter</i>.
    2. Åbn <i>Emner om privatliv</i> → <i>AI hos Meta</i>.
    3. Vælg <i>Indsend en anmodning om indsigelse</i>.
    4. Angiv din kontos e-mailadresse. Feltet til begrundelse er valgfrit: Lad det stå tomt, eller indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter. En konto, der ikke er forbundet eller bruger en anden e-mailadresse, kræver sin egen indsigelse.
    • Facebook-sider kan ikke gøre indsigelse med denne formular, kun personlige konti.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.
instagram-text =
    <b>Gør indsigelse på Instagram</b>

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular, hvor du er logget ind på din konto.

    <b>I appen:</b>
    1. Gå til din profil, og tryk på menuen ☰.
    2. Åbn <i>Indstillinger og privatliv</i> → <i>Privatlivscenter</i> (eller <i>Om</i> → <i>Privatlivspolitik</i>).
    3. Find <i>Ret til at gøre indsigelse</i>, og åbn formularen.
    4. Angiv din kontos e-mailadresse. Feltet til begrundelse er valgfrit: Lad det stå tomt, eller indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter, også Facebook. Konti, der ikke er forbundet, kræver deres egen indsigelse.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.
whatsapp-text =
    <b>Gør indsigelse på WhatsApp</b>

    Dine private chats bruges <b>ikke</b> til at træne AI'en. Det, der kan bruges, er det, du sender til Meta AI (den blå-lyserøde cirkel i appen).

    <b>Sådan gør du:</b> Der er ingen indstilling i appen; indsigelsen sker via en webformular.
    1. Tryk på knappen nedenfor (eller gå til whatsapp.com → <i>Juridisk</i> → formularen <i>Den registreredes rettigheder</i>).
    2. Vælg mulighederne for at gøre indsigelse mod brugen af dine data til AI.
    3. Angiv dit telefonnummer med landekode og din e-mailadresse.
    4. Hvis der bliver spurgt om en begrundelse, så indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> WhatsApp svarer via e-mail. Gem svaret.

    <b>Godt at vide</b>
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.

## /template
letter-intro = Kopiér brevet nedenfor (ét tryk er nok), og indsæt det i formularens felt til <i>begrundelse</i> eller i WhatsApp-formularen, hvis den beder om en begrundelse.
letter-body =
    Til rette vedkommende

    I medfør af artikel 21 i databeskyttelsesforordningen (GDPR) gør jeg hermed indsigelse mod behandlingen af mine personoplysninger til udvikling og træning af kunstig intelligens, som foretages af Meta og selskabets samarbejdspartnere. Indsigelsen omfatter mine opslag, billeder, kommentarer og alle andre personlige eller offentlige oplysninger, der er knyttet til min konto.

    Jeg beder om en skriftlig bekræftelse på, at min indsigelse er registreret og efterkommes.

    Med venlig hilsen

## /language
language-choose = Vælg, hvilket sprog jeg skal bruge i denne chat:
language-set = Klaret: Jeg taler dansk her fremover.

## /help
help-text =
    <b>Det kan jeg</b>
    /facebook: sådan gør du indsigelse på Facebook
    /instagram: sådan gør du indsigelse på Instagram
    /whatsapp: sådan gør du indsigelse på WhatsApp
    /template: et brev, du kan indsætte i formularerne
    /deadline: fristen og status lige nu
    /remind: påmindelser før fristen
    /stop: ikke flere påmindelser
    /status: din tjekliste og næste påmindelse
    /language: skift sprog
    /share: et link, du kan sende videre
    /privacy: hvad jeg gemmer om dig
    /forget: slet alt, hvad jeg gemmer om denne chat

    Du kan også skrive @{ $bot } i en hvilken som helst chat for at dele et kort der.

## /privacy og /forget
privacy-text =
    <b>Hvad jeg gemmer</b>
    • Denne chats nummer, det sprog, du har valgt, om du vil have påmindelser, hvilke platforme du har krydset af, og hvilke påmindelser der er sendt, så ingen får den samme to gange.
    • Intet andet: ingen navne, ingen brugernavne, ingen telefonnumre, ingen beskedtekst.

    <b>Hvor længe</b>
    Indtil du sender /forget, blokerer mig eller fjerner mig fra gruppen. Så slettes det hele med det samme.

    /forget sletter alt om denne chat nu.
forget-done = Klaret: Alt, hvad jeg havde gemt om denne chat, er slettet. Send /start når som helst for at begynde forfra.

## Alt andet
unknown-text = Jeg forstår kun kommandoer. Send /help for at se dem.
stale-button = Denne knap virker ikke længere. Send /start for at få en opdateret menu.
error-text = Noget gik galt hos mig. Prøv igen om et minut.

## Påmindelser
remind-on = 🔔 Påmindelser er slået til. Næste påmindelse: <b>{ $when }</b>.
remind-on-no-wave = 🔔 Påmindelser er slået til, men der er ingen påmindelser tilbage før fristen (<b>{ $date }</b>). Det er bedst at handle nu.
remind-already = 🔔 Påmindelser er allerede slået til. Næste påmindelse: <b>{ $when }</b>.
remind-after-deadline = Fristen (<b>{ $date }</b>) er udløbet, så der er ikke mere at minde dig om. Det kan stadig betale sig at gøre indsigelse: Den beskytter det, du slår op fra den dag, du indsender den.
remind-nothing-left = Du har krydset alle tre platforme af, så du behøver ingen påmindelse. Tak!
stop-done = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til igen.
stop-not-subscribed = Påmindelser var ikke slået til. Send /remind for at slå dem til.
reminder-text =
    🔔 <b>Påmindelse:</b> Der er { $left } tilbage til at gøre indsigelse, før Meta bruger dit indhold (<b>{ $date }</b>).

    Mangler stadig: { $platforms }.

    Tryk på en platform for at se trinene. Allerede gjort? Sæt flueben ved den under trinene, så holder jeg op med at minde dig om den.
all-done-text = ✅ Du har gjort indsigelse på alle tre platforme. Tak! Du får ikke flere påmindelser fra mig.

## /status
status-title = <b>Din tjekliste</b>
status-done = ✅ { $platform }: indsigelse gjort
status-open = ⬜ { $platform }: mangler stadig
status-subscribed = 🔔 Påmindelser er slået til. Næste: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Påmindelser er slået til; der er ingen tilbage før fristen.
status-not-subscribed = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til.
marked-done = Noteret: { $platform } klaret.
marked-undone = Noteret: { $platform } mangler stadig.

## Grupper
admin-only = Kun en administrator i denne gruppe kan gøre det.
group-intro =
    Hej! Jeg hjælper folk i EU med at forhindre Meta i at træne sin AI på deres opslag, billeder og kommentarer.

    Alle her kan bruge /facebook, /instagram, /whatsapp og /template. En administrator kan slå påmindelser til for gruppen med /remind.

## Deling og inline-tilstand
share-text =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du forhindrer Meta i at træne sin AI på dine opslag.
    { $link }
inline-facebook-title = Gør indsigelse på Facebook
inline-facebook-desc = Trinene og den officielle formular
inline-instagram-title = Gør indsigelse på Instagram
inline-instagram-desc = Trinene og den officielle formular
inline-whatsapp-title = Gør indsigelse på WhatsApp
inline-whatsapp-desc = Chats med Meta AI: trinene og formularen
inline-letter-title = Indsigelsesbrev
inline-letter-desc = Et færdigt brev, du kan indsætte i formularerne
inline-deadline-title = Frist
inline-deadline-desc = Status lige nu, og hvorfor det stadig kan betale sig
# Ord, der ud over titlen finder et kort, når de skrives efter @bot (adskilt af mellemrum).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = brev skabelon indsigelse tekst
inline-deadline-keywords = frist dato tidsfrist deadline

## Kommandomenu (hver højst 256 tegn)
cmd-start = Start her
cmd-facebook = Gør indsigelse på Facebook
cmd-instagram = Gør indsigelse på Instagram
cmd-whatsapp = Gør indsigelse på WhatsApp (Meta AI)
cmd-template = Et brev, du kan indsætte i formularerne
cmd-deadline = Fristen og status lige nu
cmd-remind = Påmindelser før fristen
cmd-stop = Ikke flere påmindelser
cmd-status = Din tjekliste
cmd-language = Skift sprog
cmd-share = Et link, du kan sende videre
cmd-help = Alle kommandoer
cmd-privacy = Hvad botten gemmer
cmd-forget = Slet alt, der er gemt om denne chat

## Botprofil: beskrivelse højst 512 tegn, kort beskrivelse højst 120.
bot-description = Meta træner sin AI på offentlige opslag, billeder og kommentarer fra voksne i EU. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse på Facebook, Instagram og WhatsApp, giver dig et brev, du kan indsætte, og minder dig om det før fristen.
bot-short-description = Forhindr Meta i at træne sin AI på dine opslag: trinene, formularerne og et brev.
