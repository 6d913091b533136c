//! The checklist and reminders, campaign by campaign: ticking platforms off, /remind,
//! /status, the tick and stop buttons, and the one rule for who gets a reminder and what it says.

use chrono::{DateTime, Utc};

use super::{Brain, Button, CallbackData, ChatKind, Context, Message, ReminderPlan, Reply, Result, Topic};
use crate::{
    campaign::{Campaign, Kind, Platform, Wave},
    i18n::Arg,
    lang::Lang,
    store::ChatState,
};

impl Brain {
    /// Ticks a platform off or back on (a form's follow-up goes in the queue, or out); thanks
    /// a chat once per campaign when all of that campaign's platforms are done (with a
    /// deadline, only a chat subscribed to it), and for a setting every time, with the offer
    /// of a re-check. Every thanks offers news of new opt-outs.
    pub(super) async fn mark(&self, ctx: &Context, lang: Lang, key: &str, done: bool) -> Result<Vec<Reply>> {
        let Some((campaign, platform)) = self.campaigns.platform(key) else {
            return Ok(vec![Reply::Toast(self.label(lang, "stale-button"))]);
        };
        let state = self.store.set_done_at(ctx.chat_id, key, done, ctx.now.timestamp()).await?;
        self.follow_tick(ctx, lang, campaign, platform, done).await?;
        let name = campaign.platform_tr(lang, key, "name");
        let after = self.i18n.time_left(lang, campaign.follow.after);
        let toast = match (done, platform.kind) {
            (false, _) => "marked-undone",
            (true, Kind::Form) => "marked-done-followup",
            (true, Kind::Setting) => "marked-done-setting",
        };
        let mut replies = vec![
            Reply::Toast(self.i18n.tr(lang, toast, &[("platform", name.clone().into()), ("after", after.into())])),
            Reply::EditKeyboard(self.platform_keyboard(lang, key, &state, ctx.kind)),
        ];
        let finished = done
            && campaign.open_platforms(&state.done).is_empty()
            && (campaign.deadline.is_none() || state.is_subscribed(&campaign.id))
            && self.store.mark_thanked(ctx.chat_id, &campaign.id).await?;
        let news = vec![self.news_button(lang, state.news)];
        if done && platform.kind == Kind::Setting {
            let html = if finished {
                campaign.tr(lang, "all-done", &[])
            } else {
                self.i18n.tr(lang, "setting-thanks", &[("platform", name.into())])
            };
            let keyboard = vec![vec![self.recheck_button(lang, campaign, platform)], news];
            replies.push(Reply::message(Message { html, keyboard }));
        } else if finished {
            replies.push(Reply::message(Message { html: campaign.tr(lang, "all-done", &[]), keyboard: vec![news] }));
        }
        Ok(replies)
    }

    /// The one-tap way out of reminders (a callback, as /stop).
    pub(super) fn stop_button(&self, lang: Lang) -> Button {
        Button::Callback { label: self.label(lang, "btn-stop"), data: CallbackData::Unsubscribe }
    }

    /// The label of a platform's tick button: its own `<key>-mark-done` if it has one, else
    /// the bot's words for its kind.
    fn mark_label(&self, lang: Lang, c: &Campaign, p: &Platform, name: String) -> String {
        let own = format!("{}-mark-done", p.key);
        if let Ok(label) = c.texts.try_tr(c.texts.resolve(lang), &own, &[]) {
            return label;
        }
        let id = match p.kind {
            Kind::Form => "btn-mark-done",
            Kind::Setting => "btn-mark-done-setting",
        };
        self.i18n.tr(lang, id, &[("platform", name.into())])
    }

