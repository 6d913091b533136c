## The Meta AI campaign of 2025: its story, its platforms' steps and its letter.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Zgłoś sprzeciw wobec wykorzystywania Twoich treści przez AI firmy Meta
intro =
    Meta trenuje swoją AI na publicznych postach, zdjęciach, podpisach i komentarzach dorosłych użytkowników z UE, a także na tym, co ludzie wysyłają do Meta AI. RODO (art. 21) daje Ci prawo do sprzeciwu. Na każdą platformę wystarczą dwie minuty.

## Where the deadline stands. $date is a date, $left the time left.
deadline-before = ⏳ Meta zacznie wykorzystywać treści <b>{ $date }</b>, pozostały czas: <b>{ $left }</b>. Sprzeciw obowiązuje od dnia jego złożenia, więc jeśli złożysz go przed tą datą, zacznie obowiązywać jeszcze przed rozpoczęciem trenowania.
deadline-after = ℹ️ Od <b>{ $date }</b> Meta trenuje swoją AI na treściach użytkowników. Nadal możesz zgłosić sprzeciw: obowiązuje od dnia, w którym go złożysz. Treści już wykorzystanych nie da się wycofać z modeli, które zostały już wytrenowane.

## /template: the letter, in a <pre> block, and the line above it.
letter-intro = Skopiuj poniższe pismo (dotknij go, aby skopiować) i wklej je w pole <i>uzasadnienie</i> formularza albo do formularza WhatsAppa, gdy zapyta o powód.
letter-body =
    Szanowni Państwo,

    na podstawie art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę sprzeciw wobec przetwarzania moich danych osobowych przez firmę Meta i jej partnerów w celu rozwijania i trenowania sztucznej inteligencji (AI). Sprzeciw dotyczy moich postów, zdjęć, podpisów, komentarzy i wszelkich innych treści powiązanych z moim kontem, a także moich interakcji z Meta AI.

    Na podstawie art. 12 ust. 3 RODO proszę o pisemne potwierdzenie, w terminie jednego miesiąca, że mój sprzeciw został zarejestrowany i jest stosowany.

    Z poważaniem

## Reminders: $left is the time left, $date the deadline, $platforms the names still to do.
reminder =
    🔔 <b>Przypomnienie:</b> termin mija <b>{ $date }</b>, pozostało: <b>{ $left }</b>. Sprzeciw obowiązuje od dnia, w którym zostanie złożony.

    Do zrobienia: { $platforms }.

    Dotknij platformy, aby zobaczyć instrukcję. Już gotowe? Odhacz ją pod instrukcją, a przestanę o niej przypominać.
# When every platform of this campaign is ticked off.
all-done = ✅ Sprzeciw złożony na wszystkich trzech platformach. Dziękuję! Nie będę już wysyłać przypomnień.
nothing-left = Masz odhaczone wszystkie trzy platformy, więc przypomnienia nie są potrzebne. Dziękuję!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak zgłosić sprzeciw wobec wykorzystywania Twoich postów przez firmę Meta do trenowania AI.
    { $link }
group-intro =
    Cześć! Pokazuję ludziom w UE, jak zgłosić sprzeciw wobec wykorzystywania ich postów, zdjęć i komentarzy przez firmę Meta do trenowania AI.

    Każdy tutaj może używać /facebook, /instagram, /whatsapp i /template.
description = Meta trenuje swoją AI na publicznych postach, zdjęciach i komentarzach dorosłych użytkowników z UE oraz na tym, co ludzie wysyłają do Meta AI. Ten bot pokazuje krok po kroku, w Twoim języku, jak zgłosić sprzeciw na Facebooku i Instagramie i jak wygląda sytuacja w WhatsAppie, a także daje gotowe pismo do wklejenia. Gdy zbliża się termin, może Ci o nim przypomnieć.
short-description = Zgłoś sprzeciw wobec wykorzystywania Twoich postów przez AI firmy Meta: instrukcje, formularze, pismo.

## Inline cards for the letter and the deadline; keywords are space-separated words that find a card.
letter-inline-title = Pismo ze sprzeciwem
letter-inline-desc = Gotowe pismo do wklejenia w formularze
letter-keywords = pismo list wzór szablon sprzeciw
deadline-inline-title = Termin
deadline-inline-desc = Jak wygląda sytuacja i co teraz daje sprzeciw
deadline-keywords = termin data czas

