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
# Formularknap for en platform, hvis formular kræver kontoen: sig, at man skal logge ind, hvis siden beder om det.
btn-open-form-login = 📝 Officiel formular (log evt. ind på { $platform })
btn-mark-done = ☑️ Jeg har gjort indsigelse på { $platform }
btn-mark-undone = ↩️ Ikke klaret på { $platform } alligevel

## /start
start-text =
    <b>Gør indsigelse mod, at Meta bruger dit indhold til sin AI</b>

    Meta bruger offentlige opslag, billeder, billedtekster og kommentarer fra voksne i EU, og det, folk sender til Meta AI, til at træne sin kunstige intelligens. GDPR (artikel 21) giver dig ret til at gøre indsigelse mod det. Det tager et par minutter pr. platform.

    { $deadline }

    Vælg en platform for at se, hvordan du gør:

## Status for fristen. $date er et datetime-format, $left en left-*-værdi.
deadline-before = ⏳ Meta begynder at bruge indhold den <b>{ $date }</b>. Tid tilbage: <b>{ $left }</b>. En indsigelse gælder fra den dag, den indsendes, så hvis du indsender den før den dato, gælder den allerede, inden træningen begynder.
deadline-after = ℹ️ Meta har trænet sin AI på indhold siden den <b>{ $date }</b>. Du kan stadig gøre indsigelse: Din indsigelse gælder fra den dag, du indsender den. Indhold, der allerede er brugt, kan ikke tages ud igen af modeller, der allerede er trænet.

## Trin for hver platform
facebook-text =
    <b>Gør indsigelse på Facebook</b>

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular. Hvis siden beder om det, så log først ind på Facebook der.

    <b>I appen:</b>
    1. Åbn menuen, og gå til <i>Indstillinger og privatliv</i>. Tryk derefter på privatlivscentret (det hedder <i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i> afhængigt af versionen).
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

    <b>Hurtigst:</b> Tryk på knappen nedenfor for at åbne Metas officielle formular. Hvis siden beder om det, så log først ind på Instagram der.

    <b>I appen:</b>
    1. Gå til din profil, og tryk på menuen ☰ (<i>Indstillinger og aktivitet</i>).
    2. Find privatlivscentret i den menu (det hedder <i>Privatlivscenter</i> eller <i>Center for privatindstillinger</i>; i nogle versioner ligger det under <i>Om</i> → <i>Privatlivspolitik</i>).
    3. Find <i>Ret til at gøre indsigelse</i>, og åbn formularen.
    4. Angiv din kontos e-mailadresse. Feltet til begrundelse er valgfrit: Lad det stå tomt, eller indsæt brevet fra /template.
    5. Send formularen.

    <b>Bagefter:</b> Meta bekræfter via e-mail eller på skærmen. Gem bekræftelsen.

    <b>Godt at vide</b>
    • Du behøver ikke give en begrundelse.
    • Én indsigelse gælder for alle konti, der er forbundet i det samme Kontocenter, også Facebook. Konti, der ikke er forbundet, kræver deres egen indsigelse.
    • Gjorde du indsigelse i 2024? Gør det igen for en sikkerheds skyld.
whatsapp-text =
    <b>WhatsApp og Meta AI</b>

    Dine private chats er end-to-end-krypterede og bruges <b>ikke</b> til at træne AI'en. Det, du sender til Meta AI (den blå-lyserøde cirkel i appen eller @Meta AI, som bliver kaldt ind i en gruppechat), er ikke end-to-end-krypteret og kan blive brugt.

    • Meta AI kan ikke slås fra i WhatsApp; du kan kun lade være med at bruge den.
    • I juni 2025 sagde Meta, at virksomheden i øjeblikket ikke bruger WhatsApp-chats med Meta AI til træning.
    • Der er ingen indstilling i appen til at gøre indsigelse, og forbrugerorganisationer siger, at WhatsApp ikke har sin egen officielle indsigelsesmulighed til dette.

    <b>Den sikreste beskyttelse:</b> Send ikke noget til Meta AI.

    <b>For en sikkerheds skyld – en webformular:</b>
    1. Tryk på knappen nedenfor (eller åbn whatsapp.com, tryk på <i>Juridisk</i> nederst på siden og derefter på formularen om den registreredes rettigheder, uanset hvad den hedder lige nu).
    2. Vælg mulighederne for at gøre indsigelse mod brugen af dine data.
    3. Angiv dit telefonnummer med landekode og din e-mailadresse.
    4. Hvis der bliver spurgt om en begrundelse, så indsæt brevet fra /template.
    5. Send formularen. WhatsApp svarer via e-mail; gem svaret.

