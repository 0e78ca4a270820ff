#!/usr/bin/env bash
# Builds Pathwise for Linux: a jlink runtime trimmed to the JDK modules the app uses, a jpackage
# app-image in target/package/pathwise, and with --deb a .deb (desktop entry in Education, icons,
# AppStream metadata, copyright and changelog, `pathwise` on the PATH; lintian-clean, see
# packaging/linux/). Usage: packaging/build.sh [--deb | --if-stale]
# --if-stale builds the app-image only when it is missing or older than target/pathwise.jar (the
# measurement scripts use it).
# Windows and macOS (run there, after `./mvnw -B -DskipTests package`):
#   jpackage --type msi --name Pathwise --app-version $VERSION --input <staged jar + lib> --main-jar pathwise.jar \
#     --main-class org.pathwise.Launcher --runtime-image <jlink output> --icon packaging/icons/pathwise.ico \
#     --win-menu --win-menu-group Pathwise --win-shortcut --win-console
#   jpackage --type dmg --name Pathwise --app-version $VERSION --input <staged jar + lib> --main-jar pathwise.jar \
#     --main-class org.pathwise.Launcher --runtime-image <jlink output> --icon packaging/icons/pathwise.icns \
#     --mac-package-identifier org.pathwise
# (pathwise.ico and pathwise.icns are made from packaging/icons/pathwise.svg on those systems.)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--if-stale" ] && [ -x target/package/pathwise/bin/pathwise ] \
    && ! [ target/pathwise.jar -nt target/package/pathwise/lib/app/pathwise.jar ]; then
  exit 0
fi
# One version everywhere: the pom's, without a -SNAPSHOT suffix (jpackage takes numbers only).
version=$(grep -m1 -o '<version>[^<]*</version>' pom.xml | sed -e 's/<[^>]*>//g' -e 's/-SNAPSHOT$//')
modules=java.base,java.desktop,java.logging,java.sql,java.xml,java.naming,jdk.unsupported
out=target/package
rm -rf "$out" && mkdir -p "$out/input"
if [ ! -f target/pathwise.jar ] || [ ! -d target/lib ]; then
  ./mvnw -B -q -DskipTests package
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
# SQLite's native library, unpacked once here instead of into /tmp at every start.
mkdir -p "$out/input/native"
sqlite_jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar)
unzip -q -j -o "$sqlite_jar" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$out/input/native"
# The runtime with its own class-data-sharing archive of the JDK's classes.
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"
jpackage --type app-image --name pathwise --app-version "$version" --input "$out/input" \
    --main-jar pathwise.jar --main-class org.pathwise.Launcher --runtime-image "$out/runtime" \
    --icon packaging/icons/pathwise-256.png --dest "$out"
# The launcher: a shell script in place of jpackage's native one, which asks rpm and dpkg at every
# start which package it came from (0.4 s of every command here). The JVM options are chosen for a
# quick start (packaging/measure-commands.sh, measure-startup.sh): the client compiler only and
# the serial collector with a heap that starts small and gives back what it does not use (a
# desktop app with one user: 211 MB resident instead of 296), the app's class archive when class-archive.sh has
# made it (silently without it), SQLite's library from the app instead of unpacked to /tmp.
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$out/pathwise/lib/app/pathwise.cfg" \
    | sed 's#^#$app/#' | paste -sd: -)
cat > "$out/pathwise/bin/pathwise" <<LAUNCHER
#!/bin/sh
# Starts Pathwise $version on its own Java runtime. PATHWISE_MAKE_CLASS_ARCHIVE=1 makes the class
# archive instead of using it (lib/class-archive.sh does that).
root=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
app="\$root/lib/app"
if [ "\${PATHWISE_MAKE_CLASS_ARCHIVE:-}" = 1 ]; then
  archive="-XX:ArchiveClassesAtExit=\$root/lib/pathwise.jsa"
else
  archive="-XX:SharedArchiveFile=\$root/lib/pathwise.jsa"
fi
exec "\$root/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 \\
    -XX:MaxHeapFreeRatio=30 -Xshare:auto "\$archive" \\
    -Dorg.sqlite.lib.path="\$app/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so \\
    -cp "$classpath" org.pathwise.Launcher "\$@"
