#!/usr/bin/env bash
# Times the first visit to each view of the window under Xvfb (build, CSS, layout on the JavaFX
# thread) against a revisit of a built view, and the longest frame gaps while the window settles. Usage: packaging/measure-views.sh [WIDTHxHEIGHT]
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-1280x800}"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# Twice: views built on their first visit (cold), then prepared while the window is idle (as shipped).
xvfb-run -a -s "-screen 0 ${size}x24" java -Dpathwise.coldViews=true -cp "$cp" org.pathwise.ui.ViewMeasurement \
    target/view-measurement "$size"
xvfb-run -a -s "-screen 0 ${size}x24" java -cp "$cp" org.pathwise.ui.ViewMeasurement target/view-measurement "$size"
