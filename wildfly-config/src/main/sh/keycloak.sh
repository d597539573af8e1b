#!/usr/bin/env bash
# keycloak.sh start|stop|status|restart — runs the DEV Keycloak (realm citizen-shop) for the
# demo and for the Maven integration tests. KC_HOME must point at an unpacked keycloak-26.x
# directory. "start" copies the realm JSON into $KC_HOME/data/import/, launches
# "kc.sh start-dev --import-realm" in its own session/process group (setsid) with its output
# in $KC_STATE_DIR/keycloak.log and its process group id in $KC_STATE_DIR/keycloak.pid, and
# waits for http://localhost:$KC_MGMT_PORT/health/ready; it returns at once if that Keycloak is
# already running. "stop" terminates the whole process group (TERM, then KILL after 30 s) and
# succeeds when nothing runs. "status" exits 0 only if Keycloak is running and ready.
# Environment: KC_HOME (required), KC_HTTP_PORT (8180), KC_MGMT_PORT (9180), KC_REALM_FILE
# (../keycloak/citizen-shop-realm.json next to this script), KC_STATE_DIR
# ($KC_HOME/../keycloak-state), KC_START_TIMEOUT (240 s), KC_RESET_DATA ("auto": wipes the dev
# H2 database before start when the realm file differs from the one imported last, so that a
# changed realm is imported afresh; "true" always wipes it; "false" never), KC_BOOTSTRAP_ADMIN_USERNAME
# (admin), KC_BOOTSTRAP_ADMIN_PASSWORD (admin-dev-not-for-production). Everything here is DEV
# only: start-dev, plain HTTP, demo secrets.
set -euo pipefail

readonly SCRIPT_NAME="keycloak.sh"
SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SCRIPT_DIR
# shellcheck source-path=SCRIPTDIR source=lib/service.sh
source "$SCRIPT_DIR/lib/service.sh"

require_action "start|stop|status|restart" "$@"
ACTION="$1"

: "${KC_HOME:?KC_HOME must point at an unpacked keycloak-26.x directory}"
[[ -x "$KC_HOME/bin/kc.sh" ]] || die "KC_HOME=$KC_HOME has no executable bin/kc.sh"
KC_HOME="$(cd -- "$KC_HOME" && pwd -P)"
KC_HTTP_PORT="${KC_HTTP_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9180}"
KC_REALM_FILE="${KC_REALM_FILE:-$SCRIPT_DIR/../keycloak/citizen-shop-realm.json}"
KC_STATE_DIR="$(realpath -m -- "${KC_STATE_DIR:-$KC_HOME/../keycloak-state}")"
KC_START_TIMEOUT="${KC_START_TIMEOUT:-240}"
KC_RESET_DATA="${KC_RESET_DATA:-auto}"
[[ "$KC_RESET_DATA" =~ ^(auto|true|false)$ ]] || die "KC_RESET_DATA must be auto, true or false: $KC_RESET_DATA"
readonly STOP_TIMEOUT=30
for _v in KC_HTTP_PORT KC_MGMT_PORT KC_START_TIMEOUT; do
    [[ "${!_v}" =~ ^[0-9]+$ ]] || die "$_v must be a number: ${!_v}"
done

PID_FILE="$KC_STATE_DIR/keycloak.pid"
LOG_FILE="$KC_STATE_DIR/keycloak.log"
READY_URL="http://localhost:$KC_MGMT_PORT/health/ready"

# is_keycloak PGID — true if the process group still has members and one of them is this Keycloak.
is_keycloak() { group_alive "$1" "$KC_HOME"; }

do_stop() {
    local pgid
    pgid="$(recorded_pgid)"
    if ! group_running "$pgid"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    if ! is_keycloak "$pgid"; then
        log "process group $pgid in $PID_FILE is not this Keycloak (stale pid file); removing it"
        rm -f "$PID_FILE"
        return 0
    fi
    log "stopping Keycloak (process group $pgid)"
    kill_group "$pgid"
    rm -f "$PID_FILE"
    log "stopped"
}