## Platform `facebook`: every message of a platform starts with its key.
facebook-name = Facebook
facebook-button = Facebook
# The label of the button that opens the official form.
facebook-form-button = 📝 Formularz (jeśli trzeba, zaloguj się do Facebooka)
# Its line in /help, and its entry in the command menu (at most 256 characters).
facebook-help = /facebook: jak zgłosić sprzeciw na Facebooku
facebook-command = Zgłoś sprzeciw na Facebooku
facebook-inline-title = Zgłoś sprzeciw na Facebooku
facebook-inline-desc = Instrukcja i oficjalny formularz
facebook-keywords = facebook fb meta fejsbuk
facebook-steps =
    <b>Zgłoś sprzeciw na Facebooku</b>

    <b>Najszybciej:</b> dotknij przycisku poniżej, aby otworzyć oficjalny formularz firmy Meta. Jeśli strona o to poprosi, najpierw zaloguj się tam do Facebooka.

    <b>W aplikacji:</b>
    1. Otwórz menu i przejdź do <i>Ustawienia i prywatność</i> → <i>Centrum ochrony prywatności</i>.
    2. Otwórz <i>Tematy związane z prywatnością</i> → temat o AI (<i>AI w Meta</i>).
    3. Wybierz link lub przycisk zgłoszenia sprzeciwu.
    4. Wpisz adres e-mail swojego konta. Pole z uzasadnieniem jest opcjonalne: zostaw je puste albo wklej pismo z /template.
    5. Wyślij formularz.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont. Konto niepołączone lub z innym adresem e-mail wymaga osobnego sprzeciwu.
    • Strony na Facebooku nie mogą zgłosić sprzeciwu tym formularzem, tylko konta osobiste.
    • Jeśli sprzeciw został zgłoszony już w 2024 roku, dla pewności zgłoś go ponownie.

## Platform `instagram`: every message of a platform starts with its key.
instagram-name = Instagram
instagram-button = Instagram
# The label of the button that opens the official form.
instagram-form-button = 📝 Formularz (jeśli trzeba, zaloguj się do Instagrama)
# Its line in /help, and its entry in the command menu (at most 256 characters).
instagram-help = /instagram: jak zgłosić sprzeciw na Instagramie
instagram-command = Zgłoś sprzeciw na Instagramie
instagram-inline-title = Zgłoś sprzeciw na Instagramie
instagram-inline-desc = Instrukcja i oficjalny formularz
instagram-keywords = instagram insta ig
instagram-steps =
    <b>Zgłoś sprzeciw na Instagramie</b>

    <b>Najszybciej:</b> dotknij przycisku poniżej, aby otworzyć oficjalny formularz firmy Meta. Jeśli strona o to poprosi, najpierw zaloguj się tam do Instagrama.

    <b>W aplikacji:</b>
    1. Wejdź na swój profil i dotknij menu ☰ (<i>Ustawienia i aktywność</i>).
    2. Znajdź w tym menu <i>Centrum ochrony prywatności</i> (w niektórych wersjach w sekcji informacji na dole menu: <i>Informacje</i> → <i>Zasady ochrony prywatności</i>).
    3. Znajdź <i>Prawo do sprzeciwu</i> i otwórz formularz.
    4. Wpisz adres e-mail swojego konta. Pole z uzasadnieniem jest opcjonalne: zostaw je puste albo wklej pismo z /template.
    5. Wyślij formularz.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont, także Facebooka. Konta niepołączone wymagają osobnego sprzeciwu.
    • Jeśli sprzeciw został zgłoszony już w 2024 roku, dla pewności zgłoś go ponownie.

## Platform `whatsapp`: every message of a platform starts with its key.
whatsapp-name = WhatsApp
whatsapp-button = WhatsApp
# The label of the button that opens the official form.
whatsapp-form-button = 📝 Otwórz oficjalny formularz: WhatsApp
# Its line in /help, and its entry in the command menu (at most 256 characters).
whatsapp-help = /whatsapp: jak zgłosić sprzeciw w WhatsAppie
whatsapp-command = WhatsApp i Meta AI
whatsapp-inline-title = Zgłoś sprzeciw w WhatsAppie
whatsapp-inline-desc = Czaty z Meta AI: co jest wykorzystywane i formularz
whatsapp-keywords = whatsapp wa
whatsapp-steps =
    <b>WhatsApp i Meta AI</b>

    Twoje prywatne czaty są szyfrowane end-to-end i <b>nie</b> służą do trenowania AI. To, co wysyłasz do Meta AI (niebiesko-różowe kółko w aplikacji albo @Meta AI przywołane na czacie grupowym), nie jest szyfrowane end-to-end i może zostać wykorzystane.

    • W WhatsAppie nie da się wyłączyć Meta AI; można z niej tylko nie korzystać.
    • W czerwcu 2025 roku firma Meta oświadczyła, że obecnie nie wykorzystuje do trenowania czatów z Meta AI w WhatsAppie.
    • W aplikacji nie ma ustawienia do zgłoszenia sprzeciwu, a organizacje konsumenckie podają, że WhatsApp nie ma w tej sprawie własnej, oficjalnej procedury sprzeciwu.

    <b>Najpewniejsza ochrona:</b> nie wysyłaj niczego do Meta AI.

    <b>Na wszelki wypadek – formularz internetowy:</b>
    1. Dotknij przycisku poniżej (albo wejdź na whatsapp.com → informacje prawne na dole strony → formularz dotyczący praw osób, których dane dotyczą, niezależnie od jego obecnej nazwy).
    2. Wybierz opcje dotyczące sprzeciwu wobec wykorzystywania Twoich danych.
    3. Wpisz numer telefonu z numerem kierunkowym kraju oraz adres e-mail.
    4. Jeśli formularz zapyta o powód, wklej pismo z /template.
    5. Wyślij formularz. WhatsApp odpowiada e-mailem; zachowaj tę odpowiedź.
