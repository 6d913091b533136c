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
