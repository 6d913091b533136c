## objection-bot: slovenska besedila.
## HTML v Telegramu: samo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & pišite kot &amp; in < kot &lt;.
## Povezave in datumi se nikoli ne pišejo sem: prihajajo iz datoteke kampanje.

# Ime jezika v tem jeziku, na tipkovnici /language.
language-name = Slovenščina

## Datumi. $day, $year in $minute so števila, $month je eden od month-1 … month-12 (rodilnik).
month-1 = januarja
month-2 = februarja
month-3 = marca
month-4 = aprila
month-5 = maja
month-6 = junija
month-7 = julija
month-8 = avgusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
date-format = { $day }. { $month } { $year }
# $date je date-format, $time je HH:MM, $zone pa npr. UTC+02:00.
datetime-format = { $date } ob { $time } ({ $zone })

## Preostali čas, z dvojino in množino (imenovalnik).
left-days = { $count ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dnevi
   *[other] { $count } dni
}
left-hours = { $count ->
    [one] { $count } ura
    [two] { $count } uri
    [few] { $count } ure
   *[other] { $count } ur
}
left-minutes = { $count ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}

## Gumbi (kratki: biti morajo vidni na zaslonu telefona)
btn-letter = ✍️ Pismo z ugovorom
btn-remind = 🔔 Opomni me
btn-language = 🌐 Jezik
btn-share = 📣 Deli
btn-menu = ↩️ Meni
btn-deadline = ⏳ Rok
btn-status = ✅ Moj seznam
btn-mark-done = ☑️ Ugovor vložen: { $platform }
btn-mark-undone = ↩️ Še ni vloženo: { $platform }

## /start
start-text =
    { $campaigns }

    Izberite platformo za prikaz korakov:

## /template
letter-pick = Katero pismo potrebujete? Izberite kampanjo:

## /language
language-choose = Izberite jezik, ki naj ga uporabljam v tem klepetu:
language-set = Urejeno: v tem klepetu bodo sporočila odslej v slovenščini.

## /help
help-text =
    <b>Kaj znam</b>
    { $platforms }
    /template: pismo, ki ga prilepite v obrazce
    /deadline: rok in trenutno stanje
    { $remind }
    /stop: nič več opomnikov
    /status: vaš seznam in naslednji opomnik
    /language: zamenjava jezika
    /share: povezava za deljenje
    /privacy: kaj hranim o vas
    /forget: izbris vsega, kar hranim o tem klepetu

    V katerem koli klepetu lahko vtipkate tudi @{ $bot } in v njem objavite kartico.

# Vrstica /remind v help-text: dokler so pred rokom še opomniki …
help-remind = /remind: opomniki pred rokom
# … in ko ni nobenega več (rok je potekel ali pred njim ni več opomnika).
help-remind-none = /remind: zakaj zdaj ni opomnikov

## /privacy in /forget
privacy-text =
    <b>Kaj hranim</b>
    • Številko tega klepeta, izbrani jezik, ali želite opomnike, katere platforme ste že odkljukali in kateri opomniki so bili že poslani, da nihče ne dobi istega dvakrat.
    • Nič drugega: nobenih imen, uporabniških imen, telefonskih številk ali besedila sporočil.

    <b>Kako dolgo</b>
    Dokler ne pošljete /forget, me ne blokirate ali me ne odstranite iz skupine. Takrat se vse takoj izbriše.

    /forget takoj izbriše vse, kar se nanaša na ta klepet.
forget-done = Urejeno: vsi podatki o tem klepetu so izbrisani. Za nov začetek kadar koli pošljite /start.

## Vse drugo
unknown-text = Razumem samo ukaze. Pošljite /help, da jih vidite.
stale-button = Ta gumb ne deluje več. Pošljite /start za posodobljen meni.
error-text = Na moji strani je šlo nekaj narobe. Poskusite znova čez minuto.

## Opomniki
remind-on = 🔔 Opomniki so vklopljeni. Naslednji opomnik: <b>{ $when }</b>.
remind-no-wave = Pred rokom (<b>{ $date }</b>) ni več nobenega opomnika, zato je najbolje, da ugovor vložite zdaj.
remind-already = 🔔 Opomniki so že vklopljeni. Naslednji opomnik: <b>{ $when }</b>.
remind-after-deadline = Rok (<b>{ $date }</b>) je potekel, zato vas nimam več na kaj opomniti, vendar lahko ugovor vložite kadar koli in bo veljal od dneva, ko ga vložite.
stop-done = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih znova vklopite.
stop-not-subscribed = Opomniki niso bili vklopljeni. Pošljite /remind, da jih vklopite.

## /status
status-title = <b>Vaš seznam</b>
status-done = ✅ { $platform }: ugovor vložen
status-open = ⬜ { $platform }: še treba opraviti
status-subscribed = 🔔 Opomniki so vklopljeni. Naslednji: <b>{ $when }</b>.
status-no-wave = 🔕 Nadaljnji opomniki niso načrtovani.
status-not-subscribed = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih vklopite.
marked-done = Zabeleženo: { $platform } opravljeno.
marked-undone = Zabeleženo: { $platform } še treba opraviti.

## Skupine
admin-only = To lahko stori samo skrbnik te skupine.
# Doda se k group-intro, dokler so pred rokom še opomniki.
group-intro-remind = Skrbnik lahko za skupino vklopi opomnike z ukazom /remind.

## Meni ukazov (vsak največ 256 znakov)
cmd-start = Začetek
cmd-template = Pismo za obrazce
cmd-deadline = Rok in trenutno stanje
cmd-remind = Opomniki pred rokom
cmd-stop = Nič več opomnikov
cmd-status = Vaš seznam
cmd-language = Zamenjava jezika
cmd-share = Povezava za deljenje
cmd-help = Vsi ukazi
cmd-privacy = Kaj bot hrani
cmd-forget = Izbris vsega, kar je shranjeno o tem klepetu
