//! Reading settings: defaults, each refused value naming its variable, secrets never shown.

use super::*;
use std::collections::HashMap;

fn read(pairs: &[(&str, &str)]) -> Result<Settings, SettingError> {
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Settings::from_lookup(|k| map.get(k).cloned())
}

#[test]
fn defaults_need_nothing() {
    let s = read(&[]).unwrap();
    assert_eq!(s.token, None);
    assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
    assert_eq!(s.broadcast_rate, DEFAULT_BROADCAST_RATE);
    assert!(!s.broadcast_paid);
}

#[test]
fn each_bad_value_names_its_variable() {
    assert_eq!(read(&[("TELOXIDE_TOKEN", "nonsense")]).unwrap_err().name, "TELOXIDE_TOKEN");
    assert_eq!(read(&[("TELOXIDE_API_URL", "ftp://x")]).unwrap_err().name, "TELOXIDE_API_URL");
    assert_eq!(read(&[("DATABASE_URL", "mysql://x")]).unwrap_err().name, "DATABASE_URL");
    assert_eq!(read(&[("LEASE_TTL", "1")]).unwrap_err().name, "LEASE_TTL");
    assert_eq!(read(&[("LEASE_TTL", "soon")]).unwrap_err().name, "LEASE_TTL");
    assert_eq!(read(&[("CAMPAIGN_FILE", "campaign.toml")]).unwrap_err().name, "CAMPAIGN_FILE");
    assert_eq!(read(&[("BROADCAST_RATE", "fast")]).unwrap_err().name, "BROADCAST_RATE");
    assert_eq!(read(&[("BROADCAST_RATE", "100")]).unwrap_err().name, "BROADCAST_RATE");
    assert_eq!(read(&[("BROADCAST_PAID", "maybe")]).unwrap_err().name, "BROADCAST_PAID");
    assert_eq!(read(&[("ALLOW_BOT_CHANGE", "abc")]).unwrap_err().name, "ALLOW_BOT_CHANGE");
    assert_eq!(read(&[("WAVE_PAUSE_SHARE", "0")]).unwrap_err().name, "WAVE_PAUSE_SHARE");
    assert_eq!(read(&[("WAVE_PAUSE_SHARE", "NaN")]).unwrap_err().name, "WAVE_PAUSE_SHARE");
    assert_eq!(read(&[("WAVE_PAUSE_SAMPLE", "-5")]).unwrap_err().name, "WAVE_PAUSE_SAMPLE");
    assert_eq!(read(&[("LISTEN_ADDR", "here")]).unwrap_err().name, "LISTEN_ADDR");
    assert_eq!(read(&[("WEBHOOK_URL", "http://x.org/h")]).unwrap_err().name, "WEBHOOK_URL");
    assert_eq!(read(&[("WEBHOOK_URL", "https://x.org/h")]).unwrap_err().name, "WEBHOOK_SECRET");
    assert_eq!(
        read(&[("WEBHOOK_URL", "https://x.org/h"), ("WEBHOOK_SECRET", "no spaces")]).unwrap_err().name,
        "WEBHOOK_SECRET"
    );
    assert_eq!(read(&[("WEBHOOK_MAX_CONNECTIONS", "0")]).unwrap_err().name, "WEBHOOK_MAX_CONNECTIONS");
    assert_eq!(read(&[("DRAIN_TIMEOUT", "0")]).unwrap_err().name, "DRAIN_TIMEOUT");
}

#[test]
fn webhook_mode_listens_on_8080_unless_told_otherwise() {
    let s = read(&[("WEBHOOK_URL", "https://bot.example.org/tg/hook"), ("WEBHOOK_SECRET", "s3cret_-X")]).unwrap();
    assert_eq!(s.listen_addr, Some("0.0.0.0:8080".parse().unwrap()));
    assert_eq!(s.webhook_max_connections, 40);
    assert!(!format!("{s:?}").contains("s3cret"));
    assert_eq!(read(&[]).unwrap().listen_addr, None, "polling serves HTTP only when asked");
    for ids in ["abc", "1,,2", "1;2", "0", "-5", "1, x", ","] {
        let e = read(&[("OPERATOR_IDS", ids)]).unwrap_err();
        assert_eq!(e.name, "OPERATOR_IDS", "{ids}");
        assert_eq!(e.to_string().lines().count(), 1, "{e}");
    }
    assert_eq!(read(&[("LOG_FORMAT", "JSON lines")]).unwrap_err().name, "LOG_FORMAT");
}

