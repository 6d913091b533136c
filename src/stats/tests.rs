//! The summary's numbers, outlook and wording, from snapshots built by hand.

use chrono::{Duration, TimeZone};

use super::*;
use crate::store::WaveCounts;

/// The built-in Meta campaign with its 2025 deadline and reminders.
fn campaign() -> Campaigns {
    let deadline = DateTime::parse_from_rfc3339("2025-05-27T00:00:00+02:00").unwrap();
    Campaigns::from(crate::campaign::Campaign::dated_meta(deadline))
}

fn wave(campaign_id: &str, wave: &str, pending: i64, sent: i64, paused: Option<&str>) -> WaveRow {
    WaveRow {
        campaign_id: campaign_id.into(),
        wave: wave.into(),
        due_at: 0,
        state: "enqueued".into(),
        paused: paused.map(str::to_owned),
        counts: WaveCounts { pending, sent, failed: 1, skipped: 2, forgotten: 3 },
        last_outcome_ms: None,
    }
}

fn snapshot(at: DateTime<Utc>, waves: Vec<WaveRow>) -> Snapshot {
    Snapshot {
        at,
        subscribers: vec![(None, 1), (Some(Lang::De), 2), (Some(Lang::Fr), 4)],
        checklist: vec![("facebook".into(), 5), ("instagram".into(), 0), ("whatsapp".into(), 1)],
        waves,
        campaign_subscribers: [("meta-ai-2025".to_string(), 7)].into(),
        // A sender recorded an outcome just now, and nothing is due later.
        sender_seen_ms: Some(at.timestamp_millis()),
        next_due_ms: Some(0),
        links: vec![],
        kinds: vec![("reminder", "sent".into(), 9), ("followup", "pending".into(), 3), ("followup", "sent".into(), 2)],
        news_chats: 4,
    }
}

#[test]
fn follow_ups_re_checks_and_news_are_counted_by_kind_apart_from_the_waves() {
    let c = campaign();
    let r = Report::build(&snapshot(Utc::now(), vec![]), None, &c, 25.0);
    let text = r.text();
    assert!(text.contains("follow-ups, re-checks and news (4 chats want news):"), "{text}");
    assert!(text.contains("followup   3 waiting, 2 sent, 0 not needed, 0 failed"), "{text}");
    assert!(text.contains("recheck    0 waiting, 0 sent"), "{text}");
    assert!(!r.follow_through.contains_key("reminder"), "reminders are the waves' to count");
}

#[test]
fn an_estimated_rate_gives_the_time_to_finish_before_the_deadline() {
    let c = campaign();
    let now = c.first().deadline.unwrap().to_utc() - Duration::hours(1);
    let r = Report::build(&snapshot(now, vec![wave(&c.first().id, "3h", 900, 94, None)]), None, &c, 25.0);
    assert_eq!(r.subscribers.total, 7);
    assert_eq!(r.subscribers.by_language.get("none"), Some(&1));
    assert_eq!(r.checklist.get("facebook"), Some(&5));
    let w = &r.waves[0];
    assert_eq!((w.sent, w.failed, w.skipped, w.pending, w.forgotten), (94, 1, 2, 900, 3));
    assert!((w.progress - 0.1).abs() < 1e-9, "{}", w.progress);
    assert_eq!(w.rate.map(|r| (r.per_second, r.source)), Some((25.0, "estimated")));
    assert!(matches!(&w.outlook, Some(Outlook::InTime { seconds_left, .. }) if *seconds_left == 36.0), "{w:?}");
    let text = r.text();
    assert!(text.contains("pending 900"), "{text}");
    assert!(text.contains("[##..................]  10 %"), "{text}");
    assert!(text.contains("done in about 36 s"), "{text}");
}

#[test]
fn a_wave_that_cannot_finish_says_so_plainly() {
    let c = campaign();
    let now = c.first().deadline.unwrap().to_utc() - Duration::seconds(100);
    let r = Report::build(&snapshot(now, vec![wave(&c.first().id, "3h", 5000, 0, None)]), None, &c, 25.0);
    assert_eq!(
        r.waves[0].outlook,
        Some(Outlook::TooLate {
            seconds_left: 200.0,
            at: local(now + Duration::seconds(200), *c.first().deadline.unwrap().offset()),
            left_at_deadline: 2500
        })
    );
    assert!(r.text().contains("WILL NOT FINISH IN TIME"), "{}", r.text());
}

