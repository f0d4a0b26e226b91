"""Export: the PDF's labels, keyed by name, in the workshop's language.

The English texts are here; every other language is in the one catalogue of the
project's words (resources/translations/journeyboard_<lang>.ts, context "pdf"; the scoring
rules in context "scoring"), read through :mod:`app.words` because the PDF is also
written from the command line, which has no Qt translator. A language's labels are looked
up once, on its first PDF. Counted texts hold the singular and the plural form separated
by "|"; dates are written with the language's month names.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from typing import Any

from app.scoring import RULES
from app.words import QT_TRANSLATE_NOOP, languages, translate

CONTEXT = "pdf"

_ENGLISH: dict[str, Any] = {
    "subject": QT_TRANSLATE_NOOP("pdf", "Customer journey map"),
    "cover_kicker": QT_TRANSLATE_NOOP("pdf", "CUSTOMER JOURNEY MAP"),
    "exported": QT_TRANSLATE_NOOP("pdf", "Exported on {date}"),
    "participants": QT_TRANSLATE_NOOP("pdf", "Participants"),
    "maps": QT_TRANSLATE_NOOP("pdf", "Maps"),
    "personas": QT_TRANSLATE_NOOP("pdf", "Personas"),
    "none": QT_TRANSLATE_NOOP("pdf", "none"),
    "more": QT_TRANSLATE_NOOP("pdf", "… and {n} more"),
    "contents": QT_TRANSLATE_NOOP("pdf", "Contents"),
    "n_phases": QT_TRANSLATE_NOOP("pdf", "{n} phase|{n} phases"),
    "n_lanes": QT_TRANSLATE_NOOP("pdf", "{n} lane|{n} lanes"),
    "n_touchpoints": QT_TRANSLATE_NOOP("pdf", "{n} touchpoint|{n} touchpoints"),
    "n_notes": QT_TRANSLATE_NOOP("pdf", "{n} note|{n} notes"),
    "n_ratings": QT_TRANSLATE_NOOP("pdf", "{n} rating|{n} ratings"),
    "kind_as_is": QT_TRANSLATE_NOOP("pdf", "As-is map"),
    "kind_to_be": QT_TRANSLATE_NOOP("pdf", "To-be map"),
    "map_heading": QT_TRANSLATE_NOOP("pdf", "Map '{name}'"),
    "tile_heading": QT_TRANSLATE_NOOP(
        "pdf", "Map '{name}', tile {index} of {count}: row {row}, column {column}"
    ),
    "overview_heading": QT_TRANSLATE_NOOP("pdf", "Map '{name}': overview of the {count} tiles"),
    "overview_hint": QT_TRANSLATE_NOOP(
        "pdf",
        "The board is too large to read on one page: the "
        "numbered frames show the tiles on the following "
        "pages, which overlap slightly.",
    ),
    "persona": QT_TRANSLATE_NOOP("pdf", "Persona"),
    "channel": QT_TRANSLATE_NOOP("pdf", "Channel"),
    "notes_lane": QT_TRANSLATE_NOOP("pdf", "Notes"),
    "emotion_curve": QT_TRANSLATE_NOOP("pdf", "Emotion curve"),
    "unrated": QT_TRANSLATE_NOOP("pdf", "unrated"),
    "vote_one": QT_TRANSLATE_NOOP("pdf", "1 vote"),
    "votes_n": QT_TRANSLATE_NOOP("pdf", "{n} votes"),
    "note_pain": QT_TRANSLATE_NOOP("pdf", "Pain point"),
    "note_idea": QT_TRANSLATE_NOOP("pdf", "Idea"),
    "note_thought": QT_TRANSLATE_NOOP("pdf", "Thought"),
    "note_question": QT_TRANSLATE_NOOP("pdf", "Question"),
    "note_quote": QT_TRANSLATE_NOOP("pdf", "Quote"),
    "very_negative": QT_TRANSLATE_NOOP("pdf", "very negative"),
    "negative": QT_TRANSLATE_NOOP("pdf", "negative"),
    "neutral": QT_TRANSLATE_NOOP("pdf", "neutral"),
    "positive": QT_TRANSLATE_NOOP("pdf", "positive"),
    "very_positive": QT_TRANSLATE_NOOP("pdf", "very positive"),
    "legend": QT_TRANSLATE_NOOP("pdf", "Legend"),
    "legend_direct": QT_TRANSLATE_NOOP("pdf", "direct (solid)"),
    "legend_indirect": QT_TRANSLATE_NOOP("pdf", "indirect (dashed)"),
    "legend_importance": QT_TRANSLATE_NOOP("pdf", "importance 1–5"),
    "legend_disagreement": QT_TRANSLATE_NOOP("pdf", "disagreement"),
    "legend_moment": QT_TRANSLATE_NOOP("pdf", "moment of truth, rank"),
    "legend_curve": QT_TRANSLATE_NOOP("pdf", "emotion curve"),
    "legend_assumption": QT_TRANSLATE_NOOP("pdf", "assumption"),
    "legend_reported": QT_TRANSLATE_NOOP("pdf", "reported"),
    "legend_observed": QT_TRANSLATE_NOOP("pdf", "observed"),
    "legend_title": QT_TRANSLATE_NOOP("pdf", "How to read the maps"),
    "legend_intro": QT_TRANSLATE_NOOP(
        "pdf",
        "Columns are the phases of the journey, rows the "
        "lanes: one per persona, channel or set of notes. "
        "Each card is a touchpoint or a note. Workshop "
        "participants rated the touchpoints; the colour of a "
        "card is its mean experience.",
    ),
    "legend_scale": QT_TRANSLATE_NOOP("pdf", "Colour of a touchpoint: mean experience"),
    "legend_cards": QT_TRANSLATE_NOOP("pdf", "Card anatomy"),
    "sample_rated": QT_TRANSLATE_NOOP("pdf", "Rated, direct touchpoint"),
    "sample_unrated": QT_TRANSLATE_NOOP("pdf", "Unrated, indirect touchpoint"),
    "sample_note": QT_TRANSLATE_NOOP("pdf", "Note (pain point)"),
    "sample_title_rated": QT_TRANSLATE_NOOP("pdf", "Example: checkout and payment"),
    "sample_title_unrated": QT_TRANSLATE_NOOP("pdf", "Example: review on a blog"),
    "sample_title_note": QT_TRANSLATE_NOOP("pdf", "Example: delivery often late"),
    "anatomy": QT_TRANSLATE_NOOP(
        "pdf",
        "Along the bottom of a touchpoint: its mean experience "
        "(−2 to +2), its mean importance as filled squares (1 to "
        "5), #1 its rank among the moments of truth, ≠ when "
        "participants disagree, and the number of votes. Under "
        "each persona lane, the emotion curve connects the "
        "phases; a gap means no rated touchpoint in that phase.",
    ),
    "rules_title": QT_TRANSLATE_NOOP("pdf", "Scoring rules"),
    "rules": RULES,
    "persona_heading": QT_TRANSLATE_NOOP("pdf", "Persona: {name}"),
    "persona_description": QT_TRANSLATE_NOOP("pdf", "Profile"),
    "persona_goals": QT_TRANSLATE_NOOP("pdf", "Goals"),
    "persona_needs": QT_TRANSLATE_NOOP("pdf", "Needs"),
    "persona_pains": QT_TRANSLATE_NOOP("pdf", "Pains"),
    "picture_broken": QT_TRANSLATE_NOOP(
        "pdf", "The picture of this persona could not be read and is left out."
    ),
    "curves_title": QT_TRANSLATE_NOOP("pdf", "Emotion curve per map"),
    "curve_chart": QT_TRANSLATE_NOOP("pdf", "{map}: lane {lane}"),
    "moments_title": QT_TRANSLATE_NOOP("pdf", "Moments of truth"),
    "moments_intro": QT_TRANSLATE_NOOP(
        "pdf",
        "Touchpoints with a negative mean experience, "
        "ranked within each map by priority = importance × "
        "(−experience): fix them from the top.",
    ),
    "no_moments": QT_TRANSLATE_NOOP("pdf", "No touchpoint has a negative mean experience."),
    "touchpoints_title": QT_TRANSLATE_NOOP("pdf", "Touchpoints"),
    "touchpoints_intro": QT_TRANSLATE_NOOP(
        "pdf", "Every touchpoint of the exported maps in board order."
    ),
    "no_touchpoints": QT_TRANSLATE_NOOP("pdf", "There are no touchpoints."),
    "col_rank": QT_TRANSLATE_NOOP("pdf", "#"),
    "col_touchpoint": QT_TRANSLATE_NOOP("pdf", "Touchpoint"),
    "col_map": QT_TRANSLATE_NOOP("pdf", "Map"),
    "col_phase": QT_TRANSLATE_NOOP("pdf", "Phase"),
    "col_lane": QT_TRANSLATE_NOOP("pdf", "Lane"),
    "col_experience": QT_TRANSLATE_NOOP("pdf", "Experience"),
    "col_importance": QT_TRANSLATE_NOOP("pdf", "Importance"),
    "col_priority": QT_TRANSLATE_NOOP("pdf", "Priority"),
    "col_votes": QT_TRANSLATE_NOOP("pdf", "Votes"),
    "col_disagreement": QT_TRANSLATE_NOOP("pdf", "Disagreement"),
    "col_channel": QT_TRANSLATE_NOOP("pdf", "Channel"),
    "col_direct": QT_TRANSLATE_NOOP("pdf", "Direct/ indirect"),
    "col_owner": QT_TRANSLATE_NOOP("pdf", "Owner"),
    "col_kpi": QT_TRANSLATE_NOOP("pdf", "KPI"),
    "direct": QT_TRANSLATE_NOOP("pdf", "direct"),
    "indirect": QT_TRANSLATE_NOOP("pdf", "indirect"),
    "expectation": QT_TRANSLATE_NOOP("pdf", "Expectation"),
    "disagreement_yes": QT_TRANSLATE_NOOP("pdf", "yes (spread {spread})"),
    "compare_title": QT_TRANSLATE_NOOP("pdf", "As-is vs. to-be"),
    "compare_heading": QT_TRANSLATE_NOOP("pdf", "As-is vs. to-be: '{old}' → '{new}'"),
    "compare_intro": QT_TRANSLATE_NOOP(
        "pdf",
        "How the to-be map changes the ratings of the as-is "
        "map it is based on. Touchpoints are matched by the "
        "card they were copied from; Δ is to-be minus "
        "as-is, so a positive Δ experience is an "
        "improvement (▲) and a negative one a loss (▼).",
    ),
    "compare_summary": QT_TRANSLATE_NOOP(
        "pdf",
        "{carried} carried over: {better} better, {worse} "
        "worse, {unchanged} unchanged, {not_comparable} "
        "not comparable; {new} new, {dropped} dropped.",
    ),
    "compare_phases": QT_TRANSLATE_NOOP("pdf", "Per phase"),
    "compare_phases_intro": QT_TRANSLATE_NOOP(
        "pdf", "Mean over the phase's rated touchpoints on each map."
    ),
    "compare_touchpoints": QT_TRANSLATE_NOOP("pdf", "Per touchpoint"),
    "compare_moments": QT_TRANSLATE_NOOP("pdf", "Moments of truth that moved"),
    "no_moved": QT_TRANSLATE_NOOP("pdf", "No moment of truth moved."),
    "no_compared": QT_TRANSLATE_NOOP("pdf", "There are no touchpoints to compare."),
    "col_change": QT_TRANSLATE_NOOP("pdf", "Change"),
    "status_carried": QT_TRANSLATE_NOOP("pdf", "carried over"),
    "status_new": QT_TRANSLATE_NOOP("pdf", "new"),
    "status_dropped": QT_TRANSLATE_NOOP("pdf", "dropped"),
    "col_exp_old": QT_TRANSLATE_NOOP("pdf", "Exp. as-is"),
    "col_exp_new": QT_TRANSLATE_NOOP("pdf", "Exp. to-be"),
    "col_exp_delta": QT_TRANSLATE_NOOP("pdf", "Δ Exp."),
    "col_imp_old": QT_TRANSLATE_NOOP("pdf", "Imp. as-is"),
    "col_imp_new": QT_TRANSLATE_NOOP("pdf", "Imp. to-be"),
    "col_imp_delta": QT_TRANSLATE_NOOP("pdf", "Δ Imp."),
    "col_rank_old": QT_TRANSLATE_NOOP("pdf", "Rank as-is"),
    "col_rank_new": QT_TRANSLATE_NOOP("pdf", "Rank to-be"),
    "moment_fixed": QT_TRANSLATE_NOOP("pdf", "no longer a moment of truth"),
    "moment_new": QT_TRANSLATE_NOOP("pdf", "new moment of truth"),
    "moment_unrated": QT_TRANSLATE_NOOP("pdf", "not rated on the to-be map"),
    "moment_dropped": QT_TRANSLATE_NOOP("pdf", "dropped from the to-be map"),
    "moment_up": QT_TRANSLATE_NOOP("pdf", "{n} place up|{n} places up"),
    "moment_down": QT_TRANSLATE_NOOP("pdf", "{n} place down|{n} places down"),
    # The action plan and evidence.
    "actions_title": QT_TRANSLATE_NOOP("pdf", "Action plan"),
    "actions_intro": QT_TRANSLATE_NOOP(
        "pdf",
        "What the team will change, open actions first: quick wins (high value, "
        "little effort) before big bets. The grid places each action by its expected "
        "value and its effort (1–5); its number is the one in the list.",
    ),
    "actions_map": QT_TRANSLATE_NOOP("pdf", "Map '{name}'"),
    "no_actions": QT_TRANSLATE_NOOP("pdf", "No actions yet."),
    "col_action": QT_TRANSLATE_NOOP("pdf", "Action"),
    "col_about": QT_TRANSLATE_NOOP("pdf", "About"),
    "col_status": QT_TRANSLATE_NOOP("pdf", "Status"),
    "col_due": QT_TRANSLATE_NOOP("pdf", "Due"),
    "col_value": QT_TRANSLATE_NOOP("pdf", "Value"),
    "col_effort": QT_TRANSLATE_NOOP("pdf", "Effort"),
    "grid_value": QT_TRANSLATE_NOOP("pdf", "Value"),
    "grid_effort": QT_TRANSLATE_NOOP("pdf", "Effort"),
    "quick_wins": QT_TRANSLATE_NOOP("pdf", "Quick wins"),
    "big_bets": QT_TRANSLATE_NOOP("pdf", "Big bets"),
    "fill_ins": QT_TRANSLATE_NOOP("pdf", "Fill-ins"),
    "money_pits": QT_TRANSLATE_NOOP("pdf", "Money pits"),
    "assumptions": QT_TRANSLATE_NOOP(
        "pdf",
        "{n} of {total} touchpoint rests on assumptions|"
        "{n} of {total} touchpoints rest on assumptions",
    ),
    "more_characters": QT_TRANSLATE_NOOP("pdf", "… [+{n} characters]"),
    "page": QT_TRANSLATE_NOOP("pdf", "Page {page} of {total}"),
    "months": [
        QT_TRANSLATE_NOOP("pdf", "January"),
        QT_TRANSLATE_NOOP("pdf", "February"),
        QT_TRANSLATE_NOOP("pdf", "March"),
        QT_TRANSLATE_NOOP("pdf", "April"),
        QT_TRANSLATE_NOOP("pdf", "May"),
        QT_TRANSLATE_NOOP("pdf", "June"),
        QT_TRANSLATE_NOOP("pdf", "July"),
        QT_TRANSLATE_NOOP("pdf", "August"),
        QT_TRANSLATE_NOOP("pdf", "September"),
        QT_TRANSLATE_NOOP("pdf", "October"),
        QT_TRANSLATE_NOOP("pdf", "November"),
        QT_TRANSLATE_NOOP("pdf", "December"),
    ],
    "date": QT_TRANSLATE_NOOP("pdf", "{day} {month} {year}"),
}


@functools.cache
def _labels(lang: str) -> dict[str, Any]:
    """Every label in ``lang``: lists (rules, months) word by word."""

    def word(key: str, text: str) -> str:
        return translate("scoring" if key == "rules" else CONTEXT, text, lang)

    return {
        key: [word(key, item) for item in value] if isinstance(value, list) else word(key, value)
        for key, value in _ENGLISH.items()
    }


class _Labels(Mapping[str, dict[str, Any]]):
    """The labels by language code, for every language the catalogue has."""

    def __getitem__(self, lang: str) -> dict[str, Any]:
        if lang not in languages():
            raise KeyError(lang)
        return _labels(lang)

    def __iter__(self) -> Iterator[str]:
        return iter(languages())

    def __len__(self) -> int:
        return len(languages())


LABELS: Mapping[str, dict[str, Any]] = _Labels()


def labels(lang: str) -> dict[str, Any]:
    """The labels of ``lang`` (English for a language without its own)."""
    return LABELS.get(lang, LABELS["en"])


def format_date(day: dt.date, lang: str) -> str:
    t = labels(lang)
    return t["date"].format(day=day.day, month=t["months"][day.month - 1], year=day.year)
