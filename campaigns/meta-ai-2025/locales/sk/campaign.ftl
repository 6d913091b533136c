## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Podajte námietku proti tomu, aby Meta používala váš obsah pre svoju AI
intro =
    Meta na trénovanie svojej umelej inteligencie používa verejné príspevky, fotky, popisy a komentáre dospelých používateľov z EÚ, ako aj to, čo ľudia posielajú Meta AI. GDPR (článok 21) vám dáva právo podať proti tomu námietku. Na každú platformu stačí pár minút.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta začne obsah používať <b>{ $date }</b>. Zostáva: <b>{ $left }</b>. Námietka platí odo dňa, keď je podaná, takže ak ju podáte pred týmto dátumom, bude platiť ešte pred začiatkom trénovania.
deadline-after = ℹ️ Meta trénuje svoju AI na obsahu používateľov od <b>{ $date }</b>. Námietku môžete podať aj teraz: platí odo dňa, keď ju podáte. Obsah, ktorý už bol použitý, sa z už natrénovaných modelov nedá odstrániť.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Skopírujte list nižšie (stačí naň ťuknúť) a vložte ho do poľa <i>dôvod</i> vo formulári alebo do formulára WhatsAppu, keď sa spýta na dôvod.
letter-body =
    Vážené dámy, vážení páni,

    podľa čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov (GDPR) podávam námietku proti spracúvaniu svojich osobných údajov spoločnosťou Meta a jej partnermi na účely vývoja a trénovania umelej inteligencie. Námietka sa vzťahuje na moje príspevky, fotografie, popisy, komentáre a akýkoľvek ďalší obsah spojený s mojím účtom, ako aj na moje interakcie s Meta AI.

    Podľa čl. 12 ods. 3 GDPR vás žiadam, aby ste mi do jedného mesiaca písomne potvrdili, že moja námietka bola zaevidovaná a uplatňuje sa.

    S pozdravom

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Pripomienka:</b> termín je <b>{ $date }</b>, zostáva: <b>{ $left }</b>. Námietka platí odo dňa, keď je podaná.

    Zostáva urobiť: { $platforms }.

    Ťuknite na platformu a zobrazí sa postup. Už hotovo? Odškrtnite ju pod postupom a prestanem vám ju pripomínať.
# When every platform of this campaign is ticked off.
all-done = ✅ Námietka je podaná na všetkých troch platformách. Ďakujem! Ďalšie pripomienky vám už posielať nebudem.
nothing-left = Všetky tri platformy máte odškrtnuté, takže pripomienku nepotrebujete. Ďakujem!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako podať námietku proti tomu, aby Meta používala vaše príspevky na trénovanie svojej AI.
    { $link }
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako podať námietku proti tomu, aby Meta používala ich príspevky, fotky a komentáre na trénovanie svojej AI.

    Ktokoľvek tu môže používať /facebook, /instagram, /whatsapp a /template.
