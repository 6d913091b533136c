## objection-bot: danske tekster.
## Telegram-HTML: kun <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; skriv & som &amp; og < som &lt;.
## Links og datoer skrives aldrig her: de kommer fra kampagnefilen.

# Sprogets navn på sproget selv, på tastaturet i /language.
language-name = Dansk

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
btn-letter = ✍️ Brev
btn-remind = 🔔 Påmind mig
btn-language = 🌐 Sprog
btn-share = 📣 Del
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Status lige nu
btn-status = ✅ Min tjekliste
# Afkrydsningsknappen under en platform med formular …
btn-mark-done = ☑️ Indsigelse gjort på { $platform }
btn-mark-undone = ↩️ Ikke klaret på { $platform } alligevel
btn-stop = 🔕 Stop påmindelser
btn-tick-in-private = ☑️ Afkryds i privat chat

## /start
start-text =
    { $campaigns }

    Vælg en platform for at se, hvordan du gør:

## /template
letter-pick = Hvilket brev skal du bruge? Vælg en kampagne:

## /language
language-choose = Vælg, hvilket sprog jeg skal bruge i denne chat:
language-set = Klaret: Jeg taler dansk her fremover.

## /help
help-text =
    <b>Det kan jeg</b>
    { $platforms }
    /template: et brev, du kan indsætte i formularerne
    /deadline: status lige nu
    { $reminders }/status: din tjekliste
    /language: skift sprog
    /share: et link, du kan sende videre
    /privacy: hvad jeg gemmer om dig
    /news: nyheder, når der kommer en ny måde at gøre indsigelse på
    /forget: slet alt, hvad jeg gemmer om denne chat

    Du kan også skrive @{ $bot } i en hvilken som helst chat for at lægge et kort op der.

## /privacy og /forget
privacy-text =
    <b>Hvad jeg gemmer</b>
    • Denne chats nummer, dens sprog, om du vil have påmindelser eller nyheder, hvilke platforme du har krydset af og på hvilken dag, og hvilke påmindelser, opfølgninger og gentjek der skal sendes eller er sendt, så ingen får det samme to gange.
    • Hvorfor dagen: En måned efter at du har krydset en formular af, spørger jeg én gang, om virksomheden har bekræftet. Et gentjek af en indstilling gemmes kun, hvis du beder om det.
    • Intet andet: ingen navne, ingen brugernavne, ingen telefonnumre, ingen beskedtekst. Det land, du vælger for at finde en myndighed, gemmes ikke.

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
remind-after-deadline = Du kan stadig gøre indsigelse når som helst, og din indsigelse gælder fra den dag, du indsender den. Der er intet at minde dig om, fordi den dato (<b>{ $date }</b>) er passeret.
stop-done = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til igen.
stop-not-subscribed = Påmindelser var ikke slået til. Send /remind for at slå dem til.

## /status
status-title = <b>Din tjekliste</b>
status-done = ✅ { $platform }: klaret
status-open = ⬜ { $platform }: mangler stadig
status-subscribed = 🔔 Påmindelser er slået til. Næste: <b>{ $when }</b>.
status-no-wave = 🔕 Der er ikke planlagt flere påmindelser.
status-not-subscribed = 🔕 Påmindelser er slået fra. Send /remind for at slå dem til.
# Beskeden, når en formular krydses af; $after er en tid som "30 dage".
marked-done-followup = Noteret: { $platform } klaret. Om { $after } spørger jeg, om det er blevet bekræftet.
marked-undone = Noteret: { $platform } mangler stadig.

## Grupper
admin-only = Kun en administrator i denne gruppe kan gøre det.
# Føjes til group-intro, så længe der er påmindelser forude.
group-intro-remind = En administrator kan slå påmindelser til for gruppen med /remind.

