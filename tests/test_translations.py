"""The shipped .qm files are what lrelease makes of the .ts sources they sit beside."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import update_translations
finally:
    sys.path.remove(str(ROOT / "scripts"))


@pytest.mark.parametrize("lang", update_translations.TARGET_LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_current_ts(lang, tmp_path):
    shipped = TRANSLATIONS / f"journeyboard_{lang}.qm"
    assert shipped.is_file(), f"{shipped.name} is missing"
    fresh = tmp_path / shipped.name
    assert update_translations.compile_qm(TRANSLATIONS / f"journeyboard_{lang}.ts", fresh)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is stale: run `python scripts/update_translations.py --qm-only`"
    )


def test_compiling_leaves_an_unchanged_qm_alone(tmp_path):
    ts = TRANSLATIONS / "journeyboard_de.ts"
    qm = tmp_path / "journeyboard_de.qm"
    assert update_translations.compile_qm(ts, qm) is True
    stamp = qm.stat().st_mtime_ns
    assert update_translations.compile_qm(ts, qm) is False
    assert qm.stat().st_mtime_ns == stamp
    assert list(tmp_path.iterdir()) == [qm]  # no temporary file left behind
