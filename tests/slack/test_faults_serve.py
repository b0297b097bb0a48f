"""Faults as users meet them: ``cmsbot serve`` on gunicorn while Slack or the database fails.

Each case runs the real server process (``handlers.http.server.serve``, started as
``python -m bot serve``) on SQLite and on PostgreSQL, sends it what Slack sends
(signed by ``standin.sender``), breaks the Slack stand-in or the database, and
reads the record two ways: the database (every contact is stored under its
idempotency key — ``slash:<trigger id>`` for a line, ``view:<view id>`` for the
form) and what reached the user at the stand-in (``response_url`` posts,
``chat.postEphemeral``, DMs by ``chat.postMessage``, a view submission's own
answer). The scenarios live in ``tests/fault_scenarios.py``;
``benchmarks/fault_run.py`` runs them with larger counts and prints the figures.

What Slack documents and these tests hold the bot to:

- acknowledge an interaction within 3 seconds, or the user is shown an error
  and Slack retries (https://docs.slack.dev/interactivity/handling-user-interaction,
  "Acknowledgment response"; https://docs.slack.dev/interactivity/implementing-slash-commands,
  "Confirming receipt"): a contact acked in time is one the user will not send again,
  so it must be recorded, once;
- a request whose ``X-Slack-Signature`` does not verify is not Slack's and is
  refused (https://docs.slack.dev/authentication/verifying-requests-from-slack);
- a ``response_url`` is one way to answer; ``chat.postEphemeral``
  (https://docs.slack.dev/reference/methods/chat.postEphemeral) and a DM
  (``chat.postMessage`` with the user's id as channel,
  https://docs.slack.dev/reference/methods/chat.postMessage) are the others;
- a view submission carries ``response_urls`` only for a conversations select
  with ``response_url_enabled``
  (https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload),
  which the contact form has not: its confirmation is a DM, or the submission's own answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import BACKENDS, TemplateDatabases
from tests.fault_rig import Rig
from tests.fault_scenarios import (
    REFUSALS,
    Outcome,
    cold_instance,
    form_cannot_open,
    hang_beside,
    killed_connections,
    reply_url_hanging,
    slack_refusing,
    slack_unreachable,
    unsigned_and_malformed,
)
from tests.fault_verdicts import LOGGED, NOTHING, ack_figures


class Rigs:
    """One running ``cmsbot serve`` per backend, started when a test first asks for it."""

    def __init__(self, databases: TemplateDatabases, tmp: pytest.TempPathFactory) -> None:
        self.databases, self.tmp = databases, tmp
        self.running: dict[str, Rig] = {}

    def __getitem__(self, backend: str) -> Rig:
        if backend not in self.running:
            workdir = Path(self.tmp.mktemp(f"serve-{backend}"))
            rig = Rig(backend=backend, database_url=self.databases.url(backend), workdir=workdir)
            self.running[backend] = rig.start()
        return self.running[backend]

    def close(self) -> dict[str, int]:
        return {backend: rig.close() for backend, rig in self.running.items()}


@pytest.fixture(scope="module")
def rigs(databases: TemplateDatabases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rigs]:
    pool = Rigs(databases, tmp_path_factory)
    try:
        yield pool
    finally:
        codes = pool.close()
    assert all(code == 0 for code in codes.values()), f"cmsbot serve did not stop cleanly: {codes}"


@pytest.fixture(params=BACKENDS)
def rig(request: pytest.FixtureRequest, rigs: Rigs) -> Iterator[Rig]:
    """The backend's server; Slack healthy again after each test, the server still up."""
    running = rigs[str(request.param)]
    mark = running.log_mark = running.server.log_mark()
    yield running
    running.standin.recover()
    running.standin.start()
    process = running.server.process
    assert process is not None and process.poll() is None, (
        "cmsbot serve died during the test:\n" + running.server.log_since(mark)
    )


# -- what every fault case asserts ---------------------------------------------------------


