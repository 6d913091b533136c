//! A throw-away PostgreSQL server for the tests: `initdb` (as the `postgres` user when run as
//! root, since initdb refuses root) into a temporary folder, a free port on 127.0.0.1,
//! `fsync=off`; one server per test binary, a fresh database per test. `TEST_DATABASE_URL`
//! points at an existing server instead. No mock, no Docker: if no server can be had, the
//! test fails saying why.

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
