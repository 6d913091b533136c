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
# Tlačítko formuláře platformy, který vyžaduje účet: řekne, ať se uživatel přihlásí, pokud o to stránka požádá.
btn-open-form-login = 📝 Formulář (je-li třeba, přihlaste se { $platform ->
    [Facebook] do Facebooku
    [Instagram] do Instagramu
   *[other] ke službě { $platform }
})
btn-mark-done = ☑️ Námitka podána: { $platform }
btn-mark-undone = ↩️ Ještě ne: { $platform }

## /start
start-text =
    <b>Vzneste námitku proti tomu, aby Meta používala váš obsah pro svou AI</b>

    Meta k trénování své umělé inteligence používá veřejné příspěvky, fotky, popisky a komentáře dospělých uživatelů z EU a také to, co lidé posílají Meta AI. GDPR (článek 21) vám dává právo vznést proti tomu námitku. Na každou platformu stačí pár minut.

    { $deadline }

    Vyberte platformu a zobrazí se postup:

## Stav termínu. $date je datetime-format, $left je hodnota left-*.
deadline-before = ⏳ Meta začne obsah používat <b>{ $date }</b>. Zbývá: <b>{ $left }</b>. Námitka platí ode dne, kdy je podána, takže když ji podáte před tímto datem, bude platit ještě před začátkem trénování.
deadline-after = ℹ️ Meta trénuje svou AI na obsahu uživatelů od <b>{ $date }</b>. Námitku můžete podat i nyní: platí ode dne, kdy ji podáte. Obsah, který už byl použit, nelze z již natrénovaných modelů vyjmout.

## Postup pro jednotlivé platformy
facebook-text =
    <b>Námitka na Facebooku</b>

    <b>Nejrychleji:</b> klepněte na tlačítko níže a otevře se oficiální formulář Mety. Pokud o to stránka požádá, nejdřív se tam přihlaste ke svému účtu na Facebooku.

    <b>V aplikaci:</b>
    1. Otevřete nabídku a přejděte do <i>Nastavení a soukromí</i> → <i>Centrum soukromí</i>.
    2. Otevřete <i>Témata ochrany soukromí</i> → téma o umělé inteligenci (<i>AI ve společnosti Meta</i>).
    3. Zvolte odkaz nebo tlačítko pro podání námitky (<i>Odeslat žádost o vznesení námitky</i>).
    4. Zadejte e-mailovou adresu svého účtu. Pole pro důvod je nepovinné: nechte ho prázdné, nebo do něj vložte dopis z /template.
    5. Odešlete formulář.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů. Účet, který propojený není nebo používá jinou e-mailovou adresu, potřebuje vlastní námitku.
    • Facebookové stránky tímto formulářem námitku podat nemohou, jen osobní účty.
    • Podali jste námitku už v roce 2024? Pro jistotu ji podejte znovu.
instagram-text =
    <b>Námitka na Instagramu</b>

    <b>Nejrychleji:</b> klepněte na tlačítko níže a otevře se oficiální formulář Mety. Pokud o to stránka požádá, nejdřív se tam přihlaste ke svému účtu na Instagramu.

    <b>V aplikaci:</b>
    1. Přejděte na svůj profil a klepněte na nabídku ☰ (<i>Nastavení a aktivita</i>).
    2. V této nabídce najděte <i>Centrum soukromí</i> (v některých verzích je v části s informacemi dole v nabídce: <i>Informace</i> → <i>Zásady ochrany osobních údajů</i>).
    3. Najděte <i>Právo vznést námitku</i> a otevřete formulář.
    4. Zadejte e-mailovou adresu svého účtu. Pole pro důvod je nepovinné: nechte ho prázdné, nebo do něj vložte dopis z /template.
    5. Odešlete formulář.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů, včetně Facebooku. Účty, které propojené nejsou, potřebují vlastní námitku.
    • Podali jste námitku už v roce 2024? Pro jistotu ji podejte znovu.
whatsapp-text =
    <b>WhatsApp a Meta AI</b>

    Vaše soukromé chaty jsou koncově šifrované a k trénování AI se <b>nepoužívají</b>. To, co posíláte Meta AI (modrorůžový kroužek v aplikaci nebo @Meta AI přivolaná do skupinového chatu), koncově šifrované není a použít se může.

    • Meta AI ve WhatsAppu vypnout nejde; můžete ji jen nepoužívat.
    • V červnu 2025 Meta uvedla, že chaty s Meta AI ve WhatsAppu k trénování zatím nepoužívá.
    • V aplikaci žádné nastavení pro námitku není a spotřebitelské organizace uvádějí, že WhatsApp pro tento účel nemá vlastní oficiální postup pro podání námitky.

    <b>Nejjistější ochrana:</b> neposílejte Meta AI nic.

    <b>Pro jistotu webový formulář:</b>
    1. Klepněte na tlačítko níže (nebo na whatsapp.com otevřete právní informace dole na stránce → formulář k právům subjektů údajů, ať se zrovna jmenuje jakkoli).
    2. Zvolte možnosti pro námitku proti použití vašich údajů.
    3. Zadejte své telefonní číslo s předvolbou země a svou e-mailovou adresu.
    4. Pokud se formulář zeptá na důvod, vložte dopis z /template.
    5. Odešlete formulář. WhatsApp odpoví e-mailem; odpověď si uschovejte.

