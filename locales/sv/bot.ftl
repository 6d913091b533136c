## objection-bot: svenska texter.
## Telegram-HTML: bara <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; skriv & som &amp; och < som &lt;.
## Länkar och datum skrivs aldrig här: de kommer från kampanjfilen.

# Språkets namn på språket självt, på tangentbordet i /language.
language-name = Svenska

## Datum. $day, $year och $minute är tal, $month är en av month-1 … month-12.
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-format = { $day } { $month } { $year }
# $date är ett date-format, $time är TT:MM och $zone är UTC+02:00 eller liknande.
datetime-format = { $date } kl. { $time } ({ $zone })

## Tid kvar, med pluralformer.
left-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
left-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
left-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}

## Knappar (korta: de måste få plats på en telefon)
btn-letter = ✍️ Brev
btn-remind = 🔔 Påminn mig
btn-language = 🌐 Språk
btn-share = 📣 Dela
btn-menu = ↩️ Meny
btn-deadline = ℹ️ Läget just nu
btn-status = ✅ Min checklista
# Avbockningsknappen under en plattform med formulär …
btn-mark-done = ☑️ Jag har invänt på { $platform }
btn-mark-undone = ↩️ Inte klart på { $platform } ändå
btn-stop = 🔕 Stäng av påminnelser
btn-tick-in-private = ☑️ Bocka av i privat chatt

## /start
start-text =
    { $campaigns }

    Välj en plattform för att se stegen:

## /template
letter-pick = Vilket brev behöver du? Välj en kampanj:

## /language
language-choose = Välj vilket språk jag ska använda i den här chatten:
language-set = Klart: jag pratar svenska här från och med nu.

## /help
help-text =
    <b>Det här kan jag</b>
    { $platforms }
    /template: ett brev att klistra in i formulären
    /deadline: läget just nu
    { $reminders }/status: din checklista
    /language: byt språk
    /share: en länk att sprida
    /privacy: vad jag sparar om dig
    /news: nyheter när ett nytt sätt att invända dyker upp
    /forget: radera allt jag sparar om den här chatten

    Du kan också skriva @{ $bot } i vilken chatt som helst för att lägga upp ett kort där.

## /privacy och /forget
privacy-text =
    <b>Vad jag sparar</b>
    • Den här chattens nummer, dess språk, om du vill ha påminnelser eller nyheter, vilka plattformar du har bockat av och vilken dag, och vilka påminnelser, uppföljningar och omkontroller som ska skickas eller har skickats, så att ingen får samma sak två gånger.
    • Varför dagen: en månad efter att du har bockat av ett formulär frågar jag en gång om företaget har bekräftat. En omkontroll av en inställning sparas bara om du ber om en.
    • Inget annat: inga namn, inga användarnamn, inga telefonnummer, ingen meddelandetext. Landet du väljer för att hitta en myndighet sparas inte.

    <b>Hur länge</b>
    Tills du skickar /forget, blockerar mig eller tar bort mig från gruppen. Då raderas allt direkt.

    /forget raderar allt om den här chatten nu.
forget-done = Klart: allt jag hade sparat om den här chatten är raderat. Skicka /start när du vill för att börja om.

## Allt annat
unknown-text = Jag förstår bara kommandon. Skicka /help för att se dem.
stale-button = Den här knappen fungerar inte längre. Skicka /start för en uppdaterad meny.
error-text = Något gick fel hos mig. Försök igen om en minut.

## Påminnelser
remind-on = 🔔 Påminnelser är på. Nästa påminnelse: <b>{ $when }</b>.
remind-no-wave = Det finns ingen påminnelse kvar före tidsfristen (<b>{ $date }</b>), så det bästa är att invända redan nu.
remind-already = 🔔 Påminnelser är redan på. Nästa påminnelse: <b>{ $when }</b>.
remind-after-deadline = Du kan fortfarande invända när som helst, och din invändning gäller från den dag du skickar in den. Det finns inget att påminna dig om, eftersom det datumet (<b>{ $date }</b>) har passerat.
stop-done = 🔕 Påminnelser är avstängda. Skicka /remind för att slå på dem igen.
stop-not-subscribed = Påminnelser var inte på. Skicka /remind för att slå på dem.

