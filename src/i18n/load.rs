//! Reading locales: the ones embedded at build time, or a folder read at run time.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use super::LocaleSource;
use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The locales in a folder laid out like `locales/` (one sub-folder per language), read at
/// run time so that a translator can check a change without rebuilding. Only plain files and
/// folders inside `dir` are read: a symbolic link is a problem naming it, never followed.
pub fn sources_from_dir(dir: &Path) -> (Vec<LocaleSource>, Vec<String>) {
    let mut by_lang: BTreeMap<Lang, LocaleSource> = BTreeMap::new();
    let mut problems = Vec::new();
    let folders = match plain_entries(dir, &mut problems) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![format!("LOCALES_DIR {}: {e}", dir.display())]),
    };
    for (folder, is_dir) in folders {
        if !is_dir {
            continue;
        }
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(lang) = Lang::from_tag(&name).filter(|l| l.code() == name) else {
            problems.push(format!("{}: not an EU language code", folder.display()));
            continue;
        };
        let files = match plain_entries(&folder, &mut problems) {
            Ok(files) => files,
            Err(e) => {
                problems.push(format!("{}: {e}", folder.display()));
                continue;
            }
        };
        for (file, _) in files.into_iter().filter(|(p, is_dir)| !is_dir && p.extension().is_some_and(|e| e == "ftl")) {
            match std::fs::read_to_string(&file) {
                Ok(text) => by_lang
                    .entry(lang)
                    .or_insert_with(|| LocaleSource { lang, files: Vec::new() })
                    .files
                    .push((file.display().to_string(), text)),
                Err(e) => problems.push(format!("{}: {e}", file.display())),
            }
        }
    }
    (by_lang.into_values().collect(), problems)
}

/// The plain files and folders in `dir`, sorted, each with whether it is a folder. Links are
/// not followed: a symbolic link, or anything else that is neither a file nor a folder (a
/// pipe, a device), is a problem naming it, so that nothing outside `dir` is ever read.
pub fn plain_entries(dir: &Path, problems: &mut Vec<String>) -> std::io::Result<Vec<(PathBuf, bool)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => out.push((path, true)),
            Ok(kind) if kind.is_file() => out.push((path, false)),
            Ok(kind) => problems.push(not_plain(&path, kind.is_symlink())),
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    out.sort();
    Ok(out)
}

/// The problem line for something in a campaign or locale folder that is not a plain file
/// or folder.
pub fn not_plain(path: &Path, link: bool) -> String {
    let what = if link { "a symbolic link" } else { "neither a file nor a folder" };
    format!(
        "{}: {what}; campaign and locale files are read only as plain files inside their folder (copy the file there instead)",
        path.display()
    )
}

/// The embedded locales, or those of `dir` when one is given.
pub fn load_sources(dir: Option<&Path>) -> (Vec<LocaleSource>, Vec<String>) {
    match dir {
        Some(dir) => sources_from_dir(dir),
        None => embedded_sources(),
    }
}

/// The locales compiled into the binary, grouped by language. Folders that are not an EU
/// language code are reported as problems by [`check_sources`], not loaded.
pub fn embedded_sources() -> (Vec<LocaleSource>, Vec<String>) {
    let mut by_lang: BTreeMap<Lang, LocaleSource> = BTreeMap::new();
    let mut problems = Vec::new();
    for (folder, file, text) in EMBEDDED_LOCALES {
        match Lang::from_tag(folder).filter(|l| l.code() == *folder) {
            Some(lang) => by_lang
                .entry(lang)
                .or_insert_with(|| LocaleSource { lang, files: Vec::new() })
                .files
                .push((format!("locales/{folder}/{file}"), (*text).to_owned())),
            None => problems.push(format!("locales/{folder}: not an EU language code")),
        }
    }
    (by_lang.into_values().collect(), problems)
}
