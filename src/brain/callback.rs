//! The callback-data codec: what a button press means, in at most 64 bytes. Platforms are
//! named by their key and letters by their campaign's id; whether that key or id is still
//! loaded is the brain's question, not the codec's.

use crate::{
    campaign::{valid_id, valid_key, Campaigns},
    lang::Lang,
};

/// What a screen is about; pressing a button to it shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Topic {
    Start,
    /// A platform's steps, by key.
    Platform(String),
    /// A campaign's letter, by id; `None` lets the person pick when several are loaded.
    Letter(Option<String>),
    Deadline,
    Remind,
    Language,
    Status,
    Share,
}

/// The meaning of a button press.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallbackData {
    Show(Topic),
    SetLang(Lang),
    /// Tick a platform off the checklist (`true`) or back on (`false`).
    Mark(String, bool),
    /// Turn reminders off, as /stop does.
    Unsubscribe,
    /// An answer to a follow-up about the objection sent on a platform (by key).
    FollowUp(String, Answer),
    /// Where to complain: `None` lists every country; `Some` a country's ISO code (Germany
    /// then lists its Länder) or a Land's ISO 3166-2 code (`DE-BY`).
    Complain(Option<String>),
    /// Remind me to check that a platform's setting is still off.
    Recheck(String),
    /// News of new opt-outs on (`true`) or off.
    News(bool),
}

/// What a person answers to "did the company confirm your objection?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Confirmed,
    /// Not yet: ask me once more later.
    Later,
    NoAnswer,
}

impl Answer {
    const CODES: [(Answer, &'static str); 3] =
        [(Answer::Confirmed, "c"), (Answer::Later, "l"), (Answer::NoAnswer, "n")];

    fn code(self) -> &'static str {
        Answer::CODES.iter().find(|(a, _)| *a == self).map_or("c", |(_, c)| c)
    }

    fn from_code(code: &str) -> Result<Answer, BadCallback> {
        Answer::CODES.iter().find(|(_, c)| *c == code).map(|(a, _)| *a).ok_or(BadCallback)
    }
}

/// Whether `code` is a country's ISO 3166-1 code (`AT`) or a subdivision's (`DE-BY`): what a
/// complaint button may name (whether the authorities know it is the brain's question).
fn place(code: &str) -> Result<String, BadCallback> {
    let (country, region) = code.split_once('-').map_or((code, None), |(c, r)| (c, Some(r)));
    let upper = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if upper(country, 2..=2) && region.is_none_or(|r| upper(r, 1..=3)) {
        Ok(code.to_owned())
    } else {
        Err(BadCallback)
    }
}

/// Why callback data was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown callback data")]
pub struct BadCallback;

fn key(text: &str) -> Result<String, BadCallback> {
    if valid_key(text) {
        Ok(text.to_owned())
    } else {
        Err(BadCallback)
    }
}

impl CallbackData {
    pub fn encode(&self) -> String {
        match self {
            CallbackData::Show(topic) => match topic {
                Topic::Start => "s".into(),
                Topic::Platform(key) => format!("p:{key}"),
                Topic::Letter(None) => "l".into(),
                Topic::Letter(Some(id)) => format!("l:{id}"),
                Topic::Deadline => "d".into(),
                Topic::Remind => "r".into(),
                Topic::Language => "g".into(),
                Topic::Status => "st".into(),
                Topic::Share => "sh".into(),
            },
            CallbackData::SetLang(lang) => format!("L:{}", lang.code()),
            CallbackData::Mark(key, done) => format!("m:{key}:{}", u8::from(*done)),
            CallbackData::Unsubscribe => "u".into(),
            CallbackData::FollowUp(key, answer) => format!("f:{key}:{}", answer.code()),
            CallbackData::Complain(None) => "c".into(),
            CallbackData::Complain(Some(code)) => format!("c:{code}"),
            CallbackData::Recheck(key) => format!("rc:{key}"),
            CallbackData::News(on) => format!("n:{}", u8::from(*on)),
        }
    }

