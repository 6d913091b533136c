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
btn-letter = ✍️ Dopis s námitkou
btn-remind = 🔔 Připomenout mi
btn-language = 🌐 Jazyk
btn-share = 📣 Sdílet
btn-menu = ↩️ Nabídka
btn-deadline = ⏳ Termín
btn-status = ✅ Můj seznam
btn-mark-done = ☑️ Námitka podána: { $platform }
btn-mark-undone = ↩️ Ještě ne: { $platform }

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
stop-done = 🔕 Připomínky jsou vypnuté. Znovu je zapnete příkazem /remind.
stop-not-subscribed = Připomínky nebyly zapnuté. Zapnete je příkazem /remind.

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
# Přidá se ke group-intro, dokud před termínem nějaké připomínky zbývají.
group-intro-remind = Správce může pro skupinu zapnout připomínky příkazem /remind.

## Nabídka příkazů (každý nejvýš 256 znaků)
cmd-start = Začněte tady
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
