"""GUI: a refused Mermaid import in the interface language.

``export.mermaid_parse.MermaidError`` carries the kind of refusal, the file, the line and
the parts to fill in; the command line shows its English text, the window this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from export.mermaid_parse import MermaidError


def templates() -> dict[str, str]:
    """Translated text per kind of refusal (``{name}`` fields as in MESSAGES)."""
    return {
        "not_journey": QCoreApplication.translate(
            "messages", 'expected "journey": this is not a Mermaid journey diagram'
        ),
        "task_needs_score": QCoreApplication.translate(
            "messages",
            'a task needs "name: score" (a score from 1 to 5 after a colon), found {found}',
        ),
        "score_missing": QCoreApplication.translate(
            "messages", 'a task needs "name: score" (a score from 1 to 5 after the colon)'
        ),
        "score_range": QCoreApplication.translate(
            "messages", "the score must be a whole number from 1 to 5, not {found}"
        ),
        "too_many_colons": QCoreApplication.translate(
            "messages",
            'a task is "name: score: person, person"; this one has more colons '
            "(write #58; for a colon in a name)",
        ),
        "name_before_colon": QCoreApplication.translate(
            "messages", "expected a task name before the colon"
        ),
        "journey_again": QCoreApplication.translate(
            "messages",
            '"journey" may only start the diagram; a task cannot start with that word '
            "(write its first letter as a code: #74; for J, #106; for j)",
        ),
        "not_allowed": QCoreApplication.translate(
            "messages", "{found} is not allowed here (write #59; for a semicolon)"
        ),
        "nul": QCoreApplication.translate("messages", "contains a NUL character (not text)"),
        "no_file": QCoreApplication.translate("messages", "no such file"),
        "not_regular": QCoreApplication.translate("messages", "not a regular file"),
        "cannot_read": QCoreApplication.translate("messages", "cannot be read ({detail})"),
        "too_large": QCoreApplication.translate(
            "messages", "larger than {size} KiB, the most a Mermaid diagram may have"
        ),
        "not_utf8": QCoreApplication.translate("messages", "not UTF-8 text (byte {byte})"),
        "no_journey_block": QCoreApplication.translate(
            "messages",
            "none of its {count} mermaid block(s) is a journey diagram (a block starting "
            'with "journey")',
        ),
    }


def mermaid_error_text(error: MermaidError) -> str:
    """``error`` as one line in the interface language (English: exactly ``str(error)``)."""
    template = templates().get(error.key)
    if template is None:
        return str(error)
    try:
        text = template.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)
    if error.line is None:
        return f"{error.source}: {text}"
    where = QCoreApplication.translate("messages", "%1: line %2")
    where = where.replace("%1", error.source).replace("%2", str(error.line))
    return f"{where}: {text}"
