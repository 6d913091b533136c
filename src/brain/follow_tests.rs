//! Following through (issue 18) in the brain: the follow-up after a form is ticked off and
//! its three answers, the way to an authority, re-checks of settings, news, and /stop.

use chrono::{TimeZone, Utc};

use super::{tests::*, *};
use crate::{
    campaign::Campaigns,
    store::{Claim, Delivery, DeliveryKind},
};

async fn built_in() -> Brain {
    brain_with(Campaigns::load(None).unwrap()).await
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap()
}

fn press(data: CallbackData) -> Input {
    Input::Callback(data.encode())
}

fn callbacks(m: &Message) -> Vec<CallbackData> {
    buttons(m)
        .into_iter()
        .filter_map(|b| match b {
            Button::Callback { data, .. } => Some(data.clone()),
            _ => None,
        })
        .collect()
}

fn url(m: &Message) -> Option<String> {
    buttons(m).into_iter().find_map(|b| match b {
        Button::Url { url, .. } => Some(url.to_string()),
        _ => None,
    })
}

/// What the queue holds for the chat at `at` (claimed, so a second call sees only later ones).
async fn due(b: &Brain, at: chrono::DateTime<Utc>) -> Vec<Delivery> {
    let ids: Vec<String> = b.campaigns.iter().map(|c| c.id.clone()).collect();
    let claim = Claim {
        fence: 1,
        campaign_ids: &ids,
        now_ms: at.timestamp_millis(),
        limit: 100,
        token: &format!("claim at {at}"),
        lease_until_ms: i64::MAX,
    };
    b.store.claim(&claim).await.unwrap()
}

fn compose(b: &Brain, d: &Delivery) -> Option<Message> {
    b.follow_through(b.campaigns.get(&d.campaign_id).unwrap(), &DeliveryKind::of(&d.wave), d.chat.as_ref())
}

#[tokio::test]
async fn a_form_ticked_off_is_followed_up_a_month_later_once_in_the_chats_language() {
    let b = built_in().await;
    let ctx = private(41, Some("de"), now());
    let replies = b.handle(&ctx, press(CallbackData::Mark("facebook".into(), true))).await;
    assert!(matches!(&replies[0], Reply::Toast(t) if t.contains("30 Tage")), "{replies:?}");
    assert!(due(&b, now() + chrono::Duration::days(29)).await.is_empty(), "not before a month");
    let found = due(&b, now() + chrono::Duration::days(30)).await;
    assert_eq!(found.len(), 1);
    let m = compose(&b, &found[0]).expect("a follow-up");
    assert!(m.html.contains("4. Dezember 2026") && m.html.contains("Facebook"), "{}", m.html);
    assert_eq!(
        callbacks(&m),
        [Answer::Confirmed, Answer::Later, Answer::NoAnswer].map(|a| CallbackData::FollowUp("facebook".into(), a))
    );
    assert!(due(&b, now() + chrono::Duration::days(300)).await.is_empty(), "once");
}

#[tokio::test]
async fn untick_forget_and_stop_end_a_follow_up() {
    let b = built_in().await;
    let later = now() + chrono::Duration::days(31);
    for (chat, how) in [(42, "untick"), (43, "/forget"), (44, "/stop")] {
        let ctx = private(chat, Some("en"), now());
        b.handle(&ctx, press(CallbackData::Mark("instagram".into(), true))).await;
        let replies = match how {
            "untick" => b.handle(&ctx, press(CallbackData::Mark("instagram".into(), false))).await,
            command => b.handle(&ctx, text(command)).await,
        };
        if how == "/stop" {
            assert_eq!(only_message(&replies).html, b.i18n.tr(Lang::En, "stop-all", &[]));
        }
    }
    assert!(due(&b, later).await.is_empty(), "nothing is left to send");
    // A follow-up whose platform was unticked after it was queued is not sent either.
    let ctx = private(45, Some("en"), now());
    b.handle(&ctx, press(CallbackData::Mark("whatsapp".into(), true))).await;
    let found = due(&b, later).await;
    let mut chat = found[0].chat.clone().unwrap();
    chat.done.clear();
    chat.ticked_on.clear();
    let kind = DeliveryKind::of(&found[0].wave);
    assert!(b.follow_through(b.campaigns.get("meta-ai").unwrap(), &kind, Some(&chat)).is_none());
}

