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
btn-letter = ✍️ List
btn-remind = 🔔 Pripomenúť mi
btn-language = 🌐 Jazyk
btn-share = 📣 Zdieľať
btn-menu = ↩️ Ponuka
btn-deadline = ℹ️ Aktuálny stav
btn-status = ✅ Môj zoznam
# Tlačidlo na odškrtnutie pod platformou s formulárom…
btn-mark-done = ☑️ Námietka podaná: { $platform }
btn-mark-undone = ↩️ Ešte nie: { $platform }
btn-stop = 🔕 Vypnúť pripomienky
btn-tick-in-private = ☑️ Odškrtnúť v súkromnom chate

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
    <b>Čo viem</b>
    { $platforms }
    /template: list na vloženie do formulárov
    /deadline: aktuálny stav
    { $reminders }/status: váš zoznam
    /language: zmeniť jazyk
    /share: odkaz na ďalšie zdieľanie
    /privacy: čo si o vás ukladám
    /news: novinky, keď pribudne nový spôsob, ako podať námietku
    /forget: vymazať všetko, čo si o tomto chate ukladám

    V akomkoľvek chate môžete tiež napísať @{ $bot } a vložiť tam kartu.

## /privacy a /forget
privacy-text =
    <b>Čo si ukladám</b>
    • Číslo tohto chatu, jeho jazyk, či chcete pripomienky alebo novinky, ktoré platformy máte odškrtnuté a ktorého dňa, a ktoré pripomienky, otázky na potvrdenie a opakované kontroly sú naplánované alebo už odišli, aby nikto nedostal nič dvakrát.
    • Prečo ten deň: mesiac po tom, ako odškrtnete formulár, sa vás raz opýtam, či vám to spoločnosť potvrdila. Opakovanú kontrolu nastavenia si uložím, iba ak o ňu požiadate.
    • Nič iné: žiadne mená, používateľské mená, telefónne čísla ani text správ. Krajinu, ktorú vyberiete pri hľadaní úradu, neukladám.

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
remind-after-deadline = Námietku môžete podať kedykoľvek a platí odo dňa, keď ju podáte. Nie je čo pripomínať, pretože ten dátum (<b>{ $date }</b>) už prešiel.
stop-done = 🔕 Pripomienky sú vypnuté. Znova ich zapnete príkazom /remind.
stop-not-subscribed = Pripomienky neboli zapnuté. Zapnete ich príkazom /remind.

## /status
status-title = <b>Váš zoznam</b>
status-done = ✅ { $platform }: hotovo
status-open = ⬜ { $platform }: zostáva urobiť
status-subscribed = 🔔 Pripomienky sú zapnuté. Ďalšia: <b>{ $when }</b>.
status-no-wave = 🔕 Žiadne ďalšie pripomienky nie sú naplánované.
status-not-subscribed = 🔕 Pripomienky sú vypnuté. Zapnete ich príkazom /remind.
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Zaznamenané: { $platform } hotovo. O { $after } sa opýtam, či vám to spoločnosť potvrdila.
marked-undone = Zaznamenané: { $platform } zostáva urobiť.

## Skupiny
admin-only = Toto môže urobiť iba správca tejto skupiny.
# Pridá sa ku group-intro, kým pred termínom nejaké pripomienky zostávajú.
group-intro-remind = Správca môže pre skupinu zapnúť pripomienky príkazom /remind.

## Ponuka príkazov (každý najviac 256 znakov)
cmd-start = Začnite tu
cmd-template = List na vloženie do formulárov
cmd-deadline = Aktuálny stav
cmd-remind = Pripomienky pred termínom
cmd-stop = Už žiadne pripomienky
cmd-status = Váš zoznam
cmd-language = Zmeniť jazyk
cmd-share = Odkaz na ďalšie zdieľanie
cmd-help = Všetky príkazy
cmd-privacy = Čo si bot ukladá
cmd-forget = Vymazať všetko uložené o tomto chate
cmd-news = Novinky, keď pribudne nový spôsob, ako podať námietku

