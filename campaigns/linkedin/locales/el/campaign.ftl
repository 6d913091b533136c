## LinkedIn and generative AI: its story and its setting's steps.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Απενεργοποιήστε τη χρήση των δεδομένων σας από το LinkedIn για εκπαίδευση ΤΝ
intro =
    Το LinkedIn χρησιμοποιεί τα προφίλ, τις αναρτήσεις και τα σχόλια των μελών του στην ΕΕ, καθώς και τις συνομιλίες τους με τις λειτουργίες ΤΝ του, για να εκπαιδεύει τεχνητή νοημοσύνη που γράφει περιεχόμενο. Τα ιδιωτικά μηνύματα δεν χρησιμοποιούνται. Μια ρύθμιση, ενεργή μέχρι να την απενεργοποιήσετε, σας επιτρέπει να εξαιρεθείτε· χρειάζεται ένα λεπτό.

## Where things stand ($date is the day LinkedIn started, from `started`).
standing = ✅ Μπορείτε να την απενεργοποιήσετε οποιαδήποτε στιγμή, και ισχύει από εκεί και πέρα. Το LinkedIn χρησιμοποιεί δεδομένα μελών στην ΕΕ για εκπαίδευση ΤΝ από τις <b>{ $date }</b>· τα μοντέλα που έχουν ήδη εκπαιδευτεί δεν αλλάζουν.

# When the setting is ticked off as switched off (a setting, so no form and no confirmation).
all-done = ✅ Σημειώθηκε: η ρύθμιση του LinkedIn είναι απενεργοποιημένη. Ευχαριστώ!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Διαδώστε το: αυτό το bot δείχνει, στη γλώσσα σας, πώς να απενεργοποιήσετε τη χρήση των δεδομένων σας από το LinkedIn για εκπαίδευση ΤΝ.
    { $link }
group-intro =
    Γεια σας! Δείχνω στους ανθρώπους στην ΕΕ πώς να απενεργοποιήσουν τη χρήση του προφίλ και των αναρτήσεών τους από το LinkedIn για εκπαίδευση ΤΝ.

    Όλοι εδώ μπορούν να χρησιμοποιούν το /linkedin.
description = Το LinkedIn χρησιμοποιεί τα προφίλ, τις αναρτήσεις και τις συνομιλίες ΤΝ των μελών του στην ΕΕ για να εκπαιδεύει τεχνητή νοημοσύνη που γράφει περιεχόμενο. Αυτό το bot σάς δείχνει, στη γλώσσα σας, πού βρίσκεται η ρύθμιση και πώς να την απενεργοποιήσετε.
short-description = Απενεργοποιήστε τη χρήση των δεδομένων σας από το LinkedIn για εκπαίδευση ΤΝ: πού είναι η ρύθμιση.

## The inline card for where things stand; keywords are space-separated words that find it.
deadline-inline-title = LinkedIn και ΤΝ: πού βρισκόμαστε
deadline-inline-desc = Από πότε εκπαιδεύει το LinkedIn με δεδομένα μελών και τι κάνει η ρύθμιση
deadline-keywords = linkedin κατάσταση κατασταση

## Platform `linkedin`: every message of a platform starts with its key.
linkedin-name = LinkedIn
linkedin-button = LinkedIn
# The label of the button that opens the setting (short: it must fit on a phone).
linkedin-form-button = ⚙️ Άνοιγμα της ρύθμισης
# The label of the second button (help_url): LinkedIn's objection form for other uses.
linkedin-help-button = 📝 Εναντίωση, άλλες χρήσεις
# Its line in /help, and its entry in the command menu (at most 256 characters).
linkedin-help = /linkedin: απενεργοποίηση της εκπαίδευσης ΤΝ του LinkedIn με τα δεδομένα σας
linkedin-command = Απενεργοποίηση εκπαίδευσης ΤΝ στο LinkedIn
linkedin-inline-title = Απενεργοποίηση εκπαίδευσης ΤΝ στο LinkedIn
linkedin-inline-desc = Πού είναι η ρύθμιση, σε κινητό και σε υπολογιστή
linkedin-keywords = linkedin li
linkedin-steps =
    <b>Απενεργοποίηση εκπαίδευσης ΤΝ στο LinkedIn</b>

    <b>Ο πιο γρήγορος τρόπος:</b> πατήστε <i>Άνοιγμα της ρύθμισης</i> παρακάτω και συνδεθείτε στο LinkedIn αν ζητηθεί. Στη σελίδα <i>Data for Generative AI Improvement</i> απενεργοποιήστε τον διακόπτη.

    <b>Στο κινητό:</b> η φωτογραφία του προφίλ σας → <i>Settings</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → απενεργοποίηση.
    <b>Στον υπολογιστή:</b> <i>Me</i> → <i>Settings &amp; Privacy</i> → <i>Data privacy</i> → <i>Data for Generative AI Improvement</i> → απενεργοποίηση.

    <b>Μετά:</b> δεν έρχεται επιβεβαίωση. Φορτώστε ξανά τη σελίδα: ο διακόπτης πρέπει να φαίνεται απενεργοποιημένος.

    <blockquote expandable><b>Καλό να ξέρετε</b>
    • Τι χρησιμοποιείται: το προφίλ σας (όνομα, φωτογραφία, θέσεις, σπουδές, δεξιότητες, συστάσεις), οι αναρτήσεις, τα άρθρα, τα σχόλια και οι δημοσκοπήσεις σας, η δραστηριότητα σε ομάδες, αποθηκευμένα βιογραφικά και απαντήσεις σε ερωτήσεις προεπιλογής, καθώς και συνομιλίες με τις λειτουργίες ΤΝ του LinkedIn. Τα ιδιωτικά μηνύματα δεν χρησιμοποιούνται.
    • Ο διακόπτης ισχύει από εκεί και πέρα· τα μοντέλα που έχουν ήδη εκπαιδευτεί δεν αλλάζουν.
    • Η ολλανδική αρχή προστασίας δεδομένων ανέφερε ότι μπορεί να χρησιμοποιηθούν δεδομένα που φτάνουν πίσω έως το 2003.
    • Για άλλες χρήσεις των δεδομένων σας (π.χ. ΤΝ για εμπιστοσύνη και ασφάλεια ή βελτίωση προϊόντων), η ειδοποίηση απορρήτου του LinkedIn προσφέρει φόρμα εναντίωσης: είναι το δεύτερο κουμπί.</blockquote>
