#!/usr/bin/env bash
# Benchmark of the casus workspace for one user: HTML size and time of a casus page view and of one
# action (writing a verslag by Ajax), median of 20 after warm-up, against the app started with the
# run command (./mvnw -Prun, demo data). Run it twice: these machines are noisy.
# Usage: benchmark/werkblad.sh [base URL] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:java@werkblad -Dexec.args="${1:-http://localhost:8080/} ${2:-20}"
