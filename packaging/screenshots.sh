#!/usr/bin/env bash
# Opens each main view of Pathwise in a real window under Xvfb and writes one PNG per view.
# Usage: packaging/screenshots.sh [OUT_DIR] [WIDTHxHEIGHT]   (defaults: target/screenshots 1280x800)
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/screenshots}"
size="${2:-1280x800}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 ${size}x24" java -cp "$cp" org.pathwise.ui.Screenshots "$out" "$size"
