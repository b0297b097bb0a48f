"""The rig for fault runs: one ``cmsbot serve``, the Slack stand-in, the book, the ledger.

Shared by ``tests/slack/test_faults_serve.py`` and ``benchmarks/fault_run.py`` (through
``tests/fault_scenarios.py``), so the figures the benchmark prints come from
the same checks the tests assert.

The stand-in listens on a fixed port, so it can be stopped (Slack unreachable:
connections refused) and started again where the server expects it. Reps and
clients are written straight to the database; every rep covers every client
of ``CLIENTS``, and each attempt in a scenario is made by its own rep, so the
ephemerals and DMs that reach a user can only be about that attempt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from handlers import ids
from handlers.blocks.contact_reply import Pending
from standin.blockkit_text import Control, controls
from standin.sender import Reply, SlackSender
from standin.server import SlackStandIn
from storage.engine import make_engine, normalise_url
from storage.models import Coverage, Interaction
from tests.factories import EPOCH, make_client, make_rep
from tests.fault_process import BOT_TOKEN, CONTROLLERS, SIGNING_SECRET, ServeProcess, free_port
from tests.fault_verdicts import Attempt, Verdict, ack_words

CHANNEL = "CFAULTS"  # where the commands are typed: a channel the bot and everyone are in
# Clients every rep of the rig covers; the two Smiths make "Smith …" ask which one.
CLIENTS = ("Jane Smith", "John Smith", "Ada Lovelace", "Grace Hopper", "Edsger Dijkstra")


class Rig:
    """One ``cmsbot serve`` against the stand-in, on one database, with a book of reps."""

    def __init__(
        self,
        *,
        backend: str,
        database_url: str,
        workdir: Path,
        name: str = "serve",
        api_url: str | None = None,
    ) -> None:
        """``api_url``: where the server's SLACK_API_URL points (default: the stand-in)."""
        self.backend = backend
        self.database_url = database_url
        self.workdir = workdir
        self.standin = SlackStandIn(token=BOT_TOKEN, port=free_port())
        self.standin.start()
        self.slack_base = self.standin.base_url  # the same while stopped: the port is fixed
        self._offline_urls: list[str] = []
        self.standin.add_channel(
            CHANNEL, "fault-tests", members=[self.standin.bot_user_id], everyone=True
        )
        self.standin.add_channel(
            CONTROLLERS, "controllers", members=[self.standin.bot_user_id], everyone=True
        )
        self.server = ServeProcess(
            database_url=database_url,
            api_url=api_url or self.standin.api_url,
            workdir=workdir,
            name=name,
        )
        self.engine: Engine = _reading_engine(database_url)
        self.client_ids: dict[str, int] = {}
        self._reps = 0
        self._lock = threading.Lock()
        self.slack: SlackSender | None = None
        self.log_mark = 0  # where the server's log stood when the current scenario began

    def start(self) -> Rig:
        self.server.start()
        self.slack = SlackSender(
            self.server.events_url, SIGNING_SECRET, standin=self.standin, timeout=30
        )
        return self

    def close(self) -> int:
        code = self.server.stop()
        self.standin.stop()
        self.engine.dispose()
        return code

    # -- the book ---------------------------------------------------------------------------

    def new_reps(self, count: int, prefix: str = "U") -> list[str]:
        """``count`` new reps, each covering every one of ``CLIENTS``; their Slack user ids."""
        with self._lock:
            start = self._reps
            self._reps += count
        users = [f"{prefix}{self.backend[:2].upper()}{start + n:05d}" for n in range(count)]
        with Session(self.engine) as session, session.begin():
            reps = [make_rep(session, user, f"Rep {user}") for user in users]
            if not self.client_ids:
                for name in CLIENTS:
                    self.client_ids[name] = make_client(session, name, covered_by=reps).id
            else:
                session.add_all(
                    Coverage(client_id=client_id, rep_id=rep.id, role="secondary", started_at=EPOCH)
                    for rep in reps
                    for client_id in self.client_ids.values()
                )
        for user in users:
            self.standin.add_user(user, f"rep.{user.lower()}")
        return users

    # -- Slack up and down ------------------------------------------------------------------

    @contextmanager
    def slack_down(self, urls: int = 50) -> Iterator[None]:
        """The stand-in stopped: Web API and response_url connections are refused.

        ``urls`` response_urls are issued first (Slack issued them before it went
        away) for the requests sent meanwhile. Slack comes back only once the
        server has been quiet for a second, so no attempt still under way reaches
        the stand-in after the fault and passes for one made during it.
        """
        with self._lock:
            self._offline_urls = [
                self.standin.new_response_url(channel=CHANNEL) for _ in range(urls)
            ]
        self.standin.stop()
        try:
            yield
        finally:
            self.server.wait_quiet()
            with self._lock:
                self._offline_urls.clear()
            self.standin.start()

    @contextmanager
    def refusing(self, *methods: str) -> Iterator[None]:
        """Slack answering HTTP 500 ``internal_error`` to every call of ``methods``."""
        for method in methods:
            self.standin.fail_always(method, error="internal_error", status=500)
        try:
            yield
        finally:
            for method in methods:
                self.standin.recover(method)

    # -- acting as users --------------------------------------------------------------------

    def reply_url(self, user: str) -> str:
        """A fresh response_url at the stand-in; while it is down, one issued before it went."""
        with self._lock:
            if self._offline_urls:
                return self._offline_urls.pop(0)
        return self.standin.new_response_url(channel=CHANNEL, user=user)

    @property
    def sender(self) -> SlackSender:
        assert self.slack is not None, "start() the rig first"
        return self.slack

    def timed(self, attempt: Attempt, send: Callable[[], Reply]) -> Attempt:
        """Send, timing the ack from the request's start to its answer."""
        attempt.sent_at = time.time()
        started = time.perf_counter()
        reply = send()
        return attempt.take(reply, time.perf_counter() - started)

    def slash(self, user: str, line: str, *, response_url: str | None = None) -> Attempt:
        """``/logcontact line`` typed in the rig's channel."""
        trigger = self.sender.new_trigger_id()
        url = response_url or self.reply_url(user)
        attempt = Attempt("slash", user, f"slash:{trigger}", response_url=url)
        return self.timed(
            attempt,
            lambda: self.sender.command(
                "/logcontact",
                line,
                user_id=user,
                channel_id=CHANNEL,
                trigger_id=trigger,
                response_url=url,
            ),
        )

    def pick_buttons(self, user: str, line: str = "Smith phoned about the fees") -> list[Control]:
        """With Slack up: ``/logcontact`` an ambiguous line; the buttons of the question asked."""
        url = self.standin.new_response_url(channel=CHANNEL, user=user)
        sent = self.sender.command(
            "/logcontact", line, user_id=user, channel_id=CHANNEL, response_url=url
        )
        assert sent.status == 200, sent.body
        asked = self.standin.wait_for("response_url", {"url": url}, timeout=15)
        buttons = [
            c for c in controls(asked.args.get("blocks")) if c.label in ("Jane Smith", "John Smith")
        ]
        assert buttons, f"no pick-a-client buttons in {asked.args}"
        return buttons

    def pick(self, user: str, button: Control, *, response_url: str | None = None) -> Attempt:
        """Click a pick-a-client button (its value carries the line's key)."""
        pending = Pending.decode(button.value or "")
        url = response_url or self.reply_url(user)
        attempt = Attempt("pick", user, pending.k, response_url=url)
        return self.timed(
            attempt,
            lambda: self.sender.block_action(
                user,
                button.action_id or "",
                button.value,
                block_id=button.block_id,
                channel_id=CHANNEL,
                response_url=url,
            ),
        )

    def open_form(self, user: str, *, via: str = "slash") -> dict[str, Any]:
        """With Slack up: open the contact form (``/logcontact`` or the message shortcut)."""
        if via == "slash":
            reply = self.sender.command("/logcontact", "", user_id=user, channel_id=CHANNEL)
        else:
            reply = self.sender.message_shortcut(
                ids.SHORTCUT_LOG_MESSAGE,
                user,
                "Lunch with the family office; wants a proposal.",
                channel_id=CHANNEL,
            )
        assert reply.status == 200, reply.body
        call = self.standin.wait_for(
            "views.open", lambda c: c.args.get("trigger_id") == reply.trigger_id, timeout=15
        )
        assert call.ok, call.response
        return dict(call.response["view"])

    def submit(
        self, user: str, view: dict[str, Any], client: str = "Ada Lovelace", path: str = "form"
    ) -> Attempt:
        """Submit an opened contact form for ``client``, by phone, dated as the form was."""
        attempt = Attempt(path, user, f"view:{view['id']}")
        answers = {"client": str(self.client_ids[client]), "channel": "phone"}
        return self.timed(attempt, lambda: self.sender.view_submission(user, view, answers=answers))

    # -- what came of it --------------------------------------------------------------------

    def recorded_keys(self, keys: list[str]) -> dict[str, int]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(Interaction.idempotency_key, func.count())
                .where(Interaction.idempotency_key.in_(keys))
                .group_by(Interaction.idempotency_key)
            ).all()
        found = {str(k): int(n) for k, n in rows}
        return {key: found.get(key, 0) for key in keys}

    def told(self, attempt: Attempt) -> list[str]:
        """What reached the user at the stand-in: response_url posts, ephemerals, DMs, the ack."""
        said: list[str] = []
        for call in self.standin.calls:
            if not call.ok or call.at < attempt.sent_at - 0.001:
                continue
            if _reached(call.method, call.args, attempt):
                said.append(str(call.args.get("text") or ""))
        said.extend(ack_words(attempt))
        return said

    def settle(
        self, attempts: list[Attempt], *, told: bool, recorded: bool = True, timeout: float = 10.0
    ) -> list[Verdict]:
        """Each attempt's verdict, once the work after the acks is done.

        Waits (up to ``timeout``) until every attempt is recorded (``recorded``)
        and was told something (``told``): a verdict taken earlier could call a
        contact lost that is still being written.
        """
        keys = [a.key for a in attempts]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            counts = self.recorded_keys(keys)
            done_recording = not recorded or all(counts.values())
            done_telling = not told or all(self.told(a) for a in attempts)
            if done_recording and done_telling:
                break
            time.sleep(0.1)
        time.sleep(0.3)  # a duplicate, or a second and contradicting reply, would show by now
        counts = self.recorded_keys(keys)
        return [Verdict(a, counts[a.key], self.told(a) if told else []) for a in attempts]


def _reached(method: str, args: dict[str, Any], attempt: Attempt) -> bool:
    """Whether a call the stand-in took was an answer to ``attempt``'s user."""
    if method == "response_url":
        return bool(attempt.response_url) and args.get("url") == attempt.response_url
    if method == "chat.postEphemeral":
        return args.get("user") == attempt.user
    if method == "chat.postMessage":  # a DM: the user's id, or the D… id of the DM
        return str(args.get("channel")) in (attempt.user, f"D{attempt.user}")
    return False


def _reading_engine(database_url: str) -> Engine:
    """The rig's own engine, for the book and the checks.

    On SQLite not the bot's (``make_engine`` begins every transaction with
    ``BEGIN IMMEDIATE``, taking the write lock even to read): the rig's polling
    must not be what slows the server's writes down.
    """
    url = normalise_url(database_url)
    if make_url(url).get_backend_name() == "sqlite":
        return create_engine(url, connect_args={"timeout": 30})
    return make_engine(url)
