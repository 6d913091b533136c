## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Ugovarjajte temu, da Meta vašo vsebino uporablja za učenje svoje UI
intro =
    Meta svojo umetno inteligenco uči na javnih objavah, fotografijah, opisih in komentarjih odraslih uporabnikov v EU ter na tem, kar ljudje pošiljajo Meta AI. GDPR (21. člen) vam daje pravico, da temu ugovarjate. Za vsako platformo potrebujete le nekaj minut.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Ugovor lahko vložite kadar koli in velja od dneva, ko ga vložite. Meta od <b>{ $date }</b> uči svojo UI na javnih objavah, fotografijah in komentarjih odraslih ter na klepetih z Meta AI; njen pravilnik o zasebnosti za EU iz julija 2026 to uporabo še vedno navaja. Tega, kar je že bilo uporabljeno, ni mogoče odstraniti iz naučenih modelov.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta bo vsebino začela uporabljati <b>{ $date }</b>. Preostali čas: <b>{ $left }</b>. Ugovor velja od dneva vložitve: če ga vložite pred tem datumom, bo veljal že pred začetkom učenja.
deadline-after = ✅ Ugovor lahko še vedno vložite: velja od dneva, ko ga vložite. Meta od <b>{ $date }</b> uči svojo UI na vsebini uporabnikov; tega, kar je že bilo uporabljeno, ni mogoče odstraniti iz naučenih modelov.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Opomnik:</b> do <b>{ $date }</b> je še { $left }. Ugovor velja od dneva, ko je vložen.

    Še treba opraviti: { $platforms }.

    Tapnite platformo za korake. Ste že opravili? Odkljukajte jo pod koraki in opomnikov zanjo ne boste več dobivali.
nothing-left = Odkljukali ste vse tri platforme, zato opomnika ne potrebujete. Hvala!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Tapnite spodnje pismo, da ga kopirate, in ga prilepite v polje <i>razlog</i> v obrazcu ali v obrazec WhatsAppa, ko vpraša zakaj. Odstavek z razlogom ni obvezen: obdržite ga, napišite svojega ali ga izbrišite.
letter-body =
    Spoštovani,

    na podlagi prvega odstavka 21. člena Splošne uredbe o varstvu podatkov (GDPR) iz razlogov, povezanih z mojim posebnim položajem, ugovarjam obdelavi svojih osebnih podatkov, ki jo za razvoj in učenje umetne inteligence izvajajo družba Meta in njeni partnerji. Ugovor se nanaša na moje objave, fotografije, opise, komentarje in vso drugo vsebino, povezano z mojim računom, ter na moje interakcije z Meta AI.

    Ta vsebina ni bila deljena z namenom, da bi se uporabljala za učenje umetne inteligence, in želim ohraniti nadzor nad njeno uporabo.

    Na podlagi tretjega odstavka 12. člena GDPR vas prosim, da mi v enem mesecu pisno potrdite, da je bil moj ugovor zabeležen in da se upošteva.

    S spoštovanjem

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram in WhatsApp so odkljukani. Hvala!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Delite naprej: ta bot v vašem jeziku pokaže, kako ugovarjati temu, da Meta vaše objave uporablja za učenje svoje UI.
    { $link }
group-intro =
    Pozdravljeni! Ljudem v EU pokažem, kako ugovarjati temu, da Meta njihove objave, fotografije in komentarje uporablja za učenje svoje UI.

    Vsi tukaj lahko uporabljajo /facebook, /instagram, /whatsapp in /template.
