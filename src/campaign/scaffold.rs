//! `objection-bot new-campaign`: starts a campaign folder from a built-in one, to edit.

use std::path::{Path, PathBuf};

use super::{load::embedded_folders, valid_id};

/// Writes `<dir>/<id>/` as a copy of the built-in campaign `from`, with its id set to `id`.
/// Refuses to overwrite anything. Returns the files written.
pub fn new_campaign(dir: &Path, id: &str, from: &str) -> Result<Vec<PathBuf>, String> {
    if !valid_id(id) {
        return Err(format!("`{id}` is not a campaign id: 1 to 32 lowercase letters, digits, - or _"));
    }
    let folders = embedded_folders();
    let Some(source) = folders.iter().find(|f| f.name == format!("campaigns/{from}")) else {
        let known: Vec<&str> = folders.iter().map(|f| f.name.trim_start_matches("campaigns/")).collect();
        return Err(format!("--from: no built-in campaign `{from}` (built in: {})", known.join(", ")));
    };
    let target = dir.join(id);
    if target.exists() {
        return Err(format!("{} already exists; nothing was written", target.display()));
    }
    let toml = source.toml.as_deref().unwrap_or_default();
    let toml = toml
        .lines()
        .map(|line| if line.starts_with("id = ") { format!("id = \"{id}\"") } else { line.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    let mut files = vec![(target.join("campaign.toml"), toml + "\n")];
    for locale in &source.locales {
        for (name, text) in &locale.files {
            let file = Path::new(name).file_name().map(|f| f.to_owned()).unwrap_or_default();
            files.push((target.join("locales").join(locale.lang.code()).join(file), text.clone()));
        }
    }
    let mut written = Vec::new();
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::{folders_from_dir, Campaigns};

    #[test]
    fn a_new_campaign_is_a_valid_copy_with_its_own_id_and_nothing_is_overwritten() {
        let dir = std::env::temp_dir().join(format!("objection-bot-scaffold-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let written = new_campaign(&dir, "next-one", "meta-ai").unwrap();
        assert!(written.len() >= 2, "campaign.toml and one file per language");
        let campaigns = Campaigns::examine(folders_from_dir(&dir).unwrap()).campaigns.unwrap();
        assert_eq!(campaigns.first().id, "next-one");
        assert!(new_campaign(&dir, "next-one", "meta-ai").unwrap_err().contains("already exists"));
        assert!(new_campaign(&dir, "Bad Id", "meta-ai").is_err());
        assert!(new_campaign(&dir, "other", "nope").unwrap_err().contains("--from"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
