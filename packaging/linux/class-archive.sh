#!/bin/sh
# Makes the application class-data-sharing archive of an installed Pathwise: the classes a
# command loads, mapped at the next start instead of read, checked and linked again. Run where
# the app lives (the archive records the class path's place): by packaging/build.sh for the
# app-image, and by the .deb's postinst for /opt/pathwise. Usage: class-archive.sh APP_ROOT
# (APP_ROOT holds bin/ and lib/). Without the archive Pathwise starts as well, only slower.
set -eu
root=$1
data=$(mktemp -d)
rm -f "$root/lib/pathwise.jsa"
PATHWISE_MAKE_CLASS_ARCHIVE=1 "$root/bin/pathwise" --data-dir "$data" next >/dev/null 2>&1 || true
rm -rf "$data"
if [ -f "$root/lib/pathwise.jsa" ]; then chmod 644 "$root/lib/pathwise.jsa"; fi
exit 0
