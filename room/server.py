"""Room: the web server phones talk to (aiohttp, in a background thread).

Everything is under ``/r/TOKEN/`` (docs/room.md): the page, ``api/board``, ``api/join``,
``api/ratings/ID`` and the live channel ``api/events`` (server-sent events). The
server checks what it can alone (token, rate, size, JSON, values) and hands the rest to
the ``RoomHub`` on the GUI thread; it never opens the workshop itself. Errors are JSON
``{"error": "..."}`` with the status of the contract.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import re
import secrets
import sys
import threading
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

from aiohttp import web

from room.bridge import RoomClosed
from room.hub import RoomHub
from room.validate import MAX_BODY, RoomError, parse_body, rating_of
from storage.errors import JourneyError

COOKIE = "jb_room"
ANSWER_TIMEOUT = 10.0  # seconds a phone waits for the GUI thread before a 503
KEEPALIVE = 15.0  # seconds between comments on an idle live channel
MAX_STREAMS_PER_ADDRESS = 6
SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005


def load_page() -> tuple[bytes, str]:
    """The phone page and its Content-Security-Policy (hashes of its own script and style).

    Only the page's own inline script and style may run: no other script, no other origin.
    """
    page = resources.files("resources").joinpath("room/phone.html").read_bytes()
    text = page.decode("utf-8")

    def hashes(tag: str) -> str:
        found = re.findall(rf"<{tag}>(.*?)</{tag}>", text, re.S)
        return " ".join(
            "'sha256-"
            + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
            + "'"
            for body in found
        )

    policy = (
        f"default-src 'none'; script-src {hashes('script')}; "
        f"style-src {hashes('style')}; connect-src 'self'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return page, policy


class RateLimit:
    """A token bucket per address: ``burst`` requests at once, ``rate`` per second after."""

    def __init__(
        self, burst: int = 60, rate: float = 20.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, address: str) -> bool:
        now = self.clock()
        tokens, last = self._buckets.get(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[address] = (tokens, now)
            return False
        self._buckets[address] = (tokens - 1.0, now)
        return True


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


class RoomServer:
    """Serves one room; ``start()`` returns once it listens, ``stop()`` once it stopped."""

    def __init__(
        self, hub: RoomHub, host: str, port: int = 0, *, token: str, limit: RateLimit | None = None
    ) -> None:
        self.hub, self.host, self.port, self.token = hub, host, port, token
        self.limit = limit or RateLimit()
        self.page, self.policy = load_page()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._streams: dict[asyncio.Queue, str] = {}
        self._started = threading.Event()
        self._failure: BaseException | None = None
        self._switch = sys.getswitchinterval()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/r/{self.token}/"

    # -- life cycle (called from the GUI thread) ---------------------------------------------

    def start(self) -> str:
        """Listen on host:port (0: a free port); raises OSError when it cannot."""
        self._thread = threading.Thread(target=self._run, name="journeyboard-room", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._failure is not None:
            self._thread.join()
            raise self._failure
        self.hub.event_sink = self.publish
        # The GUI thread waits for the interpreter lock while this thread parses requests:
        # a shorter switch interval keeps the window's frames smooth under a busy room.
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        return self.url

    def stop(self) -> None:
        """Close every connection and stop listening (the hub must be closed first)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(self._end_streams)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._loop = self._thread = None
        sys.setswitchinterval(self._switch)

    def publish(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to every phone's live channel (any thread)."""
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(self._fan_out, event, data)

    # -- the server thread ------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            self._runner = web.AppRunner(self._app(), access_log=None, shutdown_timeout=1.0)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, self.host, self.port)
            loop.run_until_complete(site.start())
            self.port = self._runner.addresses[0][1]
        except BaseException as error:  # handed to start()
            self._failure = error
            self._started.set()
            loop.close()
            return
        self._loop = loop
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard, self._headers])
        base = f"/r/{self.token}/"
        app.router.add_get(base, self._page)
        app.router.add_get(base + "api/board", self._board)
        app.router.add_post(base + "api/join", self._join)
        app.router.add_put(base + "api/ratings/{card}", self._rate)
        app.router.add_get(base + "api/events", self._events)
        return app

    @web.middleware
    async def _headers(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        response = await handler(request)
        self._secure(response)
        return response

    def _secure(self, response: web.StreamResponse) -> None:
        response.headers["Content-Security-Policy"] = self.policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Rate, token and size first; every refusal as JSON with a clear message."""
        try:
            if not self.limit.allow(request.remote or ""):
                raise RoomError(429, "too many requests from this address; wait a moment")
            parts = request.path.split("/")
            if len(parts) < 3 or parts[1] != "r" or not parts[2]:
                raise RoomError(404, "no such page; open the room's link")
            if not hmac.compare_digest(parts[2].encode(), self.token.encode()) or len(parts) < 4:
                raise RoomError(403, "wrong or expired room link; scan the code again")
            if (request.content_length or 0) > MAX_BODY:
                raise RoomError(413, f"request body is over {MAX_BODY // 1024} KB")
            return await handler(request)
        except RoomError as error:
            response = _error(error.status, error.message)
        except web.HTTPRequestEntityTooLarge:
            response = _error(413, f"request body is over {MAX_BODY // 1024} KB")
        except web.HTTPMethodNotAllowed as error:
            response = _error(
                405,
                f"{request.method} is not allowed here "
                f"(allowed: {', '.join(sorted(error.allowed_methods))})",
            )
        except web.HTTPNotFound:
            response = _error(404, "no such page or API")
        except JourneyError as error:  # the workshop refused it (e.g. a name it cannot store)
            response = _error(422, str(error))
        except (TimeoutError, RoomClosed):
            response = _error(503, "the room is busy or closing; try again")
        except web.HTTPException as error:  # anything else aiohttp refuses
            response = _error(error.status, error.reason)
        except Exception as error:  # a bug: the phone still gets JSON
            response = _error(500, f"internal error ({type(error).__name__})")
        self._secure(response)
        return response

    async def _ask(self, function: Callable[[], Any]) -> Any:
        """Run ``function`` on the GUI thread and wait for its answer."""
        future = self.hub.bridge.submit(function)
        return await asyncio.wait_for(asyncio.wrap_future(future), ANSWER_TIMEOUT)

    async def _body(self, request: web.Request) -> dict[str, Any]:
        return parse_body(await request.read())

    # -- the contract -------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(body=self.page, content_type="text/html", charset="utf-8")

    async def _board(self, request: web.Request) -> web.Response:
        session = request.cookies.get(COOKIE)
        return web.json_response(await self._ask(lambda: self.hub.board(session)))

    async def _join(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        session = request.cookies.get(COOKIE) or ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{22,64}", session):
            session = secrets.token_urlsafe(16)
        if "name" not in data:
            raise RoomError(422, "name: missing")
        address = request.remote or ""
        answer = await self._ask(lambda: self.hub.join(session, data["name"], address))
        response = web.json_response(answer)
        response.set_cookie(
            COOKIE, session, path=f"/r/{self.token}/", httponly=True, samesite="Strict"
        )
        return response

    async def _rate(self, request: web.Request) -> web.Response:
        card = request.match_info["card"]
        participant, experience, importance = rating_of(await self._body(request))
        session = request.cookies.get(COOKIE)
        await self._ask(lambda: self.hub.rate(session, participant, card, (experience, importance)))
        return web.json_response(
            {
                "stored": True,
                "touchpoint": card,
                "participant": participant,
                "experience": experience,
                "importance": importance,
            }
        )

    async def _events(self, request: web.Request) -> web.StreamResponse:
        address = request.remote or ""
        if sum(1 for a in self._streams.values() if a == address) >= MAX_STREAMS_PER_ADDRESS:
            raise RoomError(429, "too many live connections from this address")
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        )
        self._secure(response)
        queue: asyncio.Queue = asyncio.Queue(maxsize=64)
        self._streams[queue] = address  # from now on no event is missed
        try:
            await response.prepare(request)
            await self._send(response, "state", {"phase": self.hub.phase_id})
            while True:
                try:
                    event, data = await asyncio.wait_for(queue.get(), KEEPALIVE)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                if event is None:
                    break
                await self._send(response, event, data)
                if event == "closed":
                    break
        except ConnectionError:  # the phone went away
            pass
        finally:
            self._streams.pop(queue, None)
        return response

    async def _send(self, response: web.StreamResponse, event: str, data: dict) -> None:
        payload = json.dumps(data, ensure_ascii=False)
        await response.write(f"event: {event}\ndata: {payload}\n\n".encode())

    def _fan_out(self, event: str, data: dict[str, Any]) -> None:
        for queue in list(self._streams):
            if queue.full():  # a phone that stopped reading misses events, not the room
                continue
            queue.put_nowait((event, data))

    def _end_streams(self) -> None:
        for queue in list(self._streams):
            if not queue.full():
                queue.put_nowait((None, {}))
