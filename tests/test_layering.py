"""The package layering (docs/architecture.md): import-linter, a plain AST check, and ruff."""

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LAYERS = ["storage", "app", "render", "export", "widgets"]  # bottom to top


def _tool(name: str) -> str | None:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else shutil.which(name)


def _need(name: str) -> str:
    """The tool's path; a test extra, so missing it is a failure in CI and a skip elsewhere."""
    tool = _tool(name)
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (pip install -e '.[test]')")
        pytest.skip(f"{name} is not installed")
    return tool


def _imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _violations(packages: list[str], forbidden: str) -> list[str]:
    bad = []
    for package in packages:
        for path in _modules(package):
            for line, module in _imports(path):
                if module == forbidden or module.startswith(forbidden + "."):
                    bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return bad


def test_no_qtwidgets_below_widgets():
    assert _violations(["app", "storage", "render", "export", "room"], "PySide6.QtWidgets") == []


def test_no_qt_at_all_in_storage():
    assert _violations(["storage"], "PySide6") == []
    assert _violations(["storage"], "shiboken6") == []


def test_lower_layers_do_not_import_higher_ones():
    bad = []
    for i, lower in enumerate(LAYERS):
        for higher in LAYERS[i + 1 :]:
            bad += _violations([lower], higher)
    # The room sits where export does: over app and storage, under widgets.
    bad += _violations(["storage", "app"], "room") + _violations(["room"], "widgets")
    bad += _violations(["room"], "export") + _violations(["export"], "room")
    assert bad == []


def test_the_window_and_the_painting_reach_storage_only_through_app():
    # The same rule as the import-linter contract, checked without the tool installed.
    assert _violations(["widgets", "render"], "storage") == []


def test_no_product_package_imports_widgets():
    # Only main.py (and tests, bench) may import widgets/.
    packages = [
        p
        for p in ("app", "storage", "render", "export", "room", "resources")
        if (ROOT / p).is_dir()
    ]
    assert _violations(packages, "widgets") == []


def test_the_ast_check_sees_absolute_and_relative_imports(tmp_path):
    path = tmp_path / "storage" / "probe.py"
    path.parent.mkdir()
    path.write_text("from PySide6.QtWidgets import QWidget\nfrom . import db\nimport PySide6\n")
    modules = [module for _line, module in _imports(path, tmp_path)]
    assert {"PySide6.QtWidgets", "storage.db", "PySide6"} <= set(modules)


def test_import_linter_contracts_are_kept():
    tool = _need("lint-imports")
    result = subprocess.run(
        [tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


def test_ruff_is_clean():
    tool = _need("ruff")
    result = subprocess.run(
        [tool, "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_is_formatted():
    tool = _need("ruff")
    result = subprocess.run(
        [tool, "format", "--check", "--no-cache", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_reports_no_error():
    # The configuration ([tool.pyright] in pyproject.toml) names what is checked and how.
    tool = _need("pyright")
    result = subprocess.run(
        [tool, "--project", str(ROOT), "--outputjson"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright did not run: {result.stdout[-2000:]}{result.stderr[-2000:]}")
    errors = [
        f"{Path(d['file']).relative_to(ROOT)}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert errors == [], "\n".join(errors)
    assert report["summary"]["filesAnalyzed"] > 100  # the whole product, not an empty run


def test_no_product_module_is_over_600_lines():
    # A module does one thing; past 600 lines it does several (split it by concern).
    packages = ("app", "storage", "render", "export", "room", "widgets")
    modules = [ROOT / "main.py", *(path for package in packages for path in _modules(package))]
    long = {
        str(path.relative_to(ROOT)): len(lines)
        for path in modules
        if len(lines := path.read_text(encoding="utf-8").splitlines()) > 600
        and "do not edit" not in "\n".join(lines[:5])  # generated (storage/catalog_data.py)
    }
    assert long == {}


def test_message_boxes_only_through_the_dialog_helper():
    # widgets/dialogs.py asks every question, so tests replace one module and nothing blocks.
    helper = ROOT / "widgets" / "dialogs.py"
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in [*_modules("widgets"), ROOT / "main.py"]
        if path != helper
        for line, module in _imports(path)
        if module == "PySide6.QtWidgets.QMessageBox"
    ]
    assert bad == []
