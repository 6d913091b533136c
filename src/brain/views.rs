//! The screens the bot shows, built from the bot's words, the campaigns' texts and values.
//! With one campaign loaded each screen reads as it always has; with several, /start is one
//! short intro with a button per platform, and /deadline gives each campaign's title and line.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, Utc};

use super::{Brain, Button, CallbackData, ChatKind, Message, Topic};
use crate::{
    campaign::{Campaign, Platform},
    html,
    i18n::Arg,
    lang::Lang,
    limits,
    store::ChatState,
};

/// Platform pages' "checked" lines by language and kind (with a help page or not), then by
/// campaign id: as many as languages × campaigns × 2 at most.
pub(crate) type CheckedLines = Mutex<HashMap<(Lang, bool), HashMap<String, String>>>;

impl Brain {
    pub(super) fn label(&self, lang: Lang, id: &str) -> String {
        self.i18n.tr(lang, id, &[])
    }

    pub(super) fn show_button(&self, lang: Lang, id: &str, topic: Topic) -> Button {
        Button::Callback { label: self.label(lang, id), data: CallbackData::Show(topic) }
    }

    pub(super) fn platform_button(&self, lang: Lang, c: &Campaign, p: &Platform) -> Button {
        Button::Callback {
            label: c.platform_tr(lang, &p.key, "button"),
            data: CallbackData::Show(Topic::Platform(p.key.clone())),
        }
    }

    fn share_button(&self, lang: Lang, query: &str) -> Button {
        Button::Share { label: self.label(lang, "btn-share"), query: query.to_owned() }
    }

    /// The campaigns that have a letter, in display order.
    fn letter_campaigns(&self) -> Vec<&Campaign> {
        self.campaigns.iter().filter(|c| c.has_letter()).map(|c| c.as_ref()).collect()
    }

    /// The letter button of a campaign (of the only one with a letter, or a choice, when
    /// `None`); none when that campaign, or every campaign, has no letter.
    pub(super) fn letter_button(&self, lang: Lang, campaign: Option<&Campaign>) -> Option<Button> {
        let letters = self.letter_campaigns();
        let id = match campaign {
            Some(c) if !c.has_letter() => return None,
            Some(c) if letters.len() > 1 => Some(c.id.clone()),
            _ if letters.is_empty() => return None,
            _ => None,
        };
        Some(self.show_button(lang, "btn-letter", Topic::Letter(id)))
    }

    /// The buttons to a campaign's platforms, three to a row.
    pub(super) fn campaign_rows(&self, lang: Lang, c: &Campaign) -> Vec<Vec<Button>> {
        let buttons: Vec<Button> = c.platforms.iter().map(|p| self.platform_button(lang, c, p)).collect();
        buttons.chunks(3).map(|row| row.to_vec()).collect()
    }

    /// The buttons to every platform, in display order, three to a row (a row of four
    /// becomes two of two, so no button stands alone when it can be avoided).
    pub(super) fn platform_rows(&self, lang: Lang) -> Vec<Vec<Button>> {
        let buttons: Vec<Button> = self.campaigns.platforms().map(|(c, p)| self.platform_button(lang, c, p)).collect();
        rows_of_three(buttons)
    }

    /// Whether a reminder wave of any campaign lies ahead of `now`, before its deadline.
    /// When none does, no screen offers reminders.
    pub fn reminders_ahead(&self, now: DateTime<Utc>) -> bool {
        self.campaigns.iter().any(|c| c.next_wave_after(now).is_some())
    }

