## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Vzneste námitku proti tomu, aby Meta používala váš obsah k trénování své AI
intro =
    Meta trénuje svou umělou inteligenci na veřejných příspěvcích, fotkách, popiscích a komentářích dospělých uživatelů z EU a také na tom, co lidé posílají Meta AI. GDPR (článek 21) vám dává právo vznést proti tomu námitku. Na každou platformu stačí pár minut.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Námitku můžete vznést kdykoli a platí ode dne, kdy ji podáte. Od <b>{ $date }</b> Meta trénuje svou AI na veřejných příspěvcích, fotkách a komentářích dospělých a na chatech s Meta AI; její zásady ochrany soukromí pro EU z července 2026 toto použití stále uvádějí. Co už bylo použito, nelze z natrénovaných modelů vyjmout.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta začne obsah používat <b>{ $date }</b>. Zbývá: <b>{ $left }</b>. Námitka platí ode dne, kdy je podána, takže když ji podáte před tímto datem, bude platit ještě před začátkem trénování.
deadline-after = ✅ Námitku můžete podat i nyní: platí ode dne, kdy ji podáte. Meta trénuje svou AI na obsahu od <b>{ $date }</b>; co už bylo použito, nelze z natrénovaných modelů vyjmout.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Připomínka:</b> do <b>{ $date }</b> zbývá { $left }. Námitka platí ode dne, kdy je podána.

    Zbývá udělat: { $platforms }.

    Klepněte na platformu a zobrazí se postup. Už hotovo? Odškrtněte ji pod postupem a přestanu vám ji připomínat.
nothing-left = Všechny tři platformy máte odškrtnuté, takže žádnou připomínku nepotřebujete. Děkuji!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Zkopírujte dopis níže (stačí na něj klepnout) a vložte ho do pole <i>důvod</i> ve formuláři, nebo do formuláře WhatsAppu, když se zeptá proč. Odstavec s důvodem je nepovinný: ponechte ho, napište vlastní, nebo ho smažte.
letter-body =
    Vážené dámy, vážení pánové,

    podle čl. 21 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) vznáším z důvodů týkajících se mé konkrétní situace námitku proti zpracování svých osobních údajů společností Meta a jejími partnery pro účely vývoje a trénování umělé inteligence. Námitka se týká mých příspěvků, fotografií, popisků, komentářů a veškerého dalšího obsahu spojeného s mým účtem, jakož i mých interakcí s Meta AI.

    Tento obsah nebyl sdílen s očekáváním, že poslouží k trénování AI, a chci mít kontrolu nad tím, jak se používá.

    Podle čl. 12 odst. 3 GDPR vás žádám, abyste mi do jednoho měsíce písemně potvrdili, že moje námitka byla zaevidována a je uplatňována.

    S pozdravem

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram i WhatsApp jsou odškrtnuté. Děkuji!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vznést námitku proti tomu, aby Meta používala vaše příspěvky k trénování své AI.
    { $link }
group-intro =
    Dobrý den! Ukazuji lidem v EU, jak vznést námitku proti tomu, aby Meta používala jejich příspěvky, fotky a komentáře k trénování své AI.

    Kdokoli tady může používat /facebook, /instagram, /whatsapp a /template.
