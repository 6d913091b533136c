//! The checks that keep every locale in step with the French reference: the same messages
//! and variables, every plural category the language uses, no prose left in English.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};

use super::{LocaleSource, REFERENCE};
use crate::lang::Lang;

pub(super) fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Calls `visit` with the id and value of every message in a locale's text, in file order.
/// Text that does not parse yields the messages that do.
fn for_each_message(text: &str, mut visit: impl FnMut(&str, &ast::Pattern<&str>)) {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in resource.entries() {
        if let ast::Entry::Message(ast::Message { id, value: Some(value), .. }) = entry {
            visit(id.name, value);
        }
    }
}

/// Where a variable stands in a pattern flattened by [`flatten`]; a bot-supplied value.
const VARIABLE: char = '\u{1}';
/// Where anything else stands (another message, a term, a function, a select).
const UNKNOWN: char = '\u{2}';

/// A pattern's text with literals written out and every other placeable marked (a select's
/// variants are looked at on their own).
fn flatten(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value })
                | ast::Expression::Inline(ast::InlineExpression::NumberLiteral { value }) => out.push_str(value),
                ast::Expression::Inline(ast::InlineExpression::VariableReference { .. }) => out.push(VARIABLE),
                ast::Expression::Select { .. } | ast::Expression::Inline(_) => out.push(UNKNOWN),
            },
        }
    }
    out
}

/// Every link target in a locale file that goes anywhere but `https:` or Telegram's `tg:`,
/// one line each naming the file, the line and the message. A target that starts with a
/// variable is the bot's own value and is checked where screens are composed.
pub fn link_problems(name: &str, text: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut problems = Vec::new();
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut patterns: Vec<&ast::Pattern<&str>> =
            value.into_iter().chain(attributes.iter().map(|a| &a.value)).collect();
        while let Some(pattern) = patterns.pop() {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } = element
                {
                    patterns.extend(variants.iter().map(|v| &v.value));
                }
            }
            for target in link_targets(&flatten(pattern)) {
                if target.starts_with(VARIABLE) {
                    continue;
                }
                let written = target.replace(VARIABLE, "x");
                if let Err(e) = crate::html::check_link(&written) {
                    let line = text
                        .lines()
                        .position(|l| {
                            l.strip_prefix(id.as_str()).is_some_and(|rest| rest.trim_start().starts_with('='))
                        })
                        .map_or(String::new(), |n| format!(" line {}:", n + 1));
                    problems.push(format!("{name}:{line} message `{id}`: {e}"));
                }
            }
        }
    }
    problems
}

/// The raw `href` values of the `<a>` tags in a flattened pattern.
fn link_targets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..end];
        let Some((name, attrs)) = tag.split_once(char::is_whitespace) else { continue };
        if !name.eq_ignore_ascii_case("a") {
            continue;
        }
        let attrs = attrs.trim();
        if attrs.get(..6).is_some_and(|a| a.eq_ignore_ascii_case("href=\"")) {
            out.extend(attrs[6..].split('"').next());
        }
    }
    out
}

/// A locale's messages in file order, with their variables.
pub(super) fn messages_in_order(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for_each_message(text, |id, pattern| {
        let mut vars = BTreeSet::new();
        pattern_vars(pattern, &mut vars);
        out.push((id.to_owned(), vars));
    });
    out
}

/// What a locale defines: each message's id and the variables it uses.
pub fn message_variables(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_in_order(text).into_iter().collect()
}

/// Each message's source text, to compare translations with English.
fn message_texts(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let starts_message = line.split_once(" =").filter(|(id, _)| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !line.starts_with(' ')
        });
        if let Some((id, rest)) = starts_message {
            out.extend(current.take());
            current = Some((id.to_owned(), rest.trim().to_owned()));
        } else if line.starts_with('#') {
            out.extend(current.take());
        } else if let Some((_, body)) = current.as_mut() {
            body.push('\n');
            body.push_str(line.trim());
        }
    }
    out.extend(current);
    out
}

/// How many words of prose a message has, not counting markup and placeables.
fn prose_words(text: &str) -> usize {
    let mut plain = String::new();
    let mut depth = 0usize;
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '<' if depth == 0 => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if depth == 0 && !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).count()
}

/// The variant keys of each select on `$count`, per message.
fn count_selectors(text: &str) -> BTreeMap<String, Vec<BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    for_each_message(text, |id, pattern| {
        let selects: Vec<BTreeSet<String>> = pattern
            .elements
            .iter()
            .filter_map(|el| match el {
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id }, variants },
                } if id.name == "count" => Some(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                ),
                _ => None,
            })
            .collect();
        if !selects.is_empty() {
            out.insert(id.to_owned(), selects);
        }
    });
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

/// The plural categories a language uses for whole numbers from 0 to 1000.
pub fn integer_plural_categories(lang: Lang) -> BTreeSet<String> {
    let Ok(langid) = lang.code().parse::<unic_langid::LanguageIdentifier>() else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    (0..=1000u32).filter_map(|n| rules.select(n).ok()).map(|c| format!("{c:?}").to_ascii_lowercase()).collect()
}

/// Every problem with the bot's locales, one line each: parse errors, messages missing or
/// extra against the French reference, variables that differ, plural categories not covered,
/// links to anywhere but `https:` and Telegram's `tg:`.
pub fn check_sources(sources: &[LocaleSource]) -> Vec<String> {
    check_sources_against(sources, REFERENCE, "locales")
}

/// The same checks against another reference language; `folder` names the locales folder
/// in problems (a campaign's texts are checked against its default language).
pub fn check_sources_against(sources: &[LocaleSource], reference: Lang, folder: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let joined = |s: &LocaleSource| s.joined();
    let Some(reference) = sources.iter().find(|s| s.lang == reference) else {
        return vec![format!("{folder}/{reference}: the reference locale is missing")];
    };
    let reference_vars = message_variables(&joined(reference));
    let english = sources.iter().find(|s| s.lang == Lang::En).map(|s| message_texts(&joined(s))).unwrap_or_default();
    for source in sources {
        for (name, text) in &source.files {
            if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
                for e in errors {
                    problems.push(format!("{name}: line {}: {}", line_of(text, e.pos.start), e.kind));
                }
            }
            problems.extend(link_problems(name, text));
        }
        let text = joined(source);
        let vars = message_variables(&text);
        let place = format!("{folder}/{}", source.lang);
        for (id, expected) in &reference_vars {
            match vars.get(id) {
                None => problems.push(format!("{place}: message `{id}` is missing")),
                Some(found) if found != expected => problems
                    .push(format!("{place}: message `{id}` uses variables {found:?}, the reference uses {expected:?}")),
                Some(_) => {}
            }
        }
        for id in vars.keys().filter(|id| !reference_vars.contains_key(*id)) {
            problems.push(format!("{place}: message `{id}` is not in the reference locale"));
        }
        if source.lang != Lang::En {
            for (id, text) in message_texts(&text) {
                // Names and search keywords may rightly match English; prose may not.
                let names = ["-name", "-button", "-keywords"].iter().any(|end| id.ends_with(end));
                if !names && english.get(&id) == Some(&text) && prose_words(&text) >= 3 {
                    problems.push(format!("{place}: message `{id}` is still the English text"));
                }
            }
        }
        let needed = integer_plural_categories(source.lang);
        for (id, selects) in count_selectors(&text) {
            for keys in selects {
                let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(*c)).collect();
                if !missing.is_empty() {
                    problems.push(format!("{place}: message `{id}` has no plural variant for {missing:?}"));
                }
            }
        }
    }
    problems
}
