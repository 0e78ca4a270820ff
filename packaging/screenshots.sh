#!/usr/bin/env bash
# Opens each main view of Pathwise in a real window under Xvfb and writes one PNG per view, in the
# light and the dark theme, at 1280x800 and 1024x700 (or the sizes given).
# Usage: packaging/screenshots.sh [OUT_DIR] [WIDTHxHEIGHT...]   (defaults: docs/screenshots 1280x800 1024x700)
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1280x800 1024x700)
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
for size in "${sizes[@]}"; do
  for theme in light dark; do
    xvfb-run -a -s "-screen 0 ${size}x24" java -cp "$cp" org.pathwise.ui.Screenshots "$out" "$size" "$theme"
  done
done
