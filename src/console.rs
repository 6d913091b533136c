//! The terminal door: a chat with the brain on standard input and output, with no token and
//! no network. Type a command, or a button's number to press it.

use std::io::Write;

use chrono::Utc;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::{
    brain::{Brain, Button, ChatKind, Context, Input, Message, Reply},
    html,
};

/// Renders a message as the console shows it: plain text, then numbered buttons.
pub fn render(message: &Message, first_number: usize) -> String {
    let mut out = html::to_plain(&message.html);
    let mut n = first_number;
    for row in &message.keyboard {
        let mut line = String::new();
        for button in row {
            let label = match button {
                Button::Callback { label, .. } => label.clone(),
                Button::Url { label, url } => format!("{label} → {url}"),
                Button::Share { label, .. } => format!("{label} (share)"),
            };
            line.push_str(&format!("[{n}] {label}   "));
            n += 1;
        }
        out.push('\n');
        out.push_str(line.trim_end());
    }
    out
}

/// Runs the console until end of input.
pub async fn run(brain: Brain, language_code: Option<String>) -> anyhow::Result<()> {
    let mut ctx =
        Context { chat_id: 1, kind: ChatKind::Private, language_code, is_admin: true, user_id: None, now: Utc::now() };
    let interactive = std::io::IsTerminal::is_terminal(&std::io::stdin());
    if interactive {
        println!(
            "objection-bot console. Type /start, /help, a button's number, @words for inline mode, or Ctrl-D to quit."
        );
    }
    let mut buttons: Vec<Button> = Vec::new();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        if interactive {
            print!("> ");
            std::io::stdout().flush()?;
        }
        let Some(line) = lines.next_line().await? else { break };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        ctx.now = Utc::now();
        let input = if let Ok(n) = line.parse::<usize>() {
            match n.checked_sub(1).and_then(|i| buttons.get(i)) {
                Some(Button::Callback { data, .. }) => Input::Callback(data.encode()),
                Some(Button::Url { url, .. }) => {
                    println!("(opens {url})");
                    continue;
                }
                Some(Button::Share { query, .. }) => Input::InlineQuery(query.clone()),
                None => {
                    println!("(no button {n})");
                    continue;
                }
            }
        } else if let Some(query) = line.strip_prefix('@') {
            Input::InlineQuery(query.to_owned())
        } else {
            Input::Text(line.to_owned())
        };
        let replies = brain.handle(&ctx, input).await;
        let mut shown: Vec<Button> = Vec::new();
        for reply in replies {
            match reply {
                Reply::Message(message) => {
                    println!("{}\n", render(&message, shown.len() + 1));
                    shown.extend(message.keyboard.iter().flatten().cloned());
                }
                Reply::Toast(text) => println!("({})\n", html::to_plain(&text)),
                Reply::EditKeyboard(rows) => {
                    let message = Message { html: "…".into(), keyboard: rows };
                    println!("{}\n", render(&message, shown.len() + 1));
                    shown.extend(message.keyboard.into_iter().flatten());
                }
                Reply::Cards(cards) => {
                    for card in cards {
                        println!(
                            "── {} · {}\n{}\n",
                            card.title,
                            card.description,
                            render(&card.message, shown.len() + 1)
                        );
                        shown.extend(card.message.keyboard.into_iter().flatten());
                    }
                }
            }
        }
        if !shown.is_empty() {
            buttons = shown;
        }
    }
    Ok(())
}
