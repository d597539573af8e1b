#!/usr/bin/env bash
# wildfly.sh start|stop|status — runs the configured WildFly (target/wildfly-*, built by this
# module) with the Citizen Shop EAR for the demo. The server's own directory stays pristine:
# a separate base directory (WILDFLY_BASE_DIR) holds this run's configuration (refreshed from the
# build on every start), data (the H2 demo database, the message journal; kept between runs),
# logs and deployments. "start" launches standalone-full in its own session (setsid), copies the
# EAR into the deployment scanner's folder and waits until it is deployed and the server has
# finished starting (or failed, or started with errors — a port taken, a subsystem down —: then
# what failed is printed, the server stopped, and it exits 1). "stop" shuts the server down through its management
# interface, or kills its process group. "status" exits 0 when the EAR is deployed.
# Environment: WILDFLY_HOME (required), WILDFLY_BASE_DIR (required), WILDFLY_DEPLOYMENT (the EAR;
# required for start), WILDFLY_PORT_OFFSET (0), WILDFLY_START_TIMEOUT (300 s), and whatever the
# server configuration reads (CS_DB_URL, OIDC_PROVIDER_URL, AGENCY_IRN_URL, ... see README).
set -euo pipefail

readonly SCRIPT_NAME="wildfly.sh"
SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SCRIPT_DIR
# shellcheck source-path=SCRIPTDIR source=lib/service.sh
source "$SCRIPT_DIR/lib/service.sh"

require_action "start|stop|status" "$@"
ACTION="$1"

: "${WILDFLY_HOME:?WILDFLY_HOME must point at the configured server (wildfly-config/target/wildfly-*)}"
: "${WILDFLY_BASE_DIR:?WILDFLY_BASE_DIR must name the base directory of this run}"
[[ -x "$WILDFLY_HOME/bin/standalone.sh" ]] || die "WILDFLY_HOME=$WILDFLY_HOME has no bin/standalone.sh (run the build first)"
WILDFLY_HOME="$(cd -- "$WILDFLY_HOME" && pwd -P)"
WILDFLY_BASE_DIR="$(realpath -m -- "$WILDFLY_BASE_DIR")"
WILDFLY_PORT_OFFSET="${WILDFLY_PORT_OFFSET:-0}"
WILDFLY_START_TIMEOUT="${WILDFLY_START_TIMEOUT:-300}"
readonly PID_FILE="$WILDFLY_BASE_DIR/wildfly.pid"
readonly LOG_FILE="$WILDFLY_BASE_DIR/log/console.log"
readonly MANAGEMENT_PORT=$((9990 + WILDFLY_PORT_OFFSET))

running() { group_running "$(recorded_pgid)"; }

deployment_name() {
    basename -- "${WILDFLY_DEPLOYMENT:-citizen-shop.ear}"
}

deployed() {
    [[ -f "$WILDFLY_BASE_DIR/deployments/$(deployment_name).deployed" ]]
}

prepare_base_dir() {
    mkdir -p -- "$WILDFLY_BASE_DIR/deployments" "$WILDFLY_BASE_DIR/log" "$WILDFLY_BASE_DIR/data"
    # Configuration comes from the build every time; data (database, journal) stays.
    rm -rf -- "$WILDFLY_BASE_DIR/configuration"
    cp -r -- "$WILDFLY_HOME/standalone/configuration" "$WILDFLY_BASE_DIR/configuration"
    rm -f -- "$WILDFLY_BASE_DIR/deployments/$(deployment_name)"*
    cp -- "$WILDFLY_DEPLOYMENT" "$WILDFLY_BASE_DIR/deployments/$(deployment_name)"
}

# still_starting DEADLINE WHAT — while start waits: dies with the log's tail when the server has exited, or
# when SECONDS has reached DEADLINE (then the server is stopped; the message says WHAT it was not).
still_starting() {
    if ! running; then
        print_log_tail 60
        die "WildFly exited during start-up"
    fi
    if ((SECONDS >= $1)); then
        print_log_tail 60
        do_stop
        die "$2 within ${WILDFLY_START_TIMEOUT}s"
    fi
}

