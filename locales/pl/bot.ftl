## objection-bot: teksty po polsku.
## HTML Telegrama: tylko <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; & zapisuj jako &amp;, a < jako &lt;.
## Linki i daty nigdy nie są wpisywane tutaj: pochodzą z pliku kampanii.

# Nazwa języka w tym języku, na klawiaturze /language.
language-name = Polski

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
btn-letter = ✍️ Pismo
btn-remind = 🔔 Przypomnij mi
btn-language = 🌐 Język
btn-share = 📣 Udostępnij
btn-menu = ↩️ Menu
btn-deadline = ℹ️ Aktualna sytuacja
btn-status = ✅ Moja lista
# Przycisk do odhaczenia pod platformą z formularzem…
btn-mark-done = ☑️ Sprzeciw złożony: { $platform }
btn-mark-undone = ↩️ Jednak jeszcze nie: { $platform }
btn-stop = 🔕 Wyłącz przypomnienia
btn-tick-in-private = ☑️ Odhacz w prywatnym czacie

## /start
start-text =
    { $campaigns }

    Wybierz platformę, aby zobaczyć instrukcję:

## /template
letter-pick = Którego pisma potrzebujesz? Wybierz kampanię:

## /language
language-choose = Wybierz język, w którym mam pisać na tym czacie:
language-set = Gotowe: tutaj będę pisać po polsku.

## /help
help-text =
    <b>Co potrafię</b>
    { $platforms }
    /template: pismo do wklejenia w formularze
    /deadline: aktualna sytuacja
    { $reminders }/status: Twoja lista
    /language: zmień język
    /share: link do przekazania dalej
    /privacy: co o Tobie przechowuję
    /forget: usuń wszystko, co przechowuję o tym czacie

    W każdym czacie możesz też wpisać @{ $bot }, aby wstawić tam kartę.

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
remind-after-deadline = Sprzeciw możesz zgłosić w każdej chwili i obowiązuje on od dnia, w którym go złożysz. Nie ma o czym przypominać, bo ta data (<b>{ $date }</b>) już minęła.
stop-done = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je znowu włączyć.
stop-not-subscribed = Przypomnienia nie były włączone. Wyślij /remind, aby je włączyć.

## /status
status-title = <b>Twoja lista</b>
status-done = ✅ { $platform }: gotowe
status-open = ⬜ { $platform }: do zrobienia
status-subscribed = 🔔 Przypomnienia włączone. Następne: <b>{ $when }</b>.
status-no-wave = 🔕 Nie są zaplanowane żadne kolejne przypomnienia.
status-not-subscribed = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je włączyć.
marked-done = Zapisano: { $platform } – gotowe.
marked-undone = Zapisano: { $platform } – do zrobienia.

## Grupy
admin-only = Może to zrobić tylko administrator tej grupy.
# Dodawane do group-intro, dopóki przed terminem są jeszcze przypomnienia.
group-intro-remind = Administrator może włączyć przypomnienia dla grupy poleceniem /remind.

## Menu poleceń (każde najwyżej 256 znaków)
cmd-start = Zacznij tutaj
cmd-template = Pismo do wklejenia w formularze
cmd-deadline = Aktualna sytuacja
cmd-remind = Przypomnienia przed terminem
cmd-stop = Koniec przypomnień
cmd-status = Twoja lista
cmd-language = Zmień język
cmd-share = Link do przekazania dalej
cmd-help = Wszystkie polecenia
cmd-privacy = Co bot przechowuje
cmd-forget = Usuń wszystko, co zapisano o tym czacie

## Issue 17: new messages
# …i pod platformą z ustawieniem: mówi, że jest wyłączone.
btn-mark-done-setting = ☑️ Wyłączone: { $platform }

start-intro =
    <b>Twoje dane i ich AI</b>
    Kilka dużych platform trenuje AI na tym, co ludzie w UE publikują albo o co pytają ich AI. Na każdej z nich możesz zgłosić sprzeciw albo to wyłączyć: zajmuje to minutę lub dwie i obowiązuje od dnia, w którym to zrobisz.

# Wiersze /remind i /stop w help-text, pokazywane tylko wtedy, gdy przed nami jest przypomnienie.
help-reminders =
    /remind: przypomnienia przed wyznaczoną datą
    /stop: koniec przypomnień

# /remind, gdy żadna kampania nie ma daty przed sobą.
remind-none = Sprzeciw możesz zgłosić albo to wyłączyć w każdej chwili i obowiązuje to od dnia, w którym to zrobisz. Przed nami nie ma żadnej daty, więc nie ma o czym przypominać.

# /stop, gdy przed nami nie ma żadnego przypomnienia (bez odsyłania do /remind).
stop-none = 🔕 Nie zaplanowano żadnych przypomnień, więc nie ma czego wyłączać.

# Komunikat po odhaczeniu platformy z ustawieniem.
marked-done-setting = Zapisano: { $platform } – wyłączone.

checked-line = <i>🗓 Kroki sprawdzone { $date }. Jeśli ekran wygląda inaczej, aplikacja mogła się zmienić: poszukaj tych samych słów w pobliżu.</i>

# To samo dla platformy z drugim przyciskiem z linkiem.
checked-line-help = <i>🗓 Kroki sprawdzone { $date }. Jeśli ekran wygląda inaczej albo pierwszy link się nie otwiera, drugi przycisk prowadzi do strony samej platformy.</i>

profile-description = Kilka platform trenuje AI na tym, co ludzie w UE publikują albo o co pytają ich AI. Ten bot pokazuje krok po kroku, w Twoim języku, jak na każdej z nich zgłosić sprzeciw albo to wyłączyć, i daje Ci pismo tam, gdzie formularz o nie prosi.

profile-short-description = Zgłoś sprzeciw wobec trenowania AI na Twoich danych, platforma po platformie: kroki, linki, pismo.

share-several =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak zgłosić sprzeciw wobec trenowania AI na Twoich danych, platforma po platformie.
    { $link }

# $commands to polecenia platform, np. /facebook /linkedin.
group-intro-several =
    Cześć! Pokazuję ludziom w UE, jak zgłosić sprzeciw wobec trenowania AI na ich danych, platforma po platformie.

    Każdy tutaj może używać { $commands } i /template.
