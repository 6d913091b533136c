//! The command line as a newcomer, an operator or a translator uses it.

mod cli_support;

use std::{
    path::Path,
    process::{Command, Stdio},
};

use cli_support::{bot, bot_in, campaigns_dir, stderr, stdout};

#[test]
fn the_console_answers_facebook_in_french_with_the_form_link() {
    let out = bot(&["console", "--lang", "fr"], &[], "/facebook\n");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("S'opposer sur Facebook"), "{text}");
    assert!(text.contains("https://www.facebook.com/help/contact/712876720715583"), "{text}");
    assert!(!text.contains("<b>"), "HTML is rendered readably");
}

#[test]
fn console_buttons_are_pressed_by_number() {
    // /start shows Facebook as button 1; pressing it shows the Facebook steps.
    let out = bot(&["console", "--lang", "en"], &[], "/start\n1\n@letter\n");
    let text = stdout(&out);
    assert!(text.contains("[1] Facebook"), "{text}");
    assert!(text.contains("Object on Facebook"), "{text}");
    assert!(text.contains("Objection letter to Meta ·"), "an inline card: {text}");
}

#[test]
fn check_is_clean_on_the_shipped_campaign_and_locales() {
    let out = bot(&["check"], &[], "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("24 languages"), "{text}");
    assert!(text.contains("authorities: 46 entries, 30 countries, 16 Länder (embedded)"), "{text}");
    assert!(text.trim_end().ends_with("ok"), "{text}");
}

#[test]
fn check_and_run_refuse_a_broken_authorities_file_naming_it_and_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("authorities.toml");
    let shipped = objection_bot::authorities::EMBEDDED;
    std::fs::write(
        &path,
        shipped.replacen("official_languages = [\"fr\", \"de\"]", "official_languages = [\"lb\"]", 1),
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let out = bot(&["check"], &[("AUTHORITIES_FILE", file)], "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let line = err.lines().find(|l| l.contains("AUTHORITIES_FILE")).unwrap_or_else(|| panic!("{err}"));
    assert!(line.contains(file) && line.contains("(LU): field `official_languages`: `lb`"), "{line}");

    // `run` stops at start with that one line and exit 78, before Telegram is asked anything.
    let env = [("AUTHORITIES_FILE", file), ("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", "http://127.0.0.1:9")];
    let out = bot_in(dir.path(), &["run"], &env, "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(EX_CONFIG), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("AUTHORITIES_FILE") && err.contains(file) && err.contains("`lb`"), "{err}");
    assert!(!dir.path().join("objection-bot.db").exists(), "no database was created");

    // A good copy is named by check as the one read.
    std::fs::write(&path, shipped).unwrap();
    let out = bot(&["check"], &[("AUTHORITIES_FILE", file)], "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains(&format!("authorities: 46 entries, 30 countries, 16 Länder (from {file})")), "{text}");
}

#[test]
fn check_fails_with_one_clear_line_on_a_broken_campaign() {
    let dir = tempfile::tempdir().unwrap();
    let path = campaigns_dir(dir.path(), |t| t.replace("+02:00", ""));
    let out = bot(&["check"], &[("CAMPAIGNS_DIR", path.to_str().unwrap())], "");
    assert!(!out.status.success());
    let text = stderr(&out);
    assert!(text.contains("field `deadline`") && text.contains("offset"), "{text}");

    // `run` stops at start with that one line, too.
    let out = bot(&["run"], &[("CAMPAIGNS_DIR", path.to_str().unwrap()), ("TELOXIDE_TOKEN", "1:abc")], "");
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("deadline"), "{err}");
}

#[test]
fn a_bad_setting_stops_the_program_with_a_line_naming_it() {
    let out = bot(&["run"], &[("TELOXIDE_TOKEN", "1:abc"), ("BROADCAST_RATE", "lots")], "");
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("BROADCAST_RATE"), "{err}");
}

const TOKEN: &str = "123456:TEST-token_secret";

#[test]
fn an_api_url_error_names_the_variable_but_not_its_value() {
    let out = bot(&["run"], &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", "ftp://user:hunter2@host/x")], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("TELOXIDE_API_URL") && !err.contains("hunter2"), "{err}");
}

#[test]
fn a_token_pasted_into_another_setting_is_blanked_from_its_error_line() {
    for value in [TOKEN, "TEST-token_secret", "123456%3aTEST-token_secret"] {
        let out = bot(&["run"], &[("TELOXIDE_TOKEN", TOKEN), ("BROADCAST_RATE", value)], "");
        assert_eq!(out.status.code(), Some(78));
        let err = stderr(&out);
        assert!(err.contains("BROADCAST_RATE") && !err.contains("TEST-token_secret"), "{err}");
    }
}

#[test]
fn dotenv_is_read_from_the_working_folder_only() {
    let parent = tempfile::tempdir().unwrap();
    let child = parent.path().join("child");
    std::fs::create_dir(&child).unwrap();
    std::fs::write(parent.path().join(".env"), "BROADCAST_RATE=nonsense\n").unwrap();
    let out = bot_in(&child, &["check"], &[], "");
    assert!(out.status.success(), "a parent folder's .env is ignored: {}{}", stdout(&out), stderr(&out));

    std::fs::write(child.join(".env"), "# a comment\nBROADCAST_RATE=nonsense\n").unwrap();
    let out = bot_in(&child, &["check"], &[], "");
    assert_eq!(out.status.code(), Some(78), "the working folder's .env is read");
    assert!(stderr(&out).contains("BROADCAST_RATE"), "{}", stderr(&out));

    // The environment wins over .env.
    let out = bot_in(&child, &["check"], &[("BROADCAST_RATE", "10")], "");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_malformed_dotenv_stops_the_program_with_one_line_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), "RUST_LOG=info\nTELOXIDE_TOKEN='123456:TEST-token_secret\n").unwrap();
    let out = bot_in(dir.path(), &["check"], &[], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(".env") && err.contains("line 2"), "{err}");
    assert!(!err.contains("TEST-token_secret"), "{err}");
}

#[test]
fn a_token_in_dotenv_is_blanked_from_setting_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), format!("TELOXIDE_TOKEN={TOKEN}\nBROADCAST_RATE={TOKEN}\n")).unwrap();
    let out = bot_in(dir.path(), &["run"], &[], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    assert!(err.contains("BROADCAST_RATE") && !err.contains("TEST-token_secret"), "{err}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn check_fails_on_a_locale_with_a_missing_message() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), &locales);
    let de = locales.join("de/bot.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    let without: String = text.lines().filter(|l| !l.starts_with("stale-button")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&de, without).unwrap();
    let out = bot(&["check"], &[("LOCALES_DIR", locales.to_str().unwrap())], "");
    assert!(!out.status.success());
    let text = stderr(&out);
    assert!(text.contains("locales/de: message `stale-button` is missing"), "{text}");
}

#[test]
fn preview_prints_every_message_of_every_language() {
    let out = bot(&["preview", "--all"], &[], "");
    assert!(out.status.success());
    let text = stdout(&out);
    for code in [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
        "pl", "pt", "ro", "sk", "sl", "sv",
    ] {
        assert!(text.contains(&format!("════════ {code} ════════")), "{code}");
    }
    assert!(!text.contains("ERROR"));
    let one = stdout(&bot(&["preview", "--lang", "pl"], &[], ""));
    assert!(one.contains("── meta-ai/letter-body") && one.contains("RODO"), "{one}");
    let refused = bot(&["preview", "--lang", "xx"], &[], "");
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn check_warns_when_a_wave_cannot_reach_every_subscriber_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = objection_bot::store::Store::open(&db).await.unwrap();
        let chats: Vec<_> = (1..=2000).map(|c| (c, None, &[][..])).collect();
        store.add_subscribers("meta-ai-2025", &chats, 0).await.unwrap();
        store.close().await;
    });
    let campaign = campaigns_dir(dir.path(), |t| t.replace("[\"7d\", \"3d\", \"1d\", \"3h\"]", "[\"1d\", \"70s\"]"));
    let out = bot(&["check"], &[("DATABASE_URL", &db), ("CAMPAIGNS_DIR", campaign.to_str().unwrap())], "");
    let text = stdout(&out);
    assert!(text.contains("2000 subscribers"), "{text}");
    assert!(text.contains("warning: wave 70s of meta-ai-2025 cannot reach 2000 subscribers"), "{text}");
    assert!(!text.contains("warning: wave 1d"), "{text}");
    assert!(out.status.success(), "a warning is not a failure: {text}");
}

