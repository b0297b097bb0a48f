"""``cmsbot console``: the real bot, the Slack stand-in, and a terminal where you act as a user.

The bot runs as in production — the same WSGI app checking signatures — and
talks to the local stand-in; what the console prints is read back from the Web
API calls the stand-in recorded (``bot.console.view``), so nothing here
re-implements a feature. Scheduler jobs run on ``:tick`` with the clock set.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bot.cli import demo as demo_book
from bot.console.view import Screen, Shown, read_calls, tick_report
from bot.directory.languages import reader_language
from bot.i18n import NAMES

SECRET = "console-signing-secret"
TOKEN = "xoxb-console"
HELP = """\
/logcontact …  /client …  /cms …   slash commands, as the current user
:as NAME|ID     act as another user        :users    who is in the workspace
N | :press N    press button N (":press N CHOICE" for a select: its number or label)
M.N | :press M.N  press button N of message #M in the last :channel or :dms listing
:channel [PAGE] the controllers' channel   :dms [PAGE]  your DMs from the bot
                (page 1 is the newest ten; :channel 2 goes back ten more)
:home           your App Home              :clock    the console's clock
:tick ISO       run the scheduler as if the clock read ISO (e.g. 2026-12-01T09:00)
:help  :quit"""
VERBS = (":as", ":users", ":press", ":channel", ":dms", ":home", ":tick", ":clock", ":help")
COMMANDS = ("/logcontact", "/client", "/cms")
FILES_HELP = "folder for the log and the files the bot uploads (default: cmsbot-console in temp)"


class Console:
    """One console session: start with ``with Console(...)``, feed it lines with ``handle``."""

    def __init__(
        self,
        database_url: str,
        out: TextIO,
        ask: Callable[[str], str | None],
        *,
        files_folder: Path | None = None,
    ) -> None:
        self.database_url, self.out, self.ask = database_url, out, ask
        self.files_folder = files_folder or Path(tempfile.gettempdir()) / "cmsbot-console"
        self.stack = contextlib.ExitStack()
        self.shown: Shown | None = None
        self.listed: dict[int, Shown] = {}  # message number → its buttons, from :channel/:dms
        self.listed_channel: str | None = None
        self.seen = 0
        self.saved_files: set[str] = set()

    def __enter__(self) -> Console:
        from bot.app import build_app
        from bot.clock import FixedClock
        from bot.settings import Settings
        from handlers.http.server import serve_in_thread
        from standin.sender import SlackSender
        from standin.server import SlackStandIn
        from storage.models import Rep

        # No per-channel pace here: the console is local, and the bot paces its own posts.
        self.standin = self.stack.enter_context(SlackStandIn(token=TOKEN, post_limit=None))
        # The demo's controllers' channel, with the bot invited as an admin would.
        self.standin.add_channel(
            demo_book.CONTROLLERS_CHANNEL,
            "controllers",
            members=[self.standin.bot_user_id],
            everyone=True,
        )
        self.clock = FixedClock(demo_book.DEMO_NOW)
        settings = Settings(
            bot_token=TOKEN,
            signing_secret=SECRET,
            api_url=self.standin.api_url,
            database_url=self.database_url,
            controllers_channel=demo_book.CONTROLLERS_CHANNEL,
        )
        self.cms = build_app(settings, mode="http", clock=self.clock)
        self.stack.callback(self.cms.deps.engine.dispose)
        self.stack.callback(self.cms.close)
        base_url = self.stack.enter_context(serve_in_thread(self.cms))
        self.slack = SlackSender(f"{base_url}/slack/events", SECRET, standin=self.standin)
        with self.cms.deps.sessions() as session:
            reps = session.query(Rep).order_by(Rep.id).all()
            self.people = [(r.slack_user_id, r.name, r.timezone, r.locale) for r in reps]
            self.clients = [c.name for c in _clients(session)]
            self.controllers = {r.slack_user_id for r in reps if r.has_role("controller")}
        for user_id, name, tz, locale in self.people:
            self.standin.add_user(user_id, name, tz or "UTC", locale or "en-US", real_name=name)
        self.names = {user_id: name for user_id, name, _, _ in self.people}
        self.user = self.people[0][0] if self.people else "U1"
        self._restore_slack()
        from bot.delivery.outbox import deliver_due
        from bot.delivery.pacing import Pacer

        # Everything the book owed, posted before the session starts; unpaced, since
        # this stand-in is local (what the session itself posts keeps Slack's pace).
        unpaced = Pacer(self.cms.deps.sessions, interval=0.0)
        while deliver_due(self.cms.deps, now=self.clock(), limit=500, pacer=unpaced).sent:
            pass
        self._settle(quiet=0.1)
        self.seen = len(self.standin.calls)  # what the book owed before we arrived is old news
        self.saved_files = {f.id for f in self.standin.uploaded_files()}
        return self

    def __exit__(self, *_exc: object) -> None:
        try:
            self._keep_slack()
        finally:
            self.stack.close()

    @property
    def slack_file(self) -> Path | None:
        """Beside the book: what Slack showed, so the next session's channel is not empty.

        The book records posts as sent (a claim keeps its message's ts), so a new
        stand-in without them would show an empty controllers' channel.
        """
        from bot.cli.database import sqlite_file

        book = sqlite_file(self.database_url)
        return book.with_name(book.name + ".slack.json") if book else None

    def _restore_slack(self) -> None:
        import json

        if self.slack_file and self.slack_file.is_file():
            self.standin.restore_messages(json.loads(self.slack_file.read_text("utf-8")))

    def _keep_slack(self) -> None:
        import json

        if self.slack_file and hasattr(self, "standin"):
            saved = json.dumps(self.standin.saved_messages(), ensure_ascii=False)
            self.slack_file.write_text(saved, "utf-8")

    # -- the loop ------------------------------------------------------------------------

    def prompt(self) -> str:
        return f"{self.names.get(self.user, self.user)} ({self.user})> "

    def handle(self, line: str) -> bool:
        """Act on one typed line; False to quit."""
        line = line.strip()
        if not line:
            return True
        if line in (":quit", ":q", ":exit"):
            return False
        verb, _, rest = line.partition(" ")
        if line.startswith("/"):
            self.slack.command(verb, rest, user_id=self.user, channel_id=f"D{self.user}")
            self._after()
        elif verb.isdigit() or _is_pair(verb) or verb == ":press":
            number, _, value = (rest if verb == ":press" else line).partition(" ")
            self._press(number, value.strip() or None)
        elif verb == ":as":
            self._switch(rest.strip())
        elif verb == ":users":
            self._users()
        elif verb == ":channel":
            self._channel(demo_book.CONTROLLERS_CHANNEL, "#controllers", rest.strip())
        elif verb == ":dms":
            self._channel(f"D{self.user}", "your DMs", rest.strip())
        elif verb == ":home":
            self.slack.app_home_opened(self.user)
            self._after(show_home=True)
        elif verb == ":tick":
            self._tick(rest.strip())
        elif verb == ":clock":
            self.say(f"The console's clock reads {self.clock().isoformat()}.")
        else:
            self.say(HELP)
        return True

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    # -- actions -------------------------------------------------------------------------

    def _language(self, user_id: str) -> str:
        """The language the bot answers ``user_id`` in now (``/cms language`` may change it)."""
        with self.cms.deps.sessions() as session:
            return reader_language(session, user_id, default=self.cms.deps.settings.default_locale)

    def _switch(self, who: str) -> None:
        wanted = who.lower()
        for user_id, name, _, _ in self.people:
            if wanted in (user_id.lower(), name.lower()) or name.lower().startswith(wanted):
                self.user, self.shown = user_id, None
                language = NAMES[self._language(user_id)]
                self.say(f"You are now {name} ({user_id}); the bot answers you in {language}.")
                return
        self.say(f"No user {who!r}; :users lists them.")

    def _press(self, number: str, value: str | None) -> None:
        from bot.console.view import choose_option

        shown = self.shown
        if _is_pair(number):
            listed, _, number = number.partition(".")
            shown = self.listed.get(int(listed))
            if shown is None:
                self.say(f"Message #{listed} has no buttons, or was not listed: :channel lists.")
                return
        controls = shown.controls if shown else []
        if not number.isdigit() or not 1 <= int(number) <= len(controls):
            self.say(f"Nothing numbered {number} on screen; {len(controls)} button(s) shown.")
            return
        assert shown is not None
        control = controls[int(number) - 1]
        option = None
        if control.type != "button":
            options = list(control.element.get("options") or [])
            for group in control.element.get("option_groups") or []:
                options += group.get("options") or []
            option = choose_option(options, value)
            if option is None:
                labels = "; ".join(
                    f"{i} = {(o.get('text') or {}).get('text')}" for i, o in enumerate(options, 1)
                )
                self.say(f"Say which: :press {number} CHOICE ({labels or 'any text'}).")
                return
        message = shown.message
        if message and message.get("ts"):
            current = {m.ts: m for m in self.standin.messages_in(message["channel"])}
            message = current[message["ts"]].as_dict() if message["ts"] in current else message
            message["channel"] = shown.message["channel"] if shown.message else None
        self.slack.block_action(
            self.user,
            str(control.action_id),
            None if option else control.value,
            control.block_id,
            selected_option=option,
            message=None if shown.view else message,
            view=shown.view,
            channel_id=(message or {}).get("channel") or f"D{self.user}",
        )
        self._after()

    def _users(self) -> None:
        """Everyone in the book: id, name, roles (and whose assistant), zone, language."""
        from bot.console.listing import people_lines

        with self.cms.deps.sessions() as session:
            for line in people_lines(session):
                self.say(line)

    def _channel(self, channel: str, title: str, page: str = "") -> None:
        from bot.console.listing import page_of

        listing = page_of(self.standin.messages_in(channel), channel, page, names=self.names)
        if listing.error:
            self.say(listing.error)
            return
        if self.listed_channel != channel:
            self.listed, self.listed_channel = {}, channel
        self.listed.update(listing.pressable)  # earlier pages of this channel stay pressable
        if listing.pressable:
            self.shown = listing.pressable[max(listing.pressable)]
        for line in listing.lines:
            self.say(line)
        if listing.pressable:
            newest = max(listing.pressable)
            self.say(
                f"(a plain number presses message #{newest}'s buttons; M.N presses button N "
                "of message #M, e.g. "
                f"{min(listing.pressable)}.1)"
            )

    def _tick(self, text: str) -> None:
        from bot.cadence.nudges import run_tick
        from bot.claims.digest import digest_job
        from bot.delivery.outbox import deliver_due

        try:
            at = datetime.fromisoformat(text)
        except ValueError:
            self.say(f"Give an ISO time, like :tick 2026-12-01T09:00 (not {text!r}).")
            return
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        self.clock.set(at)
        start = len(self.standin.calls)
        run_tick(self.cms.deps, now=at, pace=0)
        digest_job(self.cms.deps)
        deliver_due(self.cms.deps, now=at)
        self._settle()
        calls = self.standin.calls[start:]
        self.say(f"Clock set to {at.isoformat()}; the scheduler ran. What each person got:")
        for line in tick_report(calls, names=self.names):
            self.say(line)
        self._show(read_calls(calls, me=self.user, controllers=None, names=self.names))
        self.seen = len(self.standin.calls)

    def _after(self, *, show_home: bool = False) -> None:
        """Let the bot finish, deliver what it owes, and print what is new for this user."""
        self._settle()
        self._deliver()
        self._settle()
        calls = self.standin.calls[self.seen :]
        self.seen += len(calls)
        channel = demo_book.CONTROLLERS_CHANNEL if self.user in self.controllers else None
        screen = read_calls(
            calls, me=self.user, controllers=channel, names=self.names, show_home=show_home
        )
        self._show(screen)

    def _show(self, screen: Screen) -> None:
        for line in screen.lines:
            self.say(line)
        self._save_files()
        if screen.others:
            sent = ", ".join(f"{who} ({n})" for who, n in screen.others.items())
            self.say(f"(the bot also wrote to: {sent})")
        if screen.shown is not None:
            self.shown = screen.shown
        if screen.modal is not None:
            self._fill(screen.modal)

    def _suggest(self, view: dict[str, Any]) -> Callable[[dict[str, Any], str], list[Any]]:
        """Ask the bot for a type-ahead's options, as Slack does while someone types."""

        def suggest(block: dict[str, Any], typed: str) -> list[Any]:
            element = block.get("element") or {}
            reply = self.slack.options(
                self.user,
                str(element.get("action_id")),
                typed,
                block_id=str(block.get("block_id")),
                view=view,
            )
            body = reply.json or {}
            found = list(body.get("options") or [])
            for group in body.get("option_groups") or []:
                found += group.get("options") or []
            return found

        return suggest

    def _fill(self, view: dict[str, Any]) -> None:
        from bot.console.view import ask_fields

        answers: dict[str, Any] = {}
        errors: dict[str, str] = {}
        while True:
            given = ask_fields(
                view, answers, errors, ask=self.ask, say=self.say, suggest=self._suggest(view)
            )
            if given is None:
                if view.get("notify_on_close"):  # Slack tells the app only when asked to
                    self.slack.view_closed(self.user, view)
                self.say("(form closed)")
                return
            answers = given
            reply = self.slack.view_submission(self.user, view, answers=answers)
            body = reply.json or {}
            if body.get("response_action") == "errors":
                errors = dict(body.get("errors") or {})
                continue
            if body.get("response_action") in ("update", "push") and body.get("view"):
                self.say("(the form changed)")
                view = {**view, **body["view"]}
                answers, errors = {}, {}
                continue
            self._after()
            return

    def _save_files(self) -> None:
        """Files the bot uploaded (a scorecard's chart) saved where the user can open them."""
        from bot.console.listing import inline_image, save_upload

        for upload in self.standin.uploaded_files():
            if upload.id in self.saved_files:
                continue
            self.saved_files.add(upload.id)
            path = save_upload(upload, folder=self.files_folder)
            self.say(f"[file uploaded: {upload.title or upload.filename}] saved to {path}")
            drawing = inline_image(upload.content, os.environ) if _is_terminal(self.out) else None
            if drawing:
                self.say(drawing)

    def _deliver(self) -> None:
        from bot.delivery.outbox import deliver_due

        deliver_due(self.cms.deps, now=self.clock())

    def _settle(self, quiet: float = 0.3, longest: float = 8.0) -> None:
        """Wait until the stand-in has heard nothing new for ``quiet`` seconds."""
        deadline = time.monotonic() + longest
        count = len(self.standin.calls)
        still_since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now_count = len(self.standin.calls)
            if now_count != count:
                count, still_since = now_count, time.monotonic()
            elif time.monotonic() - still_since >= quiet:
                return


def log_to_file(folder: Path | None = None) -> Path:
    """Send every log line (the bot's, Bolt's, matplotlib's) to a file, not between replies."""
    import logging

    folder = folder or Path(tempfile.gettempdir()) / "cmsbot-console"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "console.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    return path


def _is_pair(word: str) -> bool:
    """``3.1``: button 1 of message #3 of the last listing."""
    message, dot, button = word.partition(".")
    return bool(dot) and message.isdigit() and button.isdigit()


def _clients(session: Any) -> list[Any]:
    from sqlalchemy import select

    from storage.models import Client

    return list(session.scalars(select(Client).where(Client.active.is_(True))))


def main(
    argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Run a console session; returns the exit code. ``argv``: ``[--db URL_OR_PATH] [--as USER]``."""
    import argparse

    from bot.console.view import line_reader

    parser = argparse.ArgumentParser(prog="cmsbot console")
    parser.add_argument("--db", help="a demo book made by cmsbot demo (default: the usual one)")
    parser.add_argument("--as", dest="as_user", help="start as this user (name or Slack id)")
    parser.add_argument("--files", help=FILES_HELP)
    args = parser.parse_args(argv or [])
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    url = demo_book.ensure(args.db, out=stdout)
    folder = Path(args.files) if args.files else None
    log_file = log_to_file(folder)
    with Console(url, stdout, ask=lambda _prompt: None, files_folder=folder) as console:
        console.say(f"(the bot's log goes to {log_file}; uploaded files to {console.files_folder})")
        read = line_reader(stdin, stdout, words=[*COMMANDS, *VERBS, *console.clients])
        console.ask = read
        if args.as_user:
            console.handle(f":as {args.as_user}")
        console.say("cmsbot console — the real bot against a local Slack stand-in. :help for help.")
        while True:
            line = read(console.prompt())
            if line is None or not console.handle(line):
                return 0


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
