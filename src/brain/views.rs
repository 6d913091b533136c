//! The screens the bot shows, built from locale messages and campaign values.

use chrono::{DateTime, Utc};

use super::{Brain, Button, CallbackData, Context, Message, ReminderPlan, Result, Topic};
use crate::{campaign::Platform, html, i18n::Arg, lang::Lang, store::ChatState};

impl Brain {
    fn label(&self, lang: Lang, id: &str) -> String {
        self.i18n.tr(lang, id, &[])
    }

    fn show_button(&self, lang: Lang, id: &str, topic: Topic) -> Button {
        Button::Callback { label: self.label(lang, id), data: CallbackData::Show(topic) }
    }

    fn platform_button(&self, lang: Lang, p: Platform) -> Button {
        self.show_button(lang, &format!("btn-{}", p.key()), Topic::Platform(p))
    }

    fn share_button(&self, lang: Lang, query: &str) -> Button {
        Button::Share { label: self.label(lang, "btn-share"), query: query.to_owned() }
    }

    pub(super) fn platform_name(&self, lang: Lang, p: Platform) -> String {
        self.i18n.tr(lang, &format!("name-{}", p.key()), &[])
    }

    /// Whether a reminder wave lies ahead of `now`, before the deadline. When none does (the
    /// deadline passed, or no offset comes before it), no screen offers reminders.
    pub fn reminders_ahead(&self, now: DateTime<Utc>) -> bool {
        self.campaign.next_wave_after(now).is_some()
    }

    /// The buttons of /start: the three platforms, the letter, reminders (while any lie
    /// ahead), language, share.
    pub fn main_keyboard(&self, lang: Lang, now: DateTime<Utc>) -> Vec<Vec<Button>> {
        let mut second = vec![self.show_button(lang, "btn-letter", Topic::Letter)];
        if self.reminders_ahead(now) {
            second.push(self.show_button(lang, "btn-remind", Topic::Remind));
        }
        vec![
            self.platform_row(lang),
            second,
            vec![self.show_button(lang, "btn-language", Topic::Language), self.share_button(lang, "")],
        ]
    }

    /// A button to each platform's steps.
    pub(super) fn platform_row(&self, lang: Lang) -> Vec<Button> {
        Platform::ALL.into_iter().map(|p| self.platform_button(lang, p)).collect()
    }

    /// The deadline as people say it: the date alone when it falls at midnight (as the first
    /// one did), else the date, the time and the offset.
    pub fn deadline_label(&self, lang: Lang) -> String {
        let deadline = self.campaign.deadline;
        if deadline.time() == chrono::NaiveTime::MIN {
            self.i18n.date(lang, deadline)
        } else {
            self.i18n.datetime(lang, deadline)
        }
    }

    /// Where the deadline stands, on either side of it.
    pub fn deadline_status(&self, lang: Lang, now: DateTime<Utc>) -> String {
        let deadline = self.campaign.deadline;
        let date = self.deadline_label(lang);
        match (deadline.with_timezone(&Utc) - now).to_std() {
            Ok(left) if !left.is_zero() => {
                let left = self.i18n.time_left(lang, left);
                self.i18n.tr(lang, "deadline-before", &[("date", date.into()), ("left", left.into())])
            }
            _ => self.i18n.tr(lang, "deadline-after", &[("date", date.into())]),
        }
    }

    pub fn start(&self, lang: Lang, now: DateTime<Utc>) -> Message {
        let html = self.i18n.tr(lang, "start-text", &[("deadline", self.deadline_status(lang, now).into())]);
        Message { html, keyboard: self.main_keyboard(lang, now) }
    }

    /// The steps for one platform. With a chat state, the checklist button is shown; without
    /// (inline cards, posted where the bot may not be), only link buttons.
    pub fn platform(&self, lang: Lang, p: Platform, state: Option<&ChatState>) -> Message {
        let html = self.i18n.tr(lang, &format!("{}-text", p.key()), &[]);
        let keyboard = match state {
            Some(state) => self.platform_keyboard(lang, p, Some(state)),
            None => vec![vec![self.form_button(lang, p)], vec![self.share_button(lang, p.key())]],
        };
        Message { html, keyboard }
    }

