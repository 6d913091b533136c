## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Podajte námietku proti tomu, aby Meta používala váš obsah na trénovanie svojej AI
intro =
    Meta trénuje svoju umelú inteligenciu na verejných príspevkoch, fotkách, popisoch a komentároch dospelých používateľov z EÚ, ako aj na tom, čo ľudia posielajú Meta AI. GDPR (článok 21) vám dáva právo podať proti tomu námietku. Na každú platformu stačí pár minút.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Námietku môžete podať kedykoľvek a platí odo dňa, keď ju podáte. Od <b>{ $date }</b> Meta trénuje svoju AI na verejných príspevkoch, fotkách a komentároch dospelých a na chatoch s Meta AI; jej zásady ochrany súkromia pre EÚ z júla 2026 toto použitie stále uvádzajú. Čo už bolo použité, sa z natrénovaných modelov nedá odstrániť.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta začne obsah používať <b>{ $date }</b>. Zostáva: <b>{ $left }</b>. Námietka platí odo dňa, keď je podaná, takže ak ju podáte pred týmto dátumom, bude platiť ešte pred začiatkom trénovania.
deadline-after = ✅ Námietku môžete podať aj teraz: platí odo dňa, keď ju podáte. Meta trénuje svoju AI na obsahu od <b>{ $date }</b>; čo už bolo použité, sa z natrénovaných modelov nedá odstrániť.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Pripomienka:</b> do <b>{ $date }</b> zostáva { $left }. Námietka platí odo dňa, keď je podaná.

    Zostáva urobiť: { $platforms }.

    Ťuknite na platformu a zobrazí sa postup. Už hotovo? Odškrtnite ju pod postupom a prestanem vám ju pripomínať.
nothing-left = Všetky tri platformy máte odškrtnuté, takže žiadnu pripomienku nepotrebujete. Ďakujem!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Skopírujte list nižšie (stačí naň ťuknúť) a vložte ho do poľa <i>dôvod</i> vo formulári alebo do formulára WhatsAppu, keď sa spýta prečo. Odsek s dôvodom je nepovinný: ponechajte ho, napíšte vlastný alebo ho zmažte.
letter-body =
    Vážené dámy, vážení páni,

    podľa čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov (GDPR) podávam z dôvodov týkajúcich sa mojej konkrétnej situácie námietku proti spracúvaniu svojich osobných údajov spoločnosťou Meta a jej partnermi na účely vývoja a trénovania umelej inteligencie. Námietka sa vzťahuje na moje príspevky, fotografie, popisy, komentáre a akýkoľvek ďalší obsah spojený s mojím účtom, ako aj na moje interakcie s Meta AI.

    Tento obsah nebol zdieľaný s očakávaním, že poslúži na trénovanie AI, a chcem mať kontrolu nad tým, ako sa používa.

    Podľa čl. 12 ods. 3 GDPR vás žiadam, aby ste mi do jedného mesiaca písomne potvrdili, že moja námietka bola zaevidovaná a uplatňuje sa.

    S pozdravom

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram aj WhatsApp sú odškrtnuté. Ďakujem!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako podať námietku proti tomu, aby Meta používala vaše príspevky na trénovanie svojej AI.
    { $link }
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako podať námietku proti tomu, aby Meta používala ich príspevky, fotky a komentáre na trénovanie svojej AI.

    Ktokoľvek tu môže používať /facebook, /instagram, /whatsapp a /template.
