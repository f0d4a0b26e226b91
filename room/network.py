"""Room: which address the room listens on by default (no Qt, no web server)."""

from __future__ import annotations

import socket


def lan_address() -> str:
    """The address other devices on the local network reach this one by (else loopback).

    Connecting a UDP socket sends nothing; it only asks the system which interface
    would carry traffic to a private address.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))
        address = probe.getsockname()[0]
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address
