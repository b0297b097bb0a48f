"""The workspace the stand-in pretends to be: users, messages, views, files, and the Web API
methods acting on them, answered in Slack's response shapes.

Kept apart from the HTTP plumbing in ``server.py`` so each stays small; channels,
membership and the ``conversations.*`` methods are in ``conversations.py``. Not
thread-safe by itself: the server holds its lock around every use. A few of
Slack's own checks are copied (duplicate block ids, title lengths, trigger ids
exchanged once, ``hash_conflict``, posting only where the bot is a member)
because a bot that breaks them works here and fails in the real workspace otherwise.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from standin.common import SlackError, dm_channel, truthy
from standin.conversations import Channel, Conversations
from standin.files import Files, UploadedFile
from standin.limits import check_blocks, check_view, with_ids

__all__ = ["Channel", "Message", "SlackError", "UploadedFile", "Workspace", "dm_channel", "truthy"]


@dataclass
class Message:
    """A message as the channel now shows it (updates applied); ``to_user`` set for ephemerals."""

    channel: str
    ts: str
    text: str = ""
    blocks: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    user: str | None = None
    files: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] | None = None
    to_user: str | None = None
    edits: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Slack's message object, as it appears in payloads (``body["message"]``)."""
        message: dict[str, Any] = {
            "type": "message",
            "user": self.user,
            "text": self.text,
            "ts": self.ts,
            "blocks": self.blocks,
        }
        if self.attachments:
            message["attachments"] = self.attachments
        if self.thread_ts:
            message["thread_ts"] = self.thread_ts
        if self.files:
            message["files"] = self.files
        if self.metadata:
            message["metadata"] = self.metadata
        return message


# "trigger_ids … expire in three seconds" (https://api.slack.com/docs/triggers); views.open
# answers ``expired_trigger_id`` (https://docs.slack.dev/reference/methods/views.open, "Errors").
# A trigger id the stand-in did not issue (a test's literal) is not timed.
TRIGGER_TTL = 3.0
# "You can only push a view onto a stack of up to 3 views" ... views.push answers
# ``push_limit_reached`` (https://docs.slack.dev/reference/methods/views.push, "Errors").
VIEW_STACK = 3

# Slack's defaults for conversations.history: ``limit`` 100, at most 999.
HISTORY_PAGE_DEFAULT, HISTORY_PAGE_MAX = 100, 999


