## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Wyłącz wykorzystywanie Twoich danych przez LinkedIn do trenowania AI
intro =
    LinkedIn wykorzystuje profile, posty i komentarze członków z UE oraz ich czaty z funkcjami AI do trenowania AI, która pisze treści. Prywatne wiadomości nie są wykorzystywane. Ustawienie, włączone, dopóki go nie wyłączysz, pozwala Ci się wypisać; zajmuje to minutę.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Możesz je wyłączyć w każdej chwili i obowiązuje to od tego momentu. LinkedIn wykorzystuje dane członków z UE do trenowania AI od <b>{ $date }</b>; już wytrenowane modele się nie zmieniają.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Odhaczone: ustawienie LinkedIna jest wyłączone. Dziękuję!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak wyłączyć wykorzystywanie Twoich danych przez LinkedIn do trenowania AI.
    { $link }
group-intro =
    Cześć! Pokazuję ludziom w UE, jak wyłączyć wykorzystywanie ich profilu i postów przez LinkedIn do trenowania AI.

    Każdy tutaj może używać /linkedin.
description = LinkedIn wykorzystuje profile, posty i czaty z funkcjami AI członków z UE do trenowania AI, która pisze treści. Ten bot pokazuje w Twoim języku, gdzie jest to ustawienie i jak je wyłączyć.
short-description = Wyłącz wykorzystywanie Twoich danych przez LinkedIn do trenowania AI: gdzie jest ustawienie.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn i AI: aktualna sytuacja
deadline-inline-desc = Od kiedy LinkedIn trenuje AI na danych członków i co daje ustawienie
deadline-keywords = linkedin sytuacja od

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Otwórz ustawienie
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Sprzeciw, inne cele
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: wyłącz trenowanie AI LinkedIna na Twoich danych
linkedin-command = Wyłącz trenowanie AI LinkedIna
linkedin-inline-title = Wyłącz trenowanie AI LinkedIna
linkedin-inline-desc = Gdzie jest ustawienie, na telefonie i na komputerze
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Wyłącz trenowanie AI LinkedIna</b>

    <b>Najszybciej:</b> dotknij poniżej <i>Otwórz ustawienie</i> i zaloguj się do LinkedIna, jeśli pojawi się taka prośba. Na stronie o danych do ulepszania generatywnej AI (<i>Data for Generative AI Improvement</i>) wyłącz przełącznik.

    <b>Na telefonie:</b> Twoje zdjęcie profilowe → <i>Ustawienia</i> → <i>Prywatność danych</i> → ustawienie danych do ulepszania generatywnej AI (<i>Data for Generative AI Improvement</i>) → wyłącz.
    <b>Na komputerze:</b> <i>Ja</i> (<i>Me</i>) → <i>Ustawienia i prywatność</i> → <i>Prywatność danych</i> → to samo ustawienie → wyłącz.

    <b>Potem:</b> nie przychodzi żadne potwierdzenie. Odśwież stronę: przełącznik powinien być wyłączony.

    <blockquote expandable><b>Warto wiedzieć</b>
    • Co jest wykorzystywane: Twój profil (imię i nazwisko, zdjęcie, stanowiska, wykształcenie, umiejętności, potwierdzenia umiejętności), Twoje posty, artykuły, komentarze i ankiety, aktywność w grupach, zapisane CV i odpowiedzi na pytania rekrutacyjne oraz czaty z funkcjami AI LinkedIna. Prywatne wiadomości nie są wykorzystywane.
    • Przełącznik obowiązuje od tego momentu; już wytrenowane modele się nie zmieniają.
    • Holenderski organ ochrony danych zwrócił uwagę, że mogą być wykorzystywane dane sięgające nawet 2003 roku.
    • Do innych zastosowań Twoich danych (na przykład AI do zaufania i bezpieczeństwa albo ulepszania produktów) informacja o prywatności LinkedIna oferuje formularz sprzeciwu: to drugi przycisk.</blockquote>
