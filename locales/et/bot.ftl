## objection-bot: Estonian texts (eesti keel). Address: informal "sina".
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Eesti

## Names of the platforms (brand names)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12.
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
date-format = { $day }. { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date } kell { $time } ({ $zone })

## Time left, with plural forms (used as "Aega on jäänud: 3 päeva").
left-days = { $count ->
    [one] { $count } päev
   *[other] { $count } päeva
}
left-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
left-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}

## Buttons (short: they must fit on a phone)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Vastuväitekiri
btn-remind = 🔔 Tuleta mulle meelde
btn-language = 🌐 Keel
btn-share = 📣 Jaga
btn-menu = ↩️ Menüü
btn-deadline = ⏳ Tähtaeg
btn-status = ✅ Minu nimekiri
btn-open-form = 📝 Ava ametlik vorm ({ $platform })
# The form button of a platform whose form needs its account: say to log in if the page asks.
btn-open-form-login = 📝 Ametlik vorm (logi vajadusel sisse: { $platform })
btn-mark-done = ☑️ Esitasin vastuväite: { $platform }
btn-mark-undone = ↩️ Siiski tegemata: { $platform }

## /start
start-text =
    <b>Vaidle vastu sellele, et Meta kasutab sinu sisu oma tehisintellekti jaoks</b>

    Meta kasutab oma tehisintellekti treenimiseks ELi täiskasvanute avalikke postitusi, fotosid, pildiallkirju ja kommentaare ning seda, mida inimesed Meta AI-le saadavad. Isikuandmete kaitse üldmääruse (GDPR) artikkel 21 annab sulle õiguse esitada selle suhtes vastuväide. See võtab aega paar minutit platvormi kohta.

    { $deadline }

    Vali platvorm, et näha juhiseid:

## Deadline status. $date is a datetime-format, $left is a left-* value.
deadline-before = ⏳ Meta hakkab sisu kasutama alates kuupäevast <b>{ $date }</b>. Aega on jäänud: <b>{ $left }</b>. Vastuväide kehtib alates päevast, mil see esitatakse, nii et kui esitad selle enne seda kuupäeva, kehtib see juba enne treenimise algust.
deadline-after = ℹ️ Meta on alates kuupäevast <b>{ $date }</b> treeninud oma tehisintellekti kasutajate sisuga. Vastuväite saab endiselt esitada: sinu vastuväide kehtib alates päevast, mil selle esitad. Juba kasutatud sisu ei saa juba treenitud mudelitest enam välja võtta.

## Platform steps
facebook-text =
    <b>Vastuväide Facebookis</b>

    <b>Kõige kiiremini:</b> puuduta allolevat nuppu, et avada Meta ametlik vorm. Kui leht seda palub, logi seal kõigepealt Facebooki sisse.

    <b>Rakenduses:</b>
    1. Ava menüü ja vali <i>Seaded ja privaatsus</i> → <i>Privaatsuskeskus</i>.
    2. Ava <i>Privaatsusteemad</i> → <i>Tehisintellekt Metas</i>.
    3. Vali <i>Esita vastuväitetaotlus</i>.
    4. Sisesta oma konto e-posti aadress. Põhjuse väli ei ole kohustuslik: jäta see tühjaks või kleebi sinna käsu /template kiri.
    5. Saada vorm ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile kontodele, mis on samas Kontokeskuses omavahel lingitud. Linkimata või teist e-posti aadressi kasutav konto vajab eraldi vastuväidet.
    • Facebooki lehed ei saa selle vormiga vastuväidet esitada, ainult isiklikud kontod.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.
instagram-text =
    <b>Vastuväide Instagramis</b>

    <b>Kõige kiiremini:</b> puuduta allolevat nuppu, et avada Meta ametlik vorm. Kui leht seda palub, logi seal kõigepealt Instagrami sisse.

    <b>Rakenduses:</b>
    1. Mine oma profiilile ja puuduta menüüd ☰ (seadete ja tegevuste menüü; ingliskeelses rakenduses <i>Settings and activity</i>).
    2. Leia selles menüüs privaatsuskeskus (<i>Privaatsuskeskus</i> või <i>Privacy Center</i>; mõnes versioonis jaotises <i>Teave</i> → <i>Privaatsuspoliitika</i>).
    3. Otsi üles vastuväite esitamise õigus (<i>Õigus esitada vastuväiteid</i>) ja ava vorm.
    4. Sisesta oma konto e-posti aadress. Põhjuse väli ei ole kohustuslik: jäta see tühjaks või kleebi sinna käsu /template kiri.
    5. Saada vorm ära.

    <b>Pärast seda:</b> Meta saadab kinnituse e-kirjaga või näitab seda ekraanil. Hoia see kinnitus alles.

    <b>Hea teada</b>
    • Põhjust ei pea esitama.
    • Üks vastuväide kehtib kõigile samas Kontokeskuses lingitud kontodele, ka Facebookile. Linkimata kontod vajavad eraldi vastuväidet.
    • Esitasid vastuväite juba 2024. aastal? Tee seda kindluse mõttes uuesti.