## Issue 17: new messages
# …a pod platformou s nastavením: hovorí, že je vypnuté.
btn-mark-done-setting = ☑️ Vypnuté: { $platform }

start-intro =
    <b>Vaše údaje a ich AI</b>
    Niekoľko veľkých platforiem trénuje AI na tom, čo ľudia v EÚ zverejňujú alebo na čo sa pýtajú ich AI. Na každej z nich môžete podať námietku alebo to vypnúť: zaberie to minútu či dve a platí to odo dňa, keď to urobíte.

# Riadky /remind a /stop v help-text, zobrazené len vtedy, keď je nejaká pripomienka pred nami.
help-reminders =
    /remind: pripomienky pred stanoveným dátumom
    /stop: už žiadne pripomienky

# /remind, keď žiadna kampaň nemá dátum pred sebou.
remind-none = Námietku môžete podať alebo to vypnúť kedykoľvek a platí to odo dňa, keď to urobíte. Žiadny dátum nie je pred nami, takže nie je čo pripomínať.

# /stop, keď žiadna pripomienka nie je pred nami (bez odkazu na /remind).
stop-none = 🔕 Nie sú naplánované žiadne pripomienky, takže nie je čo vypínať.
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Hotovo: odo mňa už nedostanete žiadne pripomienky, otázky na potvrdenie ani novinky. Príkaz /start znova ukáže platformy.

# Oznámenie, keď sa odškrtne platforma s nastavením.
marked-done-setting = Zaznamenané: { $platform } vypnuté.

checked-line = <i>🗓 Postup overený { $date }. Ak obrazovka vyzerá inak, aplikácia sa možno zmenila: hľadajte rovnaké slová v okolí.</i>

# To isté pre platformu s druhým tlačidlom s odkazom.
checked-line-help = <i>🗓 Postup overený { $date }. Ak obrazovka vyzerá inak alebo sa prvý odkaz neotvorí, druhé tlačidlo vedie na vlastnú stránku platformy.</i>

profile-description = Niekoľko platforiem trénuje AI na tom, čo ľudia v EÚ zverejňujú alebo na čo sa pýtajú ich AI. Tento bot vám krok za krokom a vo vašom jazyku ukáže, ako na každej z nich podať námietku alebo to vypnúť, a dá vám list tam, kde ho formulár žiada.

profile-short-description = Podajte námietku proti trénovaniu AI na vašich údajoch, platformu po platforme: postup, odkazy, list.

share-several =
    Pošlite to ďalej: tento bot vo vašom jazyku ukazuje, ako podať námietku proti trénovaniu AI na vašich údajoch, platformu po platforme.
    { $link }

# $commands sú príkazy platforiem, napr. /facebook /linkedin.
group-intro-several =
    Dobrý deň! Ukazujem ľuďom v EÚ, ako podať námietku proti trénovaniu AI na ich údajoch, platformu po platforme.

    Ktokoľvek tu môže používať { $commands } a /template.

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Zaznamenané: { $platform } vypnuté. Ďakujem! Niektoré platformy pridali nové nastavenia AI, predvolene zapnuté, bez toho, aby o tom informovali svojich používateľov, preto vám môžem pripomenúť, aby ste to skontrolovali.
# $after is a time such as "180 days".
btn-recheck = 🔔 Pripomenúť o { $after }
recheck-on = 🔔 Dňa <b>{ $date }</b> vám pripomeniem, aby ste skontrolovali, či je nastavenie na platforme { $platform } stále vypnuté.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 Dňa { $date } ste vypli nastavenie na platforme { $platform }. Skontrolujte, prosím, či je stále vypnuté a či sa vedľa neho neobjavilo nové nastavenie AI: niektoré platformy pridali takéto nastavenia, predvolene zapnuté, bez toho, aby o tom informovali svojich používateľov. Zaberie to minútu.
recheck-ask-undated = 🔎 Vypli ste nastavenie na platforme { $platform }. Skontrolujte, prosím, či je stále vypnuté a či sa vedľa neho neobjavilo nové nastavenie AI: niektoré platformy pridali takéto nastavenia, predvolene zapnuté, bez toho, aby o tom informovali svojich používateľov. Zaberie to minútu.
btn-news-on = 🆕 Novinky o nových možnostiach
btn-news-off = 🔕 Už žiadne novinky
news-on = 🆕 Dám vám vedieť, keď pribudne nový spôsob, ako podať námietku alebo niečo vypnúť. Ak to chcete zastaviť, pošlite znova /news.
news-off = 🔕 Odo mňa už nedostanete žiadne novinky. Znova ich zapnete príkazom /news.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Nový spôsob, ako podať námietku alebo niečo vypnúť</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 Dňa { $date } ste podali námietku na platforme { $platform }. Spoločnosť vám musí do jedného mesiaca od jej prijatia oznámiť, aké opatrenia na jej základe prijala (alebo vám v priebehu tohto mesiaca oznámiť, že potrebuje až dva mesiace navyše).

    Potvrdila vám ju?
