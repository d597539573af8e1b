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
readonly START_TIMEOUT=60
readonly STOP_TIMEOUT=20

log() { printf '[%s] %s\n' "$SCRIPT_NAME" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

usage() {
    printf 'usage: %s start|stop|status|restart\n' "$SCRIPT_NAME" >&2
    exit 2
}

[[ $# -eq 1 ]] || usage
ACTION="$1"
case "$ACTION" in start | stop | status | restart) ;; *) usage ;; esac

: "${AGENCY_SIM_STATE_DIR:?AGENCY_SIM_STATE_DIR must name a directory for the pid and log files}"
AGENCY_SIM_PORT="${AGENCY_SIM_PORT:-8280}"
JAVA="${JAVA:-java}"
AGENCY_SIM_JAVA_OPTS="${AGENCY_SIM_JAVA_OPTS:-}"

[[ "$AGENCY_SIM_PORT" =~ ^[0-9]+$ ]] || die "AGENCY_SIM_PORT must be a number: $AGENCY_SIM_PORT"
AGENCY_SIM_STATE_DIR="$(realpath -m -- "$AGENCY_SIM_STATE_DIR")"
PID_FILE="$AGENCY_SIM_STATE_DIR/agency-sim.pid"
LOG_FILE="$AGENCY_SIM_STATE_DIR/agency-sim.log"
HEALTH_URL="http://localhost:$AGENCY_SIM_PORT/health"

recorded_pgid() {
    local pgid=""
    if [[ -f "$PID_FILE" ]]; then
        pgid="$(tr -dc '0-9' <"$PID_FILE")"
    fi
    printf '%s' "$pgid"
}

# True if the recorded process group still has a member running "-jar ...".
group_alive() {
    local pgid="$1" pid
    [[ -n "$pgid" ]] || return 1
    while read -r pid; do
        if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-jar "; then
            return 0
        fi
    done < <(pgrep -g "$pgid" 2>/dev/null || true)
    return 1
}

is_healthy() {
    curl -fsS -o /dev/null --max-time 5 "$HEALTH_URL" 2>/dev/null
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

print_log_tail() {
    if [[ -f "$LOG_FILE" ]]; then
        printf '[%s] ---- last 40 lines of %s ----\n' "$SCRIPT_NAME" "$LOG_FILE" >&2
        tail -n 40 "$LOG_FILE" >&2 || true
        printf '[%s] ---- end of log ----\n' "$SCRIPT_NAME" >&2
    fi
}

kill_group() {
    local pgid="$1" waited=0
    kill -TERM -- "-$pgid" 2>/dev/null || true
    while pgrep -g "$pgid" >/dev/null 2>&1; do
        if ((waited >= STOP_TIMEOUT * 2)); then
            log "process group $pgid still alive after ${STOP_TIMEOUT}s, sending KILL"
            kill -KILL -- "-$pgid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
}

do_stop() {
    local pgid
    pgid="$(recorded_pgid)"
    if [[ -z "$pgid" ]] || ! pgrep -g "$pgid" >/dev/null 2>&1; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    if ! group_alive "$pgid"; then
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
    while ! is_healthy; do
        if ! group_alive "$pgid"; then
            rm -f "$PID_FILE"
            print_log_tail
            die "the agency simulator exited during start-up"
        fi
        if ((SECONDS >= deadline)); then
            print_log_tail
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
    if group_alive "$pgid"; then
        if is_healthy; then
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
    if group_alive "$pgid"; then
        if is_healthy; then
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
