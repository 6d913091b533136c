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
btn-letter = ✍️ Pismo
btn-remind = 🔔 Opomnik
btn-language = 🌐 Jezik
btn-share = 📣 Deli
btn-menu = ↩️ Meni
btn-deadline = ℹ️ Trenutno stanje
btn-status = ✅ Moj seznam
# Gumb za kljukico pod platformo z obrazcem …
btn-mark-done = ☑️ Ugovor vložen: { $platform }
btn-mark-undone = ↩️ Še ni vloženo: { $platform }
btn-stop = 🔕 Izklopi opomnike
btn-tick-in-private = ☑️ Označi v zasebnem klepetu

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
    /deadline: trenutno stanje
    { $reminders }/status: vaš seznam
    /language: zamenjava jezika
    /share: povezava za deljenje
    /privacy: kaj hranim o vas
    /news: novice, ko se pojavi nov način za ugovor
    /forget: izbris vsega, kar hranim o tem klepetu

    V katerem koli klepetu lahko vpišete tudi @{ $bot } in tam objavite kartico.

## /privacy in /forget
privacy-text =
    <b>Kaj hranim</b>
    • Številko tega klepeta, njegov jezik, ali želite opomnike ali novice, katere platforme ste odkljukali in na kateri dan ter kateri opomniki, vprašanja o potrditvi in ponovna preverjanja so na vrsti ali so bili že poslani, da nihče ne dobi ničesar dvakrat.
    • Zakaj dan: mesec dni po tem, ko odkljukate obrazec, vas enkrat vprašam, ali je podjetje ugovor potrdilo. Ponovno preverjanje nastavitve hranim le, če ga sami zahtevate.
    • Nič drugega: nobenih imen, uporabniških imen, telefonskih številk ali besedila sporočil. Države, ki jo izberete za iskanje organa, ne hranim.

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
remind-after-deadline = Ugovor lahko še vedno vložite kadar koli in velja od dneva, ko ga vložite. Nimam vas na kaj opomniti, ker je ta datum (<b>{ $date }</b>) že mimo.
stop-done = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih znova vklopite.
stop-not-subscribed = Opomniki niso bili vklopljeni. Pošljite /remind, da jih vklopite.

## /status
status-title = <b>Vaš seznam</b>
status-done = ✅ { $platform }: opravljeno
status-open = ⬜ { $platform }: še treba opraviti
status-subscribed = 🔔 Opomniki so vklopljeni. Naslednji: <b>{ $when }</b>.
status-no-wave = 🔕 Nadaljnji opomniki niso načrtovani.
status-not-subscribed = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih vklopite.
# The toast when a form is ticked off; $after is a time such as "30 days".
marked-done-followup = Zabeleženo: { $platform } opravljeno. Čez { $after } vas vprašam, ali je bil ugovor potrjen.
marked-undone = Zabeleženo: { $platform } še treba opraviti.

## Skupine
admin-only = To lahko stori samo skrbnik te skupine.
# Doda se k group-intro, dokler so pred rokom še opomniki.
group-intro-remind = Skrbnik lahko za skupino vklopi opomnike z ukazom /remind.

## Meni ukazov (vsak največ 256 znakov)
cmd-start = Začetek
cmd-template = Pismo za obrazce
cmd-deadline = Trenutno stanje
cmd-remind = Opomniki pred rokom
cmd-stop = Nič več opomnikov
cmd-status = Vaš seznam
cmd-language = Zamenjava jezika
cmd-share = Povezava za deljenje
cmd-help = Vsi ukazi
cmd-privacy = Kaj bot hrani
cmd-forget = Izbris vsega, kar je shranjeno o tem klepetu
cmd-news = Novice o novih načinih za ugovor

## Issue 17: new messages
# … in pod platformo z nastavitvijo: pove, da je izklopljena.
btn-mark-done-setting = ☑️ Izklopljeno: { $platform }

