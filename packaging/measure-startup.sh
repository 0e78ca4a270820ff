#!/usr/bin/env bash
# Start-up of the window against a bare JavaFX window, in the same run, alternating, under Xvfb:
# the first frame, the time to content (the first screen a learner can use: the plan, not a
# spinner) and resident memory 3 s after start; Pathwise through `java -jar` and through the
# packaged launcher (target/package/pathwise, built by packaging/build.sh).
# Usage: packaging/measure-startup.sh [RUNS]   (default 7). Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
./mvnw -B -q -DskipTests package
bash packaging/build.sh --if-stale >/dev/null
cp="target/pathwise.jar:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
tmp=$(mktemp -d)
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 1
measure() { # command...; prints "first_frame_ms content_ms rss_kb"
  local out="$tmp/out.txt"
  DISPLAY=:77 JAVA_TOOL_OPTIONS=-Dpathwise.startupProbe=true "$@" >"$out" 2>/dev/null &
  local pid=$!
  local first="" content=""
  for _ in $(seq 1 400); do
    first=$(grep -m1 FIRST_FRAME "$out" 2>/dev/null | cut -d' ' -f2 || true)
    content=$(grep -m1 CONTENT "$out" 2>/dev/null | cut -d' ' -f2 || true)
    [ -n "$content" ] && break
    sleep 0.05
  done
  local age
  age=$(ps -o etimes= -p "$pid" | tr -d ' ')
  sleep $((3 - age > 0 ? 3 - age : 0))
  local rss
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  pkill -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "${first:-0} ${content:-0} $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: >"$tmp/bare"; : >"$tmp/jar"; : >"$tmp/launcher"
for i in $(seq 1 "$runs"); do
  measure java -cp "$cp" org.pathwise.ui.BareLauncher >>"$tmp/bare"
  data=$(mktemp -d); measure java -jar target/pathwise.jar --data-dir "$data" >>"$tmp/jar"; rm -rf "$data"
  data=$(mktemp -d); measure target/package/pathwise/bin/pathwise --data-dir "$data" >>"$tmp/launcher"; rm -rf "$data"
done
col() { cut -d' ' -f"$2" "$tmp/$1" | median; }
bare_first=$(col bare 1); bare_content=$(col bare 2); bare_rss=$(col bare 3)
echo "median of $runs runs; bare JavaFX window: first frame $bare_first ms, content $bare_content ms, $((bare_rss / 1024)) MB"
for way in jar launcher; do
  f=$(col $way 1); c=$(col $way 2); r=$(col $way 3)
  printf 'Pathwise (%s): first frame %s ms (%.2fx), content %s ms (%.2fx), %s MB (%.2fx)\n' "$way" \
      "$f" "$(awk "BEGIN {print $f/$bare_first}")" "$c" "$(awk "BEGIN {print $c/$bare_content}")" \
      "$((r / 1024))" "$(awk "BEGIN {print $r/$bare_rss}")"
done
