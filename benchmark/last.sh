#!/usr/bin/env bash
# The load suite: starts the app as the run command does (own ports 8380/8480/54339, own data in
# target/load/, a 20,000-household synthetic registration, the load realm with load-test users), runs a
# Gatling scenario against it, prints p50/p95/p99, errors and throughput per request type beside the
# targets, and Payara's RSS and heap after GC sampled during the run; then stops everything.
# Usage: benchmark/last.sh [1|16|50|ramp|soak] [seconds]   (soak defaults to 1800 s, the others to 120 s)
# LAST_JVM adds JVM options to Payara, e.g. LAST_JVM=-XX:NativeMemoryTracking=summary (then written to
# target/load/native-memory.txt at the end of the run).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/lib.sh
SCENARIO="${1:-50}"
DUUR="${2:-$([ "$SCENARIO" = soak ] && echo 1800 || echo 120)}"
INTERVAL=$([ "$SCENARIO" = soak ] && echo 60 || echo 15)
MAP="$PWD/target/load"
mkdir -p "$MAP/logs"

./mvnw -q -B -Pload package
./mvnw -q -B -o -Pload exec:java@last-realm -Dexec.args="8380 60"

echo "Starting the app (first start generates the 20,000 households: a few minutes) ..."
./mvnw -q -B -o -Prun exec:java@run -Ddata.dir="$MAP/data" -Dapp.port=8380 -Dkeycloak.port=8480 -Ddb.port=54339 \
  -Dkeycloak.realm="$MAP/realm.json" -Dkeycloak.home="$MAP/keycloak" -Dapp.dir="$MAP/payara" -Dlogs.dir="$MAP/logs" \
  -Ddemo.synthetisch=20000 -Dapp.jvm="-Xlog:gc:file=$MAP/logs/gc.log ${LAST_JVM:-}" > "$MAP/launcher.log" 2>&1 &
LAUNCHER=$!
stop() { kill "$LAUNCHER" 2>/dev/null || true; wait "$LAUNCHER" 2>/dev/null || true; }
trap stop EXIT
wacht_op_app "$MAP/launcher.log" "$LAUNCHER"
PAYARA=$(pgrep -f "payara-micro.*--port 8380" | head -1)

# Payara's resident memory and heap after the last GC, every INTERVAL seconds, while Gatling runs
(
  echo "time      RSS MiB  heap after GC MiB  (Payara pid $PAYARA)"
  while kill -0 "$PAYARA" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$PAYARA/status")
    heap=$(grep -o -- '->[0-9]*M' "$MAP/logs/gc.log" 2>/dev/null | tail -1 | tr -dc '0-9')
    printf "%s %8s %18s\n" "$(date +%H:%M:%S)" "$rss" "${heap:-?}"
    sleep "$INTERVAL"
  done
) > "$MAP/geheugen.txt" &
METER=$!

# live heap (after a full GC) before the users come, and again at the end while their sessions still live
levend() { jcmd "$PAYARA" GC.run > /dev/null 2>&1; sleep 2; jstat -gc "$PAYARA" | awk 'NR == 2 {printf "%d", ($3 + $4 + $6 + $8) / 1024}'; }
VOOR=$(levend)

./mvnw -q -B -Pload io.gatling:gatling-maven-plugin:4.20.6:test -Dlast.scenario="$SCENARIO" -Dlast.duur="$DUUR" -Dlast.url=http://localhost:8380 \
  -Dlast.db=jdbc:postgresql://localhost:54339/sociaaldossier > "$MAP/gatling.log" 2>&1 || echo "Gatling reported failures (see $MAP/gatling.log)"
kill "$METER" 2>/dev/null || true
NA=$(levend)
if [[ "${LAST_JVM:-}" == *NativeMemoryTracking* ]]; then
  jcmd "$PAYARA" VM.native_memory summary scale=MB > "$MAP/native-memory.txt" 2>&1 || true
fi
echo
echo "Scenario $SCENARIO, $DUUR s:"
./mvnw -q -B -o -Pload exec:java@last-rapport
echo
cat "$MAP/geheugen.txt"
echo "Live heap after a full GC: $VOOR MiB before the users, $NA MiB at the end with their sessions still open"
case "$SCENARIO" in soak) GEBRUIKERS=50 ;; ramp) GEBRUIKERS=60 ;; *) GEBRUIKERS=$SCENARIO ;; esac
echo "  about $(( (NA - VOOR) * 1024 / GEBRUIKERS )) KiB per session of $GEBRUIKERS users (includes what the load warmed up, such as caches)"
