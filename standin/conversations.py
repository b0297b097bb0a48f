"""Conversations the stand-in knows: channels with members, DMs, and who may post where.

Slack refuses a post to a channel the bot is not a member of: ``not_in_channel``
for a public channel, ``channel_not_found`` for a private one it cannot see or
an id that does not exist (https://docs.slack.dev/reference/methods/chat.postMessage,
"Errors"; the bot has ``chat:write`` without ``chat:write.public``). DMs — a
user id, or the ``D…`` id ``conversations.open`` returns — always work.
``chat.postEphemeral`` also needs the recipient in the channel
(``user_not_in_channel``). The read side a ``doctor`` needs is here too:
``conversations.info``, ``conversations.members``, ``users.conversations`` and
``conversations.join`` (public channels only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from standin.common import SlackError, dm_channel, is_dm, truthy
from standin.scopes import IM, MPIM, PRIVATE, PUBLIC

if TYPE_CHECKING:
    from standin.workspace import Message


@dataclass
class Channel:
    """A channel: ``members`` by user id; ``everyone`` adds every human workspace member."""

    id: str
    name: str
    is_private: bool = False
    members: set[str] = field(default_factory=set)
    everyone: bool = False
    is_archived: bool = False
    is_mpim: bool = False
    created: int = 1_700_000_000

    @property
    def kind(self) -> str:
        if self.is_mpim:
            return MPIM
        return PRIVATE if self.is_private else PUBLIC


class Conversations:
    """The conversation half of ``Workspace`` (mixed in; state lives on the workspace)."""

    bot_user_id: str
    users: dict[str, dict[str, Any]]
    channels: dict[str, Channel]
    history_page_max: int
    history_page_default: int

    def messages_in(self, channel: str) -> list[Message]:
        raise NotImplementedError

    def _message_body(self, message: Message) -> dict[str, Any]:
        raise NotImplementedError

    # -- arranging -----------------------------------------------------------------------

    def add_channel(
        self,
        channel_id: str,
        name: str,
        *,
        is_private: bool = False,
        members: Iterable[str] = (),
        everyone: bool = False,
    ) -> Channel:
        if is_dm(channel_id):
            raise ValueError(f"{channel_id!r} is a DM or user id, not a channel id")
        channel = Channel(
            channel_id, name, is_private=is_private, members=set(members), everyone=everyone
        )
        self.channels[channel_id] = channel
        return channel

    def members_of(self, channel: Channel) -> list[str]:
        everyone = (
            {u for u, user in self.users.items() if not user["is_bot"]}
            if channel.everyone
            else set()
        )
        return sorted(channel.members | everyone)

    def is_member(self, channel: Channel, user: str) -> bool:
        """In ``members``, or any person (not a bot) in an ``everyone`` channel.

        A user id the stand-in was never told about counts as a person there, so
        tests need not register everyone who types a command in #general.
        """
        return user in channel.members or (
            channel.everyone and not self.users.get(user, {"is_bot": False})["is_bot"]
        )

    def kind_of(self, conversation: str) -> str | None:
        """public_channel, private_channel, im or mpim; None for an id nobody knows."""
        if is_dm(conversation):
            return IM
        channel = self.channels.get(conversation)
        return channel.kind if channel else None

    # -- Slack's checks ------------------------------------------------------------------

    def visible(self, conversation: str) -> Channel | None:
        """The channel as the bot may see it (None for a DM); ``channel_not_found`` otherwise."""
        if is_dm(conversation):
            return None
        channel = self.channels.get(conversation)
        if channel is None or (
            channel.is_private and not self.is_member(channel, self.bot_user_id)
        ):
            raise SlackError("channel_not_found")
        return channel

    def check_member(self, conversation: str) -> None:
        """What a post, an update or a history read needs: the bot in the conversation."""
        channel = self.visible(conversation)
        if channel is None:
            return
        if not self.is_member(channel, self.bot_user_id):
            raise SlackError("not_in_channel")
        if channel.is_archived:
            raise SlackError("is_archived")

    def check_recipient(self, conversation: str, user: str) -> None:
        """An ephemeral message's recipient must be in the conversation."""
        channel = self.visible(dm_channel(conversation))
        if channel is None:
            if (
                conversation[:1] == "D"
                and conversation[1:] in self.users
                and conversation[1:] != user
            ):
                raise SlackError("user_not_in_channel")
            return
        if not self.is_member(channel, user):
            raise SlackError("user_not_in_channel")

    # -- methods -------------------------------------------------------------------------

    def _conversation_arg(self, args: dict[str, Any]) -> str:
        channel = args.get("channel")
        if not channel:
            raise SlackError("channel_not_found")
        return dm_channel(str(channel))

    def channel_object(self, conversation: str) -> dict[str, Any]:
        """Slack's conversation object, as ``conversations.info`` returns it."""
        channel = self.visible(conversation)
        if channel is None:
            user = conversation[1:]
            return {"id": conversation, "is_im": True, "user": user, "is_open": True}
        return {
            "id": channel.id,
            "name": channel.name,
            "name_normalized": channel.name,
            "is_channel": channel.kind == PUBLIC,
            "is_group": channel.kind == PRIVATE,
            "is_im": False,
            "is_mpim": channel.is_mpim,
            "is_private": channel.is_private or channel.is_mpim,
            "is_archived": channel.is_archived,
            "is_general": channel.everyone,
            "is_member": self.is_member(channel, self.bot_user_id),
            "created": channel.created,
            "num_members": len(self.members_of(channel)),
        }

    def api_conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"channel": self.channel_object(self._conversation_arg(args))}

    def api_conversations_members(self, args: dict[str, Any]) -> dict[str, Any]:
        conversation = self._conversation_arg(args)
        channel = self.visible(conversation)
        if channel is None:
            members = sorted({conversation[1:], self.bot_user_id})
        else:
            members = self.members_of(channel)
        return {"members": members, "response_metadata": {"next_cursor": ""}}

    def api_users_conversations(self, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args.get("user") or self.bot_user_id)
        kinds = [t.strip() for t in str(args.get("types") or PUBLIC).split(",")]
        skip_archived = truthy(args.get("exclude_archived"))
        found = [
            self.channel_object(c.id)
            for c in self.channels.values()
            if c.kind in kinds and self.is_member(c, user) and not (skip_archived and c.is_archived)
        ]
        return {"channels": found, "response_metadata": {"next_cursor": ""}}

    def api_conversations_join(self, args: dict[str, Any]) -> dict[str, Any]:
        conversation = self._conversation_arg(args)
        channel = self.channels.get(conversation)
        if is_dm(conversation) or (channel is not None and channel.kind != PUBLIC):
            raise SlackError("method_not_supported_for_channel_type")
        if channel is None:
            raise SlackError("channel_not_found")
        if channel.is_archived:
            raise SlackError("is_archived")
        answer: dict[str, Any] = {}
        if self.is_member(channel, self.bot_user_id):
            answer["warning"] = "already_in_channel"
            answer["response_metadata"] = {"warnings": ["already_in_channel"]}
        channel.members.add(self.bot_user_id)
        return {"channel": self.channel_object(channel.id), **answer}

    def api_conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("channel"):
            return {"channel": {"id": args["channel"]}, "already_open": True}
        users = [u for u in str(args.get("users") or "").split(",") if u]
        if not users:
            raise SlackError("users_list_not_supplied")
        if len(users) == 1:
            return {"no_op": True, "already_open": True, "channel": {"id": dm_channel(users[0])}}
        channel_id = "G" + "".join(sorted(users))
        if channel_id not in self.channels:
            mpim = self.add_channel(
                channel_id, "mpdm-" + "--".join(sorted(users)), members=[*users, self.bot_user_id]
            )
            mpim.is_mpim = True
        return {"no_op": False, "already_open": False, "channel": {"id": channel_id}}

    def api_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        """Top-level messages, newest first, a page of ``limit`` at a time (cursor: an offset).

        Message metadata is included only with ``include_all_metadata``, as Slack does.
        """
        channel = self._conversation_arg(args)
        self.check_member(channel)
        newest_first = [
            m for m in reversed(self.messages_in(channel)) if m.thread_ts in (None, m.ts)
        ]
        asked = int(args.get("limit") or self.history_page_default)
        limit = max(1, min(asked, self.history_page_max))
        cursor = str(args.get("cursor") or "")
        if cursor and not (cursor.startswith("next:") and cursor[5:].isdigit()):
            raise SlackError("invalid_cursor")
        start = int(cursor[5:]) if cursor else 0
        page = newest_first[start : start + limit]
        with_metadata = truthy(args.get("include_all_metadata"))
        messages = []
        for message in page:
            body = self._message_body(message)
            if not with_metadata:
                body.pop("metadata", None)
            messages.append(body)
        more = start + limit < len(newest_first)
        return {
            "messages": messages,
            "has_more": more,
            "response_metadata": {"next_cursor": f"next:{start + limit}" if more else ""},
        }
