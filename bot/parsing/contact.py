"""One line of /logcontact text -> what it says: names, channel, when, claims, tags, notes.

The order of extraction matters, because each step reserves the words it used
and later steps skip them: a quoted name, tags, account numbers, sums of money
(so "2.5m" never becomes a time), the day and time words and the follow-up
(``when``), the channel word, the outcome words and the sums they claim, and
last the words that may name people. Which of those names the client is
decided against the rep's book (``bot.contacts.quicklog``), which also settles each
claim's currency. The notes are the line minus the client's name, the channel
word, the day and time words, the follow-up and the tags; sums and outcome
words stay ("pledged $2.5mm" is worth reading next to the claim it raised).

Pure code: no Slack, no database, and no text makes it raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from bot.parsing import claims as outcomes
from bot.parsing import daywords, destinations
from bot.parsing.amounts import CURRENCY_WORDS, MULTIPLIERS, Amount, find_money, phone_numbers
from bot.parsing.channels import every_word, find_channel
from bot.parsing.dates import language_of, numeric_order, zone
from bot.parsing.names import STOP, NameSpan, quoted_name, spans
from bot.parsing.tokens import Token, clean, cut, fold, overlaps, tokenise
from bot.parsing.when import Unclear, near_misses, read

MAX_TEXT = 3000  # Slack allows more; nobody logs an essay, and parsing stays bounded
# ``#private`` marks the notes private (issue #19); every other tag names an initiative.
PRIVATE_TAG = "private"
_TAG = re.compile(r"(?<![\w&#])#([^\W\d_][\w-]*)")
_ACCOUNT_WORDS = frozenset(
    "account acct a/c acc compte konto kontot contul cont akaun खाता khata".split()
)
# "for <@U123>" / "for Oliver": whom an assistant logs for.
# "kr", "tkr", "mkr", "milj. kr": kronor, of Sweden, Norway or Denmark ("kronor" is Swedish).
_KR = re.compile(r"(?<![^\W\d_])(?:t|m|md)?kr\.?(?![^\W\d_])", re.IGNORECASE)
_KRONOR = ("SEK", "NOK", "DKK")
# "tkr", "mkr", "mdkr" (thousand, million, billion kronor) are Swedish units: Swedish kronor.
_SWEDISH_KRONOR = re.compile(r"(?<![^\W\d_])(?:t|m|md)kr\.?(?![^\W\d_])", re.IGNORECASE)
# A bare "$" (and "dollars") is written for every dollar: "1,2 M$" from Montréal is CAD.
# "US$", "C$", "S$"… and a code beside it say which.
_DOLLAR_SIGN = re.compile(r"\$|(?<![^\W\d_])(?:dollars?|bucks)(?![^\W\d_])", re.IGNORECASE)
_DOLLAR_NAMED = re.compile(
    r"(?:US|U\.S\.|C|CA|A|AU|NZ|HK|S|SG)\$|(?<![^\W\d_])(?:USD|CAD|AUD|NZD|HKD|SGD)(?![^\W\d_])",
    re.IGNORECASE,
)
_DOLLARS = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD")
# "1 mkr SEK": a code after the kronor names which ones they are.
_KRONOR_CODE = re.compile(r"(?<![^\W\d_])(?:SEK|NOK|DKK)(?![^\W\d_])", re.IGNORECASE)
_FOR = frozenset({"for", "pour", "för", "pentru", "untuk"})
_LEADING_JUNK = frozenset(
    {"with", "w/", "to", "and", "for", "on", "at", "re", "-", "–", "—", "avec", "med", "cu"}
    | {"dengan", "से", "का", "की", "के", "को", "ने", "se", "ka", "ki", "ke", "ko", "ne", "m"}
)
_TRAILING_JUNK = frozenset({"with", "w/", "and", "on", "at", "to", "for", "in", "the", "a", "an"})
Span = tuple[int, int]
# Money paid, put or moved: each may have gone to someone else ("à son notaire").
_MAY_GO_ELSEWHERE = frozenset(("deposit", "transfer", "paid", "put_in"))


@dataclass(frozen=True)
class ClaimDraft:
    """An achievement to be confirmed: deposit or pledge (assets) or mandate (its fee)."""

    kind: str  # "deposit" | "pledge" | "mandate"
    amount: Decimal
    currency: str
    account: str | None = None


@dataclass(frozen=True)
class ClaimText:
    """A claim as typed: the currency only if the line names one, the account word if any."""

    kind: str
    amount: Decimal
    currency: str | None
    account: str | None
    text: str  # the sum as typed ("2.5mm", "400 000")
    # Currencies the typed one may be: "kr" (and "tkr", "mkr") is written for Swedish,
    # Norwegian and Danish kronor alike, a bare "$" for every dollar; the client's accounts
    # decide, else it is asked.
    currencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedContact:
    text: str  # the line, cleaned of Slack's markup
    tokens: tuple[Token, ...]
    quoted: str | None  # a quoted name, taken as typed
    names: tuple[NameSpan, ...]  # words that may name people, in order
    channel: str | None  # one of storage.models.CHANNELS, or None: ask
    day: date | None  # local day named, or None: today
    time: tuple[int, int] | None  # local time named, or None: not given
    follow_up_on: date | None
    claims: tuple[ClaimText, ...]
    tags: tuple[str, ...]
    unclear: tuple[Unclear, ...]
    for_whom: tuple[str, Span] | None  # "for <@U…>"/"for Oliver": "@U…" or the name, its span
    cut: tuple[Span, ...] = field(default=())  # characters that are not notes (but the name)
    # ``#private`` was written: the notes are for the coverage team (not an initiative's tag).
    private: bool = False
    # Tokens read as day or time words, or asked about as one ("Donna", "Sunday"): a client's
    # name may hold them, which only the book can tell (``names_at``).
    date_words: tuple[int, ...] = field(default=())
    # Of those, the words only one typo from a day word ("Martin", "Marti"): a name when
    # some client is called so, even alone.
    near_misses: tuple[int, ...] = field(default=())
    # Token indices of the channel word read ("Mila" may be a first name: the book decides).
    channel_at: tuple[int, int] | None = None

    @property
    def client_text(self) -> str | None:
        """The words most likely naming the client, for messages."""
        if self.quoted:
            return self.quoted
        return " ".join(self.names[0].words) if self.names else None

    def notes(self, *, without: list[Span] | None = None) -> str:
        """The notes, leaving out the client's name (``without``) as well."""
        return tidy(cut(self.text, [*self.cut, *(without or [])]))

    def name_span(self, name: NameSpan) -> Span:
        """Characters of a name with "with"/"avec" before it (cut together from the notes)."""
        start, end = self.tokens[name.first].start, self.tokens[name.last].end
        if name.first > 0:
            before = self.tokens[name.first - 1]
            if (
                before.key
                in {"with", "w/", "w", "avec", "med", "m", "cu", "dengan", "dgn", "kpd", "kepada"}
                and not before.trail.strip()
            ):
                start = before.start
        return start, end


