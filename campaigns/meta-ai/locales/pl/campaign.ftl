## The Meta AI campaign: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zgłoś sprzeciw wobec wykorzystywania Twoich treści do trenowania AI firmy Meta
intro =
    Meta trenuje swoją sztuczną inteligencję na publicznych postach, zdjęciach, podpisach i komentarzach dorosłych użytkowników z UE, a także na tym, co ludzie wysyłają do Meta AI. RODO (art. 21) daje Ci prawo do sprzeciwu. Na każdą platformę wystarczy kilka minut.

## Where things stand, with no deadline ($date is the day the training started, from `started`).
standing = ✅ Sprzeciw możesz zgłosić w każdej chwili i obowiązuje on od dnia, w którym go złożysz. Od <b>{ $date }</b> Meta trenuje swoją AI na publicznych postach, zdjęciach i komentarzach dorosłych oraz na czatach z Meta AI; unijna polityka prywatności firmy Meta z lipca 2026 roku nadal wymienia to wykorzystanie. Tego, co już wykorzystano, nie da się usunąć z wytrenowanych modeli.

## Only used when an operator gives a copy of this campaign a deadline: $date is a date, $left the time left.
deadline-before = ⏳ Meta zacznie wykorzystywać treści <b>{ $date }</b>. Pozostało: <b>{ $left }</b>. Sprzeciw obowiązuje od dnia jego złożenia, więc jeśli złożysz go przed tą datą, zacznie obowiązywać jeszcze przed rozpoczęciem trenowania.
deadline-after = ✅ Nadal możesz zgłosić sprzeciw: obowiązuje od dnia, w którym go złożysz. Od <b>{ $date }</b> Meta trenuje swoją AI na treściach użytkowników; tego, co już wykorzystano, nie da się usunąć z wytrenowanych modeli.
# Reminders (only with a deadline): $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Przypomnienie:</b> do <b>{ $date }</b> pozostało { $left }. Sprzeciw obowiązuje od dnia, w którym zostanie złożony.

    Do zrobienia: { $platforms }.

    Dotknij platformy, aby zobaczyć instrukcję. Już gotowe? Odhacz ją pod instrukcją, a przestanę o niej przypominać.
nothing-left = Masz odhaczone wszystkie trzy platformy, więc przypomnienie nie jest potrzebne. Dziękuję!

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Skopiuj poniższe pismo (dotknij go, aby skopiować) i wklej je w pole <i>uzasadnienie</i> formularza albo do formularza WhatsAppa, gdy zapyta o powód. Akapit z uzasadnieniem jest opcjonalny: zostaw go, napisz własny albo go usuń.
letter-body =
    Szanowni Państwo,

    na podstawie art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę sprzeciw, z przyczyn związanych z moją szczególną sytuacją, wobec przetwarzania moich danych osobowych przez firmę Meta i jej partnerów w celu rozwijania i trenowania sztucznej inteligencji. Sprzeciw dotyczy moich postów, zdjęć, podpisów, komentarzy i wszelkich innych treści powiązanych z moim kontem, a także moich interakcji z Meta AI.

    Treści te zostały przeze mnie udostępnione bez zamiaru, by służyły do trenowania AI, i chcę zachować kontrolę nad tym, jak są wykorzystywane.

    Na podstawie art. 12 ust. 3 RODO proszę o pisemne potwierdzenie, w ciągu miesiąca, że mój sprzeciw został zarejestrowany i jest uwzględniany.

    Z poważaniem

# When every platform of this campaign is ticked off.
all-done = ✅ Facebook, Instagram i WhatsApp są odhaczone. Dziękuję!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak zgłosić sprzeciw wobec wykorzystywania Twoich postów do trenowania AI firmy Meta.
    { $link }
group-intro =
    Cześć! Pokazuję ludziom w UE, jak zgłosić sprzeciw wobec wykorzystywania ich postów, zdjęć i komentarzy do trenowania AI firmy Meta.

    Każdy tutaj może używać /facebook, /instagram, /whatsapp i /template.
