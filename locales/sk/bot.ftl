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
btn-mark-done = ☑️ Námietka podaná: { $platform }
btn-mark-undone = ↩️ Ešte nie: { $platform }

## /start
start-text =
    <b>Chráňte svoj obsah pred umelou inteligenciou Mety</b>

    Meta na trénovanie svojej umelej inteligencie používa verejné príspevky, fotky, popisy a komentáre dospelých používateľov z EÚ, ako aj to, čo ľudia posielajú Meta AI. GDPR (článok 21) vám dáva právo podať proti tomu námietku. Na každú platformu stačí pár minút.

    { $deadline }

    Vyberte platformu a zobrazí sa postup:

## Stav termínu. $date je datetime-format, $left je hodnota left-*.
deadline-before = ⏳ Meta začne váš obsah používať <b>{ $date }</b>. Zostáva: <b>{ $left }</b>. Ak námietku podáte pred týmto dátumom, vaše doterajšie príspevky sa do trénovania nedostanú.
deadline-after = ℹ️ Meta trénuje svoju AI na obsahu používateľov od <b>{ $date }</b>. Námietku môžete podať aj teraz: platí odo dňa podania, takže to, čo zverejníte potom, zostane mimo trénovania. Obsah, ktorý už bol použitý, sa nedá vziať späť.

## Postup pre jednotlivé platformy
facebook-text =
    <b>Námietka na Facebooku</b>

    <b>Najrýchlejšie:</b> ťuknite na tlačidlo nižšie a otvorí sa oficiálny formulár Mety, priamo vo vašom prihlásenom účte.

    <b>V aplikácii:</b>
    1. Otvorte ponuku a prejdite do <i>Nastavenia a súkromie</i> → <i>Centrum ochrany súkromia</i>.
    2. Otvorte <i>Témy ochrany súkromia</i> → <i>AI v spoločnosti Meta</i>.
    3. Zvoľte <i>Odoslať žiadosť o námietku</i>.
    4. Zadajte e-mailovú adresu svojho účtu. Pole pre dôvod je nepovinné: nechajte ho prázdne alebo doň vložte list z /template.
    5. Odošlite formulár.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov. Účet, ktorý nie je prepojený alebo používa inú e-mailovú adresu, potrebuje vlastnú námietku.
    • Stránky na Facebooku nemôžu podať námietku týmto formulárom, iba osobné účty.
    • Námietka podaná v roku 2024? Pre istotu ju podajte znova.
instagram-text =
    <b>Námietka na Instagrame</b>

    <b>Najrýchlejšie:</b> ťuknite na tlačidlo nižšie a otvorí sa oficiálny formulár Mety, priamo vo vašom prihlásenom účte.

    <b>V aplikácii:</b>
    1. Prejdite na svoj profil a ťuknite na ponuku ☰.
    2. Otvorte <i>Nastavenia a súkromie</i> → <i>Centrum ochrany súkromia</i> (alebo <i>Informácie</i> → <i>Zásady ochrany súkromia</i>).
    3. Nájdite <i>Právo namietať</i> a otvorte formulár.
    4. Zadajte e-mailovú adresu svojho účtu. Pole pre dôvod je nepovinné: nechajte ho prázdne alebo doň vložte list z /template.
    5. Odošlite formulár.

    <b>Potom:</b> Meta podanie potvrdí e-mailom alebo na obrazovke. Potvrdenie si uschovajte.

    <b>Dobré vedieť</b>
    • Nemusíte uvádzať žiadny dôvod.
    • Jedna námietka platí pre všetky účty prepojené v tom istom Centre účtov, vrátane Facebooku. Účty, ktoré nie sú prepojené, potrebujú vlastnú námietku.
    • Námietka podaná v roku 2024? Pre istotu ju podajte znova.
whatsapp-text =
    <b>Námietka na WhatsAppe</b>

    Vaše súkromné chaty sa na trénovanie AI <b>nepoužívajú</b>. Použiť sa môže to, čo posielate Meta AI (modro-ružový krúžok v aplikácii).

    <b>Ako na to:</b> v aplikácii žiadne nastavenie nie je; námietka sa podáva cez webový formulár.
    1. Ťuknite na tlačidlo nižšie (alebo prejdite na whatsapp.com → <i>Právne informácie</i> → formulár <i>Práva dotknutých osôb</i>).
    2. Zvoľte možnosti na podanie námietky proti použitiu vašich údajov na AI.
    3. Zadajte svoje telefónne číslo s predvoľbou krajiny a svoju e-mailovú adresu.
    4. Ak sa formulár spýta na dôvod, vložte list z /template.
    5. Odošlite formulár.

    <b>Potom:</b> WhatsApp odpovie e-mailom. Odpoveď si uschovajte.

    <b>Dobré vedieť</b>
    • Námietka podaná v roku 2024? Pre istotu ju podajte znova.

