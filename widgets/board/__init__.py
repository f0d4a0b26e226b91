"""GUI: the swimlane board: scene (a projection of one map), view, items, palette, inspector.

Items hold ids and paint through render.paint; gestures become commands in
``edits`` (one gesture, one undo step); the scene follows JourneyDocument.changed.
"""
