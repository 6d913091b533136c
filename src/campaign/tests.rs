use super::*;

const TOML: &str = include_str!("../../campaigns/meta-ai/campaign.toml");

/// The Meta campaign file as an operator's copy with a deadline and reminders.
fn dated() -> String {
    TOML.replace("# deadline = \"2026-12-20T00:00:00+01:00\"", "deadline = \"2026-12-20T00:00:00+01:00\"")
        .replace("# reminders =", "reminders =")
}

fn with(replace: &str, by: &str) -> String {
    let text = dated();
    assert!(text.contains(replace), "fixture text not found: {replace}");
    text.replace(replace, by)
}

/// The built-in Meta folder.
fn meta() -> CampaignFolder {
    embedded_folders().into_iter().find(|f| f.name == "campaigns/meta-ai").expect("the Meta folder")
}

/// The built-in Meta folder, with its campaign file changed by `edit`.
fn folder(edit: impl Fn(&str) -> String) -> CampaignFolder {
    let mut f = meta();
    f.toml = f.toml.as_deref().map(edit);
    f
}

#[test]
fn the_embedded_campaigns_are_valid_and_meta_is_evergreen() {
    let c = Campaign::embedded("meta-ai");
    assert_eq!(c.default_language, Lang::En);
    assert_eq!(c.deadline, None);
    assert!(c.reminders.is_empty() && c.waves().is_empty());
    assert_eq!(c.started, NaiveDate::from_ymd_opt(2025, 5, 27));
    assert_eq!(c.checked, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    let keys: Vec<&str> = c.platforms.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["facebook", "instagram", "whatsapp"]);
    assert_eq!(c.platform("whatsapp").unwrap().form_url.host_str(), Some("www.whatsapp.com"));
    assert_eq!(
        c.platform("facebook").unwrap().help_url.as_ref().unwrap().as_str(),
        "https://www.facebook.com/privacy/genai"
    );
    assert!(c.platforms.iter().all(|p| p.kind == Kind::Form));
    let all = Campaigns::load(None).unwrap();
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["meta-ai", "linkedin-ai", "google-gemini", "x-grok"], "Meta first, then by start date");
    let keys: Vec<&str> = all.platforms().map(|(_, p)| p.key.as_str()).collect();
    assert_eq!(keys, ["facebook", "instagram", "whatsapp", "linkedin", "gemini", "x"]);
    for key in ["linkedin", "gemini", "x"] {
        assert_eq!(all.platform(key).unwrap().1.kind, Kind::Setting, "{key}");
    }
    let letters: Vec<&str> = all.iter().filter(|c| c.has_letter()).map(|c| c.id.as_str()).collect();
    assert_eq!(letters, ["meta-ai", "google-gemini"]);
}

#[test]
fn a_campaign_without_checked_is_refused_and_an_old_one_warned() {
    let e = CampaignFile::parse("c.toml", &TOML.replace("checked = \"2026-12-04\"", "")).unwrap_err();
    assert_eq!(e.field, "checked");
    let e = CampaignFile::parse("c.toml", &TOML.replace("2026-12-04", "4 Dec 2026")).unwrap_err();
    assert_eq!(e.field, "checked");
    let examined =
        Campaigns::examine(vec![folder(|t| t.replace("checked = \"2026-12-04\"", "checked = \"2020-01-01\""))]);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    assert!(examined.warnings.iter().any(|w| w.contains("checked on 2020-01-01")), "{:?}", examined.warnings);
    let fresh = chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let examined = Campaigns::examine(vec![folder(|t| t.replace("2026-12-04", &fresh))]);
    assert!(!examined.warnings.iter().any(|w| w.contains("checked on")), "{:?}", examined.warnings);
}

#[test]
fn reminders_without_a_deadline_are_refused() {
    let e = CampaignFile::parse("c.toml", &TOML.replace("# reminders =", "reminders =")).unwrap_err();
    assert_eq!(e.field, "reminders");
    assert!(e.problem.contains("deadline"), "{e}");
}

#[test]
fn kinds_and_help_links_are_read_and_checked() {
    let e = CampaignFile::parse("c.toml", &TOML.replacen("\nkind = \"form\"", "\nkind = \"switch\"", 1)).unwrap_err();
    assert!(e.to_string().contains("switch"), "{e}");
    let e = CampaignFile::parse("c.toml", &TOML.replace("https://www.facebook.com/privacy/genai", "http://x.org"))
        .unwrap_err();
    assert_eq!(e.field, "platforms[0].help_url");
    let plain = CampaignFile::parse("c.toml", &TOML.replace("\nkind = \"form\"\n", "\n")).unwrap();
    assert!(plain.platforms.iter().all(|p| p.kind == Kind::Form), "form is the default");
}

