//! objection-bot: helps people in the EU object to, or switch off, AI training on their posts,
//! profiles and AI chats.
//! A transport-neutral brain with thin doors (Telegram, a terminal console) around it.

pub mod alarm;
pub mod authorities;
pub mod brain;
pub mod budget;
pub mod campaign;
pub mod check;
pub mod config;
pub mod console;
pub mod health;
pub mod html;
pub mod http;
pub mod i18n;
pub mod lang;
pub mod limits;
pub mod links;
pub mod logging;
pub mod preview;
pub mod reminders;
pub mod stats;
pub mod store;
pub mod telegram;
pub mod telemetry;
