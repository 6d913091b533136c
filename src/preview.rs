//! Every message of a language rendered with sample values: what `preview` prints for a
//! reviewer, and what `check` and the tests hold against Telegram's limits.

use std::time::Duration;

use crate::{
    brain::{Brain, ChatKind, Message},
    campaign::Platform,
    html,
    i18n::Arg,
    lang::Lang,
    limits,
};

/// Sample values for the variables a message uses.
pub fn sample_args(brain: &Brain, lang: Lang, id: &str, count: i64) -> Vec<(&'static str, Arg)> {
    let i18n = &brain.i18n;
    let deadline = brain.campaign.deadline;
    let Some((_, vars)) = i18n.reference_messages().iter().find(|(k, _)| k == id) else {
        return Vec::new();
    };
    let mut args = Vec::new();
    for var in vars {
        let (name, value): (&'static str, Arg) = match var.as_str() {
            "date" => ("date", brain.deadline_label(lang).into()),
            "when" => ("when", i18n.datetime(lang, deadline).into()),
            "left" => ("left", i18n.time_left(lang, Duration::from_secs(3 * 86_400)).into()),
            "platform" => ("platform", i18n.tr(lang, "name-facebook", &[]).into()),
            "platforms" => (
                "platforms",
                format!("{}, {}", i18n.tr(lang, "name-instagram", &[]), i18n.tr(lang, "name-whatsapp", &[])).into(),
            ),
            "count" => ("count", Arg::Num(count)),
            "day" => ("day", Arg::Num(27)),
            "year" => ("year", Arg::Num(2025)),
            "month" => ("month", i18n.tr(lang, "month-5", &[]).into()),
            "time" => ("time", "00:00".into()),
            "zone" => ("zone", "UTC+02:00".into()),
            "bot" => ("bot", "objection_bot".into()),
            "link" => ("link", "https://t.me/objection_bot".into()),
            "remind" => ("remind", i18n.tr(lang, "help-remind", &[]).into()),
            "deadline" => {
                ("deadline", i18n.tr(lang, "deadline-after", &[("date", brain.deadline_label(lang).into())]).into())
            }
            _ => continue,
        };
        args.push((name, value));
    }
    args
}

/// Every message of `lang` with sample values: (id, text), or the Fluent error.
pub fn render_messages(brain: &Brain, lang: Lang) -> Vec<(String, Result<String, String>)> {
    brain
        .i18n
        .reference_messages()
        .iter()
        .map(|(id, _)| {
            let args = sample_args(brain, lang, id, 3);
            (id.clone(), brain.i18n.try_tr(lang, id, &args))
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
        ("group-intro".to_string(), brain.group_intro(lang, now)),
        ("help".to_string(), brain.help(lang, now)),
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
                if !(1..=limits::COMMAND_DESCRIPTION).contains(&len) {
                    problems.push(format!(
                        "{lang}: `{id}` is {len} characters; a command description takes 1 to {}",
                        limits::COMMAND_DESCRIPTION
                    ));
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
        let mut found = Vec::new();
        limits::check_message(&message, &format!("the {name} screen"), &mut found);
        problems.extend(found.into_iter().map(|p| format!("{lang}: {p}")));
    }
    let (description, short) = brain.profile(lang);
    for (what, text, max) in [
        ("bot-description", &description, limits::DESCRIPTION),
        ("bot-short-description", &short, limits::SHORT_DESCRIPTION),
    ] {
        if !(1..=max).contains(&text.chars().count()) {
            problems.push(format!("{lang}: {what} is {} characters; at most {max}", text.chars().count()));
        }
    }
    for kind in [ChatKind::Private, ChatKind::Group] {
        if brain.command_menu(lang, kind, chrono::Utc::now()).len() > limits::COMMANDS {
            problems.push(format!("{lang}: more than {} commands", limits::COMMANDS));
        }
    }
    problems
}