#[test]
fn check_reads_the_database_without_migrating_or_writing_it() {
    let dir = tempfile::tempdir().unwrap();
    // An old database: here an empty SQLite file, which `run` would migrate.
    let db = dir.path().join("old.db");
    std::fs::write(&db, b"").unwrap();
    let url = format!("sqlite://{}", db.display());
    let out = bot_in(dir.path(), &["check"], &[("DATABASE_URL", &url)], "");
    let text = stdout(&out);
    assert!(text.contains("older version"), "{text}");
    assert_eq!(std::fs::metadata(&db).unwrap().len(), 0, "check changed the database");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["old.db".to_string()], "no -wal, -shm or lock file");
}

#[test]
fn json_logs_are_one_object_per_line_and_never_show_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    // Nothing listens on port 9: getMe fails and the program stops with a fatal line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .arg("run")
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9")
        .env("DATABASE_URL", &db)
        .env("LOG_FORMAT", "json")
        .env("RUST_LOG", "debug")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let err = stderr(&child.wait_with_output().unwrap());
    assert!(err.lines().count() >= 2, "a log line and the fatal line at least: {err}");
    assert!(!err.contains("TEST-token_secret"), "{err}");
    for line in err.lines() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        for field in ["time", "level", "target", "message"] {
            assert!(value[field].is_string(), "{field} in {line}");
        }
        assert!(chrono::DateTime::parse_from_rfc3339(value["time"].as_str().unwrap()).is_ok(), "{line}");
    }
    assert!(err.contains("getMe failed"), "{err}");
}

