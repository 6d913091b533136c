//! The read that every update makes, its chat's state, made in place on the caller's thread
//! through a connection of its own. sqlx runs each SQLite statement on its connection's
//! worker thread, which costs a hand-over and a wake of the runtime for every update, and
//! its pool pings a connection each time it is given back: a second round trip (issue 20).
//! This read is one lookup by primary key, tens of microseconds; see ARCHITECTURE.md.

use std::{
    path::PathBuf,
    sync::{Mutex, PoisonError},
    time::Duration,
};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::chat_from_columns;
use crate::store::ChatState;

/// How long a read waits for a lock before it gives up (and the caller reads through the
/// pool instead): in WAL mode a reader waits only in rare moments, such as a recovery.
const BUSY_TIMEOUT: Duration = Duration::from_millis(50);

/// One connection, opened on first use and again after an error.
#[derive(Debug)]
pub(super) struct Reader {
    path: PathBuf,
    conn: Mutex<Option<Connection>>,
}

impl Reader {
    pub(super) fn new(path: PathBuf) -> Reader {
        Reader { path, conn: Mutex::new(None) }
    }

    /// The chat's state that `sql` reads for `chat_id` (see `CHAT_COLUMNS`), if the chat is
    /// known. After an error the connection is closed, and the next read opens another.
    pub(super) fn chat(&self, sql: &str, chat_id: i64) -> rusqlite::Result<Option<ChatState>> {
        let mut slot = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let conn = match slot.take() {
            Some(conn) => conn,
            None => open(&self.path)?,
        };
        let state = read(&conn, sql, chat_id)?;
        *slot = Some(conn);
        Ok(state)
    }

    /// Closes the connection, if open; a later read opens another.
    pub(super) fn close(&self) {
        drop(self.conn.lock().unwrap_or_else(PoisonError::into_inner).take());
    }

    /// Whether a connection is open now (tests).
    #[cfg(test)]
    pub(super) fn is_open(&self) -> bool {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner).is_some()
    }
}

/// A connection to the bot's database, which the pool has created and migrated: it never
/// creates the file, and it may not write.
fn open(path: &PathBuf) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

fn read(conn: &Connection, sql: &str, chat_id: i64) -> rusqlite::Result<Option<ChatState>> {
    let mut statement = conn.prepare_cached(sql)?;
    statement
        .query_row([chat_id], |r| {
            let text = |column: &str| r.get::<_, Option<String>>(column);
            Ok(chat_from_columns(
                text("lang")?,
                text("subscriptions")?,
                text("done")?,
                text("thanked")?,
                r.get("news")?,
            ))
        })
        .optional()
}
