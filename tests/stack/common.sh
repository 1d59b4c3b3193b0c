# Shared by the tests/stack scripts: ports, pid files, readiness waits.
# shellcheck shell=sh

stack_die() { echo "stack: $*" >&2; exit 1; }

# A free TCP port on 127.0.0.1, or the forced one in $1 if set.
stack_port() {
	if [ -n "${1:-}" ]; then
		echo "$1"
		return
	fi
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The port a server chose before (kept so restarts reuse it), or a new one.
stack_keep_port() {	# dir forced
	if [ -s "$1/port" ]; then
		cat "$1/port"
	else
		stack_port "${2:-}" > "$1/port"
		cat "$1/port"
	fi
}

# 0 if pid is a process still running: not gone, and not a zombie that
# nobody reaps (some containers' init does not), which serves nothing.
stack_running() {
	kill -0 "$1" 2>/dev/null &&
		[ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]
}

# 0 if the pid file names a live process.
stack_alive() {
	[ -s "$1" ] && stack_running "$(cat "$1")"
}

# Poll a command until it succeeds, at most $1 seconds.
stack_wait() {
	limit=$1
	shift
	i=0
	while [ "$i" -lt $((limit * 10)) ]; do
		if "$@" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# Stop the process in a pid file: TERM, up to 15 s, then KILL.
stack_stop_pid() {
	pidfile=$1
	[ -s "$pidfile" ] || return 0
	pid=$(cat "$pidfile")
	if stack_running "$pid"; then
		kill -TERM "$pid" 2>/dev/null || true
		i=0
		while stack_running "$pid" && [ "$i" -lt 150 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		if stack_running "$pid"; then
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$pidfile"
}

stack_state() {
	[ -n "${1:-}" ] || stack_die "usage: $0 start|stop STATE"
	mkdir -p "$1"
	chmod 755 "$1"
	(cd "$1" && pwd)
}

# Who may read the stack's configuration (STATE/etc, mode 0640 files in a
# 0750 directory): the group of the user the programs run as. The pool
# (mod_proxy_fcgi, as shipped) runs as the system user appraisal; under
# mod_fcgid Apache runs them as its own user, www-data.
stack_conf_group() {	# state group
	[ -d "$1/etc" ] || return 0
	chgrp "$2" "$1/etc" "$1"/etc/*.hdf || stack_die "cannot give $1/etc to group $2"
	chmod 750 "$1/etc"
}
