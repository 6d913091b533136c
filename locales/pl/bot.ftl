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
    /news: powiadomienie, gdy pojawi się nowy sposób na sprzeciw
    /forget: usuń wszystko, co przechowuję o tym czacie

    W każdym czacie możesz też wpisać @{ $bot }, aby wstawić tam kartę.

## /privacy i /forget
privacy-text =
    <b>Co przechowuję</b>
    • Numer tego czatu, jego język, czy chcesz dostawać przypomnienia lub nowości, które platformy masz odhaczone i od którego dnia, oraz które przypomnienia, pytania o potwierdzenie i ponowne kontrole są zaplanowane lub zostały wysłane, żeby nikt nie dostał tego samego dwa razy.
    • Po co data: miesiąc po odhaczeniu formularza pytam jeden raz, czy firma potwierdziła sprzeciw. Ponowną kontrolę ustawienia zapisuję tylko wtedy, gdy o nią poprosisz.
    • Nic poza tym: żadnych imion, nazw użytkowników, numerów telefonów ani treści wiadomości. Kraj, który wybierasz, żeby znaleźć organ ochrony danych, nie jest zapisywany.

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
# /stop, gdy włączone były też pytania o potwierdzenie, ponowne kontrole lub nowości: wszystko się kończy.
stop-all = 🔕 Gotowe: nie dostaniesz już ode mnie przypomnień, pytań o potwierdzenie ani nowości. /start znowu pokaże platformy.

## /status
status-title = <b>Twoja lista</b>
status-done = ✅ { $platform }: gotowe
status-open = ⬜ { $platform }: do zrobienia
status-subscribed = 🔔 Przypomnienia włączone. Następne: <b>{ $when }</b>.
status-no-wave = 🔕 Nie są zaplanowane żadne kolejne przypomnienia.
status-not-subscribed = 🔕 Przypomnienia wyłączone. Wyślij /remind, aby je włączyć.
# Komunikat po odhaczeniu formularza; $after to czas, np. „30 dni”.
marked-done-followup = Zapisano: { $platform } – gotowe. Za { $after } zapytam, czy sprzeciw został potwierdzony.
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
cmd-news = Powiadomienie, gdy pojawi się nowy sposób na sprzeciw

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

## Po odhaczeniu: pytania o potwierdzenie, gdzie złożyć skargę, ponowne kontrole i nowości.
# Wiadomość pod ustawieniem odhaczonym jako wyłączone; proponuje ponowną kontrolę (btn-recheck).
setting-thanks = ✅ Zapisano: { $platform } – wyłączone. Dziękuję! Niektóre platformy dodały nowe ustawienia AI, domyślnie włączone, nie informując o tym użytkowników, więc mogę Ci przypomnieć, żeby to sprawdzić.
# $after to czas, np. „180 dni”.
btn-recheck = 🔔 Przypomnij mi za { $after }
recheck-on = 🔔 Dnia <b>{ $date }</b> przypomnę Ci, żeby sprawdzić, czy na platformie { $platform } nadal jest wyłączone.
# Sama ponowna kontrola, z przyciskiem ustawienia pod spodem.
recheck-ask = 🔎 Dnia { $date } ustawienie na platformie { $platform } zostało wyłączone. Sprawdź, proszę, czy nadal jest wyłączone i czy obok nie pojawiło się nowe ustawienie AI: niektóre platformy dodały takie ustawienia, domyślnie włączone, nie informując o tym użytkowników. To zajmie minutę.
recheck-ask-undated = 🔎 Ustawienie na platformie { $platform } zostało wyłączone. Sprawdź, proszę, czy nadal jest wyłączone i czy obok nie pojawiło się nowe ustawienie AI: niektóre platformy dodały takie ustawienia, domyślnie włączone, nie informując o tym użytkowników. To zajmie minutę.
btn-news-on = 🆕 Nowe sposoby sprzeciwu
btn-news-off = 🔕 Bez nowości
news-on = 🆕 Dam Ci znać, gdy pojawi się nowy sposób, żeby zgłosić sprzeciw albo coś wyłączyć. Wyślij ponownie /news, żeby z tego zrezygnować.
news-off = 🔕 Nie będę już wysyłać nowości. Wyślij /news, aby je znowu włączyć.
# Pierwszy wiersz ogłoszenia; dalej tytuł i opis kampanii.
news-announce = 🆕 <b>Nowy sposób, by zgłosić sprzeciw albo coś wyłączyć</b>
# Pytanie o potwierdzenie, miesiąc po odhaczeniu formularza ($date to ten dzień).
followup-ask =
    📬 Twój sprzeciw na platformie { $platform } został złożony { $date }. Firma musi Cię poinformować, co zrobiła w związku z nim, w ciągu miesiąca od jego otrzymania (albo w tym samym miesiącu zawiadomić, że potrzebuje jeszcze maksymalnie dwóch miesięcy).

    Czy firma go potwierdziła?