    /// The buttons of /start: the platforms, the letter, reminders (while any lie ahead:
    /// "Remind me", or "Stop reminders" once the chat is subscribed), language, share.
    pub fn main_keyboard(&self, lang: Lang, now: DateTime<Utc>, state: &ChatState) -> Vec<Vec<Button>> {
        let mut second: Vec<Button> = self.letter_button(lang, None).into_iter().collect();
        if self.subscribed_ahead(state, now) {
            second.push(self.stop_button(lang));
        } else if self.reminders_ahead(now) {
            second.push(self.show_button(lang, "btn-remind", Topic::Remind));
        }
        let mut rows = self.platform_rows(lang);
        if !second.is_empty() {
            rows.push(second);
        }
        rows.push(vec![self.show_button(lang, "btn-language", Topic::Language), self.share_button(lang, "")]);
        rows.push(vec![self.news_button(lang, state.news)]);
        rows
    }

    /// A campaign's deadline as people say it: the date alone when it falls at midnight (as
    /// the first one did), else the date, the time and the offset. Empty without a deadline.
    pub fn deadline_label(&self, lang: Lang, c: &Campaign) -> String {
        match c.deadline {
            Some(d) if d.time() == chrono::NaiveTime::MIN => self.i18n.date(lang, d),
            Some(d) => self.i18n.datetime(lang, d),
            None => String::new(),
        }
    }

    /// A day (`started`, `checked`) as the bot writes dates.
    pub fn day_label(&self, lang: Lang, day: chrono::NaiveDate) -> String {
        self.i18n.date(lang, day.and_time(chrono::NaiveTime::MIN).and_utc().fixed_offset())
    }

    /// Where a campaign stands: on either side of its deadline, or, without one, its
    /// `standing` line (with the day the training started, when the campaign gives it).
    pub fn deadline_status(&self, lang: Lang, c: &Campaign, now: DateTime<Utc>) -> String {
        let Some(deadline) = c.deadline else {
            let args: Vec<(&str, Arg)> =
                c.started.map(|d| ("date", self.day_label(lang, d).into())).into_iter().collect();
            return c.tr(lang, "standing", &args);
        };
        let date = self.deadline_label(lang, c);
        match (deadline.with_timezone(&Utc) - now).to_std() {
            Ok(left) if !left.is_zero() => {
                let left = self.i18n.time_left(lang, left);
                c.tr(lang, "deadline-before", &[("date", date.into()), ("left", left.into())])
            }
            _ => c.tr(lang, "deadline-after", &[("date", date.into())]),
        }
    }

    /// A campaign's title as a heading line.
    pub(super) fn heading(&self, lang: Lang, c: &Campaign) -> String {
        format!("<b>{}</b>", c.tr(lang, "title", &[]))
    }

    /// Each campaign's deadline line; with several, each under its title.
    fn deadlines(&self, lang: Lang, now: DateTime<Utc>) -> String {
        if self.campaigns.len() == 1 {
            return self.deadline_status(lang, self.campaigns.first(), now);
        }
        let blocks: Vec<String> = self
            .campaigns
            .iter()
            .map(|c| format!("{}\n{}", self.heading(lang, c), self.deadline_status(lang, c, now)))
            .collect();
        blocks.join("\n\n")
    }

    pub fn start(&self, lang: Lang, now: DateTime<Utc>, state: &ChatState) -> Message {
        let campaigns = if self.campaigns.len() == 1 {
            let c = self.campaigns.first();
            format!(
                "{}\n\n{}\n\n{}",
                self.heading(lang, c),
                c.tr(lang, "intro", &[]),
                self.deadline_status(lang, c, now)
            )
        } else {
            self.label(lang, "start-intro")
        };
        let html = self.i18n.tr(lang, "start-text", &[("campaigns", campaigns.into())]);
        Message { html, keyboard: self.main_keyboard(lang, now, state) }
    }

    /// The steps for one platform (by a key that is loaded). In a chat, the checklist button
    /// is shown (in a group, a link to the person's own chat with the bot instead); without
    /// (inline cards, posted where the bot may not be), only link buttons.
    pub fn platform(&self, lang: Lang, key: &str, chat: Option<(&ChatState, ChatKind)>) -> Message {
        self.render_platform(lang, key, chat).0
    }

