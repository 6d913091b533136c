## objection-bot: teksty po polsku.
## HTML Telegrama: tylko <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & zapisuj jako &amp;, a < jako &lt;.
## Linki i daty nigdy nie są wpisywane tutaj: pochodzą z pliku kampanii.

# Nazwa języka w tym języku, na klawiaturze /language.
language-name = Polski

## Nazwy platform (nazwy marek)
name-facebook = Facebook
name-instagram = Instagram
name-whatsapp = WhatsApp

## Daty. $day, $year i $minute to liczby, $month to jedno z month-1 … month-12 (dopełniacz).
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-format = { $day } { $month } { $year } r.
# $date to date-format, $time to GG:MM, a $zone to np. UTC+02:00.
datetime-format = { $date }, godz. { $time } ({ $zone })

## Pozostały czas, z formami liczby mnogiej (mianownik).
left-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
left-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
left-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}

## Przyciski (krótkie: muszą się zmieścić na ekranie telefonu)
btn-facebook = Facebook
btn-instagram = Instagram
btn-whatsapp = WhatsApp
btn-letter = ✍️ Pismo ze sprzeciwem
btn-remind = 🔔 Przypomnij mi
btn-language = 🌐 Język
btn-share = 📣 Udostępnij
btn-menu = ↩️ Menu
btn-deadline = ⏳ Termin
btn-status = ✅ Moja lista
btn-open-form = 📝 Otwórz oficjalny formularz: { $platform }
# Przycisk formularza platformy, który wymaga konta: mówi, żeby się zalogować, jeśli strona o to poprosi.
btn-open-form-login = 📝 Formularz (jeśli trzeba, zaloguj się { $platform ->
    [Facebook] do Facebooka
    [Instagram] do Instagrama
   *[other] do serwisu { $platform }
})
btn-mark-done = ☑️ Sprzeciw złożony: { $platform }
btn-mark-undone = ↩️ Jednak jeszcze nie: { $platform }

## /start
start-text =
    <b>Zgłoś sprzeciw wobec wykorzystywania Twoich treści przez AI firmy Meta</b>

    Meta trenuje swoją AI na publicznych postach, zdjęciach, podpisach i komentarzach dorosłych użytkowników z UE, a także na tym, co ludzie wysyłają do Meta AI. RODO (art. 21) daje Ci prawo do sprzeciwu. Na każdą platformę wystarczą dwie minuty.

    { $deadline }

    Wybierz platformę, aby zobaczyć instrukcję:

## Stan terminu. $date to datetime-format, $left to wartość left-*.
deadline-before = ⏳ Meta zacznie wykorzystywać treści <b>{ $date }</b>, pozostały czas: <b>{ $left }</b>. Sprzeciw obowiązuje od dnia jego złożenia, więc jeśli złożysz go przed tą datą, zacznie obowiązywać jeszcze przed rozpoczęciem trenowania.
deadline-after = ℹ️ Od <b>{ $date }</b> Meta trenuje swoją AI na treściach użytkowników. Nadal możesz zgłosić sprzeciw: obowiązuje od dnia, w którym go złożysz. Treści już wykorzystanych nie da się wycofać z modeli, które zostały już wytrenowane.

## Instrukcje dla platform
facebook-text =
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
instagram-text =
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
whatsapp-text =
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

## /template
letter-intro = Skopiuj poniższe pismo (dotknij go, aby skopiować) i wklej je w pole <i>uzasadnienie</i> formularza albo do formularza WhatsAppa, gdy zapyta o powód.
letter-body =
    Szanowni Państwo,

    na podstawie art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę sprzeciw wobec przetwarzania moich danych osobowych przez firmę Meta i jej partnerów w celu rozwijania i trenowania sztucznej inteligencji (AI). Sprzeciw dotyczy moich postów, zdjęć, podpisów, komentarzy i wszelkich innych treści powiązanych z moim kontem, a także moich interakcji z Meta AI.

    Na podstawie art. 12 ust. 3 RODO proszę o pisemne potwierdzenie, w terminie jednego miesiąca, że mój sprzeciw został zarejestrowany i jest stosowany.

    Z poważaniem