followup-ask-again = 📬 Pytam jeszcze raz: Twój sprzeciw na platformie { $platform } został złożony { $date }. Czy firma go potwierdziła?
btn-confirmed = ✅ Potwierdziła
btn-later = ⏳ Jeszcze nie, zapytaj później
btn-no-answer = ❌ Brak odpowiedzi
followup-confirmed = ✅ Dziękuję! Na platformie { $platform } nie musisz już nic robić. Zachowaj potwierdzenie.
followup-later = ⏳ Zapytam jeszcze raz <b>{ $date }</b>.
followup-letter-intro = Wyślij to przez ten sam formularz lub na ten sam adres co wcześniej, uzupełnij swoje dane i zachowaj kopię:
# Ponaglenie: formalne, po uzupełnieniu poniżej 1000 znaków.
followup-letter =
    Temat: Mój sprzeciw z dnia { $date } (art. 21 RODO)

    Szanowni Państwo,

    w dniu { $date } na podstawie art. 21 RODO został przeze mnie wniesiony sprzeciw wobec wykorzystywania moich danych osobowych na platformie { $platform } do rozwijania i ulepszania sztucznej inteligencji.

    Zgodnie z art. 12 ust. 3 RODO mają Państwo obowiązek poinformować mnie o działaniach podjętych w związku z moim żądaniem w terminie miesiąca od jego otrzymania. Do dziś nie dotarła do mnie żadna odpowiedź.

    Proszę o niezwłoczne potwierdzenie, że mój sprzeciw został uwzględniony. W przeciwnym razie wniosę skargę do organu nadzorczego ds. ochrony danych (art. 77 RODO).

    Z poważaniem
    { "[" }Twoje imię i nazwisko]
    { "[" }Adres e-mail Twojego konta]
complain-where = Jeśli firma nadal nie odpowiada, możesz złożyć skargę do organu ochrony danych: w kraju, w którym mieszkasz, w którym pracujesz albo w którym doszło do naruszenia. Który kraj?
btn-other-country = 🇪🇺 Inny kraj
complain-country = Który kraj? Wybierz ten, w którym mieszkasz, pracujesz albo w którym doszło do naruszenia:
complain-land = W Niemczech skargi na firmy trafiają do organu ochrony danych Twojego kraju związkowego (Land). Którego?
complain-authority =
    🏛 <b>{ $authority }</b> ({ $place })

    Twój organ przekazuje skargę wiodącemu organowi nadzorczemu (dla firm Meta, LinkedIn, Google i X jest to irlandzka Data Protection Commission) i pozostaje Twoim punktem kontaktowym.

    Zachowaj jako dowód: e-mail z potwierdzeniem albo zrzut ekranu wysłanego formularza z datą, a także wysłane ponaglenie. Skarga nie jest anonimowa wobec firmy, a wiele organów przyjmuje skargi tylko w swoim języku.
complain-home-only = <i>Nie udało mi się potwierdzić strony tego organu do składania skarg: przycisk otwiera jego stronę główną.</i>
btn-authority = 🏛 Otwórz stronę organu
