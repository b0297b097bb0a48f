"""The stand-in's HTTP plumbing: request bodies decoded as Slack reads them, answers written.

Kept apart from ``server.py`` (what the stand-in answers) so each stays small.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl

# The status the handler gets back for a call whose answer is to be lost.
LOST = 0

# Arguments slack_sdk may send as JSON strings inside form data.
JSON_ARGS = ("blocks", "view", "attachments", "files", "metadata", "unfurls")


def decode_args(body: bytes, content_type: str, query: str = "") -> dict[str, Any]:
    """Form, multipart or JSON bodies (plus the query string) as one dict, JSON strings decoded."""
    args: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" and body:
        loaded = json.loads(body)
        if isinstance(loaded, dict):
            args.update(loaded)
    elif kind == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            args[name] = data if part.get_filename() else data.decode("utf-8")
    elif body:
        args.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    for key in JSON_ARGS:
        value = args.get(key)
        if isinstance(value, str) and value.startswith(("[", "{")):
            with contextlib.suppress(json.JSONDecodeError):
                args[key] = json.loads(value)
    return args


Answer = dict[str, Any] | str | bytes
Handle = Callable[[str, bytes, Mapping[str, str]], tuple[int, Answer, dict[str, str]]]


def handler_for(handle: Handle) -> type[BaseHTTPRequestHandler]:
    """A request handler class answering every POST and GET with ``handle``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 - stdlib name
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, answer, extra = handle(self.path, body, self._headers())
            if status == LOST:
                self.close_connection = True  # done, but the caller never hears so
                return
            self._reply(status, answer, extra)

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            self._reply(*handle(self.path, b"", self._headers()))

        def _headers(self) -> dict[str, str]:
            return {k.lower(): v for k, v in self.headers.items()}

        def _reply(self, status: int, answer: Answer, extra: dict[str, str]) -> None:
            extra = dict(extra)
            if isinstance(answer, dict):
                payload = json.dumps(answer).encode()
                content_type = "application/json; charset=utf-8"
            elif isinstance(answer, bytes):
                payload = answer  # a file's bytes, with its own Content-Type
                content_type = extra.pop("Content-Type", "application/octet-stream")
            else:
                payload = answer.encode()
                content_type = extra.pop("Content-Type", "text/plain; charset=utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for key, value in extra.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass

    return Handler
