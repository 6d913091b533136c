//! The real bot binary as a process, the temporary folder it works in, and helpers to
//! prepare its campaigns and database and to wait for it.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use super::{rand_id, FakeTelegram, TOKEN};

/// The real bot binary, running against a fake server.
pub struct BotProcess {
    child: Option<Child>,
    pub stderr_path: PathBuf,
}

/// A temporary folder holding a test's database and campaign file.
pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("temp dir") }
    }
    pub fn db_url(&self) -> String {
        format!("sqlite://{}", self.dir.path().join("bot.db").display())
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// Writes the built-in campaign with the given deadline and reminder offsets into
    /// `campaigns/` and returns that folder, for `CAMPAIGNS_DIR`.
    pub fn campaign(&self, deadline: chrono::DateTime<chrono::FixedOffset>, reminders: &[&str]) -> PathBuf {
        self.campaign_copy("meta-ai-2025", deadline, reminders, |text| text.to_owned())
    }

    /// Copies the built-in Meta campaign into `campaigns/<id>/` with its id, a deadline and
    /// reminders set, and its campaign file further changed by `edit`; returns `campaigns/`.
    pub fn campaign_copy(
        &self,
        id: &str,
        deadline: chrono::DateTime<chrono::FixedOffset>,
        reminders: &[&str],
        edit: impl Fn(&str) -> String,
    ) -> PathBuf {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns/meta-ai");
        let root = self.path("campaigns");
        let target = root.join(id);
        copy_dir(&source, &target);
        let text = std::fs::read_to_string(target.join("campaign.toml"))
            .expect("campaign file")
            .replace("id = \"meta-ai\"", &format!("id = \"{id}\""))
            .replace(
                "# deadline = \"2026-12-20T00:00:00+01:00\"",
                &format!("deadline = \"{}\"", deadline.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)),
            )
            .replace(
                "# reminders = [\"7d\", \"3d\", \"1d\", \"3h\"]",
                &format!(
                    "reminders = [{}]",
                    reminders.iter().map(|r| format!("\"{r}\"")).collect::<Vec<_>>().join(", ")
                ),
            );
        std::fs::write(target.join("campaign.toml"), edit(&text)).expect("write campaign");
        root
    }
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

impl BotProcess {
    /// Starts `objection-bot run` against `fake` with the given extra environment. When the
    /// bot would serve HTTP and `env` does not say where the operations listener goes, it goes
    /// to a free port (not the fixed default), so that bots started at once do not collide.
    pub fn start(fake: &FakeTelegram, work: &Workdir, env: &[(&str, &str)]) -> BotProcess {
        BotProcess::start_via(fake, work, env, &[])
    }

    /// [`BotProcess::start`] through `prefix`, a command that ends by running the binary given
    /// as its next argument (for example `sh -c 'ulimit -Sn 256 && exec "$0" "$@"'`).
    pub fn start_via(fake: &FakeTelegram, work: &Workdir, env: &[(&str, &str)], prefix: &[&str]) -> BotProcess {
        let stderr_path = work.path(&format!("stderr-{}.log", rand_id()));
        let stderr = std::fs::File::create(&stderr_path).expect("stderr file");
        let binary = env!("CARGO_BIN_EXE_objection-bot");
        let mut command = match prefix.split_first() {
            Some((program, args)) => {
                let mut command = Command::new(program);
                command.args(args).arg(binary);
                command
            }
            None => Command::new(binary),
        };
        command
            .arg("run")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", fake.url())
            .env("DATABASE_URL", work.db_url())
            .env("RUST_LOG", "info")
            .current_dir(work.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        for (k, v) in env {
            command.env(k, v);
        }
        let has = |name: &str| env.iter().any(|(k, _)| *k == name);
        if (has("LISTEN_ADDR") || has("WEBHOOK_URL")) && !has("OPS_LISTEN_ADDR") {
            command.env("OPS_LISTEN_ADDR", format!("127.0.0.1:{}", free_port()));
        }
        BotProcess { child: Some(command.spawn().expect("start the bot binary")), stderr_path }
    }

    /// Kills the process at once, as `kill -9` would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Asks the process to stop (SIGTERM) and waits for it; returns its exit status.
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let mut child = self.child.take()?;
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        child.wait().ok()
    }

    /// Waits for the process to end by itself, at most `timeout`; `None` if it is still running.
    pub fn wait(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.as_mut()?.try_wait() {
                self.child = None;
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_path).unwrap_or_default()
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Waits until the bot has connected (getMe answered and polling started).
pub async fn wait_until_polling(fake: &FakeTelegram, bot: &BotProcess) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !fake.requests().iter().any(|r| r.method == "getUpdates") {
        assert!(Instant::now() < deadline, "the bot did not start polling; its log:\n{}", bot.stderr());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// A moment `s` seconds from now, in whole seconds as the campaign file writes it.
pub fn in_secs(s: i64) -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::SubsecRound;
    (chrono::Utc::now() + chrono::Duration::seconds(s)).trunc_subsecs(0).fixed_offset()
}

/// The built-in campaign's id and platform keys.
pub const META: &str = "meta-ai-2025";
pub const META_PLATFORMS: [&str; 3] = ["facebook", "instagram", "whatsapp"];

/// Subscribes chats to the built-in campaign directly in the database before the bot
/// starts. Each chat's third value has a bit for each platform ticked off (1 facebook,
/// 2 instagram, 4 whatsapp).
pub async fn seed(work: &Workdir, chats: &[(i64, Option<objection_bot::lang::Lang>, i64)]) {
    let done: Vec<Vec<&str>> = chats
        .iter()
        .map(|(_, _, mask)| {
            META_PLATFORMS.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, k)| *k).collect()
        })
        .collect();
    let rows: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
        chats.iter().zip(&done).map(|((id, lang, _), done)| (*id, *lang, done.as_slice())).collect();
    let store = objection_bot::store::Store::open(&work.db_url()).await.unwrap();
    store.add_subscribers(META, &rows, chrono::Utc::now().timestamp()).await.unwrap();
    store.close().await;
}

/// A port on 127.0.0.1 that nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Waits until `url` answers `status` (GET), or panics after 30 s.
pub async fn wait_for_status(url: &str, status: u16) {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = client.get(url).send().await {
            if r.status().as_u16() == status {
                return;
            }
        }
        assert!(Instant::now() < deadline, "{url} never answered {status}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
