//! Inline mode: the cards a person can post into any chat, and how a query finds them.

use chrono::{DateTime, Utc};
use unicode_normalization::UnicodeNormalization;

use super::{Brain, Card, Message};
use crate::{campaign::Platform, html, lang::Lang};

/// Lowercase, without accents: "Échéance" → "echeance".
pub fn fold(text: &str) -> String {
    text.nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).flat_map(char::to_lowercase).collect()
}

impl Brain {
    fn card(&self, lang: Lang, key: &str, message: Message) -> Card {
        Card {
            id: key.to_owned(),
            title: html::to_plain(&self.i18n.tr(lang, &format!("inline-{key}-title"), &[])),
            description: html::to_plain(&self.i18n.tr(lang, &format!("inline-{key}-desc"), &[])),
            message,
        }
    }

    /// The words that find a card, in the person's language and in English.
    fn haystack(&self, lang: Lang, key: &str) -> String {
        let mut words = String::new();
        for l in [lang, Lang::En] {
            for part in ["title", "keywords"] {
                words.push_str(&self.i18n.tr(self.i18n.resolve(l), &format!("inline-{key}-{part}"), &[]));
                words.push(' ');
            }
        }
        fold(&words)
    }

    /// The cards matching `query` (every word of it, case- and accent-insensitively).
    pub fn cards(&self, lang: Lang, query: &str, now: DateTime<Utc>) -> Vec<Card> {
        let query = fold(query);
        let words: Vec<&str> = query.split_whitespace().take(16).collect();
        let mut cards = Vec::new();
        for key in ["facebook", "instagram", "whatsapp", "letter", "deadline"] {
            let haystack = self.haystack(lang, key);
            if !words.iter().all(|w| haystack.contains(w)) {
                continue;
            }
            let message = match key {
                "letter" => self.letter(lang, false),
                "deadline" => self.deadline(lang, now, false),
                platform => match Platform::from_key(platform) {
                    Some(p) => self.platform(lang, p, None),
                    None => continue,
                },
            };
            cards.push(self.card(lang, key, message));
        }
        cards.truncate(crate::limits::INLINE_RESULTS);
        cards
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Échéance ÉTÉ"), "echeance ete");
        assert_eq!(fold("Žádost"), "zadost");
    }
}
