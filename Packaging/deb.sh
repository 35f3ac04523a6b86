#!/usr/bin/env bash
# Builds voordeur_VERSION_ARCH.deb, one static executable, and prints the .deb's path as its last line. Needs the
# Swift toolchain, libncursesw5-dev, libhunspell-dev and dpkg-dev (dpkg-deb, objdump).
#
#   bash Packaging/deb.sh            # the .deb goes to .build/deb/
#   DEB_OUT=/tmp bash Packaging/deb.sh
#
# Environment: DEB_OUT (output folder), DEB_MAINTAINER ("Name <address>"), SOURCE_DATE_EPOCH (dates in the
# manual page and changelog; default: the last commit's date).
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
say() { echo "deb.sh: $*" >&2; }

for tool in swift dpkg-deb dpkg-query objdump strip gzip; do
  command -v "$tool" >/dev/null 2>&1 || { say "'$tool' ontbreekt (apt-get install dpkg-dev binutils)"; exit 2; }
done

out=${DEB_OUT:-$top/.build/deb}
maintainer=${DEB_MAINTAINER:-Voordeur maintainers <voordeur@users.noreply.example>}
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$epoch

# One static executable: the Swift runtime, Foundation (with FoundationEssentials, the ICU data and Dispatch),
# glibc, libstdc++, ncursesw and Hunspell are linked in, so starting loads no library at all: no dynamic loader, no
# symbol lookups (a third of the time to the first frame went there; BENCHMARKS.md, issue 13). ncursesw and its
# terminfo layer are named once more at the end because the archives must follow the objects that use them. What this
# costs (a security update of glibc, ncurses or Hunspell needs a rebuild, as the Swift runtime always did) is in
# README.md. Full RELRO and BIND_NOW as Debian's hardening flags ask. VOORDEUR_RELEASE_FLAGS prints these flags and
# stops, for building the program the way Packaging/bench/side_by_side.py measures it.
flags=(-c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -lncursesw -Xlinker -ltinfo
       -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now)
if [ -n "${VOORDEUR_RELEASE_FLAGS:-}" ]; then echo "${flags[*]}"; exit 0; fi
say "swift build ${flags[*]} --product voordeur"
swift build "${flags[@]}" --product voordeur >&2
# swift-argument-parser's generate-manual tool, the one its GenerateManual plugin runs; built as a product of the
# dependency so it can read the release binary instead of the plugin's second, debug build of the package.
swift build "${flags[@]}" --product generate-manual >&2
bin_dir=$(swift build "${flags[@]}" --show-bin-path)
bin=$bin_dir/voordeur

version=$("$bin" --version)
arch=$(dpkg --print-architecture)
if objdump -p "$bin" | grep -E 'NEEDED' >&2; then
  say "the binary still needs a shared library; it must be one static executable"
  exit 2
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/voordeur
install -d -m 0755 "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/man/man1" "$pkg/usr/share/doc/voordeur" \
  "$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
  "$pkg/usr/share/fish/vendor_completions.d"

install -m 0755 "$bin" "$pkg/usr/bin/voordeur"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$pkg/usr/bin/voordeur"
"$pkg/usr/bin/voordeur" kaart >/dev/null  # still runs after stripping

# The manual: generated from the command declarations, with the hand-written Dutch sections in place of the
# generated EXIT STATUS section.
date_iso=$(date -u -d "@$epoch" +%Y-%m-%d)
# generate-manual drops every non-ASCII character (één, kopiëren): a wrapper hands it the help with those
# characters as @@UXXXX@@ placeholders, which become groff's \[uXXXX] afterwards.
cat > "$stage/voordeur-ascii" <<WRAPPER
#!/bin/sh
"$bin" "\$@" | perl -CSD -pe 's/([^\x00-\x7F])/sprintf("\@\@U%04X\@\@", ord(\$1))/ge'
WRAPPER
chmod 0755 "$stage/voordeur-ascii"
mkdir "$stage/man"
"$bin_dir/generate-manual" "$stage/voordeur-ascii" --date "$date_iso" --section 1 --output-directory "$stage/man"
# argument-parser's own English help lines, in Dutch like the rest of the page.
perl -pe 's/\@\@U([0-9A-F]{4,})\@\@/\\[u$1]/g;
  s/^Show help information\.$/Toon deze hulp./; s/^Show the version\.$/Toon het versienummer./;
  s/^Show subcommand help information\.$/Toon de hulp bij een opdracht./' "$stage/man/"*.1 > "$stage/voordeur.1"
awk -v extra="$top/Packaging/voordeur.1.nl" '
  function insert() { while ((getline line < extra) > 0) print line; close(extra); done = 1 }
  /^$/ { print ".Pp"; next }
  /^\.Os/ { print; print ".\\\" Dutch text: no English hyphenation."; print ".nh"; next }
  /^\.Sh / { skipping = 0 }
  /^\.Sh "EXIT STATUS"/ { insert(); skipping = 1; next }
  !skipping { print }
  END { if (!done) insert() }
' "$stage/voordeur.1" > "$stage/voordeur.1.merged"
gzip -9n < "$stage/voordeur.1.merged" > "$pkg/usr/share/man/man1/voordeur.1.gz"

# Sourced, not run: without the script's own #! line (lintian: bash-completion-with-hashbang).
"$bin" --generate-completion-script bash | sed '1{/^#!/d}' > "$pkg/usr/share/bash-completion/completions/voordeur"
"$bin" --generate-completion-script zsh > "$pkg/usr/share/zsh/vendor-completions/_voordeur"
"$bin" --generate-completion-script fish > "$pkg/usr/share/fish/vendor_completions.d/voordeur.fish"

install -m 0644 Packaging/copyright "$pkg/usr/share/doc/voordeur/copyright"
install -m 0644 Packaging/README "$pkg/usr/share/doc/voordeur/README"
sed -e "s/@VERSION@/$version/" -e "s/@MAINTAINER@/$maintainer/" -e "s/@DATE@/$(date -u -R -d "@$epoch")/" \
  Packaging/changelog | gzip -9n > "$pkg/usr/share/doc/voordeur/changelog.gz"

# Depends: a static binary needs no shared library, but a statically linked glibc still loads its user-database
# modules (getpwuid: the home folder when HOME is unset) and the locale archive from the glibc it was built with.
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed -E 's/^[0-9]+://; s/-[^-]*$//')
[ -n "$glibc" ] || { say "cannot tell the version of libc6"; exit 2; }
depends="libc6 (>= $glibc)"

# lintian: the static binary is deliberate (see above); the override says why, in the package itself.
install -d -m 0755 "$pkg/usr/share/lintian/overrides"
install -m 0644 Packaging/lintian-overrides "$pkg/usr/share/lintian/overrides/voordeur"

find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg/usr/share" -type f -exec chmod 0644 {} +
find "$pkg" -exec touch -h -d "@$epoch" {} +
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" -e "s/@SIZE@/$size/" \
  -e "s/@DEPENDS@/$depends/" Packaging/control.in > "$pkg/DEBIAN/control"
(cd "$pkg" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"

mkdir -p "$out"
deb=$out/voordeur_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >&2
echo "$deb"
