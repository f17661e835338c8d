//! The release binary as its own process, for the benchmarks that measure it from
//! outside: its data directory, its commands, and the server on a free loopback port.

use std::{
    io::{BufRead, BufReader, Write},
    path::PathBuf,
    process::{Child, Command, Stdio},
};

use serde_json::Value;

/// The binary cargo built for this benchmark.
pub const BINARY: &str = env!("CARGO_BIN_EXE_fachforum");

/// Variables of the benchmarks themselves, which the server (strict about
/// `FACHFORUM_*`) must not see.
fn bench_vars() -> Vec<String> {
    std::env::vars()
        .map(|(name, _)| name)
        .filter(|name| name.starts_with("FACHFORUM_BENCH_"))
        .collect()
}

/// A command of the binary on `dir` with `env` set, without the benchmarks' variables.
pub fn command(dir: &TempDir, env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(BINARY);
    command.args(["--data-dir", dir.path_str()]);
    for name in bench_vars() {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command
}

/// Runs a command of the binary with `input` on standard input; its standard output.
pub fn run(dir: &TempDir, env: &[(&str, &str)], args: &[&str], input: &str) -> String {
    let mut child = command(dir, env)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "fachforum {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

/// A server process, stopped (with its data directory removed) when dropped.
pub struct Server {
    child: Child,
    pub base_url: String,
    _dir: TempDir,
}

impl Server {
    /// Starts `fachforum serve` on `dir` with `env` set, on a free loopback port.
    pub fn start(dir: TempDir, env: &[(&str, &str)]) -> Server {
        let mut child = command(&dir, env)
            .args(["--listen", "127.0.0.1:0", "--log-format", "json", "serve"])
            .env("RUST_LOG", "warn,fachforum=info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = loop {
            let line = lines.next().expect("the server logs its port").unwrap();
            if line.contains("Fachforum is listening") {
                let entry: Value = serde_json::from_str(&line).unwrap();
                break entry["fields"]["port"]
                    .as_u64()
                    .or_else(|| entry["port"].as_u64())
                    .expect("the port in the log line");
            }
        };
        // Keep reading the log, so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The resident and peak resident memory, in MiB.
    pub fn memory(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the server's /proc status");
        let field = |name: &str| {
            status
                .lines()
                .find(|line| line.starts_with(name))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<f64>().ok())
                .map_or(0.0, |kib| kib / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        let path =
            std::env::temp_dir().join(format!("fachforum-bench-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub fn path_str(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
