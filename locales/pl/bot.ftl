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
btn-letter = ✍️ Pismo ze sprzeciwem
btn-remind = 🔔 Przypomnij mi
btn-language = 🌐 Język
btn-share = 📣 Udostępnij
btn-menu = ↩️ Menu
btn-deadline = ⏳ Termin
btn-status = ✅ Moja lista
btn-mark-done = ☑️ Sprzeciw złożony: { $platform }
btn-mark-undone = ↩️ Jednak jeszcze nie: { $platform }

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
stop-done = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je znowu włączyć.
stop-not-subscribed = Przypomnienia nie były włączone. Wyślij /remind, aby je włączyć.

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
# Dodawane do group-intro, dopóki przed terminem są jeszcze przypomnienia.
group-intro-remind = Administrator może włączyć przypomnienia dla grupy poleceniem /remind.

## Menu poleceń (każde najwyżej 256 znaków)
cmd-start = Zacznij tutaj
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