## /template
letter-intro = Zkopírujte dopis níže (stačí na něj klepnout) a vložte ho do pole <i>důvod</i> ve formuláři, nebo do formuláře WhatsAppu, když se zeptá na důvod.
letter-body =
    Vážené dámy, vážení pánové,

    podle čl. 21 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) vznáším námitku proti zpracování svých osobních údajů společností Meta a jejími partnery pro účely vývoje a trénování umělé inteligence. Námitka se týká mých příspěvků, fotografií, popisků, komentářů a veškerého dalšího obsahu spojeného s mým účtem, jakož i mých interakcí s Meta AI.

    Podle čl. 12 odst. 3 GDPR vás žádám, abyste mi do jednoho měsíce písemně potvrdili, že moje námitka byla zaevidována a je uplatňována.

    S pozdravem

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
    { $remind }
    /stop: už žádné připomínky
    /status: váš seznam a příští připomínka
    /language: změna jazyka
    /share: odkaz k dalšímu sdílení
    /privacy: co si o vás ukládám
    /forget: smazání všeho, co si o tomto chatu ukládám

    V kterémkoli chatu můžete také napsat @{ $bot } a vložit tam kartu.

# Řádek /remind v help-text: dokud před termínem nějaké připomínky zbývají…
help-remind = /remind: připomínky před termínem
# …a když žádná nezbývá (termín uplynul, nebo před ním už žádná připomínka není).
help-remind-none = /remind: proč teď nejsou žádné připomínky

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
remind-no-wave = Před termínem (<b>{ $date }</b>) už žádná připomínka nezbývá, takže nejlepší je podat námitku hned teď.
remind-already = 🔔 Připomínky už jsou zapnuté. Příští připomínka: <b>{ $when }</b>.
remind-after-deadline = Termín (<b>{ $date }</b>) už uplynul, takže není co připomínat, ale námitku můžete podat kdykoli a bude platit ode dne, kdy ji podáte.
remind-nothing-left = Všechny tři platformy máte odškrtnuté, takže připomínku nepotřebujete. Děkuji!
stop-done = 🔕 Připomínky jsou vypnuté. Znovu je zapnete příkazem /remind.
stop-not-subscribed = Připomínky nebyly zapnuté. Zapnete je příkazem /remind.
reminder-text =
    🔔 <b>Připomínka:</b> termín je <b>{ $date }</b>, zbývá: <b>{ $left }</b>. Námitka platí ode dne, kdy je podána.

    Zbývá udělat: { $platforms }.

    Klepněte na platformu a zobrazí se postup. Už hotovo? Odškrtněte ji pod postupem a přestanu vám ji připomínat.
all-done-text = ✅ Námitka je podána na všech třech platformách. Děkuji! Další připomínky už posílat nebudu.

## /status
status-title = <b>Váš seznam</b>
status-done = ✅ { $platform }: námitka podána
status-open = ⬜ { $platform }: zbývá udělat
status-subscribed = 🔔 Připomínky jsou zapnuté. Příští: <b>{ $when }</b>.
status-no-wave = 🔕 Žádné další připomínky nejsou naplánované.
status-not-subscribed = 🔕 Připomínky jsou vypnuté. Zapnete je příkazem /remind.
marked-done = Zaznamenáno: { $platform } hotovo.
marked-undone = Zaznamenáno: { $platform } zbývá udělat.

## Skupiny
admin-only = Tohle může udělat jen správce této skupiny.
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak vznést námitku proti tomu, aby Meta používala jejich příspěvky, fotky a komentáře k trénování své AI.

    Kdokoli tady může používat /facebook, /instagram, /whatsapp a /template.
# Přidá se ke group-intro, dokud před termínem nějaké připomínky zbývají.
group-intro-remind = Správce může pro skupinu zapnout připomínky příkazem /remind.

## Sdílení a inline režim
share-text =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vznést námitku proti tomu, aby Meta používala vaše příspěvky k trénování své AI.
    { $link }
inline-facebook-title = Námitka na Facebooku
inline-facebook-desc = Postup a oficiální formulář
inline-instagram-title = Námitka na Instagramu
inline-instagram-desc = Postup a oficiální formulář
inline-whatsapp-title = Námitka na WhatsAppu
inline-whatsapp-desc = Chaty s Meta AI: co se používá a formulář
inline-letter-title = Dopis s námitkou
inline-letter-desc = Hotový dopis k vložení do formulářů
inline-deadline-title = Termín
inline-deadline-desc = Jak věci stojí a co teď námitka znamená
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
cmd-whatsapp = WhatsApp a Meta AI
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
bot-description = Meta trénuje svou AI na veřejných příspěvcích, fotkách a komentářích dospělých uživatelů z EU a na tom, co lidé posílají Meta AI. Tento bot vám krok za krokem a ve vašem jazyce ukáže, jak vznést námitku na Facebooku a Instagramu a jak je to s WhatsAppem, a dá vám dopis k vložení do formuláře. Když se blíží termín, může vám ho připomenout.
bot-short-description = Vzneste námitku proti tomu, aby Meta používala vaše příspěvky pro svou AI: postup, formuláře, dopis.
