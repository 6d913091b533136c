//! The brain: turns an [`Input`] from any door into transport-neutral [`Reply`] values.
//! It knows the campaigns, the languages and the store, and nothing of HTTP or teloxide.

pub mod action;
pub mod callback;
mod checklist;
pub mod command;
mod complain;
pub mod follow;
mod inline;
mod operator;
mod pages;
mod reply_check;
mod views;

use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use self::{
    action::{Action, Request, Screen},
    callback::{Answer, CallbackData, Topic},
    command::Command,
    reply_check::{check_message, check_reply},
};
use crate::{
    authorities::Authorities,
    campaign::Campaigns,
    i18n::I18n,
    lang::Lang,
    store::{ChatState, Store, StoreError},
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
    /// The sender's Telegram user id, if the door knows one (operators are recognised by it).
    pub user_id: Option<i64>,
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
    /// A link; a valid URL by construction, so every door renders it alike.
    Url {
        label: String,
        url: url::Url,
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
    /// Send a message to the chat (shared: a platform page is kept, see
    /// [`Brain::platform_page`]).
    Message(Arc<Message>),
    /// Answer the button press with this short text (the door answers every press anyway).
    Toast(String),
    /// Replace the buttons of the message whose button was pressed.
    EditKeyboard(Vec<Vec<Button>>),
    /// Answer an inline query with these cards.
    Cards(Vec<Card>),
}

impl Reply {
    /// A message made for this reply alone.
    pub fn message(message: Message) -> Reply {
        Reply::Message(Arc::new(message))
    }
}

/// Who gets a reminder and what it will say: see [`Brain::reminder_for`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderPlan {
    pub lang: Lang,
    /// The time left, as the reminder words it (reminders with the same words are alike).
    pub left: crate::i18n::TimeLeft,
    /// The keys of the campaign's platforms still to do.
    pub open: Vec<String>,
}

/// The brain's failures: the store is the only thing that can fail.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The transport-neutral bot.
#[derive(Clone, Debug)]
pub struct Brain {
    pub campaigns: Arc<Campaigns>,
    pub i18n: Arc<I18n>,
    pub store: Store,
    /// The bot's username without `@` (empty until the door knows it).
    pub bot_username: Arc<str>,
    /// Telegram user ids that may ask for `/stats` in a private chat (`OPERATOR_IDS`).
    pub operators: Arc<[i64]>,
    /// Reminders per second (`BROADCAST_RATE`), to estimate in `/stats` when a wave is done.
    pub broadcast_rate: f64,
    /// The data protection authorities a person may complain to (`AUTHORITIES_FILE`).
    pub authorities: Arc<Authorities>,
    /// Each platform page's "checked" line, once formatted (see [`Brain::checked_line`]).
    pub(crate) checked_lines: Arc<views::CheckedLines>,
    /// Platform pages, once rendered (see [`Brain::platform_page`]).
    pub(crate) pages: Arc<pages::Pages>,
}

impl Brain {
    pub fn new(campaigns: Arc<Campaigns>, i18n: Arc<I18n>, store: Store, bot_username: &str) -> Brain {
        Brain {
            campaigns,
            i18n,
            store,
            bot_username: bot_username.into(),
            operators: Arc::new([]),
            broadcast_rate: crate::config::DEFAULT_BROADCAST_RATE,
            authorities: Authorities::shared_embedded(),
            checked_lines: Default::default(),
            pages: Default::default(),
        }
    }

    /// The same brain, pointing people to these authorities.
    pub fn with_authorities(self, authorities: Arc<Authorities>) -> Brain {
        Brain { authorities, ..self }
    }

    /// The same brain, answering `/stats` to these operators with this broadcast rate.
    pub fn with_operators(self, operators: &[i64], broadcast_rate: f64) -> Brain {
        Brain { operators: operators.into(), broadcast_rate, ..self }
    }

    /// Whether the sender of this input is an operator, in a private chat.
    pub fn from_operator(&self, ctx: &Context) -> bool {
        ctx.kind == ChatKind::Private && ctx.user_id.is_some_and(|id| self.operators.contains(&id))
    }

    /// Answers one input. A store failure becomes a polite reply, never a panic.
    pub async fn handle(&self, ctx: &Context, input: Input) -> Vec<Reply> {
        let by_button = matches!(input, Input::Callback(_));
        let action = self.decode(ctx, &input);
        match self.act(ctx, action, by_button).await {
            Ok(replies) => replies,
            Err(e) => {
                log::error!("answering an update: {e}");
                let lang = self.i18n.negotiate(None, ctx.language_code.as_deref());
                match input {
                    Input::Callback(_) | Input::Text(_) => vec![self.notice(lang, "error-text", by_button)],
                    _ => Vec::new(),
                }
            }
        }
    }

    /// Does what an input was decoded to; `by_button` says how to answer a refusal.
    async fn act(&self, ctx: &Context, action: Action, by_button: bool) -> Result<Vec<Reply>> {
        match action {
            Action::Ignore => Ok(Vec::new()),
            Action::Request(request) => {
                // The chat's state is read once per update, and only for a request.
                let state = self.store.chat(ctx.chat_id).await?.unwrap_or_default();
                let lang = self.lang_of(ctx, &state);
                if ctx.kind == ChatKind::Group && !ctx.is_admin && request.admin_only() {
                    return Ok(vec![self.notice(lang, "admin-only", by_button)]);
                }
                self.answer(ctx, &state, lang, request).await
            }
            Action::Welcome => {
                // The group keeps its adder's language (only the code is stored) until an admin
                // chooses another; one already stored is kept.
                let state = self.store.chat(ctx.chat_id).await?.unwrap_or_default();
                let lang = self.i18n.negotiate(state.lang, ctx.language_code.as_deref());
                if state.lang.is_none() {
                    self.store.set_lang(ctx.chat_id, lang).await?;
                }
                Ok(vec![Reply::message(self.group_intro(lang, ctx.now, &state))])
            }
            Action::Leave => {
                self.store.forget(ctx.chat_id).await?;
                Ok(Vec::new())
            }
            Action::Migrate(to) => {
                self.store.migrate_chat(ctx.chat_id, to).await?;
                Ok(Vec::new())
            }
        }
    }