## /language
language-choose = Wybierz język, w którym mam pisać na tym czacie:
language-set = Gotowe: tutaj będę pisać po polsku.

## /help
help-text =
    <b>Co potrafię</b>
    /facebook: jak zgłosić sprzeciw na Facebooku
    /instagram: jak zgłosić sprzeciw na Instagramie
    /whatsapp: jak zgłosić sprzeciw w WhatsAppie
    /template: pismo do wklejenia w formularze
    /deadline: termin i aktualna sytuacja
    { $remind }
    /stop: koniec przypomnień
    /status: Twoja lista i następne przypomnienie
    /language: zmiana języka
    /share: link do przekazania dalej
    /privacy: co o Tobie przechowuję
    /forget: usunięcie wszystkiego, co przechowuję o tym czacie

    Możesz też wpisać @{ $bot } na dowolnym czacie, aby wysłać tam kartę.

# Wiersz /remind w help-text: dopóki przed terminem są jeszcze przypomnienia…
help-remind = /remind: przypomnienia przed terminem
# …i gdy nie zostało żadne (termin minął albo przed nim nie ma już przypomnienia).
help-remind-none = /remind: dlaczego teraz nie ma przypomnień

## /privacy i /forget
privacy-text =
    <b>Co przechowuję</b>
    • Numer tego czatu, wybrany język, czy chcesz dostawać przypomnienia, które platformy masz już odhaczone, oraz które przypomnienia zostały wysłane, żeby nikt nie dostał tego samego dwa razy.
    • Nic poza tym: żadnych imion, nazw użytkowników, numerów telefonów ani treści wiadomości.

    <b>Jak długo</b>
    Dopóki nie wyślesz /forget, nie zablokujesz mnie albo nie usuniesz mnie z grupy. Wtedy wszystko jest od razu usuwane.

    /forget od razu usuwa wszystko, co dotyczy tego czatu.
forget-done = Gotowe: wszystkie dane o tym czacie zostały usunięte. Wyślij /start, kiedy zechcesz zacząć od nowa.

## Wszystko inne
unknown-text = Rozumiem tylko polecenia. Wyślij /help, aby je zobaczyć.
stale-button = Ten przycisk już nie działa. Wyślij /start, aby dostać aktualne menu.
error-text = Coś poszło nie tak po mojej stronie. Spróbuj ponownie za minutę.

## Przypomnienia
remind-on = 🔔 Przypomnienia włączone. Następne: <b>{ $when }</b>.
remind-no-wave = Przed terminem (<b>{ $date }</b>) nie zostało już żadne przypomnienie, więc najlepiej zgłosić sprzeciw już teraz.
remind-already = 🔔 Przypomnienia są już włączone. Następne: <b>{ $when }</b>.
remind-after-deadline = Termin (<b>{ $date }</b>) już minął, więc nie ma o czym przypominać, ale sprzeciw możesz zgłosić w każdej chwili i będzie obowiązywał od dnia jego złożenia.
remind-nothing-left = Masz odhaczone wszystkie trzy platformy, więc przypomnienia nie są potrzebne. Dziękuję!
stop-done = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je znowu włączyć.
stop-not-subscribed = Przypomnienia nie były włączone. Wyślij /remind, aby je włączyć.
reminder-text =
    🔔 <b>Przypomnienie:</b> termin mija <b>{ $date }</b>, pozostało: <b>{ $left }</b>. Sprzeciw obowiązuje od dnia, w którym zostanie złożony.

    Do zrobienia: { $platforms }.

    Dotknij platformy, aby zobaczyć instrukcję. Już gotowe? Odhacz ją pod instrukcją, a przestanę o niej przypominać.
