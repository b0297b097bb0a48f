"""Processes and sockets for fault runs: ``cmsbot serve`` itself, a Slack that hangs, a
database that drops its connections.

- ``ServeProcess``: ``python -m bot serve`` on gunicorn, its log kept in a file.
- ``HangingListener``: a local socket that accepts connections and never answers
  (a ``response_url`` that hangs); each connection is dropped after ``hold`` seconds.
- ``BackendKiller``: ``pg_terminate_backend`` on one database's connections, on a timer.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIGNING_SECRET = "fault-test-secret"
BOT_TOKEN = "xoxb-fault-test"
CONTROLLERS = "CCONTROL"
# Settings a developer's shell may hold that must not leak into the server under test.
SETTING_NAMES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "DATABASE_URL",
    "CMS_CONTROLLERS_CHANNEL",
    "CMS_NUDGE_HOUR",
    "CMS_AUDIT_SIGNING_KEY",
    "CMS_AUDIT_CHANNEL",
)


def settingless_env() -> dict[str, str]:
    """This environment without the settings a developer's shell may hold, the repository
    importable: what a newcomer's shell, or the deployment's, gives ``python -m bot``."""
    env = {k: v for k, v in os.environ.items() if k not in SETTING_NAMES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_without_settings(
    argv: list[str], cwd: Path, timeout: float, **settings: str
) -> subprocess.CompletedProcess[str]:
    """``argv`` run as a real process, with no setting in its environment but ``settings``."""
    env = {**settingless_env(), **settings}
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def closed_url(path: str = "/") -> str:
    """A URL on 127.0.0.1 where nothing listens: connections are refused at once."""
    return f"http://127.0.0.1:{free_port()}{path}"


# -- the server -----------------------------------------------------------------------------


class ServeProcess:
    """``cmsbot serve`` (gunicorn) in a subprocess, with the given database and Slack URL."""

    def __init__(
        self,
        *,
        database_url: str,
        api_url: str,
        workdir: Path,
        name: str = "serve",
        args: tuple[str, ...] = (),
    ) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.events_url = f"{self.base_url}/slack/events"
        self.log_path = workdir / f"{name}.log"
        self.workdir = workdir
        self.env = settingless_env()
        self.env.update(
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=api_url,
            DATABASE_URL=database_url,
            CMS_CONTROLLERS_CHANNEL=CONTROLLERS,
        )
        self.command = [
            sys.executable,
            "-m",
            "bot",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *args,
        ]
        self.process: subprocess.Popen[bytes] | None = None
        self.returncode: int | None = None

    def start(self, timeout: float = 60) -> ServeProcess:
        with self.log_path.open("wb") as out:
            self.process = subprocess.Popen(
                self.command, cwd=self.workdir, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"cmsbot serve exited with {self.process.returncode}:\n{self.log()}"
                )
            if self.healthz() == 200:
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"cmsbot serve was not healthy within {timeout}s:\n{self.log()}")

    def healthz(self) -> int | None:
        try:
            with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)
        except OSError:
            return None

    def stop(self) -> int:
        """SIGTERM (gunicorn's graceful stop), then a kill if it does not finish in 30 s."""
        process = self.process
        if process is None:
            return -1
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        self.returncode = int(process.returncode)
        return self.returncode

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def problems(self, mark: int = 0, limit: int = 40) -> str:
        """The log's ERROR lines and tracebacks since ``mark``, without slack_sdk's own
        connection noise: what a failing assertion shows first."""
        kept: list[str] = []
        in_traceback = False
        for line in self.log_since(mark).splitlines():
            if line.startswith("Traceback"):
                in_traceback = True
            elif in_traceback and line[:4].isdigit():  # the next timestamped line
                in_traceback = False
            noise = "slack_sdk." in line
            if in_traceback or (not noise and (" ERROR " in line or " CRITICAL " in line)):
                kept.append(line)
        return "\n".join(kept[-limit:]) or "(no ERROR lines)"

    def log_since(self, mark: int) -> str:
        return self.log()[mark:]

    def wait_quiet(self, quiet: float = 1.0, timeout: float = 15.0) -> None:
        """Until the log has not grown for ``quiet`` seconds (the work after the acks is done)."""
        deadline = time.monotonic() + timeout
        size, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            now_size = self.log_path.stat().st_size if self.log_path.exists() else 0
            if now_size != size:
                size, since = now_size, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.1)

    def log_mark(self) -> int:
        return len(self.log())


# -- a Slack that hangs ---------------------------------------------------------------------


class HangingListener:
    """Accepts every connection and never answers; drops each after ``hold`` seconds."""

    def __init__(self, hold: float = 3600.0) -> None:
        self.hold = hold
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self._sock.settimeout(0.05)
        self.port = int(self._sock.getsockname()[1])
        self._held: list[tuple[float, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.accepted = 0
        self._thread = threading.Thread(target=self._run, name="hanging-listener", daemon=True)
        self._thread.start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
                with self._lock:
                    self._held.append((time.monotonic(), conn))
                    self.accepted += 1
            except TimeoutError:
                pass
            except OSError:
                return
            now = time.monotonic()
            with self._lock:
                keep = []
                for since, conn in self._held:
                    if now - since >= self.hold:
                        conn.close()
                    else:
                        keep.append((since, conn))
                self._held = keep

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        with self._lock:
            for _, conn in self._held:
                conn.close()
            self._held.clear()
        self._sock.close()

    def __enter__(self) -> HangingListener:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# -- PostgreSQL losing its connections ------------------------------------------------------


class BackendKiller:
    """From a side thread, ``pg_terminate_backend`` on every connection to one database.

    Runs every ``every`` seconds until stopped; ``kills`` counts the backends
    terminated. Its own connection is to the server's maintenance database, so
    it is not among those it kills.
    """

    def __init__(self, admin_url: str, database: str, every: float = 0.4) -> None:
        self.admin_url, self.database, self.every = admin_url, database, every
        self.kills = 0
        self.rounds = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-killer", daemon=True)

    def _run(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            while not self._stop.wait(self.every):
                rows = conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    (self.database,),
                ).fetchall()
                self.kills += sum(1 for (killed,) in rows if killed)
                self.rounds += 1

    def __enter__(self) -> BackendKiller:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def admin_conninfo(database_url: str) -> tuple[str, str]:
    """A libpq URL for the server's maintenance database, and the database ``database_url`` names."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    admin = url.set(drivername="postgresql", database="postgres")
    return admin.render_as_string(hide_password=False), str(url.database)
