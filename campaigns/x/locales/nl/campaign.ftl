## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vink het delen van je gegevens door X voor Grok-training uit
intro =
    X deelt je openbare posts, hoe je met posts omgaat en je chats met Grok met xAI, dat Grok ermee traint. Een vakje in de instellingen staat dat toe; het is aangevinkt tot je het uitvinkt. Dat kost een minuut.

## Where things stand (no `started`, so no $date).
standing = ✅ Je kunt het vakje op elk moment uitvinken, en dat geldt vanaf dan; het is aan geen enkele datum gebonden. Volgens X houdt uitvinken niet tegen dat een model dat al in gebruik is, door normaal gebruik bijleert. De Ierse privacytoezichthouder is in april 2025 een onderzoek begonnen naar het trainen van Grok met posts van gebruikers in de EU.

# When the setting is ticked off as unticked.
all-done = ✅ Afgevinkt: het vakje op X is uitgevinkt. Bedankt!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Stuur het door: deze bot legt in je eigen taal uit hoe je het delen van je gegevens door X voor Grok-training uitvinkt.
    { $link }
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze het delen van hun posts en Grok-chats door X voor Grok-training uitvinken.

    Iedereen hier kan /x gebruiken.
description = X deelt openbare posts en Grok-chats met xAI om Grok te trainen, tenzij je een vakje uitvinkt. Deze bot laat je in je eigen taal zien waar dat vakje zit.
short-description = Vink het delen van je gegevens door X voor Grok-training uit: waar het vakje zit.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X en Grok: hoe het ervoor staat
deadline-inline-desc = Wat het vakje doet, en wat het niet kan
deadline-keywords = x twitter grok stand

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Grok-instelling openen
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: vink het delen van je gegevens door X voor Grok-training uit
x-command = Gegevensdeling van X voor Grok uitvinken
x-inline-title = Gegevensdeling van X voor Grok uitvinken
x-inline-desc = De weg naar het vakje, en een extra stap
x-keywords = x twitter grok xai
x-steps =
    <b>X: vink het Grok-vakje uit</b>

    <b>De weg</b> (in de app of op x.com): <i>Instellingen en privacy</i> → <i>Privacy en veiligheid</i> → <i>Gegevens delen en personalisatie</i> → <i>Grok</i> (in het Engels <i>Grok &amp; Third-party Collaborators</i>) → vink het vakje uit dat toestaat dat je openbare gegevens en je interacties met Grok voor training worden gebruikt.

    <b>De knop hieronder</b> probeert die pagina direct te openen. Lukt dat niet, volg dan de weg. Toont de app de instelling niet, gebruik dan x.com in een browser.

    <b>Daarna:</b> je krijgt geen bevestiging; het vakje blijft uitgevinkt.

    <b>Een extra stap:</b> <i>Je posts beschermen</i> (<i>Privacy en veiligheid</i> → <i>Audience and tagging</i>) maakt je posts alleen zichtbaar voor je volgers, zodat ze niet meer openbaar zijn.

    <blockquote expandable><b>Goed om te weten</b>
    • De Europese privacyaanvulling van xAI (juli 2026) rekent openbare posts van volwassenen op X tot de gegevens waarmee Grok wordt getraind, en zegt dat je in de instellingen bezwaar kunt maken.
    • Uitvinken geldt vanaf dan.</blockquote>
