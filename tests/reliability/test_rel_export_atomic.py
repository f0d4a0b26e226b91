"""Export atomicity: a failed export leaves the old output (or none) and no temporary file.

Two ways to fail half-way, for JSON, CSV, PDF and PNG (and the import, save-a-copy and
edits that write workshop files):
- in-process, the write of the output is patched to write half of it and then raise
  OSError(ENOSPC), as a full disk does;
- in a child process whose file-size limit (RLIMIT_FSIZE) makes the real write fail
  part-way, with the CLI's message checked too.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Any

import pytest
import rel_support as rs

from export import run_export
from storage.errors import JourneyError
from storage.workshop import Workshop

FORMATS = ["json", "csv", "pdf", "png"]
OLD = b"the previous export, which must survive\n"


def _half_then_full_disk(original: Any) -> Any:
    def write(self: Path, data: Any, *args: Any, **kwargs: Any) -> int:
        blob = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        with open(self, "wb") as handle:
            handle.write(blob[: max(1, len(blob) // 2)])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    return write


@pytest.mark.parametrize("existing", [True, False], ids=["old-output", "no-output"])
@pytest.mark.parametrize("kind", FORMATS)
def test_export_failing_half_way_leaves_old_output_and_no_temp_file(
    kind: str,
    existing: bool,
    tmp_path: Path,
    demo_copy: Any,
    monkeypatch: pytest.MonkeyPatch,
    qapp: Any,
) -> None:
    path = demo_copy(tmp_path / "src" / "demo.journey")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"export.{kind}"
    if existing:
        out.write_bytes(OLD)
    before = rs.folder_state(folder)
    # Every format writes its bytes from Python (PNG is encoded in memory first).
    monkeypatch.setattr(Path, "write_text", _half_then_full_disk(Path.write_text))
    monkeypatch.setattr(Path, "write_bytes", _half_then_full_disk(Path.write_bytes))
    with Workshop.open(path, readonly=True) as workshop, pytest.raises((OSError, JourneyError)):
        run_export(workshop, kind, out, dpi=30)
    monkeypatch.undo()
    assert rs.folder_state(folder) == before
    rs.tally("atomic: in-process failures", kind)


LIMITED = """
import resource, runpy, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv = ["main.py", *sys.argv[2:]]
runpy.run_path(MAIN, run_name="__main__")
"""


def _limited_cli(limit: int, *args: Any) -> Any:
    script = LIMITED.replace("MAIN", repr(str(rs.ROOT / "main.py")))
    return rs.subprocess.run(
        [rs.PYTHON, "-c", script, str(limit), *map(str, args)],
        cwd=rs.ROOT,
        env=rs.child_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("kind", FORMATS[:4])
def test_export_on_a_full_disk_keeps_the_old_file(
    kind: str, tmp_path: Path, demo_copy: Any
) -> None:
    path = demo_copy(tmp_path / "src" / "demo.journey")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"export.{kind}"
    out.write_bytes(OLD)
    before = rs.folder_state(folder)
    result = _limited_cli(2000, "export", path, f"--{kind}", out, "--dpi", "40")
    line = rs.assert_refused_cleanly(result, str(out))
    assert rs.folder_state(folder) == before, line
    rs.tally("atomic: full-disk CLI exports", kind)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_import_on_a_full_disk_writes_nothing(tmp_path: Path, demo_copy: Any) -> None:
    path = demo_copy(tmp_path / "src" / "demo.journey")
    source = tmp_path / "src" / "demo.json"
    assert rs.cli(["export", path, "--json", source]).returncode == 0
    folder = tmp_path / "target"
    folder.mkdir()
    result = _limited_cli(20_000, "import", source, folder / "new.journey")
    rs.assert_refused_cleanly(result, str(folder / "new.journey"))
    assert list(folder.iterdir()) == []
    rs.tally("atomic: full-disk CLI exports", "import")


FULL_DISK_EDIT = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from app.commands import UpdateCommand, execute
from app.document import JourneyDocument
from storage.errors import InvalidEdit
doc = JourneyDocument.open(sys.argv[1])
size = os.path.getsize(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, resource.RLIM_INFINITY))
try:
    execute(doc, UpdateCommand(doc, "card", "c1", {"description": "x" * 300_000}))
except InvalidEdit as error:  # EditNotSaved: the GUI shows it like any refused edit
    print("refused:", type(error).__name__, error)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
assert doc.undo_stack.count() == 0
execute(doc, UpdateCommand(doc, "card", "c1", {"title": "after the full disk"}))
doc.workshop.save_copy(sys.argv[2])
doc.close()
print("ok")
"""

SAVE_COPY = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from storage.errors import JourneyError
from storage.workshop import Workshop
with Workshop.open(sys.argv[1]) as workshop:
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, resource.RLIM_INFINITY))
    try:
        workshop.save_copy(sys.argv[2])
    except (JourneyError, OSError) as error:
        print("refused:", type(error).__name__)
    except Exception as error:
        print("refused (not a JourneyError):", type(error).__module__, type(error).__name__, error)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_edit_and_save_copy_on_a_full_disk(tmp_path: Path, demo_copy: Any) -> None:
    path = demo_copy(tmp_path / "src" / "demo.journey")
    copies = tmp_path / "copies"
    copies.mkdir()
    result = rs.subprocess.run(
        [rs.PYTHON, "-c", FULL_DISK_EDIT, str(path), str(copies / "copy.journey")],
        cwd=rs.ROOT,
        env=rs.child_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.splitlines() == [
        f"refused: EditNotSaved {path}: the edit could not be saved (disk I/O error)",
        "ok",
    ], result.stdout + result.stderr
    rs.file_invariants(path)
    with Workshop.open(path, readonly=True) as workshop:
        card = workshop.get("card", "c1")
        assert card.title == "after the full disk" and len(card.description) < 1000
    (copies / "copy.journey").unlink()
    result = rs.subprocess.run(
        [rs.PYTHON, "-c", SAVE_COPY, str(path), str(copies / "copy.journey")],
        cwd=rs.ROOT,
        env=rs.child_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.startswith("refused: "), result.stdout + result.stderr
    assert list(copies.iterdir()) == []
    rs.file_invariants(path)
    rs.tally("atomic: full-disk edits and copies", "checked")
