#!/usr/bin/env bash
# Faults, nothing lost. Starts the app as the run command does, but on a real PostgreSQL server that can
# be restarted and killed (Debian's, a cluster "storing" on port 54349, durable: fsync and synchronous
# commit on), and writes verslagen from 4 sessions of the demo coach while:
#   1. PostgreSQL is stopped for 10 seconds and started again;
#   2. PostgreSQL is killed with -9 (crash recovery on the next start, 5 seconds later).
# Prints per phase what users were told (confirmed, Dutch retry message, other), how many confirmed
# verslagen the database holds (must be all) and how soon writes succeeded again.
# Usage: benchmark/storing.sh   (as root; installs Debian's postgresql when missing; stop the run command first)
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/lib.sh
command -v pg_ctlcluster >/dev/null || apt-get install -y -q postgresql >/dev/null
V=$(ls /usr/lib/postgresql | sort -n | tail -1)
PORT=54349
MAP="$PWD/target/storing"
mkdir -p "$MAP/logs"
pg_lsclusters | grep -q "^$V \+storing " || pg_createcluster "$V" storing --port "$PORT" >/dev/null
pg_ctlcluster "$V" storing start 2>/dev/null || true
psql_pg() { su postgres -c "psql -p $PORT -qAt -c \"$1\""; }
psql_pg "alter role postgres password 'postgres'"
psql_pg "select 1 from pg_roles where rolname = 'sociaaldossier_app'" | grep -q 1 \
  || psql_pg "create role sociaaldossier_app login password 'sociaaldossier_app'"
psql_pg "select 1 from pg_database where datname = 'sociaaldossier'" | grep -q 1 || psql_pg "create database sociaaldossier"
echo "PostgreSQL $V on port $PORT: fsync $(psql_pg 'show fsync'), synchronous_commit $(psql_pg 'show synchronous_commit')"

./mvnw -q -B -DskipTests package
sed 's#"http://localhost:18080/\*"#"http://localhost:18080/*", "http://localhost:8580/*"#' keycloak/sociaal-dossier-realm.json > "$MAP/realm.json"
DB_URL="jdbc:postgresql://localhost:$PORT/sociaaldossier" DB_USER=sociaaldossier_app DB_PASSWORD=sociaaldossier_app \
DB_EIGENAAR_USER=postgres DB_EIGENAAR_PASSWORD=postgres \
  ./mvnw -q -B -o -Prun exec:java@run -Dapp.port=8580 -Dkeycloak.port=8680 -Dkeycloak.realm="$MAP/realm.json" \
  -Dkeycloak.home="$MAP/keycloak" -Dapp.dir="$MAP/payara" -Dlogs.dir="$MAP/logs" > "$MAP/launcher.log" 2>&1 &
LAUNCHER=$!
trap 'kill $LAUNCHER 2>/dev/null || true; wait $LAUNCHER 2>/dev/null || true' EXIT
wacht_op_app "$MAP/launcher.log" "$LAUNCHER"

# four casussen in the demo coach's caseload, one per writing session
su postgres -c "psql -p $PORT -d sociaaldossier -qAt -c \"update casus set regisseur = 'coach' where id in (select id from casus
  where team_id = (select team_id from medewerker where gebruikersnaam = 'coach') and status = 'IN_UITVOERING'
  and regisseur like 'generator-%' order by id limit 4)\"" > /dev/null

schrijf() {
  ./mvnw -q -B -o exec:java@storing -Dexec.args="http://localhost:8580/ jdbc:postgresql://localhost:$PORT/sociaaldossier postgres postgres 4 $1"
}

echo; echo "Phase 1: PostgreSQL stopped for 10 s under write load, then started"
schrijf 45 & METING=$!
sleep 15; pg_ctlcluster "$V" storing stop -m fast; echo "  $(date +%T) stopped"
sleep 10; pg_ctlcluster "$V" storing start; echo "  $(date +%T) started"
wait $METING

echo; echo "Phase 2: PostgreSQL killed with -9 under write load, started 5 s later (crash recovery)"
schrijf 45 & METING=$!
sleep 15; kill -9 "$(head -1 /var/lib/postgresql/$V/storing/postmaster.pid)"; echo "  $(date +%T) killed"
sleep 5; pg_ctlcluster "$V" storing start; echo "  $(date +%T) started"
wait $METING

echo; echo "Phase 3: the app restarted; a logged-in user comes back through Keycloak's single sign-on"
PAYARA=$(pgrep -f "payara-micro.*--port 8580" | head -1)
mapfile -d '' OPDRACHT < "/proc/$PAYARA/cmdline"
./mvnw -q -B -o exec:java@storing -Dexec.args="http://localhost:8580/ - - - 1 30 sso" & SSO=$!
sleep 10; kill "$PAYARA"; while kill -0 "$PAYARA" 2>/dev/null; do sleep 1; done; echo "  $(date +%T) app stopped"
rm -rf "$MAP/payara/tmp"; mkdir -p "$MAP/payara/tmp"
"${OPDRACHT[@]}" > "$MAP/logs/payara-herstart.log" 2>&1 & NIEUW=$!
trap 'kill $NIEUW 2>/dev/null || true; kill $LAUNCHER 2>/dev/null || true; wait $LAUNCHER 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:8580/status; do sleep 2; done; echo "  $(date +%T) app answers again"
wait $SSO

echo; echo "Phase 4: Keycloak down: logged-in users keep working, a new login gets a clear message"
./mvnw -q -B -o exec:java@storing -Dexec.args="http://localhost:8580/ jdbc:postgresql://localhost:$PORT/sociaaldossier postgres postgres 2 40" & METING=$!
sleep 15; pkill -f "keycloak.*8680" || pkill -f "kc.sh.*8680" || true; echo "  $(date +%T) Keycloak stopped"
sleep 8
echo "  a new visitor asks the start page: HTTP $(curl -s -o "$MAP/nieuw.html" -w '%{http_code}' http://localhost:8580/index.xhtml), says: $(grep -o '<h1>[^<]*' "$MAP/nieuw.html" | cut -c5-)"
wait $METING
