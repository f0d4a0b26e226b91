"""Export: the PDF's labels in English and German, the one catalogue of its words.

The PDF is written without a Qt translator (the CLI has none), so its words live here,
keyed by name, with the same keys in every language (a test checks that). Dates are
written with the language's month names.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.scoring import RULES

_RULES_DE = [
    "Jede teilnehmende Person bewertet einen Touchpoint mit einer Erfahrung von −2 (sehr "
    "negativ) bis +2 (sehr positiv) und einer Wichtigkeit von 1 (gering) bis 5 (entscheidend).",
    "Erfahrung und Wichtigkeit eines Touchpoints sind die Mittelwerte seiner Bewertungen.",
    "Ein Touchpoint ohne Bewertungen ist unbewertet: Er erscheint grau und schraffiert, "
    "nie als 0.",
    "Die Streuung ist die Standardabweichung der Erfahrungsbewertungen.",
    "Uneinigkeit wird markiert, wenn ein Touchpoint mindestens 2 Stimmen und eine Streuung "
    "von 1,0 oder mehr hat.",
    "Die Emotionskurve zeigt je Phase die mittlere Erfahrung der bewerteten Touchpoints der "
    "Bahn, jeweils gewichtet mit ihrer mittleren Wichtigkeit; Phasen ohne bewertete "
    "Touchpoints bleiben eine Lücke.",
    "Momente der Wahrheit sind die Touchpoints mit negativer mittlerer Erfahrung, geordnet "
    "nach Priorität = Wichtigkeit × (−Erfahrung), höchste zuerst; bei Gleichstand entscheidet "
    "die höhere Wichtigkeit, dann die Reihenfolge auf dem Board.",
]

LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "subject": "Customer journey map", "cover_kicker": "CUSTOMER JOURNEY MAP",
        "exported": "Exported on {date}", "participants": "Participants", "maps": "Maps",
        "personas": "Personas", "none": "none", "more": "… and {n} more",
        "contents": "Contents",
        "n_phases": "{n} phase|{n} phases", "n_lanes": "{n} lane|{n} lanes",
        "n_touchpoints": "{n} touchpoint|{n} touchpoints", "n_notes": "{n} note|{n} notes",
        "n_ratings": "{n} rating|{n} ratings",
        "kind_as_is": "As-is map", "kind_to_be": "To-be map",
        "map_heading": "Map '{name}'",
        "tile_heading": "Map '{name}', tile {index} of {count}: row {row}, column {column}",
        "overview_heading": "Map '{name}': overview of the {count} tiles",
        "overview_hint": "The board is too large to read on one page: the numbered frames "
                         "show the tiles on the following pages, which overlap slightly.",
        "persona": "Persona", "channel": "Channel", "notes_lane": "Notes",
        "emotion_curve": "Emotion curve", "unrated": "unrated", "vote_one": "1 vote",
        "votes_n": "{n} votes", "note_pain": "Pain point", "note_idea": "Idea",
        "note_thought": "Thought", "note_question": "Question", "note_quote": "Quote",
        "very_negative": "very negative", "negative": "negative", "neutral": "neutral",
        "positive": "positive", "very_positive": "very positive", "legend": "Legend",
        "legend_direct": "direct (solid)", "legend_indirect": "indirect (dashed)",
        "legend_importance": "importance 1–5", "legend_disagreement": "disagreement",
        "legend_moment": "moment of truth, rank", "legend_curve": "emotion curve",
        "legend_title": "How to read the maps",
        "legend_intro": "Columns are the phases of the journey, rows the lanes: one per "
                        "persona, channel or set of notes. Each card is a touchpoint or a note. "
                        "Workshop participants rated the touchpoints; the colour of a card is "
                        "its mean experience.",
        "legend_scale": "Colour of a touchpoint: mean experience",
        "legend_cards": "Card anatomy",
        "sample_rated": "Rated, direct touchpoint", "sample_unrated": "Unrated, indirect "
        "touchpoint", "sample_note": "Note (pain point)",
        "sample_title_rated": "Example: checkout and payment",
        "sample_title_unrated": "Example: review on a blog",
        "sample_title_note": "Example: delivery often late",
        "anatomy": "Along the bottom of a touchpoint: its mean experience (−2 to +2), its mean "
                   "importance as filled squares (1 to 5), #1 its rank among the moments of "
                   "truth, ≠ when participants disagree, and the number of votes. Under each "
                   "persona lane, the emotion curve connects the phases; a gap means no rated "
                   "touchpoint in that phase.",
        "rules_title": "Scoring rules", "rules": list(RULES),
        "persona_heading": "Persona: {name}", "persona_description": "Profile",
        "persona_goals": "Goals", "persona_needs": "Needs", "persona_pains": "Pains",
        "picture_broken": "The picture of this persona could not be read and is left out.",
        "curves_title": "Emotion curve per map", "curve_chart": "{map}: lane {lane}",
        "moments_title": "Moments of truth",
        "moments_intro": "Touchpoints with a negative mean experience, ranked within each map "
                         "by priority = importance × (−experience): fix them from the top.",
        "no_moments": "No touchpoint has a negative mean experience.",
        "touchpoints_title": "Touchpoints",
        "touchpoints_intro": "Every touchpoint of the exported maps in board order.",
        "no_touchpoints": "There are no touchpoints.",
        "col_rank": "#", "col_touchpoint": "Touchpoint", "col_map": "Map", "col_phase": "Phase",
        "col_lane": "Lane", "col_experience": "Experience", "col_importance": "Importance",
        "col_priority": "Priority", "col_votes": "Votes", "col_disagreement": "Disagreement",
        "col_channel": "Channel", "col_direct": "Direct/ indirect", "col_owner": "Owner",
        "col_kpi": "KPI", "direct": "direct", "indirect": "indirect",
        "expectation": "Expectation", "disagreement_yes": "yes (spread {spread})",
        "compare_title": "As-is vs. to-be",
        "compare_heading": "As-is vs. to-be: '{old}' → '{new}'",
        "compare_intro": "How the to-be map changes the ratings of the as-is map it is "
                         "based on. Touchpoints are matched by the card they were copied "
                         "from; Δ is to-be minus as-is, so a positive Δ experience is an "
                         "improvement (▲) and a negative one a loss (▼).",
        "compare_summary": "{carried} carried over: {better} better, {worse} worse, "
                           "{unchanged} unchanged, {not_comparable} not comparable; "
                           "{new} new, {dropped} dropped.",
        "compare_phases": "Per phase",
        "compare_phases_intro": "Mean over the phase's rated touchpoints on each map.",
        "compare_touchpoints": "Per touchpoint",
        "compare_moments": "Moments of truth that moved",
        "no_moved": "No moment of truth moved.",
        "no_compared": "There are no touchpoints to compare.",
        "col_change": "Change", "status_carried": "carried over", "status_new": "new",
        "status_dropped": "dropped",
        "col_exp_old": "Exp. as-is", "col_exp_new": "Exp. to-be", "col_exp_delta": "Δ Exp.",
        "col_imp_old": "Imp. as-is", "col_imp_new": "Imp. to-be", "col_imp_delta": "Δ Imp.",
        "col_rank_old": "Rank as-is", "col_rank_new": "Rank to-be",
        "moment_fixed": "no longer a moment of truth", "moment_new": "new moment of truth",
        "moment_unrated": "not rated on the to-be map",
        "moment_dropped": "dropped from the to-be map",
        "moment_up": "{n} place up|{n} places up",
        "moment_down": "{n} place down|{n} places down",
        "more_characters": "… [+{n} characters]",
        "page": "Page {page} of {total}",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "date": "{day} {month} {year}",
    },
    "de": {
        "subject": "Customer-Journey-Map", "cover_kicker": "CUSTOMER-JOURNEY-MAP",
        "exported": "Exportiert am {date}", "participants": "Teilnehmende", "maps": "Karten",
        "personas": "Personas", "none": "keine", "more": "… und {n} weitere",
        "contents": "Inhalt",
        "n_phases": "{n} Phase|{n} Phasen", "n_lanes": "{n} Bahn|{n} Bahnen",
        "n_touchpoints": "{n} Touchpoint|{n} Touchpoints", "n_notes": "{n} Notiz|{n} Notizen",
        "n_ratings": "{n} Bewertung|{n} Bewertungen",
        "kind_as_is": "Ist-Karte", "kind_to_be": "Soll-Karte",
        "map_heading": "Karte „{name}“",
        "tile_heading": "Karte „{name}“, Kachel {index} von {count}: Zeile {row}, "
                        "Spalte {column}",
        "overview_heading": "Karte „{name}“: Übersicht der {count} Kacheln",
        "overview_hint": "Das Board ist zu groß für eine lesbare Seite: Die nummerierten "
                         "Rahmen zeigen die Kacheln der folgenden Seiten, die sich leicht "
                         "überlappen.",
        "persona": "Persona", "channel": "Kanal", "notes_lane": "Notizen",
        "emotion_curve": "Emotionskurve", "unrated": "nicht bewertet", "vote_one": "1 Stimme",
        "votes_n": "{n} Stimmen", "note_pain": "Schmerzpunkt", "note_idea": "Idee",
        "note_thought": "Gedanke", "note_question": "Frage", "note_quote": "Zitat",
        "very_negative": "sehr negativ", "negative": "negativ", "neutral": "neutral",
        "positive": "positiv", "very_positive": "sehr positiv", "legend": "Legende",
        "legend_direct": "direkt (durchgezogen)", "legend_indirect": "indirekt (gestrichelt)",
        "legend_importance": "Wichtigkeit 1–5", "legend_disagreement": "Uneinigkeit",
        "legend_moment": "Moment der Wahrheit, Rang", "legend_curve": "Emotionskurve",
        "legend_title": "So lesen Sie die Karten",
        "legend_intro": "Spalten sind die Phasen der Journey, Zeilen die Bahnen: je eine pro "
                        "Persona, Kanal oder Notizsammlung. Jede Karte ist ein Touchpoint oder "
                        "eine Notiz. Die Workshop-Teilnehmenden haben die Touchpoints bewertet; "
                        "die Farbe einer Karte ist ihre mittlere Erfahrung.",
        "legend_scale": "Farbe eines Touchpoints: mittlere Erfahrung",
        "legend_cards": "Aufbau einer Karte",
        "sample_rated": "Bewerteter, direkter Touchpoint",
        "sample_unrated": "Unbewerteter, indirekter Touchpoint",
        "sample_note": "Notiz (Schmerzpunkt)",
        "sample_title_rated": "Beispiel: Kasse und Bezahlung",
        "sample_title_unrated": "Beispiel: Bericht in einem Blog",
        "sample_title_note": "Beispiel: Lieferung oft zu spät",
        "anatomy": "Unten auf einem Touchpoint: die mittlere Erfahrung (−2 bis +2), die "
                   "mittlere Wichtigkeit als gefüllte Quadrate (1 bis 5), #1 der Rang unter "
                   "den Momenten der Wahrheit, ≠ bei Uneinigkeit der Teilnehmenden und die "
                   "Zahl der Stimmen. Unter jeder Persona-Bahn verbindet die Emotionskurve "
                   "die Phasen; eine Lücke bedeutet: kein bewerteter Touchpoint in der Phase.",
        "rules_title": "Bewertungsregeln", "rules": _RULES_DE,
        "persona_heading": "Persona: {name}", "persona_description": "Profil",
        "persona_goals": "Ziele", "persona_needs": "Bedürfnisse", "persona_pains": "Probleme",
        "picture_broken": "Das Bild dieser Persona ist nicht lesbar und wurde weggelassen.",
        "curves_title": "Emotionskurve je Karte", "curve_chart": "{map}: Bahn {lane}",
        "moments_title": "Momente der Wahrheit",
        "moments_intro": "Touchpoints mit negativer mittlerer Erfahrung, je Karte geordnet "
                         "nach Priorität = Wichtigkeit × (−Erfahrung): von oben nach unten "
                         "angehen.",
        "no_moments": "Kein Touchpoint hat eine negative mittlere Erfahrung.",
        "touchpoints_title": "Touchpoints",
        "touchpoints_intro": "Alle Touchpoints der exportierten Karten in der Reihenfolge "
                             "des Boards.",
        "no_touchpoints": "Es gibt keine Touchpoints.",
        "col_rank": "#", "col_touchpoint": "Touchpoint", "col_map": "Karte",
        "col_phase": "Phase", "col_lane": "Bahn", "col_experience": "Erfahrung",
        "col_importance": "Wichtigkeit", "col_priority": "Priorität", "col_votes": "Stimmen",
        "col_disagreement": "Uneinigkeit", "col_channel": "Kanal",
        "col_direct": "Direkt/ indirekt", "col_owner": "Verantwortlich", "col_kpi": "KPI",
        "direct": "direkt", "indirect": "indirekt", "expectation": "Erwartung",
        "compare_title": "Ist vs. Soll",
        "compare_heading": "Ist vs. Soll: „{old}“ → „{new}“",
        "compare_intro": "Wie die Soll-Karte die Bewertungen der Ist-Karte verändert, auf "
                         "der sie beruht. Touchpoints werden über die Karte zugeordnet, aus "
                         "der sie kopiert wurden; Δ ist Soll minus Ist, ein positives Δ der "
                         "Erfahrung ist also eine Verbesserung (▲), ein negatives eine "
                         "Verschlechterung (▼).",
        "compare_summary": "{carried} übernommen: {better} besser, {worse} schlechter, "
                           "{unchanged} unverändert, {not_comparable} nicht vergleichbar; "
                           "{new} neu, {dropped} entfallen.",
        "compare_phases": "Je Phase",
        "compare_phases_intro": "Mittelwert der bewerteten Touchpoints der Phase auf jeder "
                                "Karte.",
        "compare_touchpoints": "Je Touchpoint",
        "compare_moments": "Momente der Wahrheit, die sich verschoben haben",
        "no_moved": "Kein Moment der Wahrheit hat sich verschoben.",
        "no_compared": "Es gibt keine Touchpoints zum Vergleichen.",
        "col_change": "Änderung", "status_carried": "übernommen", "status_new": "neu",
        "status_dropped": "entfallen",
        "col_exp_old": "Erf. Ist", "col_exp_new": "Erf. Soll", "col_exp_delta": "Δ Erf.",
        "col_imp_old": "Wicht. Ist", "col_imp_new": "Wicht. Soll", "col_imp_delta": "Δ Wicht.",
        "col_rank_old": "Rang Ist", "col_rank_new": "Rang Soll",
        "moment_fixed": "kein Moment der Wahrheit mehr",
        "moment_unrated": "auf der Soll-Karte nicht bewertet",
        "moment_dropped": "auf der Soll-Karte entfallen",
        "moment_new": "neuer Moment der Wahrheit",
        "moment_up": "{n} Platz höher|{n} Plätze höher",
        "moment_down": "{n} Platz tiefer|{n} Plätze tiefer",
        "more_characters": "… [+{n} Zeichen]",
        "disagreement_yes": "ja (Streuung {spread})", "page": "Seite {page} von {total}",
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                   "September", "Oktober", "November", "Dezember"],
        "date": "{day}. {month} {year}",
    },
}


def labels(lang: str) -> dict[str, Any]:
    """The labels of ``lang`` (English for a language without its own)."""
    return LABELS.get(lang, LABELS["en"])


def format_date(day: dt.date, lang: str) -> str:
    t = labels(lang)
    return t["date"].format(day=day.day, month=t["months"][day.month - 1], year=day.year)
