"""The fault scenarios of issue #12, each a function of a running ``Rig`` and a count.

``tests/slack/test_faults_serve.py`` runs them small and asserts; ``benchmarks/fault_run.py``
runs them large and prints the table. Each returns an ``Outcome``: the verdicts
of every attempt, and whether the user could have been told at all (not when
every way Slack offers was down).

Paths a user takes to record a contact:

- ``slash``: ``/logcontact <line>``, answered on the command's response_url;
- ``pick``: the pick-a-client button under "Which client did you mean?";
- ``form``: the contact form (opened by ``/logcontact`` alone) submitted;
- ``shortcut``: the form opened by the message shortcut, submitted.

The question and the forms are asked and opened before the fault (Slack could
not show them during it); the fault is on while the user answers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from handlers import ids
from handlers.blocks.contact_reply import Pending
from standin.sender import SlackSender
from standin.server import RESPONSE_URL
from tests.fault_process import (
    SIGNING_SECRET,
    BackendKiller,
    HangingListener,
    ServeProcess,
    admin_conninfo,
    closed_url,
)
from tests.fault_rig import CHANNEL, Rig
from tests.fault_verdicts import Attempt, Verdict

Action = Callable[[], Attempt]

# Ways of replying Slack refuses (HTTP 500), by name.
REFUSALS: dict[str, tuple[str, ...]] = {
    # the reply's own way: the ephemeral in the channel must tell
    "response_url": (RESPONSE_URL,),
    # and the ephemeral too: a DM must tell
    "response_url+ephemeral": (RESPONSE_URL, "chat.postEphemeral"),
    # the DM: a submitted form's confirmation must come another way
    "postMessage": ("chat.postMessage",),
    # everything: nobody can be told; nothing may be lost for it
    "every way": (RESPONSE_URL, "chat.postEphemeral", "chat.postMessage", "views.open"),
}
LINES = (
    "Jane Smith call about the fees",
    "Grace Hopper met for coffee",
    "Ada Lovelace emailed the statements",
    "Edsger Dijkstra video call on the trust deed",
)


@dataclass
class Outcome:
    scenario: str
    backend: str
    verdicts: list[Verdict]
    can_tell: bool = True  # False when no way of telling the user worked
    expect_records: bool = True  # False when the attempts record nothing (a form that did not open)
    notes: list[str] = field(default_factory=list)

    @property
    def attempts(self) -> list[Attempt]:
        return [v.attempt for v in self.verdicts]


# -- running attempts ------------------------------------------------------------------------


def prepared_paths(rig: Rig, count: int = 1) -> list[Action]:
    """With Slack up: ``count`` users on each path, their question asked and forms opened."""
    users = rig.new_reps(4 * count)
    actions: list[Action] = []
    for n in range(count):
        slash_user, pick_user, form_user, shortcut_user = users[4 * n : 4 * n + 4]
        button = rig.pick_buttons(pick_user)[0]
        form = rig.open_form(form_user, via="slash")
        shortcut_form = rig.open_form(shortcut_user, via="shortcut")
        line = LINES[n % len(LINES)]
        actions += [
            partial(rig.slash, slash_user, line),
            partial(rig.pick, pick_user, button),
            partial(rig.submit, form_user, form, path="form"),
            partial(rig.submit, shortcut_user, shortcut_form, path="shortcut"),
        ]
    return actions


def run_paced(actions: list[Action], every: float) -> list[Attempt]:
    """Start action ``n`` at ``n * every`` seconds, each on its own thread: an open loop,
    where a slow answer does not hold back the next request (Slack's users do not wait)."""
    results: list[Attempt | None] = [None] * len(actions)
    errors: list[BaseException] = []
    start = time.monotonic()

    def run(index: int, act: Action) -> None:
        time.sleep(max(0.0, start + index * every - time.monotonic()))
        try:
            results[index] = act()
        except BaseException as error:  # the sender's own timeout: a finding, kept
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n, act)) for n, act in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise AssertionError(f"{len(errors)} request(s) got no HTTP answer at all: {errors[:3]}")
    return [r for r in results if r is not None]


# -- Slack down, hanging, refusing -----------------------------------------------------------


