//! "Dependencies point down", as a test: no circle between the top-level modules of `src/`.
//!
//! Each file under `src/` belongs to a top-level module (`src/brain/views.rs` to `brain`,
//! `src/limits.rs` to `limits`); each `crate::x` it names, in a path or a `use` (braces
//! included), is an edge to module `x`. Tests inside `src/` count too; comments do not.
//! The test fails on the first circle it finds, naming the file behind each step.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

/// For each top-level module, the modules it names, each with one file that names it.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

#[test]
fn no_circle_between_the_modules_of_src() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = graph_of(&src);
    assert!(
        graph.contains_key("brain") && graph["brain"].contains_key("store"),
        "the reader found no edges: {graph:?}"
    );
    if let Some(circle) = find_circle(&graph) {
        let steps: Vec<String> =
            circle.windows(2).map(|w| format!("  {} -> {} (in {})", w[0], w[1], graph[&w[0]][&w[1]])).collect();
        panic!("a circle between modules of src/; dependencies must point down:\n{}", steps.join("\n"));
    }
}

#[test]
fn the_reader_sees_plain_braced_and_nested_uses_and_skips_comments() {
    let text = "use crate::{a::X, b::{c, d}, self as e};\n// crate::hidden\nfn f() { crate::f::g(); }\n";
    assert_eq!(named_modules(text), BTreeSet::from(["a", "b", "f", "self"].map(String::from)));
    let graph: Graph = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_string(), BTreeMap::from([(to.to_string(), String::new())])))
        .collect();
    assert_eq!(find_circle(&graph).unwrap(), ["a", "b", "c", "a"]);
}

/// The edges between top-level modules (`main` and `lib` are the roots, not modules).
fn graph_of(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(src, f)).collect();
    let mut graph = Graph::new();
    for file in &files {
        let from = top_module(src, file);
        if from == "main" || from == "lib" {
            continue;
        }
        let shown = file.strip_prefix(src.parent().unwrap()).unwrap().display().to_string();
        let edges = graph.entry(from.clone()).or_default();
        for to in named_modules(&fs::read_to_string(file).unwrap()) {
            if to != from && modules.contains(&to) {
                edges.entry(to).or_insert_with(|| shown.clone());
            }
        }
    }
    graph
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/brain/views.rs` and `src/brain.rs` are both `brain`.
fn top_module(src: &Path, file: &Path) -> String {
    let first = file.strip_prefix(src).unwrap().components().next().unwrap();
    first.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string()
}

/// The first segment after each `crate::` in `text`, outside `//` comments.
fn named_modules(text: &str) -> BTreeSet<String> {
    let code: String = text.lines().map(|l| l.split("//").next().unwrap()).collect::<Vec<_>>().join("\n");
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(inner) => names.extend(top_level_items(inner).into_iter().map(|item| first_word(item).to_string())),
            None => {
                names.insert(first_word(rest).to_string());
            }
        }
    }
    names.remove("");
    names
}

/// The comma-separated items of a `{ … }` group whose opening brace is already consumed.
fn top_level_items(inner: &str) -> Vec<&str> {
    let (mut depth, mut start, mut items) = (0, 0, Vec::new());
    for (i, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&inner[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
}

fn first_word(s: &str) -> &str {
    let s = s.trim_start();
    &s[..s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len())]
}

/// A circle as the modules along it, the first repeated at the end; `None` when there is none.
fn find_circle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(graph: &Graph, node: &str, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flat_map(|edges| edges.keys()) {
            if let Some(circle) = visit(graph, next, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(graph, node, &mut Vec::new(), &mut done))
}
