"""HTTP mode: a WSGI app with Slack's endpoint and a health check, served by gunicorn.

Bolt's own development server is not for production; gunicorn's threaded
workers are, and the same WSGI callable runs under the test server.
``/slack/events`` is ``handlers.http.endpoint``: signature, then shape, then Bolt.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from sqlalchemy import text

from bot.app import CmsApp
from bot.errors import SchemaNotCurrent
from handlers.http.endpoint import SlackEndpoint, answer
from storage.schema import require_current

log = logging.getLogger(__name__)
request_log = logging.getLogger("cmsbot.requests")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_wsgi(cms: CmsApp) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    events = SlackEndpoint(cms.bolt, cms.deps.settings.signing_secret or "unused-in-socket-mode")

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == HEALTH_PATH:
            status, body = health(cms)
            return answer(start_response, status, json.dumps(body), "application/json")
        if path == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            return events(environ, start_response)
        request_log.info(
            "refused %s %s status=404 (no such path)",
            environ.get("REQUEST_METHOD", "?"),
            str(path or "")[:200],
        )
        return answer(start_response, "404 Not Found", "Not Found")

    return application


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
