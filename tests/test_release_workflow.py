"""The release workflow is well-formed and every script it runs exists and runs here.

The workflow itself runs on GitHub's machines; what can be checked on Linux is checked:
the YAML and the job layout, that each ``python scripts/...`` it names is in the
repository, and that the packaging script checks its inputs (``--dry-run``).
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _commands(workflow: dict) -> list[str]:
    """Every ``run`` of every step, with the matrix's ``package`` commands filled in."""
    runs = []
    for job in workflow["jobs"].values():
        matrix = job.get("strategy", {}).get("matrix", {}).get("include", [{}])
        for step in job["steps"]:
            if "run" not in step:
                continue
            for entry in matrix:
                runs.append(
                    re.sub(
                        r"\$\{\{\s*matrix\.(\w+)\s*\}\}",
                        lambda m, e=entry: str(e.get(m.group(1), "")),
                        step["run"],
                    )
                )
    return runs


def test_the_workflow_builds_smoke_tests_and_packages_on_three_systems():
    workflow = _workflow()
    # YAML reads a bare `on` as True; GitHub means the trigger key.
    triggers = workflow.get("on", workflow.get(True))
    assert "tags" in triggers["push"] and "workflow_dispatch" in triggers
    bundle = workflow["jobs"]["bundle"]
    systems = [entry["os"].split("-")[0] for entry in bundle["strategy"]["matrix"]["include"]]
    assert systems == ["ubuntu", "windows", "macos"]
    names = [step.get("name", step.get("uses", "")) for step in bundle["steps"]]
    assert (
        names.index("Build the bundle")
        < names.index("Smoke test of the bundle")
        < names.index("Package")
    )
    assert workflow["jobs"]["publish"]["needs"] == "bundle"


def test_every_script_the_workflow_runs_exists():
    scripts = set()
    for command in _commands(_workflow()):
        for line in command.replace("\\\n", " ").splitlines():
            words = shlex.split(line) if line.strip() else []
            for index, word in enumerate(words[:-1]):
                if word == "python" and words[index + 1].startswith("scripts/"):
                    scripts.add(words[index + 1])
    assert scripts == {
        "scripts/build_bundle.py",
        "scripts/smoke_bundle.py",
        "scripts/build_deb.py",
        "scripts/package_installer.py",
    }
    for script in scripts:
        assert (ROOT / script).is_file(), script
        result = subprocess.run(
            [sys.executable, str(ROOT / script), "--help"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0 and "usage:" in result.stdout, result.stderr


def test_the_installers_dry_run_names_the_inno_setup_script_and_the_disk_image():
    windows = subprocess.run(
        [sys.executable, str(ROOT / "scripts/package_installer.py"), "windows", "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert windows.returncode == 0, windows.stderr
    assert "installer/journeyboard.iss" in windows.stdout.replace("\\", "/")
    assert "windows-setup.exe" in windows.stdout
    macos = subprocess.run(
        [sys.executable, str(ROOT / "scripts/package_installer.py"), "macos", "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert macos.returncode == 0, macos.stderr
    assert "hdiutil create" in macos.stdout and macos.stdout.rstrip().endswith("macos.dmg")