#[test]
fn the_rate_is_measured_between_two_reads_and_waves_queue_behind_each_other() {
    let c = campaign();
    let t0 = c.first().deadline.unwrap().to_utc() - Duration::days(1);
    let t1 = t0 + Duration::seconds(2);
    let before = snapshot(t0, vec![wave(&c.first().id, "3d", 100, 0, None), wave(&c.first().id, "1d", 50, 0, None)]);
    let now = snapshot(t1, vec![wave(&c.first().id, "3d", 40, 60, None), wave(&c.first().id, "1d", 50, 0, None)]);
    let r = Report::build(&now, Some(&before), &c, 25.0);
    assert_eq!(r.waves[0].rate.map(|r| (r.per_second, r.source, r.over_seconds)), Some((30.0, "measured", Some(2.0))));
    assert!(
        matches!(&r.waves[0].outlook, Some(Outlook::InTime { seconds_left, .. }) if (*seconds_left - 40.0 / 30.0).abs() < 1e-9)
    );
    // The second wave is not sending yet: no progress measured.
    assert_eq!(r.waves[1].outlook, Some(Outlook::Stalled));
    assert!(r.text().contains("rate 30.0 reminders/s (over the last 2 s)"), "{}", r.text());
}

#[test]
fn paused_past_and_foreign_waves_will_not_finish() {
    let c = campaign();
    let before_deadline = c.first().deadline.unwrap().to_utc() - Duration::days(1);
    let waves = vec![wave(&c.first().id, "3d", 10, 0, Some("too many blocked")), wave("old", "1d", 10, 0, None)];
    let r = Report::build(&snapshot(before_deadline, waves), None, &c, 25.0);
    assert_eq!(r.waves[0].state, "paused");
    assert_eq!(r.waves[0].outlook, Some(Outlook::Paused));
    assert_eq!(r.waves[1].outlook, Some(Outlook::OtherCampaign));
    assert!(r.text().contains("paused: too many blocked"), "{}", r.text());
    let after = c.first().deadline.unwrap().to_utc() + Duration::seconds(1);
    let r = Report::build(&snapshot(after, vec![wave(&c.first().id, "3d", 10, 0, None)]), None, &c, 25.0);
    assert_eq!(r.waves[0].outlook, Some(Outlook::DeadlinePassed));
}

#[test]
fn done_and_skipped_waves_have_no_outlook() {
    let c = campaign();
    let mut skipped = wave(&c.first().id, "7d", 0, 0, None);
    skipped.state = "skipped".into();
    skipped.counts = WaveCounts::default();
    let r = Report::build(
        &snapshot(Utc.timestamp_opt(0, 0).unwrap(), vec![skipped, wave(&c.first().id, "3d", 0, 5, None)]),
        None,
        &c,
        25.0,
    );
    assert_eq!(r.waves[0].state, "skipped");
    assert!(r.waves.iter().all(|w| w.rate.is_none() && w.outlook.is_none()));
    assert!(r.text().contains("enqueued, done"), "{}", r.text());
    assert!(!Snapshot { waves: vec![], ..snapshot(Utc::now(), vec![]) }.sending());
}

#[test]
fn bars_and_durations_read_well() {
    assert_eq!(bar(0.0), format!("[{}]", ".".repeat(20)));
    assert_eq!(bar(0.5), format!("[{}{}]", "#".repeat(10), ".".repeat(10)));
    assert_eq!(bar(1.5), format!("[{}]", "#".repeat(20)));
    assert_eq!(human(44.2), "45 s");
    assert_eq!(human(725.0), "12 min 5 s");
    assert_eq!(human(12_000.0), "3 h 20 min");
    assert_eq!(human(187_200.0), "2 d 4 h");
}

#[test]
fn the_rate_is_smoothed_over_the_reads_of_the_last_ten_seconds() {
    let c = campaign();
    let t0 = c.first().deadline.unwrap().to_utc() - Duration::days(1);
    // Batches land unevenly: 5, 3, 5, 3… reminders a second, 4 a second on average.
    let mut history = History::default();
    let mut pending = 1000;
    let mut reports = Vec::new();
    for second in 0..=14 {
        if second > 0 {
            pending -= if second % 2 == 1 { 5 } else { 3 };
        }
        let now =
            snapshot(t0 + Duration::seconds(second), vec![wave(&c.first().id, "1d", pending, 1000 - pending, None)]);
        reports.push(Report::build(&now, history.baseline(&now), &c, 25.0));
        history.push(now);
    }
    let rates: Vec<f64> = reports.iter().filter_map(|r| r.waves[0].rate).map(|r| r.per_second).collect();
    assert_eq!(rates[0], 25.0, "the first read estimates");
    assert_eq!(rates[1], 5.0, "one second: as it came");
    for (second, rate) in rates.iter().enumerate().skip(10) {
        assert_eq!(*rate, 4.0, "second {second}: over the last 10 s");
    }
    let last = &reports[14].waves[0];
    assert_eq!(last.rate.and_then(|r| r.over_seconds), Some(10.0));
    assert!(reports[14].text().contains("rate 4.0 reminders/s (over the last 10 s)"), "{}", reports[14].text());
}

