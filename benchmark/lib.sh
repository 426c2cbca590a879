#!/usr/bin/env bash
# Shared by the benchmark scripts: waits until the launcher (started in the background, logging to $1,
# process $2) says the app is ready; shows the end of its log and fails when it stopped first.
wacht_op_app() {
  local log="$1" pid="$2"
  for _ in $(seq 1 240); do
    grep -q "is ready after" "$log" && { grep "is ready after" "$log"; return 0; }
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log"; return 1; }
    sleep 5
  done
  echo "the app did not start within 20 minutes"; return 1
}
