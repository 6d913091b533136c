//! `objection-bot copy`: moves a SQLite database into an empty PostgreSQL one, table by
//! table in slices, in one transaction, checking that every table holds as many rows on both
//! sides before it commits: an interrupted copy leaves the target as empty as it was.

use sqlx::{PgConnection, Row};

use super::{sqlite, Backend, Result, Store, StoreError};

/// Rows copied per statement.
const SLICE: i64 = 10_000;

/// The tables, in the order they are copied, with the columns both backends share.
const TABLES: [(&str, &str); 9] = [
    ("chats", "chat_id, lang"),
    ("ticks", "chat_id, platform, since"),
    ("news", "chat_id, since"),
    ("subscriptions", "chat_id, campaign_id, since"),
    ("thanks", "chat_id, campaign_id"),
    ("meta", "key, value"),
    ("waves", "campaign_id, wave, due_at, state, paused, tried, unreachable, forgotten, last_outcome_at, pause_share"),
    ("deliveries", "id, campaign_id, wave, chat_id, status, attempts, not_before"),
    (
        "links",
        "campaign_id, platform, which, url, checked_ms, status, final_url, verdict, detail, baseline_status, baseline_url, baseline_ms",
    ),
];

/// Rows per table, as copied.
pub type Counts = Vec<(&'static str, i64)>;

/// Copies everything `from` (SQLite) holds into `to` (PostgreSQL, migrated and empty), in
/// one transaction: nothing of it is seen, nor kept, unless all of it is copied and counted.
/// Reminders in flight are copied as pending. Returns the rows per table, the same on both
/// sides, or an error naming the table whose counts differ.
pub async fn copy(from: &Store, to: &Store) -> Result<Counts> {
    let (Backend::Sqlite(from), Backend::Postgres(to)) = (&from.backend, &to.backend) else {
        return Err(StoreError::Unsupported(
            "copy moves a SQLite database (DATABASE_URL) into PostgreSQL (COPY_TO_DATABASE_URL)".into(),
        ));
    };
    let mut tx = to.pool.begin().await?;
    // A large copy takes longer than the limits meant for the bot's own short transactions.
    for limit in ["statement_timeout", "idle_in_transaction_session_timeout"] {
        sqlx::query(&format!("SET LOCAL {limit} = 0")).execute(&mut *tx).await?;
    }
    for (table, _) in TABLES {
        if count(&mut tx, table).await? > 0 {
            return Err(StoreError::Unsupported(format!(
                "the PostgreSQL database already holds rows in `{table}`: copy only into an empty database"
            )));
        }
    }
    let mut counts = Vec::new();
    for (table, columns) in TABLES {
        copy_table(from, &mut tx, table, columns).await?;
        let (source, target) = (sqlite_count(from, table).await?, count(&mut tx, table).await?);
        if source != target {
            return Err(StoreError::Unsupported(format!(
                "table `{table}`: {source} rows in SQLite but {target} in PostgreSQL after the copy; nothing was kept"
            )));
        }
        counts.push((table, target));
    }
    // New deliveries must get ids above the ones copied.
    sqlx::query("SELECT setval(pg_get_serial_sequence('deliveries', 'id'), COALESCE((SELECT MAX(id) FROM deliveries), 0) + 1, false)")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(counts)
}

async fn count(to: &mut PgConnection, table: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(to).await?)
}

async fn sqlite_count(db: &sqlite::Db, table: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db.pool).await?)
}

/// Copies one table in slices of [`SLICE`] rows, each slice as one JSON document read from
/// SQLite and expanded by PostgreSQL (`json_populate_recordset`), so that no column list is
/// written twice.
async fn copy_table(from: &sqlite::Db, to: &mut PgConnection, table: &str, columns: &str) -> Result<()> {
    let status = if table == "deliveries" {
        "CASE status WHEN 'inflight' THEN 'pending' ELSE status END AS status"
    } else {
        "status"
    };
    let select = columns.replace("status", status);
    let mut offset = 0;
    loop {
        let json: String = sqlx::query(&format!(
            "SELECT COALESCE(json_group_array(json_object({pairs})), '[]') FROM
             (SELECT {select} FROM {table} ORDER BY {columns} LIMIT ? OFFSET ?)",
            pairs = columns.split(", ").map(|c| format!("'{c}', {c}")).collect::<Vec<_>>().join(", "),
        ))
        .bind(SLICE)
        .bind(offset)
        .fetch_one(&from.pool)
        .await?
        .get(0);
        if json == "[]" {
            return Ok(());
        }
        let overriding = if table == "deliveries" { "OVERRIDING SYSTEM VALUE" } else { "" };
        sqlx::query(&format!(
            "INSERT INTO {table} ({columns}) {overriding}
             SELECT {columns} FROM json_populate_recordset(NULL::{table}, $1::json)"
        ))
        .bind(&json)
        .execute(&mut *to)
        .await?;
        offset += SLICE;
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        lang::Lang,
        store::{tests::pg, Store},
    };

    #[tokio::test(flavor = "multi_thread")]
    async fn a_sqlite_database_moves_into_postgresql_with_every_row() {
        let dir = tempfile::tempdir().unwrap();
        let from = Store::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
        let chats: Vec<(i64, Option<Lang>, &[&str])> =
            (1..=25_000).map(|c| (c, (c % 2 == 0).then_some(Lang::De), &["facebook"][..(c % 2) as usize])).collect();
        from.add_subscribers("meta-ai-2025", &chats, 7).await.unwrap();
        from.mark_thanked(3, "meta-ai-2025").await.unwrap();
        from.set_bot_id(42).await.unwrap();
        from.enqueue_wave("meta-ai-2025", "3d", 100).await.unwrap();
        let link = crate::store::LinkRow {
            campaign_id: "meta-ai".into(),
            platform: "facebook".into(),
            which: "form".into(),
            url: "https://example.org/form".into(),
            checked_ms: 5,
            status: Some(200),
            verdict: "reachable".into(),
            ..Default::default()
        };
        from.put_link(&link).await.unwrap();
        let to = Store::open(&pg::fresh_database().await).await.unwrap();
        let counts = super::copy(&from, &to).await.unwrap();
        let count = |t: &str| counts.iter().find(|(name, _)| *name == t).unwrap().1;
        assert_eq!((count("chats"), count("ticks"), count("subscriptions")), (25_000, 12_500, 25_000));
        assert_eq!((count("thanks"), count("meta"), count("waves"), count("deliveries")), (1, 1, 1, 25_000));
        assert_eq!(to.chat(4).await.unwrap(), from.chat(4).await.unwrap());
        assert_eq!(to.chat(3).await.unwrap(), from.chat(3).await.unwrap());
        assert_eq!(to.bot_id().await.unwrap(), Some(42));
        assert_eq!(to.links().await.unwrap(), vec![link]);
        assert_eq!(to.wave_counts("meta-ai-2025", "3d").await.unwrap().pending, 25_000);
        // New rows get new ids, and a second copy is refused.
        to.enqueue_wave("meta-ai-2025", "1d", 200).await.unwrap();
        assert!(super::copy(&from, &to).await.unwrap_err().to_string().contains("empty"));
    }
}
