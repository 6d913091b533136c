//! Judging answers, baselines and the daily times, without a network.

use super::*;

fn url(text: &str) -> url::Url {
    url::Url::parse(text).unwrap()
}

fn answer(status: u16, at: &str) -> Fetched {
    Fetched { status: Some(status), final_url: Some(at.into()), error: None }
}

fn link() -> Link {
    Link {
        campaign: "c".into(),
        platform: "facebook".into(),
        which: "form",
        url: url("https://www.example.com/help/contact/123"),
        checked: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
    }
}

const FORM: &str = "https://www.example.com/help/contact/123";

#[test]
fn answers_are_judged_by_status_and_where_they_end() {
    let l = url(FORM);
    assert_eq!(judge(&l, &answer(200, FORM), None), (Verdict::Reachable, None));
    assert_eq!(judge(&l, &answer(200, &format!("{FORM}/?ref=x")), None).0, Verdict::Reachable, "same path");
    assert_eq!(judge(&l, &answer(403, FORM), None).0, Verdict::Reachable, "it answers, even if not to us");
    assert_eq!(judge(&l, &answer(404, FORM), None).0, Verdict::Gone);
    assert_eq!(judge(&l, &answer(410, "https://www.example.com/x"), None).0, Verdict::Gone);
    assert_eq!(judge(&l, &answer(503, FORM), None), (Verdict::Unreachable, Some("server error 503".into())));
    assert_eq!(judge(&l, &answer(200, "https://www.example.com/privacy/center"), None), (Verdict::Moved, None));
    assert_eq!(
        judge(&l, &answer(200, "https://www.example.com/login/?next=%2Fhelp"), None),
        (Verdict::Reachable, Some("behind a login page".into()))
    );
    assert_eq!(judge(&l, &answer(200, "https://accounts.example.com/"), None).0, Verdict::Reachable);
    let dns = Fetched { error: Some("dns error: no such host".into()), ..Fetched::default() };
    assert_eq!(judge(&l, &dns, None), (Verdict::Unreachable, Some("dns error: no such host".into())));
}

#[test]
fn an_answer_like_the_baseline_is_as_when_checked_and_a_different_one_is_judged() {
    let l = url(FORM);
    let elsewhere = "https://www.example.com/privacy/center?x=1";
    let baseline = Some((200, "https://www.example.com/privacy/center?y=2"));
    assert_eq!(judge(&l, &answer(200, elsewhere), baseline), (Verdict::Reachable, Some("as when checked".into())));
    assert_eq!(judge(&l, &answer(200, "https://www.example.com/other"), baseline).0, Verdict::Moved);
    assert_eq!(judge(&l, &answer(404, elsewhere), baseline).0, Verdict::Gone, "gone is gone");
}

#[test]
fn the_first_answer_after_the_checked_day_becomes_the_baseline_and_stays() {
    let l = link();
    let day_checked = l.checked.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp_millis();
    let moved = answer(200, "https://www.example.com/privacy/center");
    // A baseline from before the campaign was checked does not count.
    let old = LinkRow {
        baseline_status: Some(200),
        baseline_url: Some(FORM.into()),
        baseline_ms: Some(day_checked - 1),
        ..l.result(&answer(200, FORM), None, day_checked - 1)
    };
    assert_eq!(l.baseline(Some(&old)), None);
    let first = l.result(&moved, Some(&old), day_checked + 10);
    assert_eq!(first.verdict, "reachable", "the baseline it becomes: {first:?}");
    assert_eq!(first.detail.as_deref(), Some("as when checked"));
    assert_eq!(first.baseline_ms, Some(day_checked + 10));
    let later = l.result(&moved, Some(&first), day_checked + 86_400_000);
    assert_eq!((later.verdict.as_str(), later.baseline_ms), ("reachable", Some(day_checked + 10)));
    let gone = l.result(&answer(404, FORM), Some(&later), day_checked + 2 * 86_400_000);
    assert_eq!((gone.verdict.as_str(), gone.baseline_ms), ("gone", Some(day_checked + 10)));
    // Nothing that failed becomes a baseline.
    let unreachable = Fetched { error: Some("timeout".into()), ..Fetched::default() };
    assert_eq!(l.result(&unreachable, None, day_checked).baseline_status, None);
    assert_eq!(l.result(&answer(404, FORM), None, day_checked).baseline_status, None);
}

#[test]
fn each_link_has_a_fixed_time_a_day_and_is_never_asked_twice_in_one() {
    const DAY: i64 = 86_400_000;
    const HOUR: i64 = 3_600_000;
    let start = 20_000 * DAY;
    let t = next_check(FORM, None, start, DAY);
    assert!(t > start - HOUR && t <= start + DAY, "{t}");
    assert_eq!(next_check(FORM, None, t, DAY), t, "due at its time");
    assert_eq!(next_check(FORM, None, t + 5 * DAY, DAY), t + 5 * DAY, "the same time every day");
    assert_eq!(next_check(FORM, None, t + 60_000, DAY), t, "a late wake still counts");
    let other = next_check("https://www.example.com/other", None, t, DAY);
    assert_ne!(other.rem_euclid(DAY), t.rem_euclid(DAY), "links spread over the day");
    // Asked a little after its time: the next is the same time the next day, also after a
    // restart an hour later.
    let asked = t + 40;
    assert_eq!(next_check(FORM, Some(asked), asked, DAY), t + DAY);
    assert_eq!(next_check(FORM, Some(asked), t + HOUR, DAY), t + DAY);
    // Back within the grace after its time: due; down well past it: the next day's.
    assert_eq!(next_check(FORM, Some(asked), t + DAY + 10 * 60_000, DAY), t + DAY);
    assert_eq!(next_check(FORM, Some(asked), t + DAY + 2 * HOUR, DAY), t + 2 * DAY);
    // A shrunk day (tests): the grace is a second at most.
    let slot = next_check(FORM, None, 10_000_000, 2_000);
    assert_eq!(next_check(FORM, None, slot + 900, 2_000), slot);
    assert_eq!(next_check(FORM, None, slot + 1_500, 2_000), slot + 2_000);
}

#[test]
fn the_worst_verdict_speaks_for_the_platform() {
    use Verdict::*;
    assert_eq!(worst([Reachable, Moved]), Some(Moved));
    assert_eq!(worst([Unreachable, Reachable]), Some(Unreachable));
    assert_eq!(worst([Unreachable, Gone]), Some(Gone));
    assert_eq!(worst([]), None);
    assert!(Gone.is_bad() && Unreachable.is_bad() && !Moved.is_bad() && !Reachable.is_bad());
    for v in Verdict::ALL {
        assert_eq!(Verdict::parse(v.as_str()), Some(v));
        assert!(crate::telemetry::LINK_VERDICTS.contains(&v.as_str()));
    }
}

#[test]
fn every_link_of_the_built_in_campaigns_is_listed_once() {
    let campaigns = Campaigns::load(None).unwrap();
    let links = Link::all(&campaigns);
    let forms = campaigns.platforms().count();
    let helps = campaigns.platforms().filter(|(_, p)| p.help_url.is_some()).count();
    assert_eq!(links.len(), forms + helps);
    assert!(links.iter().all(|l| l.url.scheme() == "https"));
    assert!(USER_AGENT.starts_with("objection-bot/") && USER_AGENT.ends_with("(+link checker)"));
}