LAUNCHER
chmod 755 "$out/pathwise/bin/pathwise"
install -m 755 packaging/linux/class-archive.sh "$out/pathwise/lib/class-archive.sh"
sh "$out/pathwise/lib/class-archive.sh" "$PWD/$out/pathwise"
echo "app-image: $out/pathwise ($(du -sh "$out/pathwise" | cut -f1))"
if [ "${1:-}" = "--deb" ]; then
  # The .deb is assembled here and built with dpkg-deb, to distribution standards (lintian: no
  # errors): stripped binaries, a machine-readable copyright file, a changelog, a real description,
  # AppStream metadata, the desktop entry and icons where desktops look, `pathwise` on the PATH.
  linux=packaging/linux
  deb_version="$version-1"
  newest=$(grep -m1 -o '<release version="[^"]*"' "$linux/org.pathwise.Pathwise.metainfo.xml" | cut -d'"' -f2)
  changelog=$(head -1 "$linux/changelog" | sed -e 's/^[^(]*(\([^)]*\)).*/\1/')
  if [ "$newest" != "$version" ] || [ "$changelog" != "$deb_version" ]; then
    echo "one version everywhere: the pom says $version, the metainfo's newest release $newest," \
         "the changelog $changelog (want $deb_version)" >&2
    exit 1
  fi
  root="$out/deb"
  rm -rf "$root" && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
      "$root/usr/share/metainfo" "$root/usr/share/doc/pathwise" "$root/usr/share/lintian/overrides"
  cp -a "$out/pathwise" "$root/opt/pathwise"
  rm -f "$root/opt/pathwise/lib/pathwise.jsa" # Made for target/package; postinst makes one for /opt/pathwise.
  install -m 755 "$linux/postinst" "$linux/prerm" "$root/DEBIAN/"
  # Native code stripped of its symbols; shared libraries not executable.
  find "$root/opt/pathwise" -type f -print0 | while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q '^ELF'; then
      strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
      case "$f" in *.so) chmod 644 "$f" ;; esac
    fi
  done
  find "$root" -type d -exec chmod 755 {} +
  # Files 644, programs 755 (the runtime's legal notices come read-only, 444).
  find "$root/opt/pathwise" -type f -perm -u+x ! -name '*.so' -exec chmod 755 {} +
  find "$root/opt/pathwise" -type f ! -perm -u+x -exec chmod 644 {} +
  ln -s /opt/pathwise/bin/pathwise "$root/usr/bin/pathwise"
  install -m 644 "$linux/org.pathwise.Pathwise.desktop" "$root/usr/share/applications/"
  for size in 16 32 48 64 128 256 512; do
    install -D -m 644 "packaging/icons/pathwise-$size.png" \
        "$root/usr/share/icons/hicolor/${size}x${size}/apps/org.pathwise.Pathwise.png"
  done
  install -D -m 644 packaging/icons/pathwise.svg "$root/usr/share/icons/hicolor/scalable/apps/org.pathwise.Pathwise.svg"
  # Software centres show the screenshots from the web: where they are published.
  screenshots="${PATHWISE_SCREENSHOTS_URL:-https://pathwise.invalid/screenshots}"
  sed -e "s#@SCREENSHOTS@#$screenshots#" "$linux/org.pathwise.Pathwise.metainfo.xml" \
      > "$root/usr/share/metainfo/org.pathwise.Pathwise.metainfo.xml"
  chmod 644 "$root/usr/share/metainfo/org.pathwise.Pathwise.metainfo.xml"
  install -m 644 "$linux/copyright" "$root/usr/share/doc/pathwise/copyright"
  gzip -9n -c "$linux/changelog" > "$root/usr/share/doc/pathwise/changelog.Debian.gz"
  chmod 644 "$root/usr/share/doc/pathwise/changelog.Debian.gz"
  install -m 644 "$linux/lintian-overrides" "$root/usr/share/lintian/overrides/pathwise"
  mkdir -p "$root/usr/share/man/man1"
  sed -e "s/@VERSION@/$version/" "$linux/pathwise.1" | gzip -9n > "$root/usr/share/man/man1/pathwise.1.gz"
  chmod 644 "$root/usr/share/man/man1/pathwise.1.gz"
  # Depends: the packages of the shared libraries the native code needs and the package does not ship,
  # JavaFX's included: it unpacks its libraries from its jars at run time (GTK 3, OpenGL, X11 …; on a
  # minimal system without libGL, JavaFX printed a stack trace before falling back to software).
  jfx="$out/javafx-native"
  rm -rf "$jfx" && mkdir -p "$jfx"
  for jar in "$root"/opt/pathwise/lib/app/lib/javafx-*-linux.jar; do
    unzip -q -j -o "$jar" '*.so' -d "$jfx" 2>/dev/null || true
  done
  shipped=$( (find "$root/opt/pathwise" -name '*.so*' -printf '%f\n'; ls "$jfx") | sort -u)
  elves=$(find "$root/opt/pathwise" "$jfx" -type f \( -name '*.so*' -o -perm -u+x \) -exec file {} + \
      | awk -F: '/ELF/ {print $1}')
  # shellcheck disable=SC2086 # One path per word: the app's paths have no spaces.
  deps=$(objdump -p $elves | awk '/NEEDED/ {print $2}' | sort -u | grep -vxF "$shipped" \
      | while read -r soname; do dpkg -S "*/$soname" 2>/dev/null | head -1 | cut -d: -f1; done | sort -u)
  depends=$(printf '%s\n' $deps | sort -u | paste -sd, - | sed 's/,/, /g')
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$deb_version/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" "$linux/control.in" \
      > "$root/DEBIAN/control"
  (cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) \
      > "$root/DEBIAN/md5sums"
  chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
  deb="$out/pathwise_${deb_version}_amd64.deb"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
