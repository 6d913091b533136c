## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Wyłącz wykorzystywanie Twoich czatów z Gemini przez Google do trenowania AI
intro =
    Dopóki ustawienie aktywności (<i>Keep Activity</i>) jest włączone, Google wykorzystuje to, co wpisujesz, przesyłasz i udostępniasz w Gemini, do ulepszania swoich produktów i trenowania swoich modeli AI, a ludzie-weryfikatorzy czytają wybraną część rozmów. Wyłączenie zajmuje minutę; RODO daje Ci też prawo do sprzeciwu.

## Where things stand (no `started`, so no $date).
standing = ✅ Ustawienie aktywności (<i>Keep Activity</i>) możesz wyłączyć w każdej chwili i obowiązuje to od tego momentu; nie wiąże się to z żadną datą. Gdy jest wyłączone, Google według własnych słów przechowuje nowe czaty przez 72 godziny i nie wykorzystuje ich do trenowania, chyba że wyślesz opinię.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Do wniosku o sprzeciw na podstawie RODO w Google (drugi przycisk pod /gemini): skopiuj poniższe pismo (dotknij go, aby skopiować) i wklej je tam, gdzie formularz prosi o opisanie Twojej sprawy. Akapit z uzasadnieniem jest opcjonalny: zostaw go, napisz własny albo go usuń.
letter-body =
    Szanowni Państwo,

    na podstawie art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę sprzeciw, z przyczyn związanych z moją szczególną sytuacją, wobec przetwarzania przez Google moich rozmów z Gemini, przesyłanych przeze mnie plików i treści udostępnianych aplikacjom Gemini w celu rozwijania i trenowania modeli sztucznej inteligencji.

    Korzystam z Gemini do własnych celów, a nie po to, by moje treści służyły do trenowania AI; chcę zachować kontrolę nad tym, jak są wykorzystywane.

    Na podstawie art. 12 ust. 3 RODO proszę o pisemne potwierdzenie, w ciągu miesiąca, że mój sprzeciw został zarejestrowany i jest uwzględniany.

    Z poważaniem

# When the setting is ticked off as turned off.
all-done = ✅ Odhaczone: ustawienie aktywności Gemini jest wyłączone. Dziękuję!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Przekaż dalej: ten bot pokazuje w Twoim języku, jak wyłączyć wykorzystywanie Twoich czatów z Gemini przez Google do trenowania AI.
    { $link }
group-intro =
    Cześć! Pokazuję ludziom w UE, jak wyłączyć wykorzystywanie ich czatów z Gemini przez Google do trenowania AI i jak zgłosić sprzeciw.

    Każdy tutaj może używać /gemini i /template.
description = Dopóki ustawienie aktywności (Keep Activity) jest włączone, Google trenuje swoje modele AI na czatach z Gemini. Ten bot pokazuje w Twoim języku, jak je wyłączyć i jak zgłosić sprzeciw na podstawie RODO, wraz z pismem do wklejenia.
short-description = Wyłącz wykorzystywanie Twoich czatów z Gemini przez Google do trenowania AI: ustawienie i pismo.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Pismo ze sprzeciwem do Google
letter-inline-desc = Gotowe pismo do wniosku o sprzeciw na podstawie RODO w Google
letter-keywords = pismo list wzór szablon google gemini
deadline-inline-title = Gemini i trenowanie AI: aktualna sytuacja
deadline-inline-desc = Co daje ustawienie i co dzieje się z Twoimi czatami
deadline-keywords = gemini google sytuacja

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Otwórz aktywność Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Sprzeciw z RODO
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: wyłącz trenowanie AI Google na Twoich czatach z Gemini
gemini-command = Wyłącz trenowanie AI na Twoich czatach z Gemini
gemini-inline-title = Wyłącz trenowanie AI na czatach z Gemini
gemini-inline-desc = Ustawienie i wniosek o sprzeciw w Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: wyłącz ustawienie aktywności (<i>Keep Activity</i>)</b>

    <b>Najszybciej:</b> dotknij poniżej <i>Otwórz aktywność Gemini</i>, zaloguj się do Google, jeśli pojawi się taka prośba, i wyłącz ustawienie aktywności (<i>Keep Activity</i>; może się jeszcze nazywać <i>Aktywność w Aplikacjach Gemini</i>). Możesz też wybrać wyłączenie wraz z usunięciem aktywności.

    <b>W aplikacji Gemini:</b> Twoje zdjęcie profilowe → <i>Aktywność w Aplikacjach Gemini</i> lub <i>Keep Activity</i> → wyłącz.
    <b>Na komputerze:</b> gemini.google.com → <i>Ustawienia i pomoc</i> → <i>Aktywność</i> → wyłącz.

    <b>Potem:</b> nie przychodzi żadne potwierdzenie; strona pokazuje ustawienie jako wyłączone.

    <blockquote expandable><b>Warto wiedzieć</b>
    • Gdy ustawienie jest wyłączone, Google według własnych słów przechowuje nowe czaty przez 72 godziny i nie wykorzystuje ich do trenowania, chyba że wyślesz opinię. Czaty tymczasowe również nie są wykorzystywane.
    • Obowiązuje to od tego momentu.
    • Możesz też zgłosić sprzeciw na podstawie RODO: drugi przycisk otwiera formularz Google do zgłoszeń prawnych (w aplikacji: pod odpowiedzią <i>Więcej</i> → zgłoszenie problemu prawnego). Formularz prosi o opisanie przetwarzania: /template daje Ci pismo.
    • Google oświadczył w listopadzie 2025 roku, że nie wykorzystuje treści z Gmaila do trenowania Gemini.</blockquote>
