#!/usr/bin/env bash
# Runs every check and test of Fachforum: formatting, lints, the web application's
# checks (generated GraphQL types current, Prettier, TypeScript), unit tests, the
# black-box API tests on SQLite and PostgreSQL (with Redis and a real SMTP server),
# and the browser tests (Playwright with Debian's Chromium, axe-core).
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

step "Web application checks (generated types, formatting, types)"
# The cargo build above installed web/node_modules (build.rs); install it here if not.
if [ ! -d web/node_modules ]; then (cd web && npm ci --no-audit --no-fund); fi
(cd web && npm run --silent codegen:check >/dev/null) ||
  { echo "web/src/gql is stale: run 'npm run codegen' in web/" >&2; exit 1; }
(cd web && npm run --silent format:check)
web/node_modules/.bin/prettier --check tests/e2e
(cd web && npm run --silent typecheck)

step "Tests (unit and API, SQLite and PostgreSQL)"
cargo test --locked -- --test-threads "${TEST_THREADS:-4}"

step "Browser tests (Chromium, axe-core)"
bash tests/e2e/run.sh
