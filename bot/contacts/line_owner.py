"""Whom an assistant's line is for ("for <@U…>", "for Oliver"), and the line's name spans
without that rep's name (``bot.contacts.quicklog``)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import NotAllowed
from bot.i18n import _
from bot.parsing import ParsedContact
from bot.parsing.client_names import Typed, fits
from bot.parsing.names import NameSpan
from storage.models import Delegate, Rep


def _owner(
    session: Session, *, actor: Rep, parsed: ParsedContact
) -> tuple[Rep | None, tuple[int, int] | None]:
    """ "for <@U…>" / "for Oliver" from an assistant: the rep who named them, and the words."""
    if parsed.for_whom is None or not actor.has_role("assistant"):
        return None, None
    who, span = parsed.for_whom
    principals = list(
        session.scalars(
            select(Rep)
            .join(Delegate, Delegate.rep_id == Rep.id)
            .where(Delegate.assistant_id == actor.id, Rep.active.is_(True))
            .order_by(Rep.name)
        )
    )
    if who.startswith("@"):
        chosen = [rep for rep in principals if rep.slack_user_id == who[1:]]
        if not chosen:
            raise NotAllowed(
                _(
                    "<{who}> has not named you as their assistant, so you can't log for them. "
                    "Leave out “for …” to log the contact as your own."
                ).format(who=who)
            )
        return chosen[0], span
    typed = Typed.of([who], [False])
    chosen = [rep for rep in principals if fits(typed, rep.name)]
    if len(chosen) == 1:
        return chosen[0], span
    return None, None  # "for the kids", or two principals called Oliver: words for the notes


def _without_owner(parsed: ParsedContact, owner_span: tuple[int, int] | None) -> list[NameSpan]:
    """The name spans but the rep an assistant logs for: "for Rita Jane Smith call" opens
    with Rita's name run into the client's, so the span loses its first word; a span that
    is the rep's name alone is dropped."""
    kept = []
    for span in parsed.names:
        if not _inside(parsed, span, owner_span):
            kept.append(span)
            continue
        assert owner_span is not None
        opening = parsed.tokens[span.first]
        if (
            opening.end == owner_span[1]
            and span.last > span.first
            and len(span.words) > 1
            and opening.text == span.words[0]
        ):
            kept.append(
                replace(
                    span, first=span.first + 1, words=span.words[1:], initials=span.initials[1:]
                )
            )
    return kept


def _inside(parsed: ParsedContact, span: NameSpan, outer: tuple[int, int] | None) -> bool:
    if outer is None:
        return False
    start, end = parsed.tokens[span.first].start, parsed.tokens[span.last].end
    return start < outer[1] and outer[0] < end
