//! Reading campaign folders: the ones built into the binary, or a folder of campaign folders
//! (`CAMPAIGNS_DIR`) read at run time. Each folder holds `campaign.toml` and
//! `locales/<lang>/*.ftl`.

use std::{collections::BTreeMap, path::Path};

use crate::{
    i18n::{not_plain, plain_entries, sources_from_dir, LocaleSource},
    lang::Lang,
};

include!(concat!(env!("OUT_DIR"), "/campaigns.rs"));

/// A campaign folder as read, before validation.
#[derive(Debug, Clone)]
pub struct CampaignFolder {
    /// How errors name the folder: `campaigns/meta-ai-2025`.
    pub name: String,
    /// The text of `campaign.toml`, if the folder has one.
    pub toml: Option<String>,
    /// Its texts, one entry per language folder.
    pub locales: Vec<LocaleSource>,
    /// What could not be read, one line each.
    pub problems: Vec<String>,
}

impl CampaignFolder {
    /// How errors name the campaign file.
    pub fn toml_name(&self) -> String {
        format!("{}/campaign.toml", self.name)
    }
}

/// The campaign folders built into the binary, in folder order.
pub fn embedded_folders() -> Vec<CampaignFolder> {
    let mut folders: BTreeMap<&str, CampaignFolder> = BTreeMap::new();
    for (folder, path, text) in EMBEDDED_CAMPAIGNS {
        let entry = folders.entry(folder).or_insert_with(|| CampaignFolder {
            name: format!("campaigns/{folder}"),
            toml: None,
            locales: Vec::new(),
            problems: Vec::new(),
        });
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["campaign.toml"] => entry.toml = Some((*text).to_owned()),
            ["locales", lang, _file] => match Lang::from_tag(lang).filter(|l| l.code() == *lang) {
                Some(lang) => {
                    let name = format!("campaigns/{folder}/{path}");
                    match entry.locales.iter_mut().find(|s| s.lang == lang) {
                        Some(source) => source.files.push((name, (*text).to_owned())),
                        None => entry.locales.push(LocaleSource { lang, files: vec![(name, (*text).to_owned())] }),
                    }
                }
                None => entry.problems.push(format!("campaigns/{folder}/locales/{lang}: not an EU language code")),
            },
            _ => entry.problems.push(format!("campaigns/{folder}/{path}: not where a campaign file belongs")),
        }
    }
    folders.into_values().collect()
}

/// Every campaign folder in `dir` (`CAMPAIGNS_DIR`), in name order. A sub-folder without a
/// `campaign.toml` is reported, not skipped: a campaign must never vanish without a word.
/// Only plain files and folders inside `dir` are read: a symbolic link anywhere below it is a
/// problem naming it, never followed (`dir` itself is the operator's setting and may be one).
pub fn folders_from_dir(dir: &Path) -> Result<Vec<CampaignFolder>, String> {
    let mut link_problems = Vec::new();
    let entries = plain_entries(dir, &mut link_problems)
        .map_err(|e| format!("CAMPAIGNS_DIR: {} cannot be read: {e}", dir.display()))?;
    if let Some(problem) = link_problems.first() {
        return Err(problem.clone());
    }
    let mut folders = Vec::new();
    for (path, _) in entries.into_iter().filter(|(_, is_dir)| *is_dir) {
        let name = path.display().to_string();
        let mut folder = CampaignFolder { name, toml: None, locales: Vec::new(), problems: Vec::new() };
        let toml = path.join("campaign.toml");
        match std::fs::symlink_metadata(&toml) {
            Ok(meta) if !meta.is_file() => folder.problems.push(not_plain(&toml, meta.is_symlink())),
            _ => match std::fs::read_to_string(&toml) {
                Ok(text) => folder.toml = Some(text),
                Err(e) => folder.problems.push(format!("{}: cannot be read: {e}", folder.toml_name())),
            },
        }
        let locales = path.join("locales");
        match std::fs::symlink_metadata(&locales) {
            Ok(meta) if meta.is_dir() => {
                let (sources, problems) = sources_from_dir(&locales);
                folder.locales = sources;
                folder.problems.extend(problems);
            }
            Ok(meta) if meta.is_symlink() => folder.problems.push(not_plain(&locales, true)),
            _ => folder.problems.push(format!("{}/locales: missing (the campaign's texts go there)", folder.name)),
        }
        folders.push(folder);
    }
    if folders.is_empty() {
        return Err(format!("CAMPAIGNS_DIR: no campaign folder in {}", dir.display()));
    }
    Ok(folders)
}
