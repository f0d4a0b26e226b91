"""Render: the painting of board items with QtGui, shared by the window and the exports.

The board's items, the PNG export and the previews all paint through ``render.paint``;
nothing here imports QtWidgets, so the exports paint without a window.
"""
