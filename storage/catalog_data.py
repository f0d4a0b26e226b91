"""Storage: the data ``storage.catalog`` derives from the SQLModel classes.

Written by ``python -m storage.catalog``; do not edit.
"""

from typing import Any

FINGERPRINT = 3946377639
DATA: dict[str, Any] = {
    "tables": {
        "channel": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("icon", "str", False, True, "custom"),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {},
            "siblings": (),
            "id_prefix": "ch-",
        },
        "map": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("kind", "str", False, True, "as-is"),
                ("based_on", "str", True, True, None),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (("based_on", "map", "id", "SET NULL", None),),
            "checks": {"map_kind": "map.kind: must be as-is or to-be"},
            "patterns": {},
            "siblings": (),
            "id_prefix": "m-",
        },
        "participant": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {},
            "siblings": (),
            "id_prefix": "p-",
        },
        "persona": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("role", "str", False, True, ""),
                ("description", "str", False, True, ""),
                ("goals", "str", False, True, ""),
                ("needs", "str", False, True, ""),
                ("pains", "str", False, True, ""),
                ("quote", "str", False, True, ""),
                ("color", "str", False, True, "#3366CC"),
                ("picture", "bytes", True, True, None),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {"color": ("#[0-9A-Fa-f]{6}", "must be a colour like #3366CC")},
            "siblings": (),
            "id_prefix": "pe-",
        },
        "workshop": {
            "columns": (
                ("id", "int", False, True, 1),
                ("title", "str", False, True, ""),
                ("language", "str", False, True, "en"),
                ("created", "str", False, True, ""),
            ),
            "key": ("id",),
            "references": (),
            "checks": {"single_row": "workshop: a file describes one workshop"},
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
        },
        "lane": {
            "columns": (
                ("id", "str", False, False, None),
                ("map_id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("kind", "str", False, True, "notes"),
                ("persona_id", "str", True, True, None),
                ("channel_id", "str", True, True, None),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (
                ("map_id", "map", "id", "CASCADE", None),
                ("persona_id", "persona", "id", "CASCADE", None),
                ("channel_id", "channel", "id", "SET NULL", None),
            ),
            "checks": {
                "lane_kind": "lane.kind: must be persona, channel or notes",
                "persona_lane": "lane.persona: a persona lane needs a persona",
            },
            "patterns": {},
            "siblings": ("map_id",),
            "id_prefix": "l-",
        },
        "phase": {
            "columns": (
                ("id", "str", False, False, None),
                ("map_id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("description", "str", False, True, ""),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (("map_id", "map", "id", "CASCADE", None),),
            "checks": {},
            "patterns": {},
            "siblings": ("map_id",),
            "id_prefix": "ph-",
        },
        "card": {
            "columns": (
                ("id", "str", False, False, None),
                ("map_id", "str", False, False, None),
                ("lane_id", "str", False, False, None),
                ("phase_id", "str", False, False, None),
                ("position", "int", False, True, 0),
                ("kind", "str", False, True, "touchpoint"),
                ("note_type", "str", True, True, None),
                ("title", "str", False, True, ""),
                ("description", "str", False, True, ""),
                ("channel_id", "str", True, True, None),
                ("direct", "bool", False, True, True),
                ("expectation", "str", False, True, ""),
                ("owner", "str", False, True, ""),
                ("kpi", "str", False, True, ""),
                ("based_on", "str", True, True, None),
            ),
            "key": ("id",),
            "references": (
                ("map_id", "map", "id", "CASCADE", None),
                ("lane_id", "lane", "id", "CASCADE", "map_id"),
                ("phase_id", "phase", "id", "CASCADE", "map_id"),
                ("channel_id", "channel", "id", "SET NULL", None),
                ("based_on", "card", "id", "SET NULL", None),
            ),
            "checks": {
                "card_kind": "card.kind: must be touchpoint or note",
                "note_type": "card.note_type: a note needs a type "
                "(pain, idea, thought, question, quote) "
                "and a touchpoint has none",
            },
            "patterns": {},
            "siblings": ("lane_id", "phase_id"),
            "id_prefix": "c-",
        },
        "rating": {
            "columns": (
                ("card_id", "str", False, False, None),
                ("participant_id", "str", False, False, None),
                ("experience", "int", False, False, None),
                ("importance", "int", False, False, None),
            ),
            "key": ("card_id", "participant_id"),
            "references": (
                ("card_id", "card", "id", "CASCADE", None),
                ("participant_id", "participant", "id", "CASCADE", None),
            ),
            "checks": {
                "experience_range": "rating.experience: must be between -2 and 2",
                "importance_range": "rating.importance: must be between 1 and 5",
            },
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
        },
    },
    "sql": {
        ("board",): "SELECT card.id, card.map_id, card.lane_id, card.phase_id, "
        "card.position, card.kind, card.note_type, card.title, "
        "card.description, card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, card.based_on FROM card "
        "JOIN phase ON phase.id = card.phase_id JOIN lane ON lane.id = "
        "card.lane_id WHERE card.map_id = :map_id ORDER BY "
        "phase.position, lane.position, card.position",
        ("ratings",): "SELECT rating.card_id, rating.participant_id, "
        "rating.experience, rating.importance FROM rating JOIN card ON "
        "card.id = rating.card_id JOIN participant ON participant.id = "
        "rating.participant_id WHERE card.map_id = :map_id ORDER BY "
        "participant.position",
        ("pairs",): "SELECT rating.card_id, rating.experience, rating.importance FROM "
        "rating JOIN card ON card.id = rating.card_id WHERE card.map_id = "
        ":map_id",
        ("owner",): "SELECT 'channel' FROM channel WHERE channel.id = :id UNION ALL "
        "SELECT 'map' FROM map WHERE map.id = :id UNION ALL SELECT "
        "'participant' FROM participant WHERE participant.id = :id UNION "
        "ALL SELECT 'persona' FROM persona WHERE persona.id = :id UNION "
        "ALL SELECT 'lane' FROM lane WHERE lane.id = :id UNION ALL SELECT "
        "'phase' FROM phase WHERE phase.id = :id UNION ALL SELECT 'card' "
        "FROM card WHERE card.id = :id",
        ("values",): "SELECT EXISTS (SELECT 1 FROM channel WHERE (typeof(channel.id) "
        "NOT IN ('text')) OR (typeof(channel.name) NOT IN ('text')) OR "
        "(typeof(channel.icon) NOT IN ('text')) OR "
        "(typeof(channel.position) NOT IN ('integer'))) AS anon_1, "
        "(SELECT CAST(group_concat((((coalesce(channel.id, '') || "
        "char(10)) || coalesce(channel.name, '')) || char(10)) || "
        "coalesce(channel.icon, ''), char(10)) AS BLOB) AS "
        "group_concat_1 FROM channel) AS anon_2, EXISTS (SELECT 1 FROM "
        "map WHERE (typeof(map.id) NOT IN ('text')) OR (typeof(map.name) "
        "NOT IN ('text')) OR (typeof(map.kind) NOT IN ('text')) OR "
        "(typeof(map.based_on) NOT IN ('text', 'null')) OR "
        "(typeof(map.position) NOT IN ('integer'))) AS anon_3, (SELECT "
        "CAST(group_concat((((coalesce(map.id, '') || char(10)) || "
        "coalesce(map.name, '')) || char(10)) || coalesce(map.kind, ''), "
        "char(10)) AS BLOB) AS group_concat_2 FROM map) AS anon_4, "
        "EXISTS (SELECT 1 FROM participant WHERE (typeof(participant.id) "
        "NOT IN ('text')) OR (typeof(participant.name) NOT IN ('text')) "
        "OR (typeof(participant.position) NOT IN ('integer'))) AS "
        "anon_5, (SELECT CAST(group_concat((coalesce(participant.id, '') "
        "|| char(10)) || coalesce(participant.name, ''), char(10)) AS "
        "BLOB) AS group_concat_3 FROM participant) AS anon_6, EXISTS "
        "(SELECT 1 FROM persona WHERE (typeof(persona.id) NOT IN "
        "('text')) OR (typeof(persona.name) NOT IN ('text')) OR "
        "(typeof(persona.role) NOT IN ('text')) OR "
        "(typeof(persona.description) NOT IN ('text')) OR "
        "(typeof(persona.goals) NOT IN ('text')) OR "
        "(typeof(persona.needs) NOT IN ('text')) OR "
        "(typeof(persona.pains) NOT IN ('text')) OR "
        "(typeof(persona.quote) NOT IN ('text')) OR "
        "(typeof(persona.color) NOT IN ('text')) OR "
        "(typeof(persona.picture) NOT IN ('blob', 'null')) OR "
        "(typeof(persona.position) NOT IN ('integer'))) AS anon_7, "
        "(SELECT CAST(group_concat((((((((((((((((coalesce(persona.id, "
        "'') || char(10)) || coalesce(persona.name, '')) || char(10)) || "
        "coalesce(persona.role, '')) || char(10)) || "
        "coalesce(persona.description, '')) || char(10)) || "
        "coalesce(persona.goals, '')) || char(10)) || "
        "coalesce(persona.needs, '')) || char(10)) || "
        "coalesce(persona.pains, '')) || char(10)) || "
        "coalesce(persona.quote, '')) || char(10)) || "
        "coalesce(persona.color, ''), char(10)) AS BLOB) AS "
        "group_concat_4 FROM persona) AS anon_8, EXISTS (SELECT 1 FROM "
        "workshop WHERE (typeof(workshop.id) NOT IN ('integer')) OR "
        "(typeof(workshop.title) NOT IN ('text')) OR "
        "(typeof(workshop.language) NOT IN ('text')) OR "
        "(typeof(workshop.created) NOT IN ('text'))) AS anon_9, (SELECT "
        "CAST(group_concat((((coalesce(workshop.title, '') || char(10)) "
        "|| coalesce(workshop.language, '')) || char(10)) || "
        "coalesce(workshop.created, ''), char(10)) AS BLOB) AS "
        "group_concat_5 FROM workshop) AS anon_10, EXISTS (SELECT 1 FROM "
        "lane WHERE (typeof(lane.id) NOT IN ('text')) OR "
        "(typeof(lane.map_id) NOT IN ('text')) OR (typeof(lane.name) NOT "
        "IN ('text')) OR (typeof(lane.kind) NOT IN ('text')) OR "
        "(typeof(lane.persona_id) NOT IN ('text', 'null')) OR "
        "(typeof(lane.channel_id) NOT IN ('text', 'null')) OR "
        "(typeof(lane.position) NOT IN ('integer'))) AS anon_11, (SELECT "
        "CAST(group_concat((((coalesce(lane.id, '') || char(10)) || "
        "coalesce(lane.name, '')) || char(10)) || coalesce(lane.kind, "
        "''), char(10)) AS BLOB) AS group_concat_6 FROM lane) AS "
        "anon_12, EXISTS (SELECT 1 FROM phase WHERE (typeof(phase.id) "
        "NOT IN ('text')) OR (typeof(phase.map_id) NOT IN ('text')) OR "
        "(typeof(phase.name) NOT IN ('text')) OR "
        "(typeof(phase.description) NOT IN ('text')) OR "
        "(typeof(phase.position) NOT IN ('integer'))) AS anon_13, "
        "(SELECT CAST(group_concat((((coalesce(phase.id, '') || "
        "char(10)) || coalesce(phase.name, '')) || char(10)) || "
        "coalesce(phase.description, ''), char(10)) AS BLOB) AS "
        "group_concat_7 FROM phase) AS anon_14, EXISTS (SELECT 1 FROM "
        "card WHERE (typeof(card.id) NOT IN ('text')) OR "
        "(typeof(card.map_id) NOT IN ('text')) OR (typeof(card.lane_id) "
        "NOT IN ('text')) OR (typeof(card.phase_id) NOT IN ('text')) OR "
        "(typeof(card.position) NOT IN ('integer')) OR "
        "(typeof(card.kind) NOT IN ('text')) OR (typeof(card.note_type) "
        "NOT IN ('text', 'null')) OR (typeof(card.title) NOT IN "
        "('text')) OR (typeof(card.description) NOT IN ('text')) OR "
        "(typeof(card.channel_id) NOT IN ('text', 'null')) OR "
        "(typeof(card.direct) NOT IN ('integer')) OR "
        "(typeof(card.expectation) NOT IN ('text')) OR "
        "(typeof(card.owner) NOT IN ('text')) OR (typeof(card.kpi) NOT "
        "IN ('text')) OR (typeof(card.based_on) NOT IN ('text', "
        "'null'))) AS anon_15, (SELECT "
        "CAST(group_concat((((((((((((((coalesce(card.id, '') || "
        "char(10)) || coalesce(card.kind, '')) || char(10)) || "
        "coalesce(card.note_type, '')) || char(10)) || "
        "coalesce(card.title, '')) || char(10)) || "
        "coalesce(card.description, '')) || char(10)) || "
        "coalesce(card.expectation, '')) || char(10)) || "
        "coalesce(card.owner, '')) || char(10)) || coalesce(card.kpi, "
        "''), char(10)) AS BLOB) AS group_concat_8 FROM card) AS "
        "anon_16, EXISTS (SELECT 1 FROM rating WHERE "
        "(typeof(rating.card_id) NOT IN ('text')) OR "
        "(typeof(rating.participant_id) NOT IN ('text')) OR "
        "(typeof(rating.experience) NOT IN ('integer')) OR "
        "(typeof(rating.importance) NOT IN ('integer'))) AS anon_17, "
        "NULL",
        ("all", "channel"): "SELECT channel.id, channel.name, channel.icon, "
        "channel.position FROM channel ORDER BY channel.position, "
        "channel.id",
        ("insert", "channel"): "INSERT INTO channel (id, name, icon, position) VALUES "
        "(:id, :name, :icon, :position)",
        ("delete", "channel"): "DELETE FROM channel WHERE channel.id = :key_id",
        ("by", "channel", ("id",)): "SELECT channel.id, channel.name, channel.icon, "
        "channel.position FROM channel WHERE channel.id = "
        ":id ORDER BY channel.position, channel.id",
        ("update", "channel", ("name",)): "UPDATE channel SET name=:name WHERE "
        "channel.id = :key_id",
        ("update", "channel", ("icon",)): "UPDATE channel SET icon=:icon WHERE "
        "channel.id = :key_id",
        ("update", "channel", ("position",)): "UPDATE channel SET position=:position "
        "WHERE channel.id = :key_id",
        ("siblings", "channel", 1): "SELECT channel.id, channel.position FROM channel "
        "ORDER BY channel.position, channel.id",
        ("siblings", "channel", 2): "SELECT channel.id, channel.position FROM channel "
        "ORDER BY channel.position, channel.id",
        ("all", "map"): "SELECT map.id, map.name, map.kind, map.based_on, "
        "map.position FROM map ORDER BY map.position, map.id",
        ("insert", "map"): "INSERT INTO map (id, name, kind, based_on, position) "
        "VALUES (:id, :name, :kind, :based_on, :position)",
        ("delete", "map"): "DELETE FROM map WHERE map.id = :key_id",
        ("by", "map", ("id",)): "SELECT map.id, map.name, map.kind, map.based_on, "
        "map.position FROM map WHERE map.id = :id ORDER BY "
        "map.position, map.id",
        ("by", "map", ("based_on",)): "SELECT map.id, map.name, map.kind, "
        "map.based_on, map.position FROM map WHERE "
        "map.based_on = :based_on ORDER BY "
        "map.position, map.id",
        ("update", "map", ("name",)): "UPDATE map SET name=:name WHERE map.id = :key_id",
        ("update", "map", ("kind",)): "UPDATE map SET kind=:kind WHERE map.id = :key_id",
        ("update", "map", ("based_on",)): "UPDATE map SET based_on=:based_on WHERE "
        "map.id = :key_id",
        ("update", "map", ("position",)): "UPDATE map SET position=:position WHERE "
        "map.id = :key_id",
        ("siblings", "map", 1): "SELECT map.id, map.position FROM map ORDER BY "
        "map.position, map.id",
        ("siblings", "map", 2): "SELECT map.id, map.position FROM map ORDER BY "
        "map.position, map.id",
        ("all", "participant"): "SELECT participant.id, participant.name, "
        "participant.position FROM participant ORDER BY "
        "participant.position, participant.id",
        ("insert", "participant"): "INSERT INTO participant (id, name, position) "
        "VALUES (:id, :name, :position)",
        ("delete", "participant"): "DELETE FROM participant WHERE participant.id = :key_id",
        ("by", "participant", ("id",)): "SELECT participant.id, participant.name, "
        "participant.position FROM participant WHERE "
        "participant.id = :id ORDER BY "
        "participant.position, participant.id",
        ("update", "participant", ("name",)): "UPDATE participant SET name=:name "
        "WHERE participant.id = :key_id",
        ("update", "participant", ("position",)): "UPDATE participant SET "
        "position=:position WHERE "
        "participant.id = :key_id",
        ("siblings", "participant", 1): "SELECT participant.id, participant.position "
        "FROM participant ORDER BY "
        "participant.position, participant.id",
        ("siblings", "participant", 2): "SELECT participant.id, participant.position "
        "FROM participant ORDER BY "
        "participant.position, participant.id",
        ("all", "persona"): "SELECT persona.id, persona.name, persona.role, "
        "persona.description, persona.goals, persona.needs, "
        "persona.pains, persona.quote, persona.color, "
        "persona.picture, persona.position FROM persona ORDER BY "
        "persona.position, persona.id",
        ("insert", "persona"): "INSERT INTO persona (id, name, role, description, "
        "goals, needs, pains, quote, color, picture, position) "
        "VALUES (:id, :name, :role, :description, :goals, "
        ":needs, :pains, :quote, :color, :picture, :position)",
        ("delete", "persona"): "DELETE FROM persona WHERE persona.id = :key_id",
        ("by", "persona", ("id",)): "SELECT persona.id, persona.name, persona.role, "
        "persona.description, persona.goals, "
        "persona.needs, persona.pains, persona.quote, "
        "persona.color, persona.picture, persona.position "
        "FROM persona WHERE persona.id = :id ORDER BY "
        "persona.position, persona.id",
        ("update", "persona", ("name",)): "UPDATE persona SET name=:name WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("role",)): "UPDATE persona SET role=:role WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("description",)): "UPDATE persona SET "
        "description=:description WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("goals",)): "UPDATE persona SET goals=:goals WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("needs",)): "UPDATE persona SET needs=:needs WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("pains",)): "UPDATE persona SET pains=:pains WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("quote",)): "UPDATE persona SET quote=:quote WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("color",)): "UPDATE persona SET color=:color WHERE "
        "persona.id = :key_id",
        ("update", "persona", ("picture",)): "UPDATE persona SET picture=:picture "
        "WHERE persona.id = :key_id",
        ("update", "persona", ("position",)): "UPDATE persona SET position=:position "
        "WHERE persona.id = :key_id",
        ("siblings", "persona", 1): "SELECT persona.id, persona.position FROM persona "
        "ORDER BY persona.position, persona.id",
        ("siblings", "persona", 2): "SELECT persona.id, persona.position FROM persona "
        "ORDER BY persona.position, persona.id",
        ("all", "workshop"): "SELECT workshop.id, workshop.title, workshop.language, "
        "workshop.created FROM workshop",
        ("insert", "workshop"): "INSERT INTO workshop (id, title, language, created) "
        "VALUES (:id, :title, :language, :created)",
        ("delete", "workshop"): "DELETE FROM workshop WHERE workshop.id = :key_id",
        ("by", "workshop", ("id",)): "SELECT workshop.id, workshop.title, "
        "workshop.language, workshop.created FROM "
        "workshop WHERE workshop.id = :id",
        ("update", "workshop", ("title",)): "UPDATE workshop SET title=:title WHERE "
        "workshop.id = :key_id",
        ("update", "workshop", ("language",)): "UPDATE workshop SET "
        "language=:language WHERE workshop.id "
        "= :key_id",
        ("update", "workshop", ("created",)): "UPDATE workshop SET created=:created "
        "WHERE workshop.id = :key_id",
        ("all", "lane"): "SELECT lane.id, lane.map_id, lane.name, lane.kind, "
        "lane.persona_id, lane.channel_id, lane.position FROM lane "
        "ORDER BY lane.position, lane.id",
        ("insert", "lane"): "INSERT INTO lane (id, map_id, name, kind, persona_id, "
        "channel_id, position) VALUES (:id, :map_id, :name, "
        ":kind, :persona_id, :channel_id, :position)",
        ("delete", "lane"): "DELETE FROM lane WHERE lane.id = :key_id",
        ("by", "lane", ("id",)): "SELECT lane.id, lane.map_id, lane.name, lane.kind, "
        "lane.persona_id, lane.channel_id, lane.position "
        "FROM lane WHERE lane.id = :id ORDER BY "
        "lane.position, lane.id",
        ("by", "lane", ("map_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, lane.channel_id, "
        "lane.position FROM lane WHERE lane.map_id = "
        ":map_id ORDER BY lane.position, lane.id",
        ("by", "lane", ("persona_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, "
        "lane.channel_id, lane.position FROM lane "
        "WHERE lane.persona_id = :persona_id ORDER "
        "BY lane.position, lane.id",
        ("by", "lane", ("channel_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, "
        "lane.channel_id, lane.position FROM lane "
        "WHERE lane.channel_id = :channel_id ORDER "
        "BY lane.position, lane.id",
        ("update", "lane", ("map_id",)): "UPDATE lane SET map_id=:map_id WHERE lane.id = :key_id",
        ("update", "lane", ("name",)): "UPDATE lane SET name=:name WHERE lane.id = :key_id",
        ("update", "lane", ("kind",)): "UPDATE lane SET kind=:kind WHERE lane.id = :key_id",
        ("update", "lane", ("persona_id",)): "UPDATE lane SET persona_id=:persona_id "
        "WHERE lane.id = :key_id",
        ("update", "lane", ("channel_id",)): "UPDATE lane SET channel_id=:channel_id "
        "WHERE lane.id = :key_id",
        ("update", "lane", ("position",)): "UPDATE lane SET position=:position WHERE "
        "lane.id = :key_id",
        ("siblings", "lane", 1): "SELECT lane.id, lane.position, lane.map_id FROM "
        "lane WHERE lane.map_id = :g0_map_id ORDER BY "
        "lane.position, lane.id",
        ("siblings", "lane", 2): "SELECT lane.id, lane.position, lane.map_id FROM "
        "lane WHERE lane.map_id = :g0_map_id OR lane.map_id "
        "= :g1_map_id ORDER BY lane.position, lane.id",
        ("update", "lane", ("map_id", "position")): "UPDATE lane SET map_id=:map_id, "
        "position=:position WHERE lane.id "
        "= :key_id",
        ("all", "phase"): "SELECT phase.id, phase.map_id, phase.name, "
        "phase.description, phase.position FROM phase ORDER BY "
        "phase.position, phase.id",
        ("insert", "phase"): "INSERT INTO phase (id, map_id, name, description, "
        "position) VALUES (:id, :map_id, :name, :description, "
        ":position)",
        ("delete", "phase"): "DELETE FROM phase WHERE phase.id = :key_id",
        ("by", "phase", ("id",)): "SELECT phase.id, phase.map_id, phase.name, "
        "phase.description, phase.position FROM phase WHERE "
        "phase.id = :id ORDER BY phase.position, phase.id",
        ("by", "phase", ("map_id",)): "SELECT phase.id, phase.map_id, phase.name, "
        "phase.description, phase.position FROM phase "
        "WHERE phase.map_id = :map_id ORDER BY "
        "phase.position, phase.id",
        ("update", "phase", ("map_id",)): "UPDATE phase SET map_id=:map_id WHERE "
        "phase.id = :key_id",
        ("update", "phase", ("name",)): "UPDATE phase SET name=:name WHERE phase.id = :key_id",
        ("update", "phase", ("description",)): "UPDATE phase SET "
        "description=:description WHERE "
        "phase.id = :key_id",
        ("update", "phase", ("position",)): "UPDATE phase SET position=:position "
        "WHERE phase.id = :key_id",
        ("siblings", "phase", 1): "SELECT phase.id, phase.position, phase.map_id FROM "
        "phase WHERE phase.map_id = :g0_map_id ORDER BY "
        "phase.position, phase.id",
        ("siblings", "phase", 2): "SELECT phase.id, phase.position, phase.map_id FROM "
        "phase WHERE phase.map_id = :g0_map_id OR "
        "phase.map_id = :g1_map_id ORDER BY phase.position, "
        "phase.id",
        ("update", "phase", ("map_id", "position")): "UPDATE phase SET "
        "map_id=:map_id, "
        "position=:position WHERE "
        "phase.id = :key_id",
        ("all", "card"): "SELECT card.id, card.map_id, card.lane_id, card.phase_id, "
        "card.position, card.kind, card.note_type, card.title, "
        "card.description, card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, card.based_on FROM "
        "card ORDER BY card.position, card.id",
        ("insert", "card"): "INSERT INTO card (id, map_id, lane_id, phase_id, "
        "position, kind, note_type, title, description, "
        "channel_id, direct, expectation, owner, kpi, based_on) "
        "VALUES (:id, :map_id, :lane_id, :phase_id, :position, "
        ":kind, :note_type, :title, :description, :channel_id, "
        ":direct, :expectation, :owner, :kpi, :based_on)",
        ("delete", "card"): "DELETE FROM card WHERE card.id = :key_id",
        ("by", "card", ("id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, card.expectation, "
        "card.owner, card.kpi, card.based_on FROM card WHERE "
        "card.id = :id ORDER BY card.position, card.id",
        ("by", "card", ("map_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, card.expectation, "
        "card.owner, card.kpi, card.based_on FROM card "
        "WHERE card.map_id = :map_id ORDER BY "
        "card.position, card.id",
        ("by", "card", ("lane_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on FROM card WHERE card.lane_id = "
        ":lane_id ORDER BY card.position, card.id",
        ("by", "card", ("phase_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on FROM card WHERE card.phase_id = "
        ":phase_id ORDER BY card.position, card.id",
        ("by", "card", ("channel_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, "
        "card.description, card.channel_id, "
        "card.direct, card.expectation, card.owner, "
        "card.kpi, card.based_on FROM card WHERE "
        "card.channel_id = :channel_id ORDER BY "
        "card.position, card.id",
        ("by", "card", ("based_on",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on FROM card WHERE card.based_on = "
        ":based_on ORDER BY card.position, card.id",
        ("update", "card", ("map_id",)): "UPDATE card SET map_id=:map_id WHERE card.id = :key_id",
        ("update", "card", ("lane_id",)): "UPDATE card SET lane_id=:lane_id WHERE "
        "card.id = :key_id",
        ("update", "card", ("phase_id",)): "UPDATE card SET phase_id=:phase_id WHERE "
        "card.id = :key_id",
        ("update", "card", ("position",)): "UPDATE card SET position=:position WHERE "
        "card.id = :key_id",
        ("update", "card", ("kind",)): "UPDATE card SET kind=:kind WHERE card.id = :key_id",
        ("update", "card", ("note_type",)): "UPDATE card SET note_type=:note_type "
        "WHERE card.id = :key_id",
        ("update", "card", ("title",)): "UPDATE card SET title=:title WHERE card.id = :key_id",
        ("update", "card", ("description",)): "UPDATE card SET "
        "description=:description WHERE card.id "
        "= :key_id",
        ("update", "card", ("channel_id",)): "UPDATE card SET channel_id=:channel_id "
        "WHERE card.id = :key_id",
        ("update", "card", ("direct",)): "UPDATE card SET direct=:direct WHERE card.id = :key_id",
        ("update", "card", ("expectation",)): "UPDATE card SET "
        "expectation=:expectation WHERE card.id "
        "= :key_id",
        ("update", "card", ("owner",)): "UPDATE card SET owner=:owner WHERE card.id = :key_id",
        ("update", "card", ("kpi",)): "UPDATE card SET kpi=:kpi WHERE card.id = :key_id",
        ("update", "card", ("based_on",)): "UPDATE card SET based_on=:based_on WHERE "
        "card.id = :key_id",
        ("siblings", "card", 1): "SELECT card.id, card.position, card.lane_id, "
        "card.phase_id FROM card WHERE card.lane_id = "
        ":g0_lane_id AND card.phase_id = :g0_phase_id ORDER "
        "BY card.position, card.id",
        ("siblings", "card", 2): "SELECT card.id, card.position, card.lane_id, "
        "card.phase_id FROM card WHERE card.lane_id = "
        ":g0_lane_id AND card.phase_id = :g0_phase_id OR "
        "card.lane_id = :g1_lane_id AND card.phase_id = "
        ":g1_phase_id ORDER BY card.position, card.id",
        ("update", "card", ("lane_id", "position")): "UPDATE card SET "
        "lane_id=:lane_id, "
        "position=:position WHERE "
        "card.id = :key_id",
        ("update", "card", ("phase_id", "position")): "UPDATE card SET "
        "phase_id=:phase_id, "
        "position=:position WHERE "
        "card.id = :key_id",
        ("update", "card", ("lane_id", "phase_id", "position")): "UPDATE card SET "
        "lane_id=:lane_id, "
        "phase_id=:phase_id, "
        "position=:position "
        "WHERE card.id = "
        ":key_id",
        ("within", "card", ("lane_id",)): "SELECT (SELECT lane.map_id FROM lane WHERE "
        "lane.id = :lane_id) AS anon_1",
        ("within", "card", ("phase_id",)): "SELECT (SELECT phase.map_id FROM phase "
        "WHERE phase.id = :phase_id) AS anon_1",
        ("within", "card", ("lane_id", "phase_id")): "SELECT (SELECT lane.map_id FROM "
        "lane WHERE lane.id = :lane_id) "
        "AS anon_1, (SELECT phase.map_id "
        "FROM phase WHERE phase.id = "
        ":phase_id) AS anon_2",
        ("all", "rating"): "SELECT rating.card_id, rating.participant_id, "
        "rating.experience, rating.importance FROM rating",
        ("insert", "rating"): "INSERT INTO rating (card_id, participant_id, "
        "experience, importance) VALUES (:card_id, "
        ":participant_id, :experience, :importance)",
        ("delete", "rating"): "DELETE FROM rating WHERE rating.card_id = :key_card_id "
        "AND rating.participant_id = :key_participant_id",
        ("by", "rating", ("card_id",)): "SELECT rating.card_id, "
        "rating.participant_id, rating.experience, "
        "rating.importance FROM rating WHERE "
        "rating.card_id = :card_id",
        ("by", "rating", ("participant_id",)): "SELECT rating.card_id, "
        "rating.participant_id, "
        "rating.experience, rating.importance "
        "FROM rating WHERE "
        "rating.participant_id = "
        ":participant_id",
        ("by", "rating", ("card_id", "participant_id")): "SELECT rating.card_id, "
        "rating.participant_id, "
        "rating.experience, "
        "rating.importance FROM "
        "rating WHERE rating.card_id "
        "= :card_id AND "
        "rating.participant_id = "
        ":participant_id",
        ("update", "rating", ("experience",)): "UPDATE rating SET "
        "experience=:experience WHERE "
        "rating.card_id = :key_card_id AND "
        "rating.participant_id = "
        ":key_participant_id",
        ("update", "rating", ("importance",)): "UPDATE rating SET "
        "importance=:importance WHERE "
        "rating.card_id = :key_card_id AND "
        "rating.participant_id = "
        ":key_participant_id",
        ("upsert", "rating"): "INSERT INTO rating (card_id, participant_id, "
        "experience, importance) VALUES (:card_id, "
        ":participant_id, :experience, :importance) ON CONFLICT "
        "(card_id, participant_id) DO UPDATE SET experience = "
        "excluded.experience, importance = excluded.importance",
    },
    "updates": {
        "channel": (
            "UPDATE channel SET ",
            {"name": "name=:name", "icon": "icon=:icon", "position": "position=:position"},
            " WHERE channel.id = :key_id",
        ),
        "map": (
            "UPDATE map SET ",
            {
                "name": "name=:name",
                "kind": "kind=:kind",
                "based_on": "based_on=:based_on",
                "position": "position=:position",
            },
            " WHERE map.id = :key_id",
        ),
        "participant": (
            "UPDATE participant SET ",
            {"name": "name=:name", "position": "position=:position"},
            " WHERE participant.id = :key_id",
        ),
        "persona": (
            "UPDATE persona SET ",
            {
                "name": "name=:name",
                "role": "role=:role",
                "description": "description=:description",
                "goals": "goals=:goals",
                "needs": "needs=:needs",
                "pains": "pains=:pains",
                "quote": "quote=:quote",
                "color": "color=:color",
                "picture": "picture=:picture",
                "position": "position=:position",
            },
            " WHERE persona.id = :key_id",
        ),
        "workshop": (
            "UPDATE workshop SET ",
            {
                "title": "title=:title",
                "language": "language=:language",
                "created": "created=:created",
            },
            " WHERE workshop.id = :key_id",
        ),
        "lane": (
            "UPDATE lane SET ",
            {
                "map_id": "map_id=:map_id",
                "name": "name=:name",
                "kind": "kind=:kind",
                "persona_id": "persona_id=:persona_id",
                "channel_id": "channel_id=:channel_id",
                "position": "position=:position",
            },
            " WHERE lane.id = :key_id",
        ),
        "phase": (
            "UPDATE phase SET ",
            {
                "map_id": "map_id=:map_id",
                "name": "name=:name",
                "description": "description=:description",
                "position": "position=:position",
            },
            " WHERE phase.id = :key_id",
        ),
        "card": (
            "UPDATE card SET ",
            {
                "map_id": "map_id=:map_id",
                "lane_id": "lane_id=:lane_id",
                "phase_id": "phase_id=:phase_id",
                "position": "position=:position",
                "kind": "kind=:kind",
                "note_type": "note_type=:note_type",
                "title": "title=:title",
                "description": "description=:description",
                "channel_id": "channel_id=:channel_id",
                "direct": "direct=:direct",
                "expectation": "expectation=:expectation",
                "owner": "owner=:owner",
                "kpi": "kpi=:kpi",
                "based_on": "based_on=:based_on",
            },
            " WHERE card.id = :key_id",
        ),
        "rating": (
            "UPDATE rating SET ",
            {"experience": "experience=:experience", "importance": "importance=:importance"},
            " WHERE rating.card_id = :key_card_id AND rating.participant_id = :key_participant_id",
        ),
    },
}