def slack_unreachable(rig: Rig, count: int) -> Outcome:
    """The stand-in stopped: the Web API and every response_url refuse connections."""
    actions = prepared_paths(rig, count)
    with rig.slack_down(urls=2 * count + 5):
        attempts = [act() for act in actions]
        verdicts = rig.settle(attempts, told=False)
    return Outcome("Slack unreachable", rig.backend, verdicts, can_tell=False)


def reply_url_hanging(rig: Rig, count: int) -> Outcome:
    """Each slash command's and click's response_url on a socket that never answers."""
    users = rig.new_reps(2 * count)
    buttons = [rig.pick_buttons(user)[0] for user in users[count:]]
    with HangingListener() as hang:
        attempts = [
            rig.slash(user, LINES[n % len(LINES)], response_url=hang.url(f"slash-{n}"))
            for n, user in enumerate(users[:count])
        ]
        attempts += [
            rig.pick(user, button, response_url=hang.url(f"pick-{n}"))
            for n, (user, button) in enumerate(zip(users[count:], buttons, strict=True))
        ]
        verdicts = rig.settle(attempts, told=True)
        tried = hang.accepted
    outcome = Outcome("response_url hanging", rig.backend, verdicts)
    if tried < len(attempts):
        outcome.notes.append(f"only {tried} of {len(attempts)} replies tried the hanging URL")
    return outcome


def slack_refusing(rig: Rig, refusal: str, count: int) -> Outcome:
    """Slack answering 500 to the ways of replying ``REFUSALS[refusal]`` names."""
    actions = prepared_paths(rig, count)
    with rig.refusing(*REFUSALS[refusal]):
        attempts = [act() for act in actions]
        can_tell = refusal != "every way"
        verdicts = rig.settle(attempts, told=can_tell)
    return Outcome(f"refusing {refusal}", rig.backend, verdicts, can_tell=can_tell)


def form_cannot_open(rig: Rig, count: int) -> Outcome:
    """views.open refused: ``/logcontact`` alone, the message shortcut, a Log contact button."""
    users = rig.new_reps(3 * count)
    client = str(rig.client_ids["Jane Smith"])  # a Log contact button's value: the client id
    sender = rig.sender
    attempts: list[Attempt] = []
    with rig.refusing("views.open"):
        for n in range(count):
            a, b, c = users[3 * n : 3 * n + 3]
            attempts += [
                rig.timed(
                    Attempt("open form", a, f"none:{a}"),
                    partial(sender.command, "/logcontact", "", user_id=a, channel_id=CHANNEL),
                ),
                rig.timed(
                    Attempt("open shortcut", b, f"none:{b}"),
                    partial(
                        sender.message_shortcut,
                        ids.SHORTCUT_LOG_MESSAGE,
                        b,
                        "Call notes",
                        channel_id=CHANNEL,
                    ),
                ),
                rig.timed(
                    Attempt("open button", c, f"none:{c}"),
                    partial(sender.block_action, c, ids.LOG_OPEN_FORM, client, channel_id=CHANNEL),
                ),
            ]
        verdicts = rig.settle(attempts, told=True, recorded=False)
    return Outcome("views.open refused", rig.backend, verdicts, expect_records=False)


