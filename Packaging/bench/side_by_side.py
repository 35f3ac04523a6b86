#!/usr/bin/env python3
# side_by_side.py: voordeur against `dialog --checklist` with the same 24 signals, in an 80x24 pseudo-terminal.
# Alternating voordeur/dialog runs measure (1) start to first full frame: fork/exec until the marker is on the pty
# ("Acuut gevaar? Bel 112" for voordeur; "Cancel", dialog's last widget drawn, because at 24 lines dialog scrolls
# its list and never shows the last item), then q / Escape is sent and the child reaped; (2) peak RSS (wait4).
# Also `voordeur kaart` and `voordeur lijst` as plain commands, and first frame and `lijst` with 0 and with
# --drafts N draft files, copied from a draft voordeur itself writes. Every run gets a fresh temporary data folder
# (VOORDEUR_DATA_DIR for the screen, which is started without arguments as in the field; --data-dir for the
# commands), XDG_CONFIG_HOME and XDG_DATA_HOME (the N-draft runs share one folder); all are removed at the end.
# Run from the repository root, after `swift build $(VOORDEUR_RELEASE_FLAGS=1 bash Packaging/deb.sh)` (the flags
# Packaging/deb.sh builds the installed program with: one static executable) and `apt-get install dialog`:
#     python3 Packaging/bench/side_by_side.py [--voordeur PATH] [--runs 30] [--drafts 500] [--case all|start|keys]
# Prints a Markdown table (median / nearest-rank p90) and the command line, for BENCHMARKS.md. Report release only.
# Encryption at rest: the plain runs set `versleuteling = uit` (the screen would otherwise open on "Pincode kiezen");
# the encrypted runs (--pin, default 246810) seal the N drafts with `voordeur pincode` and time (a) start to the PIN
# screen, the first frame (marker "Voordeur op slot"), and (b) from sending the PIN and Enter to the first frame with
# the drafts opened, Argon2id included.
# Keystrokes (--case keys, --keys N): voordeur, `vim -u NONE` and `nano --softwrap` each hold the same 10,000
# characters of Dutch description (voordeur: a signal's editor, the text pasted with bracketed paste; vim and nano: a
# file, cursor moved to its end in insert mode), then N keys of a typed sentence are sent one at a time, the three
# programs in turn. Per key: the time from writing the key to the last byte of output before 40 ms of quiet (the
# settled screen), and to the first byte. A key goes out only after the previous one settled plus 20 ms.

import argparse
import fcntl
import json
import math
import os
import platform
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROWS, COLS = 24, 80
VOORDEUR_MARKER = "Acuut gevaar? Bel 112".encode()
PIN_MARKER = "Voordeur op slot".encode()
DIALOG_MARKER = b"Cancel"
FRAME_TIMEOUT = 60.0  # seconds until the first frame; generous for debug builds on a busy machine
EXIT_TIMEOUT = 10.0  # seconds after the quit key until the child is killed
REPO = Path(__file__).resolve().parents[2]


class Bench:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="voordeur-bench-"))
        self.counter = 0
        self.odd: list[str] = []

    def fresh(self, name: str) -> Path:
        self.counter += 1
        d = self.root / f"{name}-{self.counter}"
        d.mkdir()
        return d

    def env(self, home: Path | None = None, encryption: str = "uit") -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VOORDEUR_")}
        if home is None:
            home = self.fresh("home")
        (home / "config").mkdir(exist_ok=True)
        (home / "data").mkdir(exist_ok=True)
        (home / "config" / "voordeur").mkdir(exist_ok=True)
        (home / "config" / "voordeur" / "voordeur.conf").write_text(f"[voordeur]\nversleuteling = {encryption}\n")
        env["VOORDEUR_SYSTEM_CONFIG"] = ""  # never the machine's /etc/voordeur
        env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   LINES=str(ROWS), COLUMNS=str(COLS))
        return env


