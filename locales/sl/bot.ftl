## objection-bot: slovenska besedila.
## HTML v Telegramu: samo <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & pišite kot &amp; in < kot &lt;.
## Povezave in datumi se nikoli ne pišejo sem: prihajajo iz datoteke kampanje.

# Ime jezika v tem jeziku, na tipkovnici /language.
language-name = Slovenščina

## Imena platform (blagovne znamke)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

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
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Pismo z ugovorom
btn-remind = 🔔 Opomni me
btn-language = 🌐 Jezik
btn-share = 📣 Deli
btn-menu = ↩️ Meni
btn-deadline = ⏳ Rok
btn-status = ✅ Moj seznam
btn-open-form = 📝 Odpri uradni obrazec: { $platform }
btn-mark-done = ☑️ Ugovor vložen: { $platform }
btn-mark-undone = ↩️ Še ni vloženo: { $platform }

## /start
start-text =
    <b>Zaščitite svojo vsebino pred Metino umetno inteligenco</b>

    Meta za učenje svoje umetne inteligence uporablja javne objave, fotografije, opise in komentarje odraslih uporabnikov v EU ter tudi to, kar ljudje pošiljajo Meta AI. GDPR (21. člen) vam daje pravico, da temu ugovarjate. Za vsako platformo potrebujete le nekaj minut.

    { $deadline }

    Izberite platformo za prikaz korakov:

## Stanje roka. $date je datetime-format, $left je vrednost left-*.
deadline-before = ⏳ Meta bo vašo vsebino začela uporabljati <b>{ $date }</b>. Preostali čas: <b>{ $left }</b>. Če ugovor vložite pred tem datumom, vaše dosedanje objave ne bodo uporabljene za učenje.
deadline-after = ℹ️ Meta uči svojo UI na vsebini uporabnikov od <b>{ $date }</b>. Ugovor lahko še vedno vložite: velja od dneva, ko ga vložite, zato bo to, kar boste objavili od takrat naprej, izvzeto iz učenja. Vsebine, ki je bila že uporabljena, ni mogoče vzeti nazaj.

## Koraki za posamezne platforme
facebook-text =
    <b>Ugovor na Facebooku</b>

    <b>Najhitreje:</b> tapnite gumb spodaj in odprl se bo Metin uradni obrazec, kar v vašem prijavljenem računu.

    <b>V aplikaciji:</b>
    1. Odprite meni in pojdite na <i>Nastavitve in zasebnost</i> → <i>Središče za zasebnost</i>.
    2. Odprite <i>Teme o zasebnosti</i> → <i>UI pri Meti</i>.
    3. Izberite <i>Pošlji zahtevo za ugovor</i>.
    4. Vnesite e-poštni naslov svojega računa. Polje za razlog ni obvezno: pustite ga praznega ali vanj prilepite pismo iz /template.
    5. Pošljite obrazec.

    <b>Nato:</b> Meta ugovor potrdi po e-pošti ali na zaslonu. To potrdilo shranite.

    <b>Dobro je vedeti</b>
    • Razloga vam ni treba navesti.
    • En ugovor velja za vse račune, povezane v istem Središču za račune. Račun, ki ni povezan ali uporablja drug e-poštni naslov, potrebuje svoj ugovor.
    • Facebookove strani s tem obrazcem ne morejo ugovarjati, samo osebni računi.
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.
instagram-text =
    <b>Ugovor na Instagramu</b>

    <b>Najhitreje:</b> tapnite gumb spodaj in odprl se bo Metin uradni obrazec, kar v vašem prijavljenem računu.

    <b>V aplikaciji:</b>
    1. Pojdite na svoj profil in tapnite meni ☰.
    2. Odprite <i>Nastavitve in zasebnost</i> → <i>Središče za zasebnost</i> (ali <i>Vizitka</i> → <i>Pravilnik o zasebnosti</i>).
    3. Poiščite <i>Pravica do ugovora</i> in odprite obrazec.
    4. Vnesite e-poštni naslov svojega računa. Polje za razlog ni obvezno: pustite ga praznega ali vanj prilepite pismo iz /template.
    5. Pošljite obrazec.

    <b>Nato:</b> Meta ugovor potrdi po e-pošti ali na zaslonu. To potrdilo shranite.

    <b>Dobro je vedeti</b>
    • Razloga vam ni treba navesti.
    • En ugovor velja za vse račune, povezane v istem Središču za račune, tudi za Facebook. Računi, ki niso povezani, potrebujejo svoj ugovor.
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.
whatsapp-text =
    <b>Ugovor na WhatsAppu</b>

    Vaši zasebni klepeti se za učenje UI <b>ne</b> uporabljajo. Uporabi se lahko to, kar pošiljate Meta AI (modro-rožnati krog v aplikaciji).

    <b>Kako:</b> v aplikaciji ni takšne nastavitve; ugovor se vloži prek spletnega obrazca.
    1. Tapnite gumb spodaj (ali pojdite na whatsapp.com → <i>Pravne informacije</i> → obrazec <i>Pravice posameznikov, na katere se nanašajo osebni podatki</i>).
    2. Izberite možnosti za ugovor zoper uporabo vaših podatkov za UI.
    3. Vnesite svojo telefonsko številko s kodo države in svoj e-poštni naslov.
    4. Če obrazec vpraša po razlogu, prilepite pismo iz /template.
    5. Pošljite obrazec.

    <b>Nato:</b> WhatsApp odgovori po e-pošti. Ta odgovor shranite.

    <b>Dobro je vedeti</b>
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.

