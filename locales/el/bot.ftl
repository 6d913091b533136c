## objection-bot: ελληνικά κείμενα.
## Telegram HTML: only <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates are never written here: they come from the campaign file.

# The language's own name, as shown on the /language keyboard.
language-name = Ελληνικά

## Dates. $day, $year and $minute are numbers, $month is one of month-1 … month-12 (genitive, as in "27 Μαΐου 2025").
month-1 = Ιανουαρίου
month-2 = Φεβρουαρίου
month-3 = Μαρτίου
month-4 = Απριλίου
month-5 = Μαΐου
month-6 = Ιουνίου
month-7 = Ιουλίου
month-8 = Αυγούστου
month-9 = Σεπτεμβρίου
month-10 = Οκτωβρίου
month-11 = Νοεμβρίου
month-12 = Δεκεμβρίου
date-format = { $day } { $month } { $year }
# $date is a date-format, $time is HH:MM and $zone is UTC+02:00 or similar.
datetime-format = { $date }, { $time } ({ $zone })

## Time left, with plural forms ("Χρόνος που απομένει: 3 ημέρες", "έχετε ακόμη 1 ώρα").
left-days = { $count ->
    [one] { $count } ημέρα
   *[other] { $count } ημέρες
}
left-hours = { $count ->
    [one] { $count } ώρα
   *[other] { $count } ώρες
}
left-minutes = { $count ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}

## Buttons (short: they must fit on a phone)
btn-letter = ✍️ Επιστολή εναντίωσης
btn-remind = 🔔 Υπενθύμιση
btn-language = 🌐 Γλώσσα
btn-share = 📣 Κοινοποίηση
btn-menu = ↩️ Μενού
btn-deadline = ⏳ Προθεσμία
btn-status = ✅ Η λίστα μου
btn-mark-done = ☑️ Υπέβαλα εναντίωση στο { $platform }
btn-mark-undone = ↩️ Τελικά δεν έγινε στο { $platform }

## /start
start-text =
    { $campaigns }

    Επιλέξτε πλατφόρμα για να δείτε τα βήματα:

## /template
letter-pick = Ποια επιστολή χρειάζεστε; Επιλέξτε εκστρατεία:

## /language
language-choose = Επιλέξτε τη γλώσσα που θα χρησιμοποιώ σε αυτή τη συνομιλία:
language-set = Έγινε: εδώ θα μιλάω ελληνικά.

## /help
help-text =
    <b>Τι μπορώ να κάνω</b>
    { $platforms }
    /template: επιστολή για επικόλληση στις φόρμες
    /deadline: η προθεσμία και πού βρισκόμαστε
    { $remind }
    /stop: τέλος οι υπενθυμίσεις
    /status: η λίστα σας και η επόμενη υπενθύμιση
    /language: αλλαγή γλώσσας
    /share: ένας σύνδεσμος για να τον προωθήσετε
    /privacy: τι αποθηκεύω για εσάς
    /forget: διαγραφή όλων όσων αποθηκεύω για αυτή τη συνομιλία

    Μπορείτε επίσης να πληκτρολογήσετε @{ $bot } σε οποιαδήποτε συνομιλία για να δημοσιεύσετε εκεί μια κάρτα.

# The /remind line of help-text: while reminders lie ahead…
help-remind = /remind: υπενθυμίσεις πριν από την προθεσμία
# …and when none is left (the deadline passed, or no reminder comes before it).
help-remind-none = /remind: γιατί δεν υπάρχουν υπενθυμίσεις τώρα

## /privacy and /forget
privacy-text =
    <b>Τι αποθηκεύω</b>
    • Τον αριθμό αυτής της συνομιλίας, τη γλώσσα που επιλέξατε, αν θέλετε υπενθυμίσεις, ποιες πλατφόρμες έχετε σημειώσει ως ολοκληρωμένες και ποιες υπενθυμίσεις έχουν σταλεί, ώστε να μη λάβει κανείς την ίδια δύο φορές.
    • Τίποτε άλλο: ούτε ονόματα, ούτε ονόματα χρήστη, ούτε αριθμούς τηλεφώνου, ούτε κείμενο μηνυμάτων.

    <b>Για πόσο</b>
    Μέχρι να στείλετε /forget, να με αποκλείσετε ή να με αφαιρέσετε από την ομάδα. Τότε όλα διαγράφονται αμέσως.

    Με το /forget διαγράφονται τώρα όλα όσα αφορούν αυτή τη συνομιλία.
