"""Who a line's name spans name in one book: a client, the candidates to ask about, or
nobody there (``bot.contacts.quicklog``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.contacts.client_found import _candidates
from bot.parsing import ParsedContact
from bot.parsing.client_match import Candidate
from bot.parsing.client_names import Typed, exactly, named
from bot.parsing.names import NameSpan


@dataclass(frozen=True)
class _Decision:
    client: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    span: NameSpan | None = None
    partial_only: bool = False
    exact: bool = True  # the client's name as typed, no typo allowance needed


def _decide(
    spans: list[NameSpan],
    names: list[tuple[int, str]],
    sources: frozenset[NameSpan] = frozenset(),
) -> _Decision | None:
    """Who the spans name in one book; None when no span touches it. ``sources``: spans
    naming where a sum came from ("moving $2m over from Chase"), the other bank, once
    another span names a client whole."""
    readings = []
    for span in spans:
        typed = Typed.of(span.words, span.initials)
        found = named(typed, names)
        # A span that fits nobody still counts when it names the person met: two name
        # words ("Pierre Durand"), or one right after "with" ("lunch with Sarah").
        if found.full or found.partial or span.looks_like_a_person or span.after_with:
            readings.append((span, found))
    if any(found.full for span, found in readings if span not in sources):
        readings = [(span, found) for span, found in readings if span not in sources]
    if not readings:
        return None
    span, found = readings[0]
    if span.relative:  # "Jane Smith's husband called": the person met is not the client
        return _Decision(candidates=_candidates(found.full + found.partial), span=span)
    if not found.full:
        if not found.partial:
            return _Decision(span=span)  # an unknown person is the one met
        return _Decision(candidates=_candidates(found.partial), span=span, partial_only=True)
    typed = Typed.of(span.words, span.initials)
    full = found.full
    if len(full) > 1 and not span.household:
        # "Jane Smith" with a Jane Smyth in the book too: the one written as typed.
        written = [row for row in full if exactly(typed, row[1])]
        full = written if len(written) == 1 else full
    # "the Popa family" is asked (which of them?); "Mircea Popa family dinner" names him.
    household = span.household and not (len(full) == 1 and len(typed.words) > 1)
    if household or len(full) > 1:
        return _Decision(candidates=_candidates(found.full + found.partial), span=span)
    client_id, name = full[0]
    # Another span naming someone else ("Zoë Müller + Henri de Castellane"): two clients.
    others = [
        row
        for _span, other in readings[1:]
        if other.full and client_id not in {i for i, _ in other.full}
        for row in other.full
    ]
    if others:  # two clients in one line
        return _Decision(candidates=_candidates([(client_id, name), *others]), span=span)
    return _Decision(client=client_id, span=span, exact=exactly(typed, name))


_CLAUSE_END = frozenset(",;:!?–—")
_SUM_DOUBTS = frozenset({"amount", "direction", "currency"})


def _beside_a_sum(parsed: ParsedContact, span: NameSpan) -> bool:
    """A sum the line claims is in the span's clause, nothing but words between them
    ("moving $2m over from Chase into …", "Chase se $2m aaye"): the span says where that
    money came from, a bank or a firm, not a second client met."""
    if span.source and span.looks_like_a_person:
        return False  # "from Chase Whitfield's account": another client named whole
    start, end = parsed.tokens[span.first].start, parsed.tokens[span.last].end
    text = parsed.text
    # A sum claimed, or one asked about ("moving $2m over": asked which way it went).
    sums = [claim.text for claim in parsed.claims]
    sums += [word.text for word in parsed.unclear if word.what in _SUM_DOUBTS]
    for typed in sums:
        at = text.find(typed)
        while at >= 0:
            between = text[at + len(typed) : start] if at < start else text[end:at]
            if not _CLAUSE_END & set(between) and ". " not in between:
                return True
            at = text.find(typed, at + 1)
    return False
