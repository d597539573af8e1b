# shellcheck shell=bash
# lib/service.sh — functions shared by the service scripts next to this directory (agency-sim.sh,
# keycloak.sh, postgres.sh, wildfly.sh), which source it with
#     source "$SCRIPT_DIR/lib/service.sh"
# It only defines functions: sourcing it sets no shell options, variables or traps. The functions
# read these variables of the calling script: SCRIPT_NAME (the prefix of every message),
# PID_FILE (the file holding the recorded process group id), LOG_FILE (the service's output) and
# STOP_TIMEOUT (seconds kill_group waits after TERM before it sends KILL).

# Prints "[SCRIPT_NAME] MESSAGE" on stdout.
log() { printf '[%s] %s\n' "$SCRIPT_NAME" "$*"; }

# Prints "[SCRIPT_NAME] ERROR: MESSAGE" on stderr and exits 1.
die() { printf '[%s] ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

# require_action ACTIONS ARG... — exits 2 with the usage line unless ARG is exactly one of the
# "|"-separated ACTIONS (e.g. "start|stop|status").
require_action() {
    local actions="$1" action
    local -a allowed
    shift
    if [[ $# -eq 1 ]]; then
        IFS='|' read -r -a allowed <<<"$actions"
        for action in "${allowed[@]}"; do
            if [[ "$1" == "$action" ]]; then
                return 0
            fi
        done
    fi
    printf 'usage: %s %s\n' "$SCRIPT_NAME" "$actions" >&2
    exit 2
}

# Prints the process group id recorded in PID_FILE, or nothing.
recorded_pgid() {
    local pgid=""
    if [[ -f "$PID_FILE" ]]; then
        pgid="$(tr -dc '0-9' <"$PID_FILE")"
    fi
    printf '%s' "$pgid"
}

# group_running PGID — true if PGID is non-empty and the process group still has a member.
group_running() {
    [[ -n "$1" ]] && pgrep -g "$1" >/dev/null 2>&1
}

# group_alive PGID MARKER — true if a member of the process group has MARKER in its command line
# (tells the service apart from an unrelated group that reuses a stale id).
group_alive() {
    local pgid="$1" marker="$2" pid
    [[ -n "$pgid" ]] || return 1
    while read -r pid; do
        if tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$marker"; then
            return 0
        fi
    done < <(pgrep -g "$pgid" 2>/dev/null || true)
    return 1
}

# kill_group PGID — terminates the process group: TERM, wait up to STOP_TIMEOUT s, then KILL.
kill_group() {
    local pgid="$1" waited=0
    kill -TERM -- "-$pgid" 2>/dev/null || true
    while group_running "$pgid"; do
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

# http_ok URL — true if URL answers within 5 s with a status below 400 (curl -f).
http_ok() {
    curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# port_in_use PORT — true if something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# print_log_tail LINES — prints the last LINES lines of LOG_FILE (if it exists) on stderr.
print_log_tail() {
    if [[ -f "$LOG_FILE" ]]; then
        printf '[%s] ---- last %s lines of %s ----\n' "$SCRIPT_NAME" "$1" "$LOG_FILE" >&2
        tail -n "$1" "$LOG_FILE" >&2 || true
        printf '[%s] ---- end of log ----\n' "$SCRIPT_NAME" >&2
    fi
}
