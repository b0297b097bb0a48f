"""The ephemeral replies of /logcontact, as Block Kit (pure functions)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from bot import formatting
from bot.contacts import LoggedContact
from bot.matching import Candidate
from bot.messages import contacts as text
from handlers import ids
from handlers.blocks.claims import withdraw_button
from storage.models import CHANNELS, Client, Initiative

BUTTON_VALUE_LIMIT = 2000


@dataclass(frozen=True)
class Pending:
    """A line waiting for an answer (which client, which channel), carried on the buttons.

    ``at`` is when the line was typed, so "yesterday" keeps meaning the same day;
    ``key`` makes a double click record once.
    """

    t: str
    at: str
    k: str
    c: int | None = None
    ch: str | None = None

    def encode(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def decode(cls, value: str) -> Pending:
        data = json.loads(value)
        return cls(
            t=str(data["t"]),
            at=str(data["at"]),
            k=str(data["k"]),
            c=int(data["c"]) if data.get("c") is not None else None,
            ch=data.get("ch"),
        )

    def fits(self) -> bool:
        return len(self.encode()) <= BUTTON_VALUE_LIMIT - 100


def _section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": markdown}}


def _button(label: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": label[:75]},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def logged(
    result: LoggedContact,
    *,
    client: Client,
    initiative: Initiative | None,
    reader_tz: str,
    owner_name: str | None = None,
    author_name: str | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    interaction = result.interaction
    channel = text.channel_label(interaction.channel)
    headline = text.LOGGED.format(channel=channel, client=client.name)
    if not result.created:
        headline = f"{text.ALREADY} {headline}"
    fields = [
        f"*Client*\n{client.name}",
        f"*When*\n{formatting.when(interaction.occurred_at, reader_tz)}",
        f"*Channel*\n{channel}",
    ]
    if result.claims:
        fields.append(
            "*Claims*\n"
            + "\n".join(
                f"{claim.kind} {formatting.money(claim.amount, claim.currency)} — {claim.status}"
                for claim in result.claims
            )
        )
    if initiative is not None:
        fields.append(f"*Initiative*\n#{initiative.tag}")
    if interaction.follow_up_on is not None:
        fields.append(f"*Follow up*\n{formatting.day(interaction.follow_up_on)}")
    if owner_name and author_name and owner_name != author_name:
        fields.append(f"*For*\n{owner_name} (logged by {author_name})")
    blocks: list[dict[str, Any]] = [
        _section(f":white_check_mark: {headline}"),
        {"type": "section", "fields": [{"type": "mrkdwn", "text": field} for field in fields[:10]]},
    ]
    if interaction.notes:
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": interaction.notes[:2900]}]}
        )
    if result.too_often is not None:
        warning = text.TOO_OFTEN.format(
            client=client.name,
            days=text.days(result.too_often.days),
            by=result.too_often.by.name,
            min_days=result.too_often.min_days,
        )
        blocks.append(_section(warning))
    buttons = [
        _button("Edit", ids.LOG_EDIT, str(interaction.id)),
        _button("Undo", ids.LOG_UNDO, str(interaction.id), style="danger"),
    ]
    # A rep may take back a claim before a controller decides it.
    buttons += [withdraw_button(claim.id) for claim in result.claims if claim.status == "pending"][
        :5
    ]
    blocks.append({"type": "actions", "elements": buttons})
    return headline, blocks


def pick_client(candidates: list[Candidate], pending: Pending) -> tuple[str, list[dict[str, Any]]]:
    buttons = [
        _button(
            candidate.name,
            ids.LOG_PICK_CLIENT,
            Pending(**{**asdict(pending), "c": candidate.client_id}).encode(),
        )
        for candidate in candidates[:5]
    ]
    return text.PICK_CLIENT, [_section(text.PICK_CLIENT), {"type": "actions", "elements": buttons}]


def pick_channel(client: Client, pending: Pending) -> tuple[str, list[dict[str, Any]]]:
    question = text.PICK_CHANNEL.format(client=client.name)
    buttons = [
        _button(
            text.channel_label(channel).capitalize(),
            ids.LOG_PICK_CHANNEL,
            Pending(**{**asdict(pending), "c": client.id, "ch": channel}).encode(),
        )
        for channel in CHANNELS
    ]
    return question, [_section(question), {"type": "actions", "elements": buttons}]


def no_match(typed: str) -> tuple[str, list[dict[str, Any]]]:
    message = text.NO_MATCH.format(text=typed[:200])
    return message, [
        _section(message),
        {
            "type": "actions",
            "elements": [
                _button("Open the form", ids.LOG_OPEN_FORM, ""),
            ],
        },
    ]


def undone(*, client: Client, channel: str, occurred_at_text: str) -> str:
    return text.UNDONE.format(
        channel=text.channel_label(channel), client=client.name, when=occurred_at_text
    )