def parse_contact(
    text: str,
    *,
    now: datetime,
    timezone: str,
    locale: str,
    names_at: frozenset[int] = frozenset(),
    whole: tuple[tuple[int, int], ...] = (),
) -> ParsedContact:
    """Read one line typed by a rep in ``timezone`` / ``locale`` at ``now``. Never raises.

    ``names_at``: token indices that are words of a name although they read as days or
    times ("Sunday Adeyemi", "Kal Penn", "Mai Nguyen"), as the rep's book says; ``whole``:
    runs of tokens that are a client's whole name in the book, each read as one name."""
    text = clean(text)[:MAX_TEXT]
    language = language_of(locale)
    tokens = tokenise(text)
    removed: list[Span] = []  # cut from the notes
    taken: list[Span] = []  # used: later steps skip these characters
    named = [(tokens[i].start, tokens[i].end) for i in sorted(names_at) if i < len(tokens)]

    quoted = quoted_name(text)
    if quoted:
        removed.append((quoted[1], quoted[2]))
        taken.append((quoted[1], quoted[2]))
    tags = _tags(text, taken, removed)
    accounts = _accounts(tokens, taken)
    taken += [(tokens[i].start, tokens[i].end) for i, _ in accounts]
    taken += phone_numbers(tokens)  # left in the notes, read as nothing else
    money = find_money(tokens, skip=taken)
    marked = [(a.start, a.end) for a in money if a.marked and (a.ranged or not a.malformed)]

    local_now = now.astimezone(zone(timezone))
    when = read(
        tokens,
        text,
        consumed=taken + marked + named,
        today=local_now.date(),
        now=local_now,
        order=numeric_order(locale, timezone),
    )
    removed += when.cut
    taken += when.cut
    unclear = list(when.unclear)

    channel = find_channel(tokens, language=language, consumed=taken + named)
    planned = _planned_channel(channel, tokens, text, named) if channel else None
    if channel and planned is not None:
        # "will call back re the SIPP, phoned him at 9.45": the plan is the client's; the
        # contact had is the channel word after it that nothing plans.
        first_span = (tokens[channel.first].start, tokens[channel.last].end)
        later = find_channel(tokens, language=language, consumed=[*taken, *named, first_span])
        if (
            later is not None
            and later.first > channel.last
            and _planned_channel(later, tokens, text, named) is None
        ):
            channel, planned = later, None
    if channel:
        span = (tokens[channel.first].start, tokens[channel.last].end)
        removed.append(span)
        taken.append(span)
        _future_next_to(channel, when.later, tokens, text, unclear)
        if planned is not None:
            unclear.append(Unclear(planned, "future"))

    met_at_event = channel is None and _at_event(text)
    free = [not overlaps(token, taken) for token in tokens]
    never = every_word() | _never_names()
    unclear_free = [f and i not in names_at for i, f in enumerate(free)]
    misses = near_misses(tokens, unclear_free, never | STOP)
    unclear += misses
    missed = {word.text for word in misses}
    date_words = tuple(
        i
        for i, token in enumerate(tokens)
        if overlaps(token, when.cut)
        or (unclear_free[i] and token.text in missed)
        or (unclear_free[i] and _cue_like(token))
    )
    words = outcomes.outcome_words(tokens, unclear_free)
    words += outcomes.into_account_words(tokens, unclear_free, frozenset(i for i, _ in accounts))
    words.sort(key=lambda word: word.first)
    sums = [a for a in money if not overlaps_any(a, taken)]
    sums += [_vague(tokens, v) for v in outcomes.vague_sums(tokens, free)]
    found, unreadable = outcomes.claims(tokens, sums, words, language=language)
    found = [c for c in found if not _deposit_to_come(c, when.later, tokens)]
    unclear += [Unclear(text[a.start : a.end], "amount") for a in unreadable]
    claimed = [c.amount for c in found] + unreadable
    taken_words = [i for w in words for i in range(w.first, w.last + 1)]
    loose = [f and i not in taken_words for i, f in enumerate(free)]
    unclear += [
        Unclear(text[a.start : a.end], "amount")
        for a in outcomes.unsure_sums(tokens, sums, claimed, loose, language=language)
    ]
    named_accounts = _accounts_of(found, accounts, tokens, others=sums)
    # A transfer is a deposit when it came to us: into an account named, "till oss", or
    # from another bank and to nowhere named ("transferred 750k from Coutts").
    account_at = frozenset(i for i, _ in accounts)
    for number, claim in enumerate(found):
        if claim.kind != "mandate" and outcomes.from_an_account(
            tokens, claim.first, claim.last, account_at
        ):
            # "moved 1m from ACC-1048 into ACC-1049": between the client's own accounts
            # with us, no new money: no claim, and nothing to ask.
            found[number] = replace(claim, kind="elsewhere")
            continue
        if claim.kind == "transfer" and outcomes.sent_out(tokens, claim.amount.last):
            continue  # dropped below, as a transfer is: money gone out is no claim
        whom = destinations.paid_to(tokens, claim.first, claim.last)
        if whom is not None and claim.kind in _MAY_GO_ELSEWHERE:
            # "a versé 500 000 € à son notaire": paid out of the firm, no claim; "à sa
            # fille": the household's, or not? asked.
            if whom == "family":
                unclear.append(Unclear(text[claim.amount.start : claim.amount.end], "direction"))
            found[number] = replace(claim, kind="elsewhere")
            continue
        if claim.kind == "put_in":
            # "dia dah masukkan RM 500k": put in, with us; "… ke ASB": into what? asked;
            # "put in £200k into the ISA": into a kind of account the firm offers, with us.
            ours = (
                number in named_accounts
                or outcomes.to_us(tokens, claim.first, claim.last)
                or outcomes.into_account_kind(tokens, claim.last)
            )
            if ours or not destinations.names_where(tokens, claim.last):
                found[number] = replace(claim, kind="deposit")
            elif not outcomes.into_term_deposit(tokens, claim.first, claim.last):
                unclear.append(Unclear(text[claim.amount.start : claim.amount.end], "direction"))
            continue
        if claim.kind == "transfer":
            if (
                number in named_accounts
                or outcomes.to_us(tokens, claim.first, claim.last)
                or outcomes.into_account_kind(tokens, claim.last)
                or outcomes.from_elsewhere(tokens, claim.first, claim.last)
                or outcomes.received(tokens, claim.last)
            ):
                found[number] = replace(claim, kind="deposit")
            elif not outcomes.into_term_deposit(tokens, claim.first, claim.last):
                unclear.append(Unclear(text[claim.amount.start : claim.amount.end], "direction"))
        elif claim.kind == "paid" and (
            number in named_accounts
            or outcomes.to_us(tokens, claim.first, claim.last)
            or outcomes.into_account_kind(tokens, claim.last)
        ):
            found[number] = replace(claim, kind="deposit")
    kept = [n for n, claim in enumerate(found) if claim.kind in outcomes.CLAIM_KINDS]
    named_accounts = {kept.index(n): a for n, a in named_accounts.items() if n in kept}
    found = [found[n] for n in kept]
    claim_texts = tuple(
        ClaimText(
            kind=claim.kind,
            amount=claim.amount.value,
            currency=claim.amount.currency,
            account=named_accounts.get(number),
            text=text[claim.amount.start : claim.amount.end],
            currencies=_open_currencies(text[claim.amount.start : claim.amount.end]),
        )
        for number, claim in enumerate(found)
    )

    met_at = frozenset({channel.last + 1}) if channel else frozenset()
    names = tuple(
        spans(
            tokens,
            consumed=taken
            + marked  # "3 M€": a sum's words are never a name
            + [(tokens[i].start, tokens[i].end) for w in words for i in range(w.first, w.last + 1)],
            never=never,
            met_at=met_at,
            names_at=names_at,
            whole=whole,
        )
    )
    return ParsedContact(
        text=text,
        tokens=tuple(tokens),
        quoted=quoted[0] if quoted else None,
        names=names,
        channel=channel.channel if channel else ("in_person" if met_at_event else None),
        day=when.day,
        time=when.time,
        follow_up_on=when.follow_up,
        claims=claim_texts,
        tags=tuple(tag for tag in tags if tag != PRIVATE_TAG),
        private=PRIVATE_TAG in tags,
        unclear=tuple(unclear),
        for_whom=_for_whom(tokens, taken),
        cut=tuple(removed),
        date_words=date_words,
        near_misses=tuple(i for i in date_words if not overlaps(tokens[i], when.cut)),
        channel_at=(channel.first, channel.last) if channel else None,
    )


