#!/bin/bash
# The streaming replica (postgres image, as its entrypoint): on first start a base backup of the
# primary with pg_basebackup, then PostgreSQL as a hot standby that follows the primary.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    until pg_isready -h db -p 5432 -q; do sleep 2; done
    PGPASSWORD="$SD_DB_REPLICATION_PASSWORD" pg_basebackup -h db -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
    chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
