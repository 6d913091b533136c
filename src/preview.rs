//! Every message of a language rendered with sample values: what `preview` prints for a
//! reviewer, and what `check` and the tests hold against Telegram's limits.

use std::time::Duration;

use crate::{
    brain::{check_message, Brain, ChatKind, Message},
    campaign::Campaign,
    html,
    i18n::{Arg, I18n},
    lang::Lang,
    limits,
};

/// Sample values for the variables message `id` of `texts` uses (the bot's words, or a
/// campaign's texts), with dates and names from `campaign`.
pub fn sample_args(
    brain: &Brain,
    campaign: &Campaign,
    texts: &I18n,
    lang: Lang,
    id: &str,
    count: i64,
) -> Vec<(&'static str, Arg)> {
    let i18n = &brain.i18n;
    let now = campaign.deadline.map(|d| d.to_utc()).unwrap_or_else(chrono::Utc::now);
    let Some((_, vars)) = texts.reference_messages().iter().find(|(k, _)| k == id) else {
        return Vec::new();
    };
    let name = |i: usize| campaign.platforms.get(i).map(|p| campaign.platform_tr(lang, &p.key, "name"));
    let mut args = Vec::new();
    for var in vars {
        let (var, value): (&'static str, Arg) = match var.as_str() {
            "date" => match campaign.deadline {
                Some(_) => ("date", brain.deadline_label(lang, campaign).into()),
                None => ("date", brain.day_label(lang, campaign.started.unwrap_or(campaign.checked)).into()),
            },
            "when" => ("when", i18n.datetime(lang, campaign.deadline.unwrap_or_else(|| now.fixed_offset())).into()),
            "left" => ("left", i18n.time_left(lang, Duration::from_secs(3 * 86_400)).into()),
            "after" => ("after", i18n.time_left(lang, campaign.follow.recheck).into()),
            "authority" => ("authority", "Data Protection Commission".into()),
            "place" => ("place", i18n.tr(lang, "country-ie", &[]).into()),
            "platform" => ("platform", name(0).unwrap_or_default().into()),
            "platforms" => {
                ("platforms", (0..campaign.platforms.len()).filter_map(name).collect::<Vec<_>>().join(", ").into())
            }
            "count" => ("count", Arg::Num(count)),
            "day" => ("day", Arg::Num(27)),
            "year" => ("year", Arg::Num(2025)),
            "month" => ("month", i18n.tr(lang, "month-5", &[]).into()),
            "time" => ("time", "00:00".into()),
            "zone" => ("zone", "UTC+02:00".into()),
            "bot" => ("bot", "objection_bot".into()),
            "link" => ("link", "https://t.me/objection_bot".into()),
            "reminders" => ("reminders", format!("{}\n", i18n.tr(lang, "help-reminders", &[])).into()),
            "commands" => {
                let keys: Vec<String> = brain.campaigns.platforms().map(|(_, p)| format!("/{}", p.key)).collect();
                ("commands", keys.join(" ").into())
            }
            "campaigns" => ("campaigns", brain.deadline_status(lang, campaign, now).into()),
            "platforms-help" => continue,
            _ => continue,
        };
        args.push((var, value));
    }
    args
}

/// Every message of `lang` with sample values: (id, text), or the Fluent error. The bot's
/// own words first, then each campaign's texts as `<campaign id>/<message id>` (only those
/// the bot shows: texts left from a removed platform are not).
pub fn render_messages(brain: &Brain, lang: Lang) -> Vec<(String, Result<String, String>)> {
    let first = brain.campaigns.first();
    let mut out: Vec<(String, Result<String, String>)> = brain
        .i18n
        .reference_messages()
        .iter()
        .map(|(id, _)| {
            let args = sample_args(brain, first, &brain.i18n, lang, id, 3);
            (id.clone(), brain.i18n.try_tr(lang, id, &args))
        })
        .collect();
    for c in brain.campaigns.iter() {
        let lang = c.texts.resolve(lang);
        for (id, _) in c.texts.reference_messages().iter().filter(|(id, _)| c.uses_message(id)) {
            let args = sample_args(brain, c, &c.texts, lang, id, 3);
            out.push((format!("{}/{id}", c.id), c.texts.try_tr(lang, id, &args)));
        }
    }
    out
}

/// The screens the bot sends, composed as users see them, for limit checks.
pub fn screens(brain: &Brain, lang: Lang, now: chrono::DateTime<chrono::Utc>) -> Vec<(String, Message)> {
    let mut out = vec![
        ("start".to_string(), brain.start(lang, now, &Default::default())),
        ("letter".to_string(), brain.letter_screen(lang, None)),
        ("deadline".to_string(), brain.deadline(lang, now, true)),
        ("language".to_string(), brain.language_menu(lang)),
        ("share".to_string(), brain.share(lang)),
        ("group-intro".to_string(), brain.group_intro(lang, now, &Default::default())),
        ("help".to_string(), brain.help(lang, now, &Default::default())),
    ];
    for c in brain.campaigns.iter() {
        let all: Vec<String> = c.platforms.iter().map(|p| p.key.clone()).collect();
        if c.deadline.is_some() {
            out.push((format!("{} reminder", c.id), brain.reminder(c, lang, &all, now)));
        }
        if c.has_letter() {
            out.push((format!("{} letter", c.id), brain.letter(lang, c, true)));
        }
        for key in &all {
            out.push((key.clone(), brain.platform(lang, key, Some((&Default::default(), ChatKind::Private)))));
            out.push((format!("{key} (card)"), brain.platform(lang, key, None)));
        }
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
        check_message(&message, &format!("the {name} screen"), &mut found);
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

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::brain::tests::{before, brain};

    #[tokio::test]
    async fn every_language_passes_the_telegram_limit_checks() {
        let b = brain().await;
        for lang in b.i18n.languages() {
            for now in [before(&b, Duration::days(2)), before(&b, Duration::days(-2))] {
                let problems = super::problems(&b, lang, now);
                assert!(problems.is_empty(), "{}", problems.join("\n"));
            }
        }
    }
}