## /template
letter-intro = Skopírujte list nižšie (stačí naň ťuknúť) a vložte ho do poľa <i>dôvod</i> vo formulári alebo do formulára WhatsAppu, keď sa spýta na dôvod.
letter-body =
    Dobrý deň,

    podľa článku 21 všeobecného nariadenia o ochrane údajov (GDPR) týmto podávam námietku proti spracúvaniu svojich osobných údajov na účely vývoja a trénovania umelej inteligencie spoločnosťou Meta a jej partnermi. Námietka sa vzťahuje na moje príspevky, fotografie, komentáre a všetky ďalšie osobné alebo verejné údaje spojené s mojím účtom.

    Žiadam o písomné potvrdenie, že moja námietka bola zaevidovaná a uplatňuje sa.

    Ďakujem.

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
    /remind: pripomienky pred termínom
    /stop: už žiadne pripomienky
    /status: váš zoznam a ďalšia pripomienka
    /language: zmena jazyka
    /share: odkaz na ďalšie zdieľanie
    /privacy: čo si o vás ukladám
    /forget: vymazanie všetkého, čo si o tomto chate ukladám

    V ľubovoľnom chate môžete tiež napísať @{ $bot } a vložiť tam kartu.

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
remind-on-no-wave = 🔔 Pripomienky sú zapnuté, ale pred termínom (<b>{ $date }</b>) už žiadna nezostáva. Najlepšie konajte hneď.
remind-already = 🔔 Pripomienky už sú zapnuté. Ďalšia pripomienka: <b>{ $when }</b>.
remind-after-deadline = Termín (<b>{ $date }</b>) už uplynul, takže nie je čo pripomínať. Námietka má stále zmysel: chráni to, čo zverejníte odo dňa jej podania.
remind-nothing-left = Všetky tri platformy máte odškrtnuté, takže pripomienku nepotrebujete. Ďakujem!
stop-done = 🔕 Pripomienky sú vypnuté. Znova ich zapnete príkazom /remind.
stop-not-subscribed = Pripomienky neboli zapnuté. Zapnete ich príkazom /remind.
reminder-text =
    🔔 <b>Pripomienka:</b> čas na podanie námietky, kým Meta začne používať váš obsah (<b>{ $date }</b>): ešte { $left }.

    Zostáva urobiť: { $platforms }.

    Ťuknite na platformu a zobrazí sa postup. Už hotovo? Odškrtnite ju pod postupom a prestanem vám ju pripomínať.
all-done-text = ✅ Námietka je podaná na všetkých troch platformách. Ďakujem! Ďalšie pripomienky vám už posielať nebudem.

## /status
status-title = <b>Váš zoznam</b>
status-done = ✅ { $platform }: námietka podaná
status-open = ⬜ { $platform }: zostáva urobiť
status-subscribed = 🔔 Pripomienky sú zapnuté. Ďalšia: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Pripomienky sú zapnuté; pred termínom už žiadna nezostáva.
status-not-subscribed = 🔕 Pripomienky sú vypnuté. Zapnete ich príkazom /remind.
marked-done = Zaznamenané: { $platform } hotovo.
marked-undone = Zaznamenané: { $platform } zostáva urobiť.

## Skupiny
admin-only = Toto môže urobiť iba správca tejto skupiny.
group-intro =
    Dobrý deň! Pomáham ľuďom v EÚ zabrániť Mete, aby trénovala svoju AI na ich príspevkoch, fotkách a komentároch.

    Ktokoľvek tu môže používať /facebook, /instagram, /whatsapp a /template. Správca môže pre skupinu zapnúť pripomienky príkazom /remind.

## Zdieľanie a inline režim
share-text =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako zabrániť Mete, aby trénovala svoju AI na vašich príspevkoch.
    { $link }
inline-facebook-title = Námietka na Facebooku
inline-facebook-desc = Postup a oficiálny formulár
inline-instagram-title = Námietka na Instagrame
inline-instagram-desc = Postup a oficiálny formulár
inline-whatsapp-title = Námietka na WhatsAppe
inline-whatsapp-desc = Chaty s Meta AI: postup a formulár
inline-letter-title = List s námietkou
inline-letter-desc = Hotový list na vloženie do formulárov
inline-deadline-title = Termín
inline-deadline-desc = Aktuálny stav a prečo sa to stále oplatí
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
cmd-whatsapp = Námietka na WhatsAppe (Meta AI)
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
bot-description = Meta trénuje svoju AI na verejných príspevkoch, fotkách a komentároch dospelých používateľov z EÚ. Tento bot vám krok za krokom a vo vašom jazyku ukáže, ako podať námietku na Facebooku, Instagrame a WhatsAppe, dá vám list na vloženie do formulára a pred termínom vám to pripomenie.
bot-short-description = Zabráňte Mete trénovať AI na vašich príspevkoch: postup, formuláre, list.
