//! The brain: turns an [`Input`] from any door into transport-neutral [`Reply`] values.
//! It knows the campaign, the languages and the store, and nothing of HTTP or teloxide.

pub mod callback;
pub mod command;
mod inline;
mod views;

use std::sync::Arc;

use chrono::{DateTime, Utc};

use self::command::Parsed;
pub use self::{
    callback::{CallbackData, Topic},
    command::Command,
};
use crate::{
    campaign::{Campaign, Platform},
    i18n::I18n,
    lang::Lang,
    reminders::schedule,
    store::{Store, StoreError},
};

/// The kind of chat an input comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
}

/// Who and where: what the brain knows about an input besides its content.
#[derive(Debug, Clone)]
pub struct Context {
    pub chat_id: i64,
    pub kind: ChatKind,
    /// The sender's Telegram `language_code`, if any.
    pub language_code: Option<String>,
    /// Whether the sender administers the group. The door only looks it up when
    /// [`Brain::needs_admin`] says so; in a private chat it does not matter.
    pub is_admin: bool,
    pub now: DateTime<Utc>,
}

/// Something that happened in a chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A text message (a command or not).
    Text(String),
    /// A button press with its raw callback data.
    Callback(String),
    /// An inline query (`@bot …`) typed in any chat.
    InlineQuery(String),
    /// The bot was added to this group.
    BotAdded,
    /// The bot was removed from this group (or blocked in a private chat).
    BotRemoved,
    /// This group became a supergroup with a new id.
    Migrated { to: i64 },
}

/// A button under a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Button {
    Callback {
        label: String,
        data: CallbackData,
    },
    Url {
        label: String,
        url: String,
    },
    /// Lets the person pick a chat and post the card named by `query` there.
    Share {
        label: String,
        query: String,
    },
}

/// A message: Telegram HTML and rows of buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub html: String,
    pub keyboard: Vec<Vec<Button>>,
}

/// An inline-mode result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub description: String,
    pub message: Message,
}

/// What the brain wants a door to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Send a message to the chat.
    Message(Message),
    /// Answer the button press with this short text (the door answers every press anyway).
    Toast(String),
    /// Replace the buttons of the message whose button was pressed.
    EditKeyboard(Vec<Vec<Button>>),
    /// Answer an inline query with these cards.
    Cards(Vec<Card>),
}

/// The brain's failures: the store is the only thing that can fail.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The transport-neutral bot.
#[derive(Clone, Debug)]
pub struct Brain {
    pub campaign: Arc<Campaign>,
    pub i18n: Arc<I18n>,
    pub store: Store,
    /// The bot's username without `@` (empty until the door knows it).
    pub bot_username: Arc<str>,
}

impl Brain {
    pub fn new(campaign: Arc<Campaign>, i18n: Arc<I18n>, store: Store, bot_username: &str) -> Brain {
        Brain { campaign, i18n, store, bot_username: bot_username.into() }
    }

    /// Whether answering `input` in this chat needs the sender to be a group admin.
    pub fn needs_admin(&self, ctx: &Context, input: &Input) -> bool {
        if ctx.kind != ChatKind::Group {
            return false;
        }
        match input {
            Input::Text(text) => matches!(
                command::parse(text, &self.bot_username),
                Parsed::Command(Command::Remind | Command::Stop | Command::Language | Command::Forget, _)
            ),
            Input::Callback(data) => matches!(
                CallbackData::decode(data),
                Ok(CallbackData::SetLang(_)
                    | CallbackData::Mark(..)
                    | CallbackData::Show(Topic::Remind | Topic::Language))
            ),
            _ => false,
        }
    }

    /// Answers one input. A store failure becomes a polite reply, never a panic.
    pub async fn handle(&self, ctx: &Context, input: Input) -> Vec<Reply> {
        match self.try_handle(ctx, input.clone()).await {
            Ok(replies) => replies,
            Err(e) => {
                log::error!("answering an update: {e}");
                let lang = self.i18n.negotiate(None, ctx.language_code.as_deref());
                let text = self.i18n.tr(lang, "error-text", &[]);
                match input {
                    Input::Callback(_) => vec![Reply::Toast(text)],
                    Input::Text(_) => vec![Reply::Message(Message { html: text, keyboard: Vec::new() })],
                    _ => Vec::new(),
                }
            }
        }
    }

