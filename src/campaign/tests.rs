use super::*;

const TOML: &str = include_str!("../../campaigns/meta-ai-2025/campaign.toml");

fn with(replace: &str, by: &str) -> String {
    assert!(TOML.contains(replace), "fixture text not found: {replace}");
    TOML.replace(replace, by)
}

/// The built-in folder, with its campaign file changed by `edit`.
fn folder(edit: impl Fn(&str) -> String) -> CampaignFolder {
    let mut f = embedded_folders().remove(0);
    f.toml = f.toml.as_deref().map(edit);
    f
}

#[test]
fn the_embedded_campaign_is_valid() {
    let c = Campaign::embedded("meta-ai-2025");
    assert_eq!(c.default_language, Lang::En);
    assert_eq!(c.deadline.to_rfc3339(), "2025-05-27T00:00:00+02:00");
    assert_eq!(c.reminders.first(), Some(&Duration::from_secs(7 * 86_400)));
    let keys: Vec<&str> = c.platforms.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["facebook", "instagram", "whatsapp"]);
    assert_eq!(c.platform("whatsapp").unwrap().form_url.host_str(), Some("www.whatsapp.com"));
    assert_eq!(c.texts.languages().len(), 24, "the Meta campaign keeps all 24 languages");
}

#[test]
fn a_deadline_without_offset_names_the_field() {
    let e = CampaignFile::parse("c.toml", &with("00:00:00+02:00", "00:00:00")).unwrap_err();
    assert_eq!(e.field, "deadline");
    assert!(e.to_string().starts_with("campaign file c.toml: field `deadline`"));
}

#[test]
fn bad_keys_reserved_keys_and_repeated_keys_are_refused() {
    for (key, problem) in
        [("Facebook", "lowercase"), ("1fb", "lowercase"), (&"k".repeat(33), "lowercase"), ("help", "own commands")]
    {
        let e = CampaignFile::parse("c.toml", &with("key = \"facebook\"", &format!("key = \"{key}\""))).unwrap_err();
        assert_eq!(e.field, "platforms[0].key", "{key}");
        assert!(e.problem.contains(problem), "{key}: {e}");
    }
    let e = CampaignFile::parse("c.toml", &with("key = \"instagram\"", "key = \"facebook\"")).unwrap_err();
    assert!(e.problem.contains("twice"), "{e}");
}

#[test]
fn an_unknown_field_is_refused_with_its_line() {
    let e = CampaignFile::parse(
        "c.toml",
        &with("[[platforms]]\nkey = \"whatsapp\"", "[[platforms]]\nkey = \"whatsapp\"\ncolour = 1"),
    )
    .unwrap_err();
    assert!(e.to_string().contains("colour") && e.to_string().contains("line"), "{e}");
}

#[test]
fn a_bad_duration_names_its_position() {
    let e = CampaignFile::parse("c.toml", &with("\"3h\"", "\"3 hours\"")).unwrap_err();
    assert_eq!(e.field, "reminders[3]");
}

#[test]
fn malformed_toml_is_one_line() {
    let e = CampaignFile::parse("c.toml", "id = \"x\"\ndeadline = ").unwrap_err();
    assert!(e.to_string().contains("not valid TOML"));
    assert!(!e.to_string().contains('\n'));
}

#[test]
fn no_platform_or_a_plain_http_link_is_refused() {
    let start = TOML.find("[[platforms]]").unwrap();
    assert_eq!(CampaignFile::parse("c", &TOML[..start]).unwrap_err().field, "platforms");
    let text = with("https://help.instagram.com", "http://help.instagram.com");
    assert_eq!(CampaignFile::parse("c", &text).unwrap_err().field, "platforms[1].form_url");
}

#[test]
fn a_platform_without_its_messages_is_refused_naming_the_message() {
    let f = folder(|t| format!("{t}\n[[platforms]]\nkey = \"examplenet\"\nform_url = \"https://example.org/\"\n"));
    let examined = Campaigns::examine(vec![f]);
    assert!(examined.campaigns.is_none());
    let first = &examined.problems[0];
    assert!(first.contains("campaigns/meta-ai-2025/locales/en") && first.contains("`examplenet-name`"), "{first}");
}

#[test]
fn a_key_used_by_two_campaigns_is_refused() {
    let other = folder(|t| t.replace("id = \"meta-ai-2025\"", "id = \"again\""));
    let e = Campaigns::examine(vec![embedded_folders().remove(0), other]).problems.join("\n");
    assert!(e.contains("`facebook` is also a platform of campaign"), "{e}");
}