def _open_currencies(typed: str) -> tuple[str, ...]:
    """The currencies a sum's sign leaves open: the kronor of "kr", the dollars of a bare
    "$", unless a code or a prefix beside it says which."""
    if _KR.search(typed) and not _KRONOR_CODE.search(typed):
        return _KRONOR
    if _DOLLAR_SIGN.search(typed) and not _DOLLAR_NAMED.search(typed):
        return _DOLLARS
    return ()


def swedish_kronor(typed: str) -> bool:
    """The sum as typed is in a Swedish unit of kronor ("5 mkr", "500 tkr"), which names
    SEK among the kronor a client holds; "kr" and "milj. kr" are any krona's."""
    return bool(_SWEDISH_KRONOR.search(typed))


def _cue_like(token: Token) -> bool:
    """A capitalised one-word follow-up cue ("Chase Whitaker call", "Remind"): a first name
    as often as a cue, which the book decides (``names_at``)."""
    return token.text[:1].isupper() and (token.key,) in daywords.FOLLOW_UP


def overlaps_any(amount: Amount, spans_: list[Span]) -> bool:
    return any(amount.start < end and start < amount.end for start, end in spans_)


def _vague(tokens: list[Token], vague: outcomes.Vague) -> Amount:
    return Amount(
        Decimal(0),
        None,
        tokens[vague.first].start,
        tokens[vague.last].end,
        True,
        vague.first,
        vague.last,
        malformed=True,
    )