description = Meta trénuje svoju AI na verejných príspevkoch, fotkách a komentároch dospelých používateľov z EÚ a na tom, čo ľudia posielajú Meta AI. Tento bot vám krok za krokom a vo vašom jazyku ukáže, ako podať námietku na Facebooku a Instagrame a ako je to s WhatsAppom, a dá vám list na vloženie do formulára. Keď sa blíži termín, môže vám ho pripomenúť.
short-description = Podajte námietku proti tomu, aby Meta používala vaše príspevky pre svoju AI: postup, formuláre, list.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = List s námietkou
letter-inline-desc = Hotový list na vloženie do formulárov
letter-keywords = list šablóna vzor námietka
deadline-inline-title = Termín
deadline-inline-desc = Aktuálny stav a čo teraz námietka znamená
deadline-keywords = termín lehota dátum čas

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formulár (ak treba, prihláste sa na Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: postup na podanie námietky na Facebooku
facebook-command = Námietka na Facebooku
facebook-inline-title = Námietka na Facebooku
facebook-inline-desc = Postup a oficiálny formulár
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Námietka na Facebooku</b>

    <b>Najrýchlejšie:</b> ťuknite na tlačidlo nižšie a otvorí sa oficiálny formulár Mety. Ak o to stránka požiada, najprv sa tam prihláste do svojho účtu na Facebooku.

    <b>V aplikácii:</b>
    1. Otvorte ponuku a prejdite do <i>Nastavenia a súkromie</i> → <i>Centrum ochrany súkromia</i>.
    2. Otvorte <i>Témy ochrany súkromia</i> → tému o umelej inteligencii (<i>AI v spoločnosti Meta</i>).
    3. Zvoľte odkaz alebo tlačidlo na podanie námietky (<i>Odoslať žiadosť o námietku</i>).
    4. Zadajte e-mailovú adresu svojho účtu. Pole pre dôvod je nepovinné: nechajte ho prázdne alebo doň vložte list z /template.
    5. Odošlite formulár.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov. Účet, ktorý nie je prepojený alebo používa inú e-mailovú adresu, potrebuje vlastnú námietku.
    • Stránky na Facebooku nemôžu podať námietku týmto formulárom, iba osobné účty.
    • Podali ste námietku už v roku 2024? Pre istotu ju podajte znova.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formulár (ak treba, prihláste sa na Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: postup na podanie námietky na Instagrame
instagram-command = Námietka na Instagrame
instagram-inline-title = Námietka na Instagrame
instagram-inline-desc = Postup a oficiálny formulár
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Námietka na Instagrame</b>

    <b>Najrýchlejšie:</b> ťuknite na tlačidlo nižšie a otvorí sa oficiálny formulár Mety. Ak o to stránka požiada, najprv sa tam prihláste do svojho účtu na Instagrame.

    <b>V aplikácii:</b>
    1. Prejdite na svoj profil a ťuknite na ponuku ☰ (<i>Nastavenia a aktivita</i>).
    2. V tejto ponuke nájdite <i>Centrum ochrany súkromia</i> (v niektorých verziách je v časti s informáciami dole v ponuke: <i>Informácie</i> → <i>Zásady ochrany súkromia</i>).
    3. Nájdite <i>Právo namietať</i> a otvorte formulár.
    4. Zadajte e-mailovú adresu svojho účtu. Pole pre dôvod je nepovinné: nechajte ho prázdne alebo doň vložte list z /template.
    5. Odošlite formulár.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov, vrátane Facebooku. Účty, ktoré nie sú prepojené, potrebujú vlastnú námietku.
    • Podali ste námietku už v roku 2024? Pre istotu ju podajte znova.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Otvoriť oficiálny formulár: WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: postup na podanie námietky na WhatsAppe
whatsapp-command = WhatsApp a Meta AI
whatsapp-inline-title = Námietka na WhatsAppe
whatsapp-inline-desc = Chaty s Meta AI: čo sa používa a formulár
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp a Meta AI</b>

    Vaše súkromné chaty sú chránené koncovým (end-to-end) šifrovaním a na trénovanie AI sa <b>nepoužívajú</b>. To, čo posielate Meta AI (modro-ružový krúžok v aplikácii alebo @Meta AI privolaná do skupinového chatu), koncovým šifrovaním chránené nie je a môže sa použiť.

    • Meta AI sa vo WhatsAppe nedá vypnúť; môžete ju len nepoužívať.
    • V júni 2025 Meta uviedla, že chaty s Meta AI vo WhatsAppe na trénovanie zatiaľ nepoužíva.
    • V aplikácii nie je žiadne nastavenie na námietku a spotrebiteľské organizácie uvádzajú, že WhatsApp na tento účel nemá vlastný oficiálny postup na podanie námietky.

    <b>Najistejšia ochrana:</b> neposielajte Meta AI nič.

    <b>Pre istotu webový formulár:</b>
    1. Ťuknite na tlačidlo nižšie (alebo na whatsapp.com otvorte právne informácie dole na stránke → formulár k právam dotknutých osôb, nech sa práve volá akokoľvek).
    2. Zvoľte možnosti na podanie námietky proti použitiu vašich údajov.
    3. Zadajte svoje telefónne číslo s predvoľbou krajiny a svoju e-mailovú adresu.
    4. Ak sa formulár spýta na dôvod, vložte list z /template.
    5. Odošlite formulár. WhatsApp odpovie e-mailom; odpoveď si uschovajte.
