//! Embeds every `locales/<lang>/*.ftl` file and every campaign folder
//! (`campaigns/<id>/campaign.toml`, `campaigns/<id>/locales/<lang>/*.ftl`) into the binary,
//! so the bot ships as one file; and names the commit it is built from, for `--version`.
use std::{
    env, fs,
    path::{Path, PathBuf},
};

/// The files under `dir` (recursively) whose name ends with one of `endings`, sorted. A
/// symbolic link stops the build: only plain files inside the folder are embedded, so a link
/// to a file elsewhere (an env file, a key) can never end up in the binary.
fn files(dir: &Path, endings: &[&str], out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let kind = entry.file_type().expect("the type of a file to embed");
        if kind.is_symlink() {
            panic!("{}: a symbolic link; campaign and locale files are embedded only as plain files", path.display());
        }
        if kind.is_dir() {
            files(&path, endings, out);
        } else if endings.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            println!("cargo:rerun-if-changed={}", path.display());
            out.push(path);
        }
    }
    out.sort();
}

/// `(first folder under root, path below that folder, contents)` entries as Rust source.
fn table(name: &str, doc: &str, root: &Path, endings: &[&str]) -> String {
    let mut found = Vec::new();
    files(root, endings, &mut found);
    let mut rows = String::new();
    for file in found {
        let relative = file.strip_prefix(root).expect("below root");
        let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
        let folder = parts.next().unwrap_or_default();
        let rest: Vec<String> = parts.collect();
        if rest.is_empty() {
            continue;
        }
        let abs = fs::canonicalize(&file).expect("embedded file path");
        rows.push_str(&format!(
            "    ({folder:?}, {:?}, include_str!({:?})),\n",
            rest.join("/"),
            abs.display().to_string()
        ));
    }
    format!("/// {doc}\npub static {name}: &[(&str, &str, &str)] = &[\n{rows}];\n")
}

/// The commit the binary is built from: `OBJECTION_BOT_COMMIT` if set (the Dockerfile passes
/// it, as `.git` stays out of its build context), else `git rev-parse --short=12 HEAD`, else
/// "unknown" (a source tarball has no `.git`).
fn commit() -> String {
    println!("cargo:rerun-if-env-changed=OBJECTION_BOT_COMMIT");
    if let Some(commit) = env::var("OBJECTION_BOT_COMMIT").ok().filter(|c| !c.trim().is_empty()) {
        return commit.trim().to_owned();
    }
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    // Built again when HEAD moves (a commit, a checkout), in a worktree too.
    for file in ["HEAD", "logs/HEAD"] {
        if let Some(path) = git(&["rev-parse", "--git-path", file]).filter(|p| Path::new(p).exists()) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into())
}

fn main() {
    println!("cargo:rustc-env=OBJECTION_BOT_COMMIT={}", commit());
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let locales = table(
        "EMBEDDED_LOCALES",
        "(language folder, file name, contents) of every embedded locale file.",
        Path::new("locales"),
        &[".ftl"],
    );
    fs::write(out.join("locales.rs"), locales).expect("write locales.rs");
    let campaigns = table(
        "EMBEDDED_CAMPAIGNS",
        "(campaign folder, path inside it, contents) of every embedded campaign file.",
        Path::new("campaigns"),
        &["campaign.toml", ".ftl"],
    );
    fs::write(out.join("campaigns.rs"), campaigns).expect("write campaigns.rs");
}
