## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Bocka ur X:s delning av dina uppgifter för att träna Grok
intro =
    X delar dina offentliga inlägg, hur du interagerar med inlägg och dina chattar med Grok med xAI, som tränar Grok på dem. En ruta i inställningarna tillåter det; den är ibockad tills du bockar ur den. Det tar en minut.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kan bocka ur rutan när som helst, och det gäller från och med då; inget datum styr det. Enligt X hindrar det inte en modell som redan används från att lära sig vidare genom vanlig användning. Irlands dataskyddsmyndighet inledde i april 2025 en utredning om träningen av Grok på inlägg från användare i EU.

# When the setting is ticked off as unticked.
all-done = ✅ Avbockat: rutan på X är urbockad. Tack!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sprid vidare: den här boten visar, på ditt språk, hur du bockar ur X:s delning av dina uppgifter för att träna Grok.
    { $link }
group-intro =
    Hej! Jag visar folk i EU hur de bockar ur X:s delning av deras inlägg och Grok-chattar för att träna Grok.

    Alla här kan använda /x.
description = X delar offentliga inlägg och Grok-chattar med xAI för att träna Grok, om du inte bockar ur en ruta. Den här boten visar dig, på ditt språk, var rutan finns.
short-description = Bocka ur X:s delning av dina uppgifter för att träna Grok: var rutan finns.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X och Grok: läget just nu
deadline-inline-desc = Vad rutan gör, och vad den inte kan göra
deadline-keywords = x twitter grok läge

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Öppna Grok-inställningen
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: bocka ur X:s delning av dina uppgifter för att träna Grok
x-command = Bocka ur X:s delning av dina uppgifter för Grok
x-inline-title = Bocka ur X:s delning av dina uppgifter för Grok
x-inline-desc = Vägen till rutan, och ett steg till
x-keywords = x twitter grok xai
x-steps =
    <b>X: bocka ur Grok-rutan</b>

    <b>Vägen</b> (i appen eller på x.com): <i>Inställningar och integritet</i> → <i>Integritet och säkerhet</i> → <i>Datadelning och anpassning</i> → <i>Grok</i> (på engelska <i>Grok &amp; Third-party Collaborators</i>) → bocka ur rutan som tillåter att dina offentliga uppgifter och dina interaktioner med Grok används för träning.

    <b>Knappen nedan</b> försöker öppna sidan direkt. Om den inte öppnas, följ vägen. Om appen inte visar inställningen, använd x.com i en webbläsare.

    <b>Efteråt:</b> Ingen bekräftelse kommer; rutan förblir urbockad.

    <b>Ett steg till:</b> <i>Skydda dina inlägg</i> (<i>Integritet och säkerhet</i> → <i>Audience and tagging</i>) gör att bara dina följare ser dina inlägg, så att de inte längre är offentliga.

    <blockquote expandable><b>Bra att veta</b>
    • xAI:s integritetstillägg för Europa (juli 2026) räknar vuxnas offentliga inlägg på X till de uppgifter som Grok tränas på, och säger att du kan invända i inställningarna.
    • Att bocka ur gäller från och med då.</blockquote>