forget-done = Έγινε: όλα όσα είχα αποθηκεύσει για αυτή τη συνομιλία διαγράφηκαν. Στείλτε /start όποτε θέλετε για να ξεκινήσετε από την αρχή.

## Anything else
unknown-text = Καταλαβαίνω μόνο εντολές. Στείλτε /help για να τις δείτε.
stale-button = Αυτό το κουμπί δεν λειτουργεί πια. Στείλτε /start για νέο μενού.
error-text = Κάτι πήγε στραβά από τη μεριά μου. Παρακαλώ δοκιμάστε ξανά σε ένα λεπτό.

## Reminders
remind-on = 🔔 Οι υπενθυμίσεις ενεργοποιήθηκαν. Επόμενη υπενθύμιση: <b>{ $when }</b>.
remind-no-wave = Δεν απομένει καμία υπενθύμιση πριν από την προθεσμία (<b>{ $date }</b>), οπότε η καλύτερη στιγμή για να εναντιωθείτε είναι τώρα.
remind-already = 🔔 Οι υπενθυμίσεις είναι ήδη ενεργές. Επόμενη υπενθύμιση: <b>{ $when }</b>.
remind-after-deadline = Η προθεσμία (<b>{ $date }</b>) έχει περάσει, οπότε δεν έχω τίποτα να σας υπενθυμίσω, αλλά μπορείτε να εναντιωθείτε οποιαδήποτε στιγμή και η εναντίωσή σας θα ισχύει από την ημέρα που θα την υποβάλετε.
stop-done = 🔕 Οι υπενθυμίσεις απενεργοποιήθηκαν. Στείλτε /remind για να τις ενεργοποιήσετε ξανά.
stop-not-subscribed = Οι υπενθυμίσεις δεν ήταν ενεργές. Στείλτε /remind για να τις ενεργοποιήσετε.

## /status
status-title = <b>Η λίστα σας</b>
status-done = ✅ { $platform }: η εναντίωση υποβλήθηκε
status-open = ⬜ { $platform }: εκκρεμεί
status-subscribed = 🔔 Οι υπενθυμίσεις είναι ενεργές. Επόμενη: <b>{ $when }</b>.
status-no-wave = 🔕 Δεν έχουν προγραμματιστεί άλλες υπενθυμίσεις.
status-not-subscribed = 🔕 Οι υπενθυμίσεις είναι ανενεργές. Στείλτε /remind για να τις ενεργοποιήσετε.
marked-done = Σημειώθηκε: { $platform } – ολοκληρώθηκε.
marked-undone = Σημειώθηκε: { $platform } – εκκρεμεί.

## Groups
admin-only = Μόνο διαχειριστής αυτής της ομάδας μπορεί να το κάνει αυτό.
# Added to group-intro while reminders lie ahead.
group-intro-remind = Ένας διαχειριστής μπορεί να ενεργοποιήσει υπενθυμίσεις για την ομάδα με το /remind.

## Command menu (each at most 256 characters)
cmd-start = Ξεκινήστε εδώ
cmd-template = Επιστολή για επικόλληση στις φόρμες
cmd-deadline = Η προθεσμία και πού βρισκόμαστε
cmd-remind = Υπενθυμίσεις πριν από την προθεσμία
cmd-stop = Τέλος οι υπενθυμίσεις
cmd-status = Η λίστα σας
cmd-language = Αλλαγή γλώσσας
cmd-share = Σύνδεσμος για προώθηση
cmd-help = Όλες οι εντολές
cmd-privacy = Τι αποθηκεύει το bot
cmd-forget = Διαγραφή όλων όσων έχουν αποθηκευτεί για αυτή τη συνομιλία
