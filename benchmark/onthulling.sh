#!/usr/bin/env bash
# How much the disclosure control (cell-key method with a threshold of 5) changes the demo data's
# figures: published cells, how many are shown as "< 5", how many the noise changed.
# Usage: benchmark/onthulling.sh [synthetic households, default 3000 as the run command]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:java@onthulling -Dbenchmark.huishoudens="${1:-3000}"
