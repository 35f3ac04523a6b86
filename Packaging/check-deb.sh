#!/usr/bin/env bash
# Builds the Debian package with Packaging/deb.sh and checks it as a field laptop without Swift would see it:
# a sane control file, the system's C libraries linked dynamically (Debian policy) and no Swift runtime needed from
# the toolchain (the toolchain's folder hidden under a tmpfs in a private mount namespace while the installed binary
# runs), a manual page that renders, and lintian without errors or warnings. Ends with "package: N passed, M failed".
#   bash Packaging/check-deb.sh [path/to/voordeur_VERSION_ARCH.deb]   # without a path it builds one first
set -uo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
passed=0
failed=0
check() { # check "what" command...
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok - $what"
  else
    failed=$((failed + 1))
    echo "not ok - $what"
  fi
}
finish() {
  echo "package: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
deb=${1:-}
if [ -z "$deb" ]; then
  start=$(date +%s)
  deb=$(bash Packaging/deb.sh 2>"$work/deb.log" | tail -n 1)
  echo "# Packaging/deb.sh took $(($(date +%s) - start)) s"
  [ -f "$deb" ] || sed 's/^/#   /' "$work/deb.log"
fi
check "deb.sh printed the path of a .deb" test -f "$deb"
[ -f "$deb" ] || finish

root=$work/root
data=$work/data
dpkg-deb -x "$deb" "$root"
bin=$root/usr/bin/voordeur
dpkg-deb -f "$deb" > "$work/control"
field() { sed -n "s/^$1: //p" "$work/control"; }

# The control file.
check "control: Package voordeur" test "$(field Package)" = voordeur
check "control: Architecture $(dpkg --print-architecture)" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "control: Version is the binary's --version" test "$(field Version)" = "$("$bin" --version)"
check "control: file name carries the version" test "$(basename "$deb")" = "voordeur_$(field Version)_$(field Architecture).deb"
check "control: Maintainer has a name and an address" grep -Eq '^Maintainer: [^<]+ <[^@> ]+@[^> ]+>$' "$work/control"
check "control: Recommends the Dutch dictionary and the mail and clipboard helpers" \
  bash -c '[[ "$1" == *hunspell-nl* && "$1" == *xdg-utils* && "$1" == *wl-clipboard* && "$1" == *xclip* ]]' _ "$(field Recommends)"
# The system's C libraries are shared libraries, so Debian's security updates reach them.
objdump -p "$bin" > "$work/objdump.txt"
needed() { grep -Eq "NEEDED +$1" "$work/objdump.txt"; }
check "binary needs libc as a shared library" needed 'libc\.so\.6'
check "binary needs ncursesw or tinfo as a shared library" needed '(libncursesw|libtinfo)\.so'
check "binary needs hunspell as a shared library" needed 'libhunspell'
check "binary needs libsodium as a shared library" needed 'libsodium\.so'
# Depends from dpkg-shlibdeps: those libraries' packages (libhunspell's shlibs file gives no minimum version).
check "control: Depends from dpkg-shlibdeps names libc6 (versioned), libncursesw6 or libtinfo6, libhunspell and libsodium23" \
  bash -c '[[ "$1" =~ libc6\ \(\>=\ [0-9] && "$1" =~ (libncursesw6|libtinfo6) && "$1" =~ libhunspell-[0-9.]+-[0-9]+ && "$1" =~ libsodium23 ]]' \
  _ "$(field Depends)"
check "no lintian override for a static binary" test ! -e "$root/usr/share/lintian/overrides/voordeur"

# The files.
for file in usr/bin/voordeur usr/share/man/man1/voordeur.1.gz usr/share/man/en/man1/voordeur.1.gz \
  usr/share/bash-completion/completions/voordeur \
  usr/share/zsh/vendor-completions/_voordeur usr/share/fish/vendor_completions.d/voordeur.fish \
  usr/share/doc/voordeur/copyright usr/share/doc/voordeur/README usr/share/doc/voordeur/changelog.gz; do
  check "file: /$file" test -s "$root/$file"
done
check "copyright is machine-readable (DEP-5)" \
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$root/usr/share/doc/voordeur/copyright"
check "bash completion loads" bash -c "source '$root/usr/share/bash-completion/completions/voordeur' && complete -p voordeur >/dev/null"

# No Swift runtime from the toolchain.
no_swift_needed() { ! objdump -p "$bin" | grep -Eq 'NEEDED +(libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime)|R(UN)?PATH'; }
check "binary needs no Swift library and has no RPATH" no_swift_needed
toolchain=""
if swift=$(command -v swift 2>/dev/null); then
  toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift")")")")