all-done-text = ✅ Sprzeciw złożony na wszystkich trzech platformach. Dziękuję! Nie będę już wysyłać przypomnień.

## /status
status-title = <b>Twoja lista</b>
status-done = ✅ { $platform }: sprzeciw złożony
status-open = ⬜ { $platform }: do zrobienia
status-subscribed = 🔔 Przypomnienia włączone. Następne: <b>{ $when }</b>.
status-no-wave = 🔕 Nie są zaplanowane żadne kolejne przypomnienia.
status-not-subscribed = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je włączyć.
marked-done = Zapisano: { $platform } – gotowe.
marked-undone = Zapisano: { $platform } – do zrobienia.

## Grupy
admin-only = Może to zrobić tylko administrator tej grupy.
group-intro =
    Cześć! Pokazuję ludziom w UE, jak zgłosić sprzeciw wobec wykorzystywania ich postów, zdjęć i komentarzy przez firmę Meta do trenowania AI.

    Każdy tutaj może używać /facebook, /instagram, /whatsapp i /template.
# Dodawane do group-intro, dopóki przed terminem są jeszcze przypomnienia.
group-intro-remind = Administrator może włączyć przypomnienia dla grupy poleceniem /remind.

## Udostępnianie i tryb inline
share-text =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak zgłosić sprzeciw wobec wykorzystywania Twoich postów przez firmę Meta do trenowania AI.
    { $link }
inline-facebook-title = Zgłoś sprzeciw na Facebooku
inline-facebook-desc = Instrukcja i oficjalny formularz
inline-instagram-title = Zgłoś sprzeciw na Instagramie
inline-instagram-desc = Instrukcja i oficjalny formularz
inline-whatsapp-title = Zgłoś sprzeciw w WhatsAppie
inline-whatsapp-desc = Czaty z Meta AI: co jest wykorzystywane i formularz
inline-letter-title = Pismo ze sprzeciwem
inline-letter-desc = Gotowe pismo do wklejenia w formularze
inline-deadline-title = Termin
inline-deadline-desc = Jak wygląda sytuacja i co teraz daje sprzeciw
# Słowa, oprócz tytułu, które znajdują kartę po wpisaniu po @bot (oddzielone spacjami).
inline-facebook-keywords = facebook fb meta fejsbuk
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = pismo list wzór szablon sprzeciw
inline-deadline-keywords = termin data czas

## Menu poleceń (każde najwyżej 256 znaków)
cmd-start = Zacznij tutaj
cmd-facebook = Zgłoś sprzeciw na Facebooku
cmd-instagram = Zgłoś sprzeciw na Instagramie
cmd-whatsapp = WhatsApp i Meta AI
cmd-template = Pismo do wklejenia w formularze
cmd-deadline = Termin i aktualna sytuacja
cmd-remind = Przypomnienia przed terminem
cmd-stop = Koniec przypomnień
cmd-status = Twoja lista
cmd-language = Zmień język
cmd-share = Link do przekazania dalej
cmd-help = Wszystkie polecenia
cmd-privacy = Co bot przechowuje
cmd-forget = Usuń wszystko, co zapisano o tym czacie

## Profil bota: opis najwyżej 512 znaków, krótki opis najwyżej 120.
bot-description = Meta trenuje swoją AI na publicznych postach, zdjęciach i komentarzach dorosłych użytkowników z UE oraz na tym, co ludzie wysyłają do Meta AI. Ten bot pokazuje krok po kroku, w Twoim języku, jak zgłosić sprzeciw na Facebooku i Instagramie i jak wygląda sytuacja w WhatsAppie, a także daje gotowe pismo do wklejenia. Gdy zbliża się termin, może Ci o nim przypomnieć.
bot-short-description = Zgłoś sprzeciw wobec wykorzystywania Twoich postów przez AI firmy Meta: instrukcje, formularze, pismo.
