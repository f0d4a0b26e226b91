"""The team library's bench lines (``python -m bench --server``) run end to end on S
against the session's server; their times are not judged here."""

from __future__ import annotations

from pathlib import Path

from bench.__main__ import Report
from bench.generate import make_workshop
from bench.server import measure


def test_the_library_lines_are_measured(library_url: str, tmp_path: Path) -> None:
    report = Report()
    measure(report, True, tmp_path, make_workshop("S", tmp_path), library_url)
    lines = {row["name"]: row for row in report.rows}
    assert set(lines) == {
        "open L from the library",
        "edit L to the library",
        "live update seen, p95",
    }
    assert all(row["value"] > 0 for row in lines.values()), lines
    assert lines["edit L to the library"]["reference"] > 0  # the raw UPDATE ran