def _future_next_to(channel, later, tokens, text, unclear) -> None:  # type: ignore[no-untyped-def]
    """ "lunch tomorrow": a later day right by the channel word is the contact's, and in
    the future: asked about (a contact is logged after it happens)."""
    for first, last in later:
        # Beside it, or with connectors only between: "zoom on the 31st", "appel le 3 déc".
        between = tokens[channel.last + 1 : first]
        joined = len(between) <= 3 and all(t.key in daywords.CONNECTORS for t in between)
        after = first - 2 <= channel.last < first or (channel.last < first and joined)
        if after or last < channel.first <= last + 2:
            unclear.append(Unclear(text[tokens[first].start : tokens[last].end], "future"))
            return


# Words before a channel word that make the contact one to come ("will call", "ska ringa").
_PLANNED = daywords.PLANNED_BEFORE | frozenset(
    map(fold, "going gonna need needs must ska skall vais va vont nak".split())
)


def _planned_channel(channel, tokens, text, named) -> str | None:  # type: ignore[no-untyped-def]
    """ "will call Grace Park tomorrow", "ska ringa", "akan jumpa": the contact is planned,
    not had: asked about (a contact is logged after it happens), never recorded today.
    A name word ("Will Brennan called") plans nothing. The words saying so, or None."""
    for index in range(channel.first - 1, max(-1, channel.first - 3), -1):
        token = tokens[index]
        if token.trail.strip() or overlaps(token, named):
            return None
        if daywords.modal_before_past(tokens[index].key, tokens[channel.first].key):
            return None  # "Will rang", "Will called": no modal comes before a past tense
        if token.key in _PLANNED or token.key.endswith("'ll"):
            return str(text[token.start : tokens[channel.last].end])
    return None