    pub fn decode(data: &str) -> Result<CallbackData, BadCallback> {
        if data.len() > crate::limits::CALLBACK_DATA {
            return Err(BadCallback);
        }
        let mut parts = data.split(':');
        let head = parts.next().ok_or(BadCallback)?;
        let a = parts.next();
        let b = parts.next();
        if parts.next().is_some() {
            return Err(BadCallback);
        }
        let show = |t| Ok(CallbackData::Show(t));
        match (head, a, b) {
            ("s", None, None) => show(Topic::Start),
            ("l", None, None) => show(Topic::Letter(None)),
            ("l", Some(id), None) if valid_id(id) => show(Topic::Letter(Some(id.to_owned()))),
            ("d", None, None) => show(Topic::Deadline),
            ("r", None, None) => show(Topic::Remind),
            ("g", None, None) => show(Topic::Language),
            ("st", None, None) => show(Topic::Status),
            ("sh", None, None) => show(Topic::Share),
            ("u", None, None) => Ok(CallbackData::Unsubscribe),
            ("p", Some(p), None) => show(Topic::Platform(key(p)?)),
            ("L", Some(code), None) => {
                Lang::ALL.into_iter().find(|l| l.code() == code).map(CallbackData::SetLang).ok_or(BadCallback)
            }
            ("f", Some(p), Some(answer)) => Ok(CallbackData::FollowUp(key(p)?, Answer::from_code(answer)?)),
            ("c", None, None) => Ok(CallbackData::Complain(None)),
            ("c", Some(code), None) => Ok(CallbackData::Complain(Some(place(code)?))),
            ("rc", Some(p), None) => Ok(CallbackData::Recheck(key(p)?)),
            ("n", Some("1"), None) => Ok(CallbackData::News(true)),
            ("n", Some("0"), None) => Ok(CallbackData::News(false)),
            ("m", Some(p), Some(flag)) => {
                let p = key(p)?;
                match flag {
                    "1" => Ok(CallbackData::Mark(p, true)),
                    "0" => Ok(CallbackData::Mark(p, false)),
                    _ => Err(BadCallback),
                }
            }
            _ => Err(BadCallback),
        }
    }

    /// Every value there is for these campaigns, for tests.
    pub fn all(campaigns: &Campaigns) -> Vec<CallbackData> {
        let mut all: Vec<CallbackData> = [
            Topic::Start,
            Topic::Letter(None),
            Topic::Deadline,
            Topic::Remind,
            Topic::Language,
            Topic::Status,
            Topic::Share,
        ]
        .into_iter()
        .map(CallbackData::Show)
        .chain([
            CallbackData::Unsubscribe,
            CallbackData::Complain(None),
            CallbackData::Complain(Some("AT".into())),
            CallbackData::Complain(Some("DE-BY".into())),
            CallbackData::News(true),
            CallbackData::News(false),
        ])
        .collect();
        for c in campaigns.iter() {
            all.push(CallbackData::Show(Topic::Letter(Some(c.id.clone()))));
        }
        for (_, p) in campaigns.platforms() {
            all.push(CallbackData::Show(Topic::Platform(p.key.clone())));
            all.push(CallbackData::Mark(p.key.clone(), true));
            all.push(CallbackData::Mark(p.key.clone(), false));
            all.push(CallbackData::Recheck(p.key.clone()));
            for (answer, _) in Answer::CODES {
                all.push(CallbackData::FollowUp(p.key.clone(), answer));
            }
        }
        all.extend(Lang::ALL.into_iter().map(CallbackData::SetLang));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_round_trips_within_64_bytes() {
        let campaigns = Campaigns::load(None).unwrap();
        for data in CallbackData::all(&campaigns) {
            let encoded = data.encode();
            assert!(!encoded.is_empty() && encoded.len() <= crate::limits::CALLBACK_DATA, "{encoded}");
            assert_eq!(CallbackData::decode(&encoded), Ok(data));
        }
        // The longest key and id there can be still fit.
        let longest = CallbackData::Mark("k".repeat(32), true);
        assert_eq!(CallbackData::decode(&longest.encode()), Ok(longest));
        let letter = CallbackData::Show(Topic::Letter(Some("c".repeat(32))));
        assert_eq!(CallbackData::decode(&letter.encode()), Ok(letter));
    }

    #[test]
    fn garbage_is_an_error() {
        for junk in [
            "",
            ":",
            "p",
            "p:",
            "p:X",
            "p:1a",
            "L:zz",
            "m:fb:2",
            "m:fb",
            "s:1",
            "s:1:2:3",
            "u:1",
            "l:",
            "l:A B",
            "f:fb:x",
            "f:fb",
            "c:at",
            "c:AUT",
            "c:DE-",
            "c:DE-BYXX",
            "rc:",
            "n:2",
            "n",
            "💥",
            &"s".repeat(65),
        ] {
            assert_eq!(CallbackData::decode(junk), Err(BadCallback), "{junk:?}");
        }
    }
}
