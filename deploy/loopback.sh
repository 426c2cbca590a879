#!/usr/bin/env bash
# The production topology on this machine, with real processes on loopback (no Docker engine here):
#
#   nginx (TLS :8443 for the app, :8543 for Keycloak; sticky sessions, failover)
#     -> two Payara Micro instances with the WAR (:18581 "sd1", :18582 "sd2"), one Hazelcast data
#        grid with an explicit member list (127.0.0.1:6900, 127.0.0.1:6901; no multicast, no cloud)
#     -> PostgreSQL primary (:55432, WAL archived) and a streaming replica made with pg_basebackup
#        (:55433) that the indicator rollups read
#     -> Keycloak (:18380 inside; its pages through nginx on https://localhost:8543)
#
# Then a coach logs in, writes a verslag, the instance serving them is killed, and the coach goes on
# at the other instance through single sign-on (deploy/Failover.java); a controller's dashboard is
# read from the replica with its lag in the footnote; the replica's lag is measured under a write
# load. Everything stops at the end (KEEP=1 leaves it running until Ctrl-C).
#
#   deploy/loopback.sh            needs: Debian (apt), root or sudo for apt; JDK 17; the project built
#   LAST=50 deploy/loopback.sh    measures the lag under the load suite instead (Gatling, 50 users through
#                                 nginx on both instances; the load suite's realm and 20,000 households)
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=$(pwd)
W=$PROJECT/target/loopback
PGBIN=/usr/lib/postgresql/15/bin
SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

stap() { printf '\n== %s\n' "$*"; }
wacht_op() { # url, seconds, [curl options]
    local url=$1 tot=$(( $(date +%s) + $2 )); shift 2
    until curl -sfk -o /dev/null "$@" "$url"; do
        [ "$(date +%s)" -ge "$tot" ] && { echo "no answer from $url"; return 1; }
        sleep 1
    done
}