#[test]
fn check_fails_naming_the_cause_when_the_database_cannot_be_read() {
    // Nothing listens on this port: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("postgres://bot:Hunter2secret@127.0.0.1:{port}/objections");
    let out = bot(&["check"], &[("DATABASE_URL", &url)], "");
    let text = stdout(&out) + &stderr(&out);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("error: database: cannot connect to PostgreSQL") && text.contains("refused"), "{text}");
    assert!(!text.contains("Hunter2secret"), "{text}");
    // A server that accepts the connection and never answers (a partition, a hung server).
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("postgres://bot:Hunter2secret@{}/objections", silent.local_addr().unwrap());
    let out = bot(&["check"], &[("DATABASE_URL", &url)], "");
    let text = stderr(&out);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("no answer within 5 s"), "{text}");
    assert!(!text.contains("Hunter2secret"), "{text}");
}

#[test]
fn copy_takes_its_target_from_the_environment_and_refuses_a_password_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bot.db"), b"").unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let out = bot_in(
        dir.path(),
        &["copy", "--to", "postgres://bot:Hunter2secret@db.example/objections"],
        &[("DATABASE_URL", &db)],
        "",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("--to") && err.contains("COPY_TO_DATABASE_URL"), "{err}");
    assert!(!err.contains("Hunter2secret"), "{err}");
    let out = bot_in(dir.path(), &["copy"], &[("DATABASE_URL", &db)], "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(EX_CONFIG), "{err}");
    assert!(err.contains("COPY_TO_DATABASE_URL: not set"), "{err}");
}

/// The built-in campaign in English only, under `dir/campaigns/`, and an env file beside it
/// whose lines are in Fluent's message shape; returns (the campaigns folder, the env file).
fn english_campaign_and_env_file(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let root = campaigns_dir(dir, |t| t.to_owned());
    for lang in std::fs::read_dir(root.join("meta-ai-2025/locales")).unwrap().flatten() {
        if lang.file_name() != "en" {
            std::fs::remove_dir_all(lang.path()).unwrap();
        }
    }
    let env = dir.join("bot.env");
    std::fs::write(&env, "TELOXIDE_TOKEN=999888:SECRETfromTheEnvFile\nDATABASE_URL=postgres://u:DBPASSWORD@h/db\n")
        .unwrap();
    (root, env)
}

/// Asserts that `check`, `run` and `preview` all refuse the texts, naming `named`, and that no
/// line shows the env file's secrets.
fn refused_by_check_run_and_preview(dir: &Path, env: &[(&str, &str)], named: &str) {
    let check = bot_in(dir, &["check"], env, "");
    let text = stderr(&check);
    assert_eq!(check.status.code(), Some(1), "{text}");
    assert!(text.contains(named), "check names the file: {text}");
    let mut run_env = env.to_vec();
    run_env.extend([("TELOXIDE_TOKEN", "1:abc"), ("TELOXIDE_API_URL", "http://127.0.0.1:9")]);
    let run = bot_in(dir, &["run"], &run_env, "");
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(EX_CONFIG), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(named), "run names the file: {err}");
    let preview = bot_in(dir, &["preview", "--lang", "en"], env, "");
    assert_eq!(preview.status.code(), Some(EX_CONFIG), "{}", stdout(&preview));
    assert!(stderr(&preview).contains(named), "{}", stderr(&preview));
    for out in [&check, &run, &preview] {
        let all = format!("{}{}", stdout(out), stderr(out));
        assert!(!all.contains("SECRETfromTheEnvFile") && !all.contains("DBPASSWORD"), "{all}");
    }
}

