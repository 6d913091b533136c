//! Platform pages kept once rendered: a page reads the same for every chat with the same
//! language, platform, kind of chat and tick, so each is rendered once and shared (issue 20).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use super::{Brain, ChatKind, Message};
use crate::{lang::Lang, store::ChatState};

/// What a page shows besides its language and platform: the tick button's side in a
/// private chat, or the link to the person's own chat in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shown {
    Private { done: bool },
    Group,
}

/// A kept page, with the bot's username it was made with (a group's link names the bot).
#[derive(Debug)]
struct Kept {
    username: Arc<str>,
    page: Arc<Message>,
}

/// Rendered pages by language and what they show, then by platform key: as many as
/// languages × platforms × 3 at most.
#[derive(Debug, Default)]
pub(crate) struct Pages {
    kept: Mutex<HashMap<(Lang, Shown), HashMap<String, Kept>>>,
}

impl Pages {
    /// How many pages are kept (tests).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner).values().map(HashMap::len).sum()
    }
}

impl Brain {
    /// The steps for one platform in a chat, as [`Brain::platform`] renders them, kept after
    /// the first time. A page is kept only when every text on it was formatted in full: one
    /// that fell back is rendered (and its gap logged) each time.
    pub fn platform_page(&self, lang: Lang, key: &str, state: &ChatState, kind: ChatKind) -> Arc<Message> {
        let shown = match kind {
            ChatKind::Private => Shown::Private { done: state.is_done(key) },
            ChatKind::Group => Shown::Group,
        };
        let kept = self.pages.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(k) = kept.get(&(lang, shown)).and_then(|pages| pages.get(key)) {
            if *k.username == *self.bot_username {
                return k.page.clone();
            }
        }
        drop(kept);
        let fallbacks = self.fallbacks(key);
        let (page, whole) = self.render_platform(lang, key, Some((state, kind)));
        let page = Arc::new(page);
        if whole && self.fallbacks(key) == fallbacks {
            let mut kept = self.pages.kept.lock().unwrap_or_else(PoisonError::into_inner);
            let k = Kept { username: self.bot_username.clone(), page: page.clone() };
            kept.entry((lang, shown)).or_default().insert(key.to_owned(), k);
        }
        page
    }

    /// Fallbacks so far of the bot's words and of the texts of the campaign with `key`.
    fn fallbacks(&self, key: &str) -> (u64, u64) {
        let campaign = self.campaigns.platform(key).map_or(0, |(c, _)| c.texts.fallbacks());
        (self.i18n.fallbacks(), campaign)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brain::tests::brain;

    /// States that differ in everything a chat keeps: its ticks, subscriptions and language.
    fn states(b: &Brain) -> Vec<ChatState> {
        let keys: Vec<String> = b.campaigns.iter().flat_map(|c| c.platforms.iter().map(|p| p.key.clone())).collect();
        let ids: Vec<String> = b.campaigns.iter().map(|c| c.id.clone()).collect();
        let mut out = vec![ChatState::default()];
        for (i, key) in keys.iter().enumerate() {
            let mut s = ChatState { lang: Some(Lang::De), ..Default::default() };
            s.done.extend(keys.iter().skip(i % 2).step_by(2).cloned());
            s.done.insert(key.clone());
            s.subscriptions.extend(ids.iter().take(i % 2 + 1).cloned());
            out.push(s);
        }
        out
    }

    #[tokio::test]
    async fn a_kept_page_reads_as_a_fresh_one_for_every_state_kind_and_language() {
        let b = brain().await;
        let keys: Vec<String> = b.campaigns.iter().flat_map(|c| c.platforms.iter().map(|p| p.key.clone())).collect();
        for lang in [Lang::Fr, Lang::De, Lang::En] {
            for key in &keys {
                for state in states(&b) {
                    for kind in [ChatKind::Private, ChatKind::Group] {
                        let kept = b.platform_page(lang, key, &state, kind);
                        assert_eq!(
                            *kept,
                            b.platform(lang, key, Some((&state, kind))),
                            "{lang} {key} {kind:?} {state:?}"
                        );
                        assert!(Arc::ptr_eq(&kept, &b.platform_page(lang, key, &state, kind)), "{lang} {key}: kept");
                    }
                }
            }
        }
        // Ticked or not in a private chat, and the group's link: three pages a platform.
        assert_eq!(b.pages.len(), 3 * 3 * keys.len());
    }

    #[tokio::test]
    async fn a_group_page_names_the_bot_it_is_shown_by() {
        let b = Brain { bot_username: "first_bot".into(), ..brain().await };
        let first = b.platform_page(Lang::Fr, "facebook", &ChatState::default(), ChatKind::Group);
        let renamed = Brain { bot_username: "second_bot".into(), ..b.clone() };
        let second = renamed.platform_page(Lang::Fr, "facebook", &ChatState::default(), ChatKind::Group);
        let links = |m: &Message| format!("{:?}", m.keyboard);
        assert!(links(&first).contains("first_bot") && !links(&first).contains("second_bot"));
        assert!(links(&second).contains("second_bot") && !links(&second).contains("first_bot"));
        assert_eq!(*second, renamed.platform(Lang::Fr, "facebook", Some((&ChatState::default(), ChatKind::Group))));
    }

    #[tokio::test]
    async fn a_page_with_a_text_that_fell_back_is_rendered_each_time_and_not_kept() {
        // French without its share button's label: the rest of the page, its "checked" line
        // too, is formatted in full, but the label falls back (and is logged) each time.
        let (sources, _) = crate::i18n::embedded_sources();
        let mut fr = sources.into_iter().find(|s| s.lang == Lang::Fr).unwrap();
        for (_, text) in &mut fr.files {
            *text = text.lines().filter(|l| !l.starts_with("btn-share =")).map(|l| format!("{l}\n")).collect();
        }
        let i18n = Arc::new(crate::i18n::I18n::from_sources(&[fr], Lang::Fr).unwrap());
        let bare = Brain { i18n, ..brain().await };
        let state = ChatState::default();
        for i in 1..=3 {
            let page = bare.platform_page(Lang::Fr, "facebook", &state, ChatKind::Private);
            assert_eq!(*page, bare.platform(Lang::Fr, "facebook", Some((&state, ChatKind::Private))));
            assert_eq!(bare.i18n.fallbacks(), 2 * i, "the gap is met again each time");
        }
        assert_eq!(bare.pages.len(), 0);
        assert_eq!(bare.checked_lines.lock().unwrap().len(), 1, "the checked line was formatted in full");
        // A key no campaign has reads as a stale button, and is not kept either.
        bare.platform_page(Lang::Fr, "nonsense", &state, ChatKind::Private);
        assert_eq!(bare.pages.len(), 0);
    }
}
