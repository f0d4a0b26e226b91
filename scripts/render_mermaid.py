"""Tool: render a Mermaid journey with Mermaid's own renderer, to see what a wiki shows.

Exports a workshop map (or takes a ``.mmd`` file) and renders it to PNG with
``@mermaid-js/mermaid-cli`` from the npm registry, driven by the system's Chromium
(Debian: ``apt-get install chromium``); puppeteer is told not to download a browser.
The npm package is installed once into ``build/mermaid-cli`` (not part of the app).
A diagram Mermaid cannot parse makes the tool fail with Mermaid's message.

    python scripts/render_mermaid.py demo.journey out.png [--map NAME]
    python scripts/render_mermaid.py diagram.mmd out.png
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI_DIR = ROOT / "build" / "mermaid-cli"
PACKAGE = "@mermaid-js/mermaid-cli"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium() -> str:
    for path in CHROMIUM:
        if Path(path).is_file():
            return path
    raise SystemExit("render_mermaid: no Chromium found (apt-get install chromium)")


def mmdc() -> Path:
    """The mmdc command, installed from npm on first use without a browser download."""
    binary = CLI_DIR / "node_modules" / ".bin" / "mmdc"
    if not binary.is_file():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("render_mermaid: npm is needed (apt-get install npm)")
        CLI_DIR.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PUPPETEER_SKIP_DOWNLOAD": "1",
            "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD": "1",
        }
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(CLI_DIR), PACKAGE],
            check=True,
            env=env,
        )
    return binary


def render(diagram: Path, out: Path) -> None:
    """Render ``diagram`` (Mermaid text) to ``out`` (.png or .svg); raises on failure."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "puppeteer.json"
        # Running as root (CI) needs --no-sandbox; the browser is Debian's, never downloaded.
        config.write_text(
            json.dumps({"executablePath": chromium(), "args": ["--no-sandbox", "--disable-gpu"]})
        )
        command = [
            str(mmdc()),
            "-p",
            str(config),
            "-i",
            str(diagram),
            "-o",
            str(out),
            "-b",
            "white",
            "-w",
            "3600",
        ]  # wide: a journey is one long row
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not out.is_file():
        raise RuntimeError(f"mmdc failed: {(result.stderr or result.stdout).strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a .journey workshop or a .mmd file")
    parser.add_argument("out", type=Path, help="the picture to write (.png or .svg)")
    parser.add_argument("--map", help="the map's name (default: the first map)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        diagram = args.source
        if args.source.suffix.lower() == ".journey":
            diagram = Path(folder) / "map.mmd"
            command = [
                sys.executable,
                str(ROOT / "main.py"),
                "export",
                str(args.source),
                "--mermaid",
                str(diagram),
            ]
            subprocess.run(command + (["--map", args.map] if args.map else []), check=True)
        try:
            render(diagram, args.out)
        except RuntimeError as error:
            sys.stderr.write(f"render_mermaid: {error}\n")
            return 1
    print(f"render_mermaid: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
