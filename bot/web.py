"""HTTP mode: a WSGI app with Slack's endpoint and a health check, served by gunicorn.

Bolt's own development server is not for production; gunicorn's threaded
workers are, and the same WSGI callable runs under the test server.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qsl
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_bolt.context import BoltContext
from slack_bolt.request.internals import build_context
from sqlalchemy import text

from bot.app import CmsApp
from bot.errors import SchemaNotCurrent
from bot.slack_signature import VERIFIED, SlackSignature
from handlers import payload_shape
from storage.schema import require_current

log = logging.getLogger(__name__)
request_log = logging.getLogger("cmsbot.requests")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_wsgi(cms: CmsApp) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    events = SlackEndpoint(cms)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == HEALTH_PATH:
            status, body = health(cms)
            return _answer(start_response, status, json.dumps(body), "application/json")
        if path == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            return events(environ, start_response)
        request_log.info(
            "refused %s %s status=404 (no such path)",
            environ.get("REQUEST_METHOD", "?"),
            str(path or "")[:200],
        )
        return _answer(start_response, "404 Not Found", "Not Found")

    return application


class SlackEndpoint:
    """``POST /slack/events``: the signature checked, the payload's shape checked, then Bolt.

    Nothing reads the body of a request Slack did not sign: the timestamp and
    signature headers are checked first, the body is read only when they are
    well formed and fresh, and it is parsed only once its HMAC matches. A
    refusal is answered 401 and logged as one line holding nothing from the
    request. A signed body that is not a payload Slack could send (not UTF-8,
    broken ``payload=`` JSON, fields missing or of the wrong type) is a 400,
    also one line: bad input is not a bug, so no traceback.
    """

    def __init__(self, cms: CmsApp) -> None:
        self.bolt = cms.bolt
        self.signature = SlackSignature(cms.deps.settings.signing_secret or "unused-in-socket-mode")

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        started = time.perf_counter()
        status, reason, response = self._handle(environ)
        if response is not None:
            wsgi = WsgiHttpResponse(response.status, response.headers, response.body)
            start_response(wsgi.status, wsgi.get_headers())
            return wsgi.get_body()
        elapsed = (time.perf_counter() - started) * 1000
        if status.startswith("401"):
            request_log.info("refused request status=401 (%s) %.0fms", reason, elapsed)
        else:
            request_log.info("refused request status=%s (%s) %.0fms", status[:3], reason, elapsed)
        return _answer(start_response, status, _REFUSALS.get(status[:3], "Bad Request"))

    def _handle(self, environ: dict[str, Any]) -> tuple[str, str, BoltResponse | None]:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        refusal = self.signature.header_refusal(timestamp, signature)
        if refusal is not None:
            return UNAUTHORIZED, refusal, None
        length = _content_length(environ)
        if length is None:
            return BAD_REQUEST, "unreadable Content-Length", None
        if length > MAX_BODY_BYTES:
            return TOO_LARGE, f"body of {length} bytes", None
        raw = _read(environ, length)
        refusal = self.signature.refusal(raw, timestamp, signature)
        if refusal is not None:
            return UNAUTHORIZED, refusal, None
        # Signed by Slack from here on.
        request = WsgiHttpRequest(environ)
        headers = request.get_headers()
        try:
            text = raw.decode("utf-8")
            payload = parse(text, _content_type(headers))
            payload_shape.check(payload)
        except UnicodeDecodeError:
            return BAD_REQUEST, "body is not UTF-8", None
        except (ValueError, RecursionError) as error:  # JSONDecodeError and Malformed are both
            return BAD_REQUEST, _reason(error), None
        try:
            req = SignedRequest(
                text=text, payload=payload, query=request.query_string, headers=headers
            )
        except Exception as error:  # Bolt's own reading of a payload we let through
            return BAD_REQUEST, f"Bolt cannot read it: {type(error).__name__}", None
        try:
            return "", "", self.bolt.dispatch(req)
        except Exception:  # Bolt's error handling itself failed: a bug, with its traceback
            log.exception("dispatching a signed request failed")
            return SERVER_ERROR, "the bot failed", None


class SignedRequest(BoltRequest):
    """A request whose signature was checked here, carrying the payload as read here.

    Bolt's own parser returns an empty payload for any form body that merely
    contains the word "payload" (a slash command saying "the payload
    schedule"), so the payload read by ``parse`` replaces it. Lazy listeners
    get a copy of this payload, not a fresh parse of the raw body, so they see
    it as cleaned by ``handlers.clean_input`` too.
    """

    def __init__(
        self, *, text: str, payload: dict[str, Any], query: str, headers: dict[str, Any]
    ) -> None:
        super().__init__(body=text, query=query, headers=headers, context={VERIFIED: True})
        if self.body != payload:
            self.body = payload
            self.context = build_context(BoltContext({VERIFIED: True}), payload)

    def to_copyable(self) -> BoltRequest:
        copy = super().to_copyable()
        copy.body = self.body
        return copy


def parse(text: str, content_type: str | None) -> Any:
    """The payload of a request body: JSON (Events API), ``payload=`` JSON, or form fields.

    Raises ``ValueError`` (``json.JSONDecodeError``) for JSON that does not parse.
    """
    if not text:
        return {}
    if content_type == "application/json" or text.startswith("{"):
        return json.loads(text)
    fields = dict(parse_qsl(text, keep_blank_values=True))
    if "payload" in fields:
        return json.loads(fields["payload"])
    return fields


UNAUTHORIZED = "401 Unauthorized"
BAD_REQUEST = "400 Bad Request"
TOO_LARGE = "413 Content Too Large"
SERVER_ERROR = "500 Internal Server Error"
_REFUSALS = {
    "401": "invalid request",
    "413": "Content Too Large",
    "400": "Bad Request",
    "500": "Internal Server Error",
}
# Slack's payloads are kilobytes; a modal with a hundred full inputs is well under this.
MAX_BODY_BYTES = 2 * 1024 * 1024


def _answer(
    start_response: Callable[..., Any], status: str, body: str, content_type: str = "text/plain"
) -> list[bytes]:
    data = body.encode()
    start_response(
        status,
        [("Content-Type", f"{content_type}; charset=utf-8"), ("Content-Length", str(len(data)))],
    )
    return [data]


def _content_length(environ: dict[str, Any]) -> int | None:
    raw = str(environ.get("CONTENT_LENGTH") or "0").strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        return None
    return int(raw)


def _read(environ: dict[str, Any], length: int) -> bytes:
    stream = environ.get("wsgi.input")
    if stream is None or length == 0:
        return b""
    chunks: list[bytes] = []
    remaining = length
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            break  # the client sent less than it said; the signature will not match
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _content_type(headers: dict[str, Any]) -> str | None:
    value = headers.get("content-type")
    return str(value).split(";")[0].strip() if value else None


def _reason(error: Exception) -> str:
    if isinstance(error, payload_shape.Malformed):
        # It may name a key the payload chose: one short printable line.
        text = str(error)[:200]
        return "".join(ch if ch.isprintable() else "?" for ch in text)
    if isinstance(error, json.JSONDecodeError):
        return f"payload is not JSON ({error.msg})"
    return f"unreadable payload ({type(error).__name__})"


def health(cms: CmsApp) -> tuple[str, dict[str, str]]:
    """200 when the database answers and is migrated; 503 with the reason otherwise."""
    try:
        with cms.deps.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        require_current(cms.deps.engine)
    except SchemaNotCurrent as error:
        return "503 Service Unavailable", {"status": "error", "database": str(error)}
    except Exception as error:  # any database failure is "unhealthy", reported not raised
        log.warning("health check failed: %s", type(error).__name__)
        return "503 Service Unavailable", {"status": "error", "database": type(error).__name__}
    return "200 OK", {"status": "ok", "database": "ok"}


def serve(
    cms: CmsApp,
    *,
    host: str,
    port: int,
    workers: int = 1,
    threads: int = 8,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Run under gunicorn's threaded workers (the app is built before forking)."""
    from gunicorn.app.base import BaseApplication

    wsgi = make_wsgi(cms)

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("accesslog", None)
            self.cfg.set("timeout", 30)
            if "control_socket_disable" in self.cfg.settings:
                # gunicorn >= 25.1 opens one control socket per user by default;
                # several instances on one host would take it from each other.
                self.cfg.set("control_socket_disable", True)
            # Connections opened before the fork must not be shared by workers.
            self.cfg.set("post_fork", lambda _server, _worker: cms.deps.engine.dispose(close=False))
            if on_ready is not None:
                self.cfg.set("post_worker_init", lambda _worker: on_ready())

        def load(self) -> Any:
            return wsgi

    Server().run()


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug(format, *args)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    # socketserver's default backlog is 5: a burst of requests beyond it waits for the
    # client's SYN retry (a second), as no real server would make Slack wait.
    request_queue_size = 128


@contextmanager
def serve_in_thread(cms: CmsApp, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """The same WSGI app on a background thread, for tests and the console; yields its base URL."""
    server = make_server(
        host, port, make_wsgi(cms), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="cms-http", daemon=True
    )
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