def _deposit_to_come(
    claim: outcomes.ClaimReading, later: list[tuple[int, int]], tokens: list[Token]
) -> bool:
    """ "hon sätter in 500 tkr nästa vecka": a deposit dated later, in its own clause, has
    not happened yet (a pledge is a promise of later money, and stays one)."""
    if claim.kind not in ("deposit", "put_in"):
        return False
    for first, last in later:
        low, high = sorted((claim.last, first)) if first > claim.last else (last, claim.first)
        if not outcomes.clause_break(tokens, low, high) and abs(high - low) <= 6:
            return True
    return False


# "at #ryder-cup", "au #art-basel", "la #monaco-gp", "#opera-gala में": seen at the event.
_AT_EVENT = re.compile(
    r"(?i)(?:(?<!\S)(?:at|at the|au|à|a|la|på|vid|di|ke|pada)\s+#[^\W\d_][\w-]*)"
    r"|(?:#[^\W\d_][\w-]*\s+(?:में|mein|me|par|pe)(?!\S))"
)


def _at_event(text: str) -> bool:
    """With no channel word, a line that says the rep was at an initiative's event says
    how they met: in person (the event is the meeting)."""
    return any(
        re.search(rf"#{PRIVATE_TAG}\b", match.group(0), re.IGNORECASE) is None
        for match in _AT_EVENT.finditer(text)
    )


