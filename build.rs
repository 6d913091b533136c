//! Embeds every `locales/<lang>/*.ftl` file into the binary, so the bot ships as one file.
use std::{env, fs, path::Path};

fn main() {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut entries = Vec::new();
    if let Ok(dirs) = fs::read_dir(root) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let lang = dir.file_name().to_string_lossy().into_owned();
            let mut files: Vec<_> = fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            files.sort();
            for file in files {
                println!("cargo:rerun-if-changed={}", file.display());
                let abs = fs::canonicalize(&file).expect("locale file path");
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                entries.push(format!("    ({lang:?}, {name:?}, include_str!({:?})),\n", abs.display().to_string()));
            }
        }
    }
    entries.sort();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    let body = format!(
        "/// (language folder, file name, contents) of every embedded locale file.\npub static EMBEDDED_LOCALES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, body).expect("write locales.rs");
}
