//! A test-only picture of every row the store holds, to check that an input changed nothing.

use super::Db;

impl Db {
    /// Every table with its rows, in a stable order, as text: equal snapshots mean equal
    /// contents. Tables are found in the schema, so new ones are covered without a change here.
    pub(crate) async fn snapshot(&self) -> String {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .expect("listing the tables");
        let mut out = String::new();
        for table in tables {
            let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(&table)
                .fetch_all(&self.pool)
                .await
                .expect("listing the columns");
            let row = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || ', ' || ");
            let rows: Vec<String> = sqlx::query_scalar(&format!("SELECT {row} FROM \"{table}\" ORDER BY 1"))
                .fetch_all(&self.pool)
                .await
                .expect("reading a table");
            out.push_str(&format!("{table} ({})\n", columns.join(", ")));
            for row in rows {
                out.push_str(&format!("  {row}\n"));
            }
        }
        out
    }
}
