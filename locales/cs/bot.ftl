## objection-bot: české texty.
## HTML Telegramu: jen <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & pište jako &amp; a < jako &lt;.
## Odkazy a data se sem nikdy nepíšou: berou se ze souboru kampaně.

# Název jazyka v tomto jazyce, na klávesnici /language.
language-name = Čeština

## Názvy platforem (obchodní značky)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Data. $day, $year a $minute jsou čísla, $month je jedno z month-1 … month-12 (2. pád).
month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
date-format = { $day }. { $month } { $year }
# $date je date-format, $time je HH:MM a $zone je např. UTC+02:00.
datetime-format = { $date } v { $time } ({ $zone })

## Zbývající čas, s tvary množného čísla (1. pád).
left-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
   *[other] { $count } dní
}
left-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
   *[other] { $count } hodin
}
left-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
   *[other] { $count } minut
}

## Tlačítka (krátká: musí se vejít na displej telefonu)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Dopis s námitkou
btn-remind = 🔔 Připomenout mi
btn-language = 🌐 Jazyk
btn-share = 📣 Sdílet
btn-menu = ↩️ Nabídka
btn-deadline = ⏳ Termín
btn-status = ✅ Můj seznam
btn-open-form = 📝 Otevřít oficiální formulář: { $platform }
btn-mark-done = ☑️ Námitka podána: { $platform }
btn-mark-undone = ↩️ Ještě ne: { $platform }

## /start
start-text =
    <b>Chraňte svůj obsah před umělou inteligencí Mety</b>

    Meta k trénování své umělé inteligence používá veřejné příspěvky, fotky, popisky a komentáře dospělých uživatelů z EU a také to, co lidé posílají Meta AI. GDPR (článek 21) vám dává právo vznést proti tomu námitku. Na každou platformu stačí pár minut.

    { $deadline }

    Vyberte platformu a zobrazí se postup:

## Stav termínu. $date je datetime-format, $left je hodnota left-*.
deadline-before = ⏳ Meta začne váš obsah používat <b>{ $date }</b>. Zbývá: <b>{ $left }</b>. Pokud námitku podáte před tímto datem, vaše dosavadní příspěvky se do trénování nedostanou.
deadline-after = ℹ️ Meta trénuje svou AI na obsahu uživatelů od <b>{ $date }</b>. Námitku můžete podat i nyní: platí ode dne podání, takže to, co zveřejníte potom, zůstane mimo trénování. Obsah, který už byl použit, nelze vzít zpět.

## Postup pro jednotlivé platformy
facebook-text =
    <b>Námitka na Facebooku</b>

    <b>Nejrychleji:</b> klepněte na tlačítko níže a otevře se oficiální formulář Mety, rovnou ve vašem přihlášeném účtu.

    <b>V aplikaci:</b>
    1. Otevřete nabídku a přejděte do <i>Nastavení a soukromí</i> → <i>Centrum soukromí</i>.
    2. Otevřete <i>Témata ochrany soukromí</i> → <i>AI ve společnosti Meta</i>.
    3. Zvolte <i>Odeslat žádost o vznesení námitky</i>.
    4. Zadejte e-mailovou adresu svého účtu. Pole pro důvod je nepovinné: nechte ho prázdné, nebo do něj vložte dopis z /template.
    5. Odešlete formulář.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů. Účet, který propojený není nebo používá jinou e-mailovou adresu, potřebuje vlastní námitku.
    • Facebookové stránky tímto formulářem námitku podat nemohou, jen osobní účty.
    • Námitka podaná v roce 2024? Pro jistotu ji podejte znovu.
instagram-text =
    <b>Námitka na Instagramu</b>

    <b>Nejrychleji:</b> klepněte na tlačítko níže a otevře se oficiální formulář Mety, rovnou ve vašem přihlášeném účtu.

    <b>V aplikaci:</b>
    1. Přejděte na svůj profil a klepněte na nabídku ☰.
    2. Otevřete <i>Nastavení a soukromí</i> → <i>Centrum soukromí</i> (nebo <i>Informace</i> → <i>Zásady ochrany osobních údajů</i>).
    3. Najděte <i>Právo vznést námitku</i> a otevřete formulář.
    4. Zadejte e-mailovou adresu svého účtu. Pole pro důvod je nepovinné: nechte ho prázdné, nebo do něj vložte dopis z /template.
    5. Odešlete formulář.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů, včetně Facebooku. Účty, které propojené nejsou, potřebují vlastní námitku.
    • Námitka podaná v roce 2024? Pro jistotu ji podejte znovu.