do_start() {
    : "${WILDFLY_DEPLOYMENT:?WILDFLY_DEPLOYMENT must name the EAR to deploy}"
    [[ -f "$WILDFLY_DEPLOYMENT" ]] || die "no deployment at $WILDFLY_DEPLOYMENT (run the build first)"
    if running; then
        die "a server started from $WILDFLY_BASE_DIR is already running (process group $(recorded_pgid)); stop it first"
    fi
    if port_in_use "$((8080 + WILDFLY_PORT_OFFSET))"; then
        die "port $((8080 + WILDFLY_PORT_OFFSET)) is already in use by another process"
    fi
    prepare_base_dir
    log "starting WildFly (base dir $WILDFLY_BASE_DIR, port offset $WILDFLY_PORT_OFFSET)"
    setsid "$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml \
        -Djboss.server.base.dir="$WILDFLY_BASE_DIR" \
        -Djboss.socket.binding.port-offset="$WILDFLY_PORT_OFFSET" >"$LOG_FILE" 2>&1 </dev/null &
    echo "$!" >"$PID_FILE"
    local deadline=$((SECONDS + WILDFLY_START_TIMEOUT)) marker
    marker="$WILDFLY_BASE_DIR/deployments/$(deployment_name)"
    until deployed; do
        if [[ -f "$marker.failed" ]]; then
            print_log_tail 60
            cat -- "$marker.failed" >&2
            printf '\n' >&2
            do_stop
            die "the deployment failed"
        fi
        still_starting "$deadline" "not deployed"
        sleep 2
    done
    # The EAR's marker can appear on a server that is starting with errors: a port taken between the
    # check above and the server's bind (an outgoing connection may hold it: the ports of the scripts
    # with an offset are in the kernel's ephemeral range), a subsystem that did not start. Such a
    # server does not serve what it should, so start waits for its verdict (WFLYSRV0025 "started",
    # WFLYSRV0026 "started (with errors)"; it follows the marker by a fraction of a second).
    until grep -q -E 'WFLYSRV002[56]:' -- "$LOG_FILE" 2>/dev/null; do
        still_starting "$deadline" "not started"
        sleep 1
    done
    if grep -q 'WFLYSRV0026:' -- "$LOG_FILE"; then
        printf '[%s] ---- what failed (%s) ----\n' "$SCRIPT_NAME" "$LOG_FILE" >&2
        grep -E 'WFLYCTL0186|WFLYCTL0080|Address already in use|WFLYSRV0026' -- "$LOG_FILE" \
            | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-400 >&2 || true
        printf '[%s] ---- end ----\n' "$SCRIPT_NAME" >&2
        do_stop
        die "WildFly started with errors (above): not serving as configured; stopped"
    fi
    log "deployed $(deployment_name) (http://localhost:$((8080 + WILDFLY_PORT_OFFSET))/)"
}

do_stop() {
    if ! running; then
        rm -f -- "$PID_FILE"
        log "not running"
        return 0
    fi
    local pgid waited=0
    pgid="$(recorded_pgid)"
    log "stopping WildFly (process group $pgid)"
    "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$MANAGEMENT_PORT" \
        --command=":shutdown(timeout=30)" >/dev/null 2>&1 || kill -TERM -- "-$pgid" 2>/dev/null || true
    while group_running "$pgid"; do
        if ((waited >= 90)); then
            log "still running after 45 s, sending KILL"
            kill -KILL -- "-$pgid" 2>/dev/null || true
            break
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
    rm -f -- "$PID_FILE"
    log "stopped"
}

case "$ACTION" in
    start) do_start ;;
    stop) do_stop ;;
    status) running && deployed ;;
esac
