## objection-bot: svenska texter.
## Telegram-HTML: bara <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; skriv & som &amp; och < som &lt;.
## Länkar och datum skrivs aldrig här: de kommer från kampanjfilen.

# Språkets namn på språket självt, på tangentbordet i /language.
language-name = Svenska

## Plattformarnas namn (varumärken)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Invändningsbrev
btn-remind = 🔔 Påminn mig
btn-language = 🌐 Språk
btn-share = 📣 Dela
btn-menu = ↩️ Meny
btn-deadline = ⏳ Tidsfrist
btn-status = ✅ Min checklista
btn-open-form = 📝 Öppna det officiella { $platform }-formuläret
# Formulärknappen för en plattform vars formulär kräver kontot: säg att man ska logga in om sidan ber om det.
btn-open-form-login = 📝 Officiellt formulär (logga in på { $platform } vid behov)
btn-mark-done = ☑️ Jag har invänt på { $platform }
btn-mark-undone = ↩️ Inte klart på { $platform } ändå

## /start
start-text =
    <b>Invänd mot att Meta använder ditt innehåll för sin AI</b>

    Meta använder offentliga inlägg, foton, bildtexter och kommentarer från vuxna i EU, och det som folk skickar till Meta AI, för att träna sin artificiella intelligens. GDPR (artikel 21) ger dig rätt att invända mot det. Det tar ett par minuter per plattform.

    { $deadline }

    Välj en plattform för att se stegen:

## Läget för tidsfristen. $date är ett datetime-format, $left ett left-*-värde.
deadline-before = ⏳ Meta börjar använda innehåll den <b>{ $date }</b>. Tid kvar: <b>{ $left }</b>. En invändning gäller från den dag den skickas in, så om du skickar in den före det datumet gäller den redan innan träningen börjar.
deadline-after = ℹ️ Meta har tränat sin AI på innehåll sedan den <b>{ $date }</b>. Du kan fortfarande invända: din invändning gäller från den dag du skickar in den. Innehåll som redan har använts kan inte tas bort ur modeller som redan har tränats.

## Steg för varje plattform
facebook-text =
    <b>Invänd på Facebook</b>

    <b>Snabbast:</b> Tryck på knappen nedan för att öppna Metas officiella formulär. Om sidan ber om det loggar du först in på Facebook där.

    <b>I appen:</b>
    1. Öppna menyn och gå till <i>Inställningar och integritet</i> → <i>Integritetscenter</i>.
    2. Öppna <i>Integritetsämnen</i> → <i>AI hos Meta</i>.
    3. Välj <i>Skicka en begäran om invändning</i>.
    4. Ange e-postadressen till ditt konto. Fältet för skäl är valfritt: lämna det tomt eller klistra in brevet från /template.
    5. Skicka formuläret.

    <b>Efteråt:</b> Meta bekräftar via e-post eller på skärmen. Spara bekräftelsen.

    <b>Bra att veta</b>
    • Du behöver inte ange något skäl.
    • En invändning gäller alla konton som är länkade i samma Kontocenter. Ett konto som inte är länkat, eller som använder en annan e-postadress, behöver en egen invändning.
    • Facebook-sidor kan inte invända med det här formuläret, bara personliga konton.
    • Invände du redan 2024? Gör det igen för säkerhets skull.
instagram-text =
    <b>Invänd på Instagram</b>

    <b>Snabbast:</b> Tryck på knappen nedan för att öppna Metas officiella formulär. Om sidan ber om det loggar du först in på Instagram där.

    <b>I appen:</b>
    1. Gå till din profil och tryck på menyn ☰ (<i>Inställningar och aktivitet</i>).
    2. Leta upp <i>Integritetscenter</i> i den menyn (i vissa versioner under <i>Om</i> → <i>Integritetspolicy</i>).
    3. Leta upp <i>Rätt att invända</i> och öppna formuläret.
    4. Ange e-postadressen till ditt konto. Fältet för skäl är valfritt: lämna det tomt eller klistra in brevet från /template.
    5. Skicka formuläret.

    <b>Efteråt:</b> Meta bekräftar via e-post eller på skärmen. Spara bekräftelsen.

    <b>Bra att veta</b>
    • Du behöver inte ange något skäl.
    • En invändning gäller alla konton som är länkade i samma Kontocenter, även Facebook. Konton som inte är länkade behöver en egen invändning.
    • Invände du redan 2024? Gör det igen för säkerhets skull.