## /status
status-title = <b>Din checklista</b>
status-done = ✅ { $platform }: klart
status-open = ⬜ { $platform }: kvar att göra
status-subscribed = 🔔 Påminnelser är på. Nästa: <b>{ $when }</b>.
status-no-wave = 🔕 Inga fler påminnelser är planerade.
status-not-subscribed = 🔕 Påminnelser är avstängda. Skicka /remind för att slå på dem.
# Notisen när ett formulär bockas av; $after är en tid som "30 dagar".
marked-done-followup = Noterat: { $platform } klart. Om { $after } frågar jag om det har bekräftats.
marked-undone = Noterat: { $platform } kvar att göra.

## Grupper
admin-only = Bara en administratör i den här gruppen kan göra det.
# Läggs till i group-intro så länge det finns påminnelser kvar.
group-intro-remind = En administratör kan slå på påminnelser för gruppen med /remind.

## Kommandomeny (högst 256 tecken vardera)
cmd-start = Börja här
cmd-template = Ett brev att klistra in i formulären
cmd-deadline = Läget just nu
cmd-remind = Påminnelser före tidsfristen
cmd-stop = Inga fler påminnelser
cmd-status = Din checklista
cmd-language = Byt språk
cmd-share = En länk att skicka vidare
cmd-help = Alla kommandon
cmd-privacy = Vad boten sparar
cmd-forget = Radera allt som sparats om den här chatten
cmd-news = Nyheter när ett nytt sätt att invända dyker upp

## Issue 17: new messages
# … och under en plattform med inställning: den säger att den är avstängd.
btn-mark-done-setting = ☑️ Avstängt på { $platform }

start-intro =
    <b>Dina uppgifter och deras AI</b>
    Flera stora plattformar tränar AI på det som folk i EU lägger upp eller frågar sin AI. På var och en kan du invända eller stänga av det: det tar en minut eller två och gäller från den dag du gör det.

# Raderna /remind och /stop i help-text, som bara visas medan en påminnelse ligger framför oss.
help-reminders =
    /remind: påminnelser före ett datum
    /stop: inga fler påminnelser

# /remind när ingen kampanj har ett datum framför sig.
remind-none = Du kan invända eller stänga av när som helst, och det gäller från den dag du gör det. Inget datum ligger framför oss, så det finns inget att påminna dig om.

# /stop när ingen påminnelse ligger framför oss (utan hänvisning till /remind).
stop-none = 🔕 Inga påminnelser är planerade, så det finns inget att stänga av.
# /stop när uppföljningar, omkontroller eller nyheter också var på: allt upphör.
stop-all = 🔕 Klart: inga fler påminnelser, uppföljningar eller nyheter från mig. /start visar plattformarna igen.

# Notisen när en plattform med inställning bockas av.
marked-done-setting = Noterat: avstängt på { $platform }.

checked-line = <i>🗓 Stegen kontrollerades den { $date }. Ser skärmen annorlunda ut kan appen ha ändrats: leta efter samma ord i närheten.</i>

# Samma sak för en plattform med en andra länkknapp.
checked-line-help = <i>🗓 Stegen kontrollerades den { $date }. Ser skärmen annorlunda ut eller öppnas inte den första länken, leder den andra knappen till plattformens egen sida.</i>

profile-description = Flera plattformar tränar AI på det som folk i EU lägger upp eller frågar sin AI. Den här boten visar dig steg för steg och på ditt språk hur du invänder eller stänger av det på var och en, och ger dig ett brev där ett formulär ber om ett.

profile-short-description = Invänd mot AI-träning på dina uppgifter, plattform för plattform: stegen, länkarna, ett brev.

share-several =
    Sprid vidare: den här boten visar, på ditt språk, hur du invänder mot AI-träning på dina uppgifter, plattform för plattform.
    { $link }

# $commands är plattformarnas kommandon, till exempel /facebook /linkedin.
group-intro-several =
    Hej! Jag visar folk i EU hur de invänder mot AI-träning på deras uppgifter, plattform för plattform.

    Alla här kan använda { $commands } och /template.

