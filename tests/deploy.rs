//! The deploy recipes agree with the program: the Dockerfile (which CI cannot build) and the
//! systemd unit name the binary Cargo.toml builds, expose the port they listen on, and check
//! health where the bot answers it; the builder and the runtime share a Debian release, and
//! `.dockerignore` keeps secrets and build output out; the unit passes `systemd-analyze
//! verify` where it exists, and does not restart on a configuration error.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[[bin]]` name in Cargo.toml.
fn binary_name() -> String {
    let manifest: toml::Value = toml::from_str(&read("Cargo.toml")).unwrap();
    let bins = manifest["bin"].as_array().expect("a [[bin]] section");
    assert_eq!(bins.len(), 1, "one binary");
    bins[0]["name"].as_str().expect("a binary name").to_owned()
}

/// The Dockerfile's instructions as (INSTRUCTION, arguments), continuation lines joined.
fn dockerfile() -> Vec<(String, String)> {
    let text = read("deploy/Dockerfile");
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        match line.strip_suffix('\\') {
            Some(part) => current.push_str(part),
            None => {
                current.push_str(line);
                let joined = std::mem::take(&mut current);
                if let Some((instruction, args)) = joined.trim().split_once(char::is_whitespace) {
                    out.push((instruction.to_uppercase(), args.trim().to_owned()));
                }
            }
        }
    }
    out
}

fn instruction<'a>(lines: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    lines.iter().filter(|(i, _)| i == name).map(|(_, a)| a.as_str()).collect()
}