    fn form_button(&self, lang: Lang, p: Platform) -> Button {
        let name = self.platform_name(lang, p);
        // Facebook's and Instagram's forms open only for someone logged in to that service.
        let id = if p == Platform::Whatsapp { "btn-open-form" } else { "btn-open-form-login" };
        Button::Url {
            label: self.i18n.tr(lang, id, &[("platform", name.into())]),
            url: self.campaign.form_url(p).clone(),
        }
    }

    pub(super) fn platform_keyboard(&self, lang: Lang, p: Platform, state: Option<&ChatState>) -> Vec<Vec<Button>> {
        let name = self.platform_name(lang, p);
        let done = state.is_some_and(|s| s.is_done(p));
        let (id, mark) = if done { ("btn-mark-undone", false) } else { ("btn-mark-done", true) };
        let mut others: Vec<Button> =
            Platform::ALL.into_iter().filter(|o| *o != p).map(|o| self.platform_button(lang, o)).collect();
        others.push(self.show_button(lang, "btn-letter", Topic::Letter));
        vec![
            vec![self.form_button(lang, p)],
            vec![Button::Callback {
                label: self.i18n.tr(lang, id, &[("platform", name.into())]),
                data: CallbackData::Mark(p, mark),
            }],
            others,
            vec![self.share_button(lang, p.key()), self.show_button(lang, "btn-menu", Topic::Start)],
        ]
    }

    /// The objection letter in a `<pre>` block, one tap to copy.
    pub fn letter(&self, lang: Lang, in_chat: bool) -> Message {
        let intro = self.i18n.tr(lang, "letter-intro", &[]);
        let body = html::escape(&html::to_plain(&self.i18n.tr(lang, "letter-body", &[])));
        let keyboard = if in_chat {
            vec![
                Platform::ALL.into_iter().map(|p| self.platform_button(lang, p)).collect(),
                vec![self.share_button(lang, "letter"), self.show_button(lang, "btn-menu", Topic::Start)],
            ]
        } else {
            vec![vec![self.share_button(lang, "letter")]]
        };
        Message { html: format!("{intro}\n\n<pre>{body}</pre>"), keyboard }
    }

