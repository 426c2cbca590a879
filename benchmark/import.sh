#!/usr/bin/env bash
# Benchmark of the migration import: N households (default 100,000) through deploy/importeer.sh into the
# app started with the run command (./mvnw -Prun). Imports two new files (each its own series of ids and
# BSNs, so runs never collide) and then the first again (unchanged: nothing written), and prints for each
# the households per second, by the app's own time and by the wall clock (upload included).
# Run it on a fresh start (./mvnw -Prun after removing .data/postgres) to compare runs.
#   benchmark/import.sh [households]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
W=target/import-benchmark
mkdir -p "$W"
REEKS=$(( $(date +%s) / 60 % 38 * 2 ))   # two fresh series per minute, 0-75
for i in 1 2; do
    java benchmark/ImportBestand.java "$N" 2024 $((REEKS + i - 1)) open > "$W/bestand-$i.json"
done
echo "files: $(du -h "$W/bestand-1.json" | cut -f1) each, $N households"
meet() { # label file
    local begin eind uit ms
    begin=$(date +%s%N)
    uit=$(deploy/importeer.sh "$2")
    eind=$(date +%s%N)
    ms=$(printf '%s' "$uit" | sed -n 's/.*"ms":\([0-9]*\).*/\1/p')
    printf '%-28s %s\n' "$1" "$(printf '%s' "$uit" | sed 's/"fouten":\[\],//')"
    awk -v n="$N" -v ms="$ms" -v wand=$(( (eind - begin) / 1000000 )) 'BEGIN {
        printf "%-28s %.0f households/s in the app (%d ms), %.0f households/s by the wall clock (%d ms)\n", "", n / ms * 1000, ms, n / wand * 1000, wand }'
}
meet "run 1 (new)" "$W/bestand-1.json"
meet "run 2 (new)" "$W/bestand-2.json"
meet "run 1 again (unchanged)" "$W/bestand-1.json"
