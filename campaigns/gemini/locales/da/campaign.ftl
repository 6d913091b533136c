## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Slå Googles brug af dine Gemini-chats til at træne AI fra
intro =
    Så længe aktivitetsindstillingen (<i>Keep Activity</i>) er slået til, bruger Google det, du skriver, uploader og deler i Gemini, til at forbedre sine produkter og træne sine AI-modeller, og menneskelige bedømmere læser et udsnit. Det tager et minut at slå den fra; GDPR giver dig desuden ret til at gøre indsigelse.

## Where things stand (no `started`, so no $date).
standing = ✅ Du kan slå aktivitetsindstillingen (<i>Keep Activity</i>) fra når som helst, og det gælder fra da af; ingen dato styrer det. Når den er slået fra, gemmer Google ifølge sig selv nye chats i 72 timer og bruger dem ikke til træning, medmindre du sender feedback.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Til Googles GDPR-indsigelse (den anden knap under /gemini): Kopiér brevet nedenfor (ét tryk er nok), og indsæt det der, hvor formularen beder dig beskrive din anmodning. Afsnittet med en begrundelse er valgfrit: Behold det, skriv dit eget, eller slet det.
letter-body =
    Til rette vedkommende

    I medfør af artikel 21, stk. 1, i databeskyttelsesforordningen (GDPR) gør jeg af grunde, der vedrører min særlige situation, indsigelse mod, at Google behandler mine samtaler med Gemini, de filer, jeg uploader, og det indhold, jeg deler med Gemini-apps, med henblik på at udvikle og træne modeller for kunstig intelligens.

    Jeg bruger Gemini til mine egne formål og har ikke givet det dette indhold for at træne AI; jeg vil selv bestemme, hvordan det bruges.

    Jeg beder jer i henhold til artikel 12, stk. 3, i databeskyttelsesforordningen om inden for en måned at bekræfte skriftligt, at min indsigelse er registreret og efterkommes.

    Med venlig hilsen

# When the setting is ticked off as turned off.
all-done = ✅ Krydset af: Geminis aktivitetsindstilling er slået fra. Tak!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Send den videre: Denne bot viser på dit eget sprog, hvordan du slår Googles brug af dine Gemini-chats til at træne AI fra.
    { $link }
group-intro =
    Hej! Jeg viser folk i EU, hvordan de slår Googles brug af deres Gemini-chats til at træne AI fra, og hvordan de gør indsigelse mod den.

    Alle her kan bruge /gemini og /template.
description = Så længe aktivitetsindstillingen (Keep Activity) er slået til, træner Google sine AI-modeller på Gemini-chats. Denne bot viser dig på dit eget sprog, hvordan du slår den fra, og hvordan du gør indsigelse efter GDPR, med et brev, du kan indsætte.
short-description = Slå Googles brug af dine Gemini-chats til at træne AI fra: indstillingen og et brev.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Indsigelsesbrev til Google
letter-inline-desc = Et færdigt brev til Googles GDPR-indsigelse
letter-keywords = brev skabelon indsigelse google gemini
deadline-inline-title = Gemini og AI-træning: status lige nu
deadline-inline-desc = Hvad indstillingen gør, og hvad der sker med dine chats
deadline-keywords = gemini google status

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Åbn Gemini-aktivitet
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 GDPR-indsigelse
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: slå Googles AI-træning på dine Gemini-chats fra
gemini-command = Slå AI-træning på dine Gemini-chats fra
gemini-inline-title = Slå AI-træning på Gemini-chats fra
gemini-inline-desc = Indstillingen og Googles indsigelsesformular
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: slå aktivitetsindstillingen (<i>Keep Activity</i>) fra</b>

    <b>Hurtigst:</b> Tryk på <i>Åbn Gemini-aktivitet</i> nedenfor, log ind på Google, hvis du bliver bedt om det, og slå aktivitetsindstillingen (<i>Keep Activity</i>) fra; den hedder måske stadig <i>Aktivitet i Gemini-apps</i>. Du kan også vælge at slå den fra og slette din aktivitet.

    <b>I Gemini-appen:</b> dit profilbillede → <i>Aktivitet i Gemini-apps</i> eller <i>Keep Activity</i> → slå fra.
    <b>På computeren:</b> gemini.google.com → indstillinger og hjælp (<i>Settings &amp; help</i>) → <i>Aktivitet</i> → slå fra.

    <b>Bagefter:</b> Der kommer ingen bekræftelse; siden viser indstillingen som slået fra.

    <blockquote expandable><b>Godt at vide</b>
    • Når den er slået fra, gemmer Google ifølge sig selv nye chats i 72 timer og bruger dem ikke til træning, medmindre du sender feedback. Midlertidige chats bruges heller ikke.
    • Det gælder fra da af.
    • Du kan også gøre indsigelse efter GDPR: Den anden knap åbner Googles formular til juridiske henvendelser (i appen: under et svar, <i>Mere</i> → rapportér et juridisk problem). Den beder dig beskrive behandlingen: /template giver dig et brev.
    • Google sagde i november 2025, at virksomheden ikke bruger indholdet af Gmail til at træne Gemini.</blockquote>
