#!/usr/bin/env bash
# postgres.sh start|stop|status|reset-db — a private PostgreSQL for the integration tests and
# the demo, built from the Debian package binaries (installed with apt-get if initdb/pg_ctl are
# found neither in PATH nor in /usr/lib/postgresql/*/bin). The cluster lives in $PG_DATA (e.g.
# under a Maven target/ directory), is owned by the "postgres" OS user (initdb refuses to run as
# root, so the server commands run through "runuser -u postgres"; as a non-root user they run
# as that user), listens on 127.0.0.1:$PG_PORT only with scram-sha-256 password authentication,
# and keeps its unix socket inside $PG_DATA (or /tmp if that path is too long for a socket).
# "start" initialises the cluster if needed, starts it in its own session if it is not running,
# waits for pg_isready and creates the LOGIN/CREATEDB role and the database if missing;
# "reset-db" drops and recreates the database; "stop" is a fast shutdown; all are idempotent.
# Environment: PG_DATA (required), PG_PORT (15432), PG_DB (citizenshop), PG_USER (citizenshop),
# PG_PASSWORD (citizenshop-dev), PG_START_TIMEOUT (60 s). Dev/test credentials only.
set -euo pipefail

readonly SCRIPT_NAME="postgres.sh"
SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SCRIPT_DIR
# shellcheck source-path=SCRIPTDIR source=lib/service.sh
source "$SCRIPT_DIR/lib/service.sh"

require_action "start|stop|status|reset-db" "$@"
ACTION="$1"

: "${PG_DATA:?PG_DATA must name the directory of the private cluster (e.g. under target/)}"
PG_PORT="${PG_PORT:-15432}"
PG_DB="${PG_DB:-citizenshop}"
PG_USER="${PG_USER:-citizenshop}"
PG_PASSWORD="${PG_PASSWORD:-citizenshop-dev}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
readonly PG_OS_USER="postgres"