whatsapp-text =
    <b>WhatsApp ja Meta AI</b>

    Sinu privaatsed vestlused on otspunktkrüpteeritud ja neid <b>ei</b> kasutata tehisintellekti treenimiseks. See, mida saadad Meta AI-le (rakenduses sini-roosa ring või grupivestlusesse kutsutud @Meta AI), ei ole otspunktkrüpteeritud ja seda võidakse kasutada.

    • Meta AI-d ei saa WhatsAppis välja lülitada; saad selle ainult kasutamata jätta.
    • 2025. aasta juunis teatas Meta, et ta ei kasuta praegu WhatsAppi vestlusi Meta AI-ga treenimiseks.
    • Rakenduses ei ole vastuväite esitamise seadet ja tarbijaorganisatsioonide sõnul ei ole WhatsAppil selleks oma ametlikku vastuväitevõimalust.

    <b>Kõige kindlam kaitse:</b> ära saada Meta AI-le midagi.

    <b>Ettevaatuse mõttes veebivorm:</b>
    1. Puuduta allolevat nuppu (või ava whatsapp.com, vali lehe allosas <i>Õigusteave</i> ja seejärel andmesubjekti õiguste vorm, ükskõik mis selle praegune nimi on).
    2. Vali need valikud, millega vaidled vastu oma andmete kasutamisele.
    3. Sisesta oma telefoninumber koos riigikoodiga ja oma e-posti aadress.
    4. Kui küsitakse põhjust, kleebi sinna käsu /template kiri.
    5. Saada vorm ära. WhatsApp vastab e-kirjaga; hoia see vastus alles.

## /template
letter-intro = Kopeeri allolev kiri (piisab puudutusest) ja kleebi see vormi <i>põhjuse</i> välja või WhatsAppi vormi, kui seal küsitakse põhjust.
letter-body =
    Lugupeetud adressaat

    Esitan isikuandmete kaitse üldmääruse (GDPR) artikli 21 lõike 1 alusel vastuväite oma isikuandmete töötlemise suhtes, mida Meta ja selle partnerid teevad tehisintellekti arendamiseks ja treenimiseks. Vastuväide hõlmab minu postitusi, fotosid, pildiallkirju, kommentaare ja kogu muud minu kontoga seotud sisu ning minu suhtlust Meta AI-ga.

    Palun kinnitage mulle isikuandmete kaitse üldmääruse artikli 12 lõike 3 kohaselt ühe kuu jooksul kirjalikult, et minu vastuväide on registreeritud ja seda rakendatakse.

    Lugupidamisega

## /language
language-choose = Vali keel, mida ma selles vestluses kasutan:
language-set = Tehtud: räägin siin nüüd eesti keeles.

## /help
help-text =
    <b>Mida ma oskan</b>
    /facebook: juhised vastuväite esitamiseks Facebookis
    /instagram: juhised vastuväite esitamiseks Instagramis
    /whatsapp: juhised vastuväite esitamiseks WhatsAppis
    /template: kiri, mille saad vormidesse kleepida
    /deadline: tähtaeg ja hetkeseis
    { $remind }
    /stop: meeldetuletused välja
    /status: sinu kontrollnimekiri ja järgmine meeldetuletus
    /language: muuda keelt
    /share: link edasijagamiseks
    /privacy: mida ma sinu kohta salvestan
    /forget: kustuta kõik, mida ma selle vestluse kohta salvestan

    Võid ka kirjutada mis tahes vestluses @{ $bot }, et sinna kaart postitada.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: meeldetuletused enne tähtaega
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: miks praegu meeldetuletusi ei ole

## /privacy and /forget
privacy-text =
    <b>Mida ma salvestan</b>
    • Selle vestluse numbri, valitud keele, kas soovid meeldetuletusi, millised platvormid oled tehtuks märkinud ja millised meeldetuletused on juba saadetud, et keegi ei saaks sama meeldetuletust kaks korda.
    • Mitte midagi muud: ei nimesid, kasutajanimesid, telefoninumbreid ega sõnumite teksti.

    <b>Kui kaua</b>
    Kuni saadad /forget, blokeerid mu või eemaldad mu grupist. Siis kustutatakse kõik kohe.

    /forget kustutab kohe kõik, mis puudutab seda vestlust.
forget-done = Tehtud: kõik, mida ma selle vestluse kohta salvestasin, on kustutatud. Saada millal tahes /start, et uuesti alustada.

## Anything else
unknown-text = Ma saan aru ainult käskudest. Saada /help, et neid näha.
stale-button = See nupp ei tööta enam. Saada /start, et saada uus menüü.
error-text = Minu poolel läks midagi valesti. Palun proovi minuti pärast uuesti.