## /template
letter-intro = Kopiér brevet nedenfor (ét tryk er nok), og indsæt det i formularens felt til <i>begrundelse</i> eller i WhatsApp-formularen, hvis den beder om en begrundelse.
letter-body =
    Til rette vedkommende

    I medfør af artikel 21, stk. 1, i databeskyttelsesforordningen (GDPR) gør jeg indsigelse mod, at Meta og selskabets samarbejdspartnere behandler mine personoplysninger med henblik på at udvikle og træne kunstig intelligens. Indsigelsen omfatter mine opslag, billeder, billedtekster, kommentarer og alt andet indhold, der er knyttet til min konto, samt mine interaktioner med Meta AI.

    Jeg beder jer i henhold til artikel 12, stk. 3, i databeskyttelsesforordningen om inden for en måned at bekræfte skriftligt, at min indsigelse er registreret og efterkommes.

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
    { $remind }
    /stop: ikke flere påmindelser
    /status: din tjekliste og næste påmindelse
    /language: skift sprog
    /share: et link, du kan sende videre
    /privacy: hvad jeg gemmer om dig
    /forget: slet alt, hvad jeg gemmer om denne chat

    Du kan også skrive @{ $bot } i en hvilken som helst chat for at dele et kort der.

# Linjen om /remind i help-text, så længe der er påmindelser forude …
help-remind = /remind: påmindelser før fristen
# … og når der ikke er flere (fristen er udløbet, eller der kommer ingen påmindelse før den).
help-remind-none = /remind: hvorfor der ikke er nogen påmindelser nu

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
remind-no-wave = Der er ingen påmindelser tilbage før fristen (<b>{ $date }</b>), så det bedste tidspunkt at gøre indsigelse på er nu.
remind-already = 🔔 Påmindelser er allerede slået til. Næste påmindelse: <b>{ $when }</b>.
remind-after-deadline = Fristen (<b>{ $date }</b>) er udløbet, så der er intet at minde dig om, men du kan stadig gøre indsigelse når som helst, og din indsigelse gælder fra den dag, du indsender den.
remind-nothing-left = Du har krydset alle tre platforme af, så du behøver ingen påmindelse. Tak!
stop-done = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til igen.
stop-not-subscribed = Påmindelser var ikke slået til. Send /remind for at slå dem til.
reminder-text =
    🔔 <b>Påmindelse:</b> Der er { $left } tilbage til fristen (<b>{ $date }</b>). En indsigelse gælder fra den dag, den indsendes.

    Mangler stadig: { $platforms }.

    Tryk på en platform for at se trinene. Allerede gjort? Sæt flueben ved den under trinene, så holder jeg op med at minde dig om den.
all-done-text = ✅ Du har gjort indsigelse på alle tre platforme. Tak! Du får ikke flere påmindelser fra mig.

## /status
status-title = <b>Din tjekliste</b>
status-done = ✅ { $platform }: indsigelse gjort
status-open = ⬜ { $platform }: mangler stadig
status-subscribed = 🔔 Påmindelser er slået til. Næste: <b>{ $when }</b>.
status-no-wave = 🔕 Der er ikke planlagt flere påmindelser.
status-not-subscribed = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til.
marked-done = Noteret: { $platform } klaret.
marked-undone = Noteret: { $platform } mangler stadig.

## Grupper
admin-only = Kun en administrator i denne gruppe kan gøre det.
group-intro =
    Hej! Jeg viser folk i EU, hvordan de gør indsigelse mod, at Meta bruger deres opslag, billeder og kommentarer til at træne sin AI.

    Alle her kan bruge /facebook, /instagram, /whatsapp og /template.
# Føjes til group-intro, så længe der er påmindelser forude.
group-intro-remind = En administrator kan slå påmindelser til for gruppen med /remind.

## Deling og inline-tilstand
share-text =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du gør indsigelse mod, at Meta bruger dine opslag til at træne sin AI.
    { $link }
inline-facebook-title = Gør indsigelse på Facebook
inline-facebook-desc = Trinene og den officielle formular
inline-instagram-title = Gør indsigelse på Instagram
inline-instagram-desc = Trinene og den officielle formular
inline-whatsapp-title = Gør indsigelse på WhatsApp
inline-whatsapp-desc = Chats med Meta AI: hvad der bruges, og en formular
inline-letter-title = Indsigelsesbrev
inline-letter-desc = Et færdigt brev, du kan indsætte i formularerne
inline-deadline-title = Frist
inline-deadline-desc = Status lige nu, og hvad en indsigelse betyder i dag
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
cmd-whatsapp = WhatsApp og Meta AI
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
bot-description = Meta træner sin AI på offentlige opslag, billeder og kommentarer fra voksne i EU og på det, folk sender til Meta AI. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse på Facebook og Instagram, og hvad der gælder på WhatsApp, og giver dig et brev, du kan indsætte. Når en frist nærmer sig, kan den minde dig om den.
bot-short-description = Gør indsigelse mod, at Meta bruger dine opslag til sin AI: trinene, formularerne og et brev.
