#!/bin/bash
# First start of the primary (postgres image, /docker-entrypoint-initdb.d): the roles and databases,
# replication for the replica, and WAL archiving for point-in-time recovery.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role sociaaldossier login password '${SD_DB_OWNER_PASSWORD}';
create role sociaaldossier_app login password '${SD_DB_APP_PASSWORD}';
create role replicator replication login password '${SD_DB_REPLICATION_PASSWORD}';
create role keycloak login password '${SD_DB_KEYCLOAK_PASSWORD}';
create database sociaaldossier owner sociaaldossier;
create database keycloak owner keycloak;
SQL
cat >> "$PGDATA/postgresql.conf" <<CONF
wal_level = replica
max_wal_senders = 5
archive_mode = on
archive_command = 'test ! -f /archief/%f && cp %p /archief/%f'
CONF
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
