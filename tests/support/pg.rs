//! A throw-away PostgreSQL server for the tests: `initdb` (as the `postgres` user when run as
//! root, since initdb refuses root) into a temporary folder, a free port on 127.0.0.1,
//! `fsync=off`; one server per test binary, a fresh database per test. `TEST_DATABASE_URL`
//! points at an existing server instead. No mock, no Docker: if no server can be had, the
//! test fails saying why. [`Proxy`] stands between a bot and the server and can freeze every
//! connection without closing it (a paused VM, a partition without RST).

// The library's own tests include this file for the server only, not the proxy.
#![allow(dead_code)]

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::{
        atomic::{AtomicU32, Ordering},
        OnceLock,
    },
};

/// The running server, for the life of the test binary.
struct Server {
    /// `postgres://…@127.0.0.1:<port>` without a database name.
    base: String,
    /// The server's own log, quoted when it does not answer.
    log: Option<PathBuf>,
}

/// Where the PostgreSQL programs are: on the PATH, or in Debian's versioned folder.
fn bin(name: &str) -> Result<PathBuf, String> {
    if let Ok(path) = which(name) {
        return Ok(path);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin").join(name))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found.pop().ok_or_else(|| {
        format!("`{name}` not found on the PATH nor in /usr/lib/postgresql/*/bin: install the PostgreSQL server (apt-get install postgresql) or set TEST_DATABASE_URL")
    })
}

fn which(name: &str) -> Result<PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file()).ok_or(())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL program, as the `postgres` user when this process is root.
fn run_as_owner(program: &Path, args: &[&str]) -> Result<(), String> {
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    };
    let out = command.args(args).output().map_err(|e| format!("{}: {e}", program.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} {}: {}{}",
            program.display(),
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn start() -> Result<Server, String> {
    if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
        let base = url.rsplit_once('/').map(|(base, _)| base.to_owned()).unwrap_or(url);
        return Ok(Server { base, log: None });
    }
    let (initdb, postgres) = (bin("initdb")?, bin("postgres")?);
    // Kept on disk until the server stops (the watchdog below removes it).
    let dir = tempfile::Builder::new().prefix("objection-bot-pg").tempdir().map_err(|e| e.to_string())?.keep();
    let data = dir.join("data");
    if is_root() {
        // The postgres user must own the folder it writes to.
        let status = Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir).status();
        if !status.is_ok_and(|s| s.success()) {
            return Err("cannot give the temporary folder to the postgres user (chown)".into());
        }
    }
    let data_s = data.display().to_string();
    run_as_owner(&initdb, &["-D", &data_s, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"])?;
    let port =
        std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    // The server runs as a child of a small shell that watches this test process: when the
    // process ends, however it ends, the server is stopped and its folder removed.
    let script = format!(
        "{postgres} -D {data_s} -p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={dir} \
         -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 \
         > {dir}/server.log 2>&1 & pg=$!; \
         while [ -d /proc/{me} ] && kill -0 $pg 2>/dev/null; do sleep 0.5; done; \
         kill -INT $pg 2>/dev/null; wait $pg; rm -rf {dir}",
        postgres = postgres.display(),
        dir = dir.display(),
        me = std::process::id(),
    );
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--", "sh", "-c", &script]);
        c
    } else {
        let mut c = Command::new("sh");
        c.args(["-c", &script]);
        c
    };
    command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    command.spawn().map_err(|e| format!("cannot start postgres: {e}"))?;
    Ok(Server { base: format!("postgres://postgres@127.0.0.1:{port}"), log: Some(dir.join("server.log")) })
}

fn server() -> &'static Server {
    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
    match SERVER.get_or_init(start) {
        Ok(server) => server,
        Err(why) => panic!("no PostgreSQL server for the tests: {why}"),
    }
}