description = Meta trenuje swoją AI na publicznych postach, zdjęciach i komentarzach dorosłych użytkowników z UE oraz na tym, co ludzie wysyłają do Meta AI. Ten bot pokazuje krok po kroku, w Twoim języku, jak zgłosić sprzeciw na Facebooku i Instagramie i jak wygląda sytuacja w WhatsAppie, a także daje gotowe pismo do wklejenia.
short-description = Zgłoś sprzeciw wobec wykorzystywania Twoich postów do trenowania AI firmy Meta: instrukcje, formularze, pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo ze sprzeciwem do firmy Meta
letter-inline-desc = Gotowe pismo do wklejenia w formularze firmy Meta
letter-keywords = pismo list wzór szablon sprzeciw meta
deadline-inline-title = Meta AI: aktualna sytuacja
deadline-inline-desc = Od kiedy Meta trenuje AI na treściach i co teraz daje sprzeciw
deadline-keywords = meta sytuacja od data

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form (short: it must fit on a phone).
facebook-form-button = 📝 Oficjalny formularz
# The label of the second button (help_url): Meta's page on generative AI.
facebook-help-button = ℹ️ Strona Meta o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: jak zgłosić sprzeciw na Facebooku
facebook-command = Zgłoś sprzeciw na Facebooku
facebook-inline-title = Zgłoś sprzeciw na Facebooku
facebook-inline-desc = Instrukcja i oficjalny formularz
facebook-keywords = facebook fb meta fejsbuk
facebook-steps =
    <b>Zgłoś sprzeciw na Facebooku</b>

    <b>Najszybciej:</b> dotknij poniżej <i>Oficjalny formularz</i>. Jeśli strona o to poprosi, zaloguj się tam do Facebooka. Jeśli w tej przeglądarce nie masz aktywnej sesji, otwórz link w swojej zwykłej przeglądarce (⋯ → <i>Otwórz w przeglądarce</i>) albo wykonaj kroki w aplikacji.
    W formularzu wpisz adres e-mail swojego konta; pole z uzasadnieniem jest opcjonalne (zostaw je puste albo wklej pismo z /template). Potem wyślij.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <blockquote expandable><b>W aplikacji</b>
    1. Otwórz menu i przejdź do <i>Ustawienia i prywatność</i> → <i>Centrum ochrony prywatności</i>.
    2. Otwórz <i>Tematy związane z prywatnością</i> → temat o AI (<i>AI w Meta</i>).
    3. Wybierz opcję zgłoszenia sprzeciwu.
    4. Wpisz adres e-mail swojego konta. Uzasadnienie jest opcjonalne.
    5. Wyślij formularz.</blockquote>

    <blockquote expandable><b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont. Konto niepołączone lub z innym adresem e-mail wymaga osobnego sprzeciwu.
    • Strony na Facebooku nie mogą zgłosić sprzeciwu tym formularzem, tylko konta osobiste.
    • Sprzeciw zgłoszony już w 2024 roku? Dla pewności zgłoś go ponownie.
    • Meta przeniosła część swoich formularzy kontaktowych. Jeśli formularz się nie otwiera, drugi przycisk prowadzi do strony Meta o generatywnej AI, na której jest link do prawa do sprzeciwu.</blockquote>

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form (short: it must fit on a phone).
instagram-form-button = 📝 Oficjalny formularz
# The label of the second button (help_url): Meta's page on generative AI.
instagram-help-button = ℹ️ Strona Meta o AI
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: jak zgłosić sprzeciw na Instagramie
instagram-command = Zgłoś sprzeciw na Instagramie
instagram-inline-title = Zgłoś sprzeciw na Instagramie
instagram-inline-desc = Instrukcja i oficjalny formularz
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Zgłoś sprzeciw na Instagramie</b>

    <b>Najszybciej:</b> dotknij poniżej <i>Oficjalny formularz</i>. Jeśli strona o to poprosi, zaloguj się tam do Instagrama. Jeśli w tej przeglądarce nie masz aktywnej sesji, otwórz link w swojej zwykłej przeglądarce (⋯ → <i>Otwórz w przeglądarce</i>) albo wykonaj kroki w aplikacji.
    Jeśli formularz zapyta, czy Twoja prośba dotyczy AI w Meta, wybierz <b>Tak</b>. Wpisz adres e-mail swojego konta; pole z uzasadnieniem jest opcjonalne (zostaw je puste albo wklej pismo z /template). Potem wyślij.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <blockquote expandable><b>W aplikacji</b>
    1. Wejdź na swój profil i dotknij menu ☰ (<i>Ustawienia i aktywność</i>).
    2. Znajdź w tym menu <i>Centrum ochrony prywatności</i> (w niektórych wersjach: <i>Informacje</i> → <i>Zasady ochrony prywatności</i>).
    3. Znajdź <i>Prawo do sprzeciwu</i> i otwórz formularz.
    4. Jeśli zapyta, czy Twoja prośba dotyczy AI w Meta, wybierz <i>Tak</i>.
    5. Wpisz adres e-mail swojego konta. Uzasadnienie jest opcjonalne.
    6. Wyślij formularz.</blockquote>

    <blockquote expandable><b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont, także Facebooka. Konta niepołączone wymagają osobnego sprzeciwu.
    • Sprzeciw zgłoszony już w 2024 roku? Dla pewności zgłoś go ponownie.
    • Meta przeniosła część swoich formularzy kontaktowych. Jeśli formularz się nie otwiera, drugi przycisk prowadzi do strony Meta o generatywnej AI, na której jest link do prawa do sprzeciwu.</blockquote>

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the form (short: it must fit on a phone).
whatsapp-form-button = 📝 Formularz WhatsAppa
# Its own tick label (instead of the bot's btn-mark-done): WhatsApp has no objection of its own.
whatsapp-mark-done = ☑️ WhatsApp: gotowe
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: WhatsApp i Meta AI: co jest wykorzystywane i formularz na wszelki wypadek
whatsapp-command = WhatsApp i Meta AI
whatsapp-inline-title = WhatsApp i Meta AI
whatsapp-inline-desc = Co jest wykorzystywane i formularz na wszelki wypadek
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp i Meta AI</b>

    WhatsApp nie ma dla Meta AI ani przełącznika, ani własnego ustawienia sprzeciwu. <b>Najpewniejsza ochrona: nie wysyłaj niczego do Meta AI.</b>
    • W grupie każdy członek może przywołać @Meta AI. <i>Zaawansowana prywatność czatu</i> (dotknij nazwy czatu) może uniemożliwić członkom korzystanie z Meta AI w tym czacie. Źródła nie są co do tego zgodne, więc sprawdź, czy Twoja aplikacja to oferuje.

    <b>Co jest wykorzystywane:</b> Twoje prywatne czaty są szyfrowane end-to-end i <b>nie</b> służą do trenowania AI. To, co wysyłasz do Meta AI (niebiesko-różowe kółko albo @Meta AI przywołane w grupie), nie jest szyfrowane end-to-end i może zostać wykorzystane. Meta AI nie da się wyłączyć w WhatsAppie; można z niej tylko nie korzystać. W czerwcu 2025 roku Meta oświadczyła, że wtedy nie wykorzystywała do trenowania czatów z Meta AI w WhatsAppie.

    <b>Na wszelki wypadek formularz internetowy.</b> Polityka prywatności WhatsAppa wskazuje go do sprzeciwów ogólnie; nie jest to przełącznik AI, a organizacje konsumenckie podają, że WhatsApp nie ma własnej, oficjalnej procedury sprzeciwu wobec AI.
    1. Dotknij przycisku poniżej (albo znajdź wśród linków prawnych na whatsapp.com formularz dotyczący praw osób, których dane dotyczą).
    2. Wybierz opcję sprzeciwu wobec przetwarzania Twoich informacji.
    3. Wpisz numer telefonu z numerem kierunkowym kraju oraz adres e-mail.
    4. Jeśli zapyta o powód, wklej pismo z /template.
    5. Wyślij formularz. WhatsApp odpowiada e-mailem; zachowaj tę odpowiedź.
