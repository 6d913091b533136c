//! Running the program as a command in a scratch folder, for the command-line tests.
#![allow(dead_code)]

use std::{
    io::Write,
    path::Path,
    process::{Command, Output, Stdio},
};

pub fn bot(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    bot_in(dir.path(), args, env, stdin)
}

/// Runs the program in the folder `dir`, with only the environment given.
pub fn bot_in(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_objection-bot"));
    command.args(args).env_clear().current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// `dir/campaigns/` holding a copy of the built-in Meta campaign as it ran in 2025 (id
/// `meta-ai-2025`, deadline 2025-05-27T00:00:00+02:00, reminders 7d 3d 1d 3h), whose campaign
/// file `edit` changes; returns that folder, for `CAMPAIGNS_DIR`.
pub fn campaigns_dir(dir: &Path, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    let root = dir.join("campaigns");
    objection_bot::campaign::new_campaign(&root, "meta-ai-2025", "meta-ai").unwrap();
    let file = root.join("meta-ai-2025/campaign.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("# deadline = \"2026-12-20T00:00:00+01:00\"", "deadline = \"2025-05-27T00:00:00+02:00\"")
        .replace("# reminders =", "reminders =");
    std::fs::write(&file, edit(&text)).unwrap();
    root
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
