//! Following through after a tick: the follow-up that asks whether the company confirmed an
//! objection and its three answers, the re-check of a setting, and news of new opt-outs (the
//! messages the queue sends, and the buttons and /news that set them up).

use chrono::{DateTime, NaiveDate, Utc};

use super::{Answer, Brain, Button, CallbackData, Context, Message, Reply, Result};
use crate::{
    campaign::{Campaign, Kind, Platform},
    lang::Lang,
    store::{ChatState, DeliveryKind},
};

/// `now` moved on by a campaign setting, in unix ms.
fn due_ms(now: DateTime<Utc>, after: std::time::Duration) -> i64 {
    now.timestamp_millis().saturating_add(i64::try_from(after.as_millis()).unwrap_or(i64::MAX))
}

/// The day of a tick as stored (unix seconds at 00:00 UTC); `None` if it was not kept.
fn tick_day(chat: &ChatState, key: &str) -> Option<NaiveDate> {
    let secs = *chat.ticked_on.get(key).filter(|d| **d > 0)?;
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

impl Brain {
    /// What the queue sends for a follow-up, a re-check or an announcement, or `None` when
    /// the chat should get nothing now: it unticked the platform, no longer wants news, or
    /// the platform is gone from the campaign.
    pub fn follow_through(&self, c: &Campaign, kind: &DeliveryKind, chat: Option<&ChatState>) -> Option<Message> {
        let chat = chat?;
        let lang = self.i18n.resolve(chat.lang.unwrap_or(self.campaigns.default_language()));
        let platform = |key: &str| c.platforms.iter().find(|p| p.key == key && chat.is_done(key));
        match kind {
            DeliveryKind::Reminder => None,
            DeliveryKind::FollowUp { platform: key, again } => {
                let p = platform(key).filter(|p| p.kind == Kind::Form)?;
                Some(self.follow_up(lang, c, p, tick_day(chat, key)?, *again))
            }
            DeliveryKind::Recheck { platform: key } => Some(self.recheck(lang, c, platform(key)?, tick_day(chat, key))),
            DeliveryKind::News => chat.news.then(|| self.announcement(lang, c)),
        }
    }

    /// "On that day you objected on X: did the company confirm?", with the three answers
    /// (the second time without "ask me later").
    pub fn follow_up(&self, lang: Lang, c: &Campaign, p: &Platform, day: NaiveDate, again: bool) -> Message {
        let id = if again { "followup-ask-again" } else { "followup-ask" };
        let args =
            [("platform", c.platform_tr(lang, &p.key, "name").into()), ("date", self.day_label(lang, day).into())];
        let answer = |id: &str, answer: Answer| Button::Callback {
            label: self.label(lang, id),
            data: CallbackData::FollowUp(p.key.clone(), answer),
        };
        let mut first = vec![answer("btn-confirmed", Answer::Confirmed)];
        if !again {
            first.push(answer("btn-later", Answer::Later));
        }
        Message {
            html: self.i18n.tr(lang, id, &args),
            keyboard: vec![first, vec![answer("btn-no-answer", Answer::NoAnswer)]],
        }
    }

    /// "Check the setting is still off", with the setting's link and the offer to be
    /// reminded again.
    pub fn recheck(&self, lang: Lang, c: &Campaign, p: &Platform, day: Option<NaiveDate>) -> Message {
        let name = c.platform_tr(lang, &p.key, "name");
        let html = match day {
            Some(day) => self.i18n.tr(
                lang,
                "recheck-ask",
                &[("platform", name.into()), ("date", self.day_label(lang, day).into())],
            ),
            None => self.i18n.tr(lang, "recheck-ask-undated", &[("platform", name.into())]),
        };
        let link = Button::Url { label: c.platform_tr(lang, &p.key, "form-button"), url: p.form_url.clone() };
        Message { html, keyboard: vec![vec![link], vec![self.recheck_button(lang, c, p)]] }
    }

    /// A new campaign announced: its title, its story and its platforms' buttons.
    pub fn announcement(&self, lang: Lang, c: &Campaign) -> Message {
        let html = format!(
            "{}\n\n{}\n\n{}",
            self.label(lang, "news-announce"),
            self.heading(lang, c),
            c.tr(lang, "intro", &[])
        );
        let buttons: Vec<Button> = c.platforms.iter().map(|p| self.platform_button(lang, c, p)).collect();
        let mut keyboard = super::views::rows_of_three(buttons);
        keyboard.push(vec![self.news_button(lang, true)]);
        Message { html, keyboard }
    }

    /// 🔔 "remind me in six months to check it is still off", under a setting's thanks.
    pub(super) fn recheck_button(&self, lang: Lang, c: &Campaign, p: &Platform) -> Button {
        let after = self.i18n.time_left(lang, c.follow.recheck);
        Button::Callback {
            label: self.i18n.tr(lang, "btn-recheck", &[("after", after.into())]),
            data: CallbackData::Recheck(p.key.clone()),
        }
    }

    /// 🆕 news of new opt-outs on, or (for a chat that has it) off.
    pub(super) fn news_button(&self, lang: Lang, has_news: bool) -> Button {
        let (id, on) = if has_news { ("btn-news-off", false) } else { ("btn-news-on", true) };
        Button::Callback { label: self.label(lang, id), data: CallbackData::News(on) }
    }

    /// Ticking a platform off puts its follow-up (a form) in the queue; ticking it back on
    /// takes out whatever waits for it.
    pub(super) async fn follow_tick(
        &self,
        ctx: &Context,
        lang: Lang,
        c: &Campaign,
        p: &Platform,
        done: bool,
    ) -> Result<()> {
        let key = p.key.clone();
        let first = DeliveryKind::FollowUp { platform: key.clone(), again: false };
        let again = DeliveryKind::FollowUp { platform: key.clone(), again: true };
        let recheck = DeliveryKind::Recheck { platform: key };
        if done && p.kind == Kind::Form {
            self.store.keep_lang(ctx.chat_id, lang).await?;
            self.store.cancel(ctx.chat_id, &again).await?;
            return self.store.schedule(ctx.chat_id, &c.id, &first, due_ms(ctx.now, c.follow.after)).await;
        }
        if !done {
            for kind in [first, again, recheck] {
                self.store.cancel(ctx.chat_id, &kind).await?;
            }
        }
        Ok(())
    }

    /// An answer to a follow-up. ✅ ends it, ⏳ asks once more later, ❌ gives a follow-up
    /// letter and the way to an authority. The answered message loses its buttons.
    pub(super) async fn answer_follow_up(
        &self,
        ctx: &Context,
        state: &ChatState,
        lang: Lang,
        key: &str,
        answer: Answer,
    ) -> Result<Vec<Reply>> {
        let Some((c, _)) = self.campaigns.platform(key) else {
            return Ok(vec![Reply::Toast(self.label(lang, "stale-button"))]);
        };
        let name = c.platform_tr(lang, key, "name");
        let first = DeliveryKind::FollowUp { platform: key.to_owned(), again: false };
        let again = DeliveryKind::FollowUp { platform: key.to_owned(), again: true };
        let mut replies = vec![Reply::EditKeyboard(Vec::new())];
        if answer != Answer::Later {
            // Nothing more is asked about this platform: neither ask still waits.
            for kind in [&first, &again] {
                self.store.cancel(ctx.chat_id, kind).await?;
            }
        }
        match answer {
            Answer::Confirmed => {
                let html = self.i18n.tr(lang, "followup-confirmed", &[("platform", name.into())]);
                replies
                    .push(Reply::message(Message { html, keyboard: vec![vec![self.news_button(lang, state.news)]] }));
            }
            Answer::Later => {
                let due = due_ms(ctx.now, c.follow.again);
                self.store.schedule(ctx.chat_id, &c.id, &again, due).await?;
                let day = DateTime::from_timestamp_millis(due).unwrap_or(ctx.now).date_naive();
                replies.push(self.say_with(lang, "followup-later", &[("date", self.day_label(lang, day).into())]));
            }
            Answer::NoAnswer => {
                let day = tick_day(state, key).map(|d| self.day_label(lang, d)).unwrap_or_else(|| "…".into());
                let letter = self.i18n.tr(lang, "followup-letter", &[("platform", name.into()), ("date", day.into())]);
                let html = format!("{}\n\n<pre>{letter}</pre>", self.label(lang, "followup-letter-intro"));
                replies.push(Reply::message(Message { html, keyboard: Vec::new() }));
                replies.push(Reply::message(self.complain_where(lang)));
            }
        }
        Ok(replies)
    }

    /// 🔔 pressed under a setting's thanks: the re-check goes in the queue.
    pub(super) async fn ask_recheck(&self, ctx: &Context, lang: Lang, key: &str) -> Result<Vec<Reply>> {
        let Some((c, p)) = self.campaigns.platform(key) else {
            return Ok(vec![Reply::Toast(self.label(lang, "stale-button"))]);
        };
        let due = due_ms(ctx.now, c.follow.recheck);
        let kind = DeliveryKind::Recheck { platform: p.key.clone() };
        self.store.keep_lang(ctx.chat_id, lang).await?;
        self.store.schedule(ctx.chat_id, &c.id, &kind, due).await?;
        let day = DateTime::from_timestamp_millis(due).unwrap_or(ctx.now).date_naive();
        let args = [("date", self.day_label(lang, day).into()), ("platform", c.platform_tr(lang, key, "name").into())];
        Ok(vec![Reply::EditKeyboard(Vec::new()), self.say_with(lang, "recheck-on", &args)])
    }

    /// /news and the 🆕 buttons: news of new opt-outs on or off (/news turns it the other way).
    pub(super) async fn news(
        &self,
        ctx: &Context,
        state: &ChatState,
        lang: Lang,
        on: Option<bool>,
    ) -> Result<Vec<Reply>> {
        let on = on.unwrap_or(!state.news);
        if on {
            self.store.keep_lang(ctx.chat_id, lang).await?;
        }
        self.store.set_news(ctx.chat_id, on, ctx.now.timestamp()).await?;
        let html = self.label(lang, if on { "news-on" } else { "news-off" });
        Ok(vec![Reply::message(Message { html, keyboard: Vec::new() })])
    }
}
