//! Reading locales: the ones embedded at build time, or a folder read at run time.

use std::collections::BTreeMap;

use super::LocaleSource;
use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The locales in a folder laid out like `locales/` (one sub-folder per language), read at
/// run time so that a translator can check a change without rebuilding.
pub fn sources_from_dir(dir: &std::path::Path) -> (Vec<LocaleSource>, Vec<String>) {
    let mut by_lang: BTreeMap<Lang, LocaleSource> = BTreeMap::new();
    let mut problems = Vec::new();
    let folders = match std::fs::read_dir(dir) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![format!("LOCALES_DIR {}: {e}", dir.display())]),
    };
    let mut paths: Vec<_> = folders.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    paths.sort();
    for folder in paths {
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(lang) = Lang::from_tag(&name).filter(|l| l.code() == name) else {
            problems.push(format!("{}: not an EU language code", folder.display()));
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
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

/// The embedded locales, or those of `dir` when one is given.
pub fn load_sources(dir: Option<&std::path::Path>) -> (Vec<LocaleSource>, Vec<String>) {
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
