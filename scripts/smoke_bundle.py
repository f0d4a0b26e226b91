"""Tool: smoke test of a built bundle, run as a user without Python would run it.

    python scripts/smoke_bundle.py [dist/journeyboard]

Every step runs the bundle's executable with an empty environment (only HOME, a temp
folder, and a PATH on which no Python can be found; on Windows also the few variables
the system needs): ``--version``, ``demo``, ``info --json``, ``export --pdf`` and
``--png``, ``info`` of a damaged file (exit 1, one clean line), then the GUI started
offscreen on the demo, a second start with the same file (handed over to the running
window, exit 0), and a clean close (SIGTERM; on Windows the process is ended). Exit 0
when all pass. Not part of the test suite: a build takes minutes (scripts/build_bundle.py).
The script itself needs only the standard library, so any Python can run it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT = 120  # seconds; the slowest step (PDF) takes a few
GUI_TIMEOUT = 120


class SmokeFailure(Exception):
    """A step did not do what a user expects; the message says which and why."""


def executable(bundle: Path) -> Path:
    for name in ("journeyboard.exe", "journeyboard"):
        if (bundle / name).is_file():
            return bundle / name
    raise SmokeFailure(f"{bundle}: no journeyboard executable in it")


def clean_env(home: Path) -> dict[str, str]:
    """An environment like `env -i`: no Python anywhere on PATH."""
    empty = home / "empty-path"
    empty.mkdir(exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if sys.platform == "win32":  # Windows cannot start a process without these
        for key in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP"):
            if key in os.environ:
                env[key] = os.environ[key]
        env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
    for python in ("python", "python3"):
        if shutil.which(python, path=env["PATH"]):
            raise SmokeFailure(f"{python} is on the smoke test's PATH")
    return env


def run(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=STEP_TIMEOUT,
        check=False,
    )


def expect(result: subprocess.CompletedProcess[str], code: int, what: str) -> None:
    if result.returncode != code:
        raise SmokeFailure(
            f"{what}: exit {result.returncode}, expected {code}\n"
            f"stdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}"
        )
    if code == 0 and result.stderr.strip():
        raise SmokeFailure(f"{what}: succeeded but wrote to stderr: {result.stderr.strip()}")


def is_locked(path: Path) -> bool:
    """True while a Journeyboard window has ``path`` open (it holds the file's lock)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 2**31 - 1, os.SEEK_SET)  # the byte storage/lock.py locks
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                return True
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            return False
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def check_cli(exe: Path, env: dict[str, str], home: Path) -> Path:
    result = run(exe, env, "--version")
    expect(result, 0, "--version")
    if not result.stdout.startswith("journeyboard "):
        raise SmokeFailure(f"--version printed {result.stdout!r}")
    print(f"ok  --version: {result.stdout.strip()}")

    demo = home / "Kundenreise Bäckerei.journey"  # a space and an umlaut in the name
    expect(run(exe, env, "demo", str(demo), "--lang", "de"), 0, "demo")
    result = run(exe, env, "info", str(demo), "--json")
    expect(result, 0, "info --json")
    summary = json.loads(result.stdout)
    if not summary.get("maps"):
        raise SmokeFailure(f"info --json of the demo lists no maps: {result.stdout[:200]}")
    print(f"ok  demo + info: {len(summary['maps'])} map(s)")

    pdf = home / "demo.pdf"
    expect(
        run(exe, env, "export", str(demo), "--pdf", str(pdf), "--page-size", "A3"),
        0,
        "export --pdf",
    )
    data = pdf.read_bytes()
    if not (data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] and len(data) > 10_000):
        raise SmokeFailure(f"{pdf}: not a complete PDF ({len(data)} bytes)")
    print(f"ok  export --pdf: {len(data) / 1024:.0f} KiB")
    png = home / "demo.png"
    expect(run(exe, env, "export", str(demo), "--png", str(png), "--dpi", "50"), 0, "export --png")
    if not png.read_bytes().startswith(b"\x89PNG"):
        raise SmokeFailure(f"{png}: not a PNG")
    print("ok  export --png")

    broken = home / "broken.journey"
    broken.write_bytes(demo.read_bytes()[:3000])  # a workshop cut short
    before = broken.read_bytes()
    result = run(exe, env, "info", str(broken))
    expect(result, 1, "info of a damaged file")
    lines = result.stderr.strip().splitlines()
    if len(lines) != 1 or "Traceback" in result.stderr or str(broken) not in lines[0]:
        raise SmokeFailure(f"info of a damaged file: not one clear line: {result.stderr!r}")
    if broken.read_bytes() != before:
        raise SmokeFailure("info of a damaged file changed the file")
    print(f"ok  info of a damaged file: {lines[0]}")
    return demo


