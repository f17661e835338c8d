//! The layer rule of the crate doc, checked: every `crate::` import of every file in
//! `backend/` points down the layer table in `lib.rs`. Add an upward import (a domain
//! calling `crate::http`, `groups` calling `discussions`) and this test names it.

use std::{collections::BTreeSet, fs, path::Path};

/// The exported macros (at the crate root) and the modules that define them.
const ROOT_MACROS: &[(&str, &str)] = &[("sql", "db"), ("page_object", "resolver")];

/// The modules in layer order, top first, as the `# Layers` table of `lib.rs` lists
/// them (`| layer | `a`, `b` |`).
fn layer_order(crate_doc: &str) -> Vec<String> {
    crate_doc
        .lines()
        .skip_while(|line| line.trim() != "//! # Layers")
        .filter_map(|line| line.strip_prefix("//! |"))
        .filter_map(|row| row.split('|').nth(1))
        .flat_map(|modules| modules.split(','))
        .filter_map(|module| module.trim().strip_prefix('`')?.strip_suffix('`'))
        .map(str::to_owned)
        .collect()
}

/// The top-level modules a file imports: the first segment after `crate::` in `use
/// crate::…` lines (grouped ones included) and in `crate::x::` paths in code.
/// Comments and macros called by path (`crate::sql!`) are not imports.
fn imported_modules(source: &str) -> BTreeSet<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut modules = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = &rest[..at];
        let after = &rest[at + "crate::".len()..];
        rest = after;
        if before.ends_with(|c: char| c == '$' || c == '_' || c.is_alphanumeric()) {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            modules.extend(group_heads(group));
            continue;
        }
        let name = leading_ident(after);
        if after[name.len()..].starts_with("::") || before.trim_end().ends_with("use") {
            modules.insert(name.to_owned());
        }
    }
    modules
}

/// The first segments of the paths in a `{…}` group (its text starts after `{`).
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => item_start = true,
            c if item_start && !c.is_whitespace() => {
                item_start = false;
                if depth == 0 {
                    heads.push(leading_ident(&group[i..]).to_owned());
                }
            }
            _ => {}
        }
    }
    heads
}

fn leading_ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c == '_' || c.is_alphanumeric()))
        .unwrap_or(text.len());
    &text[..end]
}

/// The row of the layer table (`order`) a file (relative to `backend/`) belongs to:
/// its top-level module, or `*/graphql` for the resolvers in the `graphql.rs` or
/// `graphql/` of a module listed below the resolvers (a domain).
fn layer_of<'a>(file: &'a str, order: &[String]) -> &'a str {
    let rank = |module: &str| order.iter().position(|m| m == module);
    let mut segments = file.split('/');
    let module = segments.next().unwrap_or_default().trim_end_matches(".rs");
    let is_domain = rank(module) > rank(RESOLVERS);
    match segments.next() {
        Some("graphql" | "graphql.rs") if is_domain => RESOLVERS,
        _ => module,
    }
}

/// The row of the layer table that holds every domain's resolvers.
const RESOLVERS: &str = "*/graphql";

/// Every `.rs` file under `dir`, as a path relative to `root`.
fn rust_files(root: &Path, dir: &Path, files: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(root, &path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy();
            files.push(relative.replace('\\', "/"));
        }
    }
}

/// The upward imports of the files under `root`, as (file, module), by `order`.
fn upward_imports(root: &Path, order: &[String]) -> Vec<(String, String)> {
    let rank = |module: &str| order.iter().position(|m| m == module);
    let mut files = Vec::new();
    rust_files(root, root, &mut files);
    files.sort();
    let mut upward = Vec::new();
    for file in files {
        let module = file.split('/').next().unwrap().trim_end_matches(".rs");
        if module == "lib" || module == "architecture_test" {
            continue;
        }
        let layer = layer_of(&file, order);
        let own = rank(layer).unwrap_or_else(|| panic!("{layer} is not in the layer table"));
        let source = fs::read_to_string(root.join(&file)).unwrap();
        for imported in imported_modules(&source) {
            let imported = ROOT_MACROS
                .iter()
                .find(|(name, _)| *name == imported)
                .map_or(imported.as_str(), |(_, home)| home)
                .to_owned();
            if imported == module {
                continue;
            }
            let theirs = rank(&imported)
                .unwrap_or_else(|| panic!("{file}: {imported} is not in the layer table"));
            if theirs < own {
                upward.push((file.clone(), imported));
            }
        }
    }
    upward
}

/// Every import points down the layer table: to a module listed after the importing one.
#[test]
fn imports_point_down_the_layer_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("backend");
    let order = layer_order(&fs::read_to_string(root.join("lib.rs")).unwrap());
    assert!(order.len() > 10, "the layer table was not found: {order:?}");
    let upward = upward_imports(&root, &order);
    assert!(
        upward.is_empty(),
        "imports that point up the layers: {upward:?}"
    );
}

/// A domain's resolvers form their own row above every domain; everything else
/// belongs to its top-level module.
#[test]
fn files_belong_to_their_module_or_to_the_resolvers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("backend");
    let order = layer_order(&fs::read_to_string(root.join("lib.rs")).unwrap());
    for (file, layer) in [
        ("auth/graphql.rs", "*/graphql"),
        ("groups/graphql/objects.rs", "*/graphql"),
        ("groups/graphql/mod.rs", "*/graphql"),
        ("graphql/mod.rs", "graphql"),
        ("graphql/admission.rs", "graphql"),
        ("http/graphql.rs", "http"),
        ("groups/mod.rs", "groups"),
        ("groups/store/invitations.rs", "groups"),
        ("clock.rs", "clock"),
    ] {
        assert_eq!(layer_of(file, &order), layer, "{file}");
    }
}

/// The parser finds the modules of plain, grouped and nested imports and of paths in
/// code, and skips comments and macros.
#[test]
fn imports_are_read_from_use_lines_and_paths() {
    let source = "use crate::{\n    app::AppState,\n    auth::{self, Viewer},\n    db,\n};\n\
                  use crate::http::session;\n\
                  // use crate::commented::Out;\n\
                  fn f() { crate::graphql::build(); crate::sql!(x); $crate::paging::Page; }\n";
    let found: Vec<String> = imported_modules(source).into_iter().collect();
    assert_eq!(found, ["app", "auth", "db", "graphql", "http"]);
}