[[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "PG_PORT must be a number: $PG_PORT"

PG_DATA="$(realpath -m -- "$PG_DATA")"
[[ "$PG_DATA" != *[[:space:]]* ]] || die "PG_DATA must not contain whitespace: $PG_DATA"
LOG_FILE="$PG_DATA/postgres.log"

# ---------------------------------------------------------------------------------------------
# Binaries

PG_BIN=""

find_pg_bin() {
    local initdb_path dir
    if initdb_path="$(command -v initdb 2>/dev/null)" && command -v pg_ctl >/dev/null 2>&1; then
        dir="$(dirname -- "$(readlink -f -- "$initdb_path")")"
        if [[ -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            PG_BIN="$dir"
            return 0
        fi
    fi
    # Newest version first.
    while read -r dir; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            PG_BIN="$dir"
            return 0
        fi
    done < <(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -rV)
    return 1
}

install_postgresql() {
    ((EUID == 0)) || die "PostgreSQL server binaries not found and not root: install the Debian package 'postgresql' first"
    log "PostgreSQL binaries not found; installing the Debian package 'postgresql'"
    # Keep the package's own cluster (5432) from being started by the maintainer scripts:
    # a temporary policy-rc.d that denies service starts, unless the image already has one.
    local policy=/usr/sbin/policy-rc.d created_policy=false
    if [[ ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        created_policy=true
    fi
    local rc=0
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql || rc=$?
    if [[ "$created_policy" == true ]]; then
        rm -f "$policy"
    fi
    ((rc == 0)) || die "apt-get install postgresql failed (exit $rc)"
}

ensure_binaries() {
    if ! find_pg_bin; then
        install_postgresql
        find_pg_bin || die "PostgreSQL installed but initdb/pg_ctl still not found"
    fi
    [[ -x "$PG_BIN/pg_isready" && -x "$PG_BIN/psql" ]] || die "pg_isready/psql missing in $PG_BIN"
}

# Runs a command as the owner of the cluster.
as_pg() {
    if ((EUID == 0)); then
        runuser -u "$PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

# ---------------------------------------------------------------------------------------------
# Cluster

socket_dir() {
    # sun_path holds 107 bytes; fall back to /tmp for deep PG_DATA paths.
    local candidate="$PG_DATA/.s.PGSQL.$PG_PORT"
    if ((${#candidate} < 100)); then
        printf '%s' "$PG_DATA"
    else
        printf '/tmp'
    fi
}

is_initialised() { [[ -f "$PG_DATA/PG_VERSION" ]]; }

is_running() {
    is_initialised || return 1
    as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

is_ready() {
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -d postgres -t 3 >/dev/null 2>&1
}

# Checks that the postgres OS user can reach PG_DATA; names the first parent that blocks it.
check_traversable() {
    ((EUID == 0)) || return 0
    local dir="$PG_DATA"
    if runuser -u "$PG_OS_USER" -- test -w "$dir" -a -x "$dir"; then
        return 0
    fi
    # Walk the parents from / downwards: the first one postgres cannot enter is the culprit.
    local -a parents=()
    dir="$(dirname -- "$dir")"
    while [[ "$dir" != "/" ]]; do
        parents=("$dir" "${parents[@]}")
        dir="$(dirname -- "$dir")"
    done
    for dir in "${parents[@]}"; do
        if ! runuser -u "$PG_OS_USER" -- test -x "$dir"; then
            die "the '$PG_OS_USER' OS user cannot traverse $dir (mode $(stat -c %A "$dir"), owner $(stat -c %U "$dir")), so it cannot reach PG_DATA=$PG_DATA; choose a PG_DATA outside it (e.g. under /tmp or /var/tmp) or make it traversable (chmod o+x $dir)"
        fi
    done
    die "the '$PG_OS_USER' OS user cannot write to PG_DATA=$PG_DATA"
}

init_cluster() {
    if [[ -e "$PG_DATA" && ! -d "$PG_DATA" ]]; then
        die "PG_DATA=$PG_DATA exists and is not a directory"
    fi
    mkdir -p -- "$PG_DATA"
    if [[ -n "$(ls -A -- "$PG_DATA")" ]]; then
        die "PG_DATA=$PG_DATA is not empty but holds no cluster (no PG_VERSION); remove it or point PG_DATA elsewhere"
    fi
    if ((EUID == 0)); then
        id "$PG_OS_USER" >/dev/null 2>&1 || die "OS user '$PG_OS_USER' does not exist (is the Debian postgresql package installed?)"
        chown "$PG_OS_USER:" "$PG_DATA"
    fi
    chmod 700 "$PG_DATA"
    check_traversable
    log "initialising a new cluster in $PG_DATA ($("$PG_BIN/postgres" --version))"
    # The superuser has no password: it is reachable only through the unix socket (peer auth,
    # socket directory mode 0700 when inside PG_DATA); TCP needs a password (scram-sha-256).
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_OS_USER" -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 >"$PG_DATA.initdb.log" 2>&1 \
        || { cat "$PG_DATA.initdb.log" >&2; die "initdb failed"; }
    rm -f -- "$PG_DATA.initdb.log"
}

start_server() {
    local sock
    sock="$(socket_dir)"
    if port_in_use "$PG_PORT"; then
        die "port $PG_PORT is already in use by another process (not the cluster in $PG_DATA)"
    fi
    check_traversable
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT (data $PG_DATA, socket dir $sock, log $LOG_FILE)"
    # setsid: the server gets its own session, so a Ctrl-C in the caller's terminal does not
    # reach it; "stop" shuts it down.
    if ! as_pg setsid -w "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$LOG_FILE" -w -t "$PG_START_TIMEOUT" \
        -o "-p $PG_PORT -k $sock -c listen_addresses=127.0.0.1" >/dev/null; then
        tail -n 40 "$LOG_FILE" >&2 || true
        die "pg_ctl start failed"
    fi
}

wait_ready() {
    local deadline=$((SECONDS + PG_START_TIMEOUT))
    until is_ready; do
        if ((SECONDS >= deadline)); then
            tail -n 40 "$LOG_FILE" >&2 || true
            die "PostgreSQL not ready on 127.0.0.1:$PG_PORT after ${PG_START_TIMEOUT}s"
        fi
        sleep 1
    done
}

# Runs SQL (stdin) as the superuser through the unix socket; psql variables user, pw, db are set.
psql_admin() {
    as_pg "$PG_BIN/psql" -X -q -h "$(socket_dir)" -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 \
        -v "user=$PG_USER" -v "pw=$PG_PASSWORD" -v "db=$PG_DB"
}

ensure_role_and_db() {
    psql_admin <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

# ---------------------------------------------------------------------------------------------
# Actions

do_start() {
    ensure_binaries
    if ! is_initialised; then
        init_cluster
    fi
    if is_running; then
        log "already running (data $PG_DATA)"
    else
        start_server
    fi
    wait_ready
    ensure_role_and_db
    log "ready: postgresql://$PG_USER:***@127.0.0.1:$PG_PORT/$PG_DB"
}

do_stop() {
    if ! find_pg_bin || ! is_running; then
        log "not running"
        return 0
    fi
    local pid waited=0
    pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')"
    log "stopping PostgreSQL (data $PG_DATA)"
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null
    # pg_ctl returns once postmaster.pid is gone; wait for the postmaster process itself too.
    while [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && ((waited < 50)); do
        sleep 0.2
        waited=$((waited + 1))
    done
    log "stopped"
}

do_status() {
    if ! find_pg_bin || ! is_running; then
        log "not running"
        return 3
    fi
    if is_ready; then
        log "running and ready on 127.0.0.1:$PG_PORT (data $PG_DATA)"
        return 0
    fi
    log "running but not accepting connections on 127.0.0.1:$PG_PORT"
    return 1
}

do_reset_db() {
    do_start
    log "dropping and recreating database $PG_DB"
    psql_admin <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'user', 'UTF8') \gexec
SQL
    log "database $PG_DB recreated"
}

case "$ACTION" in
    start) do_start ;;
    stop) do_stop ;;
    status) do_status ;;
    reset-db) do_reset_db ;;
esac