    async fn try_handle(&self, ctx: &Context, input: Input) -> Result<Vec<Reply>> {
        match input {
            Input::Text(text) => self.on_text(ctx, &text).await,
            Input::Callback(data) => self.on_callback(ctx, &data).await,
            Input::InlineQuery(query) => {
                let lang = self.lang_for(ctx).await?;
                Ok(vec![Reply::Cards(self.cards(lang, &query, ctx.now))])
            }
            Input::BotAdded => {
                let lang = self.i18n.negotiate(None, ctx.language_code.as_deref());
                Ok(vec![Reply::Message(self.group_intro(lang))])
            }
            Input::BotRemoved => {
                self.store.forget(ctx.chat_id).await?;
                Ok(Vec::new())
            }
            Input::Migrated { to } => {
                self.store.migrate_chat(ctx.chat_id, to).await?;
                Ok(Vec::new())
            }
        }
    }

    /// The chat's language: its stored choice, else the sender's, else the campaign default.
    /// A group without a choice speaks the campaign default.
    pub async fn lang_for(&self, ctx: &Context) -> Result<Lang> {
        let stored = self.store.chat(ctx.chat_id).await?.and_then(|c| c.lang);
        let code = match ctx.kind {
            ChatKind::Private => ctx.language_code.as_deref(),
            ChatKind::Group => None,
        };
        Ok(self.i18n.negotiate(stored, code))
    }

    async fn on_text(&self, ctx: &Context, text: &str) -> Result<Vec<Reply>> {
        let lang = self.lang_for(ctx).await?;
        let group = ctx.kind == ChatKind::Group;
        let (command, arg) = match command::parse(text, &self.bot_username) {
            Parsed::Command(c, arg) => (c, arg),
            Parsed::OtherBot => return Ok(Vec::new()),
            Parsed::Unknown | Parsed::Text if group => return Ok(Vec::new()),
            Parsed::Unknown | Parsed::Text => return Ok(vec![self.say(lang, "unknown-text")]),
        };
        if group && !ctx.is_admin && self.needs_admin(ctx, &Input::Text(text.to_owned())) {
            return Ok(vec![self.say(lang, "admin-only")]);
        }
        let topic = match command {
            Command::Start => match deep_link(&arg) {
                Some(topic) => topic,
                None => Topic::Start,
            },
            Command::Platform(p) => Topic::Platform(p),
            Command::Template => Topic::Letter,
            Command::Deadline => Topic::Deadline,
            Command::Language => Topic::Language,
            Command::Remind => Topic::Remind,
            Command::Status => Topic::Status,
            Command::Share => Topic::Share,
            Command::Help => {
                let html = self.i18n.tr(lang, "help-text", &[("bot", self.bot_username.as_ref().into())]);
                return Ok(vec![Reply::Message(Message { html, keyboard: self.main_keyboard(lang) })]);
            }
            Command::Privacy => return Ok(vec![self.say(lang, "privacy-text")]),
            Command::Forget => {
                self.store.forget(ctx.chat_id).await?;
                return Ok(vec![self.say(lang, "forget-done")]);
            }
            Command::Stop => {
                let id = if self.store.unsubscribe(ctx.chat_id).await? { "stop-done" } else { "stop-not-subscribed" };
                return Ok(vec![self.say(lang, id)]);
            }
        };
        self.show(ctx, lang, topic).await
    }

