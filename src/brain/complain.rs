//! Where to complain when a company does not answer: the countries where the chat's language
//! is official, then every EU/EEA country, Germany's Länder, and the chosen authority's page
//! with how a complaint travels and what to keep. The choice is not stored.

use super::{Brain, Button, CallbackData, Message};
use crate::{
    authorities::{flag, Authority},
    html,
    lang::Lang,
};

/// Buttons two to a row: country names are long.
fn rows_of_two(buttons: Vec<Button>) -> Vec<Vec<Button>> {
    buttons.chunks(2).map(|row| row.to_vec()).collect()
}

impl Brain {
    /// "Where to complain": a button for each country where the language is official, and
    /// one for every other country.
    pub(super) fn complain_where(&self, lang: Lang) -> Message {
        let buttons = self.authorities.countries_for(lang).into_iter().map(|a| self.country_button(lang, a)).collect();
        let mut keyboard = rows_of_two(buttons);
        let other =
            Button::Callback { label: self.label(lang, "btn-other-country"), data: CallbackData::Complain(None) };
        keyboard.push(vec![other]);
        Message { html: self.label(lang, "complain-where"), keyboard }
    }

    /// A complaint button pressed: every country (`None`), Germany's Länder (`DE`), or the
    /// authority of a country or Land.
    pub(super) fn complain(&self, lang: Lang, place: Option<&str>) -> Message {
        match place {
            None => {
                let buttons = self.authorities.countries().into_iter().map(|a| self.country_button(lang, a)).collect();
                Message { html: self.label(lang, "complain-country"), keyboard: rows_of_two(buttons) }
            }
            Some("DE") => {
                let buttons = self
                    .authorities
                    .lands()
                    .into_iter()
                    .filter_map(|a| {
                        let label = a.land.clone()?;
                        Some(Button::Callback { label, data: CallbackData::Complain(a.region.clone()) })
                    })
                    .collect();
                Message { html: self.label(lang, "complain-land"), keyboard: rows_of_two(buttons) }
            }
            Some(code) => {
                let found =
                    if code.contains('-') { self.authorities.land(code) } else { self.authorities.national(code) };
                match found {
                    Some(a) => self.authority(lang, a),
                    None => Message { html: self.label(lang, "stale-button"), keyboard: Vec::new() },
                }
            }
        }
    }

    fn country_button(&self, lang: Lang, a: &Authority) -> Button {
        let label = format!("{} {}", flag(&a.country), self.label(lang, &a.country_message()));
        Button::Callback { label, data: CallbackData::Complain(Some(a.country.clone())) }
    }

    /// The authority's page as a link button, with how a complaint travels and what to keep;
    /// where its complaint page was not confirmed, the text says the link is its home page.
    fn authority(&self, lang: Lang, a: &Authority) -> Message {
        let country = self.label(lang, &a.country_message());
        let place = match &a.land {
            Some(land) => format!("{country}, {land}"),
            None => country,
        };
        let args = [("authority", html::escape(&a.name).into()), ("place", html::escape(&place).into())];
        let mut html = self.i18n.tr(lang, "complain-authority", &args);
        if !a.confirmed_page {
            html.push_str("\n\n");
            html.push_str(&self.label(lang, "complain-home-only"));
        }
        let open = Button::Url { label: self.label(lang, "btn-authority"), url: a.complaint_url.clone() };
        Message { html, keyboard: vec![vec![open]] }
    }
}
