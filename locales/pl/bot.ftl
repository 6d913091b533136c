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
btn-mark-done = ☑️ Sprzeciw złożony: { $platform }
btn-mark-undone = ↩️ Jednak jeszcze nie: { $platform }

## /start
start-text =
    <b>Chroń swoje treści przed AI od Meta</b>

    Meta wykorzystuje publiczne posty, zdjęcia, podpisy i komentarze dorosłych użytkowników z UE, a także to, co ludzie wysyłają do Meta AI, do trenowania swojej sztucznej inteligencji. RODO (art. 21) daje Ci prawo do sprzeciwu. Na każdą platformę wystarczą dwie minuty.

    { $deadline }

    Wybierz platformę, aby zobaczyć instrukcję:

## Stan terminu. $date to datetime-format, $left to wartość left-*.
deadline-before = ⏳ Meta zacznie wykorzystywać Twoje treści <b>{ $date }</b>. Pozostały czas: <b>{ $left }</b>. Jeśli zgłosisz sprzeciw przed tą datą, Twoje dotychczasowe posty nie trafią do trenowania.
deadline-after = ℹ️ Meta trenuje AI na treściach użytkowników od <b>{ $date }</b>. Nadal możesz zgłosić sprzeciw: działa od dnia, w którym go złożysz, więc to, co opublikujesz od tej chwili, pozostanie poza trenowaniem. Tego, co już zostało wykorzystane, nie da się cofnąć.

## Instrukcje dla platform
facebook-text =
    <b>Sprzeciw na Facebooku</b>

    <b>Najszybciej:</b> dotknij przycisku poniżej, aby otworzyć oficjalny formularz Meta z poziomu zalogowanego konta.

    <b>W aplikacji:</b>
    1. Otwórz menu i przejdź do <i>Ustawienia i prywatność</i> → <i>Centrum ochrony prywatności</i>.
    2. Otwórz <i>Tematy związane z prywatnością</i> → <i>SI w Meta</i>.
    3. Wybierz <i>Prześlij wniosek o sprzeciw</i>.
    4. Wpisz adres e-mail swojego konta. Pole z uzasadnieniem jest opcjonalne: zostaw je puste albo wklej pismo z /template.
    5. Wyślij formularz.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont. Konto niepołączone lub z innym adresem e-mail wymaga osobnego sprzeciwu.
    • Strony na Facebooku nie mogą zgłosić sprzeciwu tym formularzem, tylko konta osobiste.
    • Sprzeciw zgłoszony w 2024 roku? Dla pewności zgłoś go ponownie.
instagram-text =
    <b>Sprzeciw na Instagramie</b>

    <b>Najszybciej:</b> dotknij przycisku poniżej, aby otworzyć oficjalny formularz Meta z poziomu zalogowanego konta.

    <b>W aplikacji:</b>
    1. Wejdź na swój profil i dotknij menu ☰.
    2. Otwórz <i>Ustawienia i prywatność</i> → <i>Centrum ochrony prywatności</i> (albo <i>Informacje</i> → <i>Zasady ochrony prywatności</i>).
    3. Znajdź <i>Prawo do sprzeciwu</i> i otwórz formularz.
    4. Wpisz adres e-mail swojego konta. Pole z uzasadnieniem jest opcjonalne: zostaw je puste albo wklej pismo z /template.
    5. Wyślij formularz.

    <b>Potem:</b> Meta wyśle potwierdzenie e-mailem albo pokaże je na ekranie. Zachowaj je.

    <b>Warto wiedzieć</b>
    • Nie trzeba podawać żadnego uzasadnienia.
    • Jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont, także Facebooka. Konta niepołączone wymagają osobnego sprzeciwu.
    • Sprzeciw zgłoszony w 2024 roku? Dla pewności zgłoś go ponownie.
whatsapp-text =
    <b>Sprzeciw w WhatsAppie</b>

    Twoje prywatne czaty <b>nie</b> służą do trenowania AI. Wykorzystane może być to, co wysyłasz do Meta AI (niebiesko-różowe kółko w aplikacji).

    <b>Jak:</b> w aplikacji nie ma takiego ustawienia; sprzeciw składa się przez formularz internetowy.
    1. Dotknij przycisku poniżej (albo wejdź na whatsapp.com → <i>Informacje prawne</i> → formularz <i>Prawa osób, których dane dotyczą</i>).
    2. Wybierz opcje dotyczące sprzeciwu wobec wykorzystywania Twoich danych do AI.
    3. Wpisz numer telefonu z numerem kierunkowym kraju oraz adres e-mail.
    4. Jeśli formularz zapyta o powód, wklej pismo z /template.
    5. Wyślij formularz.

    <b>Potem:</b> WhatsApp odpowiada e-mailem. Zachowaj tę odpowiedź.

    <b>Warto wiedzieć</b>
    • Sprzeciw zgłoszony w 2024 roku? Dla pewności zgłoś go ponownie.