class Workspace(Files, Conversations):
    def __init__(
        self,
        *,
        team_id: str,
        bot_user_id: str,
        bot_id: str,
        app_id: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.team_id, self.bot_user_id, self.bot_id, self.app_id = (
            team_id,
            bot_user_id,
            bot_id,
            app_id,
        )
        self.base_url = ""
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, Channel] = {}
        self.history_page_default, self.history_page_max = HISTORY_PAGE_DEFAULT, HISTORY_PAGE_MAX
        self.messages: dict[tuple[str, str], Message] = {}
        self.ephemeral: list[Message] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.view_order: list[str] = []
        self.homes: dict[str, dict[str, Any]] = {}
        self.files: dict[str, UploadedFile] = {}
        self.used_triggers: set[str] = set()
        self.clock = clock
        self.trigger_issued: dict[str, float] = {}
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self.add_user(bot_user_id, "cmsbot", is_bot=True)

    # -- helpers -------------------------------------------------------------------------

    def next_ts(self) -> str:
        micros = 1_700_000_000_000_000 + next(self._ts) * 100
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):04d}"

    def new_trigger_id(self) -> str:
        n = next(self._ids)
        trigger = f"{n}.{self.team_id[1:] or '1'}.{n * 7919:08x}standin"
        self.trigger_issued[trigger] = self.clock()
        return trigger

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
        now = datetime.now(ZoneInfo(tz))
        offset = now.utcoffset()
        real = real_name or name
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "deleted": False,
            "real_name": real,
            "tz": tz,
            "tz_label": now.tzname(),
            "tz_offset": int(offset.total_seconds()) if offset else 0,
            "locale": locale,
            "is_bot": is_bot,
            "profile": {
                "real_name": real,
                "display_name": name,
                "email": email or f"{name.lower().replace(' ', '.')}@example.com",
            },
        }
        self.users[user_id] = user
        return user

    def message(self, channel: str, ts: str) -> Message:
        found = self.messages.get((dm_channel(channel), ts))
        if found is None:
            raise SlackError("message_not_found")
        return found

    def restore_messages(self, messages: list[Message]) -> None:
        """Messages from an earlier session, kept as they were; the ts clock moves past them."""
        latest = 0
        for message in messages:
            self.messages[(message.channel, message.ts)] = message
            seconds, _, micros = message.ts.partition(".")
            latest = max(latest, int(seconds) * 1_000_000 + int(micros or 0))
        used = (latest - 1_700_000_000_000_000) // 100 + 1
        self._ts = itertools.count(max(1, used + 1))

    def messages_in(self, channel: str) -> list[Message]:
        channel = dm_channel(channel)
        return sorted(
            (m for (c, _), m in self.messages.items() if c == channel), key=lambda m: m.ts
        )

    def ephemerals_for(self, user: str | None) -> list[Message]:
        return [m for m in self.ephemeral if user is None or m.to_user == user]

    def latest_view(self, callback_id: str | None = None) -> dict[str, Any]:
        for view_id in reversed(self.view_order):
            view = self.views[view_id]
            if view.get("type") == "modal" and callback_id in (None, view.get("callback_id")):
                return view
        raise AssertionError(f"no modal view with callback_id {callback_id!r} was opened")

    # -- dispatch ------------------------------------------------------------------------

    def call(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        """The body of a successful answer (without ``ok``); raises ``SlackError``."""
        name = "api_" + method.replace(".", "_")
        handler = getattr(self, name, None)
        if handler is None:
            raise SlackError("unknown_method")
        result: dict[str, Any] = handler(args)
        return result

    def api_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": "https://standin.slack.com/",
            "team": "Stand-in",
            "user": "cmsbot",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    # -- chat ----------------------------------------------------------------------------

    def _content(self, args: dict[str, Any]) -> dict[str, Any]:
        blocks = copy.deepcopy(args.get("blocks") or [])
        attachments = args.get("attachments") or []
        text = args.get("text") or ""
        if not (text or blocks or attachments):
            raise SlackError("no_text")
        if len(text) > 40_000:
            raise SlackError("msg_too_long")
        problems = check_blocks(blocks, limit=50)
        if problems:
            raise SlackError("invalid_blocks", problems)
        return {"text": text, "blocks": with_ids(blocks), "attachments": attachments}

    def _channel(self, args: dict[str, Any], key: str = "channel") -> str:
        channel = args.get(key)
        if not channel:
            raise SlackError("channel_not_found")
        return dm_channel(str(channel))

    def post(self, channel: str, content: dict[str, Any], **extra: Any) -> Message:
        message = Message(channel=channel, ts=self.next_ts(), user=self.bot_user_id, **content)
        for key, value in extra.items():
            setattr(message, key, value)
        self.messages[(channel, message.ts)] = message
        return message

    def _message_body(self, message: Message) -> dict[str, Any]:
        return {
            **message.as_dict(),
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
        }

    def api_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args)
        self.check_member(channel)
        message = self.post(
            channel,
            self._content(args),
            thread_ts=args.get("thread_ts") or None,
            metadata=args.get("metadata") or None,
        )
        return {"channel": channel, "ts": message.ts, "message": self._message_body(message)}

    def api_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args)
        self.check_member(channel)
        message = self.message(channel, str(args.get("ts")))
        if message.user != self.bot_user_id:
            # "cant_update_message: Authenticated user does not have permission to update
            # this message" (https://docs.slack.dev/reference/methods/chat.update, "Errors").
            raise SlackError("cant_update_message")
        content = self._content(args)
        message.text = content["text"]
        message.blocks = content["blocks"]
        if "attachments" in args:
            message.attachments = content["attachments"]
        message.edits += 1
        return {
            "channel": channel,
            "ts": message.ts,
            "text": message.text,
            "message": self._message_body(message),
        }

    def api_chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args)
        user = args.get("user")
        if not user:
            raise SlackError("user_not_found")
        self.check_member(channel)
        self.check_recipient(channel, str(user))
        message = Message(
            channel=channel,
            ts=self.next_ts(),
            user=self.bot_user_id,
            to_user=str(user),
            thread_ts=args.get("thread_ts") or None,
            **self._content(args),
        )
        self.ephemeral.append(message)
        return {"message_ts": message.ts}

    def api_chat_delete(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args)
        self.check_member(channel)
        message = self.message(channel, str(args.get("ts")))
        del self.messages[(channel, message.ts)]
        return {"channel": channel, "ts": message.ts}

    def api_chat_getPermalink(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args)
        message = self.message(channel, str(args.get("message_ts")))
        digits = message.ts.replace(".", "")
        return {
            "channel": channel,
            "permalink": f"https://standin.slack.com/archives/{channel}/p{digits}",
        }

    def respond(
        self, link: tuple[str | None, str | None, str | None], args: dict[str, Any]
    ) -> None:
        """What Slack does with a ``response_url`` post tied to a channel/message/user."""
        channel, message_ts, user = link
        if channel is None:
            return
        if truthy(args.get("delete_original")):
            self.messages.pop((channel, message_ts or ""), None)
            return
        content = self._content(args)
        if truthy(args.get("replace_original")) and (channel, message_ts) in self.messages:
            message = self.messages[(channel, message_ts or "")]
            message.text, message.blocks = content["text"], content["blocks"]
            message.edits += 1
        elif args.get("response_type") == "in_channel":
            self.post(channel, content, thread_ts=args.get("thread_ts") or None)
        else:
            self.ephemeral.append(
                Message(
                    channel=channel,
                    ts=self.next_ts(),
                    user=self.bot_user_id,
                    to_user=user,
                    **content,
                )
            )

    # -- users ---------------------------------------------------------

    def api_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(args.get("user")))
        if user is None:
            raise SlackError("user_not_found")
        user = copy.deepcopy(user)
        if not truthy(args.get("include_locale")):
            user.pop("locale")  # as Slack: the locale only comes with include_locale=true
        return {"user": user}

    def api_users_lookupByEmail(self, args: dict[str, Any]) -> dict[str, Any]:
        for user in self.users.values():
            if user["profile"]["email"] == args.get("email"):
                return {"user": copy.deepcopy(user)}
        raise SlackError("users_not_found")

    # -- views ---------------------------------------------------------------------------

    def _view(self, args: dict[str, Any], **fields: Any) -> dict[str, Any]:
        requested = args.get("view")
        if not isinstance(requested, dict):
            raise SlackError("invalid_arguments", ["[ERROR] missing required field: view"])
        problems = check_view(requested)
        if problems:
            raise SlackError("invalid_arguments", problems)
        view = copy.deepcopy(requested)
        view["blocks"] = with_ids(view.get("blocks") or [])
        view.update(
            team_id=self.team_id,
            state={"values": {}},
            hash=f"{1_700_000_000 + next(self._ids)}.{next(self._ids) * 2654435761 % 2**32:08x}",
            private_metadata=view.get("private_metadata", ""),
            callback_id=view.get("callback_id", ""),
            external_id=view.get("external_id", ""),
            clear_on_close=bool(view.get("clear_on_close", False)),
            notify_on_close=bool(view.get("notify_on_close", False)),
            app_id=self.app_id,
            app_installed_team_id=self.team_id,
            bot_id=self.bot_id,
        )
        view.update(fields)
        self.views[view["id"]] = view
        if view["id"] in self.view_order:
            self.view_order.remove(view["id"])
        self.view_order.append(view["id"])
        return view

    def _exchange(self, args: dict[str, Any]) -> None:
        trigger = args.get("trigger_id")
        if not trigger:
            raise SlackError("invalid_arguments", ["[ERROR] missing required field: trigger_id"])
        if trigger in self.used_triggers:
            raise SlackError("exchanged_trigger_id")
        issued = self.trigger_issued.get(str(trigger))
        if issued is not None and self.clock() - issued > TRIGGER_TTL:
            raise SlackError("expired_trigger_id")
        self.used_triggers.add(trigger)

    def api_views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        self._exchange(args)
        view_id = self.next_id("V")
        return {"view": self._view(args, id=view_id, root_view_id=view_id, previous_view_id=None)}

    def api_views_push(self, args: dict[str, Any]) -> dict[str, Any]:
        self._exchange(args)
        modals = [v for v in self.view_order if self.views[v].get("type") == "modal"]
        root = modals[-1] if modals else None
        if root is not None and self._stack_depth(root) >= VIEW_STACK:
            raise SlackError("push_limit_reached")
        view_id = self.next_id("V")
        root_id = self.views[root]["root_view_id"] if root else view_id
        return {"view": self._view(args, id=view_id, root_view_id=root_id, previous_view_id=root)}

    def _stack_depth(self, view_id: str) -> int:
        depth = 1
        previous = self.views[view_id].get("previous_view_id")
        while previous:
            depth += 1
            previous = self.views[previous].get("previous_view_id")
        return depth

    def _find_view(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("view_id"):
            found = self.views.get(str(args["view_id"]))
        else:
            external = args.get("external_id")
            found = next(
                (v for v in self.views.values() if external and v["external_id"] == external),
                None,
            )
        if found is None:
            raise SlackError("not_found")
        if args.get("hash") and args["hash"] != found["hash"]:
            raise SlackError("hash_conflict")
        return found

    def api_views_update(self, args: dict[str, Any]) -> dict[str, Any]:
        old = self._find_view(args)
        keep = {k: old[k] for k in ("id", "root_view_id", "previous_view_id")}
        return {"view": self._view(args, **keep)}

    def api_views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args.get("user_id") or "")
        if user not in self.users:
            raise SlackError("user_not_found")
        old = self.homes.get(user)
        if args.get("hash") and old is not None and args["hash"] != old["hash"]:
            raise SlackError("hash_conflict")
        view_id = old["id"] if old else self.next_id("V")
        view = self._view(args, id=view_id, root_view_id=view_id, previous_view_id=None)
        self.homes[user] = view
        return {"view": view}