def assert_acked_and_recorded_once(outcome: Outcome, rig: Rig) -> None:
    """Every ack a 200 within Slack's 3 s, and each acked contact recorded exactly once."""
    problems = [v.describe() for v in outcome.verdicts if v.late or v.recorded != 1]
    assert not problems, (
        f"[{rig.backend}] {outcome.scenario}: acked late, lost or duplicated:\n  "
        + "\n  ".join(problems)
        + "\n--- server log: errors ---\n"
        + rig.server.problems(rig.log_mark)
    )


def assert_told_truthfully(outcome: Outcome, rig: Rig) -> None:
    """Everyone was told something, and nothing they were told contradicts the database."""
    untold = [v.describe() for v in outcome.verdicts if v.untold]
    false = [f"{v.describe()}: {w}" for v in outcome.verdicts for w in v.false_replies]
    assert not untold and not false, (
        f"[{rig.backend}] {outcome.scenario}: untold {untold}\nfalse replies {false}\n"
        f"--- stand-in calls (tail) ---\n{rig.standin.describe_calls()[-3000:]}"
        f"\n--- server log: errors ---\n{rig.server.problems(rig.log_mark)}"
    )


# -- Slack unreachable, hanging, refusing ---------------------------------------------------


def test_slack_unreachable_every_acked_contact_is_recorded_once(rig: Rig) -> None:
    """The stand-in stopped (connections refused): a line, a pick-a-client click, a form
    submission and a shortcut's form submission are each acked in time and recorded once."""
    outcome = slack_unreachable(rig, count=1)
    assert_acked_and_recorded_once(outcome, rig)


def test_reply_url_that_hangs_records_once_and_tells_by_another_way(rig: Rig) -> None:
    """A response_url on a socket that accepts and never answers: the line and the click
    are recorded once, and the user hears "Logged" all the same (an ephemeral or a DM)."""
    outcome = reply_url_hanging(rig, count=1)
    assert not outcome.notes, outcome.notes
    assert_acked_and_recorded_once(outcome, rig)
    assert_told_truthfully(outcome, rig)
    assert all(LOGGED in v.kinds for v in outcome.verdicts), [
        v.describe() for v in outcome.verdicts
    ]


@pytest.mark.parametrize("refusal", [r for r in REFUSALS if r != "every way"])
def test_slack_refusing_a_way_of_replying_loses_nothing_and_the_user_still_hears(
    rig: Rig, refusal: str
) -> None:
    """Slack answers 500 to a way of replying (the response_url; it and the ephemeral;
    the DM): on every path the contact is recorded once and the user is told, truthfully,
    another way."""
    outcome = slack_refusing(rig, refusal, count=1)
    assert_acked_and_recorded_once(outcome, rig)
    assert_told_truthfully(outcome, rig)


def test_slack_refusing_every_way_of_replying_still_records_each_contact_once(rig: Rig) -> None:
    """response_url, chat.postEphemeral, chat.postMessage and views.open all refused:
    nobody can be told, and nothing is lost or doubled for it."""
    outcome = slack_refusing(rig, "every way", count=1)
    assert_acked_and_recorded_once(outcome, rig)


def test_form_that_cannot_open_is_said_not_left_silent(rig: Rig) -> None:
    """views.open refused: ``/logcontact`` alone, the message shortcut and a **Log contact**
    button each ack in time and tell the user (nothing recorded, nor said to be)."""
    outcome = form_cannot_open(rig, count=1)
    late = [v.describe() for v in outcome.verdicts if v.late]
    untold = [v.describe() for v in outcome.verdicts if v.untold]
    claimed = [v.describe() for v in outcome.verdicts if v.recorded or LOGGED in v.kinds]
    assert not late and not untold and not claimed, (
        f"[{rig.backend}] late {late}\nsilent {untold}\nclaimed {claimed}\n"
        f"{rig.standin.describe_calls()[-3000:]}"
    )


# -- one slow Slack must not slow anyone else -----------------------------------------------


