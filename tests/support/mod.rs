//! Shared support for the end-to-end tests and benches: a fake Telegram Bot API server,
//! builders of the updates it hands out, and a way to run the real bot binary against it.
//! Tests push updates, set faults (429, 403, migrations, 5xx, slowness) per chat and
//! method, and read back every request the bot made.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};

mod fake;
pub mod pg;
mod process;
pub mod tls;
mod updates;

pub use fake::*;
pub use process::*;
// Not every test sends updates.
#[allow(unused_imports)]
pub use updates::*;

pub const TOKEN: &str = "123456:TEST-token_secret";
pub const BOT_ID: u64 = 123456;
pub const BOT_USERNAME: &str = "objection_bot";

/// A number no other call returned, for unique ids and file names.
fn rand_id() -> u64 {
    static N: AtomicU64 = AtomicU64::new(1);
    N.fetch_add(1, Ordering::SeqCst)
}
