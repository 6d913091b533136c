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
    /forget: smazat vše, co si o tomto chatu ukládám

    V jakémkoli chatu můžete také napsat @{ $bot } a vložit tam kartu.

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
marked-done = Zaznamenáno: { $platform } hotovo.
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
