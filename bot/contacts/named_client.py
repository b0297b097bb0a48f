"""The client a line names, looked for in the books in turn and then the firm, or the
candidates to ask about; raises ``NotCovered`` for one the actor may not log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.contacts.book_decision import _beside_a_sum, _decide
from bot.contacts.book_queries import _WITH_ACCOUNTS, _books, _names
from bot.contacts.client_found import _candidates, _Found
from bot.contacts.firm_namesakes import (
    CANDIDATES_CHECKED,
    _exact_elsewhere,
    _household_of,
    _namesakes,
    _outside,
    _part_of,
)
from bot.contacts.name_tokens import _acronym_like, _joined, _name_like, _word_of
from bot.directory import access
from bot.parsing import ParsedContact
from bot.parsing.client_names import Typed, fits, named
from bot.parsing.names import NameSpan, surname_first
from storage.models import Client, Rep


def find_named_client(
    session: Session,
    *,
    actor: Rep,
    owner: Rep | None,
    parsed: ParsedContact,
    spans: list[NameSpan],
) -> _Found:
    """The client the line names, or the candidates to ask about; raises ``NotCovered``."""
    if parsed.quoted:
        quoted = NameSpan(0, 0, tuple(parsed.quoted.split()), (False,) * len(parsed.quoted.split()))
        spans = [quoted]
    # Each book is read only when the ones before it leave the line open: most lines name
    # a client of the rep's own book, and a manager's whole team's book is large.
    merged = surname_first(parsed.tokens, spans) if not parsed.quoted else None
    sources = frozenset(
        span for span in spans if (span.source and _beside_a_sum(parsed, span)) or span.bank
    )
    for book, bound in _books(actor, owner):
        names = _names(session, book, bound)
        if merged is not None and named(Typed.of(merged.words, merged.initials), names).full:
            # "Hellström, Per": the surname and the given name after its comma, one name.
            decision = _decide([merged, *spans[2:]], names, sources)
        else:
            decision = _decide(spans, names, sources)
        if decision is None:
            continue  # no word of the line touches this book
        if decision.client is not None:
            if not decision.exact and decision.span is not None:
                # "Lars Ashforth" fits Lars Ashford by a typo; a firm client of exactly that
                # name is the one meant (refused if not the rep's), never their namesake.
                other = _exact_elsewhere(
                    session, actor=actor, span=decision.span, chosen=decision.client
                )
                if other is not None:
                    return _Found(client=other, span=decision.span)
            client = session.get(Client, decision.client, options=_WITH_ACCOUNTS)
            assert client is not None
            if decision.span is not None and decision.span.with_family:
                # "Mihai Lupu și soția": the spouse of a client with a household may be the
                # household's other client; which of them is asked, never guessed.
                family = _household_of(session, actor=actor, client=client)
                if family:
                    rows = [(client.id, client.name), *family]
                    return _Found(candidates=_candidates(rows), span=decision.span)
            if (
                decision.span is not None
                and _part_of(decision.span, client.name)
                and _channel_naming(parsed, decision.span, client) is None
            ):
                # "Sjöberg ringde": a surname (or first name) alone, and the firm has another
                # client so called: which one is asked, the rep's offered, never guessed.
                others = _namesakes(session, span=decision.span, chosen=client.id)
                if others:
                    checked = others[:CANDIDATES_CHECKED]
                    seen = access.seeable_client_ids(
                        session, actor=actor, client_ids=[row[0] for row in checked]
                    )
                    loggable = [row for row in checked if row[0] in seen]
                    rows = [(client.id, client.name), *loggable]
                    return _Found(candidates=_candidates(rows), span=decision.span)
            return _Found(client=client, span=decision.span)
        if decision.candidates and not decision.partial_only:
            return _Found(candidates=decision.candidates, span=decision.span)
        # Only part of the name fits here ("Lars Hartmann" by Lars Ashford), or an unknown
        # person is named: a client elsewhere in the firm who fits every word is refused.
        if decision.span is not None:
            outside = _outside(session, actor=actor, span=decision.span)
            if outside is not None:
                return outside
        return _Found(candidates=decision.candidates, span=None)
    for span in spans[:1]:
        outside = _outside(session, actor=actor, span=span)
        if outside is not None:
            return outside
    return _Found()


def _channel_naming(parsed: ParsedContact, span: NameSpan | None, client: Client) -> int | None:
    """The channel word, when it is written against the name found and is a word of the
    client's name the span lacks ("Mila Novak called", "Call Jensen rang"): its index.

    Channel words are never looked up in the book beforehand ("Called Jane" would cost a
    search for a client called "Called"); the client found decides, at no cost."""
    if span is None or parsed.channel_at is None or parsed.quoted:
        return None
    first, last = parsed.channel_at
    if first != last:
        return None
    token = parsed.tokens[first]
    if not _name_like(token) or _acronym_like(token) or not _word_of(token, client.name):
        return None
    if last + 1 == span.first and _joined(token):
        words = [token.text, *span.words]
        initials = [False, *span.initials]
    elif span.last + 1 == first and _joined(parsed.tokens[span.last]):
        words = [*span.words, token.text]
        initials = [*span.initials, False]
    else:
        return None
    return first if fits(Typed.of(words, initials), client.name) else None
