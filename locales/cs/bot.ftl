## objection-bot: české texty.
## HTML Telegramu: jen <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & pište jako &amp; a < jako &lt;.
## Odkazy a data se sem nikdy nepíšou: berou se ze souboru kampaně.

# Název jazyka v tomto jazyce, na klávesnici /language.
language-name = Čeština

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
btn-letter = ✍️ Dopis
btn-remind = 🔔 Připomenout mi
btn-language = 🌐 Jazyk
btn-share = 📣 Sdílet
btn-menu = ↩️ Nabídka
btn-deadline = ℹ️ Jak věci stojí
btn-status = ✅ Můj seznam
# Tlačítko k odškrtnutí pod platformou s formulářem…
btn-mark-done = ☑️ Námitka podána: { $platform }
btn-mark-undone = ↩️ Ještě ne: { $platform }
btn-stop = 🔕 Vypnout připomínky
btn-tick-in-private = ☑️ Odškrtnout v soukromém chatu

## /start
start-text =
    { $campaigns }

    Vyberte platformu a zobrazí se postup:

## /template
letter-pick = Který dopis potřebujete? Vyberte kampaň:

## /language
language-choose = Vyberte jazyk, kterým mám v tomto chatu mluvit:
language-set = Hotovo: tady budu mluvit česky.

## /help
help-text =
    <b>Co umím</b>
    { $platforms }
    /template: dopis k vložení do formulářů
    /deadline: jak věci stojí
    { $reminders }/status: váš seznam
    /language: změnit jazyk
    /share: odkaz k dalšímu sdílení
    /privacy: co si o vás ukládám
    /news: novinky, když přibude nový způsob, jak vznést námitku
    /forget: smazat vše, co si o tomto chatu ukládám

    V jakémkoli chatu můžete také napsat @{ $bot } a vložit tam kartu.

## /privacy a /forget
privacy-text =
    <b>Co si ukládám</b>
    • Číslo tohoto chatu, jeho jazyk, zda chcete připomínky nebo novinky, které platformy máte odškrtnuté a kterého dne, a které připomínky, dotazy na potvrzení a opakované kontroly jsou naplánované nebo už odešly, aby nikdo nedostal nic dvakrát.
    • Proč ten den: měsíc poté, co odškrtnete formulář, se vás jednou zeptám, zda vám to společnost potvrdila. Opakovanou kontrolu nastavení si uložím, jen když o ni požádáte.
    • Nic jiného: žádná jména, uživatelská jména, telefonní čísla ani text zpráv. Zemi, kterou vyberete při hledání úřadu, neukládám.

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
remind-after-deadline = Námitku můžete podat kdykoli a platí ode dne, kdy ji podáte. Není co připomínat, protože to datum (<b>{ $date }</b>) už minulo.
stop-done = 🔕 Připomínky jsou vypnuté. Znovu je zapnete příkazem /remind.
stop-not-subscribed = Připomínky nebyly zapnuté. Zapnete je příkazem /remind.

## /status
status-title = <b>Váš seznam</b>
status-done = ✅ { $platform }: hotovo
status-open = ⬜ { $platform }: zbývá udělat
status-subscribed = 🔔 Připomínky jsou zapnuté. Příští: <b>{ $when }</b>.
status-no-wave = 🔕 Žádné další připomínky nejsou naplánované.
status-not-subscribed = 🔕 Připomínky jsou vypnuté. Zapnete je příkazem /remind.
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Zaznamenáno: { $platform } hotovo. Za { $after } se zeptám, zda vám to společnost potvrdila.
marked-undone = Zaznamenáno: { $platform } zbývá udělat.

## Skupiny
admin-only = Tohle může udělat jen správce této skupiny.
# Přidá se ke group-intro, dokud před termínem nějaké připomínky zbývají.
group-intro-remind = Správce může pro skupinu zapnout připomínky příkazem /remind.

