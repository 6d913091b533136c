## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Stäng av LinkedIns användning av dina uppgifter för att träna AI
intro =
    LinkedIn använder profiler, inlägg och kommentarer från medlemmar i EU, och deras chattar med LinkedIns AI-funktioner, för att träna AI som skriver innehåll. Privata meddelanden används inte. En inställning, som är på tills du stänger av den, låter dig tacka nej; det tar en minut.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Du kan stänga av den när som helst, och det gäller från och med då. LinkedIn har använt uppgifter från medlemmar i EU för att träna AI sedan den <b>{ $date }</b>; modeller som redan är tränade ändras inte.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Avbockat: LinkedIns inställning är avstängd. Tack!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sprid vidare: den här boten visar, på ditt språk, hur du stänger av LinkedIns användning av dina uppgifter för att träna AI.
    { $link }
group-intro =
    Hej! Jag visar folk i EU hur de stänger av LinkedIns användning av deras profil och inlägg för att träna AI.

    Alla här kan använda /linkedin.
description = LinkedIn använder profiler, inlägg och AI-chattar från medlemmar i EU för att träna AI som skriver innehåll. Den här boten visar dig, på ditt språk, var inställningen finns och hur du stänger av den.
short-description = Stäng av LinkedIns användning av dina uppgifter för att träna AI: var inställningen finns.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn och AI: läget just nu
deadline-inline-desc = Sedan när LinkedIn tränar på medlemmarnas uppgifter, och vad inställningen gör
deadline-keywords = linkedin läge sedan

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Öppna inställningen
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Invändning, annan användning
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: stäng av LinkedIns AI-träning på dina uppgifter
linkedin-command = Stäng av LinkedIns AI-träning
linkedin-inline-title = Stäng av LinkedIns AI-träning
linkedin-inline-desc = Var inställningen finns, i mobilen och på datorn
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Stäng av LinkedIns AI-träning</b>

    <b>Snabbast:</b> Tryck på <i>Öppna inställningen</i> nedan och logga in på LinkedIn om du ombeds. På sidan <i>Data för förbättring av generativ AI</i> (<i>Data for Generative AI Improvement</i>) stänger du av reglaget.

    <b>I mobilen:</b> din profilbild → <i>Inställningar</i> → <i>Dataintegritet</i> → <i>Data för förbättring av generativ AI</i> → stäng av.
    <b>På datorn:</b> <i>Jag</i> → <i>Inställningar och integritet</i> → <i>Dataintegritet</i> → <i>Data för förbättring av generativ AI</i> → stäng av.

    <b>Efteråt:</b> Ingen bekräftelse kommer. Ladda om sidan: reglaget ska visa avstängt.

    <blockquote expandable><b>Bra att veta</b>
    • Vad som används: din profil (namn, foto, befattningar, utbildning, kompetenser, rekommendationer), dina inlägg, artiklar, kommentarer och omröstningar, din aktivitet i grupper, sparade cv:n och svar på urvalsfrågor, och chattar med LinkedIns AI-funktioner. Privata meddelanden används inte.
    • Reglaget gäller från och med då; modeller som redan är tränade ändras inte.
    • Den nederländska dataskyddsmyndigheten har sagt att uppgifter ända tillbaka till 2003 kan användas.
    • För annan användning av dina uppgifter (till exempel AI för förtroende och säkerhet, eller produktförbättring) erbjuder LinkedIns integritetsmeddelande ett invändningsformulär: det är den andra knappen.</blockquote>