    /// [`Brain::platform`]'s page, and whether its "checked" line was formatted in full.
    pub(super) fn render_platform(
        &self,
        lang: Lang,
        key: &str,
        chat: Option<(&ChatState, ChatKind)>,
    ) -> (Message, bool) {
        let Some((c, p)) = self.campaigns.platform(key) else {
            return (Message { html: self.label(lang, "stale-button"), keyboard: Vec::new() }, false);
        };
        let (checked, whole) = self.checked_line(lang, c, p.help_url.is_some());
        let html = format!("{}\n\n{checked}", c.platform_tr(lang, key, "steps"));
        let keyboard = match chat {
            Some((state, kind)) => self.platform_keyboard(lang, key, state, kind),
            None => {
                let mut rows = self.link_rows(lang, c, p);
                rows.push(vec![self.share_button(lang, key)]);
                rows
            }
        };
        (Message { html, keyboard }, whole)
    }

    /// The line under a platform's steps saying when they were last checked (and, for a
    /// platform with a help page, pointing to it). It depends only on the language, the
    /// campaign and the kind, so it is formatted once for each: its date was a fifth of a
    /// platform page's rendering (issue 20). A line whose formatting fell back is not kept,
    /// so that each use still logs the gap; the flag says whether the line was kept.
    fn checked_line(&self, lang: Lang, c: &Campaign, help: bool) -> (String, bool) {
        let id = if help { "checked-line-help" } else { "checked-line" };
        let kept = self.checked_lines.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(line) = kept.get(&(lang, help)).and_then(|lines| lines.get(c.id.as_str())) {
            return (line.clone(), true);
        }
        drop(kept);
        let formatted =
            self.i18n.try_date(lang, c.checked).and_then(|date| self.i18n.try_tr(lang, id, &[("date", date.into())]));
        match formatted {
            Ok(line) => {
                let mut kept = self.checked_lines.lock().unwrap_or_else(PoisonError::into_inner);
                kept.entry((lang, help)).or_default().insert(c.id.clone(), line.clone());
                (line, true)
            }
            Err(_) => (self.i18n.tr(lang, id, &[("date", self.day_label(lang, c.checked).into())]), false),
        }
    }

    /// A platform's link buttons, one to a row: its form or setting, then its help page.
    fn link_rows(&self, lang: Lang, c: &Campaign, p: &Platform) -> Vec<Vec<Button>> {
        let mut rows =
            vec![vec![Button::Url { label: c.platform_tr(lang, &p.key, "form-button"), url: p.form_url.clone() }]];
        if let Some(url) = &p.help_url {
            rows.push(vec![Button::Url { label: c.platform_tr(lang, &p.key, "help-button"), url: url.clone() }]);
        }
        rows
    }

    pub(super) fn platform_keyboard(
        &self,
        lang: Lang,
        key: &str,
        state: &ChatState,
        kind: ChatKind,
    ) -> Vec<Vec<Button>> {
        let Some((c, p)) = self.campaigns.platform(key) else {
            return Vec::new();
        };
        let mut others: Vec<Button> =
            c.platforms.iter().filter(|o| o.key != key).map(|o| self.platform_button(lang, c, o)).collect();
        others.extend(self.letter_button(lang, Some(c)));
        let mut rows = self.link_rows(lang, c, p);
        rows.extend(self.tick_button(lang, c, p, state, kind).map(|b| vec![b]));
        rows.extend(others.chunks(3).map(|row| row.to_vec()));
        rows.push(vec![self.share_button(lang, key), self.show_button(lang, "btn-menu", Topic::Start)]);
        rows
    }

