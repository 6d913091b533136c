## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Odznacz udostępnianie Twoich danych przez X do trenowania Groka
intro =
    X udostępnia firmie xAI Twoje publiczne posty, Twoje interakcje z postami i Twoje czaty z Grokiem, a xAI trenuje na nich Groka. Pozwala na to pole w ustawieniach; jest zaznaczone, dopóki go nie odznaczysz. Zajmuje to minutę.

## Where things stand (no `started`, so no $date).
standing = ✅ Pole możesz odznaczyć w każdej chwili i obowiązuje to od tego momentu; nie wiąże się to z żadną datą. Według X odznaczenie nie powstrzymuje modelu, który już działa, przed dalszym uczeniem się w trakcie zwykłego używania. Irlandzki organ ochrony danych wszczął w kwietniu 2025 roku postępowanie w sprawie trenowania Groka na postach użytkowników z UE.

# When the setting is ticked off as unticked.
all-done = ✅ Odhaczone: pole w X jest odznaczone. Dziękuję!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak odznaczyć udostępnianie Twoich danych przez X do trenowania Groka.
    { $link }
group-intro =
    Cześć! Pokazuję ludziom w UE, jak odznaczyć udostępnianie ich postów i czatów z Grokiem przez X do trenowania Groka.

    Każdy tutaj może używać /x.
description = X udostępnia firmie xAI publiczne posty i czaty z Grokiem do trenowania Groka, chyba że odznaczysz jedno pole. Ten bot pokazuje w Twoim języku, gdzie jest to pole.
short-description = Odznacz udostępnianie Twoich danych przez X do trenowania Groka: gdzie jest to pole.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X i Grok: aktualna sytuacja
deadline-inline-desc = Co daje to pole, a czego nie może
deadline-keywords = x twitter grok sytuacja

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Otwórz ustawienie Groka
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: odznacz udostępnianie Twoich danych przez X do trenowania Groka
x-command = Odznacz udostępnianie danych z X dla Groka
x-inline-title = Odznacz udostępnianie danych z X dla Groka
x-inline-desc = Droga do pola i dodatkowy krok
x-keywords = x twitter grok xai
x-steps =
    <b>X: odznacz pole Groka</b>

    <b>Droga</b> (w aplikacji lub na x.com): <i>Ustawienia i prywatność</i> → <i>Prywatność i bezpieczeństwo</i> → <i>Udostępnianie danych i personalizacja</i> → <i>Grok</i> (po angielsku <i>Grok &amp; Third-party Collaborators</i>) → odznacz pole, które pozwala wykorzystywać Twoje publiczne dane i Twoje interakcje z Grokiem do trenowania.

    <b>Przycisk poniżej</b> próbuje otworzyć tę stronę bezpośrednio. Jeśli się nie otworzy, idź tą drogą. Jeśli aplikacja nie pokazuje ustawienia, użyj x.com w przeglądarce.

    <b>Potem:</b> nie przychodzi żadne potwierdzenie; pole pozostaje odznaczone.

    <b>Dodatkowy krok:</b> <i>Chroń swoje posty</i> (<i>Prywatność i bezpieczeństwo</i> → <i>Audience and tagging</i>) sprawia, że Twoje posty widzą tylko obserwujący, więc przestają być publiczne.

    <blockquote expandable><b>Warto wiedzieć</b>
    • Europejski aneks do polityki prywatności xAI (lipiec 2026) wymienia publiczne posty dorosłych w X wśród danych, na których trenuje Groka, i mówi, że sprzeciw można zgłosić w ustawieniach.
    • Odznaczenie obowiązuje od tego momentu.</blockquote>