def check_room(exe: Path, env: dict[str, str], demo: Path) -> None:
    """The headless room serves its phone page and the board, and stops on SIGTERM."""
    import urllib.request

    room = subprocess.Popen(
        [str(exe), "room", str(demo), "--host", "127.0.0.1"],
        env=env,
        cwd=env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        line = room.stdout.readline().strip() if room.stdout else ""
        if not line.startswith("Room open: http://127.0.0.1:"):
            error = room.stderr.read() if room.poll() is not None and room.stderr else ""
            raise SmokeFailure(f"room printed {line!r} {error.strip()}")
        url = line.split(": ", 1)[1]
        with urllib.request.urlopen(url, timeout=STEP_TIMEOUT) as response:
            page = response.read().decode("utf-8")
        with urllib.request.urlopen(url + "api/board", timeout=STEP_TIMEOUT) as response:
            board = json.loads(response.read())
        if "<html" not in page.lower() or not board.get("touchpoints"):
            raise SmokeFailure("the room's page or board is empty")
        print(f"ok  room: the phone page and {len(board['touchpoints'])} touchpoints")
        if sys.platform != "win32":
            room.send_signal(signal.SIGTERM)
            if room.wait(timeout=STEP_TIMEOUT) != 0:
                raise SmokeFailure(f"the room ended with exit {room.returncode} on SIGTERM")
            print("ok  room stopped on SIGTERM")
    finally:
        if room.poll() is None:
            room.kill()
            room.wait()


def check_gui(exe: Path, env: dict[str, str], demo: Path) -> None:
    gui = subprocess.Popen(
        [str(exe), str(demo)],
        env=env,
        cwd=env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + GUI_TIMEOUT
        while not is_locked(demo):  # the window holds the lock once the file is open
            if gui.poll() is not None:
                output = gui.stdout.read().decode(errors="replace") if gui.stdout else ""
                raise SmokeFailure(f"the GUI ended with exit {gui.returncode}: {output}")
            if time.monotonic() > deadline:
                raise SmokeFailure("the GUI did not open the workshop in time")
            time.sleep(0.2)
        print("ok  GUI started offscreen with the workshop open")
        second = run(exe, env, str(demo))
        expect(second, 0, "second start with the open workshop (hand-over)")
        if gui.poll() is not None:
            raise SmokeFailure("the first window ended at the hand-over")
        print("ok  second start handed the file to the running window")
        if sys.platform == "win32":
            gui.terminate()
            gui.wait(timeout=GUI_TIMEOUT)
            print("ok  GUI ended")
            return
        gui.send_signal(signal.SIGTERM)
        code = gui.wait(timeout=GUI_TIMEOUT)
        if code != 0:
            raise SmokeFailure(f"the GUI closed with exit {code} on SIGTERM")
        if is_locked(demo):
            raise SmokeFailure("the workshop is still locked after the GUI closed")
        print("ok  GUI closed cleanly on SIGTERM")
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle",
        type=Path,
        nargs="?",
        default=ROOT / "dist" / "journeyboard",
        help="the bundle's folder (default: dist/journeyboard)",
    )
    bundle = parser.parse_args(argv).bundle
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="journeyboard-smoke-") as folder:
        home = Path(folder)
        try:
            exe = executable(bundle.resolve())
            env = clean_env(home)
            demo = check_cli(exe, env, home)
            check_room(exe, env, demo)
            check_gui(exe, env, demo)
        except (SmokeFailure, OSError, subprocess.SubprocessError, ValueError) as error:
            print(f"smoke_bundle: FAILED: {error}", file=sys.stderr)
            return 1
    print(f"smoke_bundle: all passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