## /template
letter-intro = Tapnite spodnje pismo, da ga kopirate, in ga prilepite v polje <i>razlog</i> v obrazcu ali v obrazec WhatsAppa, ko vpraša po razlogu.
letter-body =
    Pozdravljeni,

    na podlagi 21. člena Splošne uredbe o varstvu podatkov (GDPR) izrecno ugovarjam obdelavi svojih osebnih podatkov za razvoj in učenje umetne inteligence s strani družbe Meta in njenih partnerjev. Ugovor se nanaša na moje objave, fotografije, komentarje in vse druge osebne ali javne podatke, povezane z mojim računom.

    Prosim za pisno potrditev, da je bil moj ugovor zabeležen in da se upošteva.

    Hvala.

## /language
language-choose = Izberite jezik, ki naj ga uporabljam v tem klepetu:
language-set = Urejeno: v tem klepetu bodo sporočila odslej v slovenščini.

## /help
help-text =
    <b>Kaj znam</b>
    /facebook: koraki za ugovor na Facebooku
    /instagram: koraki za ugovor na Instagramu
    /whatsapp: koraki za ugovor na WhatsAppu
    /template: pismo, ki ga prilepite v obrazce
    /deadline: rok in trenutno stanje
    /remind: opomniki pred rokom
    /stop: nič več opomnikov
    /status: vaš seznam in naslednji opomnik
    /language: zamenjava jezika
    /share: povezava za deljenje
    /privacy: kaj hranim o vas
    /forget: izbris vsega, kar hranim o tem klepetu

    V katerem koli klepetu lahko vtipkate tudi @{ $bot } in v njem objavite kartico.

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
remind-on-no-wave = 🔔 Opomniki so vklopljeni, vendar pred rokom (<b>{ $date }</b>) ni več nobenega opomnika. Najbolje je ukrepati zdaj.
remind-already = 🔔 Opomniki so že vklopljeni. Naslednji opomnik: <b>{ $when }</b>.
remind-after-deadline = Rok (<b>{ $date }</b>) je potekel, zato vas nimam več na kaj opomniti. Ugovor se še vedno splača: ščiti to, kar objavite od dneva, ko ga vložite.
remind-nothing-left = Odkljukali ste vse tri platforme, zato opomnika ne potrebujete. Hvala!
stop-done = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih znova vklopite.
stop-not-subscribed = Opomniki niso bili vklopljeni. Pošljite /remind, da jih vklopite.
reminder-text =
    🔔 <b>Opomnik:</b> preostali čas za ugovor, preden bo Meta začela uporabljati vašo vsebino (<b>{ $date }</b>): { $left }.

    Še treba opraviti: { $platforms }.

    Tapnite platformo za korake. Ste že opravili? Odkljukajte jo pod koraki in opomnikov zanjo ne boste več dobivali.