// ---- Exit statuses, --env-file, the database named, closed pipes, --version (issue 19) ----

/// The statuses a supervisor acts on (sysexits.h); README: Exit status.
const EX_USAGE: i32 = 2;
const EX_UNAVAILABLE: i32 = 69;
const EX_CONFIG: i32 = 78;

/// A Bot API stand-in on 127.0.0.1 that answers every request with `status` and `body`.
fn answering_api(status: &str, body: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let status = status.to_owned();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut buf = [0u8; 8192];
            let _ = stream.read(&mut buf);
            let reply = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    url
}

/// What is wrong, the arguments, the environment and the status expected.
type Case<'a> = (&'a str, &'a [&'a str], Vec<(&'a str, &'a str)>, i32);

#[test]
fn configuration_errors_exit_78_unreachable_services_69_and_usage_errors_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let broken = campaigns_dir(dir.path(), |t| t.replace("+02:00", ""));
    let broken = broken.to_str().unwrap();
    let closed = "http://127.0.0.1:9";
    let unauthorized =
        answering_api("401 Unauthorized", r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#);
    let cases: [Case; 11] = [
        ("a bad setting", &["check"], vec![("BROADCAST_RATE", "lots")], EX_CONFIG),
        ("a broken campaign file", &["run"], vec![("CAMPAIGNS_DIR", broken), ("TELOXIDE_TOKEN", TOKEN)], EX_CONFIG),
        ("no token", &["run"], vec![], EX_CONFIG),
        (
            "a token Telegram refuses",
            &["run"],
            vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &unauthorized), ("DATABASE_URL", &db)],
            EX_CONFIG,
        ),
        (
            "Telegram out of reach",
            &["run"],
            vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", closed), ("DATABASE_URL", &db)],
            EX_UNAVAILABLE,
        ),
        (
            "a database whose folder is missing",
            &["run"],
            vec![("TELOXIDE_TOKEN", TOKEN), ("DATABASE_URL", "sqlite:///nonexistent-folder/bot.db")],
            EX_UNAVAILABLE,
        ),
        (
            "webhook info, Telegram out of reach",
            &["webhook", "info"],
            vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", closed)],
            EX_UNAVAILABLE,
        ),
        (
            "webhook info, a token Telegram refuses",
            &["webhook", "info"],
            vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &unauthorized)],
            EX_CONFIG,
        ),
        ("an unknown flag", &["check", "--bogus"], vec![], EX_USAGE),
        ("an unknown command", &["chek"], vec![], EX_USAGE),
        ("a language with no translation", &["preview", "--lang", "xx"], vec![], EX_USAGE),
    ];
    for (what, args, env, code) in cases {
        let out = bot(args, &env, "");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{what}: {err}");
        assert!(!err.contains("TEST-token_secret"), "{what}: {err}");
    }
    let out = bot(&["run"], &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &unauthorized)], "");
    assert!(stderr(&out).contains("check TELOXIDE_TOKEN"), "{}", stderr(&out));
    // A malformed .env is configuration too.
    std::fs::write(dir.path().join(".env"), "NOT A SETTING\n").unwrap();
    assert_eq!(bot_in(dir.path(), &["check"], &[], "").status.code(), Some(EX_CONFIG));
}

/// A database with one subscriber in `dir/service/bot.db`; returns its URL.
fn database_with_a_subscriber(dir: &Path) -> String {
    let db = format!("sqlite://{}", dir.join("service/bot.db").display());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = objection_bot::store::Store::open(&db).await.unwrap();
        store.add_subscribers("meta-ai", &[(1, None, &[][..])], 0).await.unwrap();
        store.close().await;
    });
    db
}

