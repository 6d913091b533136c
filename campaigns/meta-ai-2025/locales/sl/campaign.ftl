## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Ugovarjajte temu, da Meta vašo vsebino uporablja za svojo UI
intro =
    Meta za učenje svoje umetne inteligence uporablja javne objave, fotografije, opise in komentarje odraslih uporabnikov v EU ter tudi to, kar ljudje pošiljajo Meta AI. GDPR (21. člen) vam daje pravico, da temu ugovarjate. Za vsako platformo potrebujete le nekaj minut.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta bo vsebino začela uporabljati <b>{ $date }</b>. Preostali čas: <b>{ $left }</b>. Ugovor velja od dneva vložitve: če ga vložite pred tem datumom, bo veljal že pred začetkom učenja.
deadline-after = ℹ️ Meta od <b>{ $date }</b> uči svojo UI na vsebini uporabnikov. Ugovor lahko še vedno vložite: velja od dneva, ko ga vložite. Vsebine, ki je bila že uporabljena, ni mogoče odstraniti iz že naučenih modelov.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Tapnite spodnje pismo, da ga kopirate, in ga prilepite v polje <i>razlog</i> v obrazcu ali v obrazec WhatsAppa, ko vpraša po razlogu.
letter-body =
    Spoštovani,

    na podlagi prvega odstavka 21. člena Splošne uredbe o varstvu podatkov (GDPR) ugovarjam obdelavi svojih osebnih podatkov, ki jo za razvoj in učenje umetne inteligence izvajajo družba Meta in njeni partnerji. Ugovor se nanaša na moje objave, fotografije, opise, komentarje in vso drugo vsebino, povezano z mojim računom, ter na moje interakcije z Meta AI.

    Na podlagi tretjega odstavka 12. člena GDPR vas prosim, da mi v enem mesecu pisno potrdite, da je bil moj ugovor zabeležen in da se upošteva.

    S spoštovanjem

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Opomnik:</b> rok je <b>{ $date }</b>, preostali čas: <b>{ $left }</b>. Ugovor velja od dneva, ko je vložen.

    Še treba opraviti: { $platforms }.

    Tapnite platformo za korake. Ste že opravili? Odkljukajte jo pod koraki in opomnikov zanjo ne boste več dobivali.
# When every platform of this campaign is ticked off.
all-done = ✅ Ugovor ste vložili na vseh treh platformah. Hvala! Opomnikov ne boste več dobivali.
nothing-left = Odkljukali ste vse tri platforme, zato opomnika ne potrebujete. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Delite naprej: ta bot v vašem jeziku pokaže, kako ugovarjati temu, da Meta vaše objave uporablja za učenje svoje UI.
    { $link }
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako ugovarjati temu, da Meta njihove objave, fotografije in komentarje uporablja za učenje svoje UI.

    Vsi tukaj lahko uporabljajo /facebook, /instagram, /whatsapp in /template.
description = Meta uči svojo UI na javnih objavah, fotografijah in komentarjih odraslih uporabnikov v EU ter na tem, kar ljudje pošiljajo Meta AI. Ta bot vam korak za korakom in v vašem jeziku pokaže, kako vložite ugovor na Facebooku in Instagramu in kako je z WhatsAppom, ter vam da pripravljeno pismo za obrazec. Ko se bliža rok, vas lahko nanj opomni.
short-description = Ugovarjajte temu, da Meta vaše objave uporablja za svojo UI: koraki, obrazci, pismo.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Pismo z ugovorom
letter-inline-desc = Pripravljeno pismo, ki ga prilepite v obrazce
letter-keywords = pismo predloga vzorec ugovor
deadline-inline-title = Rok
deadline-inline-desc = Trenutno stanje in kaj ugovor pomeni zdaj
deadline-keywords = rok datum čas

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Obrazec (po potrebi se prijavite v Facebook)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: koraki za ugovor na Facebooku
facebook-command = Ugovor na Facebooku
facebook-inline-title = Ugovor na Facebooku
facebook-inline-desc = Koraki in uradni obrazec
facebook-keywords = facebook fb meta
facebook-steps =
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

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Obrazec (po potrebi se prijavite v Instagram)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: koraki za ugovor na Instagramu
instagram-command = Ugovor na Instagramu
instagram-inline-title = Ugovor na Instagramu
instagram-inline-desc = Koraki in uradni obrazec
instagram-keywords = instagram insta ig
instagram-steps =
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

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Odpri uradni obrazec: WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: koraki za ugovor na WhatsAppu
whatsapp-command = WhatsApp in Meta AI
whatsapp-inline-title = Ugovor na WhatsAppu
whatsapp-inline-desc = Klepeti z Meta AI: kaj se uporablja in obrazec
whatsapp-keywords = whatsapp wa
whatsapp-steps =
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
