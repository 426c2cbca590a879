#!/usr/bin/env bash
# Benchmark of the indicator rollups: generates a synthetic registration (default 100,000 households,
# about 1,000,000 referrals) in an embedded PostgreSQL once per size, then prints the time of the full
# yearly rollup of every registration indicator, of one count(*) over the same tables, and their ratio.
# Usage: benchmark/indicatoren.sh [households]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:java@benchmark -Dbenchmark.huishoudens="${1:-100000}"
