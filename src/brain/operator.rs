//! What only operators get: `/stats`, the same summary as `objection-bot stats` (links too), in a `<pre>` block.

use chrono::{DateTime, Utc};

use super::{Brain, Message, Result};
use crate::{
    html,
    stats::{Report, Snapshot},
};

impl Brain {
    /// The operators' summary as Telegram HTML: escaped, in `<pre>`, cut to Telegram's length.
    pub(super) async fn stats(&self, now: DateTime<Utc>) -> Result<Message> {
        let snapshot = Snapshot::read(&self.store, now, &self.campaigns).await?;
        let text = Report::build(&snapshot, None, &self.campaigns, self.broadcast_rate).text();
        Ok(Message { html: pre_block(&text), keyboard: Vec::new() })
    }
}

/// `text` escaped in a `<pre>` block; whole lines are dropped from the end, with a `…` line
/// in their place, until the message fits Telegram's length limit.
fn pre_block(text: &str) -> String {
    let mut lines: Vec<&str> = text.trim_end().lines().collect();
    let mut cut = false;
    loop {
        let mut body = lines.join("\n");
        if cut {
            body.push_str("\n…");
        }
        if body.encode_utf16().count() <= crate::limits::MESSAGE_TEXT || lines.is_empty() {
            return format!("<pre>{}</pre>", html::escape(&body));
        }
        lines.pop();
        cut = true;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{
        brain::{ChatKind, Context, Input, Reply},
        campaign::Campaigns,
        i18n::I18n,
        lang::Lang,
        store::Store,
    };

    const OPERATOR: i64 = 4242;
    /// A subscriber's chat id, which must never show.
    const CHAT: i64 = 987_654_321;

    async fn brain() -> Brain {
        let deadline = chrono::DateTime::parse_from_rfc3339("2025-05-27T00:00:00+02:00").unwrap();
        let campaigns = Campaigns::from(crate::campaign::Campaign::dated_meta(deadline));
        let i18n = I18n::embedded(campaigns.default_language()).unwrap();
        let store = Store::in_memory().await.unwrap();
        let id = campaigns.first().id.clone();
        store.add_subscribers(&id, &[(CHAT, Some(Lang::De), &["facebook"])], 0).await.unwrap();
        store.enqueue_wave(&id, "3d", 0).await.unwrap();
        Brain::new(Arc::new(campaigns), Arc::new(i18n), store, "objection_bot").with_operators(&[OPERATOR], 25.0)
    }

    fn ctx(brain: &Brain, kind: ChatKind, user_id: i64) -> Context {
        let now = brain.campaigns.first().deadline.unwrap().to_utc() - chrono::Duration::days(2);
        Context {
            chat_id: user_id,
            kind,
            language_code: Some("en".into()),
            is_admin: true,
            user_id: Some(user_id),
            now,
        }
    }

    fn text(t: &str) -> Input {
        Input::Text(t.to_owned())
    }

    #[tokio::test]
    async fn an_operator_gets_the_summary_in_a_private_chat() {
        let b = brain().await;
        let replies = b.handle(&ctx(&b, ChatKind::Private, OPERATOR), text("/stats")).await;
        let [Reply::Message(m)] = replies.as_slice() else { panic!("{replies:?}") };
        html::validate(&m.html).unwrap();
        assert!(m.html.starts_with("<pre>") && m.html.ends_with("</pre>"), "{}", m.html);
        let plain = html::to_plain(&m.html);
        assert!(plain.contains("subscribed chats: 1"), "{plain}");
        assert!(plain.contains("meta-ai-2025 3d") && plain.contains("pending 1"), "{plain}");
        // Nothing ever sent the due reminder: the summary says so rather than guess a finish.
        assert!(plain.contains("no sender seen yet"), "{plain}");
        assert!(plain.contains("links (") && plain.contains(": unchecked (https://"), "{plain}");
        assert!(!plain.contains(&CHAT.to_string()), "{plain}");
    }

    #[tokio::test]
    async fn anyone_else_and_any_group_get_the_unknown_command_answer() {
        let b = brain().await;
        for (kind, user) in [(ChatKind::Private, 7), (ChatKind::Group, OPERATOR), (ChatKind::Group, 7)] {
            let c = ctx(&b, kind, user);
            for command in ["/stats", "/stats@objection_bot", "/STATS now"] {
                let got = b.handle(&c, text(command)).await;
                assert_eq!(got, b.handle(&c, text("/nope")).await, "{kind:?} {user} {command}");
            }
        }
        let mut no_id = ctx(&b, ChatKind::Private, OPERATOR);
        no_id.user_id = None;
        assert_eq!(b.handle(&no_id, text("/stats")).await, b.handle(&no_id, text("/nope")).await);
    }

    #[tokio::test]
    async fn stats_is_in_no_command_menu() {
        let b = brain().await;
        let now = chrono::Utc::now();
        for kind in [ChatKind::Private, ChatKind::Group] {
            assert!(b.command_menu(Lang::En, kind, now).iter().all(|(name, _)| name != "stats"));
        }
    }

    #[test]
    fn a_long_summary_is_cut_by_whole_lines_to_fit_a_message() {
        let text = "a <b> & line\n".repeat(1000);
        let html = pre_block(&text);
        html::validate(&html).unwrap();
        assert!(html.ends_with("\n…</pre>"), "{html}");
        assert!(html.contains("a &lt;b&gt; &amp; line"));
        assert_eq!(pre_block("x < y\n"), "<pre>x &lt; y</pre>");
    }
}
