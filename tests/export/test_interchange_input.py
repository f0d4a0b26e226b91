"""Interchange input: duplicate keys refused with their place; raw input shown escaped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from export.interchange import InterchangeError, load, parse_text

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def _demo_text() -> str:
    from app.demo import demo_workshop
    from export.interchange import to_text

    return to_text(demo_workshop("en"))


def test_a_key_given_twice_at_the_top_is_refused_naming_it() -> None:
    with pytest.raises(InterchangeError) as caught:
        parse_text('{"format": "journeyboard", "version": 1, "format": "other"}', "in.json")
    assert str(caught.value) == "(top level): the key 'format' appears more than once"


def test_a_key_given_twice_deep_inside_names_its_path(tmp_path: Path) -> None:
    data = json.loads(_demo_text())
    title = json.dumps(data["maps"][0]["cards"][1]["title"])
    text = json.dumps(data, indent=1)
    # The second card of the first map gets its "title" twice; the last would win.
    marker = f'"title": {title}'
    assert text.count(marker) == 1
    text = text.replace(marker, f'{marker}, "title": "silently replaced"')
    with pytest.raises(InterchangeError) as caught:
        parse_text(text)
    assert str(caught.value) == "maps[0].cards[1]: the key 'title' appears more than once"
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(MAIN), "import", str(source), "out.journey"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 1
    assert result.stderr == (
        "journeyboard import: maps[0].cards[1]: the key 'title' appears more than once\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_keys_with_escapes_and_newlines_are_shown_escaped_on_one_line(tmp_path: Path) -> None:
    data = json.loads(_demo_text())
    data["maps"][0]["\x1b[2J\nrm -rf ~" + "x" * 500] = 1
    with pytest.raises(InterchangeError) as caught:
        load(data, tmp_path / "out.journey")
    message = str(caught.value)
    assert message.startswith("maps[0]['\\x1b[2J\\nrm -rf ~xxx")
    assert "\x1b" not in message and "\n" not in message and len(message) < 200
    assert not (tmp_path / "out.journey").exists()


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path: Path) -> None:
    name = "evil\x1b]0;owned\x07\n.journey"
    result = subprocess.run(
        [sys.executable, str(MAIN), "info", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 1
    assert result.stderr == ("journeyboard info: evil\\x1b]0;owned\\x07\\n.journey: no such file\n")


def test_a_document_of_too_many_objects_and_lists_is_refused_before_parsing() -> None:
    from export.interchange import MAX_CONTAINERS

    text = (
        '{"format": "journeyboard", "version": 1, "title": "", "participants": ['
        + ",".join(["[]"] * (MAX_CONTAINERS // 2) + ["{}"] * (MAX_CONTAINERS // 2))
        + "]}"
    )
    with pytest.raises(InterchangeError) as caught:
        parse_text(text, "big.json")
    assert str(caught.value) == (
        "big.json: more than 1,500,000 JSON objects and lists; a workshop has far fewer"
    )
