#!/usr/bin/env bash
# agency-sim.sh start|stop|status|restart — runs the agency back-office simulator (the
# agency-sim module's executable jar) as a background process for the demo and the Maven
# integration tests. "start" launches "$JAVA -jar $AGENCY_SIM_JAR" in its own session/process
# group (setsid) with AGENCY_SIM_PORT exported, output in $AGENCY_SIM_STATE_DIR/agency-sim.log
# and the process group id in $AGENCY_SIM_STATE_DIR/agency-sim.pid, then waits until
# http://localhost:$AGENCY_SIM_PORT/health answers 200 (60 s); it returns at once if the
# simulator is already running. "stop" terminates the whole process group (TERM, then KILL
# after 20 s) and succeeds when nothing runs. "status" exits 0 only if it is running and healthy.
# Environment: AGENCY_SIM_JAR (required), AGENCY_SIM_STATE_DIR (required), AGENCY_SIM_PORT
# (8280), JAVA (java), AGENCY_SIM_JAVA_OPTS (extra JVM options, optional).
set -euo pipefail

readonly SCRIPT_NAME="agency-sim.sh"
SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SCRIPT_DIR
readonly START_TIMEOUT=60
readonly STOP_TIMEOUT=20
# shellcheck source-path=SCRIPTDIR source=lib/service.sh
source "$SCRIPT_DIR/lib/service.sh"

require_action "start|stop|status|restart" "$@"
ACTION="$1"

: "${AGENCY_SIM_STATE_DIR:?AGENCY_SIM_STATE_DIR must name a directory for the pid and log files}"
AGENCY_SIM_PORT="${AGENCY_SIM_PORT:-8280}"
JAVA="${JAVA:-java}"
AGENCY_SIM_JAVA_OPTS="${AGENCY_SIM_JAVA_OPTS:-}"

[[ "$AGENCY_SIM_PORT" =~ ^[0-9]+$ ]] || die "AGENCY_SIM_PORT must be a number: $AGENCY_SIM_PORT"
AGENCY_SIM_STATE_DIR="$(realpath -m -- "$AGENCY_SIM_STATE_DIR")"
PID_FILE="$AGENCY_SIM_STATE_DIR/agency-sim.pid"
LOG_FILE="$AGENCY_SIM_STATE_DIR/agency-sim.log"
HEALTH_URL="http://localhost:$AGENCY_SIM_PORT/health"

# is_simulator PGID — true if the process group still has a member running "-jar ...".
is_simulator() { group_alive "$1" "-jar "; }

do_stop() {
    local pgid
    pgid="$(recorded_pgid)"
    if ! group_running "$pgid"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    if ! is_simulator "$pgid"; then
        log "process group $pgid in $PID_FILE is not the simulator (stale pid file); removing it"
        rm -f "$PID_FILE"
        return 0
    fi
    log "stopping the agency simulator (process group $pgid)"
    kill_group "$pgid"
    rm -f "$PID_FILE"
    log "stopped"
}

wait_until_healthy() {
    local pgid="$1" deadline=$((SECONDS + START_TIMEOUT))
    while ! http_ok "$HEALTH_URL"; do
        if ! is_simulator "$pgid"; then
            rm -f "$PID_FILE"
            print_log_tail 40
            die "the agency simulator exited during start-up"
        fi
        if ((SECONDS >= deadline)); then
            print_log_tail 40
            log "not healthy after ${START_TIMEOUT}s; stopping it"
            kill_group "$pgid"
            rm -f "$PID_FILE"
            die "the agency simulator did not answer $HEALTH_URL within ${START_TIMEOUT}s"
        fi
        sleep 1
    done
}

do_start() {
    local pgid started
    : "${AGENCY_SIM_JAR:?AGENCY_SIM_JAR must name the executable jar of the agency simulator}"
    mkdir -p -- "$AGENCY_SIM_STATE_DIR"
    pgid="$(recorded_pgid)"
    if is_simulator "$pgid"; then
        if http_ok "$HEALTH_URL"; then
            log "already running and healthy (process group $pgid, http://localhost:$AGENCY_SIM_PORT)"
            return 0
        fi
        log "already starting (process group $pgid); waiting for $HEALTH_URL"
        wait_until_healthy "$pgid"
        log "healthy: http://localhost:$AGENCY_SIM_PORT"
        return 0
    fi
    rm -f "$PID_FILE"

    [[ -f "$AGENCY_SIM_JAR" ]] || die "AGENCY_SIM_JAR not found: $AGENCY_SIM_JAR (build the agency-sim module first)"
    command -v "$JAVA" >/dev/null 2>&1 || die "JAVA=$JAVA not found"
    if port_in_use "$AGENCY_SIM_PORT"; then
        die "port $AGENCY_SIM_PORT is already in use by another process (not started by this script with AGENCY_SIM_STATE_DIR=$AGENCY_SIM_STATE_DIR)"
    fi

    export AGENCY_SIM_PORT
    local -a java_opts=()
    if [[ -n "$AGENCY_SIM_JAVA_OPTS" ]]; then
        read -r -a java_opts <<<"$AGENCY_SIM_JAVA_OPTS"
    fi
    log "starting the agency simulator on port $AGENCY_SIM_PORT ($AGENCY_SIM_JAR, log $LOG_FILE)"
    started=$SECONDS
    # setsid makes the JVM a session and process group leader (pid = pgid), detached from the
    # caller's terminal; "stop" kills the whole group.
    setsid "$JAVA" "${java_opts[@]}" -jar "$AGENCY_SIM_JAR" </dev/null >"$LOG_FILE" 2>&1 &
    pgid=$!
    printf '%s\n' "$pgid" >"$PID_FILE"

    trap 'log "interrupted; stopping the agency simulator"; kill_group "$pgid"; rm -f "$PID_FILE"; exit 130' INT TERM HUP
    wait_until_healthy "$pgid"
    trap - INT TERM HUP
    log "healthy after $((SECONDS - started))s: http://localhost:$AGENCY_SIM_PORT (process group $pgid)"
}

do_status() {
    local pgid
    pgid="$(recorded_pgid)"
    if is_simulator "$pgid"; then
        if http_ok "$HEALTH_URL"; then
            log "running and healthy (process group $pgid, http://localhost:$AGENCY_SIM_PORT)"
            return 0
        fi
        log "running (process group $pgid) but $HEALTH_URL does not answer 200"
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