#[tokio::test]
async fn not_yet_asks_once_more_and_confirmed_ends_it() {
    let b = built_in().await;
    let ctx = private(46, Some("en"), now());
    b.handle(&ctx, press(CallbackData::Mark("facebook".into(), true))).await;
    let month = now() + chrono::Duration::days(30);
    assert_eq!(due(&b, month).await.len(), 1);
    let at_month = private(46, Some("en"), month);
    let replies = b.handle(&at_month, press(CallbackData::FollowUp("facebook".into(), Answer::Later))).await;
    assert!(matches!(&replies[0], Reply::EditKeyboard(rows) if rows.is_empty()), "the answered buttons go");
    assert!(only_message(&replies).html.contains("17 January 2027"), "{replies:?}");
    assert!(due(&b, month + chrono::Duration::days(13)).await.is_empty());
    let again = due(&b, month + chrono::Duration::days(14)).await;
    assert_eq!(again.len(), 1, "asked once more");
    let m = compose(&b, &again[0]).unwrap();
    assert!(!callbacks(&m).contains(&CallbackData::FollowUp("facebook".into(), Answer::Later)), "only once more");
    let replies = b.handle(&at_month, press(CallbackData::FollowUp("facebook".into(), Answer::Confirmed))).await;
    let thanks = only_message(&replies);
    assert!(thanks.html.contains("Nothing more"), "{}", thanks.html);
    assert_eq!(callbacks(thanks), [CallbackData::News(true)], "every thanks offers news");
    // Confirmed before the second ask: it is taken back.
    let ctx = private(47, Some("en"), now());
    b.handle(&ctx, press(CallbackData::Mark("instagram".into(), true))).await;
    b.handle(&ctx, press(CallbackData::FollowUp("instagram".into(), Answer::Later))).await;
    b.handle(&ctx, press(CallbackData::FollowUp("instagram".into(), Answer::Confirmed))).await;
    assert!(due(&b, now() + chrono::Duration::days(100)).await.iter().all(|d| d.chat_id != 47));
}