/// `KEY=value` pairs of the Dockerfile's ENV lines.
fn docker_env(lines: &[(String, String)]) -> Vec<(String, String)> {
    instruction(lines, "ENV")
        .iter()
        .flat_map(|args| args.split_whitespace())
        .filter_map(|pair| pair.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect()
}

/// The values of a key in the systemd unit.
fn unit_values(key: &str) -> Vec<String> {
    read("deploy/objection-bot.service")
        .lines()
        .filter_map(|l| l.trim().strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_dockerfile_builds_and_runs_the_binary_cargo_builds() {
    let name = binary_name();
    let lines = dockerfile();
    let froms = instruction(&lines, "FROM");
    assert!(froms[0].starts_with("rust:1.95") && froms[0].ends_with("AS builder"), "{froms:?}");
    assert!(froms.last().is_some_and(|f| f.starts_with("debian:")), "{froms:?}");
    assert!(
        instruction(&lines, "RUN").iter().any(|r| r.contains(&format!("--bin {name}"))),
        "cargo build --bin {name}"
    );
    let installed = format!("/usr/local/bin/{name}");
    let copy =
        instruction(&lines, "COPY").into_iter().find(|c| c.starts_with("--from=builder")).expect("COPY --from=builder");
    assert_eq!(copy, format!("--from=builder /src/target/release/{name} {installed}"));
    assert_eq!(instruction(&lines, "ENTRYPOINT"), [format!("[\"{installed}\"]")]);
    assert!(instruction(&lines, "USER").iter().all(|u| *u != "root" && *u != "0"), "runs as a non-root user");
    assert!(!instruction(&lines, "USER").is_empty(), "runs as a non-root user");
    assert_eq!(instruction(&lines, "VOLUME"), ["/data"]);
    let env = docker_env(&lines);
    let get = |k: &str| env.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    assert_eq!(get("DATABASE_URL"), Some("sqlite:///data/objection-bot.db"));
}

#[test]
fn the_dockerfile_exposes_the_listen_port_and_checks_healthz_there() {
    let lines = dockerfile();
    let env = docker_env(&lines);
    let listen = env.iter().find(|(k, _)| k == "LISTEN_ADDR").map(|(_, v)| v.clone()).expect("LISTEN_ADDR in ENV");
    let addr: std::net::SocketAddr = listen.parse().expect("LISTEN_ADDR is an address with a port");
    assert_eq!(instruction(&lines, "EXPOSE"), [addr.port().to_string()]);
    let healthcheck = instruction(&lines, "HEALTHCHECK");
    assert_eq!(healthcheck.len(), 1);
    let url = healthcheck[0].split_whitespace().find(|w| w.starts_with("http://")).expect("a URL in HEALTHCHECK");
    let url = url::Url::parse(url).unwrap();
    assert_eq!(url.port(), Some(addr.port()));
    assert_eq!(url.host_str(), Some("127.0.0.1"));
    assert_eq!(url.path(), "/healthz");
}

#[test]
fn the_systemd_unit_runs_the_same_binary_with_its_database_in_the_state_directory() {
    let name = binary_name();
    assert_eq!(unit_values("ExecStart"), [format!("/usr/local/bin/{name} run")]);
    let state = unit_values("StateDirectory");
    assert_eq!(state.len(), 1);
    let dir = format!("/var/lib/{}", state[0]);
    assert_eq!(unit_values("WorkingDirectory"), std::slice::from_ref(&dir));
    let database =
        unit_values("Environment").into_iter().find_map(|e| e.strip_prefix("DATABASE_URL=").map(str::to_owned));
    assert!(database.is_some_and(|url| url.starts_with(&format!("sqlite://{dir}/"))), "DATABASE_URL in {dir}");
    assert_eq!(unit_values("EnvironmentFile"), ["/etc/objection-bot/env"]);
    for (key, value) in [
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("NoNewPrivileges", "yes"),
        ("Restart", "on-failure"),
    ] {
        assert_eq!(unit_values(key), [value], "{key}");
    }
    assert!(unit_values("DynamicUser") == ["yes"] || !unit_values("User").is_empty(), "not root");
}

#[test]
fn the_systemd_unit_passes_systemd_analyze_verify() {
    let analyze = Path::new("/usr/bin/systemd-analyze");
    if !analyze.exists() {
        eprintln!("skipped: no systemd-analyze here (.ci/run installs it and runs deploy/verify-unit)");
        return;
    }
    let out = std::process::Command::new(root().join("deploy/verify-unit"))
        .arg(env!("CARGO_BIN_EXE_objection-bot"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

/// The Debian release of an image: `rust:1.95-bookworm AS builder` → bookworm,
/// `debian:trixie-slim` → trixie; None for a tag that names none (such as `rust:1.95`, whose
/// release moves with Docker's default).
fn debian_release(from: &str) -> Option<&'static str> {
    let image = from.split_whitespace().next().unwrap_or_default();
    let tag = image.split_once(':').map_or("", |(_, tag)| tag);
    ["bullseye", "bookworm", "trixie", "forky"].into_iter().find(|release| tag.split('-').any(|part| part == *release))
}

#[test]
fn the_builder_and_the_runtime_run_the_same_debian_release() {
    let lines = dockerfile();
    let froms = instruction(&lines, "FROM");
    let builder = debian_release(froms[0]);
    let runtime = debian_release(froms.last().unwrap());
    assert!(builder.is_some(), "`FROM {}` names no Debian release: the binary may need a newer glibc", froms[0]);
    assert_eq!(builder, runtime, "{froms:?}: a binary built on a newer glibc does not start on an older one");
    assert_eq!(debian_release("rust:1.95 AS builder"), None);
    assert_eq!(debian_release("rust:1.95-slim-trixie"), Some("trixie"));
}

#[test]
fn the_dependencies_are_built_in_their_own_layer_before_the_sources_come_in() {
    let lines = dockerfile();
    let position = |wanted: &dyn Fn(&(String, String)) -> bool| lines.iter().position(wanted);
    let manifest = position(&|(i, a)| i == "COPY" && a.starts_with("Cargo.toml Cargo.lock")).expect("COPY Cargo.toml");
    let deps = position(&|(i, a)| i == "RUN" && a.contains("cargo build")).expect("a cargo build");
    let sources = position(&|(i, a)| i == "COPY" && a.starts_with(". ")).expect("COPY . .");
    assert!(manifest < deps && deps < sources, "the manifest, then the dependencies, then the sources");
}

#[test]
fn the_docker_build_context_leaves_out_secrets_databases_and_build_output() {
    let ignore = read(".dockerignore");
    let patterns: Vec<&str> = ignore.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    for wanted in ["target", ".env", "*.db*", ".git"] {
        assert!(patterns.contains(&wanted), ".dockerignore lacks `{wanted}`: {patterns:?}");
    }
    // Every file .gitignore keeps out of the repository stays out of the image too.
    for line in read(".gitignore").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let pattern = line.trim_start_matches('/');
        let covered = patterns
            .iter()
            .any(|p| *p == pattern || (p.ends_with('*') && pattern.starts_with(p.trim_end_matches('*'))));
        assert!(covered, ".gitignore's `{line}` is not in .dockerignore");
    }
}

#[test]
fn the_unit_does_not_restart_on_a_configuration_error() {
    // 78 is EX_CONFIG, what the program exits with on a bad setting, .env or campaign file
    // (tests/cli.rs); anything else that fails is restarted.
    let prevent = unit_values("RestartPreventExitStatus");
    assert!(prevent.iter().any(|v| v.split_whitespace().any(|code| code == "78")), "{prevent:?}");
    assert_eq!(unit_values("Restart"), ["on-failure"]);
}

/// The mode of `install -d -m MODE <dir>` or `install -m MODE … <file>` for a path, in a text.
fn install_mode(text: &str, path: &str) -> Option<u32> {
    text.lines().find_map(|line| {
        // The unit's header shows the commands as comments: `#   install …`.
        let command = line.trim_start().trim_start_matches('#').split(" #").next()?;
        let words: Vec<&str> = command.split_whitespace().collect();
        let install = words.iter().position(|w| *w == "install")?;
        let m = words.iter().position(|w| *w == "-m")?;
        (install < m && words.last() == Some(&path)).then(|| u32::from_str_radix(words[m + 1], 8).ok())?
    })
}

#[test]
fn the_readme_layout_lets_the_dynamic_user_read_the_campaigns_but_not_the_token() {
    let readme = read("README.md");
    let unit = read("deploy/objection-bot.service");
    // The campaign walk-through writes its campaigns where the systemd section says they go.
    let campaigns = "/etc/objection-bot/campaigns";
    assert!(readme.contains(&format!("--dir {campaigns}")), "Launching a campaign writes to {campaigns}");
    assert!(readme.contains(&format!("CAMPAIGNS_DIR={campaigns}")), "README sets CAMPAIGNS_DIR={campaigns}");
    for text in [&readme, &unit] {
        // The dynamic user is neither root nor in root's group: it needs the "other" bits.
        let dir = install_mode(text, "/etc/objection-bot").expect("install -d -m … /etc/objection-bot");
        assert_eq!(dir & 0o005, 0o005, "/etc/objection-bot is {dir:o}: the dynamic user cannot read {campaigns}");
        let env = install_mode(text, "/etc/objection-bot/env").expect("install -m … /etc/objection-bot/env");
        assert_eq!(env & 0o077, 0, "/etc/objection-bot/env is {env:o}: the token is for root only");
    }
    assert_eq!(unit_values("ConfigurationDirectory"), ["objection-bot"]);
    let mode = unit_values("ConfigurationDirectoryMode");
    assert!(mode.len() == 1 && u32::from_str_radix(&mode[0], 8).is_ok_and(|m| m & 0o005 == 0o005), "{mode:?}");
    assert_eq!(install_mode("sudo install -d -m 0750 /etc/objection-bot", "/etc/objection-bot"), Some(0o750));
}

/// The effective user id: the owner of /proc/self.
fn euid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

#[test]
fn a_user_who_is_not_root_reads_campaigns_made_as_the_readme_says_but_not_the_env_file() {
    use std::os::unix::fs::PermissionsExt;
    if euid() != Some(0) || !Path::new("/usr/bin/setpriv").exists() {
        eprintln!("skipped: needs root and setpriv to play the service's dynamic user");
        return;
    }
    let readme = read("README.md");
    let scratch = tempfile::tempdir().unwrap();
    std::fs::set_permissions(scratch.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // /etc/objection-bot and its env file, with the README's modes, in a scratch folder.
    let etc = scratch.path().join("etc/objection-bot");
    std::fs::create_dir_all(&etc).unwrap();
    std::fs::set_permissions(scratch.path().join("etc"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mode = install_mode(&readme, "/etc/objection-bot").unwrap();
    std::fs::set_permissions(&etc, std::fs::Permissions::from_mode(mode)).unwrap();
    let env = etc.join("env");
    std::fs::write(&env, "TELOXIDE_TOKEN=123456:TEST-token_secret\n").unwrap();
    let mode = install_mode(&readme, "/etc/objection-bot/env").unwrap();
    std::fs::set_permissions(&env, std::fs::Permissions::from_mode(mode)).unwrap();
    // Root starts the campaign, as step 1 of Launching a campaign.
    let binary = env!("CARGO_BIN_EXE_objection-bot");
    let campaigns = etc.join("campaigns");
    let made = std::process::Command::new(binary)
        .args(["new-campaign", "meta-ai-2026", "--dir", campaigns.to_str().unwrap()])
        .env_clear()
        .current_dir(scratch.path())
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    // Another user, as the unit's DynamicUser is, reads the campaigns...
    let as_nobody = |args: &[&str], env: &[(&str, &str)]| {
        std::process::Command::new("/usr/bin/setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", binary])
            .args(args)
            .env_clear()
            .envs(env.iter().copied())
            .current_dir("/")
            .output()
            .unwrap()
    };
    let out = as_nobody(&["check"], &[("CAMPAIGNS_DIR", campaigns.to_str().unwrap())]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("campaign `meta-ai-2026`"), "{text}");
    // ...but not the token.
    let out = as_nobody(&["--env-file", env.to_str().unwrap(), "check"], &[]);
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Permission denied") && !err.contains("TEST-token_secret"), "{err}");
}

/// The lines of a block of `text` under `key:` at exactly `indent` spaces: the lines after it
/// that are indented deeper, up to the next line that is not (a tiny reader for the parts
/// of compose.yaml the tests look at; no YAML crate is needed elsewhere).
fn yaml_block<'a>(text: &'a str, indent: usize, key: &str) -> Vec<&'a str> {
    let header = format!("{}{key}:", " ".repeat(indent));
    let mut lines = text.lines().skip_while(|l| l.trim_end() != header && !l.starts_with(&format!("{header} ")));
    assert!(lines.next().is_some(), "no `{key}:` at indent {indent}");
    lines
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .take_while(|l| l.len() - l.trim_start().len() > indent)
        .collect()
}

/// The items of a `- item` list inside a block, unquoted.
fn yaml_items(block: &[&str], key: &str, indent: usize) -> Vec<String> {
    let header = format!("{}{key}:", " ".repeat(indent));
    block
        .iter()
        .skip_while(|l| l.trim_end() != header)
        .skip(1)
        .take_while(|l| l.len() - l.trim_start().len() > indent)
        .filter_map(|l| l.trim().strip_prefix("- "))
        .map(|item| item.trim().trim_matches('"').to_owned())
        .collect()
}

#[test]
fn compose_publishes_80_and_443_and_keeps_caddys_data_on_a_volume() {
    let compose = read("deploy/compose.yaml");
    let proxy = yaml_block(&compose, 2, "proxy");
    let ports = yaml_items(&proxy, "ports", 4);
    assert!(ports.contains(&"80:80".to_string()) && ports.contains(&"443:443".to_string()), "{ports:?}");
    let volumes = yaml_items(&proxy, "volumes", 4);
    assert!(volumes.contains(&"caddy_data:/data".to_string()), "certificates survive a recreate: {volumes:?}");
    assert!(volumes.contains(&"./Caddyfile:/etc/caddy/Caddyfile:ro".to_string()), "{volumes:?}");
    let named = yaml_block(&compose, 0, "volumes");
    assert!(named.iter().any(|l| l.trim() == "caddy_data:"), "caddy_data is a named volume: {named:?}");
    assert!(!proxy.iter().any(|l| l.contains("reverse-proxy")), "no forward-everything command: {proxy:?}");
}

#[test]
fn the_caddyfile_forwards_only_the_webhook_path_and_healthz() {
    let compose = read("deploy/compose.yaml");
    let webhook = compose
        .lines()
        .find_map(|l| l.trim().strip_prefix("WEBHOOK_URL:"))
        .map(|u| url::Url::parse(u.trim()).expect("WEBHOOK_URL is a URL"))
        .expect("WEBHOOK_URL in compose.yaml");
    let caddyfile = read("deploy/Caddyfile");
    let lines: Vec<&str> = caddyfile.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert_eq!(lines[0], format!("{} {{", webhook.host_str().unwrap()), "the site is WEBHOOK_URL's host");
    let matcher: Vec<&str> = lines
        .iter()
        .find_map(|l| l.strip_prefix("@bot path "))
        .expect("a `@bot path …` matcher")
        .split_whitespace()
        .collect();
    assert_eq!(matcher, [webhook.path(), "/healthz"], "only the webhook path and /healthz");
    // Every reverse_proxy is inside `handle @bot`; the other handle answers 404.
    let mut handle = None;
    let mut depth = 0;
    for line in &lines {
        if line.starts_with("handle") {
            handle = Some(*line);
        }
        if line.starts_with("reverse_proxy") {
            assert_eq!(handle, Some("handle @bot {"), "a reverse_proxy outside the matcher: {caddyfile}");
        }
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
    }
    assert_eq!(depth, 0, "braces balance");
    assert!(lines.windows(2).any(|w| w == ["handle {", "respond 404"]), "everything else is 404: {caddyfile}");
    // bot2 is bot1 (`<<: *bot`): both listen where bot1's LISTEN_ADDR says.
    let port = yaml_block(&compose, 2, "bot1")
        .iter()
        .find_map(|l| l.trim().strip_prefix("LISTEN_ADDR:"))
        .and_then(|a| a.trim().rsplit(':').next().map(str::to_owned))
        .expect("LISTEN_ADDR in bot1");
    for service in ["bot1", "bot2"] {
        assert!(caddyfile.contains(&format!("{service}:{port}")), "{service} is proxied to its port: {caddyfile}");
    }
}