    pub fn deadline(&self, lang: Lang, now: DateTime<Utc>, in_chat: bool) -> Message {
        let keyboard = if in_chat {
            let mut second = vec![self.share_button(lang, "deadline")];
            if self.reminders_ahead(now) {
                second.insert(0, self.show_button(lang, "btn-remind", Topic::Remind));
            }
            vec![self.platform_row(lang), second]
        } else {
            vec![vec![self.share_button(lang, "deadline")]]
        };
        Message { html: self.deadline_status(lang, now), keyboard }
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

    pub(super) async fn status(&self, ctx: &Context, lang: Lang) -> Result<Message> {
        let state = self.store.chat(ctx.chat_id).await?.unwrap_or_default();
        let mut lines = vec![self.label(lang, "status-title")];
        for p in Platform::ALL {
            let id = if state.is_done(p) { "status-done" } else { "status-open" };
            lines.push(self.i18n.tr(lang, id, &[("platform", self.platform_name(lang, p).into())]));
        }
        lines.push(String::new());
        lines.push(match (state.subscribed, self.campaign.next_wave_after(ctx.now)) {
            (_, None) => self.label(lang, "status-no-wave"),
            (false, Some(_)) => self.label(lang, "status-not-subscribed"),
            (true, Some(wave)) => {
                let when = self.i18n.datetime(lang, wave.due.with_timezone(self.campaign.deadline.offset()));
                self.i18n.tr(lang, "status-subscribed", &[("when", when.into())])
            }
        });
        let open: Vec<Button> = state.open_platforms().into_iter().map(|p| self.platform_button(lang, p)).collect();
        let keyboard = if open.is_empty() { Vec::new() } else { vec![open] };
        Ok(Message { html: lines.join("\n"), keyboard })
    }

    /// The bot's link to pass on.
    pub fn share(&self, lang: Lang) -> Message {
        let link = format!("https://t.me/{}", self.bot_username);
        let html = self.i18n.tr(lang, "share-text", &[("link", html::escape(&link).into())]);
        Message { html, keyboard: vec![vec![self.share_button(lang, "")]] }
    }

    /// What the bot says when added to a group; it mentions reminders while any lie ahead.
    pub fn group_intro(&self, lang: Lang, now: DateTime<Utc>) -> Message {
        let mut html = self.label(lang, "group-intro");
        if self.reminders_ahead(now) {
            html = format!("{html} {}", self.label(lang, "group-intro-remind"));
        }
        Message { html, keyboard: self.main_keyboard(lang, now) }
    }

    /// /help: every command, with /remind described as it stands at `now`.
    pub fn help(&self, lang: Lang, now: DateTime<Utc>) -> Message {
        let remind = self.label(lang, if self.reminders_ahead(now) { "help-remind" } else { "help-remind-none" });
        let args: [(&str, Arg); 2] = [("bot", self.bot_username.as_ref().into()), ("remind", remind.into())];
        Message { html: self.i18n.tr(lang, "help-text", &args), keyboard: self.main_keyboard(lang, now) }
    }

    /// Who gets a reminder, and in which language: a chat subscribed with a platform left,
    /// before the deadline. The one place this is decided (the queue takes every subscribed
    /// chat; the broadcaster asks here before it sends).
    pub fn reminder_for(&self, chat: Option<&ChatState>, now: DateTime<Utc>) -> Option<ReminderPlan> {
        let chat = chat.filter(|c| c.subscribed)?;
        let open = chat.open_platforms();
        if open.is_empty() {
            return None;
        }
        let left = (self.campaign.deadline.to_utc() - now).to_std().ok().filter(|l| !l.is_zero())?;
        let lang = self.i18n.resolve(chat.lang.unwrap_or(self.campaign.default_language));
        Some(ReminderPlan { lang, left: self.i18n.time_left(lang, left), open })
    }

    /// A reminder naming the platforms still to do, with a button to each.
    pub fn reminder(&self, lang: Lang, open: &[Platform], now: DateTime<Utc>) -> Message {
        let deadline = self.campaign.deadline;
        let left = (deadline.with_timezone(&Utc) - now).to_std().unwrap_or_default();
        let names: Vec<String> = open.iter().map(|p| self.platform_name(lang, *p)).collect();
        let args: [(&str, Arg); 3] = [
            ("left", self.i18n.time_left(lang, left).into()),
            ("date", self.deadline_label(lang).into()),
            ("platforms", names.join(", ").into()),
        ];
        let mut keyboard: Vec<Vec<Button>> = vec![open.iter().map(|p| self.platform_button(lang, *p)).collect()];
        keyboard.push(vec![
            self.show_button(lang, "btn-letter", Topic::Letter),
            self.show_button(lang, "btn-status", Topic::Status),
        ]);
        Message { html: self.i18n.tr(lang, "reminder-text", &args), keyboard }
    }
}

impl Brain {
    /// The command menu for a kind of chat at `now`: (name, description) pairs from the
    /// locale. /remind is left out while no reminder lies ahead.
    pub fn command_menu(&self, lang: Lang, kind: super::ChatKind, now: DateTime<Utc>) -> Vec<(String, String)> {
        let ahead = self.reminders_ahead(now);
        super::Command::MENU
            .iter()
            .filter(|(c, _)| kind == super::ChatKind::Private || c.in_group_menu())
            .filter(|(c, _)| ahead || *c != super::Command::Remind)
            .map(|(_, name)| (name.to_string(), html::to_plain(&self.i18n.tr(lang, &format!("cmd-{name}"), &[]))))
            .collect()
    }

    /// The bot's description and short description in a language.
    pub fn profile(&self, lang: Lang) -> (String, String) {
        (
            html::to_plain(&self.i18n.tr(lang, "bot-description", &[])),
            html::to_plain(&self.i18n.tr(lang, "bot-short-description", &[])),
        )
    }
}