#[test]
fn fewer_languages_are_a_warning_and_fall_back_to_the_default() {
    let mut f = embedded_folders().remove(0);
    f.locales.retain(|s| matches!(s.lang, Lang::En | Lang::De));
    let examined = Campaigns::examine(vec![f]);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    assert!(examined.warnings[0].contains("ships 2 of 24 languages"), "{:?}", examined.warnings);
    let c = examined.campaigns.unwrap().first().clone();
    assert_eq!(c.tr(Lang::Fr, "facebook-name", &[]), "Facebook");
    assert_eq!(c.tr(Lang::Fr, "title", &[]), c.tr(Lang::En, "title", &[]), "French falls back to English");
    assert_ne!(c.tr(Lang::De, "title", &[]), c.tr(Lang::En, "title", &[]));
}

#[test]
fn offsets_read_and_write_back() {
    for s in ["7d", "3h", "30m", "90s"] {
        assert_eq!(format_offset(parse_offset(s).unwrap()), s);
    }
    assert!(parse_offset("0s").is_err());
    assert!(parse_offset("5w").is_err());
    assert!(parse_offset("").is_err());
    assert!(parse_offset("é").is_err());
}

#[test]
fn messages_the_bot_never_uses_name_their_file() {
    // WhatsApp leaves the campaign file: its texts may stay, with a warning.
    let mut f = folder(|t| t[..t.find("[[platforms]]\nkey = \"whatsapp\"").unwrap()].to_owned());
    let examined = Campaigns::examine(vec![f.clone()]);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    let warning = examined.warnings.iter().find(|w| w.contains("whatsapp-")).expect("a warning");
    assert!(warning.starts_with("campaigns/meta-ai-2025/locales/en/campaign.ftl: messages `whatsapp-"), "{warning}");
    assert!(warning.contains("and 4 more are of no platform in the campaign file"), "{warning}");

    // Anything else is a problem naming the file.
    let en = f.locales.iter_mut().find(|s| s.lang == Lang::En).unwrap();
    en.files.push(("campaigns/meta-ai-2025/locales/en/zz.ftl".into(), "TELOXIDE_TOKEN = 1:SECRET\n".into()));
    let examined = Campaigns::examine(vec![f]);
    assert!(examined.campaigns.is_none());
    assert_eq!(
        examined.problems[0],
        "campaigns/meta-ai-2025/locales/en/zz.ftl: message `TELOXIDE_TOKEN` is not a message the bot uses"
    );
}

#[test]
fn a_linked_campaign_file_or_folder_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("campaigns");
    new_campaign(&root, "meta-ai-2025", "meta-ai-2025").unwrap();
    assert!(folders_from_dir(&root).unwrap()[0].problems.is_empty());
    let secret = dir.path().join("secret.env");
    std::fs::write(&secret, "TOKEN = 1:SECRET\n").unwrap();
    let toml = root.join("meta-ai-2025/campaign.toml");
    std::fs::rename(&toml, dir.path().join("campaign.toml")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("campaign.toml"), &toml).unwrap();
    std::os::unix::fs::symlink(&secret, root.join("meta-ai-2025/locales/en/zz.ftl")).unwrap();
    let found = folders_from_dir(&root).unwrap().remove(0);
    assert_eq!(found.problems.len(), 2, "{:?}", found.problems);
    assert!(found.problems[0].contains("meta-ai-2025/campaign.toml: a symbolic link"), "{:?}", found.problems);
    assert!(found.problems[1].contains("meta-ai-2025/locales/en/zz.ftl: a symbolic link"), "{:?}", found.problems);
    assert!(found.toml.is_none());

    std::os::unix::fs::symlink(root.join("meta-ai-2025"), root.join("again")).unwrap();
    let e = folders_from_dir(&root).unwrap_err();
    assert!(e.contains("campaigns/again: a symbolic link"), "{e}");
}

#[test]
fn a_campaign_uses_its_own_and_its_platforms_messages_only() {
    let c = Campaign::embedded("meta-ai-2025");
    for id in ["title", "letter-body", "facebook-steps", "whatsapp-command"] {
        assert!(c.uses_message(id), "{id}");
    }
    for id in ["TELOXIDE_TOKEN", "examplenet-steps", "facebook-colour", "facebook", "-facebook-steps"] {
        assert!(!c.uses_message(id), "{id}");
    }
}