description = Meta trénuje svoju AI na verejných príspevkoch, fotkách a komentároch dospelých používateľov z EÚ a na tom, čo ľudia posielajú Meta AI. Tento bot vám krok za krokom a vo vašom jazyku ukáže, ako podať námietku na Facebooku a Instagrame a ako je to s WhatsAppom, a dá vám list na vloženie.
short-description = Podajte námietku proti tomu, aby Meta používala vaše príspevky na trénovanie svojej AI: postup, formuláre, list.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = List s námietkou pre Metu
letter-inline-desc = Hotový list na vloženie do formulárov Mety
letter-keywords = list šablóna vzor námietka meta
deadline-inline-title = Meta AI: aktuálny stav
deadline-inline-desc = Odkedy Meta trénuje na obsahu a čo teraz námietka urobí
deadline-keywords = meta stav od dátum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Oficiálny formulár
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Stránka Mety o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: postup na podanie námietky na Facebooku
facebook-command = Námietka na Facebooku
facebook-inline-title = Námietka na Facebooku
facebook-inline-desc = Postup a oficiálny formulár
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Námietka na Facebooku</b>

    <b>Najrýchlejšie:</b> ťuknite nižšie na <i>Oficiálny formulár</i>. Ak o to stránka požiada, prihláste sa tam na Facebook. Nie ste v tom prehliadači prihlásení? Otvorte odkaz vo svojom bežnom prehliadači (⋯ → <i>Otvoriť v prehliadači</i>) alebo postupujte v aplikácii.
    Do formulára zadajte e-mailovú adresu svojho účtu; pole pre dôvod je nepovinné (nechajte ho prázdne alebo vložte list z /template). Potom ho odošlite.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <blockquote expandable><b>V aplikácii</b>
    1. Otvorte ponuku a prejdite do <i>Nastavenia a súkromie</i> → <i>Centrum ochrany súkromia</i>.
    2. Otvorte <i>Témy ochrany súkromia</i> → tému o umelej inteligencii (<i>AI at Meta</i>).
    3. Zvoľte odoslanie žiadosti o námietku.
    4. Zadajte e-mailovú adresu svojho účtu. Dôvod je nepovinný.
    5. Odošlite formulár.</blockquote>

    <blockquote expandable><b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov. Účet, ktorý nie je prepojený alebo používa inú e-mailovú adresu, potrebuje vlastnú námietku.
    • Stránky na Facebooku nemôžu podať námietku týmto formulárom, iba osobné účty.
    • Podali ste námietku už v roku 2024? Pre istotu ju podajte znova.
    • Meta presunula niektoré svoje kontaktné formuláre. Ak sa formulár neotvorí, druhé tlačidlo vedie na stránku Mety o generatívnej AI, ktorá odkazuje na právo namietať.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Oficiálny formulár
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Stránka Mety o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: postup na podanie námietky na Instagrame
instagram-command = Námietka na Instagrame
instagram-inline-title = Námietka na Instagrame
instagram-inline-desc = Postup a oficiálny formulár
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Námietka na Instagrame</b>

    <b>Najrýchlejšie:</b> ťuknite nižšie na <i>Oficiálny formulár</i>. Ak o to stránka požiada, prihláste sa tam na Instagram. Nie ste v tom prehliadači prihlásení? Otvorte odkaz vo svojom bežnom prehliadači (⋯ → <i>Otvoriť v prehliadači</i>) alebo postupujte v aplikácii.
    Ak sa formulár spýta, či sa vaša žiadosť týka AI v spoločnosti Meta (<i>AI at Meta</i>), zvoľte <b>Áno</b>. Zadajte e-mailovú adresu svojho účtu; pole pre dôvod je nepovinné (nechajte ho prázdne alebo vložte list z /template). Potom ho odošlite.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <blockquote expandable><b>V aplikácii</b>
    1. Prejdite na svoj profil a ťuknite na ponuku ☰ (<i>Nastavenia a aktivita</i>).
    2. V tejto ponuke nájdite <i>Centrum ochrany súkromia</i> (v niektorých verziách pod <i>Informácie</i> → <i>Zásady ochrany súkromia</i>).
    3. Nájdite <i>Právo namietať</i> a otvorte formulár.
    4. Ak sa spýta, či sa žiadosť týka AI v spoločnosti Meta, zvoľte <i>Áno</i>.
    5. Zadajte e-mailovú adresu svojho účtu. Dôvod je nepovinný.
    6. Odošlite formulár.</blockquote>

    <blockquote expandable><b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov, vrátane Facebooku. Účty, ktoré nie sú prepojené, potrebujú vlastnú námietku.
    • Podali ste námietku už v roku 2024? Pre istotu ju podajte znova.
    • Meta presunula niektoré svoje kontaktné formuláre. Ak sa formulár neotvorí, druhé tlačidlo vedie na stránku Mety o generatívnej AI, ktorá odkazuje na právo namietať.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formulár WhatsAppu
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: hotovo
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp a Meta AI: čo sa používa a formulár pre istotu
whatsapp-command = WhatsApp a Meta AI
whatsapp-inline-title = WhatsApp a Meta AI
whatsapp-inline-desc = Čo sa používa a formulár pre istotu
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp a Meta AI</b>

    WhatsApp nemá pre Meta AI žiadny vypínač ani vlastné nastavenie na námietku. <b>Najistejšia ochrana: neposielajte Meta AI nič.</b>
    • V skupine môže @Meta AI privolať ktorýkoľvek člen. Rozšírené súkromie chatu (<i>Advanced chat privacy</i>; ťuknite na názov chatu) môže členom zabrániť, aby v tom chate používali Meta AI. Zdroje sa v tom rozchádzajú, preto si overte, či to vaša aplikácia ponúka.

    <b>Čo sa používa:</b> vaše súkromné chaty sú chránené koncovým šifrovaním a na trénovanie AI sa <b>nepoužívajú</b>. To, čo posielate Meta AI (modro-ružový krúžok alebo @Meta AI privolaná v skupine), koncovým šifrovaním chránené nie je a môže sa použiť. Meta AI sa vo WhatsAppe nedá vypnúť, dá sa len nepoužívať. V júni 2025 Meta uviedla, že chaty s Meta AI vo WhatsAppe v tom čase na trénovanie nepoužívala.

    <b>Pre istotu webový formulár.</b> Zásady ochrany súkromia WhatsAppu naň odkazujú pri námietkach všeobecne; nie je to vypínač AI a spotrebiteľské organizácie uvádzajú, že WhatsApp nemá vlastný oficiálny postup na námietku proti AI.
    1. Ťuknite na tlačidlo nižšie (alebo medzi právnymi odkazmi na whatsapp.com nájdite formulár k právam dotknutých osôb).
    2. Zvoľte možnosť na námietku proti spracúvaniu vašich informácií.
    3. Zadajte svoje telefónne číslo s predvoľbou krajiny a svoju e-mailovú adresu.
    4. Ak sa spýta prečo, vložte list z /template.
    5. Odošlite formulár. WhatsApp odpovie e-mailom; odpoveď si uschovajte.