#[test]
fn a_help_link_needs_its_button_label_and_a_dated_standing_needs_started() {
    let mut f = meta();
    for s in &mut f.locales {
        for (_, text) in &mut s.files {
            *text = text.replace("facebook-help-button", "facebook-other-button");
        }
    }
    let problems = Campaigns::examine(vec![f]).problems.join("\n");
    assert!(problems.contains("`facebook-help-button` is missing (platform `facebook` has a help_url)"), "{problems}");
    let problems = Campaigns::examine(vec![folder(|t| t.replace("started = \"2025-05-27\"", ""))]).problems.join("\n");
    assert!(problems.contains("`standing` uses $date"), "{problems}");
}

#[test]
fn the_dated_copy_has_its_deadline_and_reminders() {
    let examined = Campaigns::examine(vec![folder(|_| dated())]);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    let c = examined.campaigns.unwrap().first().clone();
    assert_eq!(c.deadline.unwrap().to_rfc3339(), "2026-12-20T00:00:00+01:00");
    assert_eq!(c.reminders.first(), Some(&Duration::from_secs(7 * 86_400)));
}

#[test]
fn a_deadline_without_offset_names_the_field() {
    let e = CampaignFile::parse("c.toml", &with("00:00:00+01:00", "00:00:00")).unwrap_err();
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
    assert!(first.contains("campaigns/meta-ai/locales/en") && first.contains("`examplenet-name`"), "{first}");
}

#[test]
fn a_key_used_by_two_campaigns_is_refused() {
    let other = folder(|t| t.replace("id = \"meta-ai\"", "id = \"again\""));
    let e = Campaigns::examine(vec![meta(), other]).problems.join("\n");
    assert!(e.contains("`facebook` is also a platform of campaign"), "{e}");
}

#[test]
fn fewer_languages_are_a_warning_and_fall_back_to_the_default() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let examined = Campaigns::examine(folders_from_dir(&fixtures).unwrap());
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    assert!(examined.warnings[0].contains("ships 2 of 24 languages"), "{:?}", examined.warnings);
    let c = examined.campaigns.unwrap().first().clone();
    assert_eq!(c.tr(Lang::Fr, "examplenet-name", &[]), "ExampleNet");
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
    assert!(warning.starts_with("campaigns/meta-ai/locales/en/campaign.ftl: messages `whatsapp-"), "{warning}");
    assert!(warning.contains("and 5 more are of no platform in the campaign file"), "{warning}");

    // Anything else is a problem naming the file.
    let en = f.locales.iter_mut().find(|s| s.lang == Lang::En).unwrap();
    en.files.push(("campaigns/meta-ai/locales/en/zz.ftl".into(), "TELOXIDE_TOKEN = 1:SECRET\n".into()));
    let examined = Campaigns::examine(vec![f]);
    assert!(examined.campaigns.is_none());
    assert_eq!(
        examined.problems[0],
        "campaigns/meta-ai/locales/en/zz.ftl: message `TELOXIDE_TOKEN` is not a message the bot uses"
    );
}

#[test]
fn a_linked_campaign_file_or_folder_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("campaigns");
    new_campaign(&root, "meta-ai", "meta-ai").unwrap();
    assert!(folders_from_dir(&root).unwrap()[0].problems.is_empty());
    let secret = dir.path().join("secret.env");
    std::fs::write(&secret, "TOKEN = 1:SECRET\n").unwrap();
    let toml = root.join("meta-ai/campaign.toml");
    std::fs::rename(&toml, dir.path().join("campaign.toml")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("campaign.toml"), &toml).unwrap();
    std::os::unix::fs::symlink(&secret, root.join("meta-ai/locales/en/zz.ftl")).unwrap();
    let found = folders_from_dir(&root).unwrap().remove(0);
    assert_eq!(found.problems.len(), 2, "{:?}", found.problems);
    assert!(found.problems[0].contains("meta-ai/campaign.toml: a symbolic link"), "{:?}", found.problems);
    assert!(found.problems[1].contains("meta-ai/locales/en/zz.ftl: a symbolic link"), "{:?}", found.problems);
    assert!(found.toml.is_none());

    std::os::unix::fs::symlink(root.join("meta-ai"), root.join("again")).unwrap();
    let e = folders_from_dir(&root).unwrap_err();
    assert!(e.contains("campaigns/again: a symbolic link"), "{e}");
}

#[test]
fn a_campaign_uses_its_own_and_its_platforms_messages_only() {
    let c = Campaign::embedded("meta-ai");
    for id in ["title", "letter-body", "facebook-steps", "whatsapp-command"] {
        assert!(c.uses_message(id), "{id}");
    }
    for id in ["TELOXIDE_TOKEN", "examplenet-steps", "facebook-colour", "facebook", "-facebook-steps"] {
        assert!(!c.uses_message(id), "{id}");
    }
}
