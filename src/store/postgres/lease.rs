//! The lease that lets one instance at a time send reminders. On PostgreSQL it is a row in
//! `leases`, taken or renewed on the database's clock, with a fencing counter that grows
//! each time it changes hands. On SQLite, where one process holds the database, it is
//! always held with fence 1.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use super::Db;
use crate::store::Result;

/// The lease's name in the `leases` table.
const NAME: &str = "broadcaster";

#[derive(Debug)]
enum Kind {
    /// SQLite: held for the life of the process (the instance lock guards the database).
    Exclusive,
    /// PostgreSQL: shared by every instance, held by one.
    Shared { db: Db, holder: String, ttl: Duration },
}

#[derive(Debug, Default)]
struct Held {
    fence: i64,
    /// When this process stops counting on the lease: before the database lets it expire.
    until: Option<Instant>,
}

/// The right to send reminders; clones share it.
#[derive(Debug, Clone)]
pub struct Lease {
    kind: Arc<Kind>,
    held: Arc<Mutex<Held>>,
}

impl Lease {
    /// A lease this process always holds (SQLite).
    pub fn exclusive() -> Lease {
        Lease { kind: Arc::new(Kind::Exclusive), held: Arc::new(Mutex::new(Held { fence: 1, until: None })) }
    }

    pub(in crate::store) fn shared(db: Db, holder: &str, ttl: Duration) -> Lease {
        let kind = Kind::Shared { db, holder: holder.to_owned(), ttl: ttl.max(Duration::from_secs(1)) };
        Lease { kind: Arc::new(kind), held: Arc::new(Mutex::new(Held::default())) }
    }

    /// How long a grant lasts (zero for the exclusive lease, which never ends).
    pub fn ttl(&self) -> Duration {
        match &*self.kind {
            Kind::Exclusive => Duration::ZERO,
            Kind::Shared { ttl, .. } => *ttl,
        }
    }

    /// Whether every instance can hold it at once: the exclusive lease of a process that
    /// alone holds its database.
    pub fn is_exclusive(&self) -> bool {
        matches!(*self.kind, Kind::Exclusive)
    }

    /// The fencing counter while the lease is held now, else `None`.
    pub fn held(&self) -> Option<i64> {
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        match &*self.kind {
            Kind::Exclusive => Some(held.fence),
            Kind::Shared { .. } => held.until.filter(|until| Instant::now() < *until).map(|_| held.fence),
        }
    }

    /// Takes the lease if it is free or expired, or renews it if this process holds it.
    /// Returns the fence when held. The local deadline is counted from before the request
    /// was sent, minus a margin, so this process stops sending before the database can
    /// grant the lease to another.
    pub async fn renew(&self) -> Result<Option<i64>> {
        let Kind::Shared { db, holder, ttl } = &*self.kind else {
            return Ok(self.held());
        };
        let asked = Instant::now();
        let fence: Option<i64> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, fence, expires_at)
             VALUES ($1, $2, 1, clock_timestamp() + $3 * interval '1 millisecond')
             ON CONFLICT (name) DO UPDATE SET
                 holder = excluded.holder,
                 fence = CASE WHEN leases.holder = excluded.holder AND leases.expires_at > clock_timestamp()
                              THEN leases.fence ELSE leases.fence + 1 END,
                 expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= clock_timestamp()
             RETURNING fence",
        )
        .bind(NAME)
        .bind(holder)
        .bind(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX))
        .fetch_optional(&db.pool)
        .await?;
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        match fence {
            Some(fence) => {
                let margin = (*ttl / 10).max(Duration::from_millis(500));
                *held = Held { fence, until: Some(asked + ttl.saturating_sub(margin)) };
            }
            None => held.until = None,
        }
        Ok(fence)
    }

    /// Gives the lease up at once (a graceful stop), so another instance takes over now.
    pub async fn release(&self) -> Result<()> {
        let Kind::Shared { db, holder, .. } = &*self.kind else {
            return Ok(());
        };
        self.held.lock().unwrap_or_else(|e| e.into_inner()).until = None;
        sqlx::query("UPDATE leases SET expires_at = clock_timestamp() WHERE name = $1 AND holder = $2")
            .bind(NAME)
            .bind(holder)
            .execute(&db.pool)
            .await?;
        Ok(())
    }
}
