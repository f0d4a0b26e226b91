"""The interchange JSON mirrors the tables: every column has its field, with its default."""

from __future__ import annotations

import pytest

from export import interchange
from storage.tables import TABLES

# A reference is named after the row it names; the map and card a row belongs to, and
# its place among its siblings, are where it stands in the document.
RENAMED = {
    "persona_id": "persona",
    "channel_id": "channel",
    "lane_id": "lane",
    "phase_id": "phase",
    "participant_id": "participant",
}
BY_PLACE = {"map_id", "card_id", "position"}
# Fields whose default is decided by the document, not the column: a channel without a
# colour gets one by its place in the list.
BY_DOCUMENT = {("channel", "color")}
MODELS = {
    "participant": interchange.ParticipantIn,
    "persona": interchange.PersonaIn,
    "channel": interchange.ChannelIn,
    "map": interchange.MapIn,
    "phase": interchange.PhaseIn,
    "lane": interchange.LaneIn,
    "card": interchange.CardIn,
    "rating": interchange.RatingIn,
}


@pytest.mark.parametrize("table", sorted(MODELS))
def test_every_column_is_a_field_with_the_columns_default(table: str) -> None:
    fields = MODELS[table].model_fields
    for column in TABLES[table].columns:
        if column.name in BY_PLACE or (table, column.name) in BY_DOCUMENT:
            continue
        field = fields[RENAMED.get(column.name, column.name)]
        if not field.is_required():
            assert field.default == column.default, (table, column.name)


def test_a_kind_outside_the_models_choices_is_refused_with_them() -> None:
    with pytest.raises(interchange.InterchangeError) as caught:
        interchange.validate(
            {
                "format": "journeyboard",
                "version": 2,
                "title": "t",
                "maps": [{"id": "m", "name": "M", "kind": "dream"}],
            }
        )
    assert str(caught.value) == "maps[0].kind: input should be 'as-is' or 'to-be'"
