//! The instance lock: one process at a time on a SQLite file (the bot's id is in `store::common`).

use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;

use super::{
    files::{self, InstanceLock},
    Db,
};
use crate::store::Result;

impl Db {
    /// Takes the lock that lets one process at a time run the bot on the database at `url`
    /// (none is needed for an in-memory database).
    pub fn lock_instance(url: &str) -> Result<Option<InstanceLock>> {
        if url.contains(":memory:") || url.contains("mode=memory") {
            return Ok(None);
        }
        let options = SqliteConnectOptions::from_str(url)?;
        files::lock(options.get_filename()).map(Some)
    }
}