def read_some(fd: int, timeout: float) -> bytes | None:
    """Bytes from the pty master, b"" if nothing came in time, None once the child side is closed."""
    r, _, _ = select.select([fd], [], [], max(0.0, timeout))
    if not r:
        return b""
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: every slave descriptor is closed
        return None
    return data if data else None


def spawn_on_pty(argv: list[str], env: dict[str, str]) -> tuple[int, int]:
    """Start argv on a fresh 80x24 pty; (pid, the master's descriptor)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(master)
            os.login_tty(slave)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    os.close(slave)
    return pid, master


def pty_run(argv: list[str], env: dict[str, str], marker: bytes, quit_key: bytes,
            before_quit=None) -> dict:
    """Start argv on a fresh 80x24 pty; time until marker is in its output; send quit_key; reap with wait4."""
    t0 = time.perf_counter()
    pid, master = spawn_on_pty(argv, env)
    buf = bytearray()
    frame = None
    closed = False
    deadline = t0 + FRAME_TIMEOUT
    while frame is None and not closed:
        now = time.perf_counter()
        if now > deadline:
            break
        data = read_some(master, deadline - now)
        if data is None:
            closed = True
        elif data:
            buf += data
            if marker in buf[-(len(data) + len(marker)):]:
                frame = time.perf_counter() - t0
    killed = False
    status = rusage = None
    if frame is not None:
        if before_quit is not None:
            before_quit(master)
        try:
            os.write(master, quit_key)
        except OSError:
            pass
        deadline = time.perf_counter() + EXIT_TIMEOUT
    else:
        deadline = time.perf_counter()  # no frame: kill at once
    while True:
        wpid, status, rusage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            break
        if time.perf_counter() > deadline:
            os.kill(pid, signal.SIGKILL)
            killed = True
            _, status, rusage = os.wait4(pid, 0)
            break
        if not closed:
            data = read_some(master, 0.01)  # keep draining so the child never blocks on a full pty
            if data is None:
                closed = True
            else:
                buf += data
        else:
            time.sleep(0.002)
    total = time.perf_counter() - t0
    os.close(master)
    return dict(frame=frame, total=total, rss_kib=rusage.ru_maxrss, status=status, killed=killed,
                output=bytes(buf))


def plain_run(argv: list[str], env: dict[str, str]) -> dict:
    """Run argv with stdout/stderr to /dev/null; wall time and peak RSS via wait4."""
    devnull = os.open(os.devnull, os.O_RDWR)
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[
        (os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, rusage = os.wait4(pid, 0)
    t = time.perf_counter() - t0
    os.close(devnull)
    return dict(time=t, rss_kib=rusage.ru_maxrss, status=status)


def p90(xs: list[float]) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]


def ms(x: float | None) -> str:
    return "—" if x is None else f"{x * 1000:.1f} ms"


def mib(kib: float | None) -> str:
    return "—" if kib is None else f"{kib / 1024:.1f} MiB"


def signal_texts(voordeur: str, bench: Bench) -> list[str]:
    home = bench.fresh("kaart")
    out = subprocess.run([voordeur, "kaart", "--data-dir", str(home / "drafts")], env=bench.env(home),
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        sys.exit(f"`{voordeur} kaart` failed ({out.returncode}): {out.stderr.strip()}")
    items = [line[4:].strip() for line in out.stdout.splitlines() if line.startswith("  - ")]
    if len(items) != 24:
        bench.odd.append(f"`voordeur kaart` listed {len(items)} signals, not 24")
    if not items:
        sys.exit("no signal lines ('  - ...') in the output of `voordeur kaart`")
    return items


def sample_draft(voordeur: str, bench: Bench) -> dict:
    """Let voordeur write one draft: open the TUI, tick a signal (space), wait for the autosave, quit."""
    home = bench.fresh("sample")
    drafts = home / "drafts"
    argv = [voordeur, "--data-dir", str(drafts)]

    def tick(master: int) -> None:
        os.write(master, b" ")
        end = time.perf_counter() + 1.5
        while time.perf_counter() < end:
            if read_some(master, 0.05) is None:
                break

    r = pty_run(argv, bench.env(home), VOORDEUR_MARKER, b"q", before_quit=tick)
    if r["frame"] is None:
        sys.exit("voordeur never drew its first frame in the pty (marker not seen)")
    files = sorted(drafts.glob("bezoek-*.json"))
    if len(files) != 1:
        sys.exit(f"expected one bezoek-*.json after ticking a signal, found {len(files)} in {drafts}")
    return json.loads(files[0].read_text())


def write_drafts(sample: dict, n: int, folder: Path) -> None:
    m = re.fullmatch(r"(\d{8})-(\d{2})(\d{2})-([0-9a-f]{4})", sample["id"])
    if not m:
        sys.exit(f"draft id {sample['id']!r} does not look like YYYYMMDD-HHMM-xxxx; update write_drafts")
    if n > 0x10000:
        sys.exit("--drafts: at most 65536 (four hex digits)")
    day, hour = m.group(1), m.group(2)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        d = json.loads(json.dumps(sample))
        d["id"] = f"{day}-{hour}{i % 60:02d}-{i:04x}"
        d["updatedAt"] = now
        (folder / f"bezoek-{d['id']}.json").write_text(json.dumps(d, indent=2, separators=(",", " : "), ensure_ascii=False))


KEY_TEXT = (
    "Ik zie twee gaten ter grootte van een vuist in de slaapkamerdeur, op ongeveer anderhalve meter hoogte.",
    "De woning is vies en de keuken is een puinhoop.",
    "Het slot van de badkamerdeur is aan de binnenkant losgetrokken.",
    "De buren zeggen dat er vaak wordt geschreeuwd.",
    "Ik denk dat de vrouw bang is voor haar man.",
    "In de koelkast staan alleen een pak melk en een fles ketchup.",
    "De huurder zei: \"Dat is al heel oud, hoor.\"",
    "Er lagen veel lege flessen op het balkon.",
)
TYPED = "mevrouw keek drie keer naar de voordeur en zei dat haar man om vijf uur thuiskomt. "
SETTLE_QUIET = 0.040  # seconds without output that end a key's frame


def ten_thousand() -> str:
    """10,000 characters in paragraphs of about 250, like voordeur-bench's long description."""
    paragraphs, i = [], 0
    while sum(len(p) + 1 for p in paragraphs) < 10000:
        p = ""
        while len(p) < 250:
            p += KEY_TEXT[i % len(KEY_TEXT)] + " "
            i += 1
        paragraphs.append(p[:250].rstrip())
    return "\n".join(paragraphs)[:10000]


