#!/usr/bin/env bash
# Start-up of Pathwise against a bare JavaFX window started the same way, in the same run:
# time to the first window (median of N runs each, alternating) and resident memory 3 s after start.
# Usage: packaging/measure-startup.sh [RUNS]   (default 7). Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
mvn -B -q -DskipTests package
cp="target/pathwise.jar:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
xvfb=$(mktemp -d)
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null; rm -rf "$xvfb"' EXIT
sleep 1
measure() { # $1 = label, rest = command; prints "ms rss_kb"
  local out="$xvfb/out.txt"
  DISPLAY=:77 "${@:2}" >"$out" 2>/dev/null &
  local pid=$!
  local ms=""
  for _ in $(seq 1 300); do
    ms=$(grep -m1 FIRST_FRAME "$out" 2>/dev/null | cut -d' ' -f2 || true)
    [ -n "$ms" ] && break
    sleep 0.05
  done
  # 3 s after the process started
  local age
  age=$(ps -o etimes= -p "$pid" | tr -d ' ')
  sleep $((3 - age > 0 ? 3 - age : 0))
  local rss
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: >"$xvfb/bare"; : >"$xvfb/app"
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  measure bare java -Dpathwise.startupProbe=true -cp "$cp" org.pathwise.ui.BareLauncher >>"$xvfb/bare"
  measure app java -Dpathwise.startupProbe=true -jar target/pathwise.jar --data-dir "$data" >>"$xvfb/app"
  rm -rf "$data"
done
bare_ms=$(cut -d' ' -f1 "$xvfb/bare" | median); app_ms=$(cut -d' ' -f1 "$xvfb/app" | median)
bare_rss=$(cut -d' ' -f2 "$xvfb/bare" | median); app_rss=$(cut -d' ' -f2 "$xvfb/app" | median)
echo "first window, median of $runs: bare JavaFX $bare_ms ms, Pathwise $app_ms ms ($(awk "BEGIN {printf \"%.2f\", $app_ms/$bare_ms}")x)"
echo "resident memory 3 s after start, median: bare JavaFX $((bare_rss / 1024)) MB, Pathwise $((app_rss / 1024)) MB ($(awk "BEGIN {printf \"%.2f\", $app_rss/$bare_rss}")x)"