#[test]
fn due_reminders_with_no_sender_seen_say_so_instead_of_a_finish_time() {
    let c = campaign();
    let now = c.first().deadline.unwrap().to_utc() - Duration::hours(1);
    let mut read = snapshot(now, vec![wave(&c.first().id, "3h", 900, 94, None)]);
    read.sender_seen_ms = Some((now - Duration::seconds(40)).timestamp_millis());
    let r = Report::build(&read, None, &c, 25.0);
    assert_eq!(r.no_sender, Some(NoSender { seen_seconds_ago: Some(40.0) }));
    assert_eq!(r.waves[0].outlook, Some(Outlook::NoSender { seen_seconds_ago: Some(40.0) }));
    let text = r.text();
    assert!(text.contains("no sender seen for 40 s"), "{text}");
    assert!(!text.contains("done in about"), "{text}");
    // Never seen: the wave came due and nothing took it.
    read.sender_seen_ms = None;
    let r = Report::build(&read, None, &c, 25.0);
    assert!(r.text().contains("no sender seen yet"), "{}", r.text());
    // Seen 5 s ago, or nothing due yet (a 429 being waited out): a sender is at work.
    read.sender_seen_ms = Some((now - Duration::seconds(5)).timestamp_millis());
    assert_eq!(Report::build(&read, None, &c, 25.0).no_sender, None);
    read.sender_seen_ms = Some((now - Duration::seconds(40)).timestamp_millis());
    read.next_due_ms = Some((now + Duration::seconds(20)).timestamp_millis());
    assert_eq!(Report::build(&read, None, &c, 25.0).no_sender, None);
    // At a slow rate, three messages' time is allowed: 30 s at 0.1 a second.
    read.next_due_ms = Some(0);
    read.sender_seen_ms = Some((now - Duration::seconds(20)).timestamp_millis());
    assert_eq!(Report::build(&read, None, &c, 0.1).no_sender, None);
}

#[test]
fn the_next_wave_is_shown_with_when_it_is_due_and_how_many_chats() {
    let c = campaign();
    let deadline = c.first().deadline.unwrap().to_utc();
    let now = deadline - Duration::days(3) - Duration::seconds(108);
    let r = Report::build(&snapshot(now, vec![]), None, &c, 25.0);
    let next = r.campaigns[0].next_wave.clone().expect("a wave ahead");
    assert_eq!((next.wave.as_str(), next.seconds_until, next.chats), ("3d", 108.0, 7));
    assert!(r.waiting(), "--watch waits for it");
    let text = r.text();
    assert!(text.contains(&format!("  next wave: 3d at {} (in 1 min 48 s), 7 chats", next.due)), "{text}");
    let r = Report::build(&snapshot(deadline, vec![]), None, &c, 25.0);
    assert_eq!(r.campaigns[0].next_wave, None);
    assert!(!r.waiting());
    assert!(r.text().contains("next wave: none before the deadline"), "{}", r.text());
}

#[test]
fn every_link_shows_its_last_result_or_that_it_is_unchecked() {
    let c = campaign();
    let links = crate::links::Link::all(&c);
    let (first, second) = (&links[0], &links[1]);
    let stored = vec![
        crate::store::LinkRow {
            campaign_id: first.campaign.clone(),
            platform: first.platform.clone(),
            which: first.which.into(),
            url: first.url.to_string(),
            checked_ms: 1_764_806_400_000,
            status: Some(404),
            final_url: Some("https://example.org/gone".into()),
            verdict: "gone".into(),
            ..Default::default()
        },
        // A result for a URL the campaign no longer has is not shown.
        crate::store::LinkRow {
            campaign_id: second.campaign.clone(),
            platform: second.platform.clone(),
            which: second.which.into(),
            url: "https://example.org/old".into(),
            verdict: "moved".into(),
            ..Default::default()
        },
    ];
    let r = Report::build(&Snapshot { links: stored, ..snapshot(Utc::now(), vec![]) }, None, &c, 25.0);
    assert_eq!(r.links.len(), links.len());
    assert_eq!((r.links[0].verdict.as_str(), r.links[1].verdict.as_str()), ("gone", "unchecked"));
    let text = r.text();
    let line = format!(
        "{} {} {}: gone, 404 at https://example.org/gone, checked 2025-12-04T",
        first.campaign, first.platform, first.which
    );
    assert!(text.contains(&line), "{text}");
    assert!(text.contains(&format!("{}: unchecked ({})", second.name(), second.url)), "{text}");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["links"][0]["verdict"], "gone");
    assert_eq!(json["links"][0]["status"], 404);
}
