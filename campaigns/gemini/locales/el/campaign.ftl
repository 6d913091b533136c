## Google Gemini: its story, its setting's steps and its letter for Google's objection request.
## Telegram HTML only: <b> <i> <u> <s> <a href> <code> <pre> <blockquote>; write & as &amp; and < as &lt;.
## Links and dates never go here: they come from campaign.toml.

## The campaign: its title (a heading; used when several campaigns are shown) and its story.
title = Απενεργοποιήστε τη χρήση των συνομιλιών σας στο Gemini από την Google για εκπαίδευση ΤΝ
intro =
    Όσο η ρύθμιση δραστηριότητας (<i>Keep Activity</i>) είναι ενεργή, η Google χρησιμοποιεί ό,τι πληκτρολογείτε, ανεβάζετε και κοινοποιείτε στο Gemini για να βελτιώνει τα προϊόντα της και να εκπαιδεύει τα μοντέλα ΤΝ της, και ανθρώπινοι αξιολογητές διαβάζουν ένα δείγμα. Η απενεργοποίηση χρειάζεται ένα λεπτό· ο ΓΚΠΔ σάς δίνει επίσης δικαίωμα εναντίωσης.

## Where things stand (no `started`, so no $date).
standing = ✅ Μπορείτε να απενεργοποιήσετε τη ρύθμιση δραστηριότητας (<i>Keep Activity</i>) οποιαδήποτε στιγμή, και ισχύει από εκεί και πέρα· δεν εξαρτάται από καμία ημερομηνία. Όταν είναι απενεργοποιημένη, η Google λέει ότι κρατά τις νέες συνομιλίες για 72 ώρες και δεν τις χρησιμοποιεί για εκπαίδευση, εκτός αν στείλετε σχόλια.

## /template: the letter for Google's GDPR objection request, in a <pre> block, and the line above it.
letter-intro = Για το αίτημα εναντίωσης βάσει ΓΚΠΔ της Google (το δεύτερο κουμπί στο /gemini): αντιγράψτε την παρακάτω επιστολή (πατήστε την για να αντιγραφεί) και επικολλήστε την εκεί όπου η φόρμα σάς ζητά να περιγράψετε το αίτημά σας. Η παράγραφος με την αιτιολογία είναι προαιρετική: κρατήστε την, γράψτε τη δική σας ή διαγράψτε την.
letter-body =
    Αξιότιμες κυρίες, αξιότιμοι κύριοι,

    Σύμφωνα με το άρθρο 21 παράγραφος 1 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), αντιτάσσομαι, για λόγους που σχετίζονται με την ιδιαίτερη κατάστασή μου, στην επεξεργασία από την Google των συνομιλιών μου με το Gemini, των αρχείων που ανεβάζω και του περιεχομένου που κοινοποιώ στις εφαρμογές Gemini για την ανάπτυξη και την εκπαίδευση μοντέλων τεχνητής νοημοσύνης.

    Χρησιμοποιώ το Gemini για δικούς μου σκοπούς και δεν του έδωσα αυτό το περιεχόμενο για να εκπαιδευτεί τεχνητή νοημοσύνη· θέλω να αποφασίζω εγώ πώς χρησιμοποιείται.

    Σύμφωνα με το άρθρο 12 παράγραφος 3 του ΓΚΠΔ, παρακαλώ να μου επιβεβαιώσετε εγγράφως, εντός ενός μηνός, ότι η εναντίωσή μου καταχωρίστηκε και εφαρμόζεται.

    Με εκτίμηση

# When the setting is ticked off as turned off.
all-done = ✅ Σημειώθηκε: η ρύθμιση δραστηριότητας του Gemini είναι απενεργοποιημένη. Ευχαριστώ!

## Sharing, groups and the bot's profile (description at most 512 characters, short one at most 120).
share =
    Διαδώστε το: αυτό το bot δείχνει, στη γλώσσα σας, πώς να απενεργοποιήσετε τη χρήση των συνομιλιών σας στο Gemini από την Google για εκπαίδευση ΤΝ.
    { $link }
group-intro =
    Γεια σας! Δείχνω στους ανθρώπους στην ΕΕ πώς να απενεργοποιήσουν τη χρήση των συνομιλιών τους στο Gemini από την Google για εκπαίδευση ΤΝ, και πώς να εναντιωθούν.

    Όλοι εδώ μπορούν να χρησιμοποιούν τα /gemini και /template.
