## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Invänd mot att Meta använder ditt innehåll för att träna sin AI
intro =
    Meta tränar sin artificiella intelligens på offentliga inlägg, foton, bildtexter och kommentarer från vuxna i EU, och på det som folk skickar till Meta AI. GDPR (artikel 21) ger dig rätt att invända mot det. Det tar ett par minuter per plattform.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Du kan invända när som helst, och din invändning gäller från den dag du skickar in den. Meta har tränat sin AI på vuxnas offentliga inlägg, foton och kommentarer och på chattar med Meta AI sedan den <b>{ $date }</b>; Metas integritetspolicy för EU från juli 2026 tar fortfarande upp den användningen. Det som redan har använts kan inte tas bort ur tränade modeller.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta börjar använda innehåll den <b>{ $date }</b>. Tid kvar: <b>{ $left }</b>. En invändning gäller från den dag den skickas in, så om du skickar in den före det datumet gäller den redan innan träningen börjar.
deadline-after = ✅ Du kan fortfarande invända: din invändning gäller från den dag du skickar in den. Meta har tränat sin AI på innehåll sedan den <b>{ $date }</b>; det som redan har använts kan inte tas bort ur tränade modeller.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Påminnelse:</b> Det är { $left } kvar till den <b>{ $date }</b>. En invändning gäller från den dag den skickas in.

    Kvar att göra: { $platforms }.

    Tryck på en plattform för att se stegen. Redan klart? Bocka av den under stegen, så slutar jag påminna dig om den.
nothing-left = Du har bockat av alla tre plattformarna, så du behöver ingen påminnelse. Tack!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Kopiera brevet nedan (ett tryck räcker) och klistra in det i formulärets fält för <i>skäl</i>, eller i WhatsApp-formuläret om det frågar varför. Stycket med ett skäl är valfritt: behåll det, skriv ditt eget eller ta bort det.
letter-body =
    Till den det vederbör

    Med stöd av artikel 21.1 i dataskyddsförordningen (GDPR) invänder jag, av skäl som hänför sig till min särskilda situation, mot att Meta och dess samarbetspartner behandlar mina personuppgifter för att utveckla och träna artificiell intelligens. Invändningen gäller mina inlägg, foton, bildtexter, kommentarer och allt annat innehåll som är kopplat till mitt konto, samt mina interaktioner med Meta AI.

    Jag delade inte det här innehållet i tron att det skulle användas för att träna AI, och jag vill själv bestämma hur det används.

    Enligt artikel 12.3 i dataskyddsförordningen ber jag er att inom en månad skriftligen bekräfta att min invändning har registrerats och tillämpas.

    Med vänliga hälsningar

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram och WhatsApp är alla avbockade. Tack!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sprid vidare: den här boten visar, på ditt språk, hur du invänder mot att Meta använder dina inlägg för att träna sin AI.
    { $link }
group-intro =
    Hej! Jag visar folk i EU hur de invänder mot att Meta använder deras inlägg, foton och kommentarer för att träna sin AI.

    Alla här kan använda /facebook, /instagram, /whatsapp och /template.
