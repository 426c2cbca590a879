#!/usr/bin/env bash
# Shared by the deploy scripts and the restore test: a PostgreSQL cluster of Debian's PostgreSQL 15
# in a folder of ours, on loopback. PostgreSQL refuses to run as root: as root the server and its
# tools run as the user postgres (the Debian package creates it).
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

als_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT: a new cluster in DIR (initdb, unless it exists) started on 127.0.0.1:PORT; its
# socket in DIR/../sock-PORT; the superuser "postgres" without password over that socket, passwords
# (scram) over TCP. Extra postgresql.conf lines on stdin when new.
pg_start() {
    local dir=$1 poort=$2 sock
    sock=$(dirname "$dir")/sock-$poort
    mkdir -p "$sock"; [ "$(id -u)" = 0 ] && chown postgres "$sock" "$(dirname "$dir")"
    if [ ! -f "$dir/PG_VERSION" ]; then
        install -d -m 700 "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
        als_postgres "$PGBIN/initdb" -D "$dir" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
        { echo "port = $poort"; echo "listen_addresses = '127.0.0.1'"; echo "unix_socket_directories = '$sock'"; cat; } >> "$dir/postgresql.conf"
    fi
    als_postgres "$PGBIN/pg_ctl" -D "$dir" -l "$dir.log" -w start >/dev/null
}

pg_stop() {
    [ -f "$1/postmaster.pid" ] && als_postgres "$PGBIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null || true
}

# pg_psql DIR PORT [psql args]: psql as the superuser over the cluster's socket
pg_psql() {
    local dir=$1 poort=$2; shift 2
    als_postgres "$PGBIN/psql" -h "$(dirname "$dir")/sock-$poort" -p "$poort" -v ON_ERROR_STOP=1 -q "$@"
}