description = Όσο η ρύθμιση δραστηριότητας (Keep Activity) είναι ενεργή, η Google εκπαιδεύει τα μοντέλα ΤΝ της με συνομιλίες στο Gemini. Αυτό το bot σάς δείχνει, στη γλώσσα σας, πώς να την απενεργοποιήσετε και πώς να εναντιωθείτε βάσει ΓΚΠΔ, με μια επιστολή για επικόλληση.
short-description = Απενεργοποιήστε τη χρήση των συνομιλιών σας στο Gemini για εκπαίδευση ΤΝ: η ρύθμιση και μια επιστολή.

## Inline cards for the letter and for where things stand; keywords are space-separated words that find a card.
letter-inline-title = Επιστολή εναντίωσης προς την Google
letter-inline-desc = Έτοιμη επιστολή για το αίτημα εναντίωσης βάσει ΓΚΠΔ της Google
letter-keywords = επιστολή επιστολη γράμμα γραμμα google gemini
deadline-inline-title = Gemini και εκπαίδευση ΤΝ: πού βρισκόμαστε
deadline-inline-desc = Τι κάνει η ρύθμιση και τι γίνεται με τις συνομιλίες σας
deadline-keywords = gemini google κατάσταση κατασταση

## Platform `gemini`: every message of a platform starts with its key.
gemini-name = Gemini
gemini-button = Gemini
# The label of the button that opens the setting (short: it must fit on a phone).
gemini-form-button = ⚙️ Δραστηριότητα Gemini
# The label of the second button (help_url): Google's legal request form.
gemini-help-button = 📝 Εναντίωση βάσει ΓΚΠΔ
# Its line in /help, and its entry in the command menu (at most 256 characters).
gemini-help = /gemini: απενεργοποίηση της εκπαίδευσης ΤΝ της Google με τις συνομιλίες σας στο Gemini
gemini-command = Απενεργοποίηση εκπαίδευσης ΤΝ με τις συνομιλίες σας στο Gemini
gemini-inline-title = Απενεργοποίηση εκπαίδευσης ΤΝ στο Gemini
gemini-inline-desc = Η ρύθμιση και το αίτημα εναντίωσης της Google
gemini-keywords = gemini google bard
gemini-steps =
    <b>Gemini: απενεργοποιήστε τη ρύθμιση δραστηριότητας (<i>Keep Activity</i>)</b>

    <b>Ο πιο γρήγορος τρόπος:</b> πατήστε <i>Δραστηριότητα Gemini</i> παρακάτω, συνδεθείτε στην Google αν ζητηθεί και απενεργοποιήστε τη ρύθμιση δραστηριότητας (<i>Keep Activity</i>· μπορεί ακόμη να λέγεται <i>Gemini Apps Activity</i>). Μπορείτε επίσης να επιλέξετε απενεργοποίηση μαζί με διαγραφή της δραστηριότητας.

    <b>Στην εφαρμογή Gemini:</b> η φωτογραφία του προφίλ σας → <i>Gemini Apps Activity</i> ή <i>Keep Activity</i> → απενεργοποίηση.
    <b>Στον υπολογιστή:</b> gemini.google.com → <i>Settings &amp; help</i> → <i>Activity</i> → απενεργοποίηση.

    <b>Μετά:</b> δεν έρχεται επιβεβαίωση· η σελίδα δείχνει τη ρύθμιση απενεργοποιημένη.

    <blockquote expandable><b>Καλό να ξέρετε</b>
    • Όταν είναι απενεργοποιημένη, η Google λέει ότι κρατά τις νέες συνομιλίες για 72 ώρες και δεν τις χρησιμοποιεί για εκπαίδευση, εκτός αν στείλετε σχόλια. Ούτε οι προσωρινές συνομιλίες χρησιμοποιούνται.
    • Ισχύει από εκεί και πέρα.
    • Μπορείτε και να εναντιωθείτε βάσει ΓΚΠΔ: το δεύτερο κουμπί ανοίγει τη φόρμα νομικών αιτημάτων της Google (στην εφαρμογή: κάτω από μια απάντηση, <i>More</i> → <i>Report legal issue</i>). Ζητά να περιγράψετε την επεξεργασία: το /template σάς δίνει επιστολή.
    • Η Google δήλωσε τον Νοέμβριο του 2025 ότι δεν χρησιμοποιεί το περιεχόμενο του Gmail για την εκπαίδευση του Gemini.</blockquote>