## /template
letter-intro = Skopiuj poniższe pismo (dotknij go, aby skopiować) i wklej je w pole <i>uzasadnienie</i> formularza albo do formularza WhatsAppa, gdy zapyta o powód.
letter-body =
    Dzień dobry,

    na podstawie art. 21 ogólnego rozporządzenia o ochronie danych (RODO) niniejszym wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu rozwijania i trenowania sztucznej inteligencji przez spółkę Meta i jej partnerów. Sprzeciw dotyczy moich postów, zdjęć, komentarzy oraz wszelkich innych danych osobowych lub publicznych powiązanych z moim kontem.

    Proszę o pisemne potwierdzenie, że mój sprzeciw został zarejestrowany i jest uwzględniany.

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
    /remind: przypomnienia przed terminem
    /stop: koniec przypomnień
    /status: Twoja lista i następne przypomnienie
    /language: zmiana języka
    /share: link do przekazania dalej
    /privacy: co o Tobie przechowuję
    /forget: usunięcie wszystkiego, co przechowuję o tym czacie

    Możesz też wpisać @{ $bot } na dowolnym czacie, aby wysłać tam kartę.

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
remind-on-no-wave = 🔔 Przypomnienia włączone, ale przed terminem (<b>{ $date }</b>) nie zostało już żadne przypomnienie. Najlepiej działaj teraz.
remind-already = 🔔 Przypomnienia są już włączone. Następne: <b>{ $when }</b>.
remind-after-deadline = Termin (<b>{ $date }</b>) już minął, więc nie ma o czym przypominać. Sprzeciw nadal ma sens: chroni to, co publikujesz od dnia jego złożenia.
remind-nothing-left = Masz odhaczone wszystkie trzy platformy, więc przypomnienia nie są potrzebne. Dziękuję!
stop-done = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je znowu włączyć.
stop-not-subscribed = Przypomnienia nie były włączone. Wyślij /remind, aby je włączyć.
reminder-text =
    🔔 <b>Przypomnienie:</b> na sprzeciw, zanim Meta zacznie wykorzystywać Twoje treści (<b>{ $date }</b>), pozostało: { $left }.

    Do zrobienia: { $platforms }.

    Dotknij platformy, aby zobaczyć instrukcję. Już gotowe? Odhacz ją pod instrukcją, a przestanę o niej przypominać.
all-done-text = ✅ Sprzeciw złożony na wszystkich trzech platformach. Dziękuję! Nie będę już wysyłać przypomnień.

## /status
status-title = <b>Twoja lista</b>
status-done = ✅ { $platform }: sprzeciw złożony
status-open = ⬜ { $platform }: do zrobienia
status-subscribed = 🔔 Przypomnienia włączone. Następne: <b>{ $when }</b>.
status-subscribed-no-wave = 🔔 Przypomnienia włączone; przed terminem nie zostało już żadne.
status-not-subscribed = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je włączyć.
marked-done = Zapisano: { $platform } – gotowe.
marked-undone = Zapisano: { $platform } – do zrobienia.

## Grupy
admin-only = Może to zrobić tylko administrator tej grupy.
group-intro =
    Cześć! Pomagam ludziom w UE powstrzymać Meta przed trenowaniem AI na ich postach, zdjęciach i komentarzach.

    Każdy tutaj może używać /facebook, /instagram, /whatsapp i /template. Administrator może włączyć przypomnienia dla grupy poleceniem /remind.

## Udostępnianie i tryb inline
share-text =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak powstrzymać Meta przed trenowaniem AI na Twoich postach.
    { $link }
inline-facebook-title = Sprzeciw na Facebooku
inline-facebook-desc = Instrukcja i oficjalny formularz
inline-instagram-title = Sprzeciw na Instagramie
inline-instagram-desc = Instrukcja i oficjalny formularz
inline-whatsapp-title = Sprzeciw w WhatsAppie
inline-whatsapp-desc = Czaty z Meta AI: instrukcja i formularz
inline-letter-title = Pismo ze sprzeciwem
inline-letter-desc = Gotowe pismo do wklejenia w formularze
inline-deadline-title = Termin
inline-deadline-desc = Jak wygląda sytuacja i dlaczego nadal warto
# Słowa, oprócz tytułu, które znajdują kartę po wpisaniu po @bot (oddzielone spacjami).
inline-facebook-keywords = facebook fb meta fejsbuk
inline-instagram-keywords = instagram insta ig
inline-whatsapp-keywords = whatsapp wa
inline-letter-keywords = pismo list wzór szablon sprzeciw
inline-deadline-keywords = termin data czas

## Menu poleceń (każde najwyżej 256 znaków)
cmd-start = Zacznij tutaj
cmd-facebook = Sprzeciw na Facebooku
cmd-instagram = Sprzeciw na Instagramie
cmd-whatsapp = Sprzeciw w WhatsAppie (Meta AI)
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
bot-description = Meta trenuje swoją AI na publicznych postach, zdjęciach i komentarzach dorosłych użytkowników z UE. Ten bot pokazuje krok po kroku, w Twoim języku, jak zgłosić sprzeciw na Facebooku, Instagramie i w WhatsAppie, daje gotowe pismo do wklejenia i przypomina przed terminem.
bot-short-description = Powstrzymaj Meta przed trenowaniem AI na Twoich postach: instrukcje, formularze, pismo.