def hang_beside(
    rig: Rig, others: int, *, every: float, hanging: int = 1, hold: float = 12.0
) -> tuple[Outcome, list[Attempt]]:
    """``hanging`` response_urls hang ``hold`` seconds while ``others`` requests on every
    path start every ``every`` seconds; returns the outcome and the others' attempts."""
    users = rig.new_reps(hanging)
    actions = prepared_paths(rig, (others + 3) // 4)[:others]
    rig.server.wait_quiet(0.5)
    with HangingListener(hold=hold) as hang:
        hung = [
            rig.slash(user, LINES[n % len(LINES)], response_url=hang.url(f"x{n}"))
            for n, user in enumerate(users)
        ]
        attempts = run_paced(actions, every=every)
        verdicts = rig.settle([*hung, *attempts], told=True)
    label = "one reply URL hanging" if hanging == 1 else f"{hanging} reply URLs hanging"
    return Outcome(f"{label} {hold:.0f}s", rig.backend, verdicts), attempts


def cold_instance(rig: Rig, workdir: Path, count: int) -> tuple[Outcome, str]:
    """A second instance on the same database, started with SLACK_API_URL on a closed port
    (a restart while Slack is unreachable); its first requests are lines, clicks on a
    question the other instance asked and forms the other instance opened."""
    users = rig.new_reps(3 * count)
    buttons = [rig.pick_buttons(user)[0] for user in users[count : 2 * count]]
    forms = [rig.open_form(user) for user in users[2 * count :]]
    cold = ServeProcess(
        database_url=rig.database_url, api_url=closed_url("/api/"), workdir=workdir, name="cold"
    ).start()
    try:
        to_cold = SlackSender(cold.events_url, SIGNING_SECRET, standin=rig.standin, timeout=30)
        attempts: list[Attempt] = []
        for n, user in enumerate(users[:count]):
            trigger = to_cold.new_trigger_id()
            attempts.append(
                rig.timed(
                    Attempt("slash", user, f"slash:{trigger}"),
                    partial(
                        to_cold.command,
                        "/logcontact",
                        LINES[n % len(LINES)],
                        user_id=user,
                        channel_id=CHANNEL,
                        trigger_id=trigger,
                        response_url=closed_url("/response/cold"),
                    ),
                )
            )
        for user, button in zip(users[count : 2 * count], buttons, strict=True):
            attempts.append(
                rig.timed(
                    Attempt("pick", user, Pending.decode(button.value or "").k),
                    partial(
                        to_cold.block_action,
                        user,
                        button.action_id or "",
                        button.value,
                        block_id=button.block_id,
                        channel_id=CHANNEL,
                        response_url=closed_url("/response/cold"),
                    ),
                )
            )
        answers = {"client": str(rig.client_ids["Ada Lovelace"]), "channel": "phone"}
        for user, form in zip(users[2 * count :], forms, strict=True):
            attempts.append(
                rig.timed(
                    Attempt("form", user, f"view:{form['id']}"),
                    partial(to_cold.view_submission, user, form, answers=answers),
                )
            )
        verdicts = rig.settle(attempts, told=False)
        cold.wait_quiet(0.5)
    finally:
        cold.stop()
    return Outcome("cold, Slack unreachable", rig.backend, verdicts, can_tell=False), cold.log()


# -- PostgreSQL losing its connections ------------------------------------------------------


def killed_connections(
    rig: Rig, count: int, *, every: float = 0.2, kill_every: float = 0.4
) -> tuple[Outcome, BackendKiller]:
    """``pg_terminate_backend`` on the database's connections every ``kill_every`` s while
    ``count`` ``/logcontact`` lines start every ``every`` s; the replies read at the stand-in."""
    users = rig.new_reps(count)
    admin, database = admin_conninfo(rig.database_url)
    actions: list[Action] = [
        partial(rig.slash, user, LINES[n % len(LINES)]) for n, user in enumerate(users)
    ]
    with BackendKiller(admin, database, every=kill_every) as killer:
        attempts = run_paced(actions, every=every)
        time.sleep(1.5)  # keep killing while the last lines are written and answered
    rig.engine.dispose()
    verdicts = rig.settle(attempts, told=True, recorded=False, timeout=30)
    outcome = Outcome(f"PG killed every {kill_every}s", rig.backend, verdicts)
    outcome.notes.append(f"{killer.kills} backends killed in {killer.rounds} rounds")
    return outcome, killer


# -- requests Slack did not sign -------------------------------------------------------------


def sign(body: bytes, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    """Slack's v0 signature over the raw bytes (slack_sdk's signer insists on UTF-8)."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def forged_requests(trap: str) -> list[tuple[str, bytes, dict[str, str]]]:
    """(what, body, headers): each would reach ``trap`` (its response_url) if acted on.

    Names starting "signed" are signed correctly but are no payload Slack sends
    (a 400); every other is not Slack's (a 401).
    """
    user = "UNOBODY"
    command = (
        f"command=%2Flogcontact&text=Jane+Smith+call&user_id={user}&channel_id={CHANNEL}"
        f"&trigger_id=1.2.3&response_url={trap}"
    ).encode()
    click_payload = {
        "type": "block_actions",
        "user": {"id": user},
        "actions": [{"action_id": ids.LOG_OPEN_FORM, "value": ""}],
        "trigger_id": "1.2.3",
        "response_url": trap,
        "channel": {"id": CHANNEL},
    }
    click = ("payload=" + json.dumps(click_payload)).encode()
    bad_json = b"payload=%7Bnot+json&response_url=" + trap.encode()
    not_utf8 = b"payload=\xff\xfe\xfd&response_url=" + trap.encode()
    listed = b"payload=%5B1%2C2%5D"
    now = str(int(time.time()))
    stale = str(int(now) - 3600)
    zeros = "v0=" + "0" * 64

    def headers(timestamp: str | None, signature: str | None) -> dict[str, str]:
        sent = {"Content-Type": "application/x-www-form-urlencoded"}
        if timestamp is not None:
            sent["X-Slack-Request-Timestamp"] = timestamp
        if signature is not None:
            sent["X-Slack-Signature"] = signature
        return sent

    return [
        ("no signature headers", command, headers(None, None)),
        ("no timestamp", command, headers(None, sign(command, now))),
        ("no signature", command, headers(now, None)),
        ("empty signature", command, headers(now, "")),
        ("garbled signature", command, headers(now, "v0=not-hex-at-all")),
        ("signature without v0=", command, headers(now, sign(command, now)[3:])),
        ("another body's signature", command, headers(now, sign(click, now))),
        ("another secret's signature", click, headers(now, sign(click, now, "not-the-secret"))),
        ("non-numeric timestamp", command, headers("soon", sign(command, "soon"))),
        ("empty timestamp", command, headers("", sign(command, ""))),
        ("fractional timestamp", click, headers(now + ".5", sign(click, now + ".5"))),
        ("stale timestamp", click, headers(stale, sign(click, stale))),
        ("unsigned bad payload JSON", bad_json, headers(None, None)),
        ("unsigned non-UTF-8 body", not_utf8, headers(None, None)),
        ("badly signed bad payload JSON", bad_json, headers(now, zeros)),
        ("badly signed non-UTF-8 body", not_utf8, headers(now, zeros)),
        ("signed bad payload JSON", bad_json, headers(now, sign(bad_json, now))),
        ("signed non-UTF-8 body", not_utf8, headers(now, sign(not_utf8, now))),
        ("signed payload that is a JSON list", listed, headers(now, sign(listed, now))),
    ]


@dataclass
class Forgeries:
    statuses: dict[str, set[int]]  # every answer each case got
    outbound: list[str]  # calls the stand-in received meanwhile
    trapped: int  # connections to the trap response_url
    log: str  # the server's log meanwhile

    def wrong_statuses(self) -> dict[str, set[int]]:
        """Cases answered other than 401 (not Slack's) or 400 (signed, but no Slack payload)."""
        return {
            what: seen
            for what, seen in self.statuses.items()
            if seen != {400 if what.startswith("signed") else 401}
        }


def unsigned_and_malformed(rig: Rig, repeat: int = 1) -> Forgeries:
    """Every forged request, ``repeat`` times, with the trap and a live stand-in URL."""
    mark = rig.server.log_mark()
    with HangingListener(hold=1.0) as trap_listener:
        cases: list[tuple[str, bytes, dict[str, str]]] = []
        for _ in range(repeat):
            cases += forged_requests(trap_listener.url("trap"))
            # The stand-in's own response_url too: a post there would be recorded.
            cases += forged_requests(rig.standin.new_response_url(channel=CHANNEL))
        before = len(rig.standin.calls)
        statuses: dict[str, set[int]] = {}
        for what, body, sent in cases:
            status = rig.sender.post(body, headers=sent, sign=False).status
            statuses.setdefault(what, set()).add(status)
        time.sleep(1.5)  # time enough for any work started after an answer to call out
        outbound = [f"{c.method} {c.args}"[:200] for c in rig.standin.calls[before:]]
        trapped = trap_listener.accepted
    return Forgeries(statuses, outbound, trapped, rig.server.log_since(mark))
