//! The callback-data codec: what a button press means, in at most 64 bytes.

use crate::{campaign::Platform, lang::Lang};

/// What a screen is about; pressing a button to it shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    Start,
    Platform(Platform),
    Letter,
    Deadline,
    Remind,
    Language,
    Status,
    Share,
}

/// The meaning of a button press.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallbackData {
    Show(Topic),
    SetLang(Lang),
    /// Tick a platform off the checklist (`true`) or back on (`false`).
    Mark(Platform, bool),
}

/// Why callback data was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown callback data")]
pub struct BadCallback;

fn platform_code(p: Platform) -> &'static str {
    match p {
        Platform::Facebook => "fb",
        Platform::Instagram => "ig",
        Platform::Whatsapp => "wa",
    }
}

fn platform_from_code(code: &str) -> Option<Platform> {
    Platform::ALL.into_iter().find(|p| platform_code(*p) == code)
}

impl CallbackData {
    pub fn encode(&self) -> String {
        match self {
            CallbackData::Show(topic) => match topic {
                Topic::Start => "s".into(),
                Topic::Platform(p) => format!("p:{}", platform_code(*p)),
                Topic::Letter => "l".into(),
                Topic::Deadline => "d".into(),
                Topic::Remind => "r".into(),
                Topic::Language => "g".into(),
                Topic::Status => "st".into(),
                Topic::Share => "sh".into(),
            },
            CallbackData::SetLang(lang) => format!("L:{}", lang.code()),
            CallbackData::Mark(p, done) => format!("m:{}:{}", platform_code(*p), u8::from(*done)),
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
            ("l", None, None) => show(Topic::Letter),
            ("d", None, None) => show(Topic::Deadline),
            ("r", None, None) => show(Topic::Remind),
            ("g", None, None) => show(Topic::Language),
            ("st", None, None) => show(Topic::Status),
            ("sh", None, None) => show(Topic::Share),
            ("p", Some(p), None) => show(Topic::Platform(platform_from_code(p).ok_or(BadCallback)?)),
            ("L", Some(code), None) => {
                Lang::ALL.into_iter().find(|l| l.code() == code).map(CallbackData::SetLang).ok_or(BadCallback)
            }
            ("m", Some(p), Some(flag)) => {
                let p = platform_from_code(p).ok_or(BadCallback)?;
                match flag {
                    "1" => Ok(CallbackData::Mark(p, true)),
                    "0" => Ok(CallbackData::Mark(p, false)),
                    _ => Err(BadCallback),
                }
            }
            _ => Err(BadCallback),
        }
    }

    /// Every value there is, for tests.
    pub fn all() -> Vec<CallbackData> {
        let mut all: Vec<CallbackData> =
            [Topic::Start, Topic::Letter, Topic::Deadline, Topic::Remind, Topic::Language, Topic::Status, Topic::Share]
                .into_iter()
                .map(CallbackData::Show)
                .collect();
        for p in Platform::ALL {
            all.push(CallbackData::Show(Topic::Platform(p)));
            all.push(CallbackData::Mark(p, true));
            all.push(CallbackData::Mark(p, false));
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
        for data in CallbackData::all() {
            let encoded = data.encode();
            assert!(!encoded.is_empty() && encoded.len() <= crate::limits::CALLBACK_DATA, "{encoded}");
            assert_eq!(CallbackData::decode(&encoded), Ok(data));
        }
    }

    #[test]
    fn garbage_is_an_error() {
        for junk in ["", ":", "p", "p:", "p:xx", "L:zz", "m:fb:2", "m:fb", "s:1", "s:1:2:3", "💥", &"s".repeat(65)] {
            assert_eq!(CallbackData::decode(junk), Err(BadCallback), "{junk:?}");
        }
    }
}
