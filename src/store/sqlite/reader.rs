//! A connection of its own for the read that every update makes, its chat's state: sqlx's
//! pool pings a connection each time it is given back, which for SQLite is a second round
//! trip to the connection's worker thread on every update (issue 20).

use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteRow},
    ConnectOptions, SqliteConnection,
};
use tokio::sync::Mutex;

use crate::store::Result;

/// One connection, opened on first use and again after an error or a cancelled read (a
/// read cut short leaves the connection in a state nobody checks, so it is closed instead).
#[derive(Debug)]
pub(super) struct Reader {
    options: SqliteConnectOptions,
    conn: Mutex<Option<SqliteConnection>>,
}

impl Reader {
    pub(super) fn new(options: SqliteConnectOptions) -> Reader {
        Reader { options, conn: Mutex::new(None) }
    }

    /// The row `sql` reads for `id`, if any.
    pub(super) async fn fetch_optional(&self, sql: &str, id: i64) -> Result<Option<SqliteRow>> {
        let mut slot = self.conn.lock().await;
        let mut conn = match slot.take() {
            Some(conn) => conn,
            None => self.options.connect().await?,
        };
        // On an error or a cancellation `conn` is dropped here, and the next read opens anew.
        let row = sqlx::query(sql).bind(id).fetch_optional(&mut conn).await?;
        *slot = Some(conn);
        Ok(row)
    }

    /// Closes the connection, if open; a later read opens another.
    pub(super) async fn close(&self) {
        if let Some(conn) = self.conn.lock().await.take() {
            let _ = sqlx::Connection::close(conn).await;
        }
    }

    /// Whether a connection is open now (tests).
    #[cfg(test)]
    pub(super) async fn is_open(&self) -> bool {
        self.conn.lock().await.is_some()
    }
}
