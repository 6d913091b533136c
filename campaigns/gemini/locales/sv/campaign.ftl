## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Stäng av Googles användning av dina Gemini-chattar för att träna AI
intro =
    Så länge aktivitetsinställningen (<i>Keep Activity</i>) är på använder Google det du skriver, laddar upp och delar i Gemini för att förbättra sina produkter och träna sina AI-modeller, och mänskliga granskare läser ett urval. Att stänga av den tar en minut; GDPR ger dig dessutom rätt att invända.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kan stänga av aktivitetsinställningen (<i>Keep Activity</i>) när som helst, och det gäller från och med då; inget datum styr det. När den är avstängd sparar Google enligt egen uppgift nya chattar i 72 timmar och använder dem inte för träning, om du inte skickar feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = För Googles GDPR-invändning (den andra knappen under /gemini): kopiera brevet nedan (ett tryck räcker) och klistra in det där formuläret ber dig beskriva din begäran. Stycket med ett skäl är valfritt: behåll det, skriv ditt eget eller ta bort det.
letter-body =
    Till den det vederbör

    Med stöd av artikel 21.1 i dataskyddsförordningen (GDPR) invänder jag, av skäl som hänför sig till min särskilda situation, mot att Google behandlar mina konversationer med Gemini, de filer jag laddar upp och det innehåll jag delar med Gemini-apparna för att utveckla och träna modeller för artificiell intelligens.

    Jag använder Gemini för egna syften och har inte lämnat innehållet för att träna AI; jag vill själv bestämma hur det används.

    Enligt artikel 12.3 i dataskyddsförordningen ber jag er att inom en månad skriftligen bekräfta att min invändning har registrerats och tillämpas.

    Med vänliga hälsningar

# When the setting is ticked off as turned off.
all-done = ✅ Avbockat: Geminis aktivitetsinställning är avstängd. Tack!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Sprid vidare: den här boten visar, på ditt språk, hur du stänger av Googles användning av dina Gemini-chattar för att träna AI.
    { $link }
group-intro =
    Hej! Jag visar folk i EU hur de stänger av Googles användning av deras Gemini-chattar för att träna AI, och hur de invänder mot den.

    Alla här kan använda /gemini och /template.
description = Så länge aktivitetsinställningen (Keep Activity) är på tränar Google sina AI-modeller på Gemini-chattar. Den här boten visar dig, på ditt språk, hur du stänger av den och hur du invänder enligt GDPR, med ett brev att klistra in.
short-description = Stäng av Googles användning av dina Gemini-chattar för att träna AI: inställningen och ett brev.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Invändningsbrev till Google
letter-inline-desc = Ett färdigt brev för Googles GDPR-invändning
letter-keywords = brev mall invändning google gemini
deadline-inline-title = Gemini och AI-träning: läget just nu
deadline-inline-desc = Vad inställningen gör, och vad som händer med dina chattar
deadline-keywords = gemini google läge

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Öppna Gemini-aktivitet
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 GDPR-invändning
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: stäng av Googles AI-träning på dina Gemini-chattar
gemini-command = Stäng av AI-träning på dina Gemini-chattar
gemini-inline-title = Stäng av AI-träning på Gemini-chattar
gemini-inline-desc = Inställningen, och Googles invändningsformulär
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: stäng av aktivitetsinställningen (<i>Keep Activity</i>)</b>

    <b>Snabbast:</b> Tryck på <i>Öppna Gemini-aktivitet</i> nedan, logga in på Google om du ombeds och stäng av aktivitetsinställningen (<i>Keep Activity</i>; den kan fortfarande heta <i>Gemini-appaktivitet</i>). Du kan också välja att stänga av den och radera din aktivitet.

    <b>I Gemini-appen:</b> din profilbild → <i>Gemini-appaktivitet</i> eller <i>Keep Activity</i> → stäng av.
    <b>På datorn:</b> gemini.google.com → <i>Inställningar och hjälp</i> → <i>Aktivitet</i> → stäng av.

    <b>Efteråt:</b> Ingen bekräftelse kommer; sidan visar inställningen som avstängd.

    <blockquote expandable><b>Bra att veta</b>
    • När den är avstängd sparar Google enligt egen uppgift nya chattar i 72 timmar och använder dem inte för träning, om du inte skickar feedback. Tillfälliga chattar används inte heller.
    • Det gäller från och med då.
    • Du kan också invända enligt GDPR: den andra knappen öppnar Googles formulär för juridiska ärenden (i appen: under ett svar, <i>Mer</i> → rapportera ett juridiskt problem). Det ber dig beskriva behandlingen: /template ger dig ett brev.
    • Google sa i november 2025 att företaget inte använder innehållet i Gmail för att träna Gemini.</blockquote>