description = Meta trénuje svou AI na veřejných příspěvcích, fotkách a komentářích dospělých uživatelů z EU a na tom, co lidé posílají Meta AI. Tento bot vám krok za krokem a ve vašem jazyce ukáže, jak vznést námitku na Facebooku a Instagramu a jak je to s WhatsAppem, a dá vám dopis k vložení.
short-description = Vzneste námitku proti tomu, aby Meta používala vaše příspěvky k trénování své AI: postup, formuláře, dopis.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Dopis s námitkou pro Metu
letter-inline-desc = Hotový dopis k vložení do formulářů Mety
letter-keywords = dopis šablona vzor námitka meta
deadline-inline-title = Meta AI: jak věci stojí
deadline-inline-desc = Od kdy Meta trénuje na obsahu a co teď námitka udělá
deadline-keywords = meta stav od datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Oficiální formulář
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Stránka Mety o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: postup pro námitku na Facebooku
facebook-command = Námitka na Facebooku
facebook-inline-title = Námitka na Facebooku
facebook-inline-desc = Postup a oficiální formulář
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Námitka na Facebooku</b>

    <b>Nejrychleji:</b> klepněte níže na <i>Oficiální formulář</i>. Pokud o to stránka požádá, přihlaste se tam k Facebooku. Nejste v tom prohlížeči přihlášeni? Otevřete odkaz ve svém obvyklém prohlížeči (⋯ → <i>Otevřít v prohlížeči</i>), nebo postupujte v aplikaci.
    Do formuláře zadejte e-mailovou adresu svého účtu; pole pro důvod je nepovinné (nechte ho prázdné, nebo vložte dopis z /template). Pak ho odešlete.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <blockquote expandable><b>V aplikaci</b>
    1. Otevřete nabídku a přejděte do <i>Nastavení a soukromí</i> → <i>Centrum soukromí</i>.
    2. Otevřete <i>Témata ochrany soukromí</i> → téma o umělé inteligenci (<i>AI at Meta</i>).
    3. Zvolte odeslání žádosti o vznesení námitky.
    4. Zadejte e-mailovou adresu svého účtu. Důvod je nepovinný.
    5. Odešlete formulář.</blockquote>

    <blockquote expandable><b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů. Účet, který propojený není nebo používá jinou e-mailovou adresu, potřebuje vlastní námitku.
    • Facebookové stránky tímto formulářem námitku podat nemohou, jen osobní účty.
    • Podali jste námitku už v roce 2024? Pro jistotu ji podejte znovu.
    • Meta přesunula některé své kontaktní formuláře. Pokud se formulář neotevře, druhé tlačítko vede na stránku Mety o generativní AI, která odkazuje na právo vznést námitku.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Oficiální formulář
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Stránka Mety o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: postup pro námitku na Instagramu
instagram-command = Námitka na Instagramu
instagram-inline-title = Námitka na Instagramu
instagram-inline-desc = Postup a oficiální formulář
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Námitka na Instagramu</b>

    <b>Nejrychleji:</b> klepněte níže na <i>Oficiální formulář</i>. Pokud o to stránka požádá, přihlaste se tam k Instagramu. Nejste v tom prohlížeči přihlášeni? Otevřete odkaz ve svém obvyklém prohlížeči (⋯ → <i>Otevřít v prohlížeči</i>), nebo postupujte v aplikaci.
    Pokud se formulář zeptá, zda se vaše žádost týká AI ve společnosti Meta (<i>AI at Meta</i>), zvolte <b>Ano</b>. Zadejte e-mailovou adresu svého účtu; pole pro důvod je nepovinné (nechte ho prázdné, nebo vložte dopis z /template). Pak ho odešlete.

    <b>Potom:</b> Meta podání potvrdí e-mailem nebo na obrazovce. Potvrzení si uschovejte.

    <blockquote expandable><b>V aplikaci</b>
    1. Přejděte na svůj profil a klepněte na nabídku ☰ (<i>Nastavení a aktivita</i>).
    2. V této nabídce najděte <i>Centrum soukromí</i> (v některých verzích pod <i>Informace</i> → <i>Zásady ochrany osobních údajů</i>).
    3. Najděte <i>Právo vznést námitku</i> a otevřete formulář.
    4. Pokud se zeptá, zda se žádost týká AI ve společnosti Meta, zvolte <i>Ano</i>.
    5. Zadejte e-mailovou adresu svého účtu. Důvod je nepovinný.
    6. Odešlete formulář.</blockquote>

    <blockquote expandable><b>Dobré vědět</b>
    • Žádný důvod uvádět nemusíte.
    • Jedna námitka platí pro všechny účty propojené ve stejném Centru účtů, včetně Facebooku. Účty, které propojené nejsou, potřebují vlastní námitku.
    • Podali jste námitku už v roce 2024? Pro jistotu ji podejte znovu.
    • Meta přesunula některé své kontaktní formuláře. Pokud se formulář neotevře, druhé tlačítko vede na stránku Mety o generativní AI, která odkazuje na právo vznést námitku.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formulář WhatsAppu
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: hotovo
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp a Meta AI: co se používá a formulář pro jistotu
whatsapp-command = WhatsApp a Meta AI
whatsapp-inline-title = WhatsApp a Meta AI
whatsapp-inline-desc = Co se používá a formulář pro jistotu
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp a Meta AI</b>

    WhatsApp nemá pro Meta AI žádný vypínač ani vlastní nastavení pro námitku. <b>Nejjistější ochrana: neposílejte Meta AI nic.</b>
    • Ve skupině může @Meta AI přivolat kterýkoli člen. Pokročilé soukromí chatu (<i>Advanced chat privacy</i>; klepněte na název chatu) může členům zabránit, aby v tom chatu Meta AI používali. Zdroje se v tom rozcházejí, proto ověřte, zda to vaše aplikace nabízí.

    <b>Co se používá:</b> vaše soukromé chaty jsou koncově šifrované a k trénování AI se <b>nepoužívají</b>. To, co posíláte Meta AI (modrorůžový kroužek nebo @Meta AI přivolaná ve skupině), koncově šifrované není a použít se může. Meta AI ve WhatsAppu vypnout nejde, jen ji nepoužívat. V červnu 2025 Meta uvedla, že chaty s Meta AI ve WhatsAppu v té době k trénování nepoužívala.

    <b>Pro jistotu webový formulář.</b> Zásady ochrany soukromí WhatsAppu na něj odkazují u námitek obecně; není to vypínač AI a spotřebitelské organizace uvádějí, že WhatsApp nemá vlastní oficiální postup pro námitku proti AI.
    1. Klepněte na tlačítko níže (nebo mezi právními odkazy na whatsapp.com najděte formulář k právům subjektů údajů).
    2. Zvolte možnost pro námitku proti zpracování vašich informací.
    3. Zadejte své telefonní číslo s předvolbou země a svou e-mailovou adresu.
    4. Pokud se zeptá proč, vložte dopis z /template.
    5. Odešlete formulář. WhatsApp odpoví e-mailem; odpověď si uschovejte.
