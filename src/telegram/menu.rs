//! How the bot looks before Start: localized command menus, description and short
//! description, for every translated language. Failures are logged, never fatal.

use teloxide::{
    payloads::{SetMyCommandsSetters, SetMyDescriptionSetters, SetMyShortDescriptionSetters},
    prelude::Requester,
    requests::HasPayload,
    types::{BotCommand, BotCommandScope},
    Bot,
};

use crate::brain::{Brain, ChatKind};

/// Sends the menus and descriptions. Idempotent: sending them twice changes nothing.
pub async fn register(bot: Bot, brain: Brain) {
    let mut failures = 0;
    let default = brain.i18n.default_lang();
    let mut targets: Vec<(Option<String>, crate::lang::Lang)> =
        brain.i18n.languages().into_iter().map(|l| (Some(l.code().to_owned()), l)).collect();
    // Clients whose language is not translated see the default language.
    targets.push((None, default));
    for (code, lang) in targets {
        for (kind, scope) in
            [(ChatKind::Private, BotCommandScope::AllPrivateChats), (ChatKind::Group, BotCommandScope::AllGroupChats)]
        {
            let commands: Vec<BotCommand> = brain
                .command_menu(lang, kind, chrono::Utc::now())
                .into_iter()
                .map(|(name, description)| BotCommand::new(name, description))
                .collect();
            let result = super::with_one_retry(|| {
                let mut request = bot.set_my_commands(commands.clone()).scope(scope.clone());
                request.payload_mut().language_code = code.clone();
                request
            })
            .await;
            failures += report("setMyCommands", &code, result.map(|_| ()));
        }
        let (description, short) = brain.profile(lang);
        let result = super::with_one_retry(|| {
            let mut request = bot.set_my_description().description(description.clone());
            request.payload_mut().language_code = code.clone();
            request
        })
        .await;
        failures += report("setMyDescription", &code, result.map(|_| ()));
        let result = super::with_one_retry(|| {
            let mut request = bot.set_my_short_description().short_description(short.clone());
            request.payload_mut().language_code = code.clone();
            request
        })
        .await;
        failures += report("setMyShortDescription", &code, result.map(|_| ()));
    }
    if failures == 0 {
        log::info!("command menus and descriptions are set");
    }
}

/// Logs a failed call; returns 1 if it failed, for counting.
fn report(method: &str, code: &Option<String>, result: Result<(), teloxide::RequestError>) -> u32 {
    match result {
        Ok(()) => 0,
        Err(e) => {
            log::warn!("{method} ({}): {}", code.as_deref().unwrap_or("default"), super::courier::describe(&e));
            1
        }
    }
}
