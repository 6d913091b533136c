## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vzneste námitku proti tomu, aby Meta používala váš obsah pro svou AI
intro =
    Meta k trénování své umělé inteligence používá veřejné příspěvky, fotky, popisky a komentáře dospělých uživatelů z EU a také to, co lidé posílají Meta AI. GDPR (článek 21) vám dává právo vznést proti tomu námitku. Na každou platformu stačí pár minut.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta začne obsah používat <b>{ $date }</b>. Zbývá: <b>{ $left }</b>. Námitka platí ode dne, kdy je podána, takže když ji podáte před tímto datem, bude platit ještě před začátkem trénování.
deadline-after = ℹ️ Meta trénuje svou AI na obsahu uživatelů od <b>{ $date }</b>. Námitku můžete podat i nyní: platí ode dne, kdy ji podáte. Obsah, který už byl použit, nelze z již natrénovaných modelů vyjmout.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Zkopírujte dopis níže (stačí na něj klepnout) a vložte ho do pole <i>důvod</i> ve formuláři, nebo do formuláře WhatsAppu, když se zeptá na důvod.
letter-body =
    Vážené dámy, vážení pánové,

    podle čl. 21 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) vznáším námitku proti zpracování svých osobních údajů společností Meta a jejími partnery pro účely vývoje a trénování umělé inteligence. Námitka se týká mých příspěvků, fotografií, popisků, komentářů a veškerého dalšího obsahu spojeného s mým účtem, jakož i mých interakcí s Meta AI.

    Podle čl. 12 odst. 3 GDPR vás žádám, abyste mi do jednoho měsíce písemně potvrdili, že moje námitka byla zaevidována a je uplatňována.

    S pozdravem

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Připomínka:</b> termín je <b>{ $date }</b>, zbývá: <b>{ $left }</b>. Námitka platí ode dne, kdy je podána.

    Zbývá udělat: { $platforms }.

    Klepněte na platformu a zobrazí se postup. Už hotovo? Odškrtněte ji pod postupem a přestanu vám ji připomínat.
# When every platform of this campaign is ticked off.
all-done = ✅ Námitka je podána na všech třech platformách. Děkuji! Další připomínky už posílat nebudu.
nothing-left = Všechny tři platformy máte odškrtnuté, takže připomínku nepotřebujete. Děkuji!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vznést námitku proti tomu, aby Meta používala vaše příspěvky k trénování své AI.
    { $link }
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak vznést námitku proti tomu, aby Meta používala jejich příspěvky, fotky a komentáře k trénování své AI.

    Kdokoli tady může používat /facebook, /instagram, /whatsapp a /template.
description = Meta trénuje svou AI na veřejných příspěvcích, fotkách a komentářích dospělých uživatelů z EU a na tom, co lidé posílají Meta AI. Tento bot vám krok za krokem a ve vašem jazyce ukáže, jak vznést námitku na Facebooku a Instagramu a jak je to s WhatsAppem, a dá vám dopis k vložení do formuláře. Když se blíží termín, může vám ho připomenout.
short-description = Vzneste námitku proti tomu, aby Meta používala vaše příspěvky pro svou AI: postup, formuláře, dopis.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Dopis s námitkou
letter-inline-desc = Hotový dopis k vložení do formulářů
letter-keywords = dopis šablona vzor námitka
deadline-inline-title = Termín
deadline-inline-desc = Jak věci stojí a co teď námitka znamená
deadline-keywords = termín lhůta datum čas

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formulář (je-li třeba, přihlaste se do Facebooku)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: postup pro námitku na Facebooku
facebook-command = Námitka na Facebooku
facebook-inline-title = Námitka na Facebooku
facebook-inline-desc = Postup a oficiální formulář
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formulář (je-li třeba, přihlaste se do Instagramu)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: postup pro námitku na Instagramu
instagram-command = Námitka na Instagramu
instagram-inline-title = Námitka na Instagramu
instagram-inline-desc = Postup a oficiální formulář
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Otevřít oficiální formulář: WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: postup pro námitku na WhatsAppu
whatsapp-command = WhatsApp a Meta AI
whatsapp-inline-title = Námitka na WhatsAppu
whatsapp-inline-desc = Chaty s Meta AI: co se používá a formulář
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
