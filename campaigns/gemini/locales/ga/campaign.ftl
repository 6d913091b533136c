## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Múch úsáid Google as do chomhráite Gemini chun IS a oiliúint
intro =
    Fad atá <i>Keep Activity</i> ar siúl, úsáideann Google an méid a chlóscríobhann tú, a uaslódálann tú agus a roinneann tú in Gemini chun a tháirgí a fheabhsú agus chun a shamhlacha IS a oiliúint, agus léann athbhreithneoirí daonna sampla. Tógann sé nóiméad é a mhúchadh; tugann an RGCS an ceart agóide duit freisin.

## Where things stand (no `started`, so no $date).
standing = ✅ Is féidir leat <i>Keep Activity</i> a mhúchadh am ar bith, agus bíonn éifeacht leis as sin amach; níl sé ag brath ar dháta ar bith. Nuair atá sé múchta, deir Google go gcoinníonn sé comhráite nua ar feadh 72 uair an chloig agus nach n-úsáideann sé iad le haghaidh oiliúna, mura seolann tú aiseolas.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Le haghaidh iarratas agóide RGCS Google (an dara cnaipe faoi /gemini): cóipeáil an litir thíos (tapáil í chun í a chóipeáil) agus greamaigh í san áit a n-iarrann an fhoirm ort d'iarratas a chur síos. Tá an t-alt a thugann cúis roghnach: coinnigh é, scríobh do cheann féin, nó scrios é.
letter-body =
    A chara,

    Faoi Airteagal 21(1) den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim agóid leis seo, ar fhoras a bhaineann le mo chás áirithe, i gcoinne Google a bheith ag próiseáil mo chomhráite le Gemini, na gcomhad a uaslódálaim agus an ábhair a roinnim le haipeanna Gemini chun samhlacha intleachta saorga a fhorbairt agus a oiliúint.

    Úsáidim Gemini chun mo chuspóirí féin agus níor thug mé an t-ábhar seo dó chun IS a oiliúint; ba mhaith liom smacht a choinneáil ar an gcaoi a n-úsáidtear é.

    Faoi Airteagal 12(3) den RGCS, iarraim oraibh a dhearbhú i scríbhinn, laistigh de mhí, go bhfuil m'agóid cláraithe agus go bhfuil sí á cur i bhfeidhm.

    Is mise, le meas,

# When the setting is ticked off as turned off.
all-done = ✅ Tic curtha: tá <i>Keep Activity</i> múchta. Go raibh maith agat!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Scaip an scéal: taispeánann an bota seo, i do theanga féin, conas úsáid Google as do chomhráite Gemini chun IS a oiliúint a mhúchadh.
    { $link }
group-intro =
    Dia daoibh! Taispeánaim do dhaoine san AE conas úsáid Google as a gcomhráite Gemini chun IS a oiliúint a mhúchadh, agus conas agóid a dhéanamh ina coinne.

    Is féidir le duine ar bith anseo /gemini agus /template a úsáid.
description = Fad atá Keep Activity ar siúl, oileann Google a shamhlacha IS ar chomhráite Gemini. Taispeánann an bota seo duit, i do theanga féin, conas é a mhúchadh agus conas agóid a dhéanamh faoin RGCS, le litir le greamú.
short-description = Múch úsáid Google as do chomhráite Gemini chun IS a oiliúint: an socrú agus litir.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Litir agóide chuig Google
letter-inline-desc = Litir réidh d'iarratas agóide RGCS Google
letter-keywords = litir teimpléad google gemini
deadline-inline-title = Gemini agus oiliúint IS: an staid reatha
deadline-inline-desc = Cad a dhéanann an socrú, agus cad a tharlaíonn do do chomhráite
deadline-keywords = gemini google staid

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Oscail gníomhaíocht Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Agóid RGCS
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: múch oiliúint IS Google ar do chomhráite Gemini
gemini-command = Múch oiliúint IS ar do chomhráite Gemini
gemini-inline-title = Múch oiliúint IS ar chomhráite Gemini
gemini-inline-desc = An socrú, agus iarratas agóide Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: múch <i>Keep Activity</i></b>

    <b>An bealach is tapúla:</b> tapáil <i>Oscail gníomhaíocht Gemini</i> thíos, sínigh isteach ar Google má iarrtar, agus múch <i>Keep Activity</i> (d'fhéadfadh <i>Gemini Apps Activity</i> a bheith air fós). Is féidir leat a roghnú freisin é a mhúchadh agus do ghníomhaíocht a scriosadh.

    <b>In aip Gemini:</b> do phictiúr próifíle → <i>Gemini Apps Activity</i> nó <i>Keep Activity</i> → múch é.
    <b>Ar ríomhaire:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → múch é.

    <b>Ina dhiaidh sin:</b> ní thagann deimhniú ar bith; taispeánann an leathanach an socrú mar mhúchta.

    <blockquote expandable><b>Is fiú a fhios a bheith agat</b>
    • Nuair atá sé múchta, deir Google go gcoinníonn sé comhráite nua ar feadh 72 uair an chloig agus nach n-úsáideann sé iad le haghaidh oiliúna, mura seolann tú aiseolas. Ní úsáidtear comhráite sealadacha ach oiread.
    • Bíonn éifeacht leis as sin amach.
    • Is féidir leat agóid a dhéanamh faoin RGCS freisin: osclaíonn an dara cnaipe foirm iarratais dlí Google (san aip: faoi fhreagra, <i>More</i> → <i>Report legal issue</i>). Iarrann sí ort cur síos a dhéanamh ar an bpróiseáil: tugann /template litir duit.
    • Dúirt Google i mí na Samhna 2025 nach n-úsáideann sé ábhar Gmail chun Gemini a oiliúint.</blockquote>
