#!/usr/bin/env bash
# Builds voordeur_VERSION_ARCH.deb and prints the .deb's path as its last line. Needs the Swift toolchain,
# libncursesw5-dev, libhunspell-dev, libsodium-dev and dpkg-dev (dpkg-deb, dpkg-shlibdeps, objdump).
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

for tool in swift dpkg-deb dpkg-shlibdeps objdump strip gzip; do
  command -v "$tool" >/dev/null 2>&1 || { say "'$tool' ontbreekt (apt-get install dpkg-dev binutils)"; exit 2; }
done

out=${DEB_OUT:-$top/.build/deb}
maintainer=${DEB_MAINTAINER:-Voordeur maintainers <voordeur@users.noreply.example>}
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$epoch

# The system's C libraries (glibc, ncursesw with its terminfo layer, Hunspell, libstdc++) are linked dynamically, as
# Debian policy asks, so that a security update of any of them reaches the program without a rebuild. The Swift
# runtime, Foundation (with its ICU data) and Dispatch are linked in statically: Debian has no package for them, and
# a laptop without the toolchain must run the program. Full RELRO and BIND_NOW as Debian's hardening flags ask; no
# RUNPATH ($ORIGIN, which SwiftPM adds for libraries built beside the program: there are none in the package).
# VOORDEUR_RELEASE_FLAGS prints these flags and stops, for building the program the way
# Packaging/bench/side_by_side.py measures it.
flags=(-c release --static-swift-stdlib --disable-local-rpath -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now)
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
# The Swift libraries must be inside the binary: a field laptop has no toolchain to load them from.
if objdump -p "$bin" | grep -E 'NEEDED +(libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime)' >&2; then
  say "the binary needs a Swift library from the toolchain; it must link the Swift runtime statically"
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
# manual LANGUAGE HAND-WRITTEN KEY-LIST OUTPUT: one language's page (the program's help in that language, via --taal).
manual() {
  local lang=$1 extra=$2 keys=$3 page=$4 own
  cat > "$stage/voordeur-ascii" <<WRAPPER
#!/bin/sh
"$bin" --taal $lang "\$@" | perl -CSD -pe 's/([^\x00-\x7F])/sprintf("\@\@U%04X\@\@", ord(\$1))/ge'
WRAPPER
  chmod 0755 "$stage/voordeur-ascii"
  rm -rf "$stage/man"
  mkdir "$stage/man"
  "$bin_dir/generate-manual" "$stage/voordeur-ascii" --date "$date_iso" --section 1 --output-directory "$stage/man"
  # argument-parser's own English help lines, in Dutch like the rest of the Dutch page.
  if [ "$lang" = nl ]; then
    own='s/^Show help information\.$/Toon deze hulp./; s/^Show the version\.$/Toon het versienummer./;
      s/^Show subcommand help information\.$/Toon de hulp bij een opdracht./'
  else
    own=''
  fi
  perl -pe 's/\@\@U([0-9A-F]{4,})\@\@/\\[u$1]/g;'"$own" "$stage/man/"*.1 > "$stage/voordeur.1"
  awk -v extra="$extra" -v keys="$keys" -v lang="$lang" '
    function insert() {
      while ((getline line < extra) > 0) {
        # The key list is made from the key maps (KeyManualTests keeps it current).
        if (line ~ /^\.\\" (TOETSENLIJST|KEYLIST)/) { while ((getline key < keys) > 0) print key; close(keys); continue }
        print line
      }
      close(extra); done = 1
    }
    /^$/ { print ".Pp"; next }
    /^\.Os/ { print; if (lang == "nl") { print ".\\\" Dutch text: no English hyphenation."; print ".nh" }; next }
    /^\.Sh / { skipping = 0 }
    /^\.Sh "EXIT STATUS"/ { insert(); skipping = 1; next }
    !skipping { print }
    END { if (!done) insert() }
  ' "$stage/voordeur.1" > "$stage/voordeur.1.merged"
  gzip -9n < "$stage/voordeur.1.merged" > "$page"
}
# The Dutch page is the default; the English one is a translation in the en locale's folder (man(1) picks it when
# LANG or LC_MESSAGES starts with en).
manual nl "$top/Packaging/voordeur.1.nl" "$top/Packaging/voordeur.1.toetsen" "$pkg/usr/share/man/man1/voordeur.1.gz"
install -d -m 0755 "$pkg/usr/share/man/en/man1"
manual en "$top/Packaging/voordeur.1.en" "$top/Packaging/voordeur.1.keys" "$pkg/usr/share/man/en/man1/voordeur.1.gz"

# Sourced, not run: without the script's own #! line (lintian: bash-completion-with-hashbang).
"$bin" --generate-completion-script bash | sed '1{/^#!/d}' > "$pkg/usr/share/bash-completion/completions/voordeur"
"$bin" --generate-completion-script zsh > "$pkg/usr/share/zsh/vendor-completions/_voordeur"
"$bin" --generate-completion-script fish > "$pkg/usr/share/fish/vendor_completions.d/voordeur.fish"

install -m 0644 Packaging/copyright "$pkg/usr/share/doc/voordeur/copyright"
install -m 0644 Packaging/README "$pkg/usr/share/doc/voordeur/README"
sed -e "s/@VERSION@/$version/" -e "s/@MAINTAINER@/$maintainer/" -e "s/@DATE@/$(date -u -R -d "@$epoch")/" \
  Packaging/changelog | gzip -9n > "$pkg/usr/share/doc/voordeur/changelog.gz"

# Depends: computed by dpkg-shlibdeps from the libraries the binary needs (libc6, libncursesw6, libtinfo6,
# libhunspell-1.7-0, libsodium23, libstdc++6, libgcc-s1) and the versions of their symbols it uses. dpkg-shlibdeps reads a
# debian/control, which this script does not otherwise need: a minimal one in the staging folder.
install -d "$stage/debian"
printf 'Source: voordeur\n\nPackage: voordeur\nArchitecture: any\n' > "$stage/debian/control"
depends=$(cd "$stage" && dpkg-shlibdeps -O "$pkg/usr/bin/voordeur" | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { say "dpkg-shlibdeps found no dependencies"; exit 2; }

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