fi
mkdir -p "$data"
cat > "$data/bezoek-20261122-0930-beef.json" <<EOF
{"schemaVersion":1,"id":"20261122-0930-beef","startedAt":"2026-11-22T09:30:00Z","updatedAt":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","reason":"reparatie","reasonOther":"","homeReference":"WO-1","childrenPresent":"ja","observations":[{"signalID":"woning.vuistafdrukken","ticked":true,"description":"Ik zie twee deuken.","namedToTenant":"ja","tenantReaction":""}],"ownSignals":[],"thirdParty":[],"special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},"status":"concept"}
EOF
# What the installed binary does, with the toolchain hidden: the card, the coach (regular expressions), an
# e-mail note (dates through Foundation's ICU data).
cat > "$work/run.sh" <<EOF
set -e
export HOME='$work' XDG_CONFIG_HOME='$work/config' VOORDEUR_DATA_DIR='$data'
'$bin' kaart > '$work/kaart.txt'
echo 'De woning is vies.' | '$bin' coach --json > '$work/coach.txt'
'$bin' export --format eml > '$work/note.eml'
'$bin' --version > '$work/version.txt'
EOF
hidden_run() {
  if [ -n "$toolchain" ] && [ "$toolchain" != / ] && [ "$(id -u)" = 0 ] \
    && unshare -m --propagation private true 2>/dev/null; then
    echo "# hiding $toolchain under a tmpfs"
    unshare -m --propagation private bash -c "mount -t tmpfs none '$toolchain' && test ! -e '$swift' && bash '$work/run.sh'"
  else
    # The closest check without a mount namespace: the dynamic loader lists every library it loads.
    echo "# no private mount namespace here: checking what the loader loads instead"
    LD_DEBUG=libs bash "$work/run.sh" 2> "$work/ld.txt" || return 1
    ! grep -E 'calling init: .*(swift|Foundation|dispatch)' "$work/ld.txt" | grep -v "^$root"
  fi
}
check "installed binary runs with the toolchain's folder hidden" hidden_run
check "  voordeur kaart prints the card (24 signals)" \
  bash -c "grep -q '^In en rond de woning:' '$work/kaart.txt' && [ \$(grep -c '^  - ' '$work/kaart.txt') -eq 24 ]"
check "  voordeur coach finds the judgement" grep -q '"category":"oordeel"' "$work/coach.txt"
check "  voordeur export writes an e-mail with a Date header" grep -Eq '^Date: [A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} 20[0-9]{2}' "$work/note.eml"

# The manual page.
man_renders() {
  local out
  out=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/voordeur.1.gz" 2>"$work/man.err") || return 1
  [ ! -s "$work/man.err" ] || { sed 's/^/#   /' "$work/man.err"; return 1; }
  for heading in NAME SYNOPSIS DESCRIPTION TOETSEN BESTANDEN OMGEVING VERSTUREN AFSLUITCODES PRIVACY; do
    grep -q "^$heading" <<<"$out" || { echo "#   no section $heading"; return 1; }
  done
  grep -q 'verstuur' <<<"$out" && grep -q 'één' <<<"$out"
}
check "man -l renders the page without warnings, generated and hand-written sections, non-ASCII intact" man_renders
# The English page: the en locale's folder, found by man(1) under an English locale, English throughout.
man_renders_english() {
  local out
  out=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/en/man1/voordeur.1.gz" 2>"$work/man-en.err") || return 1
  [ ! -s "$work/man-en.err" ] || { sed 's/^/#   /' "$work/man-en.err"; return 1; }
  for heading in NAME SYNOPSIS DESCRIPTION KEYS FILES ENVIRONMENT SENDING "EXIT STATUS" PRIVACY; do
    grep -q "^$heading" <<<"$out" || { echo "#   no section $heading"; return 1; }
  done
  # The generated part in English (--taal en), the key list from the English key maps, no Dutch section left.
  grep -q 'Show help information' <<<"$out" && grep -q 'Acute danger? Call 112' <<<"$out" || { echo "#   not English"; return 1; }
  for dutch in TOETSEN BESTANDEN AFSLUITCODES 'Toon deze hulp' 'omhoog' 'stoppen'; do
    ! grep -q "$dutch" <<<"$out" || { echo "#   Dutch '$dutch' in the English page"; return 1; }
  done
}
check "the English man page (/usr/share/man/en/man1) renders without warnings, in English" man_renders_english

# lintian.
lintian_clean() {
  lintian --pedantic "$deb" > "$work/lintian.txt" 2>&1
  sed 's/^/#   /' "$work/lintian.txt"
  ! grep -Eq '^[EW]: ' "$work/lintian.txt"
}
if command -v lintian >/dev/null 2>&1; then
  check "lintian: no errors, no warnings" lintian_clean
else
  check "lintian is installed" false
fi
finish