## Nabídka příkazů (každý nejvýš 256 znaků)
cmd-start = Začněte tady
cmd-template = Dopis k vložení do formulářů
cmd-deadline = Jak věci stojí
cmd-remind = Připomínky před termínem
cmd-stop = Už žádné připomínky
cmd-status = Váš seznam
cmd-language = Změnit jazyk
cmd-share = Odkaz k dalšímu sdílení
cmd-help = Všechny příkazy
cmd-privacy = Co si bot ukládá
cmd-forget = Smazat vše uložené o tomto chatu
cmd-news = Novinky, když přibude nový způsob, jak vznést námitku

## Issue 17: new messages
# …a pod platformou s nastavením: říká, že je vypnuté.
btn-mark-done-setting = ☑️ Vypnuto: { $platform }

start-intro =
    <b>Vaše data a jejich AI</b>
    Několik velkých platforem trénuje AI na tom, co lidé v EU zveřejňují nebo na co se ptají jejich AI. Na každé z nich můžete vznést námitku nebo to vypnout: zabere to minutu nebo dvě a platí to ode dne, kdy to uděláte.

# Řádky /remind a /stop v help-text, zobrazené jen tehdy, když je nějaká připomínka před námi.
help-reminders =
    /remind: připomínky před stanoveným datem
    /stop: už žádné připomínky

# /remind, když žádná kampaň nemá datum před sebou.
remind-none = Námitku můžete vznést nebo to vypnout kdykoli a platí to ode dne, kdy to uděláte. Žádné datum není před námi, takže není co připomínat.

# /stop, když žádná připomínka není před námi (bez odkazu na /remind).
stop-none = 🔕 Nejsou naplánované žádné připomínky, takže není co vypínat.
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Hotovo: už ode mě nedostanete žádné připomínky, dotazy na potvrzení ani novinky. Příkaz /start znovu ukáže platformy.

# Oznámení, když se odškrtne platforma s nastavením.
marked-done-setting = Zaznamenáno: { $platform } vypnuto.

checked-line = <i>🗓 Postup ověřen { $date }. Pokud obrazovka vypadá jinak, aplikace se možná změnila: hledejte stejná slova poblíž.</i>

# Totéž pro platformu s druhým tlačítkem s odkazem.
checked-line-help = <i>🗓 Postup ověřen { $date }. Pokud obrazovka vypadá jinak nebo se první odkaz neotevře, druhé tlačítko vede na vlastní stránku platformy.</i>

profile-description = Několik platforem trénuje AI na tom, co lidé v EU zveřejňují nebo na co se ptají jejich AI. Tento bot vám krok za krokem a ve vašem jazyce ukáže, jak na každé z nich vznést námitku nebo to vypnout, a dá vám dopis tam, kde ho formulář žádá.

profile-short-description = Vzneste námitku proti trénování AI na vašich údajích, platformu po platformě: postup, odkazy, dopis.

share-several =
    Pošlete to dál: tento bot ve vašem jazyce ukazuje, jak vznést námitku proti trénování AI na vašich údajích, platformu po platformě.
    { $link }