whatsapp-text =
    <b>Námitka na WhatsAppu</b>

    Vaše soukromé chaty se k trénování AI <b>nepoužívají</b>. Použít se může to, co posíláte Meta AI (modrorůžový kroužek v aplikaci).

    <b>Jak na to:</b> v aplikaci žádné nastavení není; námitka se podává přes webový formulář.
    1. Klepněte na tlačítko níže (nebo přejděte na whatsapp.com → <i>Právní informace</i> → formulář <i>Práva subjektů údajů</i>).
    2. Zvolte možnosti pro námitku proti použití vašich údajů pro AI.
    3. Zadejte své telefonní číslo s předvolbou země a svou e-mailovou adresu.
    4. Pokud se formulář zeptá na důvod, vložte dopis z /template.
    5. Odešlete formulář.

    <b>Potom:</b> WhatsApp odpoví e-mailem. Odpověď si uschovejte.

    <b>Dobré vědět</b>
    • Námitka podaná v roce 2024? Pro jistotu ji podejte znovu.

## /template
letter-intro = Zkopírujte dopis níže (stačí na něj klepnout) a vložte ho do pole <i>důvod</i> ve formuláři, nebo do formuláře WhatsAppu, když se zeptá na důvod.
letter-body =
    Dobrý den,

    podle článku 21 obecného nařízení o ochraně osobních údajů (GDPR) tímto vznáším námitku proti zpracování svých osobních údajů pro účely vývoje a trénování umělé inteligence společností Meta a jejími partnery. Námitka se týká mých příspěvků, fotografií, komentářů a veškerých dalších osobních či veřejných údajů spojených s mým účtem.

    Žádám o písemné potvrzení, že moje námitka byla zaevidována a je uplatňována.

    Děkuji.

## /language
language-choose = Vyberte jazyk, kterým mám v tomto chatu mluvit:
language-set = Hotovo: tady budu mluvit česky.

## /help
help-text =
    <b>Co umím</b>
    /facebook: postup pro námitku na Facebooku
    /instagram: postup pro námitku na Instagramu
    /whatsapp: postup pro námitku na WhatsAppu
    /template: dopis k vložení do formulářů
    /deadline: termín a jak věci stojí
    /remind: připomínky před termínem
    /stop: už žádné připomínky
    /status: váš seznam a příští připomínka
    /language: změna jazyka
    /share: odkaz k dalšímu sdílení
    /privacy: co si o vás ukládám
    /forget: smazání všeho, co si o tomto chatu ukládám

    V kterémkoli chatu můžete také napsat @{ $bot } a vložit tam kartu.

## /privacy a /forget
privacy-text =
    <b>Co si ukládám</b>
    • Číslo tohoto chatu, zvolený jazyk, zda chcete připomínky, které platformy máte odškrtnuté a které připomínky už odešly, aby nikdo nedostal stejnou dvakrát.
    • Nic jiného: žádná jména, uživatelská jména, telefonní čísla ani text zpráv.

    <b>Jak dlouho</b>
    Dokud nepošlete /forget, nezablokujete mě nebo mě neodeberete ze skupiny. Pak se vše okamžitě smaže.

    /forget hned smaže vše, co se týká tohoto chatu.
forget-done = Hotovo: všechny údaje o tomto chatu jsou smazány. Kdykoli můžete začít znovu příkazem /start.

## Vše ostatní
unknown-text = Rozumím jen příkazům. Pošlete /help a uvidíte je.
stale-button = Toto tlačítko už nefunguje. Pošlete /start a dostanete aktuální nabídku.
error-text = Na mé straně se něco pokazilo. Zkuste to prosím znovu za minutu.