#[test]
fn env_file_gives_operator_commands_the_services_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_a_subscriber(dir.path());
    let env_file = dir.path().join("env");
    std::fs::write(&env_file, format!("TELOXIDE_TOKEN={TOKEN}\nDATABASE_URL={db}\nBROADCAST_RATE=7\n")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    // Without it, stats looks in the working folder and says where it looked.
    let out = bot_in(elsewhere.path(), &["stats"], &[], "");
    let err = stderr(&out);
    assert!(!out.status.success() && err.contains("no database at") && err.contains("objection-bot.db"), "{err}");
    assert!(err.contains(&elsewhere.path().display().to_string()), "the full path: {err}");
    // Before or after the command, it reads the service's file.
    for args in
        [&["--env-file", env_file.to_str().unwrap(), "stats"][..], &["stats", "--env-file", env_file.to_str().unwrap()]]
    {
        let out = bot_in(elsewhere.path(), args, &[], "");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).contains("subscribed chats: 1"), "{}", stdout(&out));
    }
    let out = bot_in(elsewhere.path(), &["--env-file", env_file.to_str().unwrap(), "check"], &[], "");
    assert!(stdout(&out).contains("1 subscriber") && stdout(&out).contains("at 7 messages/s"), "{}", stdout(&out));
    assert!(!stderr(&out).contains("TEST-token_secret"));
    // A file that is not there is a configuration error naming it.
    let missing = dir.path().join("nowhere/env");
    let out = bot(&["--env-file", missing.to_str().unwrap(), "stats"], &[], "");
    assert_eq!(out.status.code(), Some(EX_CONFIG));
    assert!(stderr(&out).contains("--env-file") && stderr(&out).contains("nowhere/env"), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim().lines().count(), 1);
}

/// The effective user id: the owner of /proc/self.
fn euid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

#[test]
fn a_database_that_cannot_be_opened_is_named_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_a_subscriber(dir.path());
    let folder = dir.path().join("service");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let binary = env!("CARGO_BIN_EXE_objection-bot");
    // Another user than the folder's owner, as an operator without sudo is.
    let mut command = if euid() == Some(0) {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", binary]);
        c
    } else {
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o000)).unwrap();
        Command::new(binary)
    };
    for args in [["stats"], ["resume"]] {
        let out = command.args(args).env_clear().env("DATABASE_URL", &db).current_dir("/").output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(EX_UNAVAILABLE), "{args:?}: {err}");
        assert!(err.contains(&folder.join("bot.db").display().to_string()), "the file is named: {err}");
        assert!(err.contains("permission denied"), "{err}");
        command = if euid() == Some(0) {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", binary]);
            c
        } else {
            Command::new(binary)
        };
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = bot(&["resume"], &[("DATABASE_URL", "sqlite:///nonexistent-folder/bot.db")], "");
    assert_eq!(out.status.code(), Some(EX_UNAVAILABLE));
    assert!(stderr(&out).contains("/nonexistent-folder/bot.db: missing"), "{}", stderr(&out));
}

#[test]
fn printing_commands_stop_quietly_when_the_reader_has_gone() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_a_subscriber(dir.path());
    let commands: [(&[&str], &str); 6] = [
        (&["preview", "--lang", "de"], ""),
        (&["preview", "--all"], ""),
        (&["console", "--lang", "fr"], "/start\n/facebook\n/template\n"),
        (&["check"], ""),
        (&["stats"], ""),
        (&["stats", "--json"], ""),
    ];
    for (args, input) in commands {
        let mut child = Command::new(env!("CARGO_BIN_EXE_objection-bot"))
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &db)
            .current_dir(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes before the first line is written (as `| head` does once it has enough).
        drop(child.stdout.take());
        use std::io::Write;
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("backtrace"), "{args:?}: {err}");
    }
}

#[test]
fn a_campaign_text_linked_to_a_file_outside_its_folder_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let (root, secrets) = english_campaign_and_env_file(dir.path());
    let link = root.join("meta-ai-2025/locales/en/zz-extra.ftl");
    std::os::unix::fs::symlink(&secrets, &link).unwrap();
    let env = [("CAMPAIGNS_DIR", root.to_str().unwrap())];
    refused_by_check_run_and_preview(dir.path(), &env, "locales/en/zz-extra.ftl: a symbolic link");

    // A linked language folder, or a linked campaign folder, is refused the same way.
    std::fs::remove_file(&link).unwrap();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(root.join("meta-ai-2025/locales/en"), elsewhere.join("en")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("en"), root.join("meta-ai-2025/locales/en")).unwrap();
    refused_by_check_run_and_preview(dir.path(), &env, "meta-ai-2025/locales/en: a symbolic link");
    std::fs::remove_file(root.join("meta-ai-2025/locales/en")).unwrap();
    std::fs::rename(elsewhere.join("en"), root.join("meta-ai-2025/locales/en")).unwrap();
    std::fs::rename(root.join("meta-ai-2025"), elsewhere.join("meta-ai-2025")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("meta-ai-2025"), root.join("meta-ai-2025")).unwrap();
    refused_by_check_run_and_preview(dir.path(), &env, "campaigns/meta-ai-2025: a symbolic link");

    // The same texts as plain files are fine again.
    std::fs::remove_file(root.join("meta-ai-2025")).unwrap();
    std::fs::rename(elsewhere.join("meta-ai-2025"), root.join("meta-ai-2025")).unwrap();
    let check = bot_in(dir.path(), &["check"], &env, "");
    assert!(check.status.success(), "{}", stdout(&check));
}