def _tags(text: str, taken: list[Span], removed: list[Span]) -> list[str]:
    tags: list[str] = []
    for match in _TAG.finditer(text):
        span = match.span()
        if any(span[0] < end and start < span[1] for start, end in taken):
            continue
        tag = match.group(1).lower().rstrip("-_")
        if tag and tag not in tags:
            tags.append(tag)
        removed.append(span)
        taken.append(span)
    return tags


def _accounts(tokens: list[Token], taken: list[Span]) -> list[tuple[int, str]]:
    """(token index, account) for "ACC-1048", "into account 12345678", "a/c #AB-1234"."""
    found: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if overlaps(token, taken):
            continue
        text = token.text.lstrip("#")
        # "ACC-1048", and as typed in haste: "acc-6113".
        looks = bool(re.fullmatch(r"[A-Z]{2,5}-\d{3,}[A-Z0-9-]*|[a-z]{2,5}-\d{3,}", text))
        label = tokens[index - 1] if index > 0 else None
        after_word = (
            label is not None
            and label.key.rstrip(".:#") in _ACCOUNT_WORDS
            and bool(re.fullmatch(r"[A-Za-z0-9-]*\d[A-Za-z0-9-]{2,}", text))
        )
        coded = label is not None and (label.key in ("acc", "acct") or label.text.isupper())
        if after_word and coded and label is not None and label.text.isalpha() and text.isdigit():
            # "ke ACC 6412": the code and its number, one id written with a space.
            text = f"{label.text}-{text}"
        if looks or after_word:
            found.append((index, text))
    return found


def _accounts_of(
    found: list[outcomes.ClaimReading],
    accounts: list[tuple[int, str]],
    tokens: list[Token],
    *,
    others: Sequence[Amount] = (),
) -> dict[int, str]:
    """Claim number -> the account its clause names: after its sum ("500k into ACC-1048"),
    else before ("funded ACC-6402 with $2m", "ACC-5302 में $200k जमा"); one claim each.
    The line's other sums compete for them though they are no claims: "SGD 400k masuk
    ACC-9402 dan janji SGD 600k" names the account of the 400k, never of the pledge."""
    spans = [(claim.first, claim.last, claim.kind != "mandate") for claim in found]
    claimed = {(claim.amount.start, claim.amount.end) for claim in found}
    spans += [(a.first, a.last, True) for a in others if (a.start, a.end) not in claimed]
    pairs = []
    for number, (first, last, takes) in enumerate(spans):
        if not takes:
            continue
        for position, (index, account) in enumerate(accounts):
            if index > last:
                low, high, distance = last, index, 2 * (index - last)
            elif index < first:
                low, high, distance = index, first, 2 * (first - index) + 1
            else:
                low, high, distance = index, index, 0
            if (
                distance <= 11 and not outcomes.clause_break(tokens, low, high, dotted=True)
            ) or destinations.account_after(tokens, last, index, outcomes.OUTCOME_KEYS):
                pairs.append((distance, number, position, account))
    chosen: dict[int, str] = {}
    used: set[int] = set()
    for _distance, number, position, account in sorted(pairs):
        if number not in chosen and position not in used:
            chosen[number] = account
            used.add(position)
    return {number: account for number, account in chosen.items() if number < len(found)}