whatsapp-text =
    <b>WhatsApp och Meta AI</b>

    Dina privata chattar är end-to-end-krypterade och används <b>inte</b> för att träna AI:n. Det du skickar till Meta AI (den blårosa cirkeln i appen, eller @Meta AI när den anropas i en gruppchatt) är inte end-to-end-krypterat och kan användas.

    • Meta AI går inte att stänga av i WhatsApp; du kan bara låta bli att använda den.
    • I juni 2025 sa Meta att företaget för närvarande inte använder WhatsApp-chattar med Meta AI för träning.
    • Det finns ingen inställning i appen för att invända, och konsumentorganisationer säger att WhatsApp inte har någon egen officiell invändningsväg för detta.

    <b>Det säkraste skyddet:</b> skicka ingenting till Meta AI.

    <b>För säkerhets skull, ett webbformulär:</b>
    1. Tryck på knappen nedan (eller öppna whatsapp.com, tryck på <i>Juridisk information</i> längst ned på sidan och sedan på formuläret om den registrerades rättigheter, vad det än heter just nu).
    2. Välj alternativen för att invända mot att dina uppgifter används.
    3. Ange ditt telefonnummer med landsnummer och din e-postadress.
    4. Om du ombeds ange ett skäl, klistra in brevet från /template.
    5. Skicka formuläret. WhatsApp svarar via e-post; spara svaret.

## /template
letter-intro = Kopiera brevet nedan (ett tryck räcker) och klistra in det i formulärets fält för <i>skäl</i>, eller i WhatsApp-formuläret om det frågar efter ett skäl.
letter-body =
    Till den det vederbör

    Med stöd av artikel 21.1 i dataskyddsförordningen (GDPR) invänder jag mot att Meta och dess samarbetspartner behandlar mina personuppgifter för att utveckla och träna artificiell intelligens. Invändningen gäller mina inlägg, foton, bildtexter, kommentarer och allt annat innehåll som är kopplat till mitt konto, samt mina interaktioner med Meta AI.

    Enligt artikel 12.3 i dataskyddsförordningen ber jag er att inom en månad skriftligen bekräfta att min invändning har registrerats och tillämpas.

    Med vänliga hälsningar

## /language
language-choose = Välj vilket språk jag ska använda i den här chatten:
language-set = Klart: jag pratar svenska här från och med nu.

## /help
help-text =
    <b>Det här kan jag</b>
    /facebook: stegen för att invända på Facebook
    /instagram: stegen för att invända på Instagram
    /whatsapp: stegen för att invända på WhatsApp
    /template: ett brev att klistra in i formulären
    /deadline: tidsfristen och läget just nu
    { $remind }
    /stop: inga fler påminnelser
    /status: din checklista och nästa påminnelse
    /language: byt språk
    /share: en länk att skicka vidare
    /privacy: vad jag sparar om dig
    /forget: radera allt jag sparar om den här chatten

    Du kan också skriva @{ $bot } i vilken chatt som helst för att dela ett kort där.

