## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zet het gebruik van je gegevens door LinkedIn voor AI-training uit
intro =
    LinkedIn gebruikt de profielen, berichten en reacties van leden in de EU, en hun chats met de AI-functies, om AI te trainen die content schrijft. Privéberichten worden niet gebruikt. Met een instelling, die aan staat tot je hem uitzet, kun je je afmelden; dat kost een minuut.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Je kunt het op elk moment uitzetten, en het geldt vanaf dan. LinkedIn gebruikt sinds <b>{ $date }</b> gegevens van leden in de EU om AI te trainen; modellen die al getraind zijn, veranderen niet.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Afgevinkt: de instelling van LinkedIn staat uit. Bedankt!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Stuur het door: deze bot legt in je eigen taal uit hoe je het gebruik van je gegevens door LinkedIn voor AI-training uitzet.
    { $link }
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze het gebruik van hun profiel en berichten door LinkedIn voor AI-training uitzetten.

    Iedereen hier kan /linkedin gebruiken.
description = LinkedIn gebruikt de profielen, berichten en AI-chats van leden in de EU om AI te trainen die content schrijft. Deze bot laat je in je eigen taal zien waar de instelling zit en hoe je hem uitzet.
short-description = Zet het gebruik van je gegevens door LinkedIn voor AI-training uit: waar de instelling zit.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn en AI: hoe het ervoor staat
deadline-inline-desc = Sinds wanneer LinkedIn met gegevens van leden traint, en wat de instelling doet
deadline-keywords = linkedin stand sinds

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Instelling openen
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Bezwaar, ander gebruik
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: zet de AI-training van LinkedIn met je gegevens uit
linkedin-command = AI-training van LinkedIn uitzetten
linkedin-inline-title = AI-training van LinkedIn uitzetten
linkedin-inline-desc = Waar de instelling zit, op je telefoon en op een computer
linkedin-keywords = linkedin li
linkedin-steps =
    <b>AI-training van LinkedIn uitzetten</b>

    <b>Het snelst:</b> tik hieronder op <i>Instelling openen</i> en log in op LinkedIn als daarom wordt gevraagd. Zet op de pagina <i>Gegevens voor verbetering van generatieve AI</i> de schakelaar uit.

    <b>Op je telefoon:</b> je profielfoto → <i>Instellingen</i> → <i>Gegevensprivacy</i> → <i>Gegevens voor verbetering van generatieve AI</i> → uitzetten.
    <b>Op een computer:</b> <i>Ik</i> → <i>Instellingen en privacy</i> → <i>Gegevensprivacy</i> → <i>Gegevens voor verbetering van generatieve AI</i> → uitzetten.

    <b>Daarna:</b> je krijgt geen bevestiging. Laad de pagina opnieuw: de schakelaar hoort uit te staan.

    <blockquote expandable><b>Goed om te weten</b>
    • Wat er wordt gebruikt: je profiel (naam, foto, functies, opleiding, vaardigheden, aanbevelingen), je berichten, artikelen, reacties en peilingen, je activiteit in groepen, opgeslagen cv's en antwoorden op screeningsvragen, en chats met de AI-functies van LinkedIn. Privéberichten worden niet gebruikt.
    • De schakelaar geldt vanaf dan; modellen die al getraind zijn, veranderen niet.
    • De Autoriteit Persoonsgegevens heeft gezegd dat ook gegevens die teruggaan tot 2003 kunnen worden gebruikt.
    • Voor ander gebruik van je gegevens (bijvoorbeeld AI voor vertrouwen en veiligheid, of productverbetering) biedt de privacyverklaring van LinkedIn een bezwaarformulier: dat is de tweede knop.</blockquote>