## Reminders
remind-on = 🔔 Meeldetuletused on sisse lülitatud. Järgmine meeldetuletus: <b>{ $when }</b>.
remind-no-wave = Enne tähtaega (<b>{ $date }</b>) ei ole enam ühtegi meeldetuletust, nii et kõige parem on vastuväide esitada kohe.
remind-already = 🔔 Meeldetuletused on juba sisse lülitatud. Järgmine meeldetuletus: <b>{ $when }</b>.
remind-after-deadline = Tähtaeg (<b>{ $date }</b>) on möödas, nii et pole midagi meelde tuletada, kuid vastuväite saad endiselt igal ajal esitada ja see kehtib alates päevast, mil selle esitad.
remind-nothing-left = Oled kõik kolm platvormi tehtuks märkinud, nii et meeldetuletusi pole vaja. Aitäh!
stop-done = 🔕 Meeldetuletused on välja lülitatud. Saada /remind, et need uuesti sisse lülitada.
stop-not-subscribed = Meeldetuletused ei olnud sisse lülitatud. Saada /remind, et need sisse lülitada.
reminder-text =
    🔔 <b>Meeldetuletus:</b> tähtajani (<b>{ $date }</b>) on jäänud { $left }. Vastuväide kehtib alates päevast, mil see esitatakse.

    Veel tegemata: { $platforms }.

    Puuduta platvormi, et näha juhiseid. Juba tehtud? Märgi see juhiste all tehtuks ja ma ei tuleta seda sulle enam meelde.
all-done-text = ✅ Oled esitanud vastuväite kõigil kolmel platvormil. Aitäh! Ma ei saada sulle enam meeldetuletusi.

## /status
status-title = <b>Sinu kontrollnimekiri</b>
status-done = ✅ { $platform }: vastuväide esitatud
status-open = ⬜ { $platform }: veel tegemata
status-subscribed = 🔔 Meeldetuletused on sees. Järgmine: <b>{ $when }</b>.
status-no-wave = 🔕 Rohkem meeldetuletusi ei ole plaanitud.
status-not-subscribed = 🔕 Meeldetuletused on väljas. Saada /remind, et need sisse lülitada.
marked-done = Märgitud: { $platform } tehtud.
marked-undone = Märgitud: { $platform } veel tegemata.

## Groups
admin-only = Seda saab teha ainult selle grupi administraator.
group-intro =
    Tere! Näitan ELi inimestele, kuidas vaielda vastu sellele, et Meta kasutab nende postitusi, fotosid ja kommentaare oma tehisintellekti treenimiseks.

    Siin saavad kõik kasutada käske /facebook, /instagram, /whatsapp ja /template.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Administraator saab grupile meeldetuletused sisse lülitada käsuga /remind.

## Sharing and inline mode
share-text =
    Jaga edasi: see bot selgitab sinu keeles, kuidas vaielda vastu sellele, et Meta kasutab sinu postitusi oma tehisintellekti treenimiseks.
    { $link }
inline-facebook-title = Vastuväide Facebookis
inline-facebook-desc = Juhised ja ametlik vorm
inline-instagram-title = Vastuväide Instagramis
inline-instagram-desc = Juhised ja ametlik vorm
inline-whatsapp-title = Vastuväide WhatsAppis
inline-whatsapp-desc = Vestlused Meta AI-ga: mida kasutatakse, ja vorm
inline-letter-title = Vastuväitekiri
inline-letter-desc = Valmis kiri vormidesse kleepimiseks
inline-deadline-title = Tähtaeg
inline-deadline-desc = Hetkeseis ja mida vastuväide praegu tähendab
# Words, besides the title, that find a card when typed after @bot (space-separated).
inline-facebook-keywords = facebook fb meta
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = kiri näidis mall vastuväide
inline-deadline-keywords = tähtaeg kuupäev aeg

## Command menu (each at most 256 characters)
cmd-start = Alusta siit
cmd-facebook = Esita vastuväide Facebookis
cmd-instagram = Esita vastuväide Instagramis
cmd-whatsapp = WhatsApp ja Meta AI
cmd-template = Kiri vormidesse kleepimiseks
cmd-deadline = Tähtaeg ja hetkeseis
cmd-remind = Meeldetuletused enne tähtaega
cmd-stop = Lülita meeldetuletused välja
cmd-status = Sinu kontrollnimekiri
cmd-language = Muuda keelt
cmd-share = Link edasijagamiseks
cmd-help = Kõik käsud
cmd-privacy = Mida bot salvestab
cmd-forget = Kustuta kõik selle vestluse kohta salvestatu

## Bot profile: description at most 512 characters, short description at most 120.
bot-description = Meta treenib oma tehisintellekti ELi täiskasvanute avalike postituste, fotode ja kommentaaridega ning sellega, mida inimesed Meta AI-le saadavad. See bot näitab sulle samm-sammult ja sinu keeles, kuidas esitada vastuväide Facebookis ja Instagramis ning mis kehtib WhatsAppis, ja annab sulle kleepimiseks valmis kirja. Kui tähtaeg on ees, saab bot sulle seda meelde tuletada.
bot-short-description = Vaidle vastu sellele, et Meta kasutab sinu postitusi oma tehisintellekti jaoks: juhised, vormid ja kiri.
