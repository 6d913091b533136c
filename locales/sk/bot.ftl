## objection-bot: slovenské texty.
## HTML Telegramu: iba <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & píšte ako &amp; a < ako &lt;.
## Odkazy a dátumy sa sem nikdy nepíšu: berú sa zo súboru kampane.

# Názov jazyka v tomto jazyku, na klávesnici /language.
language-name = Slovenčina

## Názvy platforiem (obchodné značky)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dátumy. $day, $year a $minute sú čísla, $month je jedno z month-1 … month-12 (genitív).
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
date-format = { $day }. { $month } { $year }
# $date je date-format, $time je HH:MM a $zone je napr. UTC+02:00.
datetime-format = { $date } o { $time } ({ $zone })

## Zostávajúci čas, s tvarmi množného čísla (nominatív).
left-days = { $count ->
    [one] { $count } deň
    [few] { $count } dni
   *[other] { $count } dní
}
left-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
   *[other] { $count } hodín
}
left-minutes = { $count ->
    [one] { $count } minúta
    [few] { $count } minúty
   *[other] { $count } minút
}

## Tlačidlá (krátke: musia sa zmestiť na displej telefónu)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ List s námietkou
btn-remind = 🔔 Pripomenúť mi
btn-language = 🌐 Jazyk
btn-share = 📣 Zdieľať
btn-menu = ↩️ Ponuka
btn-deadline = ⏳ Termín
btn-status = ✅ Môj zoznam
btn-open-form = 📝 Otvoriť oficiálny formulár: { $platform }
# Tlačidlo formulára platformy, ktorý vyžaduje účet: povie, aby sa používateľ prihlásil, ak o to stránka požiada.
btn-open-form-login = 📝 Formulár (ak treba, prihláste sa na { $platform })
btn-mark-done = ☑️ Námietka podaná: { $platform }
btn-mark-undone = ↩️ Ešte nie: { $platform }

## /start
start-text =
    <b>Podajte námietku proti tomu, aby Meta používala váš obsah pre svoju AI</b>

    Meta na trénovanie svojej umelej inteligencie používa verejné príspevky, fotky, popisy a komentáre dospelých používateľov z EÚ, ako aj to, čo ľudia posielajú Meta AI. GDPR (článok 21) vám dáva právo podať proti tomu námietku. Na každú platformu stačí pár minút.

    { $deadline }

    Vyberte platformu a zobrazí sa postup:

## Stav termínu. $date je datetime-format, $left je hodnota left-*.
deadline-before = ⏳ Meta začne obsah používať <b>{ $date }</b>. Zostáva: <b>{ $left }</b>. Námietka platí odo dňa, keď je podaná, takže ak ju podáte pred týmto dátumom, bude platiť ešte pred začiatkom trénovania.
deadline-after = ℹ️ Meta trénuje svoju AI na obsahu používateľov od <b>{ $date }</b>. Námietku môžete podať aj teraz: platí odo dňa, keď ju podáte. Obsah, ktorý už bol použitý, sa z už natrénovaných modelov nedá odstrániť.

## Postup pre jednotlivé platformy
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Skopírujte list nižšie (stačí naň ťuknúť) a vložte ho do poľa <i>dôvod</i> vo formulári alebo do formulára WhatsAppu, keď sa spýta na dôvod.
letter-body =
    Vážené dámy, vážení páni,

    podľa čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov (GDPR) podávam námietku proti spracúvaniu svojich osobných údajov spoločnosťou Meta a jej partnermi na účely vývoja a trénovania umelej inteligencie. Námietka sa vzťahuje na moje príspevky, fotografie, popisy, komentáre a akýkoľvek ďalší obsah spojený s mojím účtom, ako aj na moje interakcie s Meta AI.

    Podľa čl. 12 ods. 3 GDPR vás žiadam, aby ste mi do jedného mesiaca písomne potvrdili, že moja námietka bola zaevidovaná a uplatňuje sa.

    S pozdravom

## /language
language-choose = Vyberte jazyk, ktorým mám v tomto chate hovoriť:
language-set = Hotovo: tu budem hovoriť po slovensky.

## /help
help-text =
    <b>Čo dokážem</b>
    /facebook: postup na podanie námietky na Facebooku
    /instagram: postup na podanie námietky na Instagrame
    /whatsapp: postup na podanie námietky na WhatsAppe
    /template: list na vloženie do formulárov
    /deadline: termín a aktuálny stav
    { $remind }
    /stop: už žiadne pripomienky
    /status: váš zoznam a ďalšia pripomienka
    /language: zmena jazyka
    /share: odkaz na ďalšie zdieľanie
    /privacy: čo si o vás ukladám
    /forget: vymazanie všetkého, čo si o tomto chate ukladám

    V ľubovoľnom chate môžete tiež napísať @{ $bot } a vložiť tam kartu.

# Riadok /remind v help-text: kým pred termínom nejaké pripomienky zostávajú…
help-remind = /remind: pripomienky pred termínom
# …a keď už žiadna nezostáva (termín uplynul alebo pred ním už žiadna pripomienka nie je).
help-remind-none = /remind: prečo teraz nie sú žiadne pripomienky

## /privacy a /forget
privacy-text =
    <b>Čo si ukladám</b>
    • Číslo tohto chatu, zvolený jazyk, či chcete pripomienky, ktoré platformy máte odškrtnuté a ktoré pripomienky už odišli, aby nikto nedostal tú istú dvakrát.
    • Nič iné: žiadne mená, používateľské mená, telefónne čísla ani text správ.

    <b>Ako dlho</b>
    Kým nepošlete /forget, nezablokujete ma alebo ma neodstránite zo skupiny. Potom sa všetko okamžite vymaže.

    /forget hneď vymaže všetko, čo sa týka tohto chatu.
