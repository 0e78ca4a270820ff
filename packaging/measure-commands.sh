#!/usr/bin/env bash
# Headless commands as whole processes, against a bare JVM printing one line, in the same run,
# alternating: `next` and `mark` through the packaged launcher (target/package/pathwise, built by
# packaging/build.sh) and through `java -jar`. Prints medians of N runs and the ratios.
# Usage: packaging/measure-commands.sh [RUNS]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
./mvnw -B -q -DskipTests package
bash packaging/build.sh --if-stale >/dev/null
launcher=target/package/pathwise/bin/pathwise
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$launcher" --data-dir "$data" next >/dev/null # The first start makes the database: not measured.
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A results
names=(bare next-launcher mark-launcher next-jar)
for name in "${names[@]}"; do results[$name]=""; done
for i in $(seq 1 "$runs"); do
  results[bare]+="$(ms java -cp target/test-classes org.pathwise.bench.Hello) "
  results[next-launcher]+="$(ms "$launcher" --data-dir "$data" next) "
  results[mark-launcher]+="$(ms "$launcher" --data-dir "$data" mark python-docs done) "
  results[next-jar]+="$(ms java -jar target/pathwise.jar --data-dir "$data" next) "
done
bare=$(echo "${results[bare]}" | tr ' ' '\n' | grep . | median)
echo "bare JVM printing one line: $bare ms (median of $runs)"
for name in next-launcher mark-launcher next-jar; do
  m=$(echo "${results[$name]}" | tr ' ' '\n' | grep . | median)
  echo "$name: $m ms ($(awk "BEGIN {printf \"%.1f\", $m/$bare}")x)"
done
