"""``POST /slack/events``: Slack's signature checked, then the payload's shape, then Bolt.

Everything that reads a request's body before Bolt does lives here, so that
nothing reads the body of a request Slack did not sign (Slack's "Verifying
requests from Slack") and a signed body that is not a payload Slack could
send is a 400, not a 500. Bolt's own signature check still runs after this
one (defence in depth; it cannot fail where this one passed).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_bolt.context import BoltContext
from slack_bolt.request.internals import build_context

from handlers import payload_shape
from handlers.http.signature import VERIFIED, SlackSignature

log = logging.getLogger(__name__)
request_log = logging.getLogger("cmsbot.requests")


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

    def __init__(self, bolt: App, signing_secret: str) -> None:
        self.bolt = bolt
        self.signature = SlackSignature(signing_secret)

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
        return answer(start_response, status, _REFUSALS.get(status[:3], "Bad Request"))

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


def answer(
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