def _for_whom(tokens: list[Token], taken: list[Span]) -> tuple[str, Span] | None:
    for index, token in enumerate(tokens[:-1]):
        if token.key not in _FOR or token.trail.strip():
            continue
        following = tokens[index + 1]
        if overlaps(following, taken):
            continue
        if re.fullmatch(r"@[UW][A-Z0-9]+", following.text):
            return following.text, (token.start, following.end)
        if following.text[:1].isupper() and following.text.isalpha():
            return following.text, (token.start, following.end)
        handle = following.text[1:]  # "for @Oliver" / "for @oliver": a name typed as a handle
        if following.text.startswith("@") and handle.isalpha():
            return handle, (token.start, following.end)
    return None


@lru_cache(maxsize=1)
def name_or_word() -> frozenset[str]:
    """Words that are names as often as words: day and time words ("Dag", "Mai", "Kal",
    "Sunday"), hedges and negators ("May", "Will", "Nu"). Written against a name, the book
    decides which they are; channel and outcome words never are looked up ("Called Jane")."""
    return day_name_words() | hedge_words()


@lru_cache(maxsize=1)
def money_name_words() -> frozenset[str]:
    """The line's money, outcome and follow-up words that are no name here unless the book
    says so ("Dana" is Malay for funds, and Dana Wozniak's first name)."""
    return _never_names() - name_or_word()


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """Hedges and negators ("May", "maybe", "nu"): a contact they open may not have been had."""
    return frozenset(outcomes.NEGATORS | outcomes.HEDGES)


@lru_cache(maxsize=1)
def day_name_words() -> frozenset[str]:
    """The day and time words among them ("Dag", "Mai", "Juni")."""
    keys = set(
        daywords.words_in(
            daywords.RELATIVE_DAYS,
            daywords.DAY_PARTS,
            daywords.PARTS,
            daywords.WEEKDAYS,
            daywords.PAST_WEEKDAYS,
        )
    )
    keys |= daywords.LAST | daywords.NEXT | daywords.WEEK | set(daywords.UNITS)
    keys |= set(daywords.MONTHS)
    return frozenset(keys)


@lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    keys = set(
        daywords.words_in(
            daywords.RELATIVE_DAYS,
            daywords.DAY_PARTS,
            daywords.PARTS,
            daywords.WEEKDAYS,
            daywords.FOLLOW_UP,
            daywords.PAST_WEEKDAYS,
        )
    )
    keys |= daywords.LAST | daywords.NEXT | daywords.WEEK | set(daywords.UNITS)
    keys |= set(CURRENCY_WORDS) | set(MULTIPLIERS)
    for phrases in (
        outcomes.DEPOSIT,
        outcomes.PLEDGE,
        outcomes.MANDATE,
        outcomes.FEE,
        outcomes.MANDATE_FEES,
        outcomes.MONEY_VERBS,
        outcomes.SUM_OWNERS,
    ):
        for phrase in phrases:
            keys.update(phrase)
    keys |= outcomes.NEGATORS | outcomes.HEDGES
    return frozenset(keys - {"i", "a", "o", "en", "do", "ek", "se", "on", "de", "la"})


def tidy(text: str) -> str:
    """Spaces collapsed, orphaned punctuation and dangling "with"/"and" removed."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    words = [word for word in text.split(" ") if word]
    while words and (words[0].lower() in _LEADING_JUNK or not any(c.isalnum() for c in words[0])):
        words.pop(0)
    while words and words[-1].lower().rstrip(",;:") in _TRAILING_JUNK:
        words.pop()
    return " ".join(words).strip(" ,;:-–—/")
