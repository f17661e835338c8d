#!/usr/bin/env bash
# Runs the browser tests: for each spec file a fresh server (the debug build, SQLite in
# a temporary data directory, JSON logs) on a free port; Playwright drives Debian's
# Chromium against it. Arguments that name spec files select them (default: all); every
# other argument goes to Playwright as it is. One test alone:
#
#   bash tests/e2e/run.sh discussions.spec.ts -g "a guest reads"
#
# Every test prepares its own data through the API (api.ts), so any single test runs alone.
#
# Spec files named *.demo.spec.ts run against a server filled with `fachforum demo`
# (FF_DEMO_TEXT names the file with what it printed: the password and the logins).
#
# A spec file with the line `// e2e: local origin` gets FF_ORIGIN_PORT, a free port on
# 127.0.0.1 for a web server of its own, and a server whose outbound fetcher may reach
# exactly that address (link checks and previews of pages the spec serves).
#
# Spec files named *.production.spec.ts run against the production setup instead: a fresh
# PostgreSQL database (127.0.0.1:5432, user postgres; dropped afterwards), Redis
# (127.0.0.1:6379, a key prefix of the run's own) and two instances of the server on it:
# FF_BASE_URL is the first (it migrates the database), FF_BASE_URL_B the second, started
# once the first listens.
#
# Installs chromium with apt when /usr/bin/chromium is missing and the npm packages
# when node_modules is missing or stale; never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")"
E2E="$(pwd)"
ROOT="$(cd ../.. && pwd)"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/fachforum-target}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
BINARY="$CARGO_TARGET_DIR/debug/fachforum"
# The specs run the admin commands of the same binary (FF_BINARY, see fixtures.ts).
export FF_BINARY="$BINARY"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests"
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.fachforum-installed-lock.json; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.fachforum-installed-lock.json
fi
npm run --silent typecheck

# The debug build of the server (a no-op when it is current; builds it when missing).
(cd "$ROOT" && cargo build --quiet --bin fachforum)
[ -x "$BINARY" ] || { echo "No server binary at $BINARY" >&2; exit 1; }

RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/fachforum-e2e.XXXXXX")"
export FF_AXE_LOG="$RUN_DIR/axe.jsonl"
: >"$FF_AXE_LOG"
SERVER_PIDS=()
DATABASE=""

stop_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  SERVER_PIDS=()
  if [ -n "$DATABASE" ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DATABASE" || true
    # The Redis keys of the run (rate limits) carry the database's name as prefix.
    redis-cli -h 127.0.0.1 -p 6379 --scan --pattern "$DATABASE:*" |
      xargs -r redis-cli -h 127.0.0.1 -p 6379 del >/dev/null || true
    DATABASE=""
  fi
}
trap 'stop_servers' EXIT

# start_server DIR [FACHFORUM_KEY=VALUE ...]: starts a server with the data directory
# DIR/data and the given settings, and waits until it listens. Sets SERVER_URL and
# SERVER_SETUP_LINK (empty when the server printed none); its PID joins SERVER_PIDS.
start_server() {
  local dir="$1"
  shift
  mkdir -p "$dir/data"
  local log="$dir/server.log"
  # A clean environment, and the data directory as working directory, so no
  # fachforum.toml or FACHFORUM_* setting of the caller leaks in.
  env -i -C "$dir" PATH="$PATH" HOME="$HOME" RUST_LOG=${FF_SERVER_LOG_LEVEL:-info} "$@" \
    "$BINARY" --data-dir "$dir/data" --listen 127.0.0.1:0 --log-format json serve \
    </dev/null >/dev/null 2>"$log" &
  local pid=$!
  SERVER_PIDS+=("$pid")
  local port=""
  for _ in $(seq 1 300); do
    port="$(grep -m1 '"message":"Fachforum is listening"' "$log" 2>/dev/null | sed -E 's/.*"port":([0-9]+).*/\1/' || true)"
    [ -n "$port" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The server exited during start-up:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "The server did not listen within 30 s:" >&2
    cat "$log" >&2
    return 1
  fi
  SERVER_URL="http://127.0.0.1:$port"
  SERVER_SETUP_LINK="$(grep -o 'http://[^" ]*/setup?token=[A-Za-z0-9_-]*' "$log" | head -1 || true)"
}