#[test]
fn operator_ids_and_the_log_format_are_read() {
    let s = read(&[("OPERATOR_IDS", " 12, 345 ,6789"), ("LOG_FORMAT", "json")]).unwrap();
    assert_eq!(s.operator_ids, vec![12, 345, 6789]);
    assert_eq!(s.log_format, LogFormat::Json);
    let s = read(&[]).unwrap();
    assert!(s.operator_ids.is_empty());
    assert_eq!(s.log_format, LogFormat::Text);
    assert_eq!(read(&[("LOG_FORMAT", "text")]).unwrap().log_format, LogFormat::Text);
}

#[test]
fn paid_broadcasts_allow_higher_rates() {
    let s = read(&[("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "400")]).unwrap();
    assert_eq!(s.broadcast_rate, 400.0);
    assert_eq!(read(&[("BROADCAST_PAID", "true")]).unwrap().broadcast_rate, MAX_PAID_RATE);
    assert_eq!(read(&[("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "1001")]).unwrap_err().name, "BROADCAST_RATE");
}

#[test]
fn the_token_never_shows_in_debug_output() {
    let s = read(&[("TELOXIDE_TOKEN", "123:SECRET")]).unwrap();
    assert!(!format!("{s:?}").contains("SECRET"));
}

#[test]
fn values_that_may_hold_a_secret_are_never_echoed() {
    for (name, value) in [
        ("TELOXIDE_API_URL", "ftp://user:hunter2@host/x"),
        ("TELOXIDE_API_URL", "https://host:hunter2/bot"),
        ("TELOXIDE_API_URL", "hunter2"),
        ("DATABASE_URL", "mysql://bot:hunter2@db/objections"),
    ] {
        let e = read(&[(name, value)]).unwrap_err();
        assert_eq!(e.name, name);
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }
    let s = read(&[("TELOXIDE_API_URL", "https://user:hunter2@host/hunter2/")]).unwrap();
    assert!(!format!("{s:?}").contains("hunter2"), "{s:?}");
    let s = read(&[("DATABASE_URL", "postgresql://bot:hunter2@db/objections"), ("LEASE_TTL", "5")]).unwrap();
    assert_eq!(s.lease_ttl, std::time::Duration::from_secs(5));
    assert!(!format!("{s:?}").contains("hunter2"), "{s:?}");
}

#[test]
fn broadcast_rates_below_a_tenth_or_not_finite_are_refused() {
    for rate in ["0.09", "0.05", "0", "-0", "-1", "inf", "-inf", "NaN", "1e400", "1e-300", "31", "1e9", "0x10"] {
        let e = read(&[("BROADCAST_RATE", rate)]).unwrap_err();
        assert_eq!(e.name, "BROADCAST_RATE", "{rate}");
        assert_eq!(e.to_string().lines().count(), 1, "{e}");
    }
    for rate in ["inf", "NaN", "0.05", "1001"] {
        let e = read(&[("BROADCAST_PAID", "true"), ("BROADCAST_RATE", rate)]).unwrap_err();
        assert_eq!(e.name, "BROADCAST_RATE", "paid {rate}");
    }
    assert_eq!(read(&[("BROADCAST_RATE", "0.1")]).unwrap().broadcast_rate, 0.1);
    assert_eq!(read(&[("BROADCAST_RATE", "30")]).unwrap().broadcast_rate, 30.0);
    assert_eq!(read(&[("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "1000")]).unwrap().broadcast_rate, 1000.0);
}

#[test]
fn a_malformed_dotenv_line_is_named_by_its_number_not_shown() {
    let error = dotenvy::Error::LineParse("TELOXIDE_TOKEN='123:SECRET\n".into(), 26);
    let problem = dotenv_problem(&error, Some("# settings\nRUST_LOG=info\nTELOXIDE_TOKEN='123:SECRET\n".into()));
    assert!(problem.starts_with("line 3 is not NAME=value"), "{problem}");
    assert!(!dotenv_problem(&error, None).contains("SECRET"));
}

#[test]
fn operations_routes_listen_on_this_machine_only_unless_told_otherwise() {
    let hook = [("WEBHOOK_URL", "https://bot.example.org/tg/hook"), ("WEBHOOK_SECRET", "s3cret_-X")];
    let s = read(&hook).unwrap();
    assert_eq!(s.ops_listen_addr, Some(DEFAULT_OPS_LISTEN_ADDR.parse().unwrap()));
    assert!(s.ops_listen_addr.unwrap().ip().is_loopback());
    assert_eq!(s.http_max_connections, DEFAULT_HTTP_MAX_CONNECTIONS);
    assert_eq!(read(&[]).unwrap().ops_listen_addr, None, "polling serves HTTP only when asked");
    let polling = read(&[("LISTEN_ADDR", "0.0.0.0:8080")]).unwrap();
    assert_eq!(polling.ops_listen_addr, Some(DEFAULT_OPS_LISTEN_ADDR.parse().unwrap()));
    let only_ops = read(&[("OPS_LISTEN_ADDR", "10.0.0.5:9100")]).unwrap();
    assert_eq!((only_ops.listen_addr, only_ops.ops_listen_addr), (None, Some("10.0.0.5:9100".parse().unwrap())));
    for (public, ops) in
        [("0.0.0.0:8080", "127.0.0.1:8080"), ("127.0.0.1:9000", "127.0.0.1:9000"), ("10.0.0.1:80", "0.0.0.0:80")]
    {
        let e = read(&[("LISTEN_ADDR", public), ("OPS_LISTEN_ADDR", ops)]).unwrap_err();
        assert_eq!(e.name, "OPS_LISTEN_ADDR", "{public} {ops}");
    }
    assert!(read(&[("LISTEN_ADDR", "10.0.0.1:80"), ("OPS_LISTEN_ADDR", "127.0.0.1:80")]).is_ok());
    assert_eq!(read(&[("OPS_LISTEN_ADDR", "private")]).unwrap_err().name, "OPS_LISTEN_ADDR");
    for bad in ["0", "20", "many", "70000"] {
        let e = read(&[("HTTP_MAX_CONNECTIONS", bad)]).unwrap_err();
        assert_eq!(e.name, "HTTP_MAX_CONNECTIONS", "{bad}");
    }
    assert_eq!(read(&[("HTTP_MAX_CONNECTIONS", "1000")]).unwrap().http_max_connections, 1000);
}

#[test]
fn a_webhook_path_must_be_plain_and_not_an_operations_route() {
    let with = |url: &str| read(&[("WEBHOOK_URL", url), ("WEBHOOK_SECRET", "s3cret_-X")]);
    for good in
        ["https://x.org/tg/hook", "https://x.org/", "https://x.org", "https://x.org/a-b_c.d~e/", "https://x.org/h?x=1"]
    {
        assert!(with(good).is_ok(), "{good}");
    }
    for bad in [
        "https://x.org/zq/:hook",
        "https://x.org/zq/*rest",
        "https://x.org/zq/{id}",
        "https://x.org/zq//hook",
        "https://x.org/zq/h%20ook",
        "https://x.org/metrics",
        "https://x.org/healthz",
        "https://x.org/readyz",
        "https://x.org/zq/../metrics",
    ] {
        let e = with(bad).unwrap_err();
        assert_eq!(e.name, "WEBHOOK_URL", "{bad}");
        assert_eq!(e.to_string().lines().count(), 1, "{e}");
        assert!(!e.to_string().contains("zq"), "the path is not shown: {e}");
    }
}

#[test]
fn authorities_come_from_authorities_file_or_the_built_in_list() {
    let s = read(&[]).unwrap();
    assert_eq!(s.authorities_file, None);
    assert_eq!(s.authorities().unwrap().countries().len(), 30, "the built-in list");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("authorities.toml");
    std::fs::write(&path, crate::authorities::EMBEDDED).unwrap();
    let s = read(&[("AUTHORITIES_FILE", path.to_str().unwrap())]).unwrap();
    assert_eq!(s.authorities_file.as_deref(), Some(path.as_path()));
    assert_eq!(s.authorities().unwrap().lands().len(), 16);
    // A broken copy: one line naming the variable, the file, the entry and the field.
    std::fs::write(&path, crate::authorities::EMBEDDED.replacen("\"https://www.dsb.gv.at/\"", "\"http://x\"", 1))
        .unwrap();
    let e = s.authorities().unwrap_err();
    assert_eq!(e.name, "AUTHORITIES_FILE");
    let line = e.to_string();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(
        line.starts_with(&format!("AUTHORITIES_FILE: {}: entry 1 (AT): field `home_url`", path.display())),
        "{line}"
    );
    let missing = read(&[("AUTHORITIES_FILE", "/nonexistent/authorities.toml")]).unwrap();
    assert!(missing.authorities().unwrap_err().to_string().contains("/nonexistent/authorities.toml: cannot be read"));
}
