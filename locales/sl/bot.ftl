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
# Gumb obrazca platforme, ki zahteva račun: pove, naj se uporabnik prijavi, če stran to zahteva.
btn-open-form-login = 📝 Obrazec (po potrebi se prijavite v { $platform })
btn-mark-done = ☑️ Ugovor vložen: { $platform }
btn-mark-undone = ↩️ Še ni vloženo: { $platform }

## /start
start-text =
    <b>Ugovarjajte temu, da Meta vašo vsebino uporablja za svojo UI</b>

    Meta za učenje svoje umetne inteligence uporablja javne objave, fotografije, opise in komentarje odraslih uporabnikov v EU ter tudi to, kar ljudje pošiljajo Meta AI. GDPR (21. člen) vam daje pravico, da temu ugovarjate. Za vsako platformo potrebujete le nekaj minut.

    { $deadline }

    Izberite platformo za prikaz korakov:

## Stanje roka. $date je datetime-format, $left je vrednost left-*.
deadline-before = ⏳ Meta bo vsebino začela uporabljati <b>{ $date }</b>. Preostali čas: <b>{ $left }</b>. Ugovor velja od dneva vložitve: če ga vložite pred tem datumom, bo veljal že pred začetkom učenja.
deadline-after = ℹ️ Meta od <b>{ $date }</b> uči svojo UI na vsebini uporabnikov. Ugovor lahko še vedno vložite: velja od dneva, ko ga vložite. Vsebine, ki je bila že uporabljena, ni mogoče odstraniti iz že naučenih modelov.

## Koraki za posamezne platforme
facebook-text =
    <b>Ugovor na Facebooku</b>

    <b>Najhitreje:</b> tapnite gumb spodaj in odprl se bo Metin uradni obrazec. Če stran to zahteva, se tam najprej prijavite v Facebook.

    <b>V aplikaciji:</b>
    1. Odprite meni in pojdite na <i>Nastavitve in zasebnost</i> → <i>Središče za zasebnost</i>.
    2. Odprite <i>Teme o zasebnosti</i> → temo o umetni inteligenci (<i>UI pri Meti</i>).
    3. Izberite povezavo ali gumb za vložitev ugovora (<i>Pošlji zahtevo za ugovor</i>).
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

    <b>Najhitreje:</b> tapnite gumb spodaj in odprl se bo Metin uradni obrazec. Če stran to zahteva, se tam najprej prijavite v Instagram.

    <b>V aplikaciji:</b>
    1. Pojdite na svoj profil in tapnite meni ☰ (<i>Nastavitve in dejavnost</i>).
    2. V tem meniju poiščite <i>Središče za zasebnost</i> (v nekaterih različicah je na dnu menija, v razdelku s podatki o aplikaciji, npr. <i>Vizitka</i>, nato <i>Pravilnik o zasebnosti</i>).
    3. Poiščite <i>Pravica do ugovora</i> in odprite obrazec.
    4. Vnesite e-poštni naslov svojega računa. Polje za razlog ni obvezno: pustite ga praznega ali vanj prilepite pismo iz /template.
    5. Pošljite obrazec.

    <b>Nato:</b> Meta ugovor potrdi po e-pošti ali na zaslonu. To potrdilo shranite.

    <b>Dobro je vedeti</b>
    • Razloga vam ni treba navesti.
    • En ugovor velja za vse račune, povezane v istem Središču za račune, tudi za Facebook. Računi, ki niso povezani, potrebujejo svoj ugovor.
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.
whatsapp-text =
    <b>WhatsApp in Meta AI</b>

    Vaši zasebni klepeti so celovito šifrirani in se za učenje UI <b>ne</b> uporabljajo. To, kar pošiljate Meta AI (modro-rožnati krog v aplikaciji ali @Meta AI, ki ga pokličete v skupinski klepet), ni celovito šifrirano in se lahko uporabi.

    • Meta AI v WhatsAppu ni mogoče izklopiti; lahko ga le ne uporabljate.
    • Junija 2025 je Meta izjavila, da klepetov z Meta AI v WhatsAppu trenutno ne uporablja za učenje.
    • V aplikaciji ni nastavitve za ugovor, potrošniške organizacije pa navajajo, da WhatsApp za to nima lastnega uradnega postopka za ugovor.

    <b>Najzanesljivejša zaščita:</b> Meta AI ne pošiljajte ničesar.

    <b>Za vsak primer spletni obrazec:</b>
    1. Tapnite gumb spodaj (ali na whatsapp.com odprite pravne informacije na dnu strani → obrazec o pravicah posameznikov, na katere se nanašajo osebni podatki, ne glede na njegovo trenutno ime).
    2. Izberite možnosti za ugovor zoper uporabo vaših podatkov.
    3. Vnesite svojo telefonsko številko s kodo države in svoj e-poštni naslov.
    4. Če obrazec vpraša po razlogu, prilepite pismo iz /template.
    5. Pošljite obrazec. WhatsApp odgovori po e-pošti; ta odgovor shranite.

