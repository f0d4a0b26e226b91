"""Storage: the data ``storage.catalog`` derives from the SQLModel classes.

Written by ``python -m storage.catalog``; do not edit.
"""

from typing import Any

FINGERPRINT = 16537232
DATA: dict[str, Any] = {
    "tables": {
        "channel": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("icon", "str", False, True, "custom"),
                ("position", "int", False, True, 0),
                ("color", "str", False, True, "#0072B2"),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {"color": ("#[0-9A-Fa-f]{6}", "must be a colour like #3366CC")},
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
        "note_type": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, True, ""),
                ("color", "str", False, True, "#FFF4A8"),
                ("icon", "str", False, True, "custom"),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {"color": ("#[0-9A-Fa-f]{6}", "must be a colour like #3366CC")},
            "siblings": (),
            "id_prefix": "nt-",
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
        "snapshot": {
            "columns": (
                ("id", "str", False, False, None),
                ("name", "str", False, False, None),
                ("taken", "str", False, False, None),
                ("reason", "str", False, True, ""),
                ("contents", "str", False, False, None),
                ("maps", "int", False, True, 0),
                ("touchpoints", "int", False, True, 0),
                ("notes", "int", False, True, 0),
                ("ratings", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (),
            "checks": {},
            "patterns": {},
            "siblings": None,
            "id_prefix": "s-",
        },
        "snapshot_chunk": {
            "columns": (("hash", "str", False, False, None), ("data", "bytes", False, False, None)),
            "key": ("hash",),
            "references": (),
            "checks": {},
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
        },
        "sync_origin": {
            "columns": (
                ("id", "int", False, True, 1),
                ("library", "str", False, False, None),
                ("workshop", "str", False, False, None),
                ("revision", "int", False, False, None),
                ("source", "str", False, False, None),
                ("token", "str", False, False, None),
            ),
            "key": ("id",),
            "references": (),
            "checks": {"single_origin": "sync_origin: a copy has one origin"},
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
        },
        "sync_row": {
            "columns": (
                ("table_name", "str", False, False, None),
                ("row_key", "str", False, False, None),
                ("digests", "str", False, False, None),
            ),
            "key": ("table_name", "row_key"),
            "references": (),
            "checks": {},
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
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
        "action": {
            "columns": (
                ("id", "str", False, False, None),
                ("map_id", "str", False, False, None),
                ("title", "str", False, True, ""),
                ("owner", "str", False, True, ""),
                ("status", "str", False, True, "open"),
                ("due", "str", False, True, ""),
                ("value", "int", False, True, 3),
                ("effort", "int", False, True, 3),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (("map_id", "map", "id", "CASCADE", None),),
            "checks": {
                "action_value": "action.value: must be between 1 and 5",
                "action_effort": "action.effort: must be between 1 and 5",
                "action_status": "action.status: must be open, in-progress, done or dropped",
            },
            "patterns": {},
            "siblings": ("map_id",),
            "id_prefix": "a-",
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
                ("hidden", "bool", False, True, False),
            ),
            "key": ("id",),
            "references": (
                ("map_id", "map", "id", "CASCADE", None),
                ("persona_id", "persona", "id", "CASCADE", None),
                ("channel_id", "channel", "id", "SET NULL", None),
            ),
            "checks": {
                "lane_kind": "lane.kind: must be persona, channel, "
                "notes, evidence, frontstage, backstage "
                "or support",
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
                ("evidence", "str", False, True, "assumption"),
                ("source", "str", False, True, ""),
            ),
            "key": ("id",),
            "references": (
                ("map_id", "map", "id", "CASCADE", None),
                ("lane_id", "lane", "id", "CASCADE", "map_id"),
                ("phase_id", "phase", "id", "CASCADE", "map_id"),
                ("note_type", "note_type", "id", "NO ACTION", None),
                ("channel_id", "channel", "id", "SET NULL", None),
                ("based_on", "card", "id", "SET NULL", None),
            ),
            "checks": {
                "card_evidence": "card.evidence: must be assumption, reported or observed",
                "card_kind": "card.kind: must be touchpoint or note",
                "note_type": "card.note_type: a note needs a type and a touchpoint has none",
            },
            "patterns": {},
            "siblings": ("lane_id", "phase_id"),
            "id_prefix": "c-",
        },
        "action_card": {
            "columns": (
                ("action_id", "str", False, False, None),
                ("card_id", "str", False, False, None),
                ("position", "int", False, True, 0),
            ),
            "key": ("action_id", "card_id"),
            "references": (
                ("action_id", "action", "id", "CASCADE", None),
                ("card_id", "card", "id", "CASCADE", None),
            ),
            "checks": {},
            "patterns": {},
            "siblings": None,
            "id_prefix": None,
        },
        "comment": {
            "columns": (
                ("id", "str", False, False, None),
                ("card_id", "str", False, False, None),
                ("author", "str", False, True, ""),
                ("created", "str", False, True, ""),
                ("text", "str", False, True, ""),
                ("resolved", "bool", False, True, False),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (("card_id", "card", "id", "CASCADE", None),),
            "checks": {},
            "patterns": {},
            "siblings": ("card_id",),
            "id_prefix": "cm-",
        },
        "connection": {
            "columns": (
                ("id", "str", False, False, None),
                ("map_id", "str", False, False, None),
                ("from_card", "str", False, False, None),
                ("to_card", "str", False, False, None),
                ("kind", "str", False, True, "flow"),
                ("label", "str", False, True, ""),
                ("position", "int", False, True, 0),
            ),
            "key": ("id",),
            "references": (
                ("map_id", "map", "id", "CASCADE", None),
                ("from_card", "card", "id", "CASCADE", "map_id"),
                ("to_card", "card", "id", "CASCADE", "map_id"),
            ),
            "checks": {
                "connection_ends": "connection: a card cannot be connected to itself",
                "connection_kind": "connection.kind: must be flow, alternative or return",
            },
            "patterns": {},
            "siblings": ("map_id",),
            "id_prefix": "cn-",
        },
        "measurement": {
            "columns": (
                ("id", "str", False, False, None),
                ("card_id", "str", False, False, None),
                ("metric", "str", False, False, None),
                ("date", "str", False, False, None),
                ("value", "float", False, False, None),
                ("unit", "str", False, True, ""),
                ("target", "float", True, True, None),
            ),
            "key": ("id",),
            "references": (("card_id", "card", "id", "CASCADE", None),),
            "checks": {},
            "patterns": {},
            "siblings": None,
            "id_prefix": "me-",
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
        "card.expectation, card.owner, card.kpi, card.based_on, "
        "card.evidence, card.source FROM card JOIN phase ON phase.id = "
        "card.phase_id JOIN lane ON lane.id = card.lane_id WHERE "
        "card.map_id = :map_id ORDER BY phase.position, lane.position, "
        "card.position",
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
        "'note_type' FROM note_type WHERE note_type.id = :id UNION ALL "
        "SELECT 'participant' FROM participant WHERE participant.id = :id "
        "UNION ALL SELECT 'persona' FROM persona WHERE persona.id = :id "
        "UNION ALL SELECT 'snapshot' FROM snapshot WHERE snapshot.id = "
        ":id UNION ALL SELECT 'action' FROM action WHERE action.id = :id "
        "UNION ALL SELECT 'lane' FROM lane WHERE lane.id = :id UNION ALL "
        "SELECT 'phase' FROM phase WHERE phase.id = :id UNION ALL SELECT "
        "'card' FROM card WHERE card.id = :id UNION ALL SELECT 'comment' "
        "FROM comment WHERE comment.id = :id UNION ALL SELECT "
        "'connection' FROM connection WHERE connection.id = :id UNION ALL "
        "SELECT 'measurement' FROM measurement WHERE measurement.id = :id",
        ("values",): "SELECT EXISTS (SELECT 1 FROM channel WHERE (typeof(channel.id) "
        "NOT IN ('text')) OR (typeof(channel.name) NOT IN ('text')) OR "
        "(typeof(channel.icon) NOT IN ('text')) OR "
        "(typeof(channel.position) NOT IN ('integer')) OR "
        "(typeof(channel.color) NOT IN ('text'))) AS anon_1, (SELECT "
        "CAST(group_concat((((((coalesce(channel.id, '') || char(10)) || "
        "coalesce(channel.name, '')) || char(10)) || "
        "coalesce(channel.icon, '')) || char(10)) || "
        "coalesce(channel.color, ''), char(10)) AS BLOB) AS "
        "group_concat_1 FROM channel) AS anon_2, EXISTS (SELECT 1 FROM "
        "map WHERE (typeof(map.id) NOT IN ('text')) OR (typeof(map.name) "
        "NOT IN ('text')) OR (typeof(map.kind) NOT IN ('text')) OR "
        "(typeof(map.based_on) NOT IN ('text', 'null')) OR "
        "(typeof(map.position) NOT IN ('integer'))) AS anon_3, (SELECT "
        "CAST(group_concat((((coalesce(map.id, '') || char(10)) || "
        "coalesce(map.name, '')) || char(10)) || coalesce(map.kind, ''), "
        "char(10)) AS BLOB) AS group_concat_2 FROM map) AS anon_4, "
        "EXISTS (SELECT 1 FROM note_type WHERE (typeof(note_type.id) NOT "
        "IN ('text')) OR (typeof(note_type.name) NOT IN ('text')) OR "
        "(typeof(note_type.color) NOT IN ('text')) OR "
        "(typeof(note_type.icon) NOT IN ('text')) OR "
        "(typeof(note_type.position) NOT IN ('integer'))) AS anon_5, "
        "(SELECT CAST(group_concat((((((coalesce(note_type.id, '') || "
        "char(10)) || coalesce(note_type.name, '')) || char(10)) || "
        "coalesce(note_type.color, '')) || char(10)) || "
        "coalesce(note_type.icon, ''), char(10)) AS BLOB) AS "
        "group_concat_3 FROM note_type) AS anon_6, EXISTS (SELECT 1 FROM "
        "participant WHERE (typeof(participant.id) NOT IN ('text')) OR "
        "(typeof(participant.name) NOT IN ('text')) OR "
        "(typeof(participant.position) NOT IN ('integer'))) AS anon_7, "
        "(SELECT CAST(group_concat((coalesce(participant.id, '') || "
        "char(10)) || coalesce(participant.name, ''), char(10)) AS BLOB) "
        "AS group_concat_4 FROM participant) AS anon_8, EXISTS (SELECT 1 "
        "FROM persona WHERE (typeof(persona.id) NOT IN ('text')) OR "
        "(typeof(persona.name) NOT IN ('text')) OR (typeof(persona.role) "
        "NOT IN ('text')) OR (typeof(persona.description) NOT IN "
        "('text')) OR (typeof(persona.goals) NOT IN ('text')) OR "
        "(typeof(persona.needs) NOT IN ('text')) OR "
        "(typeof(persona.pains) NOT IN ('text')) OR "
        "(typeof(persona.quote) NOT IN ('text')) OR "
        "(typeof(persona.color) NOT IN ('text')) OR "
        "(typeof(persona.picture) NOT IN ('blob', 'null')) OR "
        "(typeof(persona.position) NOT IN ('integer'))) AS anon_9, "
        "(SELECT CAST(group_concat((((((((((((((((coalesce(persona.id, "
        "'') || char(10)) || coalesce(persona.name, '')) || char(10)) || "
        "coalesce(persona.role, '')) || char(10)) || "
        "coalesce(persona.description, '')) || char(10)) || "
        "coalesce(persona.goals, '')) || char(10)) || "
        "coalesce(persona.needs, '')) || char(10)) || "
        "coalesce(persona.pains, '')) || char(10)) || "
        "coalesce(persona.quote, '')) || char(10)) || "
        "coalesce(persona.color, ''), char(10)) AS BLOB) AS "
        "group_concat_5 FROM persona) AS anon_10, EXISTS (SELECT 1 FROM "
        "snapshot WHERE (typeof(snapshot.id) NOT IN ('text')) OR "
        "(typeof(snapshot.name) NOT IN ('text')) OR "
        "(typeof(snapshot.taken) NOT IN ('text')) OR "
        "(typeof(snapshot.reason) NOT IN ('text')) OR "
        "(typeof(snapshot.contents) NOT IN ('text')) OR "
        "(typeof(snapshot.maps) NOT IN ('integer')) OR "
        "(typeof(snapshot.touchpoints) NOT IN ('integer')) OR "
        "(typeof(snapshot.notes) NOT IN ('integer')) OR "
        "(typeof(snapshot.ratings) NOT IN ('integer'))) AS anon_11, "
        "(SELECT CAST(group_concat((((((((coalesce(snapshot.id, '') || "
        "char(10)) || coalesce(snapshot.name, '')) || char(10)) || "
        "coalesce(snapshot.taken, '')) || char(10)) || "
        "coalesce(snapshot.reason, '')) || char(10)) || "
        "coalesce(snapshot.contents, ''), char(10)) AS BLOB) AS "
        "group_concat_6 FROM snapshot) AS anon_12, EXISTS (SELECT 1 FROM "
        "snapshot_chunk WHERE (typeof(snapshot_chunk.hash) NOT IN "
        "('text')) OR (typeof(snapshot_chunk.data) NOT IN ('blob'))) AS "
        "anon_13, (SELECT "
        "CAST(group_concat(coalesce(snapshot_chunk.hash, ''), char(10)) "
        "AS BLOB) AS group_concat_7 FROM snapshot_chunk) AS anon_14, "
        "EXISTS (SELECT 1 FROM sync_origin WHERE (typeof(sync_origin.id) "
        "NOT IN ('integer')) OR (typeof(sync_origin.library) NOT IN "
        "('text')) OR (typeof(sync_origin.workshop) NOT IN ('text')) OR "
        "(typeof(sync_origin.revision) NOT IN ('integer')) OR "
        "(typeof(sync_origin.source) NOT IN ('text')) OR "
        "(typeof(sync_origin.token) NOT IN ('text'))) AS anon_15, "
        "(SELECT CAST(group_concat((((((coalesce(sync_origin.library, "
        "'') || char(10)) || coalesce(sync_origin.workshop, '')) || "
        "char(10)) || coalesce(sync_origin.source, '')) || char(10)) || "
        "coalesce(sync_origin.token, ''), char(10)) AS BLOB) AS "
        "group_concat_8 FROM sync_origin) AS anon_16, EXISTS (SELECT 1 "
        "FROM sync_row WHERE (typeof(sync_row.table_name) NOT IN "
        "('text')) OR (typeof(sync_row.row_key) NOT IN ('text')) OR "
        "(typeof(sync_row.digests) NOT IN ('text'))) AS anon_17, (SELECT "
        "CAST(group_concat((((coalesce(sync_row.table_name, '') || "
        "char(10)) || coalesce(sync_row.row_key, '')) || char(10)) || "
        "coalesce(sync_row.digests, ''), char(10)) AS BLOB) AS "
        "group_concat_9 FROM sync_row) AS anon_18, EXISTS (SELECT 1 FROM "
        "workshop WHERE (typeof(workshop.id) NOT IN ('integer')) OR "
        "(typeof(workshop.title) NOT IN ('text')) OR "
        "(typeof(workshop.language) NOT IN ('text')) OR "
        "(typeof(workshop.created) NOT IN ('text'))) AS anon_19, (SELECT "
        "CAST(group_concat((((coalesce(workshop.title, '') || char(10)) "
        "|| coalesce(workshop.language, '')) || char(10)) || "
        "coalesce(workshop.created, ''), char(10)) AS BLOB) AS "
        "group_concat_10 FROM workshop) AS anon_20, EXISTS (SELECT 1 "
        "FROM action WHERE (typeof(action.id) NOT IN ('text')) OR "
        "(typeof(action.map_id) NOT IN ('text')) OR "
        "(typeof(action.title) NOT IN ('text')) OR (typeof(action.owner) "
        "NOT IN ('text')) OR (typeof(action.status) NOT IN ('text')) OR "
        "(typeof(action.due) NOT IN ('text')) OR (typeof(action.value) "
        "NOT IN ('integer')) OR (typeof(action.effort) NOT IN "
        "('integer')) OR (typeof(action.position) NOT IN ('integer'))) "
        "AS anon_21, (SELECT "
        "CAST(group_concat((((((((coalesce(action.id, '') || char(10)) "
        "|| coalesce(action.title, '')) || char(10)) || "
        "coalesce(action.owner, '')) || char(10)) || "
        "coalesce(action.status, '')) || char(10)) || "
        "coalesce(action.due, ''), char(10)) AS BLOB) AS group_concat_11 "
        "FROM action) AS anon_22, EXISTS (SELECT 1 FROM lane WHERE "
        "(typeof(lane.id) NOT IN ('text')) OR (typeof(lane.map_id) NOT "
        "IN ('text')) OR (typeof(lane.name) NOT IN ('text')) OR "
        "(typeof(lane.kind) NOT IN ('text')) OR (typeof(lane.persona_id) "
        "NOT IN ('text', 'null')) OR (typeof(lane.channel_id) NOT IN "
        "('text', 'null')) OR (typeof(lane.position) NOT IN ('integer')) "
        "OR (typeof(lane.hidden) NOT IN ('integer'))) AS anon_23, "
        "(SELECT CAST(group_concat((((coalesce(lane.id, '') || char(10)) "
        "|| coalesce(lane.name, '')) || char(10)) || coalesce(lane.kind, "
        "''), char(10)) AS BLOB) AS group_concat_12 FROM lane) AS "
        "anon_24, EXISTS (SELECT 1 FROM phase WHERE (typeof(phase.id) "
        "NOT IN ('text')) OR (typeof(phase.map_id) NOT IN ('text')) OR "
        "(typeof(phase.name) NOT IN ('text')) OR "
        "(typeof(phase.description) NOT IN ('text')) OR "
        "(typeof(phase.position) NOT IN ('integer'))) AS anon_25, "
        "(SELECT CAST(group_concat((((coalesce(phase.id, '') || "
        "char(10)) || coalesce(phase.name, '')) || char(10)) || "
        "coalesce(phase.description, ''), char(10)) AS BLOB) AS "
        "group_concat_13 FROM phase) AS anon_26, EXISTS (SELECT 1 FROM "
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
        "IN ('text')) OR (typeof(card.based_on) NOT IN ('text', 'null')) "
        "OR (typeof(card.evidence) NOT IN ('text')) OR "
        "(typeof(card.source) NOT IN ('text'))) AS anon_27, (SELECT "
        "CAST(group_concat((((((((((((((((coalesce(card.id, '') || "
        "char(10)) || coalesce(card.kind, '')) || char(10)) || "
        "coalesce(card.title, '')) || char(10)) || "
        "coalesce(card.description, '')) || char(10)) || "
        "coalesce(card.expectation, '')) || char(10)) || "
        "coalesce(card.owner, '')) || char(10)) || coalesce(card.kpi, "
        "'')) || char(10)) || coalesce(card.evidence, '')) || char(10)) "
        "|| coalesce(card.source, ''), char(10)) AS BLOB) AS "
        "group_concat_14 FROM card) AS anon_28, EXISTS (SELECT 1 FROM "
        "action_card WHERE (typeof(action_card.action_id) NOT IN "
        "('text')) OR (typeof(action_card.card_id) NOT IN ('text')) OR "
        "(typeof(action_card.position) NOT IN ('integer'))) AS anon_29, "
        "NULL, EXISTS (SELECT 1 FROM comment WHERE (typeof(comment.id) "
        "NOT IN ('text')) OR (typeof(comment.card_id) NOT IN ('text')) "
        "OR (typeof(comment.author) NOT IN ('text')) OR "
        "(typeof(comment.created) NOT IN ('text')) OR "
        "(typeof(comment.text) NOT IN ('text')) OR "
        "(typeof(comment.resolved) NOT IN ('integer')) OR "
        "(typeof(comment.position) NOT IN ('integer'))) AS anon_30, "
        "(SELECT CAST(group_concat((((((coalesce(comment.id, '') || "
        "char(10)) || coalesce(comment.author, '')) || char(10)) || "
        "coalesce(comment.created, '')) || char(10)) || "
        "coalesce(comment.text, ''), char(10)) AS BLOB) AS "
        "group_concat_15 FROM comment) AS anon_31, EXISTS (SELECT 1 FROM "
        "connection WHERE (typeof(connection.id) NOT IN ('text')) OR "
        "(typeof(connection.map_id) NOT IN ('text')) OR "
        "(typeof(connection.from_card) NOT IN ('text')) OR "
        "(typeof(connection.to_card) NOT IN ('text')) OR "
        "(typeof(connection.kind) NOT IN ('text')) OR "
        "(typeof(connection.label) NOT IN ('text')) OR "
        "(typeof(connection.position) NOT IN ('integer'))) AS anon_32, "
        "(SELECT CAST(group_concat((((coalesce(connection.id, '') || "
        "char(10)) || coalesce(connection.kind, '')) || char(10)) || "
        "coalesce(connection.label, ''), char(10)) AS BLOB) AS "
        "group_concat_16 FROM connection) AS anon_33, EXISTS (SELECT 1 "
        "FROM measurement WHERE (typeof(measurement.id) NOT IN ('text')) "
        "OR (typeof(measurement.card_id) NOT IN ('text')) OR "
        "(typeof(measurement.metric) NOT IN ('text')) OR "
        "(typeof(measurement.date) NOT IN ('text')) OR "
        "(typeof(measurement.value) NOT IN ('real')) OR "
        "(typeof(measurement.unit) NOT IN ('text')) OR "
        "(typeof(measurement.target) NOT IN ('real', 'null'))) AS "
        "anon_34, (SELECT "
        "CAST(group_concat((((((coalesce(measurement.id, '') || "
        "char(10)) || coalesce(measurement.metric, '')) || char(10)) || "
        "coalesce(measurement.date, '')) || char(10)) || "
        "coalesce(measurement.unit, ''), char(10)) AS BLOB) AS "
        "group_concat_17 FROM measurement) AS anon_35, EXISTS (SELECT 1 "
        "FROM rating WHERE (typeof(rating.card_id) NOT IN ('text')) OR "
        "(typeof(rating.participant_id) NOT IN ('text')) OR "
        "(typeof(rating.experience) NOT IN ('integer')) OR "
        "(typeof(rating.importance) NOT IN ('integer'))) AS anon_36, "
        "NULL",
        ("all", "channel"): "SELECT channel.id, channel.name, channel.icon, "
        "channel.position, channel.color FROM channel ORDER BY "
        "channel.position, channel.id",
        ("insert", "channel"): "INSERT INTO channel (id, name, icon, position, color) "
        "VALUES (:id, :name, :icon, :position, :color)",
        ("delete", "channel"): "DELETE FROM channel WHERE channel.id = :key_id",
        ("by", "channel", ("id",)): "SELECT channel.id, channel.name, channel.icon, "
        "channel.position, channel.color FROM channel "
        "WHERE channel.id = :id ORDER BY "
        "channel.position, channel.id",
        ("update", "channel", ("name",)): "UPDATE channel SET name=:name WHERE "
        "channel.id = :key_id",
        ("update", "channel", ("icon",)): "UPDATE channel SET icon=:icon WHERE "
        "channel.id = :key_id",
        ("update", "channel", ("position",)): "UPDATE channel SET position=:position "
        "WHERE channel.id = :key_id",
        ("update", "channel", ("color",)): "UPDATE channel SET color=:color WHERE "
        "channel.id = :key_id",
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
        ("all", "note_type"): "SELECT note_type.id, note_type.name, note_type.color, "
        "note_type.icon, note_type.position FROM note_type "
        "ORDER BY note_type.position, note_type.id",
        ("insert", "note_type"): "INSERT INTO note_type (id, name, color, icon, "
        "position) VALUES (:id, :name, :color, :icon, "
        ":position)",
        ("delete", "note_type"): "DELETE FROM note_type WHERE note_type.id = :key_id",
        ("by", "note_type", ("id",)): "SELECT note_type.id, note_type.name, "
        "note_type.color, note_type.icon, "
        "note_type.position FROM note_type WHERE "
        "note_type.id = :id ORDER BY "
        "note_type.position, note_type.id",
        ("update", "note_type", ("name",)): "UPDATE note_type SET name=:name WHERE "
        "note_type.id = :key_id",
        ("update", "note_type", ("color",)): "UPDATE note_type SET color=:color WHERE "
        "note_type.id = :key_id",
        ("update", "note_type", ("icon",)): "UPDATE note_type SET icon=:icon WHERE "
        "note_type.id = :key_id",
        ("update", "note_type", ("position",)): "UPDATE note_type SET "
        "position=:position WHERE "
        "note_type.id = :key_id",
        ("siblings", "note_type", 1): "SELECT note_type.id, note_type.position FROM "
        "note_type ORDER BY note_type.position, "
        "note_type.id",
        ("siblings", "note_type", 2): "SELECT note_type.id, note_type.position FROM "
        "note_type ORDER BY note_type.position, "
        "note_type.id",
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
        ("all", "snapshot"): "SELECT snapshot.id, snapshot.name, snapshot.taken, "
        "snapshot.reason, snapshot.contents, snapshot.maps, "
        "snapshot.touchpoints, snapshot.notes, snapshot.ratings "
        "FROM snapshot",
        ("insert", "snapshot"): "INSERT INTO snapshot (id, name, taken, reason, "
        "contents, maps, touchpoints, notes, ratings) VALUES "
        "(:id, :name, :taken, :reason, :contents, :maps, "
        ":touchpoints, :notes, :ratings)",
        ("delete", "snapshot"): "DELETE FROM snapshot WHERE snapshot.id = :key_id",
        ("by", "snapshot", ("id",)): "SELECT snapshot.id, snapshot.name, "
        "snapshot.taken, snapshot.reason, "
        "snapshot.contents, snapshot.maps, "
        "snapshot.touchpoints, snapshot.notes, "
        "snapshot.ratings FROM snapshot WHERE "
        "snapshot.id = :id",
        ("update", "snapshot", ("name",)): "UPDATE snapshot SET name=:name WHERE "
        "snapshot.id = :key_id",
        ("update", "snapshot", ("taken",)): "UPDATE snapshot SET taken=:taken WHERE "
        "snapshot.id = :key_id",
        ("update", "snapshot", ("reason",)): "UPDATE snapshot SET reason=:reason "
        "WHERE snapshot.id = :key_id",
        ("update", "snapshot", ("contents",)): "UPDATE snapshot SET "
        "contents=:contents WHERE snapshot.id "
        "= :key_id",
        ("update", "snapshot", ("maps",)): "UPDATE snapshot SET maps=:maps WHERE "
        "snapshot.id = :key_id",
        ("update", "snapshot", ("touchpoints",)): "UPDATE snapshot SET "
        "touchpoints=:touchpoints WHERE "
        "snapshot.id = :key_id",
        ("update", "snapshot", ("notes",)): "UPDATE snapshot SET notes=:notes WHERE "
        "snapshot.id = :key_id",
        ("update", "snapshot", ("ratings",)): "UPDATE snapshot SET ratings=:ratings "
        "WHERE snapshot.id = :key_id",
        ("all", "snapshot_chunk"): "SELECT snapshot_chunk.hash, snapshot_chunk.data "
        "FROM snapshot_chunk",
        ("insert", "snapshot_chunk"): "INSERT INTO snapshot_chunk (hash, data) VALUES "
        "(:hash, :data)",
        ("delete", "snapshot_chunk"): "DELETE FROM snapshot_chunk WHERE "
        "snapshot_chunk.hash = :key_hash",
        ("by", "snapshot_chunk", ("hash",)): "SELECT snapshot_chunk.hash, "
        "snapshot_chunk.data FROM snapshot_chunk "
        "WHERE snapshot_chunk.hash = :hash",
        ("update", "snapshot_chunk", ("data",)): "UPDATE snapshot_chunk SET "
        "data=:data WHERE "
        "snapshot_chunk.hash = :key_hash",
        ("all", "sync_origin"): "SELECT sync_origin.id, sync_origin.library, "
        "sync_origin.workshop, sync_origin.revision, "
        "sync_origin.source, sync_origin.token FROM "
        "sync_origin",
        ("insert", "sync_origin"): "INSERT INTO sync_origin (id, library, workshop, "
        "revision, source, token) VALUES (:id, :library, "
        ":workshop, :revision, :source, :token)",
        ("delete", "sync_origin"): "DELETE FROM sync_origin WHERE sync_origin.id = :key_id",
        ("by", "sync_origin", ("id",)): "SELECT sync_origin.id, sync_origin.library, "
        "sync_origin.workshop, sync_origin.revision, "
        "sync_origin.source, sync_origin.token FROM "
        "sync_origin WHERE sync_origin.id = :id",
        ("update", "sync_origin", ("library",)): "UPDATE sync_origin SET "
        "library=:library WHERE "
        "sync_origin.id = :key_id",
        ("update", "sync_origin", ("workshop",)): "UPDATE sync_origin SET "
        "workshop=:workshop WHERE "
        "sync_origin.id = :key_id",
        ("update", "sync_origin", ("revision",)): "UPDATE sync_origin SET "
        "revision=:revision WHERE "
        "sync_origin.id = :key_id",
        ("update", "sync_origin", ("source",)): "UPDATE sync_origin SET "
        "source=:source WHERE sync_origin.id "
        "= :key_id",
        ("update", "sync_origin", ("token",)): "UPDATE sync_origin SET token=:token "
        "WHERE sync_origin.id = :key_id",
        ("all", "sync_row"): "SELECT sync_row.table_name, sync_row.row_key, "
        "sync_row.digests FROM sync_row",
        ("insert", "sync_row"): "INSERT INTO sync_row (table_name, row_key, digests) "
        "VALUES (:table_name, :row_key, :digests)",
        ("delete", "sync_row"): "DELETE FROM sync_row WHERE sync_row.table_name = "
        ":key_table_name AND sync_row.row_key = :key_row_key",
        ("by", "sync_row", ("table_name",)): "SELECT sync_row.table_name, "
        "sync_row.row_key, sync_row.digests FROM "
        "sync_row WHERE sync_row.table_name = "
        ":table_name",
        ("by", "sync_row", ("row_key",)): "SELECT sync_row.table_name, "
        "sync_row.row_key, sync_row.digests FROM "
        "sync_row WHERE sync_row.row_key = :row_key",
        ("by", "sync_row", ("table_name", "row_key")): "SELECT sync_row.table_name, "
        "sync_row.row_key, "
        "sync_row.digests FROM "
        "sync_row WHERE "
        "sync_row.table_name = "
        ":table_name AND "
        "sync_row.row_key = :row_key",
        ("update", "sync_row", ("digests",)): "UPDATE sync_row SET digests=:digests "
        "WHERE sync_row.table_name = "
        ":key_table_name AND sync_row.row_key = "
        ":key_row_key",
        ("upsert", "sync_row"): "INSERT INTO sync_row (table_name, row_key, digests) "
        "VALUES (:table_name, :row_key, :digests) ON CONFLICT "
        "(table_name, row_key) DO UPDATE SET digests = "
        "excluded.digests",
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
        ("all", "action"): "SELECT action.id, action.map_id, action.title, "
        "action.owner, action.status, action.due, action.value, "
        "action.effort, action.position FROM action ORDER BY "
        "action.position, action.id",
        ("insert", "action"): "INSERT INTO action (id, map_id, title, owner, status, "
        "due, value, effort, position) VALUES (:id, :map_id, "
        ":title, :owner, :status, :due, :value, :effort, "
        ":position)",
        ("delete", "action"): "DELETE FROM action WHERE action.id = :key_id",
        ("by", "action", ("id",)): "SELECT action.id, action.map_id, action.title, "
        "action.owner, action.status, action.due, "
        "action.value, action.effort, action.position FROM "
        "action WHERE action.id = :id ORDER BY "
        "action.position, action.id",
        ("by", "action", ("map_id",)): "SELECT action.id, action.map_id, "
        "action.title, action.owner, action.status, "
        "action.due, action.value, action.effort, "
        "action.position FROM action WHERE "
        "action.map_id = :map_id ORDER BY "
        "action.position, action.id",
        ("update", "action", ("map_id",)): "UPDATE action SET map_id=:map_id WHERE "
        "action.id = :key_id",
        ("update", "action", ("title",)): "UPDATE action SET title=:title WHERE "
        "action.id = :key_id",
        ("update", "action", ("owner",)): "UPDATE action SET owner=:owner WHERE "
        "action.id = :key_id",
        ("update", "action", ("status",)): "UPDATE action SET status=:status WHERE "
        "action.id = :key_id",
        ("update", "action", ("due",)): "UPDATE action SET due=:due WHERE action.id = :key_id",
        ("update", "action", ("value",)): "UPDATE action SET value=:value WHERE "
        "action.id = :key_id",
        ("update", "action", ("effort",)): "UPDATE action SET effort=:effort WHERE "
        "action.id = :key_id",
        ("update", "action", ("position",)): "UPDATE action SET position=:position "
        "WHERE action.id = :key_id",
        ("siblings", "action", 1): "SELECT action.id, action.position, action.map_id "
        "FROM action WHERE action.map_id = :g0_map_id "
        "ORDER BY action.position, action.id",
        ("siblings", "action", 2): "SELECT action.id, action.position, action.map_id "
        "FROM action WHERE action.map_id = :g0_map_id OR "
        "action.map_id = :g1_map_id ORDER BY "
        "action.position, action.id",
        ("update", "action", ("map_id", "position")): "UPDATE action SET "
        "map_id=:map_id, "
        "position=:position WHERE "
        "action.id = :key_id",
        ("all", "lane"): "SELECT lane.id, lane.map_id, lane.name, lane.kind, "
        "lane.persona_id, lane.channel_id, lane.position, "
        "lane.hidden FROM lane ORDER BY lane.position, lane.id",
        ("insert", "lane"): "INSERT INTO lane (id, map_id, name, kind, persona_id, "
        "channel_id, position, hidden) VALUES (:id, :map_id, "
        ":name, :kind, :persona_id, :channel_id, :position, "
        ":hidden)",
        ("delete", "lane"): "DELETE FROM lane WHERE lane.id = :key_id",
        ("by", "lane", ("id",)): "SELECT lane.id, lane.map_id, lane.name, lane.kind, "
        "lane.persona_id, lane.channel_id, lane.position, "
        "lane.hidden FROM lane WHERE lane.id = :id ORDER BY "
        "lane.position, lane.id",
        ("by", "lane", ("map_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, lane.channel_id, "
        "lane.position, lane.hidden FROM lane WHERE "
        "lane.map_id = :map_id ORDER BY lane.position, "
        "lane.id",
        ("by", "lane", ("persona_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, "
        "lane.channel_id, lane.position, lane.hidden "
        "FROM lane WHERE lane.persona_id = "
        ":persona_id ORDER BY lane.position, lane.id",
        ("by", "lane", ("channel_id",)): "SELECT lane.id, lane.map_id, lane.name, "
        "lane.kind, lane.persona_id, "
        "lane.channel_id, lane.position, lane.hidden "
        "FROM lane WHERE lane.channel_id = "
        ":channel_id ORDER BY lane.position, lane.id",
        ("update", "lane", ("map_id",)): "UPDATE lane SET map_id=:map_id WHERE lane.id = :key_id",
        ("update", "lane", ("name",)): "UPDATE lane SET name=:name WHERE lane.id = :key_id",
        ("update", "lane", ("kind",)): "UPDATE lane SET kind=:kind WHERE lane.id = :key_id",
        ("update", "lane", ("persona_id",)): "UPDATE lane SET persona_id=:persona_id "
        "WHERE lane.id = :key_id",
        ("update", "lane", ("channel_id",)): "UPDATE lane SET channel_id=:channel_id "
        "WHERE lane.id = :key_id",
        ("update", "lane", ("position",)): "UPDATE lane SET position=:position WHERE "
        "lane.id = :key_id",
        ("update", "lane", ("hidden",)): "UPDATE lane SET hidden=:hidden WHERE lane.id = :key_id",
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
        "card.expectation, card.owner, card.kpi, card.based_on, "
        "card.evidence, card.source FROM card ORDER BY "
        "card.position, card.id",
        ("insert", "card"): "INSERT INTO card (id, map_id, lane_id, phase_id, "
        "position, kind, note_type, title, description, "
        "channel_id, direct, expectation, owner, kpi, based_on, "
        "evidence, source) VALUES (:id, :map_id, :lane_id, "
        ":phase_id, :position, :kind, :note_type, :title, "
        ":description, :channel_id, :direct, :expectation, "
        ":owner, :kpi, :based_on, :evidence, :source)",
        ("delete", "card"): "DELETE FROM card WHERE card.id = :key_id",
        ("by", "card", ("id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, card.expectation, "
        "card.owner, card.kpi, card.based_on, card.evidence, "
        "card.source FROM card WHERE card.id = :id ORDER BY "
        "card.position, card.id",
        ("by", "card", ("map_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, card.expectation, "
        "card.owner, card.kpi, card.based_on, "
        "card.evidence, card.source FROM card WHERE "
        "card.map_id = :map_id ORDER BY card.position, "
        "card.id",
        ("by", "card", ("lane_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on, card.evidence, card.source FROM "
        "card WHERE card.lane_id = :lane_id ORDER BY "
        "card.position, card.id",
        ("by", "card", ("phase_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on, card.evidence, card.source "
        "FROM card WHERE card.phase_id = :phase_id "
        "ORDER BY card.position, card.id",
        ("by", "card", ("note_type",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, "
        "card.description, card.channel_id, "
        "card.direct, card.expectation, card.owner, "
        "card.kpi, card.based_on, card.evidence, "
        "card.source FROM card WHERE card.note_type = "
        ":note_type ORDER BY card.position, card.id",
        ("by", "card", ("channel_id",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, "
        "card.description, card.channel_id, "
        "card.direct, card.expectation, card.owner, "
        "card.kpi, card.based_on, card.evidence, "
        "card.source FROM card WHERE card.channel_id "
        "= :channel_id ORDER BY card.position, "
        "card.id",
        ("by", "card", ("based_on",)): "SELECT card.id, card.map_id, card.lane_id, "
        "card.phase_id, card.position, card.kind, "
        "card.note_type, card.title, card.description, "
        "card.channel_id, card.direct, "
        "card.expectation, card.owner, card.kpi, "
        "card.based_on, card.evidence, card.source "
        "FROM card WHERE card.based_on = :based_on "
        "ORDER BY card.position, card.id",
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
        ("update", "card", ("evidence",)): "UPDATE card SET evidence=:evidence WHERE "
        "card.id = :key_id",
        ("update", "card", ("source",)): "UPDATE card SET source=:source WHERE card.id = :key_id",
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
        ("all", "action_card"): "SELECT action_card.action_id, action_card.card_id, "
        "action_card.position FROM action_card ORDER BY "
        "action_card.position, action_card.action_id, "
        "action_card.card_id",
        ("insert", "action_card"): "INSERT INTO action_card (action_id, card_id, "
        "position) VALUES (:action_id, :card_id, "
        ":position)",
        ("delete", "action_card"): "DELETE FROM action_card WHERE "
        "action_card.action_id = :key_action_id AND "
        "action_card.card_id = :key_card_id",
        ("by", "action_card", ("action_id",)): "SELECT action_card.action_id, "
        "action_card.card_id, "
        "action_card.position FROM action_card "
        "WHERE action_card.action_id = "
        ":action_id ORDER BY "
        "action_card.position, "
        "action_card.action_id, "
        "action_card.card_id",
        ("by", "action_card", ("card_id",)): "SELECT action_card.action_id, "
        "action_card.card_id, "
        "action_card.position FROM action_card "
        "WHERE action_card.card_id = :card_id "
        "ORDER BY action_card.position, "
        "action_card.action_id, "
        "action_card.card_id",
        ("by", "action_card", ("action_id", "card_id")): "SELECT "
        "action_card.action_id, "
        "action_card.card_id, "
        "action_card.position FROM "
        "action_card WHERE "
        "action_card.action_id = "
        ":action_id AND "
        "action_card.card_id = "
        ":card_id ORDER BY "
        "action_card.position, "
        "action_card.action_id, "
        "action_card.card_id",
        ("update", "action_card", ("position",)): "UPDATE action_card SET "
        "position=:position WHERE "
        "action_card.action_id = "
        ":key_action_id AND "
        "action_card.card_id = :key_card_id",
        ("upsert", "action_card"): "INSERT INTO action_card (action_id, card_id, "
        "position) VALUES (:action_id, :card_id, "
        ":position) ON CONFLICT (action_id, card_id) DO "
        "UPDATE SET position = excluded.position",
        ("all", "comment"): "SELECT comment.id, comment.card_id, comment.author, "
        "comment.created, comment.text, comment.resolved, "
        "comment.position FROM comment ORDER BY comment.position, "
        "comment.id",
        ("insert", "comment"): "INSERT INTO comment (id, card_id, author, created, "
        "text, resolved, position) VALUES (:id, :card_id, "
        ":author, :created, :text, :resolved, :position)",
        ("delete", "comment"): "DELETE FROM comment WHERE comment.id = :key_id",
        ("by", "comment", ("id",)): "SELECT comment.id, comment.card_id, "
        "comment.author, comment.created, comment.text, "
        "comment.resolved, comment.position FROM comment "
        "WHERE comment.id = :id ORDER BY "
        "comment.position, comment.id",
        ("by", "comment", ("card_id",)): "SELECT comment.id, comment.card_id, "
        "comment.author, comment.created, "
        "comment.text, comment.resolved, "
        "comment.position FROM comment WHERE "
        "comment.card_id = :card_id ORDER BY "
        "comment.position, comment.id",
        ("update", "comment", ("card_id",)): "UPDATE comment SET card_id=:card_id "
        "WHERE comment.id = :key_id",
        ("update", "comment", ("author",)): "UPDATE comment SET author=:author WHERE "
        "comment.id = :key_id",
        ("update", "comment", ("created",)): "UPDATE comment SET created=:created "
        "WHERE comment.id = :key_id",
        ("update", "comment", ("text",)): "UPDATE comment SET text=:text WHERE "
        "comment.id = :key_id",
        ("update", "comment", ("resolved",)): "UPDATE comment SET resolved=:resolved "
        "WHERE comment.id = :key_id",
        ("update", "comment", ("position",)): "UPDATE comment SET position=:position "
        "WHERE comment.id = :key_id",
        ("siblings", "comment", 1): "SELECT comment.id, comment.position, "
        "comment.card_id FROM comment WHERE "
        "comment.card_id = :g0_card_id ORDER BY "
        "comment.position, comment.id",
        ("siblings", "comment", 2): "SELECT comment.id, comment.position, "
        "comment.card_id FROM comment WHERE "
        "comment.card_id = :g0_card_id OR comment.card_id "
        "= :g1_card_id ORDER BY comment.position, "
        "comment.id",
        ("update", "comment", ("card_id", "position")): "UPDATE comment SET "
        "card_id=:card_id, "
        "position=:position WHERE "
        "comment.id = :key_id",
        ("all", "connection"): "SELECT connection.id, connection.map_id, "
        "connection.from_card, connection.to_card, "
        "connection.kind, connection.label, "
        "connection.position FROM connection ORDER BY "
        "connection.position, connection.id",
        ("insert", "connection"): "INSERT INTO connection (id, map_id, from_card, "
        "to_card, kind, label, position) VALUES (:id, "
        ":map_id, :from_card, :to_card, :kind, :label, "
        ":position)",
        ("delete", "connection"): "DELETE FROM connection WHERE connection.id = :key_id",
        ("by", "connection", ("id",)): "SELECT connection.id, connection.map_id, "
        "connection.from_card, connection.to_card, "
        "connection.kind, connection.label, "
        "connection.position FROM connection WHERE "
        "connection.id = :id ORDER BY "
        "connection.position, connection.id",
        ("by", "connection", ("map_id",)): "SELECT connection.id, connection.map_id, "
        "connection.from_card, connection.to_card, "
        "connection.kind, connection.label, "
        "connection.position FROM connection WHERE "
        "connection.map_id = :map_id ORDER BY "
        "connection.position, connection.id",
        ("by", "connection", ("from_card",)): "SELECT connection.id, "
        "connection.map_id, "
        "connection.from_card, "
        "connection.to_card, connection.kind, "
        "connection.label, connection.position "
        "FROM connection WHERE "
        "connection.from_card = :from_card "
        "ORDER BY connection.position, "
        "connection.id",
        ("by", "connection", ("to_card",)): "SELECT connection.id, connection.map_id, "
        "connection.from_card, "
        "connection.to_card, connection.kind, "
        "connection.label, connection.position "
        "FROM connection WHERE connection.to_card "
        "= :to_card ORDER BY connection.position, "
        "connection.id",
        ("update", "connection", ("map_id",)): "UPDATE connection SET map_id=:map_id "
        "WHERE connection.id = :key_id",
        ("update", "connection", ("from_card",)): "UPDATE connection SET "
        "from_card=:from_card WHERE "
        "connection.id = :key_id",
        ("update", "connection", ("to_card",)): "UPDATE connection SET "
        "to_card=:to_card WHERE connection.id "
        "= :key_id",
        ("update", "connection", ("kind",)): "UPDATE connection SET kind=:kind WHERE "
        "connection.id = :key_id",
        ("update", "connection", ("label",)): "UPDATE connection SET label=:label "
        "WHERE connection.id = :key_id",
        ("update", "connection", ("position",)): "UPDATE connection SET "
        "position=:position WHERE "
        "connection.id = :key_id",
        ("siblings", "connection", 1): "SELECT connection.id, connection.position, "
        "connection.map_id FROM connection WHERE "
        "connection.map_id = :g0_map_id ORDER BY "
        "connection.position, connection.id",
        ("siblings", "connection", 2): "SELECT connection.id, connection.position, "
        "connection.map_id FROM connection WHERE "
        "connection.map_id = :g0_map_id OR "
        "connection.map_id = :g1_map_id ORDER BY "
        "connection.position, connection.id",
        ("update", "connection", ("map_id", "position")): "UPDATE connection SET "
        "map_id=:map_id, "
        "position=:position WHERE "
        "connection.id = :key_id",
        ("within", "connection", ("from_card",)): "SELECT (SELECT card.map_id FROM "
        "card WHERE card.id = :from_card) "
        "AS anon_1",
        ("within", "connection", ("to_card",)): "SELECT (SELECT card.map_id FROM card "
        "WHERE card.id = :to_card) AS anon_1",
        ("within", "connection", ("from_card", "to_card")): "SELECT (SELECT "
        "card.map_id FROM card "
        "WHERE card.id = "
        ":from_card) AS anon_1, "
        "(SELECT card.map_id FROM "
        "card WHERE card.id = "
        ":to_card) AS anon_2",
        ("all", "measurement"): "SELECT measurement.id, measurement.card_id, "
        "measurement.metric, measurement.date, "
        "measurement.value, measurement.unit, "
        "measurement.target FROM measurement",
        ("insert", "measurement"): "INSERT INTO measurement (id, card_id, metric, "
        "date, value, unit, target) VALUES (:id, :card_id, "
        ":metric, :date, :value, :unit, :target)",
        ("delete", "measurement"): "DELETE FROM measurement WHERE measurement.id = :key_id",
        ("by", "measurement", ("id",)): "SELECT measurement.id, measurement.card_id, "
        "measurement.metric, measurement.date, "
        "measurement.value, measurement.unit, "
        "measurement.target FROM measurement WHERE "
        "measurement.id = :id",
        ("by", "measurement", ("card_id",)): "SELECT measurement.id, "
        "measurement.card_id, "
        "measurement.metric, measurement.date, "
        "measurement.value, measurement.unit, "
        "measurement.target FROM measurement "
        "WHERE measurement.card_id = :card_id",
        ("update", "measurement", ("card_id",)): "UPDATE measurement SET "
        "card_id=:card_id WHERE "
        "measurement.id = :key_id",
        ("update", "measurement", ("metric",)): "UPDATE measurement SET "
        "metric=:metric WHERE measurement.id "
        "= :key_id",
        ("update", "measurement", ("date",)): "UPDATE measurement SET date=:date "
        "WHERE measurement.id = :key_id",
        ("update", "measurement", ("value",)): "UPDATE measurement SET value=:value "
        "WHERE measurement.id = :key_id",
        ("update", "measurement", ("unit",)): "UPDATE measurement SET unit=:unit "
        "WHERE measurement.id = :key_id",
        ("update", "measurement", ("target",)): "UPDATE measurement SET "
        "target=:target WHERE measurement.id "
        "= :key_id",
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
            {
                "name": "name=:name",
                "icon": "icon=:icon",
                "position": "position=:position",
                "color": "color=:color",
            },
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
        "note_type": (
            "UPDATE note_type SET ",
            {
                "name": "name=:name",
                "color": "color=:color",
                "icon": "icon=:icon",
                "position": "position=:position",
            },
            " WHERE note_type.id = :key_id",
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
        "snapshot": (
            "UPDATE snapshot SET ",
            {
                "name": "name=:name",
                "taken": "taken=:taken",
                "reason": "reason=:reason",
                "contents": "contents=:contents",
                "maps": "maps=:maps",
                "touchpoints": "touchpoints=:touchpoints",
                "notes": "notes=:notes",
                "ratings": "ratings=:ratings",
            },
            " WHERE snapshot.id = :key_id",
        ),
        "snapshot_chunk": (
            "UPDATE snapshot_chunk SET ",
            {"data": "data=:data"},
            " WHERE snapshot_chunk.hash = :key_hash",
        ),
        "sync_origin": (
            "UPDATE sync_origin SET ",
            {
                "library": "library=:library",
                "workshop": "workshop=:workshop",
                "revision": "revision=:revision",
                "source": "source=:source",
                "token": "token=:token",
            },
            " WHERE sync_origin.id = :key_id",
        ),
        "sync_row": (
            "UPDATE sync_row SET ",
            {"digests": "digests=:digests"},
            " WHERE sync_row.table_name = :key_table_name AND sync_row.row_key = :key_row_key",
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
        "action": (
            "UPDATE action SET ",
            {
                "map_id": "map_id=:map_id",
                "title": "title=:title",
                "owner": "owner=:owner",
                "status": "status=:status",
                "due": "due=:due",
                "value": "value=:value",
                "effort": "effort=:effort",
                "position": "position=:position",
            },
            " WHERE action.id = :key_id",
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
                "hidden": "hidden=:hidden",
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
                "evidence": "evidence=:evidence",
                "source": "source=:source",
            },
            " WHERE card.id = :key_id",
        ),
        "action_card": (
            "UPDATE action_card SET ",
            {"position": "position=:position"},
            " WHERE action_card.action_id = :key_action_id AND action_card.card_id = :key_card_id",
        ),
        "comment": (
            "UPDATE comment SET ",
            {
                "card_id": "card_id=:card_id",
                "author": "author=:author",
                "created": "created=:created",
                "text": "text=:text",
                "resolved": "resolved=:resolved",
                "position": "position=:position",
            },
            " WHERE comment.id = :key_id",
        ),
        "connection": (
            "UPDATE connection SET ",
            {
                "map_id": "map_id=:map_id",
                "from_card": "from_card=:from_card",
                "to_card": "to_card=:to_card",
                "kind": "kind=:kind",
                "label": "label=:label",
                "position": "position=:position",
            },
            " WHERE connection.id = :key_id",
        ),
        "measurement": (
            "UPDATE measurement SET ",
            {
                "card_id": "card_id=:card_id",
                "metric": "metric=:metric",
                "date": "date=:date",
                "value": "value=:value",
                "unit": "unit=:unit",
                "target": "target=:target",
            },
            " WHERE measurement.id = :key_id",
        ),
        "rating": (
            "UPDATE rating SET ",
            {"experience": "experience=:experience", "importance": "importance=:importance"},
            " WHERE rating.card_id = :key_card_id AND rating.participant_id = :key_participant_id",
        ),
    },
}
