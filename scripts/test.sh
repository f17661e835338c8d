#!/usr/bin/env bash
# Runs every check and test of Fachforum: formatting, lints, unit tests and the
# black-box API tests on SQLite and PostgreSQL (with Redis and a real SMTP server).
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth for user postgres) and Redis on
# 127.0.0.1:6379; starts them when they are installed but not running. The SMTP
# server the mail tests talk to is started by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/fachforum-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

step() { printf '\n==> %s\n' "$*"; }

step "Services"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start </dev/null
  fi
  pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  if command -v redis-server >/dev/null; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no </dev/null
    sleep 1
  fi
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis is not reachable on 127.0.0.1:6379" >&2; exit 1; }
fi
echo "PostgreSQL and Redis are ready"

step "Formatting"
cargo fmt --check

step "Lints"
cargo clippy --all-targets --locked -- -D warnings

step "Tests (unit and API, SQLite and PostgreSQL)"
cargo test --locked -- --test-threads "${TEST_THREADS:-4}"
