"""Storage: the fixed vocabularies of a workshop (kinds, note types, rating ranges)."""

from __future__ import annotations

MAP_KINDS = ("as-is", "to-be")
LANE_KINDS = (
    "persona",
    "channel",
    "notes",
    # Service-blueprint lanes, top to bottom as a blueprint reads.
    "evidence",
    "frontstage",
    "backstage",
    "support",
)
CARD_KINDS = ("touchpoint", "note")
# The built-in note types; a workshop may add its own (the note_type table).
NOTE_TYPES = ("pain", "idea", "thought", "question", "quote")
CONNECTION_KINDS = ("flow", "alternative", "return")
EXPERIENCE_RANGE = (-2, 2)
IMPORTANCE_RANGE = (1, 5)

# The built-in note types as every workshop starts with them: (id, fill colour, icon).
# The name is empty: a built-in type is shown under its name in the reader's language
# until the team renames it. Pain points and ideas take their own tints (two Okabe-Ito
# colours that stay apart for every kind of colour blindness), the rest the yellow sticky.
DEFAULT_NOTE_TYPES = (
    ("pain", "#F9CDB8", "note-pain"),
    ("idea", "#C9E6F8", "note-idea"),
    ("thought", "#FFF4A8", "note-thought"),
    ("question", "#FFF4A8", "note-question"),
    ("quote", "#FFF4A8", "note-quote"),
)
NOTE_TYPE_COLOR = "#FFF4A8"
# The colours a channel gets when it has none of its own, by its place in the list:
# Okabe-Ito, distinguishable for every kind of colour blindness.
CHANNEL_PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)
CHANNEL_COLOR = "#0072B2"


def channel_color(position: int) -> str:
    """The colour of the channel at ``position`` when it has none of its own."""
    return CHANNEL_PALETTE[position % len(CHANNEL_PALETTE)]


# Actions (what the team will change), evidence of a card, and their ranges.
ACTION_STATUSES = ("open", "in-progress", "done", "dropped")
ACTION_SCALE = (1, 5)  # an action's expected value and its effort
EVIDENCE_KINDS = ("assumption", "reported", "observed")
