//! Telegram's limits, in one place: numbers and pure checks of strings and sizes. It sits at
//! the bottom of the layers and imports nothing of this crate (the check of a whole reply is
//! the brain's, `brain::check_reply`).

/// Characters of a message's text, after entities are parsed.
pub const MESSAGE_TEXT: usize = 4096;
/// Bytes of a button's callback data.
pub const CALLBACK_DATA: usize = 64;
/// Characters of the text shown when a button press is answered.
pub const TOAST: usize = 200;
/// Characters we allow on a button, so that it fits on a phone (Telegram cuts longer ones).
pub const BUTTON_LABEL: usize = 64;
/// Characters of a command's name.
pub const COMMAND_NAME: usize = 32;
/// Characters of a command's description in the menu.
pub const COMMAND_DESCRIPTION: usize = 256;
/// Commands in one menu.
pub const COMMANDS: usize = 100;
/// Results in one answer to an inline query.
pub const INLINE_RESULTS: usize = 50;
/// Characters of the bot's description and short description.
pub const DESCRIPTION: usize = 512;
pub const SHORT_DESCRIPTION: usize = 120;

/// `text` cut to at most `max` characters, ending with `…` when it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_keeps_short_text_and_cuts_long_text_to_the_limit() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("a few words too many", 10), "a few wor…");
        assert_eq!(shorten("Ελληνικά κείμενα", 9).chars().count(), 9);
    }
}