# $commands jsou příkazy platforem, např. /facebook /linkedin.
group-intro-several =
    Dobrý den! Ukazuji lidem v EU, jak vznést námitku proti trénování AI na jejich údajích, platformu po platformě.

    Kdokoli tady může používat { $commands } a /template.

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Zaznamenáno: { $platform } vypnuto. Děkuji! Některé platformy přidaly nová nastavení AI, ve výchozím stavu zapnutá, aniž by o tom informovaly své uživatele, proto vám můžu připomenout, abyste to zkontrolovali.
# $after is a time such as "180 days".
btn-recheck = 🔔 Připomenout za { $after }
recheck-on = 🔔 Dne <b>{ $date }</b> vám připomenu, abyste zkontrolovali, zda je nastavení na platformě { $platform } stále vypnuté.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 Dne { $date } jste vypnuli nastavení na platformě { $platform }. Zkontrolujte prosím, zda je stále vypnuté a zda se vedle něj neobjevilo nové nastavení AI: některé platformy taková nastavení přidaly, ve výchozím stavu zapnutá, aniž by o tom informovaly své uživatele. Zabere to minutu.
recheck-ask-undated = 🔎 Vypnuli jste nastavení na platformě { $platform }. Zkontrolujte prosím, zda je stále vypnuté a zda se vedle něj neobjevilo nové nastavení AI: některé platformy taková nastavení přidaly, ve výchozím stavu zapnutá, aniž by o tom informovaly své uživatele. Zabere to minutu.
btn-news-on = 🆕 Novinky o nových možnostech
btn-news-off = 🔕 Už žádné novinky
news-on = 🆕 Dám vám vědět, až přibude nový způsob, jak vznést námitku nebo něco vypnout. Pokud to chcete ukončit, pošlete znovu /news.
news-off = 🔕 Už ode mě nedostanete žádné novinky. Znovu je zapnete příkazem /news.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Nový způsob, jak vznést námitku nebo něco vypnout</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 Dne { $date } jste vznesli námitku na platformě { $platform }. Společnost vám musí do jednoho měsíce od jejího obdržení sdělit, jaká opatření k ní přijala (nebo vám během tohoto měsíce oznámit, že potřebuje až dva měsíce navíc).

    Potvrdila vám ji?
followup-ask-again = 📬 Ještě jednou: dne { $date } jste vznesli námitku na platformě { $platform }. Potvrdila vám ji společnost?
btn-confirmed = ✅ Potvrzeno
btn-later = ⏳ Zatím ne, zeptat se později
btn-no-answer = ❌ Bez odpovědi
followup-confirmed = ✅ Děkuji! Na platformě { $platform } už nemusíte nic dělat. Potvrzení si uschovejte.
followup-later = ⏳ Ještě jednou se zeptám <b>{ $date }</b>.
followup-letter-intro = Pošlete tento dopis stejným formulářem nebo na stejnou adresu, kam jste poslali námitku, doplňte své údaje a uschovejte si kopii:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Předmět: Moje námitka ze dne { $date } (čl. 21 GDPR)

    Vážené dámy, vážení pánové,

    odkazuji na svou námitku ze dne { $date } podle čl. 21 obecného nařízení o ochraně osobních údajů (GDPR) proti používání mých osobních údajů na platformě { $platform } k vývoji a zdokonalování umělé inteligence.

    Podle čl. 12 odst. 3 GDPR jste mi povinni do jednoho měsíce od obdržení žádosti sdělit, jaká opatření jste k ní přijali. Odpověď mi dosud nepřišla.

    Žádám vás, abyste mi neprodleně potvrdili, že moje námitka je uplatňována. V opačném případě podám stížnost u dozorového úřadu pro ochranu osobních údajů (čl. 77 GDPR).

    S pozdravem
    { "[" }Vaše jméno]
    { "[" }E-mailová adresa vašeho účtu]
complain-where = Pokud společnost ani teď neodpoví, můžete podat stížnost u dozorového úřadu pro ochranu osobních údajů: v zemi, kde žijete, kde pracujete, nebo kde k porušení došlo. Ve které zemi?
btn-other-country = 🇪🇺 Jiná země
complain-country = Ve které zemi? Vyberte tu, kde žijete, kde pracujete, nebo kde k porušení došlo:
complain-land = V Německu se stížnosti na firmy podávají úřadu vaší spolkové země. Která to je?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Váš úřad postoupí stížnost vedoucímu dozorovému úřadu (u společností Meta, LinkedIn, Google a X je to irská Komise pro ochranu údajů, Data Protection Commission) a zůstane vaším kontaktním místem.

    Jako důkaz si uschovejte: potvrzovací e-mail nebo snímek obrazovky odeslaného formuláře s datem a urgenci, kterou jste poslali. Stížnost není vůči společnosti anonymní a mnoho úřadů ji přijímá jen ve svém jazyce.
complain-home-only = <i>Stránku tohoto úřadu pro stížnosti se mi nepodařilo ověřit: tlačítko otevře jeho úvodní stránku.</i>
btn-authority = 🏛 Otevřít stránku úřadu
