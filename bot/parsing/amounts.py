"""Money in free text ("$2.5mm", "EUR 300,000", "450k") and the verb that makes it a claim.

An amount becomes a claim only when a verb says what happened to it:
pledged/committed -> pledge, deposited/transferred/funded/wired -> deposit,
a mandate or engagement won with its fee -> mandate. A bare number counts
only straight after such a verb ("deposited 5000"); otherwise "in 2 weeks"
would be money. A negated or hedged verb ("did not pledge 2m", "might
deposit 1m") raises nothing. Values are ``Decimal`` built from the digits
typed, never through a float.

Separators: "," followed by groups of three digits is a thousands separator
("1,000,000"), otherwise a decimal comma ("2,5m"); "." is a decimal point
unless it separates several groups of three ("1.000.000"), or one group in a
locale that writes it so ("300.000" for a French rep).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.parsing.tokens import Token

CODES = (
    "USD EUR GBP CHF JPY CAD AUD NZD HKD SGD SEK NOK DKK RON MYR INR CNY ZAR AED "
    "SAR BRL MXN PLN CZK HUF ILS KRW TWD THB"
).split()
_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "rs": "INR",
    "rs.": "INR",
    "rm": "MYR",
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds": "GBP",
    "quid": "GBP",
    "francs": "CHF",
    "rupees": "INR",
    "ringgit": "MYR",
    "lei": "RON",
    "kronor": "SEK",
    "yen": "JPY",
}
_MULTIPLIERS = {
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mm": 6,
    "mn": 6,
    "mio": 6,
    "million": 6,
    "millions": 6,
    "b": 9,
    "bn": 9,
    "billion": 9,
    "billions": 9,
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
    "cr": 7,
}
_CODE = "|".join(CODES)
_AMOUNT = re.compile(
    rf"""
    (?<![\w.,/:#$€£¥₹-])
    (?:(?P<pre>US\$|C\$|A\$|HK\$|S\$|\$|€|£|¥|₹|(?:{_CODE}|Rs\.?|RM)(?![a-z]))\s?)?
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?)
    (?:\s?(?P<mult>mm|mn|mio|millions?|bn|billions?|thousand|lakhs?|crores?|cr|k|m|b)(?!\w))?
    (?:\s?(?P<post>{_CODE}|dollars?|bucks|euros?|pounds|quid|francs|rupees|ringgit|lei|kronor|yen)(?!\w))?
    (?![\w/:%°-])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ACCOUNT = re.compile(
    r"\b(?:account|acct|a/c|acc)\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*"
    r"(?P<account>[A-Za-z0-9]*\d[A-Za-z0-9-]{2,})",
    re.IGNORECASE,
)
BARE_MINIMUM = Decimal(100)  # a number with no currency or multiplier must be at least this
LIMIT = Decimal(10) ** 15  # beyond any real claim, and beyond Numeric(20, 2)

DEPOSIT_VERBS = frozenset(
    "deposit deposits deposited depositing transfer transfers transferred transferring "
    "funded funding wired wire wires".split()
)
PLEDGE_VERBS = frozenset(
    "pledge pledges pledged pledging commit commits committed committing commitment "
    "commitments".split()
)
MANDATE_NOUNS = frozenset("mandate mandates engagement engagements".split())
FEE_WORDS = frozenset({"fee", "fees"})
WIN_WORDS = frozenset("won win wins winning awarded secured signed landed".split())
NEGATORS = frozenset(
    "not no never didn't didnt won't wont hasn't hasnt haven't havent isn't wasn't "
    "wouldn't declined refused without may might could considering maybe perhaps possibly "
    "potential potentially thinking".split()
)
# Between a verb and a bare number: "deposited another 5000".
_FILLERS = frozenset(
    "a an of about around approx approximately roughly some another additional usd".split()
)
CLAIM_WORDS = DEPOSIT_VERBS | PLEDGE_VERBS | MANDATE_NOUNS | FEE_WORDS | WIN_WORDS


@dataclass(frozen=True)
class Amount:
    """A sum found in the text: ``start``/``end`` are character offsets."""

    value: Decimal
    currency: str | None  # None: no currency typed
    start: int
    end: int
    marked: bool  # a currency, a multiplier or thousands separators: money beyond doubt


def _decimal(number: str, language: str) -> Decimal | None:
    if "," in number and "." in number:
        decimal_mark = "," if number.rfind(",") > number.rfind(".") else "."
    elif "," in number:
        decimal_mark = "" if re.fullmatch(r"\d{1,3}(,\d{3})+", number) else ","
    elif "." in number:
        groups = re.fullmatch(r"\d{1,3}(\.\d{3})+", number)
        several = number.count(".") > 1
        decimal_mark = "" if groups and (several or language != "en") else "."
    else:
        decimal_mark = "."
    thousands = {",": ".", ".": ",", "": ",."}[decimal_mark]
    cleaned = number.translate({ord(c): None for c in thousands})
    if decimal_mark == ",":
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _exact(value: Decimal) -> Decimal:
    """2.5 x 10^6 -> Decimal("2500000"), not "2500000.0" or "2.5E+6"."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def accounts(text: str) -> list[tuple[str, int, int]]:
    """("12345678", start, end) for each "account 12345678" / "acct #AB-1234"."""
    return [(m.group("account"), m.start(), m.end()) for m in _ACCOUNT.finditer(text)]


def find_amounts(text: str, *, language: str, skip: list[tuple[int, int]]) -> list[Amount]:
    """Every number that could be money, outside the ``skip`` spans (tags, accounts)."""
    found: list[Amount] = []
    for match in _AMOUNT.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in skip):
            continue
        value = _decimal(match.group("num"), language)
        if value is None:
            continue
        mult = (match.group("mult") or "").lower()
        value = value.scaleb(_MULTIPLIERS.get(mult, 0))
        if value <= 0 or value >= LIMIT:
            continue
        value = _exact(value)
        pre, post = (match.group("pre") or "").strip(), match.group("post") or ""
        currency = _currency(pre) or _currency(post)
        thousands = bool(re.fullmatch(r"\d{1,3}([.,]\d{3})+", match.group("num")))
        found.append(
            Amount(
                value=value,
                currency=currency,
                start=match.start(),
                end=match.end(),
                marked=bool(currency or mult or thousands),
            )
        )
    return found


def _currency(word: str) -> str | None:
    if not word:
        return None
    lowered = word.lower()
    if lowered in _SYMBOLS:
        return _SYMBOLS[lowered]
    if lowered in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[lowered]
    return word.upper() if word.upper() in CODES else None


def claim_kinds(amounts: list[Amount], tokens: list[Token]) -> list[str | None]:
    """For each amount: "pledge" / "deposit" / "mandate" when a verb in its clause binds it."""
    starts = [token.start for token in tokens]
    located = [_locate(amount, tokens, starts) for amount in amounts]
    owner = {
        index: number
        for number, (amount, where) in enumerate(zip(amounts, located, strict=True))
        if amount.marked and where
        for index in range(where[0], where[1] + 1)
    }
    return [
        _claim_kind(amount, where, tokens, owner, number) if where else None
        for number, (amount, where) in enumerate(zip(amounts, located, strict=True))
    ]


def _locate(amount: Amount, tokens: list[Token], starts: list[int]) -> tuple[int, int] | None:
    """Indices of the first and last token the amount's characters fall in."""
    first = bisect_right(starts, amount.start) - 1
    if first < 0 or tokens[first].end <= amount.start:
        first += 1
    last = bisect_right(starts, amount.end - 1) - 1
    if first >= len(tokens) or last < first:
        return None
    return first, last


def _claim_kind(
    amount: Amount,
    where: tuple[int, int],
    tokens: list[Token],
    owner: dict[int, int],
    number: int,
) -> str | None:
    first, last = where
    if not amount.marked:
        if amount.value < BARE_MINIMUM:
            return None  # "deposited 2 cheques" is not money
        index = first - 1
        while index >= 0 and tokens[index].key in _FILLERS and first - index <= 3:
            index -= 1
        if index < 0 or tokens[index].ends_clause:
            return None
        kind = _kind_of(tokens, index)
        return kind if kind in ("deposit", "pledge") else None
    backward = range(first - 1, max(first - 7, -1), -1)
    forward = range(last + 1, min(last + 4, len(tokens)))
    for window, look_back in ((backward, True), (forward, False)):
        for index in window:
            token = tokens[index]
            if look_back and token.ends_clause:
                break
            if owner.get(index, number) != number:
                break  # another amount: the verb there is its own
            kind = _kind_of(tokens, index)
            if kind:
                return kind
            if not look_back and token.ends_clause:
                break
    return None


def _kind_of(tokens: list[Token], index: int) -> str | None:
    key = tokens[index].key
    if key in DEPOSIT_VERBS or key in PLEDGE_VERBS:
        if any(t.key in NEGATORS for t in tokens[max(0, index - 3) : index]):
            return None
        return "deposit" if key in DEPOSIT_VERBS else "pledge"
    if key in FEE_WORDS or key in MANDATE_NOUNS:
        sentence = _sentence(tokens, index)
        has_mandate = any(t.key in MANDATE_NOUNS for t in sentence)
        return "mandate" if has_mandate and any(t.key in WIN_WORDS for t in sentence) else None
    return None


def _sentence(tokens: list[Token], index: int) -> list[Token]:
    start = index
    while start > 0 and not tokens[start - 1].ends_clause:
        start -= 1
    end = index
    while end < len(tokens) - 1 and not tokens[end].ends_clause:
        end += 1
    return tokens[start : end + 1]