start-intro =
    <b>Vaši podatki in njihova UI</b>
    Več velikih platform uči UI na tem, kar ljudje v EU objavijo ali vprašajo njihovo UI. Na vsaki lahko ugovarjate ali to izklopite: traja minuto ali dve in velja od dneva, ko to storite.

# Vrstici /remind in /stop iz help-text, prikazani le, dokler je pred nami kak opomnik.
help-reminders =
    /remind: opomniki pred določenim datumom
    /stop: nič več opomnikov

# /remind, ko nobena kampanja nima datuma pred sabo.
remind-none = Ugovarjate ali izklopite lahko kadar koli in velja od dneva, ko to storite. Pred nami ni nobenega datuma, zato vas nimam na kaj opomniti.

# /stop, ko pred nami ni nobenega opomnika (brez napotila na /remind).
stop-none = 🔕 Ni načrtovanih opomnikov, zato ni ničesar za izklop.
# /stop when follow-ups, re-checks or news were on too: all of it ends.
stop-all = 🔕 Urejeno: od mene ne boste več dobivali opomnikov, vprašanj o potrditvi ali novic. Z ukazom /start znova vidite platforme.

# Obvestilo, ko se odkljuka platforma z nastavitvijo.
marked-done-setting = Zabeleženo: { $platform } izklopljeno.

checked-line = <i>🗓 Koraki preverjeni { $date }. Če je zaslon videti drugače, se je aplikacija morda spremenila: poiščite iste besede v bližini.</i>

# Enako za platformo z drugim gumbom s povezavo.
checked-line-help = <i>🗓 Koraki preverjeni { $date }. Če je zaslon videti drugače ali se prva povezava ne odpre, drugi gumb vodi na lastno stran platforme.</i>

profile-description = Več platform uči UI na tem, kar ljudje v EU objavijo ali vprašajo njihovo UI. Ta bot vam korak za korakom in v vašem jeziku pokaže, kako na vsaki ugovarjate ali to izklopite, in vam da pismo, kjer ga obrazec zahteva.

profile-short-description = Ugovarjajte učenju UI na svojih podatkih, platformo za platformo: koraki, povezave, pismo.

share-several =
    Delite naprej: ta bot v vašem jeziku pokaže, kako ugovarjate učenju UI na svojih podatkih, platformo za platformo.
    { $link }

# $commands so ukazi platform, npr. /facebook /linkedin.
group-intro-several =
    Pozdravljeni! Ljudem v EU pokažem, kako ugovarjajo učenju UI na svojih podatkih, platformo za platformo.

    Vsi tukaj lahko uporabljajo { $commands } in /template.

## After ticking off: follow-ups, where to complain, re-checks and news.
# The message under a setting ticked off as switched off; it offers a re-check (btn-recheck).
setting-thanks = ✅ Zabeleženo: { $platform } izklopljeno. Hvala! Nekatere platforme so dodale nove nastavitve za UI, privzeto vklopljene, ne da bi o tem obvestile svoje uporabnike, zato vas lahko opomnim, da preverite.
# $after is a time such as "180 days".
btn-recheck = 🔔 Opomnik čez { $after }
recheck-on = 🔔 Dne <b>{ $date }</b> vas opomnim, da preverite, ali je nastavitev na platformi { $platform } še vedno izklopljena.
# The re-check itself, with the setting's button under it.
recheck-ask = 🔎 Dne { $date } ste izklopili nastavitev na platformi { $platform }. Preverite, ali je še vedno izklopljena in ali se je poleg nje pojavila nova nastavitev za UI: nekatere platforme so dodale take nastavitve, privzeto vklopljene, ne da bi o tem obvestile svoje uporabnike. Traja minuto.
recheck-ask-undated = 🔎 Izklopili ste nastavitev na platformi { $platform }. Preverite, ali je še vedno izklopljena in ali se je poleg nje pojavila nova nastavitev za UI: nekatere platforme so dodale take nastavitve, privzeto vklopljene, ne da bi o tem obvestile svoje uporabnike. Traja minuto.
btn-news-on = 🆕 Novice o novih možnostih
btn-news-off = 🔕 Nič več novic
news-on = 🆕 Ko se pojavi nov način za ugovor ali izklop, vam to sporočim. Če želite novice ustaviti, znova pošljite /news.
news-off = 🔕 Od mene ne boste več dobivali novic. Pošljite /news, da jih znova vklopite.
# The first line of an announcement; the campaign's title and story follow.
news-announce = 🆕 <b>Nov način za ugovor ali izklop</b>
# The follow-up, a month after a form was ticked off ($date is that day).
followup-ask =
    📬 Dne { $date } ste vložili ugovor na platformi { $platform }. Podjetje vam mora v enem mesecu od prejema ugovora sporočiti, kaj je v zvezi z njim ukrenilo (ali vam v tem mesecu sporočiti, da potrebuje še do dva meseca).

    Ali ga je potrdilo?