    async fn on_callback(&self, ctx: &Context, data: &str) -> Result<Vec<Reply>> {
        let lang = self.lang_for(ctx).await?;
        let Ok(data) = CallbackData::decode(data) else {
            return Ok(vec![Reply::Toast(self.i18n.tr(lang, "stale-button", &[]))]);
        };
        if ctx.kind == ChatKind::Group && !ctx.is_admin && self.needs_admin(ctx, &Input::Callback(data.encode())) {
            return Ok(vec![Reply::Toast(self.i18n.tr(lang, "admin-only", &[]))]);
        }
        match data {
            CallbackData::Show(topic) => self.show(ctx, lang, topic).await,
            CallbackData::SetLang(chosen) => {
                let chosen = self.i18n.resolve(chosen);
                self.store.set_lang(ctx.chat_id, chosen).await?;
                let html = self.i18n.tr(chosen, "language-set", &[]);
                Ok(vec![Reply::Message(Message { html, keyboard: self.main_keyboard(chosen) })])
            }
            CallbackData::Mark(platform, done) => {
                let state = self.store.set_done(ctx.chat_id, platform, done).await?;
                let name = self.i18n.tr(lang, &format!("name-{}", platform.key()), &[]);
                let toast = if done { "marked-done" } else { "marked-undone" };
                let mut replies = vec![
                    Reply::Toast(self.i18n.tr(lang, toast, &[("platform", name.into())])),
                    Reply::EditKeyboard(self.platform_keyboard(lang, platform, Some(&state))),
                ];
                if state.open_platforms().is_empty() && state.subscribed && self.store.mark_thanked(ctx.chat_id).await?
                {
                    replies.push(self.say(lang, "all-done-text"));
                }
                Ok(replies)
            }
        }
    }

    /// The screen for a topic, as a command or a button press shows it.
    async fn show(&self, ctx: &Context, lang: Lang, topic: Topic) -> Result<Vec<Reply>> {
        let message = match topic {
            Topic::Start => self.start(lang, ctx.now),
            Topic::Platform(p) => {
                let state = self.store.chat(ctx.chat_id).await?;
                self.platform(lang, p, state.as_ref().or(Some(&Default::default())))
            }
            Topic::Letter => self.letter(lang, true),
            Topic::Deadline => self.deadline(lang, ctx.now, true),
            Topic::Language => self.language_menu(lang),
            Topic::Status => self.status(ctx, lang).await?,
            Topic::Share => self.share(lang),
            Topic::Remind => return self.remind(ctx, lang).await,
        };
        Ok(vec![Reply::Message(message)])
    }

    async fn remind(&self, ctx: &Context, lang: Lang) -> Result<Vec<Reply>> {
        let now = ctx.now;
        if now >= self.campaign.deadline {
            let date = self.deadline_label(lang);
            return Ok(vec![self.say_with(lang, "remind-after-deadline", &[("date", date.into())])]);
        }
        let state = self.store.chat(ctx.chat_id).await?.unwrap_or_default();
        if state.open_platforms().is_empty() {
            return Ok(vec![self.say(lang, "remind-nothing-left")]);
        }
        let fresh = self.store.subscribe(ctx.chat_id, lang, now.timestamp()).await?;
        let message = match schedule::next_wave_after(&self.campaign, now) {
            Some(wave) => {
                let when = self.i18n.datetime(lang, wave.due.with_timezone(self.campaign.deadline.offset()));
                let id = if fresh { "remind-on" } else { "remind-already" };
                self.say_with(lang, id, &[("when", when.into())])
            }
            None => {
                let date = self.deadline_label(lang);
                self.say_with(lang, "remind-on-no-wave", &[("date", date.into())])
            }
        };
        Ok(vec![message])
    }

    fn say(&self, lang: Lang, id: &str) -> Reply {
        self.say_with(lang, id, &[])
    }

    fn say_with(&self, lang: Lang, id: &str, args: &[(&str, crate::i18n::Arg)]) -> Reply {
        Reply::Message(Message { html: self.i18n.tr(lang, id, args), keyboard: Vec::new() })
    }
}

/// The topic a `/start` payload (from a `t.me/bot?start=…` link) opens.
pub fn deep_link(payload: &str) -> Option<Topic> {
    Some(match payload {
        "facebook" => Topic::Platform(Platform::Facebook),
        "instagram" => Topic::Platform(Platform::Instagram),
        "whatsapp" => Topic::Platform(Platform::Whatsapp),
        "letter" | "template" => Topic::Letter,
        "remind" => Topic::Remind,
        "deadline" => Topic::Deadline,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
