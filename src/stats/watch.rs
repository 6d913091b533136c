//! `objection-bot stats [--watch]`: reads the store once, or every second with the rate
//! measured over the last [`WINDOW`] of reads, until no wave is sending or coming.

use std::{collections::VecDeque, io::IsTerminal, io::Write as _, time::Duration};

use chrono::Utc;

use super::{Report, Snapshot};
use crate::{
    campaign::Campaigns,
    store::{Result, Store},
};

/// The rate is measured over the reads of the last 10 s, so it does not jump with each batch.
pub const WINDOW: Duration = Duration::from_secs(10);

/// The reads of the last [`WINDOW`].
#[derive(Debug, Default)]
pub struct History {
    reads: VecDeque<Snapshot>,
}

impl History {
    /// The earliest read at most [`WINDOW`] before `now` (with half a second to spare for
    /// a read that took a moment), to measure the rate against.
    pub fn baseline(&self, now: &Snapshot) -> Option<&Snapshot> {
        let window = chrono::Duration::from_std(WINDOW).unwrap_or_default() + chrono::Duration::milliseconds(500);
        self.reads.iter().find(|r| now.at - r.at <= window && r.at < now.at)
    }

    /// Keeps `read`, and forgets those too old to be a baseline.
    pub fn push(&mut self, read: Snapshot) {
        let window = chrono::Duration::from_std(WINDOW).unwrap_or_default() + chrono::Duration::milliseconds(500);
        self.reads.retain(|r| read.at - r.at <= window);
        self.reads.push_back(read);
    }
}

/// How `objection-bot stats` shows the summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Refresh every second while a wave is sending or one is still to come, or until Ctrl-C.
    pub watch: bool,
    /// One JSON object (a line per refresh with `watch`).
    pub json: bool,
}

/// Prints the summary of the database at `url` to standard output, once or every second.
/// Each read opens it afresh, read-only (see [`Store::open_read_only`]).
pub async fn print(url: &str, campaigns: &Campaigns, broadcast_rate: f64, options: Options) -> Result<()> {
    let terminal = std::io::stdout().is_terminal();
    let mut history = History::default();
    let mut first = true;
    loop {
        let store = Store::open_read_only(url).await?;
        let now = Snapshot::read(&store, Utc::now(), campaigns).await;
        store.close().await;
        let now = now?;
        let report = Report::build(&now, history.baseline(&now), campaigns, broadcast_rate);
        let text = if options.json { serde_json::to_string(&report).unwrap_or_default() + "\n" } else { report.text() };
        let mut stdout = std::io::stdout().lock();
        if options.watch && terminal {
            // Clear the screen and go home, so the report stays in place.
            let _ = write!(stdout, "\x1b[2J\x1b[H");
        } else if !first && !options.json {
            let _ = writeln!(stdout);
        }
        if write!(stdout, "{text}").and_then(|()| stdout.flush()).is_err() {
            // Standard output was closed (a pipe into `head`): nobody reads on.
            return Ok(());
        }
        drop(stdout);
        if !options.watch || !(now.sending() || report.waiting()) {
            return Ok(());
        }
        first = false;
        history.push(now);
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}
