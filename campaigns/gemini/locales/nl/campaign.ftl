## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zet het gebruik van je Gemini-chats door Google voor AI-training uit
intro =
    Zolang de activiteitsinstelling (<i>Keep Activity</i>) aan staat, gebruikt Google wat je in Gemini typt, uploadt en deelt om zijn producten te verbeteren en zijn AI-modellen te trainen, en menselijke beoordelaars lezen een steekproef. Uitzetten kost een minuut; de AVG geeft je daarnaast het recht om bezwaar te maken.

## Where things stand (no `started`, so no $date).
standing = ✅ Je kunt de activiteitsinstelling (<i>Keep Activity</i>) op elk moment uitzetten, en dat geldt vanaf dan; het is aan geen enkele datum gebonden. Staat ze uit, dan bewaart Google nieuwe chats naar eigen zeggen 72 uur en gebruikt het ze niet voor training, tenzij je feedback stuurt.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Voor het AVG-bezwaarverzoek van Google (de tweede knop onder /gemini): kopieer de brief hieronder (één tik is genoeg) en plak hem waar het formulier vraagt je verzoek te beschrijven. De alinea met een reden is optioneel: laat hem staan, schrijf je eigen reden of haal hem weg.
letter-body =
    Geachte heer, mevrouw,

    Op grond van artikel 21, lid 1, van de Algemene Verordening Gegevensbescherming (AVG) maak ik, om redenen die verband houden met mijn specifieke situatie, bezwaar tegen de verwerking door Google van mijn gesprekken met Gemini, de bestanden die ik upload en de inhoud die ik met Gemini-apps deel, voor het ontwikkelen en trainen van modellen voor kunstmatige intelligentie.

    Ik gebruik Gemini voor mijn eigen doeleinden en heb deze inhoud niet verstrekt om AI te trainen; ik wil zelf bepalen hoe die wordt gebruikt.

    Ik verzoek u mij op grond van artikel 12, lid 3, AVG binnen een maand schriftelijk te bevestigen dat mijn bezwaar is geregistreerd en wordt toegepast.

    Met vriendelijke groet

# When the setting is ticked off as turned off.
all-done = ✅ Afgevinkt: de activiteitsinstelling van Gemini staat uit. Bedankt!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Stuur het door: deze bot legt in je eigen taal uit hoe je het gebruik van je Gemini-chats door Google voor AI-training uitzet.
    { $link }
group-intro =
    Hallo! Ik leg mensen in de EU uit hoe ze het gebruik van hun Gemini-chats door Google voor AI-training uitzetten, en hoe ze daartegen bezwaar maken.

    Iedereen hier kan /gemini en /template gebruiken.
description = Zolang de activiteitsinstelling (Keep Activity) aan staat, traint Google zijn AI-modellen met Gemini-chats. Deze bot laat je in je eigen taal zien hoe je die uitzet en hoe je op grond van de AVG bezwaar maakt, met een brief om te plakken.
short-description = Zet het gebruik van je Gemini-chats door Google voor AI-training uit: de instelling en een brief.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Bezwaarbrief aan Google
letter-inline-desc = Een kant-en-klare brief voor het AVG-bezwaarverzoek van Google
letter-keywords = brief sjabloon voorbeeld google gemini
deadline-inline-title = Gemini en AI-training: hoe het ervoor staat
deadline-inline-desc = Wat de instelling doet, en wat er met je chats gebeurt
deadline-keywords = gemini google stand

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Gemini-activiteit openen
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 AVG-bezwaarverzoek
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: zet de AI-training van Google met je Gemini-chats uit
gemini-command = AI-training met je Gemini-chats uitzetten
gemini-inline-title = AI-training met Gemini-chats uitzetten
gemini-inline-desc = De instelling, en het bezwaarverzoek van Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: zet de activiteitsinstelling (<i>Keep Activity</i>) uit</b>

    <b>Het snelst:</b> tik hieronder op <i>Gemini-activiteit openen</i>, log in bij Google als daarom wordt gevraagd en zet de activiteitsinstelling (<i>Keep Activity</i>) uit; ze kan nog <i>Gemini-apps-activiteit</i> heten. Je kunt ook kiezen om ze uit te zetten en je activiteit te verwijderen.

    <b>In de Gemini-app:</b> je profielfoto → <i>Gemini-apps-activiteit</i> of <i>Keep Activity</i> → uitzetten.
    <b>Op een computer:</b> gemini.google.com → <i>Instellingen en hulp</i> → <i>Activiteit</i> → uitzetten.

    <b>Daarna:</b> je krijgt geen bevestiging; de pagina toont de instelling als uit.

    <blockquote expandable><b>Goed om te weten</b>
    • Staat ze uit, dan bewaart Google nieuwe chats naar eigen zeggen 72 uur en gebruikt het ze niet voor training, tenzij je feedback stuurt. Tijdelijke chats worden ook niet gebruikt.
    • Het geldt vanaf dan.
    • Je kunt ook bezwaar maken op grond van de AVG: de tweede knop opent het formulier van Google voor juridische verzoeken (in de app: onder een antwoord, <i>Meer</i> → een juridisch probleem melden). Het vraagt je de verwerking te beschrijven: /template geeft je een brief.
    • Google zei in november 2025 dat het de inhoud van Gmail niet gebruikt om Gemini te trainen.</blockquote>
