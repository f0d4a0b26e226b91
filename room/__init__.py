"""Room: phones in the workshop rate touchpoints through a small local web server.

The server (``server``) runs in a background thread and hands every request that reads
or writes the workshop to the ``RoomHub`` on the GUI thread (``bridge``), so the
document stays the only writer. ``journal`` keeps a silent round's ratings crash-safe
beside the file; ``validate`` checks what phones send. The contract is docs/room.md.
"""
