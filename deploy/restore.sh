#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into a NEW database (never over an existing one), checking
# its SHA-256 first; all or nothing (one transaction per object list, stops at the first error).
#
#   deploy/restore.sh FILE [database]      default database: sociaaldossier_hersteld
#
# The server from the libpq environment (PGHOST, PGPORT, PGUSER: a role that may create databases,
# PGPASSWORD). The roles of the dump (the schema owner, the app's role) must exist on the server
# (pg_dumpall --roles-only of the old one). Then point DB_URL at the new database and start the app:
# Flyway validates the schema history and the app runs on the restored data.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
bestand=$1
doel=${2:-sociaaldossier_hersteld}
eigenaar=${RESTORE_OWNER:-sociaaldossier}
if [ -f "$bestand.sha256" ]; then
    (cd "$(dirname "$bestand")" && sha256sum --quiet -c "$(basename "$bestand").sha256")
fi
if [ -n "$("$PGBIN/psql" -d postgres -At --no-password -c "select 1 from pg_database where datname = '$doel'")" ]; then
    echo "database $doel exists: restore into a new database" >&2; exit 2
fi
start=$(date +%s.%N)
"$PGBIN/createdb" --no-password --owner="$eigenaar" --template=template0 --encoding=UTF8 "$doel"
"$PGBIN/pg_restore" --no-password --dbname="$doel" --exit-on-error --jobs="${RESTORE_JOBS:-2}" "$bestand"
"$PGBIN/psql" -d "$doel" -q --no-password -c "analyze"
printf 'restored %s into %s in %.1f s\n' "$bestand" "$doel" "$(awk "BEGIN { print $(date +%s.%N) - $start }")"
