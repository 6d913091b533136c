//! The messages a campaign's texts must define, by what its file says.

/// The messages every campaign's texts define, in every language it ships.
pub const CAMPAIGN_MESSAGES: [&str; 10] = [
    "title",
    "intro",
    "all-done",
    "share",
    "group-intro",
    "description",
    "short-description",
    "deadline-inline-title",
    "deadline-inline-desc",
    "deadline-keywords",
];

/// The messages a campaign with a deadline defines besides: where the deadline stands, and
/// its reminders.
pub const DEADLINE_MESSAGES: [&str; 4] = ["deadline-before", "deadline-after", "reminder", "nothing-left"];

/// The message a campaign without a deadline defines besides: where things stand (it may use
/// `$date`, the `started` date, only when the campaign file gives one).
pub const EVERGREEN_MESSAGES: [&str; 1] = ["standing"];

/// The messages of a campaign's letter: required when one of its platforms is a form,
/// optional otherwise (a campaign has a letter when it defines `letter-body`).
pub const LETTER_MESSAGES: [&str; 5] =
    ["letter-intro", "letter-body", "letter-inline-title", "letter-inline-desc", "letter-keywords"];

/// The messages every platform defines, each named `<key>-<suffix>`.
pub const PLATFORM_MESSAGES: [&str; 9] =
    ["name", "button", "form-button", "help", "command", "inline-title", "inline-desc", "keywords", "steps"];

/// The messages a platform may define besides: its own tick label, and the label of its
/// second link button (required when it has a `help_url`).
pub const OPTIONAL_PLATFORM_MESSAGES: [&str; 2] = ["mark-done", "help-button"];
