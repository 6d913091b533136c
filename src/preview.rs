//! Every message of a language rendered with sample values: what `preview` prints for a
//! reviewer, and what `check` and the tests hold against Telegram's limits.

use std::time::Duration;

use crate::{
    brain::{Brain, ChatKind, Message},
    campaign::Platform,
    html,
    i18n::{self, Arg},
    lang::Lang,
};

/// Sample values for the variables a message uses.
pub fn sample_args(brain: &Brain, lang: Lang, id: &str, count: i64) -> Vec<(&'static str, Arg)> {
    let i18n = &brain.i18n;
    let deadline = brain.campaign.deadline;
    let reference = reference_vars();
    let Some(vars) = reference.iter().find(|(k, _)| k == id).map(|(_, v)| v.clone()) else {
        return Vec::new();
    };
    let mut args = Vec::new();
    for var in vars {
        let value: Arg = match var.as_str() {
            "date" | "when" => i18n.datetime(lang, deadline).into(),
            "left" => i18n.time_left(lang, Duration::from_secs(3 * 86_400)).into(),
            "platform" => i18n.tr(lang, "name-facebook", &[]).into(),
            "platforms" => {
                format!("{}, {}", i18n.tr(lang, "name-instagram", &[]), i18n.tr(lang, "name-whatsapp", &[])).into()
            }
            "count" | "day" => Arg::Num(count),
            "year" => Arg::Num(2025),
            "month" => i18n.tr(lang, "month-5", &[]).into(),
            "time" => "00:00".into(),
            "zone" => "UTC+02:00".into(),
            "bot" => "objection_bot".into(),
            "link" => "https://t.me/objection_bot".into(),
            "deadline" => i18n.tr(lang, "deadline-after", &[("date", i18n.datetime(lang, deadline).into())]).into(),
            _ => "…".into(),
        };
        let name: &'static str = match var.as_str() {
            "date" => "date",
            "when" => "when",
            "left" => "left",
            "platform" => "platform",
            "platforms" => "platforms",
            "count" => "count",
            "day" => "day",
            "year" => "year",
            "month" => "month",
            "time" => "time",
            "zone" => "zone",
            "bot" => "bot",
            "link" => "link",
            "deadline" => "deadline",
            _ => continue,
        };
        args.push((name, value));
    }
    args
}

fn reference_vars() -> Vec<(String, Vec<String>)> {
    let (sources, _) = i18n::embedded_sources();
    let text: String = sources
        .iter()
        .filter(|s| s.lang == i18n::REFERENCE)
        .flat_map(|s| s.files.iter().map(|(_, t)| t.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    i18n::message_variables(&text).into_iter().map(|(k, v)| (k, v.into_iter().collect())).collect()
}

/// Every message id of the reference locale, in file order.
pub fn message_ids() -> Vec<String> {
    let (sources, _) = i18n::embedded_sources();
    let mut ids = Vec::new();
    for s in sources.iter().filter(|s| s.lang == i18n::REFERENCE) {
        for (_, text) in &s.files {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        ids.push(id.to_owned());
                    }
                }
            }
        }
    }
    ids
}

/// Every message of `lang` with sample values: (id, text), or the Fluent error.
pub fn render_messages(brain: &Brain, lang: Lang) -> Vec<(String, Result<String, String>)> {
    message_ids()
        .into_iter()
        .map(|id| {
            let args = sample_args(brain, lang, &id, 3);
            let text = brain.i18n.try_tr(lang, &id, &args);
            (id, text)
        })
        .collect()
}

/// The screens the bot sends, composed as users see them, for limit checks.
pub fn screens(brain: &Brain, lang: Lang, now: chrono::DateTime<chrono::Utc>) -> Vec<(String, Message)> {
    let mut out = vec![
        ("start".to_string(), brain.start(lang, now)),
        ("letter".to_string(), brain.letter(lang, true)),
        ("deadline".to_string(), brain.deadline(lang, now, true)),
        ("language".to_string(), brain.language_menu(lang)),
        ("share".to_string(), brain.share(lang)),
        ("group-intro".to_string(), brain.group_intro(lang)),
        ("reminder".to_string(), brain.reminder(lang, &Platform::ALL, now)),
    ];
    for p in Platform::ALL {
        out.push((p.key().to_string(), brain.platform(lang, p, Some(&Default::default()))));
        out.push((format!("{} (card)", p.key()), brain.platform(lang, p, None)));
    }
    out
}

/// Problems with a language's texts against Telegram's limits, one line each.
pub fn problems(brain: &Brain, lang: Lang, now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, text) in render_messages(brain, lang) {
        match text {
            Err(e) => problems.push(format!("{lang}: {e}")),
            Ok(text) if id.starts_with("cmd-") => {
                let len = html::to_plain(&text).chars().count();
                if !(1..=256).contains(&len) {
                    problems.push(format!("{lang}: `{id}` is {len} characters; a command description takes 1 to 256"));
                }
            }
            Ok(text) => {
                if let Err(e) = html::validate(&text) {
                    problems.push(format!("{lang}: `{id}`: {e}"));
                }
            }
        }
    }
    for count in 0..=40 {
        for id in ["left-days", "left-hours", "left-minutes"] {
            if let Err(e) = brain.i18n.try_tr(lang, id, &[("count", Arg::Num(count))]) {
                problems.push(format!("{lang}: {e}"));
            }
        }
    }
    for (name, message) in screens(brain, lang, now) {
        if let Err(e) = html::validate(&message.html) {
            problems.push(format!("{lang}: the {name} screen: {e}"));
        }
        for button in message.keyboard.iter().flatten() {
            let label = match button {
                crate::brain::Button::Callback { label, data } => {
                    if data.encode().len() > crate::brain::callback::MAX_CALLBACK_BYTES {
                        problems.push(format!("{lang}: callback data over 64 bytes"));
                    }
                    label
                }
                crate::brain::Button::Url { label, .. } | crate::brain::Button::Share { label, .. } => label,
            };
            if label.trim().is_empty() || label.chars().count() > 64 {
                problems.push(format!(
                    "{lang}: the {name} screen has a button label of {} characters",
                    label.chars().count()
                ));
            }
        }
    }
    let (description, short) = brain.profile(lang);
    if !(1..=512).contains(&description.chars().count()) {
        problems.push(format!("{lang}: bot-description is {} characters; at most 512", description.chars().count()));
    }
    if !(1..=120).contains(&short.chars().count()) {
        problems.push(format!("{lang}: bot-short-description is {} characters; at most 120", short.chars().count()));
    }
    for kind in [ChatKind::Private, ChatKind::Group] {
        if brain.command_menu(lang, kind).len() > 100 {
            problems.push(format!("{lang}: more than 100 commands"));
        }
    }
    problems
}