description = Meta uči svojo UI na javnih objavah, fotografijah in komentarjih odraslih uporabnikov v EU ter na tem, kar ljudje pošiljajo Meta AI. Ta bot vam korak za korakom in v vašem jeziku pokaže, kako vložite ugovor na Facebooku in Instagramu in kako je z WhatsAppom, ter vam da pripravljeno pismo za obrazec.
short-description = Ugovarjajte temu, da Meta vaše objave uporablja za učenje svoje UI: koraki, obrazci, pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo z ugovorom za Meto
letter-inline-desc = Pripravljeno pismo za Metine obrazce
letter-keywords = pismo predloga vzorec ugovor meta
deadline-inline-title = Meta AI: trenutno stanje
deadline-inline-desc = Od kdaj Meta uči na vsebini in kaj ugovor zdaj doseže
deadline-keywords = meta stanje datum

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Uradni obrazec
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Metina stran o UI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: koraki za ugovor na Facebooku
facebook-command = Ugovor na Facebooku
facebook-inline-title = Ugovor na Facebooku
facebook-inline-desc = Koraki in uradni obrazec
facebook-keywords = facebook fb meta
facebook-steps =
    <b>Ugovor na Facebooku</b>

    <b>Najhitreje:</b> tapnite <i>Uradni obrazec</i> spodaj. Če stran to zahteva, se tam prijavite v Facebook. V tem brskalniku niste prijavljeni? Odprite povezavo v svojem običajnem brskalniku (⋯ → odpiranje v brskalniku) ali sledite korakom v aplikaciji.
    V obrazec vnesite e-poštni naslov svojega računa; polje za razlog ni obvezno (pustite ga praznega ali prilepite pismo iz /template). Nato ga pošljite.

    <b>Nato:</b> Meta ugovor potrdi po e-pošti ali na zaslonu. To potrdilo shranite.

    <blockquote expandable><b>V aplikaciji</b>
    1. Odprite meni in pojdite na <i>Nastavitve in zasebnost</i> → središče za zasebnost (<i>Privacy Center</i>).
    2. Odprite teme o zasebnosti (<i>Privacy topics</i>) → temo o umetni inteligenci (<i>AI at Meta</i>).
    3. Izberite pošiljanje zahteve za ugovor.
    4. Vnesite e-poštni naslov svojega računa. Razlog ni obvezen.
    5. Pošljite obrazec.</blockquote>

    <blockquote expandable><b>Dobro je vedeti</b>
    • Razloga vam ni treba navesti.
    • En ugovor velja za vse račune, povezane v istem Središču za račune. Račun, ki ni povezan ali uporablja drug e-poštni naslov, potrebuje svoj ugovor.
    • Facebookove strani s tem obrazcem ne morejo ugovarjati, samo osebni računi.
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.
    • Meta je nekatere svoje obrazce za stik premaknila. Če se obrazec ne odpre, drugi gumb vodi na Metino stran o generativni UI, ki se povezuje na pravico do ugovora.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Uradni obrazec
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Metina stran o UI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: koraki za ugovor na Instagramu
instagram-command = Ugovor na Instagramu
instagram-inline-title = Ugovor na Instagramu
instagram-inline-desc = Koraki in uradni obrazec
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Ugovor na Instagramu</b>

    <b>Najhitreje:</b> tapnite <i>Uradni obrazec</i> spodaj. Če stran to zahteva, se tam prijavite v Instagram. V tem brskalniku niste prijavljeni? Odprite povezavo v svojem običajnem brskalniku (⋯ → odpiranje v brskalniku) ali sledite korakom v aplikaciji.
    Če obrazec vpraša, ali se vaša zahteva nanaša na UI pri Meti (<i>AI at Meta</i>), izberite <b>Da</b> (<i>Yes</i>). Vnesite e-poštni naslov svojega računa; polje za razlog ni obvezno (pustite ga praznega ali prilepite pismo iz /template). Nato ga pošljite.

    <b>Nato:</b> Meta ugovor potrdi po e-pošti ali na zaslonu. To potrdilo shranite.

    <blockquote expandable><b>V aplikaciji</b>
    1. Pojdite na svoj profil in tapnite meni ☰ (<i>Settings and activity</i>).
    2. V tem meniju poiščite središče za zasebnost (<i>Privacy Center</i>; v nekaterih različicah pod <i>About</i> → <i>Privacy Policy</i>).
    3. Poiščite pravico do ugovora (<i>Right to object</i>) in odprite obrazec.
    4. Če vpraša, ali se zahteva nanaša na UI pri Meti, izberite <i>Yes</i>.
    5. Vnesite e-poštni naslov svojega računa. Razlog ni obvezen.
    6. Pošljite obrazec.</blockquote>

    <blockquote expandable><b>Dobro je vedeti</b>
    • Razloga vam ni treba navesti.
    • En ugovor velja za vse račune, povezane v istem Središču za račune, tudi za Facebook. Računi, ki niso povezani, potrebujejo svoj ugovor.
    • Ste ugovor vložili že leta 2024? Za vsak primer ga vložite znova.
    • Meta je nekatere svoje obrazce za stik premaknila. Če se obrazec ne odpre, drugi gumb vodi na Metino stran o generativni UI, ki se povezuje na pravico do ugovora.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Obrazec WhatsApp
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: opravljeno
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp in Meta AI: kaj se uporablja in obrazec za vsak primer
whatsapp-command = WhatsApp in Meta AI
whatsapp-inline-title = WhatsApp in Meta AI
whatsapp-inline-desc = Kaj se uporablja in obrazec za vsak primer
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp in Meta AI</b>

    WhatsApp za Meta AI nima stikala niti lastne nastavitve za ugovor. <b>Najzanesljivejša zaščita: Meta AI ne pošiljajte ničesar.</b>
    • V skupini lahko @Meta AI pokliče kateri koli član. Napredna zasebnost klepeta (<i>Advanced chat privacy</i>; tapnite ime klepeta) lahko članom prepreči uporabo Meta AI v tem klepetu. Viri se o tem ne strinjajo, zato preverite, ali vaša aplikacija to ponuja.

    <b>Kaj se uporablja:</b> vaši zasebni klepeti so celovito šifrirani in se za učenje UI <b>ne</b> uporabljajo. To, kar pošiljate Meta AI (modro-rožnati krog ali @Meta AI, poklican v skupini), ni celovito šifrirano in se lahko uporabi. Meta AI v WhatsAppu ni mogoče izklopiti, lahko ga le ne uporabljate. Junija 2025 je Meta izjavila, da klepetov z Meta AI v WhatsAppu takrat ni uporabljala za učenje.

    <b>Za vsak primer spletni obrazec.</b> Pravilnik o zasebnosti WhatsAppa nanj napotuje za ugovore na splošno; ni stikalo za UI, potrošniške organizacije pa navajajo, da WhatsApp nima lastnega uradnega postopka za ugovor glede UI.
    1. Tapnite gumb spodaj (ali med pravnimi povezavami na whatsapp.com poiščite obrazec o pravicah posameznikov, na katere se nanašajo osebni podatki).
    2. Izberite možnost za ugovor zoper obdelavo vaših podatkov.
    3. Vnesite svojo telefonsko številko s kodo države in svoj e-poštni naslov.
    4. Če vpraša zakaj, prilepite pismo iz /template.
    5. Pošljite obrazec. WhatsApp odgovori po e-pošti; ta odgovor shranite.
