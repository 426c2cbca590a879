#!/usr/bin/env bash
# A logical backup of the Sociaal Dossier database: pg_dump in the custom format (compressed, restorable
# in parallel, table by table), with a SHA-256 next to it.
#
#   deploy/backup.sh [file]        default: backups/sociaaldossier-<date>-<time>.dump
#
# Which database: the libpq environment, as for psql: PGHOST, PGPORT, PGUSER (the schema owner or a
# superuser), PGPASSWORD (or ~/.pgpass), PGDATABASE (default sociaaldossier). Use pg_dump of the
# server's major version or newer (PGBIN, default Debian's PostgreSQL 15; in the compose set-up:
# docker compose exec db pg_dump ...). The roles are not in the dump: back them up once with
# pg_dumpall --roles-only. For point-in-time recovery, WAL archiving is the production set-up
# (README, Deployment); this dump is the nightly copy you can restore anywhere.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
export PGDATABASE=${PGDATABASE:-sociaaldossier}
bestand=${1:-backups/sociaaldossier-$(date +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$bestand")"
start=$(date +%s.%N)
"$PGBIN/pg_dump" --format=custom --compress=6 --no-password --file="$bestand.deel" "$PGDATABASE"
mv "$bestand.deel" "$bestand"
(cd "$(dirname "$bestand")" && sha256sum "$(basename "$bestand")" > "$(basename "$bestand").sha256")
printf 'backup %s: %s in %.1f s\n' "$bestand" "$(du -h "$bestand" | cut -f1)" "$(awk "BEGIN { print $(date +%s.%N) - $start }")"
