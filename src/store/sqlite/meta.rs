//! What the database knows of itself: the bot it belongs to, and the instance lock.

use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;

use super::{
    files::{self, InstanceLock},
    Db,
};
use crate::store::Result;

impl Db {
    /// The id of the bot whose subscribers this database holds, if one was recorded.
    pub async fn bot_id(&self) -> Result<Option<i64>> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM meta WHERE key = 'bot_id'").fetch_optional(&self.pool).await?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    /// Records the bot this database belongs to.
    pub async fn set_bot_id(&self, id: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ('bot_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(id.to_string())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

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
