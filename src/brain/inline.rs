//! Inline mode: the cards a person can post into any chat, and how a query finds them.

use chrono::{DateTime, Utc};
use unicode_normalization::UnicodeNormalization;

use super::{Brain, Card, Message};
use crate::{campaign::Campaign, html, lang::Lang};

/// Lowercase, without accents: "Échéance" → "echeance".
pub fn fold(text: &str) -> String {
    text.nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).flat_map(char::to_lowercase).collect()
}

impl Brain {
    /// The words that find a card (its title and keywords, `<prefix>-inline-title` and
    /// `<prefix>-keywords`), in the person's language and in English.
    fn haystack(&self, c: &Campaign, lang: Lang, prefix: &str) -> String {
        let mut words = String::new();
        for l in [lang, Lang::En] {
            for part in ["inline-title", "keywords"] {
                words.push_str(&c.tr(l, &format!("{prefix}-{part}"), &[]));
                words.push(' ');
            }
        }
        fold(&words)
    }

    /// The cards matching `query` (every word of it, case- and accent-insensitively): each
    /// campaign's platforms, its letter (if it has one) and where it stands.
    pub fn cards(&self, lang: Lang, query: &str, now: DateTime<Utc>) -> Vec<Card> {
        let query = fold(query);
        let words: Vec<&str> = query.split_whitespace().take(16).collect();
        let several = self.campaigns.len() > 1;
        let mut cards = Vec::new();
        for c in self.campaigns.iter() {
            let mut candidates: Vec<(String, String, Message)> =
                c.platforms.iter().map(|p| (p.key.clone(), p.key.clone(), self.platform(lang, &p.key, None))).collect();
            let id = |kind: &str| if several { format!("{kind}-{}", c.id) } else { kind.to_owned() };
            if c.has_letter() {
                candidates.push((id("letter"), "letter".into(), self.letter(lang, c, false)));
            }
            candidates.push((id("deadline"), "deadline".into(), self.campaign_deadline(lang, c, now)));
            for (id, prefix, message) in candidates {
                if !words.iter().all(|w| self.haystack(c, lang, &prefix).contains(w)) {
                    continue;
                }
                cards.push(Card {
                    id,
                    title: html::to_plain(&c.tr(lang, &format!("{prefix}-inline-title"), &[])),
                    description: html::to_plain(&c.tr(lang, &format!("{prefix}-inline-desc"), &[])),
                    message,
                });
            }
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