followup-ask-again = 📬 Še enkrat: dne { $date } ste vložili ugovor na platformi { $platform }. Ali ga je podjetje potrdilo?
btn-confirmed = ✅ Potrjeno
btn-later = ⏳ Še ne, opomnik pozneje
btn-no-answer = ❌ Ni odgovora
followup-confirmed = ✅ Hvala! Na platformi { $platform } vam ni treba storiti ničesar več. Potrdilo shranite.
followup-later = ⏳ Še enkrat vas vprašam dne <b>{ $date }</b>.
followup-letter-intro = To pošljite prek istega obrazca ali na isti naslov, kamor ste poslali ugovor, dopolnite svoje podatke in shranite kopijo:
# The follow-up letter: formal, under 1,000 characters once filled in.
followup-letter =
    Zadeva: Moj ugovor z dne { $date } (21. člen GDPR)

    Spoštovani,

    sklicujem se na svoj ugovor z dne { $date }, vložen na podlagi 21. člena Splošne uredbe o varstvu podatkov (GDPR), zoper uporabo mojih osebnih podatkov na platformi { $platform } za razvoj in izboljševanje umetne inteligence.

    Na podlagi tretjega odstavka 12. člena GDPR ste me dolžni v enem mesecu od prejema zahteve obvestiti o ukrepih, sprejetih v zvezi z njo. Odgovora do danes ni.

    Prosim, da mi nemudoma potrdite, da se moj ugovor upošteva. V nasprotnem primeru vložim pritožbo pri nadzornem organu za varstvo podatkov (77. člen GDPR).

    S spoštovanjem,
    { "[" }Vaše ime]
    { "[" }E-poštni naslov vašega računa]
complain-where = Če podjetje še vedno ne odgovori, se lahko pritožite pri nadzornem organu za varstvo podatkov: v državi, kjer živite, kjer delate ali kjer je prišlo do kršitve. V kateri državi?
btn-other-country = 🇪🇺 Druga država
complain-country = V kateri državi? Izberite tisto, kjer živite, kjer delate ali kjer je prišlo do kršitve:
complain-land = V Nemčiji se pritožbe zoper podjetja vlagajo pri organu vaše zvezne dežele. V kateri deželi?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Vaš organ pritožbo posreduje vodilnemu nadzornemu organu (za družbe Meta, LinkedIn, Google in X je to irska Komisija za varstvo podatkov, Data Protection Commission) in ostane vaša kontaktna točka.

    Kot dokaz shranite: potrditveno e-poštno sporočilo ali posnetek zaslona poslanega obrazca z datumom ter dodatno pismo, ki ste ga poslali. Pritožba do podjetja ni anonimna, mnogi organi pa jo sprejmejo le v svojem jeziku.
complain-home-only = <i>Strani tega organa za pritožbe ni bilo mogoče preveriti: gumb odpre njegovo domačo stran.</i>
btn-authority = 🏛 Odprite stran organa
