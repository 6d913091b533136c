## objection-bot: slovenské texty.
## HTML Telegramu: iba <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & píšte ako &amp; a < ako &lt;.
## Odkazy a dátumy sa sem nikdy nepíšu: berú sa zo súboru kampane.

# Názov jazyka v tomto jazyku, na klávesnici /language.
language-name = Slovenčina

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
btn-letter = ✍️ List s námietkou
btn-remind = 🔔 Pripomenúť mi
btn-language = 🌐 Jazyk
btn-share = 📣 Zdieľať
btn-menu = ↩️ Ponuka
btn-deadline = ⏳ Termín
btn-status = ✅ Môj zoznam
btn-mark-done = ☑️ Námietka podaná: { $platform }
btn-mark-undone = ↩️ Ešte nie: { $platform }

## /start
start-text =
    { $campaigns }

    Vyberte platformu a zobrazí sa postup:

## /template
letter-pick = Ktorý list potrebujete? Vyberte kampaň:

## /language
language-choose = Vyberte jazyk, ktorým mám v tomto chate hovoriť:
language-set = Hotovo: tu budem hovoriť po slovensky.

## /help
help-text =
    <b>Čo dokážem</b>
    { $platforms }
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
stop-done = 🔕 Pripomienky sú vypnuté. Znova ich zapnete príkazom /remind.
stop-not-subscribed = Pripomienky neboli zapnuté. Zapnete ich príkazom /remind.

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
# Pridá sa ku group-intro, kým pred termínom nejaké pripomienky zostávajú.
group-intro-remind = Správca môže pre skupinu zapnúť pripomienky príkazom /remind.

## Ponuka príkazov (každý najviac 256 znakov)
cmd-start = Začnite tu
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
