//! Builds the web application in `web/` with npm and embeds `web/dist` into the binary.
//!
//! `npm ci` runs when `web/node_modules` is missing or was installed from another
//! `package-lock.json`; `npm run build` runs whenever the app's sources change. The
//! built files become a table of `include_bytes!` in `$OUT_DIR/web_assets.rs`, which
//! `backend/http/web.rs` serves.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

/// Inputs of the web build; a change to any of them builds the app again.
const WATCHED: &[&str] = &[
    "web/src",
    "web/public",
    "web/index.html",
    "web/package.json",
    "web/package-lock.json",
    "web/vite.config.ts",
    "web/tsconfig.json",
    "schema.graphql",
];

/// Where `npm ci` leaves a copy of the lockfile it installed from.
const INSTALLED_LOCKFILE: &str = "node_modules/.fachforum-installed-lock.json";

fn main() {
    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let web = root.join("web");
    for path in WATCHED {
        println!("cargo:rerun-if-changed={path}");
    }

    install_dependencies(&web);
    npm(&web, &["run", "build"]);

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let table = asset_table(&web.join("dist"));
    fs::write(out.join("web_assets.rs"), table).expect("cannot write web_assets.rs to OUT_DIR");
}

/// Runs `npm ci` unless `node_modules` matches the current lockfile.
fn install_dependencies(web: &Path) {
    let lockfile = fs::read(web.join("package-lock.json"))
        .expect("web/package-lock.json is missing: the web application cannot be built");
    let installed = fs::read(web.join(INSTALLED_LOCKFILE)).ok();
    if installed.as_deref() == Some(lockfile.as_slice()) {
        return;
    }
    npm(web, &["ci", "--no-audit", "--no-fund"]);
    fs::write(web.join(INSTALLED_LOCKFILE), &lockfile)
        .expect("cannot record the installed lockfile in web/node_modules");
}

/// Runs npm in `web/`; fails the build with npm's output when it fails.
fn npm(web: &Path, args: &[&str]) {
    let output = Command::new("npm")
        .args(args)
        .current_dir(web)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .output()
        .unwrap_or_else(|err| {
            panic!(
                "\n\nBuilding Fachforum needs Node.js (20.19 or newer) with npm, to build the web \
                 application in web/. `npm` could not be started: {err}.\nInstall Node.js and npm, \
                 then run the cargo command again.\n\n"
            )
        });
    if !output.status.success() {
        panic!(
            "\n\n`npm {}` in web/ failed ({}).\n--- stdout ---\n{}\n--- stderr ---\n{}\n",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
    }
}

/// Rust source of a sorted table `(path relative to dist, bytes)` of every built file.
fn asset_table(dist: &Path) -> String {
    let mut files = Vec::new();
    collect(dist, dist, &mut files);
    files.sort();
    assert!(
        files.iter().any(|(path, _)| path == "index.html"),
        "web/dist/index.html is missing after `npm run build`"
    );
    let mut source = String::from(
        "/// Every file of the built web application, sorted by path (relative to web/dist).\n\
         static ASSETS: &[(&str, &[u8])] = &[\n",
    );
    for (path, absolute) in files {
        source.push_str(&format!("    ({path:?}, include_bytes!({absolute:?})),\n"));
    }
    source.push_str("];\n");
    source
}

fn collect(dist: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    for entry in entries {
        let path = entry.expect("a readable directory entry").path();
        if path.is_dir() {
            collect(dist, &path, files);
        } else {
            let relative = path
                .strip_prefix(dist)
                .expect("inside dist")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((relative, path.to_string_lossy().into_owned()));
        }
    }
}
