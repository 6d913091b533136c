## X and Grok: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Αποεπιλέξτε την κοινοποίηση των δεδομένων σας από το X για την εκπαίδευση του Grok
intro =
    Το X κοινοποιεί στην xAI τις δημόσιες αναρτήσεις σας, τον τρόπο που αλληλεπιδράτε με αναρτήσεις και τις συνομιλίες σας με το Grok, και η xAI εκπαιδεύει το Grok με αυτά. Ένα πλαίσιο στις ρυθμίσεις το επιτρέπει· είναι επιλεγμένο μέχρι να το αποεπιλέξετε. Χρειάζεται ένα λεπτό.

## Where things stand (no `started`, so no $date).
standing = ✅ Μπορείτε να αποεπιλέξετε το πλαίσιο οποιαδήποτε στιγμή, και ισχύει από εκεί και πέρα· δεν εξαρτάται από καμία ημερομηνία. Σύμφωνα με το X, η αποεπιλογή δεν εμποδίζει ένα μοντέλο που ήδη χρησιμοποιείται να συνεχίσει να μαθαίνει μέσω της κανονικής χρήσης. Η ιρλανδική αρχή προστασίας δεδομένων ξεκίνησε τον Απρίλιο του 2025 έρευνα για την εκπαίδευση του Grok με αναρτήσεις χρηστών της ΕΕ.

# When the setting is ticked off as unticked.
all-done = ✅ Σημειώθηκε: το πλαίσιο στο X είναι αποεπιλεγμένο. Ευχαριστώ!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Διαδώστε το: αυτό το bot δείχνει, στη γλώσσα σας, πώς να αποεπιλέξετε την κοινοποίηση των δεδομένων σας από το X για την εκπαίδευση του Grok.
    { $link }
group-intro =
    Γεια σας! Δείχνω στους ανθρώπους στην ΕΕ πώς να αποεπιλέξουν την κοινοποίηση των αναρτήσεων και των συνομιλιών τους με το Grok από το X για την εκπαίδευση του Grok.

    Όλοι εδώ μπορούν να χρησιμοποιούν το /x.
description = Το X κοινοποιεί δημόσιες αναρτήσεις και συνομιλίες με το Grok στην xAI για την εκπαίδευση του Grok, εκτός αν αποεπιλέξετε ένα πλαίσιο. Αυτό το bot σάς δείχνει, στη γλώσσα σας, πού βρίσκεται αυτό το πλαίσιο.
short-description = Αποεπιλέξτε την κοινοποίηση των δεδομένων σας από το X για την εκπαίδευση του Grok: πού είναι.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = X και Grok: πού βρισκόμαστε
deadline-inline-desc = Τι κάνει το πλαίσιο και τι δεν μπορεί να κάνει
deadline-keywords = x twitter grok κατάσταση κατασταση

## Platform `x`: every message of a platform starts with its key.
x-name = X
x-button = X
# The label of the button that tries to open the setting (short: it must fit on a phone).
x-form-button = ⚙️ Ρύθμιση του Grok
# Its line in /help, and its entry in the command menu (at most 256 characters).
x-help = /x: αποεπιλογή της κοινοποίησης των δεδομένων σας από το X για την εκπαίδευση του Grok
x-command = Αποεπιλογή κοινοποίησης δεδομένων του X για το Grok
x-inline-title = Αποεπιλογή κοινοποίησης δεδομένων για το Grok
x-inline-desc = Η διαδρομή ως το πλαίσιο και ένα ακόμη βήμα
x-keywords = x twitter grok xai
x-steps =
    <b>X: αποεπιλέξτε το πλαίσιο του Grok</b>

    <b>Η διαδρομή</b> (στην εφαρμογή ή στο x.com): <i>Settings and privacy</i> → <i>Privacy and safety</i> → <i>Data sharing and personalization</i> → <i>Grok &amp; Third-party Collaborators</i> → αποεπιλέξτε το πλαίσιο που επιτρέπει να χρησιμοποιούνται για εκπαίδευση τα δημόσια δεδομένα σας και οι αλληλεπιδράσεις σας με το Grok.

    <b>Το κουμπί παρακάτω</b> προσπαθεί να ανοίξει απευθείας αυτή τη σελίδα. Αν δεν ανοίξει, ακολουθήστε τη διαδρομή. Αν η εφαρμογή δεν δείχνει τη ρύθμιση, χρησιμοποιήστε το x.com σε πρόγραμμα περιήγησης.

    <b>Μετά:</b> δεν έρχεται επιβεβαίωση· το πλαίσιο μένει αποεπιλεγμένο.

    <b>Ένα ακόμη βήμα:</b> η προστασία των αναρτήσεων (<i>Protect your posts</i>, στο <i>Privacy and safety</i> → <i>Audience and tagging</i>) κάνει τις αναρτήσεις σας ορατές μόνο στους ακολούθους σας, οπότε παύουν να είναι δημόσιες.

    <blockquote expandable><b>Καλό να ξέρετε</b>
    • Το ευρωπαϊκό παράρτημα απορρήτου της xAI (Ιούλιος 2026) περιλαμβάνει τις δημόσιες αναρτήσεις ενηλίκων στο X στα δεδομένα με τα οποία εκπαιδεύει το Grok και λέει ότι μπορείτε να εναντιωθείτε στις ρυθμίσεις.
    • Η αποεπιλογή ισχύει από εκεί και πέρα.</blockquote>