/// A fresh, empty database on the test server; returns its URL.
pub async fn fresh_database() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let server = server();
    let name = format!("t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
    let admin = format!("{}/postgres", server.base);
    // A server just started takes a moment to accept connections.
    let started = std::time::Instant::now();
    let mut conn: sqlx::PgConnection = loop {
        match sqlx::Connection::connect(&admin).await {
            Ok(conn) => break conn,
            Err(e) if started.elapsed() > std::time::Duration::from_secs(60) => {
                let log = server.log.as_ref().and_then(|l| std::fs::read_to_string(l).ok()).unwrap_or_default();
                panic!("the test PostgreSQL server does not answer: {e}\n{log}");
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    };
    sqlx::Executor::execute(&mut conn, format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));
    sqlx::Connection::close(conn).await.ok();
    format!("{}/{name}", server.base)
}

/// A TCP proxy in front of the test server that can stop forwarding, both ways, on every
/// connection at once, while keeping them open: to the server the client is frozen.
pub struct Proxy {
    state: std::sync::Arc<ProxyState>,
}

struct ProxyState {
    frozen: tokio::sync::watch::Sender<bool>,
    /// Freeze once a connection is inside a transaction that has read rows (and holds what
    /// it read `FOR UPDATE`).
    armed: std::sync::atomic::AtomicBool,
    frozen_at: std::sync::Mutex<Option<std::time::Instant>>,
}

impl ProxyState {
    fn freeze(&self) {
        self.frozen_at.lock().unwrap().get_or_insert_with(std::time::Instant::now);
        self.frozen.send_replace(true);
    }

    async fn thawed(&self) {
        let _ = self.frozen.subscribe().wait_for(|frozen| !*frozen).await;
    }
}

impl Proxy {
    /// A proxy to the server of `url` (a URL from [`fresh_database`]); returns it and the
    /// URL through it (without TLS, so that the proxy can read the protocol).
    pub async fn start(url: &str) -> (Proxy, String) {
        let mut through = url::Url::parse(url).unwrap();
        let upstream = format!("{}:{}", through.host_str().unwrap(), through.port().unwrap_or(5432));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        through.set_port(Some(listener.local_addr().unwrap().port())).unwrap();
        through.query_pairs_mut().append_pair("sslmode", "disable");
        let state = std::sync::Arc::new(ProxyState {
            frozen: tokio::sync::watch::Sender::new(false),
            armed: Default::default(),
            frozen_at: Default::default(),
        });
        let accepting = state.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = tokio::net::TcpStream::connect(&upstream).await else { continue };
                let (client_read, client_write) = client.into_split();
                let (server_read, server_write) = server.into_split();
                tokio::spawn(forward(client_read, server_write, accepting.clone()));
                tokio::spawn(answers(server_read, client_write, accepting.clone()));
            }
        });
        (Proxy { state }, through.to_string())
    }

    /// Freezes every connection now.
    pub fn freeze(&self) {
        self.state.freeze();
    }

    /// Freezes every connection as soon as one of them has read rows inside a transaction:
    /// the server has just answered, the answer is held back, and the transaction stays open.
    pub fn freeze_inside_a_transaction(&self) {
        self.state.armed.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// When the proxy froze, once it has (waits for it).
    pub async fn frozen(&self) -> std::time::Instant {
        let _ = self.state.frozen.subscribe().wait_for(|frozen| *frozen).await;
        self.state.frozen_at.lock().unwrap().expect("frozen")
    }

    /// Forwards again what was held back.
    pub fn thaw(&self) {
        self.state.armed.store(false, std::sync::atomic::Ordering::SeqCst);
        self.state.frozen.send_replace(false);
    }
}

/// Client to server: bytes as they come, unless frozen.
async fn forward(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    state: std::sync::Arc<ProxyState>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        state.thawed().await;
        if to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

/// Server to client, message by message (type, length, body): a `ReadyForQuery` saying
/// "in a transaction" after a `SELECT` that returned rows freezes everything when armed.
async fn answers(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    state: std::sync::Arc<ProxyState>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut read_rows = false;
    loop {
        let mut head = [0u8; 5];
        if from.read_exact(&mut head).await.is_err() {
            return;
        }
        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let mut body = vec![0u8; len.saturating_sub(4)];
        if from.read_exact(&mut body).await.is_err() {
            return;
        }
        match head[0] {
            b'C' => read_rows |= body.starts_with(b"SELECT ") && !body.starts_with(b"SELECT 0\0"),
            b'Z' => {
                if read_rows && body.first() == Some(&b'T') && state.armed.load(std::sync::atomic::Ordering::SeqCst) {
                    state.freeze();
                }
                read_rows = false;
            }
            _ => {}
        }
        state.thawed().await;
        if to.write_all(&head).await.is_err() || to.write_all(&body).await.is_err() {
            return;
        }
    }
}