#[test]
fn a_bot_locale_linked_to_a_file_outside_its_folder_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let (_, secrets) = english_campaign_and_env_file(dir.path());
    let locales = dir.path().join("locales");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), &locales);
    std::os::unix::fs::symlink(&secrets, locales.join("fr/zz-extra.ftl")).unwrap();
    let env = [("LOCALES_DIR", locales.to_str().unwrap())];
    refused_by_check_run_and_preview(dir.path(), &env, "locales/fr/zz-extra.ftl: a symbolic link");
}

#[test]
fn a_campaign_file_with_messages_the_bot_never_uses_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let (root, secrets) = english_campaign_and_env_file(dir.path());
    std::fs::copy(&secrets, root.join("meta-ai-2025/locales/en/zz-extra.ftl")).unwrap();
    let env = [("CAMPAIGNS_DIR", root.to_str().unwrap())];
    refused_by_check_run_and_preview(
        dir.path(),
        &env,
        "locales/en/zz-extra.ftl: messages `DATABASE_URL`, `TELOXIDE_TOKEN` are not a message the bot uses",
    );
}

#[test]
fn check_and_run_refuse_a_campaign_link_to_anywhere_but_https_or_telegram_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = campaigns_dir(dir.path(), |t| t.to_owned());
    let env = [("CAMPAIGNS_DIR", root.to_str().unwrap())];
    let file = root.join("meta-ai-2025/locales/de/campaign.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    for (target, scheme) in [
        ("javascript:alert(1)", "javascript:"),
        ("&#106;avascript:alert(1)", "javascript:"),
        ("http://example.org", "http:"),
    ] {
        let changed = text.replacen("\ntitle = ", &format!("\ntitle = <a href=\"{target}\">Hier</a> "), 1);
        assert!(changed != text, "the German title is one line");
        std::fs::write(&file, changed).unwrap();
        let check = bot_in(dir.path(), &["check"], &env, "");
        let out = stderr(&check);
        assert_eq!(check.status.code(), Some(1), "{out}");
        let line = out.lines().find(|l| l.contains("locales/de/campaign.ftl")).unwrap_or_else(|| panic!("{out}"));
        assert!(line.contains("message `title`") && line.contains(&format!("`{scheme}`")), "{line}");
        let run = bot_in(
            dir.path(),
            &["run"],
            &[env[0], ("TELOXIDE_TOKEN", "1:abc"), ("TELOXIDE_API_URL", "http://127.0.0.1:9")],
            "",
        );
        assert_eq!(run.status.code(), Some(EX_CONFIG));
        assert!(stderr(&run).contains("locales/de/campaign.ftl"), "{}", stderr(&run));
    }
    let allowed = "https://t.me/objection_bot";
    std::fs::write(&file, text.replacen("\ntitle = ", &format!("\ntitle = <a href=\"{allowed}\">Hier</a> "), 1))
        .unwrap();
    let check = bot_in(dir.path(), &["check"], &env, "");
    assert!(check.status.success(), "{}", stdout(&check));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let out = bot(&["--version"], &[], "");
    let text = stdout(&out);
    let head = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    assert_eq!(text.trim(), format!("objection-bot {} (commit {head})", env!("CARGO_PKG_VERSION")));
}