## Efter avbockning: uppföljningar, var man klagar, omkontroller och nyheter.
# Meddelandet under en inställning som bockats av som avstängd; det erbjuder en omkontroll (btn-recheck).
setting-thanks = ✅ Noterat: avstängt på { $platform }. Tack! Vissa plattformar har lagt till nya AI-inställningar som var påslagna som standard, utan att berätta det för sina användare, så jag kan påminna dig om att kontrollera.
# $after är en tid som "180 dagar".
btn-recheck = 🔔 Påminn mig om { $after }
recheck-on = 🔔 Den <b>{ $date }</b> påminner jag dig om att kontrollera att det fortfarande är avstängt på { $platform }.
# Själva omkontrollen, med inställningens knapp under.
recheck-ask = 🔎 Den { $date } stängde du av det på { $platform }. Kontrollera gärna att det fortfarande är avstängt och om en ny AI-inställning har dykt upp bredvid: vissa plattformar har lagt till sådana inställningar, påslagna som standard, utan att berätta det för sina användare. Det tar en minut.
recheck-ask-undated = 🔎 Du stängde av det på { $platform }. Kontrollera gärna att det fortfarande är avstängt och om en ny AI-inställning har dykt upp bredvid: vissa plattformar har lagt till sådana inställningar, påslagna som standard, utan att berätta det för sina användare. Det tar en minut.
btn-news-on = 🆕 Nyheter: nya sätt att invända
btn-news-off = 🔕 Inga fler nyheter
news-on = 🆕 Jag säger till när ett nytt sätt att invända eller stänga av dyker upp. Skicka /news igen för att sluta.
news-off = 🔕 Inga fler nyheter från mig. Skicka /news för att slå på dem igen.
# Första raden i ett meddelande; kampanjens titel och text följer.
news-announce = 🆕 <b>Ett nytt sätt att invända eller stänga av</b>
# Uppföljningen en månad efter att ett formulär bockats av ($date är den dagen).
followup-ask =
    📬 Den { $date } invände du på { $platform }. Företaget måste inom en månad från att det fick din invändning berätta för dig vad det har gjort med den (eller, inom den månaden, meddela att det behöver upp till två månader till).

    Har företaget bekräftat?
followup-ask-again = 📬 En gång till: den { $date } invände du på { $platform }. Har företaget bekräftat den?
btn-confirmed = ✅ Bekräftat
btn-later = ⏳ Inte än, fråga senare
btn-no-answer = ❌ Inget svar
followup-confirmed = ✅ Tack! Inget mer att göra för { $platform }. Spara bekräftelsen.
followup-later = ⏳ Jag frågar en gång till den <b>{ $date }</b>.
followup-letter-intro = Skicka det här via samma formulär eller adress som du använde, fyll i dina uppgifter och spara en kopia:
# Uppföljningsbrevet: formellt, under 1 000 tecken ifyllt.
followup-letter =
    Ämne: Min invändning från den { $date } (artikel 21 i GDPR)

    Till den det vederbör

    Den { $date } invände jag med stöd av artikel 21 i dataskyddsförordningen (GDPR) mot att mina personuppgifter på { $platform } används för att utveckla och förbättra artificiell intelligens.

    Enligt artikel 12.3 i dataskyddsförordningen ska ni inom en månad från mottagandet informera mig om de åtgärder som har vidtagits med anledning av min begäran. Jag har inte fått något svar.

    Jag ber er att utan dröjsmål bekräfta att min invändning tillämpas. Annars kommer jag att lämna in ett klagomål till en dataskyddsmyndighet (artikel 77 i dataskyddsförordningen).

    Med vänliga hälsningar
    { "[" }Ditt namn]
    { "[" }E-postadressen till ditt konto]
complain-where = Om företaget fortfarande inte svarar kan du klaga hos en dataskyddsmyndighet: i landet där du bor, där du arbetar eller där överträdelsen skedde. Vilket land?
btn-other-country = 🇪🇺 Ett annat land
complain-country = Vilket land? Välj det där du bor, där du arbetar eller där överträdelsen skedde:
complain-land = I Tyskland går klagomål mot företag till myndigheten i din delstat. Vilken delstat?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Din myndighet skickar klagomålet vidare till den ansvariga tillsynsmyndigheten (för Meta, LinkedIn, Google och X är det Irlands Data Protection Commission) och är fortfarande den du har kontakt med.

    Spara som bevis: bekräftelsemejlet eller en skärmbild av det skickade formuläret med datum, och uppföljningen du skickade. Ett klagomål är inte anonymt gentemot företaget, och många myndigheter tar bara emot det på sitt eget språk.
complain-home-only = <i>Jag kunde inte bekräfta myndighetens sida för klagomål: knappen öppnar dess startsida.</i>
btn-authority = 🏛 Öppna myndighetens sida