description = Meta tränar sin AI på offentliga inlägg, foton och kommentarer från vuxna i EU och på det som folk skickar till Meta AI. Den här boten visar dig steg för steg och på ditt språk hur du invänder på Facebook och Instagram och vad som gäller på WhatsApp, och ger dig ett brev att klistra in.
short-description = Invänd mot att Meta använder dina inlägg för att träna sin AI: stegen, formulären och ett brev.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Invändningsbrev till Meta
letter-inline-desc = Ett färdigt brev att klistra in i Metas formulär
letter-keywords = brev mall invändning text meta
deadline-inline-title = Meta AI: läget just nu
deadline-inline-desc = Sedan när Meta tränar på innehåll, och vad en invändning gör nu
deadline-keywords = meta läge sedan datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Officiellt formulär
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metas sida om AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: stegen för att invända på Facebook
facebook-command = Invänd på Facebook
facebook-inline-title = Invänd på Facebook
facebook-inline-desc = Stegen och det officiella formuläret
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Invänd på Facebook</b>

    <b>Snabbast:</b> Tryck på <i>Officiellt formulär</i> nedan. Om sidan ber om det loggar du in på Facebook där. Inte inloggad i den webbläsaren? Öppna länken i din vanliga webbläsare (⋯ → <i>Öppna i webbläsare</i>) eller följ stegen i appen.
    Ange ditt kontos e-postadress i formuläret; fältet för skäl är valfritt (lämna det tomt eller klistra in brevet från /template). Skicka sedan.

    <b>Efteråt:</b> Meta bekräftar via e-post eller på skärmen. Spara bekräftelsen.

    <blockquote expandable><b>I appen</b>
    1. Öppna menyn och gå till <i>Inställningar och integritet</i> → <i>Integritetscenter</i>.
    2. Öppna <i>Integritetsämnen</i> → <i>AI hos Meta</i>.
    3. Välj <i>Skicka en begäran om invändning</i>.
    4. Ange ditt kontos e-postadress. Skälet är valfritt.
    5. Skicka formuläret.</blockquote>

    <blockquote expandable><b>Bra att veta</b>
    • Du behöver inte ange något skäl.
    • En invändning gäller alla konton som är länkade i samma Kontocenter. Ett konto som inte är länkat, eller som använder en annan e-postadress, behöver en egen invändning.
    • Facebook-sidor kan inte invända med det här formuläret, bara personliga konton.
    • Invände du redan 2024? Gör det igen för säkerhets skull.
    • Meta har flyttat några av sina kontaktformulär. Om formuläret inte öppnas leder den andra knappen till Metas sida om generativ AI, som länkar till rätten att invända.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Officiellt formulär
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metas sida om AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: stegen för att invända på Instagram
instagram-command = Invänd på Instagram
instagram-inline-title = Invänd på Instagram
instagram-inline-desc = Stegen och det officiella formuläret
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Invänd på Instagram</b>

    <b>Snabbast:</b> Tryck på <i>Officiellt formulär</i> nedan. Om sidan ber om det loggar du in på Instagram där. Inte inloggad i den webbläsaren? Öppna länken i din vanliga webbläsare (⋯ → <i>Öppna i webbläsare</i>) eller följ stegen i appen.
    Om formuläret frågar om din begäran gäller AI hos Meta, välj <b>Ja</b>. Ange ditt kontos e-postadress; fältet för skäl är valfritt (lämna det tomt eller klistra in brevet från /template). Skicka sedan.

    <b>Efteråt:</b> Meta bekräftar via e-post eller på skärmen. Spara bekräftelsen.

    <blockquote expandable><b>I appen</b>
    1. Gå till din profil och tryck på menyn ☰ (<i>Inställningar och aktivitet</i>).
    2. Leta upp <i>Integritetscenter</i> i den menyn (i vissa versioner under <i>Om</i> → <i>Integritetspolicy</i>).
    3. Leta upp <i>Rätt att invända</i> och öppna formuläret.
    4. Om det frågar om din begäran gäller AI hos Meta, välj <i>Ja</i>.
    5. Ange ditt kontos e-postadress. Skälet är valfritt.
    6. Skicka formuläret.</blockquote>

    <blockquote expandable><b>Bra att veta</b>
    • Du behöver inte ange något skäl.
    • En invändning gäller alla konton som är länkade i samma Kontocenter, även Facebook. Konton som inte är länkade behöver en egen invändning.
    • Invände du redan 2024? Gör det igen för säkerhets skull.
    • Meta har flyttat några av sina kontaktformulär. Om formuläret inte öppnas leder den andra knappen till Metas sida om generativ AI, som länkar till rätten att invända.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 WhatsApps formulär
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: klart
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp och Meta AI: vad som används, och ett formulär för säkerhets skull
whatsapp-command = WhatsApp och Meta AI
whatsapp-inline-title = WhatsApp och Meta AI
whatsapp-inline-desc = Vad som används, och ett formulär för säkerhets skull
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp och Meta AI</b>

    WhatsApp har ingen egen knapp och ingen egen invändningsinställning för Meta AI. <b>Det säkraste skyddet: skicka ingenting till Meta AI.</b>
    • I en grupp kan vilken medlem som helst anropa @Meta AI. <i>Avancerad chattintegritet</i> (tryck på chattens namn) kan hindra medlemmarna från att använda Meta AI i den chatten. Källorna är oense om detta, så kontrollera att din app erbjuder det.

    <b>Vad som används:</b> dina privata chattar är end-to-end-krypterade och används <b>inte</b> för att träna AI:n. Det du skickar till Meta AI (den blårosa cirkeln, eller @Meta AI anropad i en grupp) är inte end-to-end-krypterat och kan användas. Meta AI går inte att stänga av i WhatsApp, bara att låta bli. I juni 2025 sa Meta att företaget då inte använde WhatsApp-chattar med Meta AI för träning.

    <b>För säkerhets skull, ett webbformulär.</b> WhatsApps integritetspolicy hänvisar dit för invändningar i allmänhet; det är ingen AI-knapp, och konsumentorganisationer säger att WhatsApp inte har någon egen officiell invändningsväg för AI.
    1. Tryck på knappen nedan (eller leta upp formuläret om den registrerades rättigheter bland de juridiska länkarna på whatsapp.com).
    2. Välj alternativet för att invända mot behandlingen av dina uppgifter.
    3. Ange ditt telefonnummer med landsnummer och din e-postadress.
    4. Om det frågar varför, klistra in brevet från /template.
    5. Skicka formuläret. WhatsApp svarar via e-post; spara svaret.