    /// The letter of the campaign named, of the only one, or a choice between them.
    pub fn letter_screen(&self, lang: Lang, id: Option<&str>) -> Message {
        let letters = self.letter_campaigns();
        let chosen = match id {
            Some(id) => letters.iter().find(|c| c.id == id).copied(),
            None if letters.len() == 1 => letters.first().copied(),
            None => None,
        };
        match chosen {
            Some(c) => self.letter(lang, c, true),
            None => {
                let keyboard = letters
                    .iter()
                    .map(|c| {
                        vec![Button::Callback {
                            // A title is a heading; on a button it is cut to fit.
                            label: limits::shorten(&html::to_plain(&c.tr(lang, "title", &[])), limits::BUTTON_LABEL),
                            data: CallbackData::Show(Topic::Letter(Some(c.id.clone()))),
                        }]
                    })
                    .collect();
                Message { html: self.label(lang, "letter-pick"), keyboard }
            }
        }
    }

    /// A campaign's objection letter in a `<pre>` block, one tap to copy.
    pub fn letter(&self, lang: Lang, c: &Campaign, in_chat: bool) -> Message {
        let intro = c.tr(lang, "letter-intro", &[]);
        let body = html::escape(&html::to_plain(&c.tr(lang, "letter-body", &[])));
        let mut keyboard = if in_chat { self.campaign_rows(lang, c) } else { Vec::new() };
        let mut last = vec![self.share_button(lang, "letter")];
        if in_chat {
            last.push(self.show_button(lang, "btn-menu", Topic::Start));
        }
        keyboard.push(last);
        Message { html: format!("{intro}\n\n<pre>{body}</pre>"), keyboard }
    }

    /// /deadline: where each campaign's deadline stands.
    pub fn deadline(&self, lang: Lang, now: DateTime<Utc>, in_chat: bool) -> Message {
        Message { html: self.deadlines(lang, now), keyboard: self.deadline_keyboard(lang, now, in_chat) }
    }

    /// One campaign's deadline, as its inline card posts it.
    pub fn campaign_deadline(&self, lang: Lang, c: &Campaign, now: DateTime<Utc>) -> Message {
        Message { html: self.deadline_status(lang, c, now), keyboard: self.deadline_keyboard(lang, now, false) }
    }

    fn deadline_keyboard(&self, lang: Lang, now: DateTime<Utc>, in_chat: bool) -> Vec<Vec<Button>> {
        if !in_chat {
            return vec![vec![self.share_button(lang, "deadline")]];
        }
        let mut second = vec![self.share_button(lang, "deadline")];
        if self.reminders_ahead(now) {
            second.insert(0, self.show_button(lang, "btn-remind", Topic::Remind));
        }
        let mut rows = self.platform_rows(lang);
        rows.push(second);
        rows
    }

    /// Every translated language in its own name, three to a row, in code order.
    pub fn language_menu(&self, lang: Lang) -> Message {
        let buttons: Vec<Button> = self
            .i18n
            .languages()
            .into_iter()
            .map(|l| Button::Callback { label: self.label(l, "language-name"), data: CallbackData::SetLang(l) })
            .collect();
        Message { html: self.label(lang, "language-choose"), keyboard: buttons.chunks(3).map(|c| c.to_vec()).collect() }
    }

    /// The bot's link to pass on, with the campaign's words (the bot's, with several).
    pub fn share(&self, lang: Lang) -> Message {
        let link = format!("https://t.me/{}", self.bot_username);
        let args: [(&str, Arg); 1] = [("link", html::escape(&link).into())];
        let html = if self.campaigns.len() == 1 {
            self.campaigns.first().tr(lang, "share", &args)
        } else {
            self.i18n.tr(lang, "share-several", &args)
        };
        Message { html, keyboard: vec![vec![self.share_button(lang, "")]] }
    }

    /// What the bot says when added to a group; it mentions reminders while any lie ahead.
    pub fn group_intro(&self, lang: Lang, now: DateTime<Utc>, state: &ChatState) -> Message {
        let mut html = if self.campaigns.len() == 1 {
            self.campaigns.first().tr(lang, "group-intro", &[])
        } else {
            let commands: Vec<String> = self.campaigns.platforms().map(|(_, p)| format!("/{}", p.key)).collect();
            self.i18n.tr(lang, "group-intro-several", &[("commands", commands.join(" ").into())])
        };
        if self.reminders_ahead(now) {
            html = format!("{html} {}", self.label(lang, "group-intro-remind"));
        }
        Message { html, keyboard: self.main_keyboard(lang, now, state) }
    }