    /// The chat's language: its stored one, else the sender's, else the default (the newest
    /// campaign's). A group stores its adder's language when the bot joins, so it speaks one
    /// language whoever writes; a group without one (joined before this) speaks the default.
    pub async fn lang_for(&self, ctx: &Context) -> Result<Lang> {
        Ok(self.lang_of(ctx, &self.store.chat(ctx.chat_id).await?.unwrap_or_default()))
    }

    /// The chat's language from its state already read (see [`Brain::lang_for`]).
    fn lang_of(&self, ctx: &Context, state: &ChatState) -> Lang {
        let code = match ctx.kind {
            ChatKind::Private => ctx.language_code.as_deref(),
            ChatKind::Group => None,
        };
        self.i18n.negotiate(state.lang, code)
    }

    /// Answers a request the sender may make.
    async fn answer(&self, ctx: &Context, state: &ChatState, lang: Lang, request: Request) -> Result<Vec<Reply>> {
        match request {
            Request::Unknown => Ok(vec![self.say(lang, "unknown-text")]),
            Request::StaleButton => Ok(vec![Reply::Toast(self.i18n.tr(lang, "stale-button", &[]))]),
            Request::Show(screen) => Ok(vec![Reply::Message(self.screen(ctx, state, lang, screen).await?)]),
            Request::Cards(query) => Ok(vec![Reply::Cards(self.cards(lang, &query, ctx.now))]),
            Request::Subscribe => self.remind(ctx, state, lang).await,
            Request::Unsubscribe => {
                let was = self.store.unsubscribe(ctx.chat_id).await?;
                let others = self.store.stop_others(ctx.chat_id).await?;
                // With no wave ahead, /stop must not point to /remind.
                let id = match (self.reminders_ahead(ctx.now), was) {
                    _ if others => "stop-all",
                    (false, _) => "stop-none",
                    (true, true) => "stop-done",
                    (true, false) => "stop-not-subscribed",
                };
                Ok(vec![self.say(lang, id)])
            }
            Request::SetLang(chosen) => {
                let chosen = self.i18n.resolve(chosen);
                self.store.set_lang(ctx.chat_id, chosen).await?;
                let html = self.i18n.tr(chosen, "language-set", &[]);
                Ok(vec![Reply::message(Message { html, keyboard: self.main_keyboard(chosen, ctx.now, state) })])
            }
            Request::Mark(key, done) => self.mark(ctx, lang, &key, done).await,
            Request::Forget => {
                self.store.forget(ctx.chat_id).await?;
                Ok(vec![self.say(lang, "forget-done")])
            }
            Request::Stats => Ok(vec![Reply::message(self.stats(ctx.now).await?)]),
            Request::FollowUp(key, answer) => self.answer_follow_up(ctx, state, lang, &key, answer).await,
            Request::Complain(place) => Ok(vec![Reply::message(self.complain(lang, place.as_deref()))]),
            Request::Recheck(key) => self.ask_recheck(ctx, lang, &key).await,
            Request::News(on) => self.news(ctx, state, lang, on).await,
        }
    }

    /// A screen, as a command, a deep link or a button press shows it.
    async fn screen(&self, ctx: &Context, state: &ChatState, lang: Lang, screen: Screen) -> Result<Arc<Message>> {
        let fresh = match screen {
            Screen::Platform(key) => return Ok(self.platform_page(lang, &key, state, ctx.kind)),
            Screen::Start => self.start(lang, ctx.now, state),
            Screen::Letter(id) => self.letter_screen(lang, id.as_deref()),
            Screen::Deadline => self.deadline(lang, ctx.now, true),
            Screen::Status => self.status(ctx, state, lang),
            Screen::Share => self.share(lang),
            Screen::Help => self.help(lang, ctx.now, state),
            Screen::Privacy => Message { html: self.i18n.tr(lang, "privacy-text", &[]), keyboard: Vec::new() },
            Screen::LanguageMenu => self.language_menu(lang),
        };
        Ok(Arc::new(fresh))
    }

    fn say(&self, lang: Lang, id: &str) -> Reply {
        self.say_with(lang, id, &[])
    }

    /// A short notice: a toast under a pressed button, else a message.
    fn notice(&self, lang: Lang, id: &str, by_button: bool) -> Reply {
        if by_button {
            Reply::Toast(self.i18n.tr(lang, id, &[]))
        } else {
            self.say(lang, id)
        }
    }

    fn say_with(&self, lang: Lang, id: &str, args: &[(&str, crate::i18n::Arg)]) -> Reply {
        Reply::message(Message { html: self.i18n.tr(lang, id, args), keyboard: Vec::new() })
    }
}

#[cfg(test)]
mod admin_tests;
#[cfg(test)]
mod campaigns_tests;
#[cfg(test)]
mod catalogue_tests;
#[cfg(test)]
mod follow_tests;
#[cfg(test)]
mod group_tests;
#[cfg(test)]
mod reminder_tests;
#[cfg(test)]
mod screen_tests;
#[cfg(test)]
pub(crate) mod tests;