followup-ask-again = 📬 Ešte raz: dňa { $date } ste podali námietku na platforme { $platform }. Potvrdila vám ju spoločnosť?
btn-confirmed = ✅ Potvrdené
btn-later = ⏳ Ešte nie, spýtať sa neskôr
btn-no-answer = ❌ Bez odpovede
followup-confirmed = ✅ Ďakujem! Na platforme { $platform } už nemusíte nič robiť. Potvrdenie si uschovajte.
followup-later = ⏳ Ešte raz sa opýtam <b>{ $date }</b>.
followup-letter-intro = Pošlite tento list cez ten istý formulár alebo na tú istú adresu, kam ste poslali námietku, doplňte svoje údaje a uschovajte si kópiu:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Predmet: Moja námietka zo dňa { $date } (čl. 21 GDPR)

    Vážené dámy, vážení páni,

    odvolávam sa na svoju námietku zo dňa { $date } podľa čl. 21 všeobecného nariadenia o ochrane údajov (GDPR) proti používaniu mojich osobných údajov na platforme { $platform } na vývoj a zlepšovanie umelej inteligencie.

    Podľa čl. 12 ods. 3 GDPR ste ma povinní do jedného mesiaca od doručenia žiadosti informovať o opatreniach, ktoré ste na jej základe prijali. Odpoveď mi doteraz neprišla.

    Žiadam vás, aby ste mi bezodkladne potvrdili, že moja námietka sa uplatňuje. V opačnom prípade podám sťažnosť dozornému orgánu pre ochranu údajov (čl. 77 GDPR).

    S pozdravom
    { "[" }Vaše meno]
    { "[" }E-mailová adresa vášho účtu]
complain-where = Ak spoločnosť ani teraz neodpovie, môžete podať sťažnosť dozornému orgánu pre ochranu údajov: v krajine, kde žijete, kde pracujete, alebo kde došlo k porušeniu. V ktorej krajine?
btn-other-country = 🇪🇺 Iná krajina
complain-country = V ktorej krajine? Vyberte tú, kde žijete, kde pracujete, alebo kde došlo k porušeniu:
complain-land = V Nemecku sa sťažnosti na firmy podávajú úradu vašej spolkovej krajiny. Ktorá to je?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Váš úrad postúpi sťažnosť vedúcemu dozornému orgánu (pri spoločnostiach Meta, LinkedIn, Google a X je to írska Komisia na ochranu údajov, Data Protection Commission) a zostane vaším kontaktným miestom.

    Ako dôkaz si uschovajte: potvrdzujúci e-mail alebo snímku obrazovky odoslaného formulára s dátumom a urgenciu, ktorú ste poslali. Sťažnosť nie je voči spoločnosti anonymná a mnohé úrady ju prijímajú iba vo svojom jazyku.
complain-home-only = <i>Stránku tohto úradu pre sťažnosti sa mi nepodarilo overiť: tlačidlo otvorí jeho domovskú stránku.</i>
btn-authority = 🏛 Otvoriť stránku úradu