# The servers of one spec file; exports FF_BASE_URL (FF_BASE_URL_B), FF_SETUP_LINK,
# FF_DATA_DIR (and FF_DATABASE_URL, which the admin commands of the specs use).
start_servers() {
  local spec="$1" dir="$RUN_DIR/${1%.spec.ts}"
  unset FF_BASE_URL_B FF_DATABASE_URL FF_DEMO_TEXT
  if [[ "$spec" == *.production.spec.ts ]]; then
    pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; return 1; }
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ] || { echo "Redis does not answer on 127.0.0.1:6379" >&2; return 1; }
    DATABASE="fachforum_e2e_$(printf '%s' "${RUN_DIR##*.}" | tr 'A-Z' 'a-z')"
    createdb -h 127.0.0.1 -U postgres "$DATABASE"
    export FF_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DATABASE"
    local settings=(FACHFORUM_DATABASE_URL="$FF_DATABASE_URL" FACHFORUM_REDIS_URL=redis://127.0.0.1:6379
      FACHFORUM_REDIS_PREFIX="$DATABASE")
    # One after the other: the first migrates the database, the second finds it current.
    start_server "$dir/a" "${settings[@]}"
    FF_BASE_URL="$SERVER_URL" FF_SETUP_LINK="$SERVER_SETUP_LINK" FF_DATA_DIR="$dir/a/data"
    start_server "$dir/b" "${settings[@]}"
    export FF_BASE_URL_B="$SERVER_URL"
    # An instance that starts while there is no administrator replaces the setup link:
    # the second one's is the valid one (its token works on either instance).
    FF_SETUP_LINK="${SERVER_SETUP_LINK:-$FF_SETUP_LINK}"
  elif [[ "$spec" == *.demo.spec.ts ]]; then
    # The demo content (`fachforum demo`); FF_DEMO_TEXT is what it printed (the logins).
    mkdir -p "$dir/data"
    export FF_DEMO_TEXT="$dir/demo.txt"
    env -i -C "$dir" PATH="$PATH" HOME="$HOME" RUST_LOG=warn \
      "$BINARY" --data-dir "$dir/data" demo </dev/null >"$FF_DEMO_TEXT" 2>"$dir/demo.log"
    start_server "$dir"
    # Accounts exist, so there is no setup link.
    FF_BASE_URL="$SERVER_URL" FF_SETUP_LINK="-" FF_DATA_DIR="$dir/data"
  else
    local settings=()
    unset FF_ORIGIN_PORT
    if grep -q '^// e2e: local origin$' "$spec"; then
      FF_ORIGIN_PORT="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
      export FF_ORIGIN_PORT
      settings=(FACHFORUM_OUTBOUND_ALLOWED_NETWORKS=127.0.0.1/32
        FACHFORUM_OUTBOUND_ALLOWED_PORTS="$FF_ORIGIN_PORT")
    fi
    start_server "$dir" "${settings[@]}"
    FF_BASE_URL="$SERVER_URL" FF_SETUP_LINK="$SERVER_SETUP_LINK" FF_DATA_DIR="$dir/data"
  fi
  export FF_BASE_URL FF_SETUP_LINK FF_DATA_DIR
  if [ -z "$FF_SETUP_LINK" ]; then
    echo "No setup link in the server log of $spec" >&2
    return 1
  fi
}

SPECS=()
PLAYWRIGHT_ARGS=()
for arg in "$@"; do
  if [[ "$arg" == *.spec.ts ]] && [ -f "$(basename "$arg")" ]; then
    SPECS+=("$(basename "$arg")")
  else
    PLAYWRIGHT_ARGS+=("$arg")
  fi
done
[ "${#SPECS[@]}" -gt 0 ] || SPECS=(*.spec.ts)
# A filter such as -g may leave a spec file without tests: that is no failure.
[ "${#PLAYWRIGHT_ARGS[@]}" -eq 0 ] || PLAYWRIGHT_ARGS+=(--pass-with-no-tests)

passed=0
failed=0
failed_files=()
for spec in "${SPECS[@]}"; do
  spec="$(basename "$spec")"
  name="${spec%.spec.ts}"
  printf '\n--- %s ---\n' "$spec"
  start_servers "$spec"
  output="$RUN_DIR/$name/playwright.txt"
  status=0
  FF_RESULTS_DIR="$RUN_DIR/$name/results" npx playwright test "$spec" "${PLAYWRIGHT_ARGS[@]}" 2>&1 |
    tee "$output" || status=$?
  stop_servers
  p="$(grep -Eo '^ +[0-9]+ passed' "$output" | grep -Eo '[0-9]+' | tail -1 || true)"
  f="$(grep -Eo '^ +[0-9]+ failed' "$output" | grep -Eo '[0-9]+' | tail -1 || true)"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    failed_files+=("$spec")
    [ -z "$f" ] && failed=$((failed + 1))
    echo "Server logs: $(find "$RUN_DIR/$name" -name server.log | tr '\n' ' ')" >&2
  fi
done

printf '\n--- axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) ---\n'
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map(JSON.parse);
  let severe = 0, minor = 0;
  for (const r of lines) {
    const bad = r.violations.filter(v => v.impact === "serious" || v.impact === "critical");
    severe += bad.length; minor += r.violations.length - bad.length;
    const other = r.violations.filter(v => !bad.includes(v)).map(v => `${v.impact} ${v.id}`);
    console.log(`${r.label} (${r.url}): ${r.passes} rules passed, ${bad.length} serious/critical${other.length ? ", other: " + other.join(", ") : ""}`);
  }
  console.log(`${lines.length} page states checked, ${severe} serious or critical violations, ${minor} minor or moderate`);
' "$FF_AXE_LOG"

if [ "${#failed_files[@]}" -eq 0 ]; then
  rm -rf "$RUN_DIR"
else
  echo "Failed: ${failed_files[*]} (logs and screenshots in $RUN_DIR)" >&2
fi
printf '\ne2e: %d passed, %d failed\n' "$passed" "$failed"
[ "${#failed_files[@]}" -eq 0 ]
