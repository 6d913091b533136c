//! The check of a reply against Telegram's limits (`crate::limits`) that `check`, `preview`,
//! the unit tests and the property test share.

use super::{Button, CallbackData, Message, Reply};
use crate::{
    html,
    limits::{BUTTON_LABEL, CALLBACK_DATA, INLINE_RESULTS, TOAST},
};

/// Everything in `reply` that Telegram would refuse, one line each (empty: all is well).
pub fn check_reply(reply: &Reply) -> Vec<String> {
    let mut problems = Vec::new();
    match reply {
        Reply::Message(m) => check_message(m, "message", &mut problems),
        Reply::Toast(t) => {
            if t.chars().count() > TOAST {
                problems.push(format!("a button answer of {} characters; at most {TOAST}", t.chars().count()));
            }
        }
        Reply::EditKeyboard(rows) => check_keyboard(rows, "keyboard", &mut problems),
        Reply::Cards(cards) => {
            if cards.len() > INLINE_RESULTS {
                problems.push(format!("{} inline results; at most {INLINE_RESULTS}", cards.len()));
            }
            for card in cards {
                if card.title.trim().is_empty() || card.description.trim().is_empty() {
                    problems.push(format!("the card `{}` has an empty title or description", card.id));
                }
                check_message(&card.message, &format!("the card `{}`", card.id), &mut problems);
            }
        }
    }
    problems
}

/// A message's HTML and buttons.
pub fn check_message(message: &Message, what: &str, problems: &mut Vec<String>) {
    if let Err(e) = html::validate(&message.html) {
        problems.push(format!("{what}: {e}"));
    }
    check_keyboard(&message.keyboard, what, problems);
}

fn check_keyboard(rows: &[Vec<Button>], what: &str, problems: &mut Vec<String>) {
    for button in rows.iter().flatten() {
        let label = match button {
            Button::Callback { label, data } => {
                let encoded = data.encode();
                if encoded.len() > CALLBACK_DATA {
                    problems.push(format!("{what}: callback data of {} bytes; at most {CALLBACK_DATA}", encoded.len()));
                }
                if CallbackData::decode(&encoded).as_ref() != Ok(data) {
                    problems.push(format!("{what}: callback data `{encoded}` does not decode to itself"));
                }
                label
            }
            Button::Url { label, .. } | Button::Share { label, .. } => label,
        };
        let chars = label.chars().count();
        if label.trim().is_empty() || chars > BUTTON_LABEL {
            problems.push(format!("{what}: a button label of {chars} characters; 1 to {BUTTON_LABEL}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        brain::{Card, Topic},
        limits::MESSAGE_TEXT,
    };

    fn message(html: &str, keyboard: Vec<Vec<Button>>) -> Message {
        Message { html: html.into(), keyboard }
    }

    #[test]
    fn a_valid_reply_passes_and_each_limit_is_caught() {
        let ok = Button::Callback { label: "Go".into(), data: CallbackData::Show(Topic::Start) };
        assert!(check_reply(&Reply::message(message("<b>hi</b>", vec![vec![ok.clone()]]))).is_empty());
        assert_eq!(check_reply(&Reply::message(message("<b>hi", vec![]))).len(), 1, "unclosed tag");
        assert_eq!(check_reply(&Reply::message(message(&"x".repeat(MESSAGE_TEXT + 1), vec![]))).len(), 1);
        assert_eq!(check_reply(&Reply::Toast("x".repeat(TOAST + 1))).len(), 1);
        let long_label = Button::Share { label: "x".repeat(BUTTON_LABEL + 1), query: String::new() };
        assert_eq!(check_reply(&Reply::EditKeyboard(vec![vec![long_label]])).len(), 1);
        let card = Card { id: "c".into(), title: "t".into(), description: "d".into(), message: message("ok", vec![]) };
        assert!(check_reply(&Reply::Cards(vec![card.clone()])).is_empty());
        assert_eq!(check_reply(&Reply::Cards(vec![card; INLINE_RESULTS + 1])).len(), 1);
    }
}