@pytest.mark.slow
def test_one_reply_url_hanging_twelve_seconds_delays_no_other_ack(
    rig: Rig, capsys: pytest.CaptureFixture[str]
) -> None:
    """While one user's response_url hangs for 12 s, 30 other requests on every path,
    started every 0.4 s whether or not the last was answered (a desk logging at once),
    are each acked within 1 s, and all are recorded and told."""
    outcome, others = hang_beside(rig, 30, every=0.4)
    figures = ack_figures(others, f"[{rig.backend}] acks beside a 12 s hang:")
    with capsys.disabled():
        print("\n" + figures)
    slow = [f"{a.path} by {a.user}: {a.ack_seconds:.2f}s" for a in others if a.ack_seconds > 1.0]
    assert not slow, figures + "\n" + "\n".join(slow)
    assert_acked_and_recorded_once(outcome, rig)
    assert_told_truthfully(outcome, rig)


# -- a cold instance that never reached Slack ----------------------------------------------


def test_cold_instance_whose_slack_is_unreachable_acks_and_records(
    rig: Rig, tmp_path: Path
) -> None:
    """A second instance on the same database, started with SLACK_API_URL on a closed
    port: its very first requests (a line, a click on a question the other instance asked,
    a form the other instance opened) are acked in time and recorded once."""
    outcome, log = cold_instance(rig, tmp_path, count=1)
    problems = [v.describe() for v in outcome.verdicts if v.late or v.recorded != 1]
    assert not problems, "\n".join(problems) + "\n--- cold instance log ---\n" + log[-6000:]


# -- PostgreSQL losing its connections ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.postgres
def test_killed_database_connections_never_make_a_reply_lie(
    rigs: Rigs, capsys: pytest.CaptureFixture[str]
) -> None:
    """``pg_terminate_backend`` on the test database's connections every 0.4 s, from a
    side thread, during 60 ``/logcontact``s: every contact a user was told "Logged" about
    is recorded exactly once, none twice, nobody is told "nothing was recorded" about one
    that was or "Logged" about one that was not, and everyone is told something."""
    rig = rigs["postgresql"]
    outcome, killer = killed_connections(rig, 60)
    verdicts = outcome.verdicts
    summary = (
        f"[postgresql] {killer.kills} backends killed in {killer.rounds} rounds; "
        f"{sum(v.recorded == 1 for v in verdicts)} of {len(verdicts)} recorded; "
        f"{sum(LOGGED in v.kinds for v in verdicts)} told Logged, "
        f"{sum(NOTHING in v.kinds for v in verdicts)} told nothing was recorded"
    )
    with capsys.disabled():
        print("\n" + summary)
    assert killer.kills > 0, "no connection was killed: the case proves nothing"
    doubled = [v.describe() for v in verdicts if v.recorded > 1]
    logged_lost = [v.describe() for v in verdicts if LOGGED in v.kinds and v.recorded != 1]
    late = [v.describe() for v in verdicts if v.late]
    assert not doubled and not logged_lost and not late, (
        f"{summary}\ndoubled {doubled}\ntold Logged, not recorded once {logged_lost}\n"
        f"acked late {late}"
    )
    assert_told_truthfully(outcome, rig)


# -- requests Slack did not sign, and payloads no Slack would send -------------------------


def test_unsigned_and_malformed_requests_cause_no_call_no_500_and_no_traceback(rig: Rig) -> None:
    """Missing, empty, garbled, foreign or stale signatures, non-numeric timestamps, bad
    payload JSON and non-UTF-8 bodies: a 401 when not Slack's, a 400 when signed but no
    payload Slack sends; neither the stand-in nor the response_url in the body hears from
    the bot, and the server logs no 500 and no traceback."""
    forged = unsigned_and_malformed(rig)
    assert not forged.wrong_statuses(), f"[{rig.backend}] {forged.wrong_statuses()}"
    assert not forged.outbound, forged.outbound
    assert forged.trapped == 0, f"{forged.trapped} connection(s) to an unverified response_url"
    assert "Traceback" not in forged.log, forged.log[-4000:]
    assert "status=500" not in forged.log, forged.log[-4000:]
