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
    /forget: radera allt jag sparar om den här chatten

    Du kan också skriva @{ $bot } i vilken chatt som helst för att lägga upp ett kort där.

## /privacy och /forget
privacy-text =
    <b>Vad jag sparar</b>
    • Den här chattens nummer, språket du valde, om du vill ha påminnelser, vilka plattformar du har bockat av och vilka påminnelser som har skickats, så att ingen får samma påminnelse två gånger.
    • Inget annat: inga namn, inga användarnamn, inga telefonnummer, ingen meddelandetext.

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
marked-done = Noterat: { $platform } klart.
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
