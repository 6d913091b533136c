//! The lanes alone: a chat's surplus, the backlog's cap, the order, and a map that empties.

use super::*;

fn update(id: u32, chat: i64) -> Box<Update> {
    Box::new(
        serde_json::from_value(serde_json::json!({
            "update_id": id,
            "message": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": chat, "type": "group", "title": "G"},
                        "from": {"id": 1, "is_bot": false, "first_name": "T"}, "text": "/start"}
        }))
        .unwrap(),
    )
}

#[test]
fn a_flooding_chat_loses_its_surplus_and_other_chats_still_get_in() {
    let mut lanes = Lanes::new(100);
    let mut queued = 0;
    for i in 0..50 {
        if matches!(lanes.route(-5, update(i, -5)), Routed::Queued { .. }) {
            queued += 1;
        }
    }
    assert_eq!(queued, QUEUE_PER_CHAT);
    assert!(matches!(lanes.route(7, update(1000, 7)), Routed::Queued { .. }));
    assert_eq!(lanes.chats(), 2);
}

#[test]
fn the_backlog_refuses_beyond_its_cap_and_a_chat_is_answered_in_order() {
    let mut lanes = Lanes::new(20);
    let mut workers = 0;
    for i in 0..20u32 {
        match lanes.route(i64::from(i % 4), update(i, i64::from(i % 4))) {
            Routed::Queued { worker } => workers += usize::from(worker),
            _ => panic!("update {i} refused below the cap"),
        }
    }
    assert_eq!(workers, 4, "a worker per ready chat");
    assert!(matches!(lanes.route(99, update(99, 99)), Routed::Full));
    assert_eq!(lanes.room(), 0);
    assert_eq!(lanes.oldest_unanswered(), Some(0));
    // One worker answers everything: each chat's updates in order, chats taking turns.
    let mut seen: HashMap<i64, Vec<u32>> = HashMap::new();
    lanes.workers = 1;
    while let Some((key, update)) = lanes.next() {
        seen.entry(key).or_default().push(update.id.0);
        lanes.answered(key, update.id.0);
    }
    for (key, ids) in seen {
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "chat {key}");
        assert_eq!(ids.len(), 5);
    }
    assert_eq!(lanes.unanswered(), 0);
    assert_eq!(lanes.chats(), 0, "answered chats leave the map");
    assert_eq!(lanes.room(), 20);
    assert_eq!(lanes.workers, 0);
}

#[test]
fn the_cap_is_what_the_drain_can_answer() {
    assert_eq!(backlog_cap(Duration::from_secs(10), 30.0), 240);
    assert_eq!(backlog_cap(Duration::from_secs(300), 30.0), 7_200);
    assert_eq!(backlog_cap(Duration::from_secs(0), 30.0), QUEUE_PER_CHAT + 1);
}

#[test]
fn the_map_gives_back_its_room_after_a_surge() {
    let mut lanes = Lanes::new(100_000);
    for i in 0..20_000u32 {
        lanes.route(i64::from(i), update(i, i64::from(i)));
    }
    lanes.workers = 1;
    let mut surges = 0;
    while let Some((key, update)) = lanes.next() {
        surges += usize::from(lanes.answered(key, update.id.0));
    }
    assert_eq!(surges, 1, "memory goes back once the surge is answered");
    assert!(lanes.lanes.capacity() <= 128, "{}", lanes.lanes.capacity());
    assert!(lanes.ready.capacity() <= 128, "{}", lanes.ready.capacity());
}
