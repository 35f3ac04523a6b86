#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages that building, running and testing Voordeur need and that this
# machine lacks; says what it installs, and does nothing when everything is there. Works as root or through sudo.
# `.ci/run` calls it too, so this is the one list.
#   bash Packaging/setup.sh            # build, run and test
set -euo pipefail

# package  what shows it is installed  why
wanted=(
  "libncursesw5-dev   /usr/include/ncursesw/curses.h  the terminal screen (ncursesw)"
  "libhunspell-dev    /usr/include/hunspell/hunspell.h spelling help and the coach's typo check (Hunspell)"
  "libsodium-dev      /usr/include/sodium.h           drafts sealed at rest behind a PIN (Argon2id, XChaCha20-Poly1305)"
  "hunspell-nl        /usr/share/hunspell/nl.dic      the Dutch dictionary Hunspell reads"
  "pkg-config         cmd:pkg-config                  finds Hunspell's build flags"
  "tmux               cmd:tmux                        end-to-end tests drive the program in a terminal"
  "python3            cmd:python3                     the e-mail tests parse the note with Python's email module"
  "util-linux         cmd:prlimit                     tests that limit a process (prlimit)"
  "strace             cmd:strace                      the no-network test watches the running binary's system calls"
  "dpkg-dev           cmd:dpkg-shlibdeps              building the Debian package"
  "binutils           cmd:objdump                     checking the Debian package's binary"
  "lintian            cmd:lintian                     checking the Debian package against Debian policy"
  "man-db             cmd:man                         checking that the manual page renders"
  "perl               cmd:perl                        the package check's text filters"
)

missing=()
for line in "${wanted[@]}"; do
  read -r pkg probe why <<<"$line"
  case "$probe" in
    cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 && continue ;;
    *) [ -e "$probe" ] && continue ;;
  esac
  missing+=("$pkg")
  echo "setup: missing $pkg: $why"
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: nothing is missing"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: installing needs root; run as root: apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