stap "Packages: nginx and PostgreSQL from Debian (pg_basebackup, pg_dump, pgbench)"
if ! command -v nginx >/dev/null || [ ! -x $PGBIN/pg_basebackup ] || [ ! -x $PGBIN/pgbench ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light postgresql postgresql-contrib >/dev/null
fi
[ -f target/sociaal-dossier.war ] && [ -f target/runtime/payara-micro.jar ] && [ -f target/runtime/keycloak-quarkus-dist.zip ] \
    || ./mvnw -q -B -DskipTests package

PIDS=()
declare -A PID # the app instances' process ids, by name
opruimen() {
    set +e
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    [ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null
    for d in pg-replica pg-primair; do
        [ -d "$W/$d" ] && runuser -u postgres -- $PGBIN/pg_ctl -D "$W/$d" -m fast stop >/dev/null 2>&1
    done
}
trap opruimen EXIT
if [ "${KEEP:-0}" = 1 ]; then trap 'opruimen; exit 0' INT TERM; fi

rm -rf "$W"; mkdir -p "$W/logs" "$W/sock" "$W/wal-archief"
chown -R postgres "$W/sock" "$W/wal-archief"
chmod 1777 "$W/logs"  # PostgreSQL (as postgres) writes its logs here too
chmod 755 "$PROJECT/target" "$W"

stap "PostgreSQL primary on :55432 (WAL archived to target/loopback/wal-archief)"
install -d -o postgres "$W/pg-primair"
runuser -u postgres -- $PGBIN/initdb -D "$W/pg-primair" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
cat >> "$W/pg-primair/postgresql.conf" <<CONF
port = 55432
listen_addresses = '127.0.0.1'
unix_socket_directories = '$W/sock'
wal_level = replica
max_wal_senders = 5
archive_mode = on
archive_command = 'test ! -f $W/wal-archief/%f && cp %p $W/wal-archief/%f'
CONF
echo "host replication replicator 127.0.0.1/32 scram-sha-256" >> "$W/pg-primair/pg_hba.conf"
runuser -u postgres -- $PGBIN/pg_ctl -D "$W/pg-primair" -l "$W/logs/pg-primair.log" -w start >/dev/null
PSQL="runuser -u postgres -- $PGBIN/psql -h $W/sock -p 55432 -v ON_ERROR_STOP=1 -q"
$PSQL -d postgres <<SQL
create role sociaaldossier login password 'eigenaar-loopback';
create role sociaaldossier_app login password 'app-loopback';
create role replicator replication login password 'replica-loopback';
create role keycloak login password 'keycloak-loopback';
create database sociaaldossier owner sociaaldossier;
create database keycloak owner keycloak;
SQL

stap "Streaming replica on :55433 (pg_basebackup from the primary)"
install -d -o postgres -m 700 "$W/pg-replica"
runuser -u postgres -- env PGPASSWORD=replica-loopback $PGBIN/pg_basebackup -h 127.0.0.1 -p 55432 -U replicator \
    -D "$W/pg-replica" -R -X stream -c fast
sed -i -e "s/^port = 55432/port = 55433/" -e "/^archive_mode/d" "$W/pg-replica/postgresql.conf"
echo "hot_standby_feedback = on" >> "$W/pg-replica/postgresql.conf"
runuser -u postgres -- $PGBIN/pg_ctl -D "$W/pg-replica" -l "$W/logs/pg-replica.log" -w start >/dev/null
$PSQL -d postgres -At -c "select 'replication: ' || application_name || ' ' || state || ', ' || sync_state from pg_stat_replication"

stap "TLS certificate for localhost (self-signed) and nginx on :8443 and :8543"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$W/tls.key" -out "$W/tls.crt" 2>/dev/null
export SD_LISTEN=127.0.0.1:8443 SD_SERVER_NAME=localhost SD_APP1=127.0.0.1:18581 SD_APP2=127.0.0.1:18582 \
       SD_KEYCLOAK_LISTEN=127.0.0.1:8543 SD_KEYCLOAK_SERVER_NAME=localhost SD_KEYCLOAK=127.0.0.1:18380 \
       SD_TLS_CERT=$W/tls.crt SD_TLS_KEY=$W/tls.key
{
    echo "pid $W/nginx.pid; error_log $W/logs/nginx-error.log; worker_processes 1;"
    echo "events { worker_connections 512; }"
    echo "http {"
    echo "  access_log $W/logs/nginx-access.log; client_body_temp_path $W/nginx-tmp; proxy_temp_path $W/nginx-tmp;"
    echo "  fastcgi_temp_path $W/nginx-tmp; uwsgi_temp_path $W/nginx-tmp; scgi_temp_path $W/nginx-tmp;"
    envsubst '${SD_LISTEN} ${SD_SERVER_NAME} ${SD_APP1} ${SD_APP2} ${SD_KEYCLOAK_LISTEN} ${SD_KEYCLOAK_SERVER_NAME} ${SD_KEYCLOAK} ${SD_TLS_CERT} ${SD_TLS_KEY}' \
        < docker/nginx/sociaal-dossier.conf.template
    echo "}"
} > "$W/nginx.conf"
mkdir -p "$W/nginx-tmp"
nginx -t -q -c "$W/nginx.conf" -p "$W"
nginx -c "$W/nginx.conf" -p "$W"

mkdir -p "$W/keycloak"
(cd "$W/keycloak" && unzip -q "$PROJECT/target/runtime/keycloak-quarkus-dist.zip")
KC=$(ls -d "$W"/keycloak/keycloak-*)
mkdir -p "$KC/data/import"
if [ -n "${LAST:-}" ]; then
    stap "Keycloak on :18380 with the load suite's realm (the demo realm and its load users), its pages as https://localhost:8543"
    ./mvnw -q -B -o -Pload -DskipTests package
    ./mvnw -q -B -o -Pload exec:java@last-realm -Dexec.args="8443 60"
    sed 's#"http://localhost:8443/\*"#"https://localhost:8443/*"#' target/load/realm.json > "$KC/data/import/sociaal-dossier-realm.json"
    GEHEIM=lokaal-ontwikkelgeheim
    WACHTWOORD=demo
else
    stap "Keycloak on :18380 with the production realm (docker/keycloak), its pages as https://localhost:8543"
    cp docker/keycloak/sociaal-dossier-realm.json "$KC/data/import/"
    GEHEIM=$(openssl rand -hex 24)
    WACHTWOORD=loopback-$(openssl rand -hex 6)
fi
(cd "$KC" && JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    SD_PUBLIEKE_URL=https://localhost:8443 SD_OIDC_CLIENT_SECRET=$GEHEIM SD_SYSTEEM_CLIENT_SECRET="$(openssl rand -hex 24)" \
    exec bin/kc.sh start-dev --http-host=127.0.0.1 --http-port=18380 --import-realm \
        --hostname=https://localhost:8543 --proxy-headers=xforwarded \
        --db=postgres --db-url=jdbc:postgresql://127.0.0.1:55432/keycloak --db-username=keycloak --db-password=keycloak-loopback \
        > "$W/logs/keycloak.log" 2>&1) &
PIDS+=($!)

# the app trusts the loopback's self-signed certificate: it reaches Keycloak over https through nginx, as in production
keytool -importcert -noprompt -alias loopback -file "$W/tls.crt" -keystore "$W/truststore.p12" -storetype PKCS12 \
    -storepass loopback >/dev/null 2>&1

start_app() { # name, http port, hazelcast port
    local naam=$1 poort=$2 hz=$3
    mkdir -p "$W/$naam/tmp"
    (MALLOC_ARENA_MAX=2 exec $JAVA -Xmx256m -XX:+UseG1GC -Djava.io.tmpdir="$W/$naam/tmp" -Duser.timezone=Europe/Amsterdam \
        -Dapp.instantie=$naam \
        -Ddb.url=jdbc:postgresql://127.0.0.1:55432/sociaaldossier -Ddb.user=sociaaldossier_app -Ddb.password=app-loopback \
        -Ddb.eigenaar.user=sociaaldossier -Ddb.eigenaar.password=eigenaar-loopback \
        -Ddb.replica.url=jdbc:postgresql://127.0.0.1:55433/sociaaldossier -Ddb.replica.user=sociaaldossier_app \
        -Ddb.replica.password=app-loopback \
        -Doidc.providerUri=https://localhost:8543/realms/sociaal-dossier -Doidc.clientSecret="$GEHEIM" \
        -Djavax.net.ssl.trustStore="$W/truststore.p12" -Djavax.net.ssl.trustStorePassword=loopback -Djavax.net.ssl.trustStoreType=PKCS12 \
        -Ddemo.data=true -Ddemo.synthetisch=${DEMO_SYNTHETISCH:-$([ -n "${LAST:-}" ] && echo 20000 || echo 3000)} -Dindicatoren.achterstand=PT0S -Dsessie.cookieSecure=true \
        -jar "$PROJECT/target/runtime/payara-micro.jar" --deploy "$PROJECT/target/sociaal-dossier.war" --contextroot / \
        --port "$poort" --name "$naam" --clustername sociaal-dossier --clustermode tcpip:127.0.0.1:6900,127.0.0.1:6901 \
        --interfaces 127.0.0.1 --startport "$hz" --nohostaware \
        --postbootcommandfile "$PROJECT/docker/payara/post-boot.asadmin" \
        --logproperties "$PROJECT/docker/payara/logging-json.properties" > "$W/logs/$naam.log" 2>&1) &
    PIDS+=($!)
    PID[$naam]=$!
    disown $! # killed on purpose below: no job notice
}

wacht_op https://localhost:8543/realms/sociaal-dossier/.well-known/openid-configuration 240
if [ -z "${LAST:-}" ]; then
    echo "Keycloak ready (its data in the primary's database 'keycloak'); the realm has no users: two are made now"
    KCADM="$KC/bin/kcadm.sh"
    "$KCADM" config credentials --server http://127.0.0.1:18380 --realm master --user admin --password admin \
        --config "$W/kcadm.config" >/dev/null 2>&1
    for gebruiker in coach:coach controller:businesscontroller; do
        naam=${gebruiker%%:*}; rol=${gebruiker##*:}
        "$KCADM" create users --config "$W/kcadm.config" -r sociaal-dossier -s username="$naam" -s enabled=true \
            -s email="$naam@loopback.test" -s firstName="$naam" -s lastName=Loopback >/dev/null 2>&1
        "$KCADM" set-password --config "$W/kcadm.config" -r sociaal-dossier --username "$naam" --new-password "$WACHTWOORD"
        "$KCADM" add-roles --config "$W/kcadm.config" -r sociaal-dossier --uusername "$naam" --rolename "$rol"
    done
else
    echo "Keycloak ready (its data in the primary's database 'keycloak')"
fi
export SD_WACHTWOORD=$WACHTWOORD

stap "Payara Micro sd1 (:18581) migrates the schema and loads the demo data; then sd2 (:18582)"
T0=$(date +%s)
start_app sd1 18581 6900
wacht_op http://127.0.0.1:18581/health/ready 300
start_app sd2 18582 6901
wacht_op http://127.0.0.1:18582/health/ready 300
echo "both ready after $(( $(date +%s) - T0 )) s"
echo "Payara data grid 'sociaal-dossier': $(grep -h -o 'DG Size: [0-9]*' "$W/logs/sd2.log" | tail -1 | sed 's/DG Size: //') members" \
     "($(grep -h -o 'Address: /127.0.0.1:[0-9]*' "$W/logs/sd2.log" | sort -u | sed 's#Address: /##' | tr '\n' ' '))"
curl -s http://127.0.0.1:18582/health/ready; echo

stap "Failover: a coach works through nginx; the instance serving them is killed"
$JAVA "$PROJECT/deploy/Failover.java" https://localhost:8443/ "sd1=${PID[sd1]}" "sd2=${PID[sd2]}" | tee "$W/failover.txt"
grep -q "^FAILOVER OK" "$W/failover.txt"

stap "The request log (JSON) carries the Logboek's trace id"
TRACE=$($PSQL -d sociaaldossier -At -c "select trace_id from logboek where gebruiker = 'coach' order by id desc limit 1")
if grep -h "\"traceId\":\"$TRACE\"" "$W"/logs/sd*.log | head -1 | grep -q '"pad":'; then
    echo "trace $TRACE of the last Logboek entry is in the request log:"
    grep -h "\"traceId\":\"$TRACE\"" "$W"/logs/sd*.log | head -1 | cut -c1-400
else
    echo "trace $TRACE NOT found in the request log"; exit 1
fi

stap "The controller's dashboard, read from the replica (footnote)"
$JAVA "$PROJECT/deploy/Failover.java" dashboard https://localhost:8443/ | tee "$W/dashboard.txt"
grep -q "Gelezen van de leesreplica" "$W/dashboard.txt"

stap "The replica stops: the dashboard reads the primary, readiness stays UP; the replica comes back"
runuser -u postgres -- $PGBIN/pg_ctl -D "$W/pg-replica" -m fast -w stop >/dev/null
$JAVA "$PROJECT/deploy/Failover.java" dashboard https://localhost:8443/ | tee "$W/dashboard-zonder-replica.txt" || true
grep -q "not read from the replica" "$W/dashboard-zonder-replica.txt"
echo "readiness of sd2: $(curl -s http://127.0.0.1:18582/health/ready)"
runuser -u postgres -- $PGBIN/pg_ctl -D "$W/pg-replica" -l "$W/logs/pg-replica.log" -w start >/dev/null
sleep 11 # the rollups try the replica again 10 s after it failed
$JAVA "$PROJECT/deploy/Failover.java" dashboard https://localhost:8443/ | tail -1

stap "The killed instance comes back and rejoins the data grid"
T0=$(date +%s)
start_app sd1 18581 6900
wacht_op http://127.0.0.1:18581/health/ready 300
sleep 2
echo "sd1 ready again after $(( $(date +%s) - T0 )) s; data grid: $(grep -h -o 'DG Size: [0-9]*' "$W/logs/sd1.log" | tail -1 | sed 's/DG Size: //') members"

lag_meten() { # samples the replica's replay lag (ms, as the primary sees it) every 0.5 s while process $1 runs
    : > "$W/lag.txt"
    while kill -0 "$1" 2>/dev/null; do
        $PSQL -d postgres -At -c "select coalesce(extract(epoch from replay_lag) * 1000, 0)::int from pg_stat_replication" >> "$W/lag.txt"
        sleep 0.5
    done
    sort -n "$W/lag.txt" | awk '{a[NR]=$1} END {printf "replica replay lag over %d samples: median %d ms, p95 %d ms, max %d ms\n", NR, a[int(NR/2)+1], a[int(NR*0.95)+1], a[NR]}'
}

if [ -n "${LAST:-}" ]; then
    stap "Replica lag under the load suite: $LAST users through nginx on both instances, 120 s (Gatling)"
    ./mvnw -q -B -o -Pload io.gatling:gatling-maven-plugin:4.20.6:test -Dlast.scenario="$LAST" -Dlast.duur=120 \
        -Dlast.url=https://localhost:8443 -Dlast.db=jdbc:postgresql://127.0.0.1:55432/sociaaldossier \
        -Dlast.db.user=sociaaldossier -Dlast.db.password=eigenaar-loopback > "$W/gatling.log" 2>&1 &
    LAST_PID=$!
    lag_meten $LAST_PID
    wait $LAST_PID || echo "Gatling reported failures (see $W/gatling.log)"
    ./mvnw -q -B -o -Pload exec:java@last-rapport
    echo "requests served: sd1 $(grep -c '"instantie":"sd1"' "$W/logs/sd1.log"), sd2 $(grep -c '"instantie":"sd2"' "$W/logs/sd2.log")"
else
    stap "Replica lag under a write load (pgbench on the primary, 8 clients, 30 s)"
    printf '%s\n' '\set h random(1, 1000000000)' \
        "insert into schrijflast (huishouden, tekst) values (:h, repeat('x', 200));" \
        "update schrijflast set tekst = repeat('y', 200) where huishouden = :h;" > "$W/schrijf.sql"
    $PSQL -d sociaaldossier -c "create table schrijflast (id bigserial primary key, huishouden bigint, tekst text)"
    (runuser -u postgres -- $PGBIN/pgbench -h "$W/sock" -p 55432 -n -c 8 -j 2 -T 30 -f "$W/schrijf.sql" sociaaldossier \
        > "$W/pgbench.txt" 2>&1) &
    lag_meten $!
    grep -E "^tps" "$W/pgbench.txt" | head -1
    $PSQL -d sociaaldossier -c "drop table schrijflast"
fi

stap "Done"
echo "logs in $W/logs"
if [ "${KEEP:-0}" = 1 ]; then
    echo "Still running: https://localhost:8443/ (self-signed certificate); log in as coach or controller with password $WACHTWOORD."
    echo "Instances: sd1 pid ${PID[sd1]}, sd2 pid ${PID[sd2]}. Ctrl-C stops everything."
    wait
fi