## Kommandomenu (hver højst 256 tegn)
cmd-start = Start her
cmd-template = Et brev, du kan indsætte i formularerne
cmd-deadline = Status lige nu
cmd-remind = Påmindelser før fristen
cmd-stop = Ikke flere påmindelser
cmd-status = Din tjekliste
cmd-language = Skift sprog
cmd-share = Et link, du kan sende videre
cmd-help = Alle kommandoer
cmd-privacy = Hvad botten gemmer
cmd-forget = Slet alt, der er gemt om denne chat
cmd-news = Nyheder, når der kommer en ny måde at gøre indsigelse på

## Issue 17: new messages
# … og under en platform med indstilling: den siger, at den er slået fra.
btn-mark-done-setting = ☑️ Slået fra på { $platform }

start-intro =
    <b>Dine data og deres AI</b>
    Flere store platforme træner AI på det, folk i EU slår op eller spørger deres AI om. På hver af dem kan du gøre indsigelse eller slå det fra: Det tager et minut eller to og gælder fra den dag, du gør det.

# Linjerne /remind og /stop i help-text, som kun vises, mens en påmindelse ligger forude.
help-reminders =
    /remind: påmindelser før en dato
    /stop: ikke flere påmindelser

# /remind, når ingen kampagne har en dato forude.
remind-none = Du kan gøre indsigelse eller slå det fra når som helst, og det gælder fra den dag, du gør det. Ingen dato ligger forude, så der er intet at minde dig om.

# /stop, når ingen påmindelse ligger forude (uden henvisning til /remind).
stop-none = 🔕 Der er ingen planlagte påmindelser, så der er intet at slå fra.
# /stop, når opfølgninger, gentjek eller nyheder også var slået til: Det hele stopper.
stop-all = 🔕 Klaret: Ikke flere påmindelser, opfølgninger eller nyheder fra mig. /start viser platformene igen.

# Beskeden, når en platform med indstilling krydses af.
marked-done-setting = Noteret: slået fra på { $platform }.

checked-line = <i>🗓 Trinene blev tjekket den { $date }. Ser skærmen anderledes ud, kan appen være ændret: Kig efter de samme ord i nærheden.</i>

# Det samme for en platform med en anden linkknap.
checked-line-help = <i>🗓 Trinene blev tjekket den { $date }. Ser skærmen anderledes ud, eller åbner det første link ikke, fører den anden knap til platformens egen side.</i>

profile-description = Flere platforme træner AI på det, folk i EU slår op eller spørger deres AI om. Denne bot viser dig trin for trin og på dit eget sprog, hvordan du gør indsigelse eller slår det fra på hver enkelt, og giver dig et brev, hvor en formular beder om et.

profile-short-description = Gør indsigelse mod AI-træning på dine data, platform for platform: trinene, linkene, et brev.

share-several =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du gør indsigelse mod AI-træning på dine data, platform for platform.
    { $link }

# $commands er platformenes kommandoer, for eksempel /facebook /linkedin.
group-intro-several =
    Hej! Jeg viser folk i EU, hvordan de gør indsigelse mod AI-træning på deres data, platform for platform.

    Alle her kan bruge { $commands } og /template.

