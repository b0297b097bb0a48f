"""The autouse ``slack_refusals`` fixture fails a test whose stand-in refused a call it did not
declare, and a test that declared a refusal that never came.

Proven the only way a fixture's verdict can be: a pytest run of its own, in a
subprocess, of small tests each making the real slack_sdk client talk to a
stand-in over HTTP; the verdict of each is read from that run's JUnit report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = """
from tests.conftest import slack_refusals  # noqa: F401  (the fixture under test)
"""

TESTS = """
import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from standin.server import SlackStandIn

TOKEN = "xoxb-t"


def connect(standin):
    return WebClient(token=TOKEN, base_url=standin.api_url, retry_handlers=[])


@pytest.fixture
def slack():
    with SlackStandIn(token=TOKEN, clock=lambda: 0.0) as standin:
        standin.add_channel("C1", "general", members=[standin.bot_user_id])
        standin.add_channel("C2", "random")
        yield standin, connect(standin)


@pytest.fixture(scope="module")
def shared():
    with SlackStandIn(token=TOKEN) as standin:
        standin.add_channel("C1", "general", members=[standin.bot_user_id])
        yield standin, connect(standin)


def post(client, channel, times=1):
    for _ in range(times):
        try:
            client.chat_postMessage(channel=channel, text="x")
        except SlackApiError:
            pass


def test_clean(slack):
    post(slack[1], "C1")


def test_undeclared_not_in_channel(slack):
    post(slack[1], "C2")


def test_injected_failures_and_lost_answers_count_as_declared(slack):
    standin, client = slack
    standin.fail("chat.postMessage", error="internal_error", status=500)
    standin.fail("response_url", error="expired_url", status=404)
    post(client, "C1")
    WebhookClient(standin.new_response_url(channel="C1")).send(text="x")
    standin.lose_answers("chat.postMessage")
    with pytest.raises(Exception):
        client.chat_postMessage(channel="C1", text="lost")


def test_declared_refusal(slack):
    slack[0].expect_refusal("chat.postMessage", error="not_in_channel")
    post(slack[1], "C2")


def test_declared_refusal_that_never_came(slack):
    slack[0].expect_refusal("chat.postMessage", error="not_in_channel")
    post(slack[1], "C1")


def test_fewer_refusals_than_declared(slack):
    slack[0].expect_refusal("chat.postMessage", error="not_in_channel", count=2)
    post(slack[1], "C2")


def test_more_refusals_than_declared(slack):
    slack[0].expect_refusal("chat.postMessage", error="not_in_channel")
    post(slack[1], "C2", times=2)


def test_count_none_is_one_or_more(slack):
    slack[0].expect_refusal("chat.postMessage", count=None)
    post(slack[1], "C2", times=3)


def test_a_different_error_is_not_the_declared_one(slack):
    slack[0].expect_refusal("chat.postMessage", error="not_in_channel")
    post(slack[1], "CNOSUCH")


def test_undeclared_rate_limit(slack):
    post(slack[1], "C1", times=5)


def test_undeclared_response_url_refusal(slack):
    standin, _client = slack
    url = standin.new_response_url(channel="C1", user="U1")
    standin.advance(31 * 60)
    WebhookClient(url).send(text="late")


def test_clear_does_not_hide_a_refusal(slack):
    post(slack[1], "C2")
    slack[0].clear()


def test_a_stand_in_made_in_the_test_body(tmp_path):
    with SlackStandIn(token=TOKEN) as standin:
        post(connect(standin), "CNOSUCH")


def test_module_stand_in_clean(shared):
    post(shared[1], "C1")


def test_module_stand_in_refusal(shared):
    post(shared[1], "CNOSUCH")


def test_module_stand_in_clean_again(shared):
    post(shared[1], "C1")
"""

PASS = {
    "test_clean",
    "test_injected_failures_and_lost_answers_count_as_declared",
    "test_declared_refusal",
    "test_count_none_is_one_or_more",
    "test_module_stand_in_clean",
    "test_module_stand_in_clean_again",
}
# The test that must fail, and what its report must say.
FAIL = {
    "test_undeclared_not_in_channel": ["refused 1 call(s)", "chat.postMessage -> not_in_channel"],
    "test_declared_refusal_that_never_came": [
        "expect_refusal('chat.postMessage', error='not_in_channel') 1 time(s), seen 0"
    ],
    "test_fewer_refusals_than_declared": ["2 time(s), seen 1"],
    "test_more_refusals_than_declared": ["refused 1 call(s)", "-> not_in_channel"],
    "test_a_different_error_is_not_the_declared_one": [
        "chat.postMessage -> channel_not_found",
        "error='not_in_channel') 1 time(s), seen 0",
    ],
    "test_undeclared_rate_limit": ["chat.postMessage -> ratelimited (HTTP 429)"],
    "test_undeclared_response_url_refusal": ["response_url -> expired_url (HTTP 404)"],
    "test_clear_does_not_hide_a_refusal": ["chat.postMessage -> not_in_channel"],
    "test_a_stand_in_made_in_the_test_body": ["chat.postMessage -> channel_not_found"],
    "test_module_stand_in_refusal": ["chat.postMessage -> channel_not_found"],
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Each inner test's outcome ("passed", "failed", "error") and its report text."""
    where = tmp_path_factory.mktemp("refusals")
    (where / "conftest.py").write_text(textwrap.dedent(CONFTEST))
    (where / "test_inner.py").write_text(TESTS)
    report = where / "report.xml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        + [f"--rootdir={where}", f"--junitxml={report}", str(where / "test_inner.py")],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert report.exists(), run.stdout + run.stderr
    found: dict[str, tuple[str, str]] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.attrib["name"]
        problems = [p for p in case if p.tag in ("failure", "error")]
        outcome = problems[0].tag if problems else "passed"
        text = "\n".join((p.attrib.get("message") or "") + (p.text or "") for p in problems)
        if name in found:  # a teardown error is reported as a second entry of the same test
            outcome = "error" if outcome != "passed" else found[name][0]
            text = found[name][1] + text
        found[name] = (outcome, text)
    return found


def test_every_inner_test_ran(verdicts):
    assert set(verdicts) == PASS | set(FAIL)


@pytest.mark.parametrize("name", sorted(PASS))
def test_clean_or_declared_tests_pass(verdicts, name):
    """No refusal, or only injected or declared ones: the fixture lets the test pass."""
    assert verdicts[name] == ("passed", "")


@pytest.mark.parametrize("name", sorted(FAIL))
def test_undeclared_or_unmet_refusals_fail_the_test_and_say_which(verdicts, name):
    """The test fails (at teardown) and the report lists the refused call: method, error,
    HTTP status and the call's channel/text; or the declaration that was not met."""
    outcome, text = verdicts[name]
    assert outcome in ("failed", "error")
    for expected in FAIL[name]:
        assert expected in text, text
