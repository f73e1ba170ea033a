#!/usr/bin/env bash
# Builds the Linux packages into dist/: a .deb (binary, desktop entry, icon, man page, licences)
# and a portable tar.gz of the same files. Needs dpkg-deb, dpkg-shlibdeps and strip (Debian's
# dpkg-dev and binutils). The built-in scenario library is compiled into the binary.
#
#   scripts/package.sh                 # release build (the first one takes 20+ minutes on 2 cores)
#   scripts/package.sh --binary PATH   # package an already built binary (the tests use the dev one)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
out=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/package.sh [--binary PATH] [--out DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  cargo build --release --locked
  binary="${CARGO_TARGET_DIR:-target}/release/hold-the-line"
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
name="hold-the-line_${version}_${arch}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/$name"
doc="$root/usr/share/doc/hold-the-line"

install -Dm755 "$binary" "$root/usr/bin/hold-the-line"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/hold-the-line"
install -Dm644 packaging/hold-the-line.desktop "$root/usr/share/applications/hold-the-line.desktop"
install -Dm644 assets/icons/hold-the-line.png "$root/usr/share/icons/hicolor/256x256/apps/hold-the-line.png"
mkdir -p "$root/usr/share/man/man1" "$doc"
"$root/usr/bin/hold-the-line" man | gzip -9n > "$root/usr/share/man/man1/hold-the-line.1.gz"
sed "s/@VERSION@/$version/" packaging/copyright > "$doc/copyright"
# The guides a trainer needs beside the program: writing scenarios, running a classroom.
install -m644 README.md AUTHORING.md TRAINERS.md "$doc/"
chmod 644 "$doc/copyright"
printf 'hold-the-line (%s) unstable; urgency=medium\n\n  * Packaged from the sources; see README.md for what is new.\n\n -- Hold the Line developers <hold-the-line@example.org>  %s\n' \
  "$version" "$(date -R -d @"${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" |
  gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"

# Shared libraries the binary links, as Debian package names (dpkg-shlibdeps wants a debian/ dir).
mkdir -p "$work/deps/debian"
printf 'Source: hold-the-line\n\nPackage: hold-the-line\nArchitecture: any\n' > "$work/deps/debian/control"
depends=$(cd "$work/deps" && dpkg-shlibdeps -O "$root/usr/bin/hold-the-line" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')

mkdir -p "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: hold-the-line
Version: $version
Architecture: $arch
Maintainer: Hold the Line developers <hold-the-line@example.org>
Installed-Size: $size
Depends: $depends
Recommends: mesa-vulkan-drivers
Section: education
Priority: optional
Homepage: https://example.org/hold-the-line
Description: training game for difficult customer conversations
 New hires face an upset customer, pick a response in each scene and get
 feedback after every choice that names the customer-service strategies they
 applied or missed. Eighteen scenarios are built in; trainers add their own
 as plain text files. Runs on a plain laptop with no GPU.
EOF
(cd "$root" && find usr -type f -exec md5sum {} + | sort -k2) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/$name.deb" >/dev/null

# The portable archive: the same files, runnable from wherever it is unpacked.
portable="$work/hold-the-line-$version-linux-$arch"
mkdir -p "$portable"
cp "$root/usr/bin/hold-the-line" "$root/usr/share/applications/hold-the-line.desktop" "$portable/"
cp assets/icons/hold-the-line.png "$root/usr/share/man/man1/hold-the-line.1.gz" "$portable/"
cp README.md AUTHORING.md TRAINERS.md LICENSE-MIT LICENSE-APACHE "$portable/"
tar -C "$work" -czf "$out/hold-the-line-$version-linux-$arch.tar.gz" "$(basename "$portable")"
echo "wrote $out/$name.deb and $out/hold-the-line-$version-linux-$arch.tar.gz"