## Efter afkrydsning: opfølgninger, hvor man kan klage, gentjek og nyheder.
# Beskeden under en indstilling, der er krydset af som slået fra; den tilbyder et gentjek (btn-recheck).
setting-thanks = ✅ Noteret: Det er slået fra på { $platform }. Tak! Nogle platforme har tilføjet nye AI-indstillinger, der var slået til som standard, uden at sige det til deres brugere, så jeg kan minde dig om at tjekke.
# $after er en tid som "180 dage".
btn-recheck = 🔔 Påmind mig om { $after }
recheck-on = 🔔 Den <b>{ $date }</b> minder jeg dig om at tjekke, at det stadig er slået fra på { $platform }.
# Selve gentjekket, med indstillingens knap under.
recheck-ask = 🔎 Den { $date } slog du det fra på { $platform }. Tjek venligst, at det stadig er slået fra, og om der er dukket en ny AI-indstilling op ved siden af: Nogle platforme har tilføjet den slags indstillinger, slået til som standard, uden at sige det til deres brugere. Det tager et minut.
recheck-ask-undated = 🔎 Du slog det fra på { $platform }. Tjek venligst, at det stadig er slået fra, og om der er dukket en ny AI-indstilling op ved siden af: Nogle platforme har tilføjet den slags indstillinger, slået til som standard, uden at sige det til deres brugere. Det tager et minut.
btn-news-on = 🆕 Nyheder om nye fravalg
btn-news-off = 🔕 Ikke flere nyheder
news-on = 🆕 Jeg giver dig besked, når der kommer en ny måde at gøre indsigelse på eller slå noget fra. Send /news igen for at stoppe.
news-off = 🔕 Ikke flere nyheder fra mig. Send /news for at slå dem til igen.
# Første linje i en meddelelse; kampagnens titel og tekst følger.
news-announce = 🆕 <b>En ny måde at gøre indsigelse på eller slå noget fra</b>
# Opfølgningen en måned efter, at en formular er krydset af ($date er den dag).
followup-ask =
    📬 Den { $date } gjorde du indsigelse på { $platform }. Virksomheden skal senest en måned efter at have modtaget din indsigelse fortælle dig, hvad den har gjort ved den (eller inden for den måned meddele, at den har brug for op til to måneder mere).

    Har virksomheden bekræftet?
followup-ask-again = 📬 En gang til: Den { $date } gjorde du indsigelse på { $platform }. Har virksomheden bekræftet den?
btn-confirmed = ✅ Bekræftet
btn-later = ⏳ Ikke endnu, spørg senere
btn-no-answer = ❌ Intet svar
followup-confirmed = ✅ Tak! Der er ikke mere at gøre for { $platform }. Gem bekræftelsen.
followup-later = ⏳ Jeg spørger én gang til den <b>{ $date }</b>.
followup-letter-intro = Send dette via den formular eller adresse, du brugte sidst, udfyld dine oplysninger, og gem en kopi:
# Opfølgningsbrevet: formelt, under 1.000 tegn, når det er udfyldt.
followup-letter =
    Emne: Min indsigelse af { $date } (artikel 21 i GDPR)

    Til rette vedkommende

    Den { $date } gjorde jeg i medfør af artikel 21 i databeskyttelsesforordningen (GDPR) indsigelse mod, at mine personoplysninger på { $platform } bruges til at udvikle og forbedre kunstig intelligens.

    Efter artikel 12, stk. 3, i databeskyttelsesforordningen skal I senest en måned efter modtagelsen oplyse mig om, hvilke foranstaltninger der er truffet på grundlag af min anmodning. Jeg har ikke modtaget noget svar.

    Jeg beder jer straks bekræfte, at min indsigelse efterkommes. Ellers vil jeg indgive en klage til en databeskyttelsesmyndighed (artikel 77 i databeskyttelsesforordningen).

    Med venlig hilsen
    { "[" }Dit navn]
    { "[" }E-mailadressen til din konto]
complain-where = Svarer virksomheden stadig ikke, kan du klage til en databeskyttelsesmyndighed: i det land, hvor du bor, hvor du arbejder, eller hvor overtrædelsen fandt sted. Hvilket land?
btn-other-country = 🇪🇺 Et andet land
complain-country = Hvilket land? Vælg det, hvor du bor, hvor du arbejder, eller hvor overtrædelsen fandt sted:
complain-land = I Tyskland skal klager over virksomheder sendes til myndigheden i din delstat. Hvilken delstat?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Din myndighed sender klagen videre til den ledende tilsynsmyndighed (for Meta, LinkedIn, Google og X er det Irlands Data Protection Commission) og er fortsat den, du har kontakt med.

    Gem som dokumentation: bekræftelsesmailen eller et skærmbillede af den sendte formular med datoen, og det opfølgningsbrev, du sendte. En klage er ikke anonym over for virksomheden, og mange myndigheder tager kun imod den på deres eget sprog.
complain-home-only = <i>Jeg kunne ikke bekræfte denne myndigheds side til klager: Knappen åbner dens forside.</i>
btn-authority = 🏛 Åbn myndighedens side
