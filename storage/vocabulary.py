"""Storage: the fixed vocabularies of a workshop (kinds, note types, rating ranges)."""

from __future__ import annotations

MAP_KINDS = ("as-is", "to-be")
LANE_KINDS = ("persona", "channel", "notes")
CARD_KINDS = ("touchpoint", "note")
NOTE_TYPES = ("pain", "idea", "thought", "question", "quote")
EXPERIENCE_RANGE = (-2, 2)
IMPORTANCE_RANGE = (1, 5)
# Actions (what the team will change), evidence of a card, and their ranges.
ACTION_STATUSES = ("open", "in-progress", "done", "dropped")
ACTION_SCALE = (1, 5)  # an action's expected value and its effort
EVIDENCE_KINDS = ("assumption", "reported", "observed")
