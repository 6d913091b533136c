//! The deploy recipes agree with the program: the Dockerfile (which CI cannot build) and the
//! systemd unit name the binary Cargo.toml builds, expose the port they listen on, and check
//! health where the bot answers it; the unit passes `systemd-analyze verify` where it exists.

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
    assert_eq!(froms.last().copied(), Some("debian:bookworm-slim"));
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
