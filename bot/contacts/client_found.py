"""What a line's look-up found: one client, or the candidates to ask about, and the words
that named them (``bot.contacts.quicklog``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.parsing.client_match import Candidate
from bot.parsing.names import NameSpan
from storage.models import Client


@dataclass(frozen=True)
class _Found:
    client: Client | None = None
    candidates: list[Candidate] = field(default_factory=list)
    span: NameSpan | None = None


def _candidates(rows: list[tuple[int, str]]) -> list[Candidate]:
    seen: set[int] = set()
    out = []
    for client_id, name in rows:
        if client_id not in seen:
            seen.add(client_id)
            out.append(Candidate(client_id=client_id, name=name, score=100.0))
    return out