#[tokio::test]
async fn no_answer_gives_a_letter_and_the_way_to_the_persons_authority() {
    let b = built_in().await;
    let ctx = private(48, Some("de"), now());
    b.handle(&ctx, press(CallbackData::Mark("instagram".into(), true))).await;
    let replies = b.handle(&ctx, press(CallbackData::FollowUp("instagram".into(), Answer::NoAnswer))).await;
    let m = messages(&replies);
    assert_eq!(m.len(), 2, "{replies:?}");
    let letter = m[0].html.split("<pre>").nth(1).unwrap();
    assert!(letter.contains("Instagram") && letter.contains("4. Dezember 2026"), "{letter}");
    assert!(letter.contains("21") && letter.contains("12"), "{letter}");
    let countries = callbacks(m[1]);
    let codes: Vec<&str> = countries
        .iter()
        .filter_map(|d| match d {
            CallbackData::Complain(Some(code)) => Some(code.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(codes.first(), Some(&"DE"), "{codes:?}");
    for code in ["AT", "BE", "LI", "LU"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert_eq!(countries.last(), Some(&CallbackData::Complain(None)), "and every other country");
    let every = only_message(&b.handle(&ctx, press(CallbackData::Complain(None))).await).clone();
    assert_eq!(callbacks(&every).len(), 30);
    let lands = only_message(&b.handle(&ctx, press(CallbackData::Complain(Some("DE".into())))).await).clone();
    assert_eq!(callbacks(&lands).len(), 16, "Germany asks for the Land");
    let bavaria = only_message(&b.handle(&ctx, press(CallbackData::Complain(Some("DE-BY".into())))).await).clone();
    assert_eq!(url(&bavaria), Some(b.authorities.land("DE-BY").unwrap().complaint_url.to_string()));
    let ireland = only_message(&b.handle(&ctx, press(CallbackData::Complain(Some("IE".into())))).await).clone();
    assert_eq!(url(&ireland), Some(b.authorities.national("IE").unwrap().complaint_url.to_string()));
    assert!(ireland.html.contains("Data Protection Commission") || ireland.html.contains("DPC"), "{}", ireland.html);
    let stale = only_message(&b.handle(&ctx, press(CallbackData::Complain(Some("XX".into())))).await).clone();
    assert_eq!(stale.html, b.i18n.tr(Lang::De, "stale-button", &[]));
    assert!(b.store.chat(48).await.unwrap().unwrap().subscriptions.is_empty(), "the country is not stored");
}

#[tokio::test]
async fn a_setting_offers_a_re_check_that_comes_only_when_asked_for() {
    let b = built_in().await;
    let ctx = private(49, Some("en"), now());
    let replies = b.handle(&ctx, press(CallbackData::Mark("linkedin".into(), true))).await;
    let thanks = only_message(&replies);
    assert_eq!(callbacks(thanks), [CallbackData::Recheck("linkedin".into()), CallbackData::News(true)]);
    assert!(due(&b, now() + chrono::Duration::days(400)).await.is_empty(), "no re-check unless asked");
    let replies = b.handle(&ctx, press(CallbackData::Recheck("linkedin".into()))).await;
    assert!(only_message(&replies).html.contains("2 June 2027"), "{replies:?}");
    assert!(due(&b, now() + chrono::Duration::days(179)).await.is_empty());
    let found = due(&b, now() + chrono::Duration::days(180)).await;
    assert_eq!(found.len(), 1);
    let m = compose(&b, &found[0]).unwrap();
    assert!(url(&m).unwrap().contains("linkedin.com"), "the setting's button");
    assert_eq!(callbacks(&m), [CallbackData::Recheck("linkedin".into())], "and the offer again");
}

#[tokio::test]
async fn news_is_opt_in_and_an_announcement_reaches_only_those_who_want_it() {
    let b = built_in().await;
    let ctx = private(50, Some("fr"), now());
    let start = only_message(&b.handle(&ctx, text("/start")).await).clone();
    assert!(callbacks(&start).contains(&CallbackData::News(true)), "🆕 on /start");
    b.handle(&ctx, text("/news")).await;
    let state = b.store.chat(50).await.unwrap().unwrap();
    assert!(state.news);
    let start = only_message(&b.handle(&ctx, text("/start")).await).clone();
    assert!(callbacks(&start).contains(&CallbackData::News(false)), "and the way out once on");
    let c = b.campaigns.get("linkedin-ai").unwrap();
    let m = b.follow_through(c, &DeliveryKind::News, Some(&state)).unwrap();
    assert!(m.html.contains(&c.tr(Lang::Fr, "title", &[])), "{}", m.html);
    assert!(callbacks(&m).contains(&CallbackData::Show(Topic::Platform("linkedin".into()))));
    b.handle(&ctx, text("/news")).await;
    let state = b.store.chat(50).await.unwrap().unwrap();
    assert!(b.follow_through(c, &DeliveryKind::News, Some(&state)).is_none(), "not after /news off");
    let group = group(-51, false, now());
    let replies = b.handle(&group, text("/news")).await;
    assert_eq!(only_message(&replies).html, b.i18n.tr(Lang::En, "admin-only", &[]), "admins only in a group");
}

#[tokio::test]
async fn every_language_renders_the_follow_up_the_letter_the_countries_and_the_announcement() {
    let b = built_in().await;
    let c = b.campaigns.get("meta-ai").unwrap();
    let p = &c.platforms[0];
    let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
    for lang in Lang::ALL {
        let mut all = vec![b.follow_up(lang, c, p, day, false), b.follow_up(lang, c, p, day, true)];
        all.push(b.recheck(lang, c, p, Some(day)));
        all.push(b.announcement(lang, c));
        all.push(b.complain_where(lang));
        all.push(b.complain(lang, None));
        all.push(b.complain(lang, Some("DE")));
        for a in b.authorities.countries() {
            all.push(b.complain(lang, Some(&a.country)));
        }
        let ctx = private(60, Some(lang.code()), now());
        b.handle(&ctx, press(CallbackData::Mark("facebook".into(), true))).await;
        let replies = b.handle(&ctx, press(CallbackData::FollowUp("facebook".into(), Answer::NoAnswer))).await;
        let letter = messages(&replies)[0].html.split("<pre>").nth(1).unwrap().trim_end_matches("</pre>").to_owned();
        let length = crate::html::to_plain(&letter).chars().count();
        assert!(length < 1000, "{lang}: the letter has {length} characters");
        for m in all.iter().chain(messages(&replies)) {
            assert!(
                check_reply(&Reply::message(m.clone())).is_empty(),
                "{lang}: {:?}",
                check_reply(&Reply::message(m.clone()))
            );
        }
    }
    let misses: Vec<String> = b.i18n.misses().into_iter().filter(|m| !m.starts_with("en:")).collect();
    assert!(misses.is_empty(), "messages missing: {misses:?}");
}