#[test]
fn run_says_at_start_how_it_gets_updates_its_database_and_each_campaigns_next_wave() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let campaigns = campaigns_dir(dir.path(), |t| t.replace("2025-05-27T00:00:00+02:00", "2099-12-20T00:00:00+01:00"));
    let base = [
        ("TELOXIDE_TOKEN", TOKEN),
        ("TELOXIDE_API_URL", "http://127.0.0.1:9"),
        ("DATABASE_URL", db.as_str()),
        ("CAMPAIGNS_DIR", campaigns.to_str().unwrap()),
    ];
    let out = bot(&["run"], &base, "");
    let err = stderr(&out);
    let line = err.lines().find(|l| l.contains("starting:")).unwrap_or_else(|| panic!("no start-up line: {err}"));
    assert!(line.contains("long polling") && line.contains("database SQLite"), "{line}");
    assert!(line.contains("meta-ai-2025 (next wave 7d at 2099-12-13T"), "{line}");
    let mut webhook = base.to_vec();
    webhook.extend([
        ("WEBHOOK_URL", "https://bot.example.org/tg"),
        ("WEBHOOK_SECRET", "s3cret"),
        ("LISTEN_ADDR", "127.0.0.1:0"),
    ]);
    let err = stderr(&bot(&["run"], &webhook, ""));
    let line = err.lines().find(|l| l.contains("starting:")).unwrap_or_else(|| panic!("no start-up line: {err}"));
    assert!(line.contains("starting: webhook") && !line.contains("example.org"), "{line}");
}

#[test]
fn help_and_run_help_list_every_setting_with_its_default_and_meaning() {
    for args in [&["--help"][..], &["run", "--help"]] {
        let out = bot(args, &[], "");
        assert!(out.status.success());
        let text = stdout(&out);
        for (name, default, meaning) in objection_bot::config::SETTINGS {
            let line = text.lines().find(|l| l.trim_start().starts_with(&format!("{name} "))).unwrap_or_else(|| {
                panic!("{args:?}: {name} is missing:\n{text}");
            });
            assert!(line.contains(meaning) && line.contains(&format!("[default: {default}]")), "{line}");
        }
        for name in ["BROADCAST_RATE", "DATABASE_URL", "WAVE_PAUSE_SAMPLE", "LOG_FORMAT"] {
            assert!(text.contains(name), "{args:?}: {name}");
        }
        assert!(text.contains("--env-file") || args.len() > 1, "{text}");
        assert!(text.contains("78 configuration error"), "{text}");
    }
    // README's Settings table and the help come from the same list.
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for (name, ..) in objection_bot::config::SETTINGS {
        assert!(readme.contains(&format!("| `{name}` |")), "README's Settings table lacks {name}");
    }
}

#[test]
fn check_writes_each_problem_once_to_standard_error_and_counts_them_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), &locales);
    // One broken variable, in a message every screen with a date renders.
    let de = locales.join("de/bot.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    assert!(text.contains("date-format = { $day }"));
    std::fs::write(&de, text.replace("date-format = { $day }", "date-format = { $dya }")).unwrap();
    let out = bot(&["check"], &[("LOCALES_DIR", locales.to_str().unwrap())], "");
    assert_eq!(out.status.code(), Some(1));
    let (text, err) = (stdout(&out), stderr(&out));
    assert!(!text.contains("error:"), "errors go to standard error: {text}");
    assert!(err.contains("error: locales/de: message `date-format` uses variables"), "{err}");
    let mut lines: Vec<&str> = err.lines().map(|l| l.split_once(" WARN ").map_or(l, |(_, rest)| rest)).collect();
    let all = lines.len();
    lines.sort();
    lines.dedup();
    assert_eq!(lines.len(), all, "a line repeated: {err}");
    assert!(err.trim_end().ends_with("2 problems"), "{err}");

    // One problem is "1 problem"; a campaign with one wave has "1 reminder wave".
    let campaigns =
        campaigns_dir(dir.path(), |t| t.replace("[\"7d\", \"3d\", \"1d\", \"3h\"]", "[\"1d\"]").replace("+02:00", ""));
    let out = bot(&["check"], &[("CAMPAIGNS_DIR", campaigns.to_str().unwrap())], "");
    assert!(stderr(&out).trim_end().ends_with("\n1 problem"), "{}", stderr(&out));
    let campaigns =
        campaigns_dir(&dir.path().join("one"), |t| t.replace("[\"7d\", \"3d\", \"1d\", \"3h\"]", "[\"1d\"]"));
    let text = stdout(&bot(&["check"], &[("CAMPAIGNS_DIR", campaigns.to_str().unwrap())], ""));
    assert!(text.contains(", 1 reminder wave\n"), "{text}");
}

// ---- Smaller frictions of the walk-through (rows 19-23, 31) ----