## /template
letter-intro = Tapnite spodnje pismo, da ga kopirate, in ga prilepite v polje <i>razlog</i> v obrazcu ali v obrazec WhatsAppa, ko vpraša po razlogu.
letter-body =
    Spoštovani,

    na podlagi prvega odstavka 21. člena Splošne uredbe o varstvu podatkov (GDPR) ugovarjam obdelavi svojih osebnih podatkov, ki jo za razvoj in učenje umetne inteligence izvajajo družba Meta in njeni partnerji. Ugovor se nanaša na moje objave, fotografije, opise, komentarje in vso drugo vsebino, povezano z mojim računom, ter na moje interakcije z Meta AI.

    Na podlagi tretjega odstavka 12. člena GDPR vas prosim, da mi v enem mesecu pisno potrdite, da je bil moj ugovor zabeležen in da se upošteva.

    S spoštovanjem

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
remind-nothing-left = Odkljukali ste vse tri platforme, zato opomnika ne potrebujete. Hvala!
stop-done = 🔕 Opomniki so izklopljeni. Pošljite /remind, da jih znova vklopite.
stop-not-subscribed = Opomniki niso bili vklopljeni. Pošljite /remind, da jih vklopite.
reminder-text =
    🔔 <b>Opomnik:</b> rok je <b>{ $date }</b>, preostali čas: <b>{ $left }</b>. Ugovor velja od dneva, ko je vložen.

    Še treba opraviti: { $platforms }.

    Tapnite platformo za korake. Ste že opravili? Odkljukajte jo pod koraki in opomnikov zanjo ne boste več dobivali.
all-done-text = ✅ Ugovor ste vložili na vseh treh platformah. Hvala! Opomnikov ne boste več dobivali.

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
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako ugovarjati temu, da Meta njihove objave, fotografije in komentarje uporablja za učenje svoje UI.

    Vsi tukaj lahko uporabljajo /facebook, /instagram, /whatsapp in /template.
# Doda se k group-intro, dokler so pred rokom še opomniki.
group-intro-remind = Skrbnik lahko za skupino vklopi opomnike z ukazom /remind.

## Deljenje in način inline
share-text =
    Delite naprej: ta bot v vašem jeziku pokaže, kako ugovarjati temu, da Meta vaše objave uporablja za učenje svoje UI.
    { $link }
inline-facebook-title = Ugovor na Facebooku
inline-facebook-desc = Koraki in uradni obrazec
inline-instagram-title = Ugovor na Instagramu
inline-instagram-desc = Koraki in uradni obrazec
inline-whatsapp-title = Ugovor na WhatsAppu
inline-whatsapp-desc = Klepeti z Meta AI: kaj se uporablja in obrazec
inline-letter-title = Pismo z ugovorom
inline-letter-desc = Pripravljeno pismo, ki ga prilepite v obrazce
inline-deadline-title = Rok
inline-deadline-desc = Trenutno stanje in kaj ugovor pomeni zdaj
# Besede, ki poleg naslova najdejo kartico, ko jih vtipkate za @bot (ločene s presledki).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = pismo predloga vzorec ugovor
inline-deadline-keywords = rok datum čas

## Meni ukazov (vsak največ 256 znakov)
cmd-start = Začetek
cmd-facebook = Ugovor na Facebooku
cmd-instagram = Ugovor na Instagramu
cmd-whatsapp = WhatsApp in Meta AI
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

## Profil bota: opis največ 512 znakov, kratek opis največ 120.
bot-description = Meta uči svojo UI na javnih objavah, fotografijah in komentarjih odraslih uporabnikov v EU ter na tem, kar ljudje pošiljajo Meta AI. Ta bot vam korak za korakom in v vašem jeziku pokaže, kako vložite ugovor na Facebooku in Instagramu in kako je z WhatsAppom, ter vam da pripravljeno pismo za obrazec. Ko se bliža rok, vas lahko nanj opomni.
bot-short-description = Ugovarjajte temu, da Meta vaše objave uporablja za svojo UI: koraki, obrazci, pismo.
