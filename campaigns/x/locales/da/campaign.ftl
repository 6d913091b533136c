## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Fjern fluebenet for X's deling af dine data til at træne Grok
intro =
    X deler dine offentlige opslag, hvordan du interagerer med opslag, og dine chats med Grok med xAI, som træner Grok på dem. Et afkrydsningsfelt i indstillingerne tillader det; der er flueben i det, indtil du fjerner det. Det tager et minut.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kan fjerne fluebenet når som helst, og det gælder fra da af; ingen dato styrer det. Ifølge X forhindrer det ikke en model, der allerede er i brug, i at lære videre gennem almindelig brug. Den irske databeskyttelsesmyndighed indledte i april 2025 en undersøgelse af træningen af Grok på opslag fra brugere i EU.

# When the setting is ticked off as unticked.
all-done = ✅ Krydset af: Fluebenet på X er fjernet. Tak!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du fjerner fluebenet for X's deling af dine data til at træne Grok.
    { $link }
group-intro =
    Hej! Jeg viser folk i EU, hvordan de fjerner fluebenet for X's deling af deres opslag og Grok-chats til at træne Grok.

    Alle her kan bruge /x.
description = X deler offentlige opslag og Grok-chats med xAI for at træne Grok, medmindre du fjerner et flueben. Denne bot viser dig på dit eget sprog, hvor det afkrydsningsfelt er.
short-description = Fjern fluebenet for X's deling af dine data til at træne Grok: hvor feltet er.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X og Grok: status lige nu
deadline-inline-desc = Hvad feltet gør, og hvad det ikke kan
deadline-keywords = x twitter grok status

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Åbn Grok-indstillingen
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: fjern fluebenet for X's deling af dine data til at træne Grok
x-command = Fjern fluebenet for X's datadeling til Grok
x-inline-title = Fjern fluebenet for X's datadeling til Grok
x-inline-desc = Vejen til feltet og et ekstra trin
x-keywords = x twitter grok xai
x-steps =
    <b>X: fjern fluebenet ved Grok</b>

    <b>Vejen</b> (i appen eller på x.com): <i>Indstillinger og privatliv</i> → <i>Privatliv og sikkerhed</i> → datadeling og personalisering (<i>Data sharing and personalization</i>) → <i>Grok &amp; Third-party Collaborators</i> → fjern fluebenet i feltet, der tillader, at dine offentlige data og dine interaktioner med Grok bruges til træning.

    <b>Knappen nedenfor</b> prøver at åbne siden direkte. Hvis den ikke åbner, så følg vejen. Hvis appen ikke viser indstillingen, så brug x.com i en browser.

    <b>Bagefter:</b> Der kommer ingen bekræftelse; feltet forbliver uden flueben.

    <b>Et ekstra trin:</b> <i>Beskyt dine opslag</i> (<i>Privatliv og sikkerhed</i> → <i>Audience and tagging</i>) gør dine opslag synlige kun for dine følgere, så de ikke længere er offentlige.

    <blockquote expandable><b>Godt at vide</b>
    • xAI's privatlivstillæg for Europa (juli 2026) regner voksnes offentlige opslag på X blandt de data, Grok trænes på, og siger, at du kan gøre indsigelse i indstillingerne.
    • At fjerne fluebenet gælder fra da af.</blockquote>
