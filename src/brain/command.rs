//! Reading a message's text as a bot command: `/name@bot argument`. The bot's own commands
//! are fixed; a platform's command is its key, known only from the campaigns loaded.

/// The commands the bot understands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    /// A platform's steps, by key (`/facebook`).
    Platform(String),
    Template,
    Deadline,
    Language,
    Help,
    Privacy,
    Forget,
    Remind,
    Stop,
    Status,
    Share,
    /// News of new opt-outs, on or off.
    News,
    /// The operators' summary: understood, never listed in a menu.
    Stats,
}

impl Command {
    /// The bot's own commands in menu order, with the name shown in the menu. The platforms'
    /// commands come right after /start.
    pub const MENU: [(Command, &'static str); 13] = [
        (Command::Start, "start"),
        (Command::Template, "template"),
        (Command::Deadline, "deadline"),
        (Command::Remind, "remind"),
        (Command::Stop, "stop"),
        (Command::Status, "status"),
        (Command::News, "news"),
        (Command::Language, "language"),
        (Command::Share, "share"),
        (Command::Help, "help"),
        (Command::Privacy, "privacy"),
        (Command::Forget, "forget"),
        (Command::Stats, "stats"),
    ];

    /// Other names the bot answers to.
    pub const ALIASES: [(Command, &'static str); 3] =
        [(Command::Template, "letter"), (Command::Remind, "subscribe"), (Command::Stop, "unsubscribe")];

    /// Whether the command is listed in menus (/stats is understood, never listed).
    pub fn listed(&self) -> bool {
        *self != Command::Stats
    }

    /// Commands that make sense in a group's menu.
    pub fn in_group_menu(&self) -> bool {
        !matches!(self, Command::Start | Command::Share)
    }

    fn from_name(name: &str) -> Option<Command> {
        Command::MENU
            .iter()
            .chain(&Command::ALIASES)
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(c, _)| c.clone())
    }
}

/// What a message's text is, as far as commands go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// One of the bot's own commands, with its argument (empty if none).
    Command(Command, String),
    /// Another command for this bot, by its lowercased name: a platform's, if one is loaded
    /// under that key.
    Named(String),
    /// A command addressed to another bot: not ours to answer.
    OtherBot,
    /// Not a command.
    Text,
}

/// Parses `text` for the bot called `bot_username` (without the `@`).
pub fn parse(text: &str, bot_username: &str) -> Parsed {
    let Some(rest) = text.strip_prefix('/') else {
        return Parsed::Text;
    };
    let (word, arg) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let (name, target) = match word.split_once('@') {
        Some((name, target)) => (name, Some(target)),
        None => (word, None),
    };
    if let Some(target) = target {
        if bot_username.is_empty() || !target.eq_ignore_ascii_case(bot_username) {
            return Parsed::OtherBot;
        }
    }
    match Command::from_name(name) {
        Some(c) => Parsed::Command(c, arg.chars().take(64).collect()),
        None => Parsed::Named(name.chars().take(64).collect::<String>().to_ascii_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::{BOT_COMMANDS, RESERVED_KEYS};

    #[test]
    fn commands_with_and_without_the_bot_name() {
        assert_eq!(parse("/facebook", "ObjBot"), Parsed::Named("facebook".into()));
        assert_eq!(parse("/Facebook@objbot", "ObjBot"), Parsed::Named("facebook".into()));
        assert_eq!(parse("/facebook@otherbot", "ObjBot"), Parsed::OtherBot);
        assert_eq!(parse("/start facebook", "b"), Parsed::Command(Command::Start, "facebook".into()));
    }

    #[test]
    fn aliases_unknown_commands_and_text() {
        assert_eq!(parse("/letter", "b"), Parsed::Command(Command::Template, String::new()));
        assert_eq!(parse("/subscribe", "b"), Parsed::Command(Command::Remind, String::new()));
        assert_eq!(parse("/unsubscribe", "b"), Parsed::Command(Command::Stop, String::new()));
        assert_eq!(parse("/nope", "b"), Parsed::Named("nope".into()));
        assert_eq!(parse("/", "b"), Parsed::Named(String::new()));
        assert_eq!(parse("hello /facebook", "b"), Parsed::Text);
    }

    #[test]
    fn menu_names_fit_telegram_rules() {
        for (_, name) in Command::MENU {
            assert!((1..=crate::limits::COMMAND_NAME).contains(&name.len()));
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
        }
    }

    #[test]
    fn no_platform_key_can_shadow_a_command_of_the_bot() {
        for (_, name) in Command::MENU.iter().chain(&Command::ALIASES) {
            assert!(RESERVED_KEYS.contains(name), "{name} must be a reserved key");
        }
        assert_eq!(Command::MENU.iter().filter(|(c, _)| c.listed()).count(), BOT_COMMANDS);
    }
}
