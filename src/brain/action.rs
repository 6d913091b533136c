//! Decoding an input once into what it will do; the admin check and the answer both read that.

use super::{
    command::{self, Parsed},
    Answer, Brain, CallbackData, ChatKind, Command, Context, Input, Topic,
};
use crate::lang::Lang;

/// What an input will do, decoded once from its text, its button data or its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Not for this bot (ordinary talk or an unknown command in a group, a command for
    /// another bot): no answer, and no store read.
    Ignore,
    /// Something a person asks of the bot, answered in the chat's language.
    Request(Request),
    /// The bot was added to this group: it introduces itself.
    Welcome,
    /// The bot was removed from this chat: everything stored for it is deleted.
    Leave,
    /// This group became a supergroup with this id: its data follows.
    Migrate(i64),
}

/// What a person asks of the bot, by command, deep link, button or inline query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Text the bot does not understand, in a private chat: point to /help.
    Unknown,
    /// A button the bot cannot read (from an old keyboard).
    StaleButton,
    /// A screen; showing it changes nothing.
    Show(Screen),
    /// Inline cards for a query typed as `@bot …`.
    Cards(String),
    /// Turn reminders on.
    Subscribe,
    /// Turn reminders off.
    Unsubscribe,
    SetLang(Lang),
    /// Tick a platform (by key) off the checklist (`true`) or back on (`false`).
    Mark(String, bool),
    /// Delete everything stored for the chat.
    Forget,
    /// The operators' summary (`/stats`); decoded only for an operator in a private chat.
    Stats,
    /// An answer to a follow-up about a platform's objection (by key).
    FollowUp(String, Answer),
    /// Where to complain: every country (`None`), or a country's or Land's authority.
    Complain(Option<String>),
    /// Remind me to check that a platform's setting is still off.
    Recheck(String),
    /// News of new opt-outs on or off; `None` (the /news command) turns it the other way.
    News(Option<bool>),
}

/// A screen the bot shows without changing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// A platform's steps, by key (a key that is loaded: `decode` checks).
    Platform(String),
    /// A campaign's letter, by id; `None`: the only one, or a choice when several are loaded.
    Letter(Option<String>),
    Deadline,
    Status,
    Share,
    Help,
    Privacy,
    LanguageMenu,
}

impl Request {
    /// Whether only an admin may ask this in a group: whatever changes what is stored about
    /// the group, and the language menu. Every variant is named, so a new one needs a decision.
    pub fn admin_only(&self) -> bool {
        match self {
            Request::Subscribe
            | Request::Unsubscribe
            | Request::SetLang(_)
            | Request::Mark(..)
            | Request::Forget
            | Request::FollowUp(..)
            | Request::Recheck(_)
            | Request::News(_) => true,
            Request::Show(Screen::LanguageMenu) => true,
            Request::Show(_)
            | Request::Cards(_)
            | Request::Unknown
            | Request::StaleButton
            | Request::Stats
            | Request::Complain(_) => false,
        }
    }
}

impl From<Topic> for Request {
    /// What a button (or deep link) to a topic does: the reminders topic subscribes.
    fn from(topic: Topic) -> Request {
        match topic {
            Topic::Start => Request::Show(Screen::Start),
            Topic::Platform(p) => Request::Show(Screen::Platform(p)),
            Topic::Letter(id) => Request::Show(Screen::Letter(id)),
            Topic::Deadline => Request::Show(Screen::Deadline),
            Topic::Status => Request::Show(Screen::Status),
            Topic::Share => Request::Show(Screen::Share),
            Topic::Language => Request::Show(Screen::LanguageMenu),
            Topic::Remind => Request::Subscribe,
        }
    }
}

impl From<CallbackData> for Request {
    fn from(data: CallbackData) -> Request {
        match data {
            CallbackData::Show(topic) => topic.into(),
            CallbackData::SetLang(lang) => Request::SetLang(lang),
            CallbackData::Mark(platform, done) => Request::Mark(platform, done),
            CallbackData::Unsubscribe => Request::Unsubscribe,
            CallbackData::FollowUp(key, answer) => Request::FollowUp(key, answer),
            CallbackData::Complain(place) => Request::Complain(place),
            CallbackData::Recheck(key) => Request::Recheck(key),
            CallbackData::News(on) => Request::News(Some(on)),
        }
    }
}

