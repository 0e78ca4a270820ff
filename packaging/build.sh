#!/usr/bin/env bash
# Builds Pathwise for Linux: a jlink runtime trimmed to the JDK modules the app uses, a jpackage
# app-image in target/package/pathwise, and with --deb a .deb (desktop entry in Education, icon,
# `pathwise` on the PATH). Usage: packaging/build.sh [--deb]
# Windows and macOS (run there, after `mvn -B -DskipTests package`):
#   jpackage --type msi --name Pathwise --app-version $VERSION --input <staged jar + lib> --main-jar pathwise.jar \
#     --main-class org.pathwise.Launcher --runtime-image <jlink output> --icon packaging/icons/pathwise.ico \
#     --win-menu --win-menu-group Pathwise --win-shortcut --win-console
#   jpackage --type dmg --name Pathwise --app-version $VERSION --input <staged jar + lib> --main-jar pathwise.jar \
#     --main-class org.pathwise.Launcher --runtime-image <jlink output> --icon packaging/icons/pathwise.icns \
#     --mac-package-identifier org.pathwise
# (pathwise.ico and pathwise.icns are made from packaging/icons/pathwise.svg on those systems.)
set -euo pipefail
cd "$(dirname "$0")/.."
# One version everywhere: the pom's, without a -SNAPSHOT suffix (jpackage takes numbers only).
version=$(grep -m1 -o '<version>[^<]*</version>' pom.xml | sed -e 's/<[^>]*>//g' -e 's/-SNAPSHOT$//')
modules=java.base,java.desktop,java.logging,java.sql,java.xml,java.naming,jdk.unsupported
out=target/package
rm -rf "$out" && mkdir -p "$out/input"
if [ ! -f target/pathwise.jar ] || [ ! -d target/lib ]; then
  mvn -B -q -DskipTests package
fi
cp target/pathwise.jar "$out/input/"
mkdir -p "$out/input/lib"
# Only the jars the manifest names (target/lib may hold stale versions from older builds).
for jar in $(unzip -p target/pathwise.jar META-INF/MANIFEST.MF | tr -d '\r' | awk '
    /^Class-Path:/ {sub(/^Class-Path: /, ""); cp = $0; reading = 1; next}
    reading && /^ / {sub(/^ /, ""); cp = cp $0; next}
    {reading = 0}
    END {print cp}'); do
  cp "target/$jar" "$out/input/lib/"
done
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$out/runtime"
jpackage --type app-image --name pathwise --app-version "$version" --input "$out/input" \
    --main-jar pathwise.jar --main-class org.pathwise.Launcher --runtime-image "$out/runtime" \
    --icon packaging/icons/pathwise-256.png --dest "$out"
echo "app-image: $out/pathwise ($(du -sh "$out/pathwise" | cut -f1))"
if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb --app-image "$out/pathwise" --name pathwise --app-version "$version" \
      --description "Plan and track your path to becoming a machine-learning engineer" \
      --vendor Pathwise --linux-shortcut --linux-menu-group Education --linux-app-category education \
      --linux-package-name pathwise --linux-package-deps libgtk-3-0 --icon packaging/icons/pathwise-256.png \
      --resource-dir packaging/linux --dest "$out"
  deb=$(ls "$out"/pathwise_*.deb)
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