    /// The tick button under a platform's steps; in a group, where ticks would be the whole
    /// group's, a link that opens the person's own chat with the bot at this platform.
    pub(super) fn tick_button(
        &self,
        lang: Lang,
        c: &Campaign,
        p: &Platform,
        state: &ChatState,
        kind: ChatKind,
    ) -> Option<Button> {
        if kind == ChatKind::Group {
            let url = format!("https://t.me/{}?start={}", self.bot_username, p.key);
            let url = url::Url::parse(&url).ok().filter(|_| !self.bot_username.is_empty())?;
            return Some(Button::Url { label: self.label(lang, "btn-tick-in-private"), url });
        }
        let name = c.platform_tr(lang, &p.key, "name");
        let done = state.is_done(&p.key);
        let label = if done {
            self.i18n.tr(lang, "btn-mark-undone", &[("platform", name.into())])
        } else {
            self.mark_label(lang, c, p, name)
        };
        Some(Button::Callback { label, data: CallbackData::Mark(p.key.clone(), !done) })
    }

    /// The campaigns with a reminder wave ahead of `now`, with that next wave.
    fn campaigns_ahead(&self, now: DateTime<Utc>) -> Vec<(&Campaign, Wave)> {
        self.campaigns.iter().filter_map(|c| c.next_wave_after(now).map(|w| (c.as_ref(), w))).collect()
    }

    /// Whether reminders will come: the chat is subscribed to a campaign with a wave ahead of
    /// `now` and a platform left. Then the screens offer to stop them (and not to start them).
    pub(super) fn subscribed_ahead(&self, state: &ChatState, now: DateTime<Utc>) -> bool {
        self.campaigns_ahead(now)
            .iter()
            .any(|(c, _)| state.is_subscribed(&c.id) && !c.open_platforms(&state.done).is_empty())
    }

    /// The next reminder as a date in the language, in the campaign's offset.
    fn when(&self, lang: Lang, c: &Campaign, wave: &Wave) -> String {
        self.i18n.datetime(lang, wave.due.with_timezone(&c.offset()))
    }

    /// Subscribes the chat to every campaign with a wave ahead and a platform left; else
    /// says in one sentence why there is nothing to remind of, with the platforms one tap away.
    pub(super) async fn remind(&self, ctx: &Context, state: &ChatState, lang: Lang) -> Result<Vec<Reply>> {
        let now = ctx.now;
        let ahead = self.campaigns_ahead(now);
        if ahead.is_empty() {
            // The first campaign with a date says why; with none, no date lies ahead at all.
            let html = match self.campaigns.iter().find(|c| c.deadline.is_some()) {
                Some(c) => {
                    let id = if c.is_over(now) { "remind-after-deadline" } else { "remind-no-wave" };
                    self.i18n.tr(lang, id, &[("date", self.deadline_label(lang, c).into())])
                }
                None => self.label(lang, "remind-none"),
            };
            return Ok(vec![Reply::message(Message { html, keyboard: self.platform_rows(lang) })]);
        }
        let open: Vec<&(&Campaign, Wave)> =
            ahead.iter().filter(|(c, _)| !c.open_platforms(&state.done).is_empty()).collect();
        let Some((first, _)) = ahead.first() else { return Ok(Vec::new()) };
        if open.is_empty() {
            return Ok(vec![self.say_campaign(lang, first, "nothing-left")]);
        }
        let ids: Vec<&str> = open.iter().map(|(c, _)| c.id.as_str()).collect();
        let fresh = self.store.subscribe(ctx.chat_id, lang, &ids, now.timestamp()).await?;
        let Some((c, wave)) = open.iter().min_by_key(|(_, w)| w.due) else { return Ok(Vec::new()) };
        let id = if fresh { "remind-on" } else { "remind-already" };
        Ok(vec![self.say_with(lang, id, &[("when", self.when(lang, c, wave).into())])])
    }

    fn say_campaign(&self, lang: Lang, c: &Campaign, id: &str) -> Reply {
        Reply::message(Message { html: c.tr(lang, id, &[]), keyboard: Vec::new() })
    }