## Připomínky
remind-on = 🔔 Připomínky jsou zapnuté. Příští připomínka: <b>{ $when }</b>.
remind-on-no-wave = 🔔 Připomínky jsou zapnuté, ale před termínem (<b>{ $date }</b>) už žádná nezbývá. Nejlépe jednejte hned.
remind-already = 🔔 Připomínky už jsou zapnuté. Příští připomínka: <b>{ $when }</b>.
remind-after-deadline = Termín (<b>{ $date }</b>) už uplynul, takže není co připomínat. Námitka má pořád smysl: chrání to, co zveřejníte ode dne jejího podání.
remind-nothing-left = Všechny tři platformy máte odškrtnuté, takže připomínku nepotřebujete. Děkuji!
stop-done = 🔕 Připomínky jsou vypnuté. Znovu je zapnete příkazem /remind.
stop-not-subscribed = Připomínky nebyly zapnuté. Zapnete je příkazem /remind.
reminder-text =
    🔔 <b>Připomínka:</b> čas na podání námitky, než Meta začne váš obsah používat (<b>{ $date }</b>): ještě { $left }.

    Zbývá udělat: { $platforms }.

    Klepněte na platformu a zobrazí se postup. Už hotovo? Odškrtněte ji pod postupem a přestanu vám ji připomínat.
all-done-text = ✅ Námitka je podána na všech třech platformách. Děkuji! Další připomínky už posílat nebudu.

## /status
status-title = <b>Váš seznam</b>
status-done = ✅ { $platform }: námitka podána
status-open = ⬜ { $platform }: zbývá udělat
status-subscribed = 🔔 Připomínky jsou zapnuté. Příští: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Připomínky jsou zapnuté; před termínem už žádná nezbývá.
status-not-subscribed = 🔕 Připomínky jsou vypnuté. Zapnete je příkazem /remind.
marked-done = Zaznamenáno: { $platform } hotovo.
marked-undone = Zaznamenáno: { $platform } zbývá udělat.

## Skupiny
admin-only = Tohle může udělat jen správce této skupiny.
group-intro =
    Dobrý den! Pomáhám lidem v EU zabránit Metě, aby trénovala svou AI na jejich příspěvcích, fotkách a komentářích.

    Kdokoli tady může používat /facebook, /instagram, /whatsapp a /template. Správce může pro skupinu zapnout připomínky příkazem /remind.

## Sdílení a inline režim
share-text =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak zabránit Metě, aby trénovala svou AI na vašich příspěvcích.
    { $link }
inline-facebook-title = Námitka na Facebooku
inline-facebook-desc = Postup a oficiální formulář
inline-instagram-title = Námitka na Instagramu
inline-instagram-desc = Postup a oficiální formulář
inline-whatsapp-title = Námitka na WhatsAppu
inline-whatsapp-desc = Chaty s Meta AI: postup a formulář
inline-letter-title = Dopis s námitkou
inline-letter-desc = Hotový dopis k vložení do formulářů
inline-deadline-title = Termín
inline-deadline-desc = Jak věci stojí a proč se to pořád vyplatí
# Slova, která kromě názvu najdou kartu, když se napíšou za @bot (oddělená mezerou).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = dopis šablona vzor námitka
inline-deadline-keywords = termín lhůta datum čas

## Nabídka příkazů (každý nejvýš 256 znaků)
cmd-start = Začněte tady
cmd-facebook = Námitka na Facebooku
cmd-instagram = Námitka na Instagramu
cmd-whatsapp = Námitka na WhatsAppu (Meta AI)
cmd-template = Dopis k vložení do formulářů
cmd-deadline = Termín a jak věci stojí
cmd-remind = Připomínky před termínem
cmd-stop = Už žádné připomínky
cmd-status = Váš seznam
cmd-language = Změnit jazyk
cmd-share = Odkaz k dalšímu sdílení
cmd-help = Všechny příkazy
cmd-privacy = Co si bot ukládá
cmd-forget = Smazat vše uložené o tomto chatu

## Profil bota: popis nejvýš 512 znaků, krátký popis nejvýš 120.
bot-description = Meta trénuje svou AI na veřejných příspěvcích, fotkách a komentářích dospělých uživatelů z EU. Tento bot vám krok za krokem a ve vašem jazyce ukáže, jak vznést námitku na Facebooku, Instagramu a WhatsAppu, dá vám dopis k vložení do formuláře a před termínem vám to připomene.
bot-short-description = Zabraňte Metě trénovat AI na vašich příspěvcích: postup, formuláře, dopis.