impl From<Command> for Request {
    /// What a command without argument does.
    fn from(command: Command) -> Request {
        match command {
            Command::Start => Request::Show(Screen::Start),
            Command::Platform(p) => Request::Show(Screen::Platform(p)),
            Command::Template => Request::Show(Screen::Letter(None)),
            Command::Deadline => Request::Show(Screen::Deadline),
            Command::Status => Request::Show(Screen::Status),
            Command::Share => Request::Show(Screen::Share),
            Command::Help => Request::Show(Screen::Help),
            Command::Privacy => Request::Show(Screen::Privacy),
            Command::Language => Request::Show(Screen::LanguageMenu),
            Command::Remind => Request::Subscribe,
            Command::Stop => Request::Unsubscribe,
            Command::Forget => Request::Forget,
            Command::News => Request::News(None),
            // Only `decode` knows whether the sender is an operator: alone, /stats is unknown.
            Command::Stats => Request::Unknown,
        }
    }
}

impl Brain {
    /// What `input` will do in this chat. Pure: reads neither the store nor the network.
    pub fn decode(&self, ctx: &Context, input: &Input) -> Action {
        let request = match input {
            Input::Text(text) => match command::parse(text, &self.bot_username) {
                Parsed::Command(Command::Start, payload) => {
                    self.deep_link(&payload).map_or(Command::Start.into(), Into::into)
                }
                // Anyone but an operator in a private chat gets what an unknown command gets.
                Parsed::Command(Command::Stats, _) if self.from_operator(ctx) => Request::Stats,
                Parsed::Command(command, _) if command != Command::Stats => command.into(),
                Parsed::Named(name) if self.campaigns.platform(&name).is_some() => {
                    Request::Show(Screen::Platform(name))
                }
                Parsed::OtherBot => return Action::Ignore,
                Parsed::Command(..) | Parsed::Named(_) | Parsed::Text => match ctx.kind {
                    ChatKind::Group => return Action::Ignore,
                    ChatKind::Private => Request::Unknown,
                },
            },
            Input::Callback(data) => match CallbackData::decode(data) {
                Ok(data) if self.still_valid(&data) => data.into(),
                _ => Request::StaleButton,
            },
            Input::InlineQuery(query) => Request::Cards(query.clone()),
            Input::BotAdded => return Action::Welcome,
            Input::BotRemoved => return Action::Leave,
            Input::Migrated { to } => return Action::Migrate(*to),
        };
        Action::Request(request)
    }

    /// The topic a `/start` payload (from a `t.me/bot?start=…` link) opens: a platform key
    /// that is loaded, or one of the bot's own topics.
    pub fn deep_link(&self, payload: &str) -> Option<Topic> {
        Some(match payload {
            "letter" | "template" => Topic::Letter(None),
            "remind" => Topic::Remind,
            "deadline" => Topic::Deadline,
            key => {
                self.campaigns.platform(key)?;
                Topic::Platform(key.to_owned())
            }
        })
    }

    /// Whether a button still means something: the platform or campaign it names is loaded.
    fn still_valid(&self, data: &CallbackData) -> bool {
        match data {
            CallbackData::Show(Topic::Platform(key))
            | CallbackData::Mark(key, _)
            | CallbackData::FollowUp(key, _)
            | CallbackData::Recheck(key) => self.campaigns.platform(key).is_some(),
            CallbackData::Show(Topic::Letter(Some(id))) => self.campaigns.get(id).is_some(),
            _ => true,
        }
    }

    /// Whether answering `input` in this chat needs the sender to be a group admin. The door
    /// asks Telegram only then; the brain decides from the same decoding when it answers.
    pub fn needs_admin(&self, ctx: &Context, input: &Input) -> bool {
        ctx.kind == ChatKind::Group && matches!(self.decode(ctx, input), Action::Request(r) if r.admin_only())
    }
}