def drain(master: int, quiet: float, limit: float = 10.0) -> bytes | None:
    """Read until `quiet` seconds pass without output (or `limit`); None when the child closed the pty."""
    buf = bytearray()
    end = time.perf_counter() + limit
    while time.perf_counter() < end:
        data = read_some(master, quiet)
        if data is None:
            return None
        if not data:
            break
        buf += data
    return bytes(buf)


def one_key(master: int, key: bytes) -> tuple[float, float] | None:
    """Write key; (seconds to the first byte, seconds to the last byte before SETTLE_QUIET of silence)."""
    t0 = time.perf_counter()
    os.write(master, key)
    first = last = None
    end = t0 + 5.0
    while time.perf_counter() < end:
        data = read_some(master, SETTLE_QUIET if first is not None else end - time.perf_counter())
        if data is None or not data:
            break
        now = time.perf_counter()
        if first is None:
            first = now - t0
        last = now - t0
    return None if first is None else (first, last)


class KeySession:
    """One editor on a pty, loaded with the text and ready to type at its end."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], ready: bytes, setup: list[bytes],
                 quit_keys: bytes) -> None:
        self.name, self.quit_keys = name, quit_keys
        self.pid, self.master = spawn_on_pty(argv, env)
        seen = bytearray()
        end = time.perf_counter() + FRAME_TIMEOUT
        while ready not in seen and time.perf_counter() < end:
            data = read_some(self.master, end - time.perf_counter())
            if data is None:
                break
            seen += data
        if ready not in seen:
            self.close()
            sys.exit(f"{name}: never drew {ready!r}; output began {bytes(seen[:300])!r}")
        for step in setup:
            os.write(self.master, step)
            drain(self.master, 0.3)
        drain(self.master, 1.5)  # background work (voordeur: the dictionary, the coach) settles

    def close(self) -> None:
        try:
            os.write(self.master, self.quit_keys)
        except OSError:
            pass
        end = time.perf_counter() + EXIT_TIMEOUT
        while time.perf_counter() < end:
            if os.waitpid(self.pid, os.WNOHANG)[0] == self.pid:
                break
            if read_some(self.master, 0.02) is None:
                time.sleep(0.01)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.master)


def keystrokes(bench: Bench, voordeur: str, keys: int) -> list[str]:
    text = ten_thousand()
    sessions = []
    home = bench.fresh("keys")
    venv = bench.env(home)
    venv["VOORDEUR_DATA_DIR"] = str(home / "drafts")
    # voordeur: Enter opens the first signal's editor; the text comes as one bracketed paste, the cursor at its end.
    sessions.append(KeySession("voordeur", [voordeur], venv, VOORDEUR_MARKER,
                               [b"\r", b"\x1b[200~" + text.encode() + b"\x1b[201~"], b"\x1b\x03"))
    plain = bench.fresh("editors")
    (plain / "tekst.txt").write_text(text)
    env = bench.env(plain)
    vim, nano = shutil.which("vim"), shutil.which("nano")
    if vim:  # G: last line; A: append at its end
        sessions.append(KeySession("vim -u NONE", [vim, "-u", "NONE", str(plain / "tekst.txt")], env, b"tekst.txt",
                                   [b"G", b"A"], b"\x1b:q!\r"))
    else:
        bench.odd.append("vim is not installed (apt-get install vim): no vim column")
    if nano:  # Alt-/: last line; End: its end
        sessions.append(KeySession("nano --softwrap", [nano, "--softwrap", "--ignorercfiles", str(plain / "tekst.txt")],
                                   env, b"tekst.txt", [b"\x1b/", b"\x1b[F"], b"\x18n"))
    else:
        bench.odd.append("nano is not installed (apt-get install nano): no nano column")
    results: dict[str, list[tuple[float, float]]] = {s.name: [] for s in sessions}
    print(f"keystrokes: {keys} keys into each of {len(sessions)} editors, in turn ...", file=sys.stderr)
    try:
        for i in range(keys):
            key = TYPED[i % len(TYPED)].encode()
            for s in sessions:
                r = one_key(s.master, key)
                if r is None:
                    bench.odd.append(f"{s.name}: no output after key {i + 1}")
                else:
                    results[s.name].append(r)
                time.sleep(0.020)
    finally:
        for s in sessions:
            s.close()
    lines = ["| editor, 10,000 characters, typing at the end | key to settled frame: median / p90 / p99 | "
             "key to first byte: median | ratio to vim (medians) |", "| --- | --- | --- | --- |"]
    vim_med = statistics.median(r[1] for r in results["vim -u NONE"]) if results.get("vim -u NONE") else None

    def p99(xs: list[float]) -> float:
        s = sorted(xs)
        return s[max(0, math.ceil(0.99 * len(s)) - 1)]

    for s in sessions:
        rs = results[s.name]
        if not rs:
            continue
        settled = [r[1] for r in rs]
        med = statistics.median(settled)
        ratio = f"{med / vim_med:.2f}×" if vim_med else "—"
        def ms2(x: float) -> str: return f"{x * 1000:.2f} ms"
        lines.append(f"| {s.name} | {ms2(med)} / {ms2(p90(settled))} / {ms2(p99(settled))} | "
                     f"{ms2(statistics.median(r[0] for r in rs))} | {ratio} |")
    return lines


def check(r: dict, what: str, bench: Bench, expect_ok: bool = True) -> None:
    if r.get("killed"):
        bench.odd.append(f"{what}: killed after not exiting within {EXIT_TIMEOUT:.0f} s of the quit key")
    if r.get("frame", 0) is None:
        bench.odd.append(f"{what}: no first frame within {FRAME_TIMEOUT:.0f} s")
    st = r["status"]
    if expect_ok and not r.get("killed") and not (os.WIFEXITED(st) and os.WEXITSTATUS(st) == 0):
        bench.odd.append(f"{what}: exit status {os.waitstatus_to_exitcode(st)}")


def main() -> None:
    ap = argparse.ArgumentParser(description="voordeur vs dialog through an 80x24 pty (see header comment)")
    ap.add_argument("--voordeur", help="voordeur binary (default .build/release/voordeur)")
    ap.add_argument("--runs", type=int, default=30, help="runs per measurement (default 30)")
    ap.add_argument("--drafts", type=int, default=500, help="drafts for the many-drafts runs (default 500; 0 skips)")
    ap.add_argument("--pin", default="246810", help="PIN for the encrypted many-drafts runs (default 246810)")
    ap.add_argument("--case", choices=["all", "start", "keys"], default="all",
                    help="start: first frames and commands; keys: keystrokes beside vim and nano (default all)")
    ap.add_argument("--keys", type=int, default=300, help="keys typed into each editor (default 300)")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("--runs must be at least 1")

    if args.voordeur:
        voordeur = os.path.abspath(args.voordeur)
    else:
        rel, dbg = REPO / ".build/release/voordeur", REPO / ".build/debug/voordeur"
        if rel.exists():
            voordeur = str(rel)
        elif dbg.exists():
            voordeur = str(dbg)
            print(f"WARNING: {rel} not found, using the DEBUG build {dbg}; debug figures are not the ones to report "
                  "(build with `swift build -c release`).", file=sys.stderr)
        else:
            sys.exit(f"no voordeur binary at {rel} or {dbg}; pass --voordeur PATH")
    if not os.access(voordeur, os.X_OK):
        sys.exit(f"{voordeur} is not executable")
    if "/debug/" in voordeur and args.voordeur:
        print("WARNING: this looks like a debug build; debug figures are not the ones to report.", file=sys.stderr)

    dialog = shutil.which("dialog")
    if dialog is None:
        print("dialog is not installed, so the comparison columns stay empty. Install it with:\n"
              "    sudo apt-get install dialog", file=sys.stderr)

    bench = Bench()
    try:
        run(bench, voordeur, dialog, args)
    finally:
        shutil.rmtree(bench.root, ignore_errors=True)


def run(bench: Bench, voordeur: str, dialog: str | None, args) -> None:
    key_lines = keystrokes(bench, voordeur, args.keys) if args.case in ("all", "keys") else []
    if args.case == "keys":
        report_keys(key_lines, voordeur, bench)
        return
    n = args.runs
    items = signal_texts(voordeur, bench)
    dialog_argv = None
    if dialog:
        dialog_argv = [dialog, "--checklist", "Signalen", "30", "78", str(len(items))]
        for i, text in enumerate(items, 1):
            dialog_argv += [f"tag{i}", text, "off"]

    def voordeur_tui(drafts: Path | None = None) -> dict:
        home = bench.fresh("tui")
        d = drafts if drafts is not None else home / "drafts"
        # Started as in the field: `voordeur` without arguments; the folder comes from the environment.
        env = bench.env(home)
        env["VOORDEUR_DATA_DIR"] = str(d)
        return pty_run([voordeur], env, VOORDEUR_MARKER, b"q")

    # Warm-up (page cache, dynamic loader): one of each, not counted.
    voordeur_tui()
    if dialog_argv:
        w = pty_run(dialog_argv, bench.env(), DIALOG_MARKER, b"\x1b")
        if w["frame"] is None:
            bench.odd.append("dialog: marker 'Cancel' never seen; dialog output began "
                             + repr(w["output"][:200]))
        if items[-1].encode() in w["output"]:
            bench.odd.append("dialog showed the last item after all (the marker could be the last item)")

    # 1 + 2: first full frame and peak RSS, alternating voordeur / dialog.
    v_tui, d_tui = [], []
    print(f"first frame: {n} alternating runs ...", file=sys.stderr)
    for i in range(n):
        r = voordeur_tui()
        check(r, f"voordeur TUI run {i + 1}", bench)
        v_tui.append(r)
        if dialog_argv:
            r = pty_run(dialog_argv, bench.env(), DIALOG_MARKER, b"\x1b")
            check(r, f"dialog run {i + 1}", bench, expect_ok=False)  # Escape exits dialog with 255
            d_tui.append(r)

    # 4: plain commands, alternating kaart / lijst, each with a fresh empty data folder.
    v_kaart, v_lijst = [], []
    print(f"kaart / lijst: {n} alternating runs ...", file=sys.stderr)
    for i in range(n):
        for name, acc in (("kaart", v_kaart), ("lijst", v_lijst)):
            home = bench.fresh(name)
            r = plain_run([voordeur, name, "--data-dir", str(home / "drafts")], bench.env(home))
            check(r, f"voordeur {name} run {i + 1}", bench)
            acc.append(r)

    # Many drafts: one shared folder; first frame and lijst, alternating with the 0-draft runs.
    many_tui, many_lijst, zero_tui, zero_lijst = [], [], [], []
    if args.drafts > 0:
        sample = sample_draft(voordeur, bench)
        folder = bench.fresh("many") / "drafts"
        write_drafts(sample, args.drafts, folder)
        # Every run reads every draft (there is no index beside them); the check below makes sure no run changed one.
        def draft_files() -> dict:
            return {p.name: p.stat().st_mtime_ns for p in folder.glob("bezoek-*.json")}
        before = draft_files()
        print(f"{args.drafts} drafts: {n} alternating runs ...", file=sys.stderr)
        for i in range(n):
            r = voordeur_tui()
            check(r, f"voordeur TUI, 0 drafts, run {i + 1}", bench)
            zero_tui.append(r)
            r = voordeur_tui(folder)
            check(r, f"voordeur TUI, {args.drafts} drafts, run {i + 1}", bench)
            many_tui.append(r)
            home = bench.fresh("lijst0")
            r = plain_run([voordeur, "lijst", "--data-dir", str(home / "drafts")], bench.env(home))
            check(r, f"voordeur lijst, 0 drafts, run {i + 1}", bench)
            zero_lijst.append(r)
            r = plain_run([voordeur, "lijst", "--data-dir", str(folder)], bench.env())
            check(r, f"voordeur lijst, {args.drafts} drafts, run {i + 1}", bench)
            many_lijst.append(r)
        after = draft_files()
        if after.keys() != before.keys():
            bench.odd.append(f"the {args.drafts}-draft folder changed during the runs: "
                             f"{len(before)} drafts before, {len(after)} after")
        changed = sum(1 for k in before if k in after and after[k] != before[k])
        if changed:
            bench.odd.append(f"opening the TUI and quitting at once rewrote {changed} of the {args.drafts} drafts "
                             "(the one it opened, presumably saved on quit)")

    # Encrypted: the same drafts sealed behind a PIN. (a) start to the PIN screen; (b) PIN + Enter to the draft frame.
    pin_frame, unlock_frame, sealed_lijst = [], [], []
    if args.drafts > 0:
        shome = bench.fresh("sealed")
        sealed = shome / "drafts"
        write_drafts(sample, args.drafts, sealed)
        senv = bench.env(shome, encryption="aan")
        pin = args.pin.encode()
        chosen = subprocess.run([voordeur, "pincode", "--pincode-stdin", "--data-dir", str(sealed)], env=senv,
                                input=pin + b"\n" + pin + b"\n", capture_output=True, timeout=60)
        if chosen.returncode != 0:
            sys.exit(f"`voordeur pincode` failed: {chosen.stderr.decode(errors='replace').strip()}")
        plain_left = [p.name for p in sealed.glob("bezoek-*.json") if not p.read_bytes().startswith(b"VDZ")]
        if plain_left:
            bench.odd.append(f"{len(plain_left)} drafts still plain after choosing the PIN")

        def unlock_then_frame(master: int, out: dict) -> None:
            t = time.perf_counter()
            os.write(master, pin + b"\r")
            buf = bytearray()
            end = t + FRAME_TIMEOUT
            while time.perf_counter() < end:
                data = read_some(master, end - time.perf_counter())
                if data is None:
                    break
                buf += data
                if VOORDEUR_MARKER in buf:
                    out["unlock"] = time.perf_counter() - t
                    break

        print(f"{args.drafts} sealed drafts: {n} runs ...", file=sys.stderr)
        for i in range(n):
            env = dict(senv)
            env["VOORDEUR_DATA_DIR"] = str(sealed)
            out: dict = {}
            r = pty_run([voordeur], env, PIN_MARKER, b"q", before_quit=lambda m: unlock_then_frame(m, out))
            check(r, f"voordeur TUI, {args.drafts} sealed drafts, run {i + 1}", bench)
            pin_frame.append(r)
            if "unlock" in out:
                unlock_frame.append(out["unlock"])
            else:
                bench.odd.append(f"sealed run {i + 1}: no draft frame after the PIN")
            t0 = time.perf_counter()
            ls = subprocess.run([voordeur, "lijst", "--pincode-stdin", "--data-dir", str(sealed)], env=senv,
                                input=pin + b"\n", capture_output=True, timeout=60)
            sealed_lijst.append(time.perf_counter() - t0)
            if ls.returncode != 0:
                bench.odd.append(f"sealed lijst run {i + 1}: exit {ls.returncode}")

    # Report.
    def frames(rs): return [r["frame"] for r in rs if r["frame"] is not None]
    def times(rs): return [r["time"] for r in rs]
    def rss(rs): return [r["rss_kib"] for r in rs]

    def cell(xs, fmt=ms, with_p90=True):
        if not xs:
            return "—"
        return f"{fmt(statistics.median(xs))} / {fmt(p90(xs))}" if with_p90 else fmt(statistics.median(xs))

    def ratio(a, b):
        if not a or not b:
            return "—"
        return f"{statistics.median(a) / statistics.median(b):.2f}×"

    lines = []
    lines.append(f"| what | voordeur median / p90 | dialog median / p90 | ratio (voordeur / dialog, medians) |")
    lines.append("| --- | --- | --- | --- |")
    vf, df = frames(v_tui), frames(d_tui)
    lines.append(f"| start to first full frame, pty 80×24 | {cell(vf)} | {cell(df)} | {ratio(vf, df)} |")
    vr, dr = rss(v_tui), rss(d_tui)
    lines.append(f"| peak memory (max RSS), TUI run | {cell(vr, mib, False)} | {cell(dr, mib, False)} | {ratio(vr, dr)} |")
    lines.append(f"| `voordeur kaart` (plain, stdout to /dev/null) | {cell(times(v_kaart))} | — | — |")
    lines.append(f"| `voordeur lijst`, empty data folder | {cell(times(v_lijst))} | — | — |")
    if args.drafts > 0:
        k = args.drafts
        lines.append(f"| first full frame, 0 drafts | {cell(frames(zero_tui))} | — | — |")
        lines.append(f"| first full frame, {k} drafts | {cell(frames(many_tui))} | — | "
                     f"{ratio(frames(many_tui), frames(zero_tui))} vs 0 drafts |")
        lines.append(f"| peak memory, TUI, {k} drafts | {cell(rss(many_tui), mib, False)} | — | "
                     f"{ratio(rss(many_tui), rss(zero_tui))} vs 0 drafts |")
        lines.append(f"| `voordeur lijst`, 0 drafts | {cell(times(zero_lijst))} | — | — |")
        lines.append(f"| `voordeur lijst`, {k} drafts | {cell(times(many_lijst))} | — | "
                     f"{ratio(times(many_lijst), times(zero_lijst))} vs 0 drafts |")
        lines.append(f"| peak memory, `lijst`, {k} drafts | {cell(rss(many_lijst), mib, False)} | — | "
                     f"{ratio(rss(many_lijst), rss(zero_lijst))} vs 0 drafts |")
        pf = frames(pin_frame)
        lines.append(f"| first full frame (PIN screen), {k} sealed drafts | {cell(pf)} | {cell(df)} | {ratio(pf, df)} |")
        lines.append(f"| PIN + Enter to the draft frame (Argon2id + {k} sealed drafts) | {cell(unlock_frame)} | — | — |")
        lines.append(f"| peak memory, TUI, {k} sealed drafts (Argon2id's memory included) | {cell(rss(pin_frame), mib, False)} | — | "
                     f"{ratio(rss(pin_frame), rss(many_tui))} vs plain |")
        lines.append(f"| `voordeur lijst --pincode-stdin`, {k} sealed drafts (Argon2id included) | {cell(sealed_lijst)} | — | "
                     f"{ratio(sealed_lijst, times(many_lijst))} vs plain |")

    dver = ""
    if dialog:
        dver = subprocess.run([dialog, "--version"], capture_output=True, text=True).stdout.strip()
    cmd = "python3 " + shlex.join([os.path.relpath(sys.argv[0])] + sys.argv[1:])
    print()
    print(f"Side by side, {n} alternating runs each, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; voordeur `{os.path.relpath(voordeur)}`"
          + (f", dialog {dver.removeprefix('Version: ')}" if dialog else ", dialog not installed") + ".")
    print(f"dialog: `dialog --checklist \"Signalen\" 30 78 {len(items)}` with the same {len(items)} signal texts "
          "(off); first frame = its \"Cancel\" button drawn. voordeur: first frame = \"Acuut gevaar? Bel 112\".")
    print("p90 = nearest-rank 90th percentile" + (" (with so few runs, the slowest run)" if n < 10 else "") + ".")
    print()
    print("\n".join(lines))
    if key_lines:
        print()
        print("\n".join(key_lines))
    print()
    print("Command:")
    print()
    print("```sh")
    print(cmd)
    print("```")
    if "/debug/" in voordeur:
        print("\nWARNING: measured with a DEBUG build; do not report these figures.")
    if bench.odd:
        print("\nNotes:")
        seen = set()
        for o in bench.odd:
            if o not in seen:
                seen.add(o)
                print(f"- {o}")


def report_keys(lines: list[str], voordeur: str, bench: Bench) -> None:
    versions = []
    for tool, flag in (("vim", "--version"), ("nano", "--version")):
        path = shutil.which(tool)
        if path:
            versions.append(subprocess.run([path, flag], capture_output=True, text=True).stdout.splitlines()[0].strip())
    load = os.getloadavg()[0]
    print()
    print(f"Keystrokes side by side, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, load average {load:.2f}, "
          f"{platform.system()} {platform.release()}; voordeur `{os.path.relpath(voordeur)}`; {'; '.join(versions)}.")
    print()
    print("\n".join(lines))
    print()
    print("```sh")
    print("python3 " + shlex.join([os.path.relpath(sys.argv[0])] + sys.argv[1:]))
    print("```")
    for o in dict.fromkeys(bench.odd):
        print(f"- {o}")


if __name__ == "__main__":
    main()
