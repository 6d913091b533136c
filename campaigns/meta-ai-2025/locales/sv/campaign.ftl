## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Invänd mot att Meta använder ditt innehåll för sin AI
intro =
    Meta använder offentliga inlägg, foton, bildtexter och kommentarer från vuxna i EU, och det som folk skickar till Meta AI, för att träna sin artificiella intelligens. GDPR (artikel 21) ger dig rätt att invända mot det. Det tar ett par minuter per plattform.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta börjar använda innehåll den <b>{ $date }</b>. Tid kvar: <b>{ $left }</b>. En invändning gäller från den dag den skickas in, så om du skickar in den före det datumet gäller den redan innan träningen börjar.
deadline-after = ℹ️ Meta har tränat sin AI på innehåll sedan den <b>{ $date }</b>. Du kan fortfarande invända: din invändning gäller från den dag du skickar in den. Innehåll som redan har använts kan inte tas bort ur modeller som redan har tränats.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiera brevet nedan (ett tryck räcker) och klistra in det i formulärets fält för <i>skäl</i>, eller i WhatsApp-formuläret om det frågar efter ett skäl.
letter-body =
    Till den det vederbör

    Med stöd av artikel 21.1 i dataskyddsförordningen (GDPR) invänder jag mot att Meta och dess samarbetspartner behandlar mina personuppgifter för att utveckla och träna artificiell intelligens. Invändningen gäller mina inlägg, foton, bildtexter, kommentarer och allt annat innehåll som är kopplat till mitt konto, samt mina interaktioner med Meta AI.

    Enligt artikel 12.3 i dataskyddsförordningen ber jag er att inom en månad skriftligen bekräfta att min invändning har registrerats och tillämpas.

    Med vänliga hälsningar

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Påminnelse:</b> Det är { $left } kvar till tidsfristen (<b>{ $date }</b>). En invändning gäller från den dag den skickas in.

    Kvar att göra: { $platforms }.

    Tryck på en plattform för att se stegen. Redan klart? Bocka av den under stegen, så slutar jag påminna dig om den.
# When every platform of this campaign is ticked off.
all-done = ✅ Du har invänt på alla tre plattformarna. Tack! Inga fler påminnelser från mig.
nothing-left = Du har bockat av alla tre plattformarna, så du behöver ingen påminnelse. Tack!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sprid vidare: den här boten visar, på ditt språk, hur du invänder mot att Meta använder dina inlägg för att träna sin AI.
    { $link }
group-intro =
    Hej! Jag visar folk i EU hur de invänder mot att Meta använder deras inlägg, foton och kommentarer för att träna sin AI.

    Alla här kan använda /facebook, /instagram, /whatsapp och /template.
description = Meta tränar sin AI på offentliga inlägg, foton och kommentarer från vuxna i EU och på det som folk skickar till Meta AI. Den här boten visar dig steg för steg och på ditt språk hur du invänder på Facebook och Instagram och vad som gäller på WhatsApp, och ger dig ett brev att klistra in. När en tidsfrist närmar sig kan den påminna dig.
short-description = Invänd mot att Meta använder dina inlägg för sin AI: stegen, formulären och ett brev.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Invändningsbrev
letter-inline-desc = Ett färdigt brev att klistra in i formulären
letter-keywords = brev mall invändning text
deadline-inline-title = Tidsfrist
deadline-inline-desc = Läget just nu, och vad en invändning innebär i dag
deadline-keywords = tidsfrist frist datum deadline

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Officiellt formulär (logga in på Facebook vid behov)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: stegen för att invända på Facebook
facebook-command = Invänd på Facebook
facebook-inline-title = Invänd på Facebook
facebook-inline-desc = Stegen och det officiella formuläret
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Officiellt formulär (logga in på Instagram vid behov)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: stegen för att invända på Instagram
instagram-command = Invänd på Instagram
instagram-inline-title = Invänd på Instagram
instagram-inline-desc = Stegen och det officiella formuläret
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Öppna det officiella WhatsApp-formuläret
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: stegen för att invända på WhatsApp
whatsapp-command = WhatsApp och Meta AI
whatsapp-inline-title = Invänd på WhatsApp
whatsapp-inline-desc = Chattar med Meta AI: vad som används, och ett formulär
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