wait_until_ready() {
    local pgid="$1" deadline=$((SECONDS + KC_START_TIMEOUT))
    while ! http_ok "$READY_URL"; do
        if ! is_keycloak "$pgid"; then
            rm -f "$PID_FILE"
            print_log_tail 60
            die "Keycloak exited during start-up"
        fi
        if ((SECONDS >= deadline)); then
            print_log_tail 60
            log "not ready after ${KC_START_TIMEOUT}s; stopping it"
            kill_group "$pgid"
            rm -f "$PID_FILE"
            die "Keycloak did not become ready within ${KC_START_TIMEOUT}s ($READY_URL)"
        fi
        sleep 2
    done
}

do_start() {
    local pgid started
    mkdir -p "$KC_STATE_DIR"
    pgid="$(recorded_pgid)"
    if is_keycloak "$pgid"; then
        if http_ok "$READY_URL"; then
            log "already running and ready (process group $pgid, http://localhost:$KC_HTTP_PORT)"
            return 0
        fi
        log "already starting (process group $pgid); waiting for readiness"
        wait_until_ready "$pgid"
        log "ready: http://localhost:$KC_HTTP_PORT/realms/citizen-shop"
        return 0
    fi
    rm -f "$PID_FILE"

    local port
    for port in "$KC_HTTP_PORT" "$KC_MGMT_PORT"; do
        if port_in_use "$port"; then
            die "port $port is already in use by another process (not started by this script with KC_STATE_DIR=$KC_STATE_DIR)"
        fi
    done

    [[ -f "$KC_REALM_FILE" ]] || die "realm file not found: $KC_REALM_FILE"
    # Keycloak imports a realm only into an empty database (IGNORE_EXISTING): the copy of the realm
    # file imported last tells whether the dev database still holds the realm of this file.
    local imported="$KC_HOME/data/import/citizen-shop-realm.json"
    if [[ "$KC_RESET_DATA" == "true" ]]; then
        log "KC_RESET_DATA=true: wiping $KC_HOME/data/h2"
        rm -rf -- "$KC_HOME/data/h2"
    elif [[ "$KC_RESET_DATA" == "auto" && -d "$KC_HOME/data/h2" && -f "$imported" ]] \
        && ! cmp -s -- "$KC_REALM_FILE" "$imported"; then
        log "the realm file changed since it was imported: wiping $KC_HOME/data/h2 to import it afresh (KC_RESET_DATA=false keeps it)"
        rm -rf -- "$KC_HOME/data/h2"
    fi
    mkdir -p "$KC_HOME/data/import"
    cp -f -- "$KC_REALM_FILE" "$imported"

    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-dev-not-for-production}"

    log "starting Keycloak from $KC_HOME (http $KC_HTTP_PORT, management $KC_MGMT_PORT, log $LOG_FILE)"
    started=$SECONDS
    # Keycloak 26's brute-force protector refuses a login while another of the same user is in
    # progress (its upgrade notes), which locks out the shared demo users of the tests and the
    # demo as "temporarily disabled" without any failed login; failed logins still count.
    # setsid makes the child a session and process group leader (pid = pgid); stdin is
    # detached so that the caller's terminal never reaches it, "stop" kills the whole group.
    setsid "$KC_HOME/bin/kc.sh" start-dev \
        "--http-port=$KC_HTTP_PORT" \
        "--http-management-port=$KC_MGMT_PORT" \
        --health-enabled=true \
        --import-realm \
        --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true \
        </dev/null >"$LOG_FILE" 2>&1 &
    pgid=$!
    printf '%s\n' "$pgid" >"$PID_FILE"

    # If this script is interrupted while waiting, do not leave Keycloak behind.
    trap 'log "interrupted; stopping Keycloak"; kill_group "$pgid"; rm -f "$PID_FILE"; exit 130' INT TERM HUP
    wait_until_ready "$pgid"
    trap - INT TERM HUP
    log "ready after $((SECONDS - started))s: http://localhost:$KC_HTTP_PORT/realms/citizen-shop (process group $pgid)"
}

do_status() {
    local pgid
    pgid="$(recorded_pgid)"
    if is_keycloak "$pgid"; then
        if http_ok "$READY_URL"; then
            log "running and ready (process group $pgid, http://localhost:$KC_HTTP_PORT)"
            return 0
        fi
        log "running (process group $pgid) but not ready"
        return 1
    fi
    log "not running"
    return 3
}

case "$ACTION" in
    start) do_start ;;
    stop) do_stop ;;
    status) do_status ;;
    restart) do_stop; do_start ;;
esac