forget-done = Hotovo: všetky údaje o tomto chate sú vymazané. Kedykoľvek môžete začať znova príkazom /start.

## Všetko ostatné
unknown-text = Rozumiem iba príkazom. Pošlite /help a uvidíte ich.
stale-button = Toto tlačidlo už nefunguje. Pošlite /start a dostanete aktuálnu ponuku.
error-text = Na mojej strane sa niečo pokazilo. Skúste to prosím znova o minútu.

## Pripomienky
remind-on = 🔔 Pripomienky sú zapnuté. Ďalšia pripomienka: <b>{ $when }</b>.
remind-no-wave = Pred termínom (<b>{ $date }</b>) už nezostáva žiadna pripomienka, takže najlepšie je podať námietku hneď teraz.
remind-already = 🔔 Pripomienky už sú zapnuté. Ďalšia pripomienka: <b>{ $when }</b>.
remind-after-deadline = Termín (<b>{ $date }</b>) už uplynul, takže nie je čo pripomínať, ale námietku môžete podať kedykoľvek a bude platiť odo dňa, keď ju podáte.
remind-nothing-left = Všetky tri platformy máte odškrtnuté, takže pripomienku nepotrebujete. Ďakujem!
stop-done = 🔕 Pripomienky sú vypnuté. Znova ich zapnete príkazom /remind.
stop-not-subscribed = Pripomienky neboli zapnuté. Zapnete ich príkazom /remind.
reminder-text =
    🔔 <b>Pripomienka:</b> termín je <b>{ $date }</b>, zostáva: <b>{ $left }</b>. Námietka platí odo dňa, keď je podaná.

    Zostáva urobiť: { $platforms }.

    Ťuknite na platformu a zobrazí sa postup. Už hotovo? Odškrtnite ju pod postupom a prestanem vám ju pripomínať.
all-done-text = ✅ Námietka je podaná na všetkých troch platformách. Ďakujem! Ďalšie pripomienky vám už posielať nebudem.

## /status
status-title = <b>Váš zoznam</b>
status-done = ✅ { $platform }: námietka podaná
status-open = ⬜ { $platform }: zostáva urobiť
status-subscribed = 🔔 Pripomienky sú zapnuté. Ďalšia: <b>{ $when }</b>.
status-no-wave = 🔕 Žiadne ďalšie pripomienky nie sú naplánované.
status-not-subscribed = 🔕 Pripomienky sú vypnuté. Zapnete ich príkazom /remind.
marked-done = Zaznamenané: { $platform } hotovo.
marked-undone = Zaznamenané: { $platform } zostáva urobiť.

## Skupiny
admin-only = Toto môže urobiť iba správca tejto skupiny.
group-intro =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako podať námietku proti tomu, aby Meta používala ich príspevky, fotky a komentáre na trénovanie svojej AI.

    Ktokoľvek tu môže používať /facebook, /instagram, /whatsapp a /template.
# Pridá sa ku group-intro, kým pred termínom nejaké pripomienky zostávajú.
group-intro-remind = Správca môže pre skupinu zapnúť pripomienky príkazom /remind.

## Zdieľanie a inline režim
share-text =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako podať námietku proti tomu, aby Meta používala vaše príspevky na trénovanie svojej AI.
    { $link }
inline-facebook-title = Námietka na Facebooku
inline-facebook-desc = Postup a oficiálny formulár
inline-instagram-title = Námietka na Instagrame
inline-instagram-desc = Postup a oficiálny formulár
inline-whatsapp-title = Námietka na WhatsAppe
inline-whatsapp-desc = Chaty s Meta AI: čo sa používa a formulár
inline-letter-title = List s námietkou
inline-letter-desc = Hotový list na vloženie do formulárov
inline-deadline-title = Termín
inline-deadline-desc = Aktuálny stav a čo teraz námietka znamená
# Slová, ktoré okrem názvu nájdu kartu, keď sa napíšu za @bot (oddelené medzerou).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = list šablóna vzor námietka
inline-deadline-keywords = termín lehota dátum čas

## Ponuka príkazov (každý najviac 256 znakov)
cmd-start = Začnite tu
cmd-facebook = Námietka na Facebooku
cmd-instagram = Námietka na Instagrame
cmd-whatsapp = WhatsApp a Meta AI
cmd-template = List na vloženie do formulárov
cmd-deadline = Termín a aktuálny stav
cmd-remind = Pripomienky pred termínom
cmd-stop = Už žiadne pripomienky
cmd-status = Váš zoznam
cmd-language = Zmeniť jazyk
cmd-share = Odkaz na ďalšie zdieľanie
cmd-help = Všetky príkazy
cmd-privacy = Čo si bot ukladá
cmd-forget = Vymazať všetko uložené o tomto chate

## Profil bota: popis najviac 512 znakov, krátky popis najviac 120.
bot-description = Meta trénuje svoju AI na verejných príspevkoch, fotkách a komentároch dospelých používateľov z EÚ a na tom, čo ľudia posielajú Meta AI. Tento bot vám krok za krokom a vo vašom jazyku ukáže, ako podať námietku na Facebooku a Instagrame a ako je to s WhatsAppom, a dá vám list na vloženie do formulára. Keď sa blíži termín, môže vám ho pripomenúť.
bot-short-description = Podajte námietku proti tomu, aby Meta používala vaše príspevky pre svoju AI: postup, formuláre, list.