#[test]
fn only_run_and_webhook_check_the_token() {
    for args in [&["check"][..], &["console", "--lang", "en"], &["preview", "--lang", "en"]] {
        let out = bot(args, &[("TELOXIDE_TOKEN", "abc")], "/start\n");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    for args in [&["run"][..], &["webhook", "info"]] {
        let out = bot(args, &[("TELOXIDE_TOKEN", "abc")], "");
        assert_eq!(out.status.code(), Some(EX_CONFIG), "{args:?}");
        assert!(stderr(&out).contains("TELOXIDE_TOKEN: does not look like a bot token"), "{}", stderr(&out));
    }
}

#[test]
fn a_language_the_bot_does_not_speak_is_answered_as_telegram_users_get_it_and_codes_are_listed() {
    let out = bot(&["console", "--lang", "ja"], &[], "/start\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Pick a platform to see the steps"), "the default language: {}", stdout(&out));
    assert!(stderr(&out).contains("does not speak `ja`") && stderr(&out).contains("bg cs da"), "{}", stderr(&out));
    let out = bot(&["console", "--lang", "not a language"], &[], "");
    assert_eq!(out.status.code(), Some(EX_USAGE));
    assert!(stderr(&out).contains("bg cs da de"), "{}", stderr(&out));
    let out = bot(&["preview", "--lang", "xx"], &[], "");
    assert_eq!(out.status.code(), Some(EX_USAGE));
    assert!(stderr(&out).contains("there are: bg cs da de"), "{}", stderr(&out));
    // --lang and --all together are a usage error, not --lang silently ignored.
    let out = bot(&["preview", "--lang", "fr", "--all"], &[], "");
    assert_eq!(out.status.code(), Some(EX_USAGE));
    assert!(stderr(&out).contains("cannot be used with"), "{}", stderr(&out));
}

#[test]
fn campaigns_dir_pointed_at_one_campaign_says_to_point_at_the_folder_above() {
    let dir = tempfile::tempdir().unwrap();
    let root = campaigns_dir(dir.path(), |t| t.to_owned());
    let one = root.join("meta-ai-2025");
    for args in [&["check"][..], &["run"]] {
        let out = bot(args, &[("CAMPAIGNS_DIR", one.to_str().unwrap()), ("TELOXIDE_TOKEN", TOKEN)], "");
        assert_eq!(out.status.code(), Some(EX_CONFIG), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("holds campaign.toml itself") && err.contains(&root.display().to_string()), "{err}");
    }
}

#[test]
fn a_placeholder_token_does_not_blank_its_letters_out_of_every_line() {
    // `1:a`: the whole token is blanked, but not every `a` of the line (walk-through row 23).
    let out = bot(&["run"], &[("TELOXIDE_TOKEN", "1:a"), ("TELOXIDE_API_URL", "http://127.0.0.1:9")], "");
    let err = stderr(&out);
    assert!(err.contains("getMe failed: network request could not connect"), "{err}");
}

#[test]
fn a_start_that_telegram_refuses_leaves_no_database_behind() {
    let unauthorized =
        answering_api("401 Unauthorized", r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#);
    for (api, code) in [(unauthorized.as_str(), EX_CONFIG), ("http://127.0.0.1:9", EX_UNAVAILABLE)] {
        let dir = tempfile::tempdir().unwrap();
        let out = bot_in(dir.path(), &["run"], &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", api)], "");
        assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert!(left.is_empty(), "{api}: {left:?}");
    }
    // A database that was there before stays.
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_a_subscriber(dir.path());
    let out = bot(
        &["run"],
        &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", "http://127.0.0.1:9"), ("DATABASE_URL", &db)],
        "",
    );
    assert_eq!(out.status.code(), Some(EX_UNAVAILABLE));
    assert!(dir.path().join("service/bot.db").exists());
}

#[test]
fn under_journald_log_lines_carry_no_second_timestamp() {
    let env = |journal: bool| {
        let mut env = vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", "http://127.0.0.1:9")];
        if journal {
            env.push(("JOURNAL_STREAM", "8:12345"));
        }
        env
    };
    let starting = |journal: bool| {
        let err = stderr(&bot(&["run"], &env(journal), ""));
        err.lines().find(|l| l.contains("starting:")).map(str::to_owned).unwrap_or_else(|| panic!("{err}"))
    };
    let year = chrono::Utc::now().format("%Y-").to_string();
    assert!(starting(false).trim_start().starts_with(&year), "{}", starting(false));
    assert!(starting(true).trim_start().starts_with("INFO"), "{}", starting(true));
}
