"""A local stand-in for the Slack Web API, on 127.0.0.1, for end-to-end tests and the console.

The bot talks to it through the real slack_sdk ``WebClient`` (``SLACK_API_URL``
points here), so what the tests see is what Slack would have received. Every
call is recorded with its arguments decoded; a little state (messages, views,
App Homes, uploaded files, channels and their members) is kept so tests and the
console can look at what a user would see. Failures can be injected to test
"Slack failing, then recovering", and so can a lost answer: the call takes
effect but the connection closes before any reply, as when a network drops
mid-request.

It is as strict as Slack where a bot can go wrong: Block Kit limits
(``limits.py``), channel membership (``conversations.py``), the per-channel
posting rate and, opt-in, the non-Marketplace history limits (``pacing.py``),
``response_url``'s five uses in thirty minutes (``response_urls.py``) and the
token's scopes (``scopes.py``, sent back as ``x-oauth-scopes``). Every call it
refuses is kept; under pytest a refusal the test did not declare fails the
test (``refusals.py``). Time, for expiry and rate limits, is ``clock()`` plus
whatever ``advance()`` added. This is test tooling: a threaded stdlib server is enough.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from standin import answers, refusals, scopes
from standin.files import URL_PRIVATE
from standin.pacing import HistoryLimit, PostLimit, PostPacer
from standin.refusals import Expectation
from standin.response_urls import ResponseLink
from standin.wire import LOST, decode_args, handler_for
from standin.workspace import Message, SlackError, UploadedFile, Workspace, dm_channel

__all__ = ["LOST", "Call", "Message", "PostLimit", "SlackStandIn", "UploadedFile", "decode_args"]

RESPONSE_URL = "response_url"
UPLOAD = "upload"
# A refusal's reason, for the ledger; taken off the answer before it is sent.
REFUSAL_HEADER = "X-Standin-Refusal"
SIGN_IN_PAGE = (
    "<!DOCTYPE html><html><head><title>Sign in | Slack</title></head><body></body></html>"
)

Predicate = Callable[["Call"], bool] | Mapping[str, Any] | None


@dataclass
class _Failure:
    times: int | None  # None: until recovered
    error: str
    status: int
    retry_after: int


@dataclass(frozen=True)
class Call:
    """One request the stand-in received: a Web API method, a ``response_url`` or an upload.

    ``failed`` marks attempts answered by an injected failure; ``response`` is
    the JSON the stand-in answered with (``call.response["view"]["id"]``...;
    for a plain-text answer, ``ok`` and, when refused, ``error`` = the text).
    A call whose answer was lost took effect and has ``status`` ``LOST``.
    ``injected`` marks both: the test asked for them, so they are declared.
    """

    method: str
    args: dict[str, Any]
    at: float
    failed: bool = False
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    injected: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.response.get("ok")) and not self.failed

    @property
    def refused(self) -> bool:
        """What Slack's caller sees as failure: HTTP >= 400, ``ok: false`` or no answer."""
        return self.status >= 400 or self.status == LOST or self.response.get("ok") is False


class _Server(ThreadingHTTPServer):
    # http.server listens with a backlog of 5: a burst beyond it waits a second for the
    # client's SYN retry, which Slack never makes anyone wait.
    request_queue_size = 128