    /// /status: one checklist, each platform ticked or not (under its campaign's title when
    /// there are several), the next reminder (only when some campaign has a deadline), a
    /// button to each platform still open, and one to stop reminders while they are on.
    pub fn status(&self, ctx: &Context, state: &ChatState, lang: Lang) -> Message {
        let mut lines = vec![self.label(lang, "status-title")];
        let mut open: Vec<Button> = Vec::new();
        for c in self.campaigns.iter() {
            if self.campaigns.len() > 1 {
                lines.push(format!("<b>{}</b>", c.tr(lang, "title", &[])));
            }
            for p in &c.platforms {
                let id = if state.is_done(&p.key) { "status-done" } else { "status-open" };
                lines.push(self.i18n.tr(lang, id, &[("platform", c.platform_tr(lang, &p.key, "name").into())]));
                if !state.is_done(&p.key) {
                    open.push(self.platform_button(lang, c, p));
                }
            }
        }
        let ahead = self.campaigns_ahead(ctx.now);
        let subscribed = ahead.iter().filter(|(c, _)| state.is_subscribed(&c.id)).min_by_key(|(_, w)| w.due);
        let dated = self.campaigns.iter().any(|c| c.deadline.is_some());
        let reminders = match (ahead.is_empty(), subscribed) {
            (true, _) if !dated => None,
            (true, _) => Some(self.label(lang, "status-no-wave")),
            (false, None) => Some(self.label(lang, "status-not-subscribed")),
            (false, Some((c, wave))) => {
                Some(self.i18n.tr(lang, "status-subscribed", &[("when", self.when(lang, c, wave).into())]))
            }
        };
        if let Some(line) = reminders {
            lines.push(String::new());
            lines.push(line);
        }
        let mut keyboard = super::views::rows_of_three(open);
        if self.subscribed_ahead(state, ctx.now) {
            keyboard.push(vec![self.stop_button(lang)]);
        }
        Message { html: lines.join("\n"), keyboard }
    }

    /// Who gets a reminder of a campaign, and in which language: a chat subscribed to it
    /// with one of its platforms left, before its deadline. The one place this is decided
    /// (the queue takes every chat subscribed to the campaign; the broadcaster asks here
    /// before it sends).
    pub fn reminder_for(&self, c: &Campaign, chat: Option<&ChatState>, now: DateTime<Utc>) -> Option<ReminderPlan> {
        let chat = chat.filter(|s| s.is_subscribed(&c.id))?;
        let open: Vec<String> = c.open_platforms(&chat.done).into_iter().map(|p| p.key.clone()).collect();
        if open.is_empty() {
            return None;
        }
        let left = (c.deadline?.to_utc() - now).to_std().ok().filter(|l| !l.is_zero())?;
        let lang = self.i18n.resolve(chat.lang.unwrap_or(self.campaigns.default_language()));
        Some(ReminderPlan { lang, left: crate::i18n::TimeLeft::of(left), open })
    }

    /// A campaign's reminder naming the platforms still to do, with a button to each, and
    /// one to stop reminders while another wave of the campaign lies ahead.
    pub fn reminder(&self, c: &Campaign, lang: Lang, open: &[String], now: DateTime<Utc>) -> Message {
        let left = c.deadline.and_then(|d| (d.with_timezone(&Utc) - now).to_std().ok()).unwrap_or_default();
        let names: Vec<String> = open.iter().map(|key| c.platform_tr(lang, key, "name")).collect();
        let args: [(&str, Arg); 3] = [
            ("left", self.i18n.time_left(lang, left).into()),
            ("date", self.deadline_label(lang, c).into()),
            ("platforms", names.join(", ").into()),
        ];
        let buttons: Vec<Button> =
            c.platforms.iter().filter(|p| open.contains(&p.key)).map(|p| self.platform_button(lang, c, p)).collect();
        let mut keyboard: Vec<Vec<Button>> = buttons.chunks(3).map(|row| row.to_vec()).collect();
        let mut last: Vec<Button> = self.letter_button(lang, Some(c)).into_iter().collect();
        last.push(self.show_button(lang, "btn-status", Topic::Status));
        keyboard.push(last);
        if c.next_wave_after(now).is_some() {
            keyboard.push(vec![self.stop_button(lang)]);
        }
        Message { html: c.tr(lang, "reminder", &args), keyboard }
    }
}