all-done-text = ✅ Ugovor ste vložili na vseh treh platformah. Hvala! Opomnikov ne boste več dobivali.

## /status
status-title = <b>Vaš seznam</b>
status-done = ✅ { $platform }: ugovor vložen
status-open = ⬜ { $platform }: še treba opraviti
status-subscribed = 🔔 Opomniki so vklopljeni. Naslednji: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Opomniki so vklopljeni; pred rokom ni več nobenega.
status-not-subscribed = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih vklopite.
marked-done = Zabeleženo: { $platform } opravljeno.
marked-undone = Zabeleženo: { $platform } še treba opraviti.

## Skupine
admin-only = To lahko stori samo skrbnik te skupine.
group-intro =
    Pozdravljeni! Ljudem v EU pomagam preprečiti, da bi Meta učila svojo UI na njihovih objavah, fotografijah in komentarjih.

    Vsi tukaj lahko uporabljajo /facebook, /instagram, /whatsapp in /template. Skrbnik lahko za skupino vklopi opomnike z ukazom /remind.

## Deljenje in način inline
share-text =
    Delite naprej: ta bot v vašem jeziku pokaže, kako preprečiti, da bi Meta učila svojo UI na vaših objavah.
    { $link }
inline-facebook-title = Ugovor na Facebooku
inline-facebook-desc = Koraki in uradni obrazec
inline-instagram-title = Ugovor na Instagramu
inline-instagram-desc = Koraki in uradni obrazec
inline-whatsapp-title = Ugovor na WhatsAppu
inline-whatsapp-desc = Klepeti z Meta AI: koraki in obrazec
inline-letter-title = Pismo z ugovorom
inline-letter-desc = Pripravljeno pismo, ki ga prilepite v obrazce
inline-deadline-title = Rok
inline-deadline-desc = Trenutno stanje in zakaj se še vedno splača
# Besede, ki poleg naslova najdejo kartico, ko jih vtipkate za @bot (ločene s presledki).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = pismo predloga vzorec ugovor
inline-deadline-keywords = rok datum čas

## Meni ukazov (vsak največ 256 znakov)
cmd-start = Začnite tukaj
cmd-facebook = Ugovor na Facebooku
cmd-instagram = Ugovor na Instagramu
cmd-whatsapp = Ugovor na WhatsAppu (Meta AI)
cmd-template = Pismo, ki ga prilepite v obrazce
cmd-deadline = Rok in trenutno stanje
cmd-remind = Opomniki pred rokom
cmd-stop = Nič več opomnikov
cmd-status = Vaš seznam
cmd-language = Zamenjajte jezik
cmd-share = Povezava za deljenje
cmd-help = Vsi ukazi
cmd-privacy = Kaj bot hrani
cmd-forget = Izbriši vse, kar je shranjeno o tem klepetu

## Profil bota: opis največ 512 znakov, kratek opis največ 120.
bot-description = Meta uči svojo UI na javnih objavah, fotografijah in komentarjih odraslih uporabnikov v EU. Ta bot vam korak za korakom in v vašem jeziku pokaže, kako vložite ugovor na Facebooku, Instagramu in WhatsAppu, vam da pripravljeno pismo za obrazec in vas opomni pred rokom.
bot-short-description = Preprečite, da bi Meta učila svojo UI na vaših objavah: koraki, obrazci, pismo.