class SlackStandIn:
    """The Slack Web API on ``api_url``; start it (or use ``with``), point SLACK_API_URL at it."""

    def __init__(
        self,
        token: str = "xoxb-test",
        team_id: str = "T0001",
        bot_user_id: str = "UBOT",
        *,
        bot_id: str = "B0001",
        app_id: str = "A0001",
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.monotonic,
        granted_scopes: Iterable[str] | None = None,
        post_limit: PostLimit | None = PostLimit(),  # noqa: B008 - frozen, shared safely
        non_marketplace_history: bool = False,
    ) -> None:
        """``granted_scopes``: the token's scopes (default: the bot scopes of manifest.yml).

        ``post_limit``: ``chat.postMessage``'s per-channel pace (None: unlimited).
        ``non_marketplace_history``: ``conversations.history`` as an app outside
        the Marketplace has it since 2025 (15 a page, one call a minute).
        """
        self.token = token
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self._host, self._port = host, port
        self._clock, self._offset = clock, 0.0
        self._cond = threading.Condition(threading.RLock())
        self._calls: list[Call] = []
        self._refusals: list[Call] = []
        self._expectations: list[Expectation] = []
        self._failures: dict[str, _Failure] = {}
        self._lost_answers: dict[str, int] = {}
        self._stalls: dict[str, tuple[float, int]] = {}
        self._response_urls: dict[str, ResponseLink] = {}
        self._url_counter = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._address = f"http://{host}:{port or '?'}"
        self.granted_scopes: tuple[str, ...] | None = (
            tuple(granted_scopes) if granted_scopes is not None else scopes.manifest_scopes()
        )
        self._pacer = PostPacer(post_limit) if post_limit is not None else None
        self._history = HistoryLimit() if non_marketplace_history else None
        self.workspace = Workspace(
            team_id=team_id, bot_user_id=bot_user_id, bot_id=bot_id, app_id=app_id, clock=self.now
        )
        if self._history is not None:
            self.workspace.history_page_default = self._history.page_max
            self.workspace.history_page_max = self._history.page_max
        refusals.register(self)

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> SlackStandIn:
        if self._server is not None:
            return self
        self._server = _Server((self._host, self._port), handler_for(self.handle))
        self._server.daemon_threads = True
        self.workspace.base_url = self._address = self.base_url
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # a quick stop() keeps test teardown fast
            name="slack-standin",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server = None

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the stand-in is not started")
        return f"http://{self._host}:{self._server.server_port}"

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL is set to; slack_sdk appends the method name."""
        return f"{self.base_url}/api/"

    @property
    def address(self) -> str:
        """Where it listens (or listened): for messages, safe once stopped."""
        return self._address

    # -- time ----------------------------------------------------------------------------

    def now(self) -> float:
        """The stand-in's time in seconds: ``clock()`` plus what ``advance`` added."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass for response_url expiry and rate limits."""
        with self._cond:
            self._offset += seconds

    # -- arranging -----------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str,
        tz: str = "UTC",
        locale: str = "en-US",
        *,
        real_name: str | None = None,
        email: str | None = None,
        is_bot: bool = False,
    ) -> dict[str, Any]:
        """Register a workspace member for ``users.info``; returns the user object."""
        with self._cond:
            return self.workspace.add_user(
                user_id, name, tz, locale, real_name=real_name, email=email, is_bot=is_bot
            )

    def add_channel(
        self,
        channel_id: str,
        name: str,
        is_private: bool = False,
        members: Iterable[str] = (),
        *,
        everyone: bool = False,
    ) -> str:
        """A channel; the bot is in it only if ``members`` lists ``bot_user_id``.

        ``everyone``: every human member of the workspace is in it (as in #general).
        """
        with self._cond:
            return self.workspace.add_channel(
                channel_id, name, is_private=is_private, members=members, everyone=everyone
            ).id

    def invite(self, channel_id: str, *users: str) -> None:
        with self._cond:
            self.workspace.channels[channel_id].members.update(users)

    def kick(self, channel_id: str, *users: str) -> None:
        with self._cond:
            self.workspace.channels[channel_id].members.difference_update(users)

    def archive(self, channel_id: str) -> None:
        with self._cond:
            self.workspace.channels[channel_id].is_archived = True

    def members_of(self, channel_id: str) -> list[str]:
        with self._cond:
            return self.workspace.members_of(self.workspace.channels[channel_id])

    def set_post_limit(self, limit: PostLimit | None) -> None:
        """Change ``chat.postMessage``'s per-channel pace (None: unlimited)."""
        with self._cond:
            self._pacer = PostPacer(limit) if limit is not None else None

    def ensure_user(self, user_id: str) -> dict[str, Any]:
        """The workspace member ``user_id``, added with defaults (name = the id, lower case,
        UTC, en-US) when the stand-in did not know them."""
        with self._cond:
            known = self.workspace.users.get(user_id)
            return known if known is not None else self.workspace.add_user(user_id, user_id.lower())

    def new_response_url(
        self, *, channel: str | None = None, message_ts: str | None = None, user: str | None = None
    ) -> str:
        """A fresh ``response_url``; tied to a message, ``replace_original`` edits that message.

        It answers 5 times within 30 minutes of now (``response_urls.py``).
        """
        with self._cond:
            url = f"{self.base_url}/response/{next(self._url_counter)}"
            self._response_urls[url] = ResponseLink(channel, message_ts, user, self.now())
            return url

    def new_trigger_id(self) -> str:
        """A trigger id in Slack's shape; ``views.open`` accepts any, exchanged once each."""
        with self._cond:
            return self.workspace.new_trigger_id()

    def fail(
        self,
        method: str,
        times: int = 1,
        error: str = "ratelimited",
        status: int | None = None,
        retry_after: int = 1,
    ) -> None:
        """Answer the next ``times`` calls to ``method`` with a failure, then serve normally.

        ``status`` defaults to 429 (with ``Retry-After``) for "ratelimited" and 200
        (``ok: false``) otherwise; give 500/503 for a server error. ``method`` may
        also be "response_url" or "upload" (the POST of file bytes).
        """
        if status is None:
            status = 429 if error == "ratelimited" else 200
        with self._cond:
            self._failures[method] = _Failure(times, error, status, retry_after)

    def fail_always(
        self,
        method: str,
        error: str = "internal_error",
        status: int | None = None,
        retry_after: int = 1,
    ) -> None:
        """Fail every call to ``method`` until ``recover(method)``."""
        if status is None:
            status = 429 if error == "ratelimited" else 200
        with self._cond:
            self._failures[method] = _Failure(None, error, status, retry_after)

    def lose_answers(self, method: str, times: int = 1) -> None:
        """Carry out the next ``times`` calls to ``method``, then close without answering.

        The caller cannot tell whether the call took effect: the case a sender
        that must post at most once has to handle.
        """
        with self._cond:
            self._lost_answers[method] = times

    def stall(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls to ``method`` for ``seconds`` before answering them,
        as a slow or hanging Slack does (a caller's timeout gives up first)."""
        with self._cond:
            self._stalls[method] = (seconds, times)

    def expect_refusal(self, method: str, error: str | None = None, count: int | None = 1) -> None:
        """Declare that this test makes ``method`` be refused ``count`` times (None: one or more).

        ``error`` is Slack's error string (the JSON ``error`` or a response_url's
        text body; any when None). Checked when the test ends (``refusals.py``):
        an undeclared refusal fails the test, and so does a declaration that
        was not seen exactly ``count`` times.
        """
        if count is not None and count < 1:
            raise ValueError("count is at least 1 (None: one or more)")
        with self._cond:
            self._expectations.append(Expectation(method, error, count))

    def check_answer(self, kind: str, payload: Mapping[str, Any], body: Any) -> None:
        """The bot answered a ``kind`` payload with ``body`` (its acknowledgement's JSON):
        recorded as the call ``ack:<kind>``, refused when Slack would refuse it (``answers.py``)."""
        found = answers.check(kind, payload, body)
        response: dict[str, Any] = {"ok": found is None}
        if found is not None:
            response["error"] = found[0]
            if found[1]:
                response["response_metadata"] = {"messages": found[1]}
        args = {"type": kind, "answer": body}
        with self._cond:
            call = Call(f"ack:{kind}", args, time.time(), response=response)
            self._calls.append(call)
            if call.refused:
                self._refusals.append(call)
            self._cond.notify_all()

    def refused_calls(self) -> list[Call]:
        """Every call refused without having been injected, declared or not (kept by ``clear``)."""
        with self._cond:
            return list(self._refusals)

    def _ledger_mark(self) -> tuple[int, int]:
        with self._cond:
            return len(self._refusals), len(self._expectations)

    def _ledger_since(self, mark: tuple[int, int]) -> tuple[list[Call], list[Expectation]]:
        with self._cond:
            return self._refusals[mark[0] :], self._expectations[mark[1] :]

    def recover(self, method: str | None = None) -> None:
        """Stop failing ``method`` (every method when None)."""
        with self._cond:
            if method is None:
                self._failures.clear()
                self._lost_answers.clear()
            else:
                self._failures.pop(method, None)
                self._lost_answers.pop(method, None)

    # -- looking -------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._cond:
            return list(self._calls)

    def calls_to(self, method: str, *, include_failed: bool = True) -> list[Call]:
        with self._cond:
            return [
                c for c in self._calls if c.method == method and (include_failed or not c.failed)
            ]

    def clear(self) -> None:
        """Forget recorded calls (messages, views and files stay)."""
        with self._cond:
            self._calls.clear()

    def wait_for(
        self,
        method: str,
        predicate: Predicate = None,
        timeout: float = 5.0,
        count: int = 1,
        *,
        include_failed: bool = False,
    ) -> Call:
        """The ``count``-th call to ``method`` matching ``predicate``, waiting for it to arrive.

        ``predicate`` is a function of the ``Call`` or a mapping that the call's
        args must contain. Raises ``AssertionError`` listing what was received.
        """
        return self.wait_for_calls(
            method, predicate, timeout, count, include_failed=include_failed
        )[count - 1]

    def wait_for_calls(
        self,
        method: str,
        predicate: Predicate = None,
        timeout: float = 5.0,
        count: int = 1,
        *,
        include_failed: bool = False,
    ) -> list[Call]:
        """All matching calls, once at least ``count`` have arrived; else ``AssertionError``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = self._matching(method, predicate, include_failed)
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} call(s) to {method} matching {_describe(predicate)} "
                        f"within {timeout}s, got {len(found)}. Received:\n{self.describe_calls()}"
                    )
                self._cond.wait(left)

    def assert_no_call(self, method: str, predicate: Predicate = None, within: float = 0.3) -> None:
        """Raise ``AssertionError`` if a matching call arrives within ``within`` seconds."""
        try:
            call = self.wait_for(method, predicate, timeout=within)
        except AssertionError:
            return
        raise AssertionError(f"unexpected call to {method}: {call.args}")

    def describe_calls(self) -> str:
        with self._cond:
            lines = [_one_line(c) for c in self._calls]
        return "\n".join(lines) or "  (nothing)"

    def messages_in(self, channel: str) -> list[Message]:
        """Messages now in ``channel`` (a user id means the DM with that user), oldest first."""
        with self._cond:
            return copy.deepcopy(self.workspace.messages_in(channel))

    def saved_messages(self) -> list[dict[str, Any]]:
        """Every channel and DM message, as plain data (the console keeps them between sessions)."""
        with self._cond:
            return [dataclasses.asdict(m) for m in self.workspace.messages.values()]

    def restore_messages(self, saved: list[dict[str, Any]]) -> None:
        """Put back messages ``saved_messages`` returned; new ones get later timestamps."""
        with self._cond:
            self.workspace.restore_messages([Message(**m) for m in saved])

    def ephemerals(self, user: str | None = None) -> list[Message]:
        with self._cond:
            return copy.deepcopy(self.workspace.ephemerals_for(user))

    def home_of(self, user_id: str) -> dict[str, Any] | None:
        """The App Home view last published for ``user_id``, or None."""
        with self._cond:
            return copy.deepcopy(self.workspace.homes.get(user_id))

    def view(self, view_id: str) -> dict[str, Any]:
        """The stored view (as Slack returns it, with ``id``, ``hash``, ``state``)."""
        with self._cond:
            return copy.deepcopy(self.workspace.views[view_id])

    def latest_view(self, callback_id: str | None = None) -> dict[str, Any]:
        """The most recently opened, pushed or updated modal (optionally by ``callback_id``)."""
        with self._cond:
            return copy.deepcopy(self.workspace.latest_view(callback_id))

    def uploaded_files(self) -> list[UploadedFile]:
        """Files the bot uploaded and shared (``files.completeUploadExternal``)."""
        with self._cond:
            return [
                copy.copy(f)
                for f in self.workspace.files.values()
                if f.completed and f.user == self.bot_user_id
            ]

    def user_posts(self, channel: str, user: str, text: str) -> Message:
        """``user`` posts ``text`` in ``channel``: a message a shortcut can be used on."""
        with self._cond:
            self.ensure_user(user)
            return copy.copy(self.workspace.post(channel, {"text": text}, user=user))

    def share_file(
        self,
        channel: str,
        user: str,
        *,
        name: str,
        content: bytes,
        mimetype: str = "application/pdf",
        filetype: str = "pdf",
        text: str = "",
    ) -> Message:
        """``user`` posts a message with ``content`` attached as ``name`` in ``channel``.

        The message (as the channel shows it, with Slack's file object in
        ``files``) is what a message shortcut on it carries.
        """
        with self._cond:
            self.ensure_user(user)
            message = self.workspace.share_file(
                channel,
                user,
                name=name,
                content=content,
                mimetype=mimetype,
                filetype=filetype,
                text=text,
            )
            return copy.deepcopy(message)

    def delete_file(self, file_id: str) -> None:
        with self._cond:
            self.workspace.files[file_id].deleted = True

    # -- serving -------------------------------------------------------------------------

    def _matching(self, method: str, predicate: Predicate, include_failed: bool) -> list[Call]:
        return [
            c
            for c in self._calls
            if c.method == method and (include_failed or not c.failed) and _matches(predicate, c)
        ]

    def handle(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> tuple[int, dict[str, Any] | str | bytes, dict[str, str]]:
        """Answer one request (``headers`` with lower-case names).

        Returns the status, a JSON object (or text) and extra response headers.
        """
        split = urlsplit(path)
        url = f"{self.base_url}{split.path}"
        kind, _, name = split.path.lstrip("/").partition("/")
        content_type = headers.get("content-type", "application/x-www-form-urlencoded")
        if kind == "api":
            method = name
            args = decode_args(body, content_type, split.query)
        elif kind == "response":
            method = RESPONSE_URL
            args = {"url": url, **decode_args(body, "application/json")}
        elif kind == "upload":
            method = UPLOAD
            args = {"url": url, "file_id": name, "size": len(body)}
        elif kind == "files-pri":
            method = URL_PRIVATE
            args = {"url": url, "authorization": bool(headers.get("authorization"))}
        elif kind == "signin":
            return 200, SIGN_IN_PAGE, {"Content-Type": "text/html; charset=utf-8"}
        else:
            return 404, "not found", {}
        with self._cond:
            seconds, times = self._stalls.get(method, (0.0, 0))
            if times:
                self._stalls[method] = (seconds, times - 1)
        if times:
            time.sleep(seconds)  # outside the lock: other calls are answered meanwhile
        with self._cond:
            status, answer, extra, failed = self._answer(kind, method, args, body, headers, url)
            lost = not failed and bool(self._lost_answers.get(method))
            if lost:
                self._lost_answers[method] -= 1
                status = LOST
            # A snapshot: later updates to stored messages and views must not alter it.
            recorded = json.loads(json.dumps(answer)) if isinstance(answer, dict) else {}
            recorded.setdefault("ok", status == 200)
            if isinstance(answer, str) and status >= 400:
                recorded["error"] = answer
            reason = extra.pop(REFUSAL_HEADER, None)
            if reason is not None:
                recorded["error"] = reason
            call = Call(method, args, time.time(), failed, status, recorded, failed or lost)
            self._calls.append(call)
            if call.refused and not call.injected:
                self._refusals.append(call)
            self._cond.notify_all()
        return status, answer, extra

    def _answer(
        self,
        kind: str,
        method: str,
        args: dict[str, Any],
        body: bytes,
        headers: Mapping[str, str],
        url: str,
    ) -> tuple[int, dict[str, Any] | str | bytes, dict[str, str], bool]:
        failure = self._failures.get(method)
        if failure is not None:
            if failure.times is not None:
                failure.times -= 1
                if failure.times <= 0:
                    del self._failures[method]
            extra = {"Retry-After": str(failure.retry_after)} if failure.status == 429 else {}
            return failure.status, {"ok": False, "error": failure.error}, extra, True
        if kind == "response":
            return (*self._respond(url, args), {}, False)
        if kind == "upload":
            if not self.workspace.store_upload(args["file_id"], body):
                return 404, "file_not_found", {}, False
            return 200, f"OK - {len(body)}", {}, False
        if kind == "files-pri":
            return (*self._private_file(urlsplit(url).path, headers), False)
        auth_error = self._auth_error(args, headers)
        if auth_error:
            return 200, {"ok": False, "error": auth_error}, {}, False
        extra = self._scope_headers(method, args)
        try:
            self._check_scopes(method, args)
            retry_after = self._rate_limited(method, args)
            if retry_after is not None:
                extra["Retry-After"] = str(retry_after)
                return 429, {"ok": False, "error": "ratelimited"}, extra, False
            return 200, {"ok": True, **self.workspace.call(method, args)}, extra, False
        except SlackError as error:
            answer: dict[str, Any] = {"ok": False, "error": str(error), **error.extra}
            if error.messages:
                answer["response_metadata"] = {"messages": error.messages}
            return 200, answer, extra, False

    def _private_file(
        self, path: str, headers: Mapping[str, str]
    ) -> tuple[int, bytes | str, dict[str, str]]:
        """A file's bytes for a bot token in the Authorization header; else the sign-in page.

        Slack: "make an authenticated request to the URL ... using a bot token in
        the Authorization header" (https://api.slack.com/types/file#authentication).
        A token in the query string, none, a wrong one or one without
        ``files:read`` gets a redirect to the sign-in page, as a browser without
        a session does; an unknown file (or one the bot cannot see) is 404.
        """
        bearer = headers.get("authorization", "")
        token = bearer[len("Bearer ") :] if bearer.startswith("Bearer ") else ""
        if not token or token != self.token:
            reason = "not_authed" if not token else "invalid_auth"
        elif self.granted_scopes is not None and "files:read" not in self.granted_scopes:
            reason = "missing_scope"
        else:
            reason = None
        if reason is not None:
            location = f"{self.base_url}/signin?redir={path}"
            return 302, "", {"Location": location, REFUSAL_HEADER: reason}
        file = self.workspace.private_file(path)
        if file is None:
            return 404, "file_not_found", {}
        return 200, file.content, {"Content-Type": file.mimetype}

    def _respond(self, url: str, args: dict[str, Any]) -> tuple[int, str]:
        link = self._response_urls.get(url)
        if link is None:
            return 404, "no_service"
        expired = link.use(self.now())
        if expired:
            return 404, expired
        try:
            self.workspace.respond(link.target, args)
        except SlackError as error:
            return 400, str(error)
        return 200, "ok"

    def _scope_headers(self, method: str, args: Mapping[str, Any]) -> dict[str, str]:
        """``x-oauth-scopes`` (what the token has) and ``x-accepted-oauth-scopes`` (what
        ``method`` accepts), as Slack sends on every Web API answer."""
        if self.granted_scopes is None:
            return {}
        headers = {"x-oauth-scopes": ",".join(self.granted_scopes)}
        needed = scopes.accepted_scopes(method, args, self.workspace.kind_of)
        if needed:
            headers["x-accepted-oauth-scopes"] = ",".join(
                dict.fromkeys(s for g in needed for s in g)
            )
        return headers

    def _check_scopes(self, method: str, args: Mapping[str, Any]) -> None:
        if self.granted_scopes is None:
            return
        needed = scopes.accepted_scopes(method, args, self.workspace.kind_of)
        group = scopes.missing(needed, self.granted_scopes)
        if group is not None:
            raise SlackError(
                "missing_scope", needed=",".join(group), provided=",".join(self.granted_scopes)
            )

    def _rate_limited(self, method: str, args: Mapping[str, Any]) -> int | None:
        """Retry-After seconds when Slack would answer 429 now, else None."""
        if method == "chat.postMessage" and self._pacer is not None and args.get("channel"):
            return self._pacer.take(dm_channel(str(args["channel"])), self.now())
        if method == "conversations.history" and self._history is not None:
            return self._history.take(self.now())
        return None

    def _auth_error(self, args: Mapping[str, Any], headers: Mapping[str, str]) -> str | None:
        bearer = headers.get("authorization", "")
        token = bearer[len("Bearer ") :] if bearer.startswith("Bearer ") else args.get("token")
        if not token:
            return "not_authed"
        return None if token == self.token else "invalid_auth"


def _matches(predicate: Predicate, call: Call) -> bool:
    if predicate is None:
        return True
    if isinstance(predicate, Mapping):
        return all(call.args.get(k) == v for k, v in predicate.items())
    try:
        return bool(predicate(call))
    except (KeyError, IndexError, TypeError, AttributeError):
        return False


def _describe(predicate: Predicate) -> str:
    if predicate is None:
        return "anything"
    if isinstance(predicate, Mapping):
        return repr(dict(predicate))
    return getattr(predicate, "__name__", repr(predicate))


def _one_line(call: Call) -> str:
    if call.failed:
        flag = " [injected failure]"
    elif call.refused:
        flag = f" [refused: {call.response.get('error') or call.status}]"
    else:
        flag = ""
    text = json.dumps(call.args, default=repr, ensure_ascii=False)
    if len(text) > 300:
        text = text[:297] + "..."
    return f"  {call.method}{flag} {text}"