    /// /help: every command; /remind and /stop only while a reminder lies ahead at `now`.
    pub fn help(&self, lang: Lang, now: DateTime<Utc>, state: &ChatState) -> Message {
        let reminders =
            if self.reminders_ahead(now) { format!("{}\n", self.label(lang, "help-reminders")) } else { String::new() };
        let lines = |c: &Campaign| c.platforms.iter().map(|p| c.platform_tr(lang, &p.key, "help")).collect::<Vec<_>>();
        let platforms = if self.campaigns.len() == 1 {
            lines(self.campaigns.first()).join("\n")
        } else {
            let blocks: Vec<String> = self
                .campaigns
                .iter()
                .map(|c| {
                    let mut block = vec![self.heading(lang, c)];
                    block.extend(lines(c));
                    block.join("\n")
                })
                .collect();
            format!("{}\n", blocks.join("\n\n"))
        };
        let args: [(&str, Arg); 3] = [
            ("bot", self.bot_username.as_ref().into()),
            ("reminders", reminders.into()),
            ("platforms", platforms.into()),
        ];
        Message { html: self.i18n.tr(lang, "help-text", &args), keyboard: self.main_keyboard(lang, now, state) }
    }

    /// The command menu for a kind of chat at `now`: (name, description) pairs, the
    /// platforms' right after /start. /remind and /stop are left out while no reminder lies ahead.
    pub fn command_menu(&self, lang: Lang, kind: super::ChatKind, now: DateTime<Utc>) -> Vec<(String, String)> {
        let ahead = self.reminders_ahead(now);
        let mut menu: Vec<(String, String)> = super::Command::MENU
            .iter()
            .filter(|(c, _)| c.listed())
            .filter(|(c, _)| kind == super::ChatKind::Private || c.in_group_menu())
            .filter(|(c, _)| ahead || !matches!(c, super::Command::Remind | super::Command::Stop))
            .map(|(_, name)| (name.to_string(), html::to_plain(&self.i18n.tr(lang, &format!("cmd-{name}"), &[]))))
            .collect();
        let platforms = self
            .campaigns
            .platforms()
            .map(|(c, p)| (p.key.clone(), html::to_plain(&c.platform_tr(lang, &p.key, "command"))));
        let after_start = usize::from(menu.first().is_some_and(|(name, _)| name == "start"));
        menu.splice(after_start..after_start, platforms);
        menu
    }

    /// The bot's description and short description in a language: the campaign's, or the
    /// bot's own with several.
    pub fn profile(&self, lang: Lang) -> (String, String) {
        if self.campaigns.len() > 1 {
            let plain = |id: &str| html::to_plain(&self.label(lang, id));
            return (plain("profile-description"), plain("profile-short-description"));
        }
        let c = self.campaigns.first();
        (html::to_plain(&c.tr(lang, "description", &[])), html::to_plain(&c.tr(lang, "short-description", &[])))
    }
}

/// Buttons three to a row; a last row of one borrows from the row before (4 → 2 + 2).
pub(super) fn rows_of_three(buttons: Vec<Button>) -> Vec<Vec<Button>> {
    let mut rows: Vec<Vec<Button>> = buttons.chunks(3).map(|row| row.to_vec()).collect();
    if rows.len() > 1 && rows.last().is_some_and(|r| r.len() == 1) {
        let last = rows.pop().unwrap_or_default();
        let before = rows.last_mut().map(|r| r.split_off(2)).unwrap_or_default();
        rows.push(before.into_iter().chain(last).collect());
    }
    rows
}
