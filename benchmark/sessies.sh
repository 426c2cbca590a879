#!/usr/bin/env bash
# Many sessions at once against the app of the run command (./mvnw -Prun): each logs in through
# Keycloak as a demo user and asks pages its role may open; prints per page how often it was answered,
# refused (403) or failed. For finding spurious refusals under load (issue: holds under load).
# Usage: benchmark/sessies.sh [base URL] [sessions] [requests per session] [think ms]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:java@sessies -Dexec.args="${1:-http://localhost:8080/} ${2:-30} ${3:-30} ${4:-200}"