# Raden om /remind i help-text, så länge det finns påminnelser kvar …
help-remind = /remind: påminnelser före tidsfristen
# … och när ingen finns kvar (tidsfristen har passerat, eller ingen påminnelse kommer före den).
help-remind-none = /remind: varför det inte finns några påminnelser nu

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
remind-after-deadline = Tidsfristen (<b>{ $date }</b>) har passerat, så det finns inget att påminna dig om, men du kan fortfarande invända när som helst, och din invändning gäller från den dag du skickar in den.
remind-nothing-left = Du har bockat av alla tre plattformarna, så du behöver ingen påminnelse. Tack!
stop-done = 🔕 Påminnelser är avstängda. Skicka /remind för att slå på dem igen.
stop-not-subscribed = Påminnelser var inte på. Skicka /remind för att slå på dem.
reminder-text =
    🔔 <b>Påminnelse:</b> Det är { $left } kvar till tidsfristen (<b>{ $date }</b>). En invändning gäller från den dag den skickas in.

    Kvar att göra: { $platforms }.

    Tryck på en plattform för att se stegen. Redan klart? Bocka av den under stegen, så slutar jag påminna dig om den.
all-done-text = ✅ Du har invänt på alla tre plattformarna. Tack! Inga fler påminnelser från mig.

## /status
status-title = <b>Din checklista</b>
status-done = ✅ { $platform }: invändning gjord
status-open = ⬜ { $platform }: kvar att göra
status-subscribed = 🔔 Påminnelser är på. Nästa: <b>{ $when }</b>.
status-no-wave = 🔕 Inga fler påminnelser är planerade.
status-not-subscribed = 🔕 Påminnelser är avstängda. Skicka /remind för att slå på dem.
marked-done = Noterat: { $platform } klart.
marked-undone = Noterat: { $platform } kvar att göra.

## Grupper
admin-only = Bara en administratör i den här gruppen kan göra det.
group-intro =
    Hej! Jag visar folk i EU hur de invänder mot att Meta använder deras inlägg, foton och kommentarer för att träna sin AI.

    Alla här kan använda /facebook, /instagram, /whatsapp och /template.
# Läggs till i group-intro så länge det finns påminnelser kvar.
group-intro-remind = En administratör kan slå på påminnelser för gruppen med /remind.

## Delning och inline-läge
share-text =
    Sprid vidare: den här boten visar, på ditt språk, hur du invänder mot att Meta använder dina inlägg för att träna sin AI.
    { $link }
inline-facebook-title = Invänd på Facebook
inline-facebook-desc = Stegen och det officiella formuläret
inline-instagram-title = Invänd på Instagram
inline-instagram-desc = Stegen och det officiella formuläret
inline-whatsapp-title = Invänd på WhatsApp
inline-whatsapp-desc = Chattar med Meta AI: vad som används, och ett formulär
inline-letter-title = Invändningsbrev
inline-letter-desc = Ett färdigt brev att klistra in i formulären
inline-deadline-title = Tidsfrist
inline-deadline-desc = Läget just nu, och vad en invändning innebär i dag
# Ord som utöver titeln hittar ett kort när de skrivs efter @bot (åtskilda av mellanslag).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = brev mall invändning text
inline-deadline-keywords = tidsfrist frist datum deadline

## Kommandomeny (högst 256 tecken vardera)
cmd-start = Börja här
cmd-facebook = Invänd på Facebook
cmd-instagram = Invänd på Instagram
cmd-whatsapp = WhatsApp och Meta AI
cmd-template = Ett brev att klistra in i formulären
cmd-deadline = Tidsfristen och läget just nu
cmd-remind = Påminnelser före tidsfristen
cmd-stop = Inga fler påminnelser
cmd-status = Din checklista
cmd-language = Byt språk
cmd-share = En länk att skicka vidare
cmd-help = Alla kommandon
cmd-privacy = Vad boten sparar
cmd-forget = Radera allt som sparats om den här chatten

## Botprofil: beskrivning högst 512 tecken, kort beskrivning högst 120.
bot-description = Meta tränar sin AI på offentliga inlägg, foton och kommentarer från vuxna i EU och på det som folk skickar till Meta AI. Den här boten visar dig steg för steg och på ditt språk hur du invänder på Facebook och Instagram och vad som gäller på WhatsApp, och ger dig ett brev att klistra in. När en tidsfrist närmar sig kan den påminna dig.
bot-short-description = Invänd mot att Meta använder dina inlägg för sin AI: stegen, formulären och ett brev.
