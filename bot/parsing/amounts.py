"""Sums of money as reps write them: "$2.5mm", "1,5 M€", "CHF 750'000", "RM 2 juta", "₹50L".

Notation, in every language at once:

- Separators: a comma or dot followed by exactly three digits groups thousands
  ("250,000", "200.000", "1.200.000"), as does an apostrophe ("750'000"), a
  space between groups of three ("1 500 000") and Indian grouping
  ("12,50,000"); any other single comma or dot is a decimal mark ("2,5",
  "1.5"). Money is never quoted to a thousandth, so "200.000 lei" is two
  hundred thousand. Anything else ("1.2.5", "5,00,00") is malformed.
- Multipliers: k/thousand/mille/mii/ribu/हज़ार, m/mm/mn/million/milj./mil./
  milioane/juta, bn/milliard, lakh/L/लाख (10^5), crore/cr/करोड़ (10^7); and
  Swedish "tkr"/"mkr" (thousand / million kronor); Malay "j" and "rb" (juta, ribu)
  only glued to a sum in a currency ("RM1.8j", "RM500rb"). Counts spelt out, with halves
  and quarters: "half a million", "en halv miljon", "un million et demi", "o
  jumătate de milion", "dua setengah juta", "डेढ़ करोड़", "सवा करोड़" (1.25),
  "साढ़े तीन" (3.5), "पौने दो" (1.75).
- Currency by symbol, code or word, before or after: € £ $ ₹ kr lei RM CHF
  EUR "d'euros" "रुपये"... Lakh and crore name no currency by themselves.

A run of digit groups that is not one grouped number ("0722 123 456",
"06 12 34 56 78") is a phone number, never money. Plan names with figures
("401k", "403(b)") are not amounts. Values are ``Decimal`` built from the
digits typed, never through a float. Whether an amount is a claim is decided
elsewhere (``bot.parsing.claims``): only an outcome word makes it one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.parsing.tokens import Token, fold, tokenise

CODES = (
    "USD EUR GBP CHF JPY CAD AUD NZD HKD SGD SEK NOK DKK RON MYR INR CNY ZAR AED "
    "SAR BRL MXN PLN CZK HUF ILS KRW TWD THB"
).split()
CURRENCY_WORDS = {
    **{code.lower(): code for code in CODES},
    **{
        fold(word): code
        for code, spelled in {
            "USD": "$ us$ usd$ usd dollar dollars bucks",
            "EUR": "€ euro euros d'euros d'euro eur",
            "GBP": "£ pounds quid sterling",
            "CHF": "chf fr fr. sfr francs",
            "JPY": "¥ yen",
            "INR": "₹ rs rs. inr rupee rupees rupaye rupay रुपये रुपए रुपयों रु रू",
            "MYR": "rm ringgit",
            "RON": "lei leu ron",
            "SEK": "kr kr. kronor sek",
            "CAD": "c$ ca$ cad$",
            "AUD": "a$ au$ aud$",
            "NZD": "nz$ nzd$",
            "HKD": "hk$ hkd$",
            "SGD": "s$ sg$ sgd$",
            "AED": "dirham dirhams",
            "CNY": "renminbi rmb",  # not "yuan": a name as often
        }.items()
        for word in spelled.split()
    },
}
# Signs several currencies write, by the currency they are read as, and the codes that may
# follow to say which: "1 mkr NOK", "250 000 $ CAD".
_OPEN_SIGNS = {
    "SEK": frozenset(("sek", "nok", "dkk")),
    "USD": frozenset(("usd", "cad", "aud", "nzd", "sgd", "hkd")),
}
# Symbols that may be glued to the digits ("$2.5mm", "RM500", "₹50L", "200k€"); ringgit
# as typed in haste too ("rm250k").
_PREFIX = r"(?:USD|CAD|AUD|NZD|HKD|SGD)\$|US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|SG\$|S\$|\$|€|£|¥|₹|Rs\.?|RM|Rm|rm|INR|USD|EUR|GBP|CHF|MYR"
_GLUED_SUFFIX = r"€|\$|£|₹|kr"
MULTIPLIERS = {
    **dict.fromkeys(
        "k thousand thousands grand grands mille mii ribu rb hazaar hazar हजार tusen".split(), 3
    ),
    **dict.fromkeys(
        "m mm mn mln mio million millions miljon miljoner milj milj. mill mill. mil mil. milion "
        "milioane "
        # Spanish, as reps with Latin American clients write it: "MXN 4.5 millones".
        "milioni millones millón millon juta jt मिलियन".split(),
        6,
    ),
    **dict.fromkeys(
        "b bn billion billions milliard milliards md mrd miljard miljarder miliard miliarde "
        "bilion बिलियन".split(),
        9,
    ),
    **dict.fromkeys("lakh lakhs lac lacs l लाख".split(), 5),
    **dict.fromkeys("crore crores cr करोड करोड़".split(), 7),
}
MULTIPLIERS = {fold(word): power for word, power in MULTIPLIERS.items()}
# Swedish: a multiplier and the currency in one word.
_KRONOR = {"tkr": 3, "mkr": 6, "mnkr": 6, "mdkr": 9}  # "mnkr": miljoner kronor too
# Finance shorthand: "2 MSEK", "500 kEUR", "1.5 mUSD".
_SCALED_CODE = re.compile(rf"(k|t|m|mn|md|mln|mio)({'|'.join(CODES)})", re.IGNORECASE)
# Hindi counts with halves: "डेढ़ करोड़" (1.5 crore), "ढाई लाख" (2.5 lakh).
_HALVES = {
    fold(word): Decimal(value)
    for value, words in (("1.5", "dedh derh डेढ़ डेढ"), ("2.5", "dhai dhaai adhai ढाई"))
    for word in words.split()
}
# Hindi quarters and halves before a count: "सवा दो करोड़" (2.25 crore), "साढ़े तीन करोड़"
# (3.5), "पौने दो करोड़" (1.75); "सवा" alone is one and a quarter ("सवा करोड़").
_BEFORE_A_COUNT = {
    fold(word): Decimal(value)
    for value, words in (
        ("0.25", "sava savaa sawa सवा"),
        ("0.5", "saadhe sadhe saade साढ़े साढे"),
        ("-0.25", "paune पौने"),
    )
    for word in words.split()
}
_ALONE = {fold(word): Decimal("1.25") for word in "sava savaa sawa सवा".split()}
# A half, spelt: "half a million", "en halv miljon", "un demi-million", "o jumătate de
# milion", "setengah juta", "आधा करोड़"; after a count: "one and a half million", "en och
# en halv miljon", "satu setengah juta"; after the scale: "a million and a half", "un
# million et demi", "un milion și jumătate".
_HALF_PHRASES = tuple(
    tuple(fold(word) for word in phrase.split())
    for phrase in (
        "half a",
        "a half",
        "en halv",
        "ett halvt",
        "un demi",
        "une demie",
        "o jumătate de",
        "o jumătate",
        "jumătate de",
        "half",
        "halv",
        "halvt",
        "demi",
        "demie",
        "jumătate",
        "setengah",
        "separuh",
        "aadha",
        "adha",
        "आधा",
        "आधे",
    )
)
_HALF_AND = frozenset(map(fold, "and et och și si dan aur और".split()))
# Malay adds the half right after the count, with no "and": "dua setengah juta" (2.5 juta).
_HALF_AFTER_A_COUNT = frozenset(("setengah", "separuh"))

# Glued multipliers ("2.5mm", "500k", "2Cr", "50L"); "L" only glued, where it cannot be litres.
_GLUED_MULT = (
    r"mm|MM|mln|mn|Mn|MN|mio|Mio|mil|juta|jt|bn|Bn|BN|crores|crore|cr|Cr|CR|lakhs|lakh|lacs|lac"
    r"|rb|k|K|m|M|b|B|L|j|J"
)
# One or two letters of a multiplier that are money only glued to a sum in a currency:
# Malay "RM1.8j" (juta), "RM500rb" (ribu); "5j" alone is as often five days ("relance J+5").
_GLUED_WITH_CURRENCY = {"j": 6, "rb": 3}
_TOKEN = re.compile(
    rf"(?P<pre>{_PREFIX})?(?P<num>\d[\d.,']*\d|\d)(?P<mult>{_GLUED_MULT})?"
    rf"(?P<kr>tkr|mkr|Mkr|mnkr)?(?P<post>{_GLUED_SUFFIX})?",
)
# A currency and a figure with letters after it that are no multiplier we know ("RM1.5j").
_LOOSE = re.compile(rf"(?P<pre>{_PREFIX})?\d[\d.,]*[^\W\d_]{{1,4}}\.?")
# "2-3m", "RM2-3 juta", "$1m–$1.5m", "1,5–2 M€": a range of figures, money when a currency
# or a multiplier says so; which figure it was is asked.
_RANGE = re.compile(
    rf"(?P<pre>{_PREFIX})?\d+(?:[.,]\d+)?(?P<m1>{_GLUED_MULT})?[-–](?:{_PREFIX})?"
    rf"\d+(?:[.,]\d+)?(?P<m2>{_GLUED_MULT})?(?P<post>{_GLUED_SUFFIX})?"
)
# Words between the two figures of a range: "2 à 3 M€", "2 till 3 miljoner", "2 hingga 3
# juta", "2 sau 3 milioane", "2 से 3 करोड़", "2 or 3m"; "and" only after "between".
RANGE_WORDS = frozenset(
    map(
        fold,
        "to or - – à a ou till eller à sau până hingga sehingga sampai atau ke से या se ya tak "
        "upto".split(),
    )
)
_BETWEEN = frozenset(map(fold, "between entre mellan între intre antara बीच".split()))
_BETWEEN_AND = frozenset(map(fold, "and et och și si dan और aur".split()))
_PLANS = re.compile(r"(401|403|457)(k|b|\(k\)|\(b\))", re.IGNORECASE)
_GROUPED = (
    re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"),
    re.compile(r"\d{1,3}(?:'\d{3})+(?:[.,]\d+)?"),
    re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}"),
)
_DECIMAL = re.compile(r"\d+(?:[.,]\d{1,2}|[.,]\d{4,})?")
LIMIT = Decimal(10) ** 15  # beyond any real claim, and beyond Numeric(20, 2)
# A sum followed by these is a rate, a share price or a monthly figure, not a total.
PER = frozenset(map(fold, "% bps bp pb procent persen प्रतिशत /an /month महीना".split()))


@dataclass(frozen=True)
class Amount:
    """A sum found in the text: ``start``/``end`` are character offsets."""

    value: Decimal
    currency: str | None  # None: no currency typed
    start: int
    end: int
    marked: bool  # a currency, a multiplier or thousands separators: money beyond doubt
    first: int = -1  # token indices, inclusive
    last: int = -1
    malformed: bool = False  # looks like money and cannot be read ("1.2.5 juta")
    ranged: bool = False  # two figures of one sum ("RM 2-3 juta"): money, but which figure?


def _number(text: str, *, multiplied: bool) -> tuple[Decimal | None, bool]:
    """(value, grouped) of the digits as typed; (None, False) when malformed."""
    if len(text) > 24:
        return None, False  # no sum is written with that many digits
    if multiplied and re.fullmatch(r"\d+[.,]\d+", text):
        return Decimal(text.replace(",", ".")), False  # "1.500m", "2,5 M€": a decimal
    for pattern in _GROUPED:
        if pattern.fullmatch(text):
            body = text
            if pattern is _GROUPED[1]:
                body = body.replace(".", "").replace(",", ".")
            else:
                body = body.replace(",", "").replace("'", "")
            return Decimal(body), True
    if _DECIMAL.fullmatch(text):
        if re.fullmatch(r"\d+[.,]\d{3}", text):
            return Decimal(text.replace(",", "").replace(".", "")), True
        return Decimal(text.replace(",", ".")), False
    return None, False


def _exact(value: Decimal) -> Decimal:
    """2.5 x 10^6 -> Decimal("2500000"), not "2500000.0" or "2.5E+6"."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _digits(key: str) -> bool:
    return key.isdigit() and key.isascii()


def _spaced_run(tokens: list[Token], index: int) -> tuple[int, bool]:
    """Last index of a run of bare digit groups starting at ``index`` and whether it is one
    grouped number ("1 500 000") rather than a phone number ("0722 123 456")."""
    last = index
    while (
        last + 1 < len(tokens)
        and not tokens[last].trail
        and tokens[last + 1].start == tokens[last].end + 1
        and re.fullmatch(r"\d+(?:[€$£]|kr)?", tokens[last + 1].text)
    ):
        last += 1
    if last == index:
        return index, True
    groups = [re.sub(r"\D", "", tokens[i].text) for i in range(index, last + 1)]
    valid = 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])
    return last, valid


def money_at(tokens: list[Token], index: int) -> tuple[Amount | None, int]:
    """The sum whose first token is ``index``, if one starts there, and the next index to try."""
    start = index
    pre_currency: str | None = None
    word = fold(tokens[index].text)
    glued = index + 1 < len(tokens) and tokens[index].trail in ("", ".")  # "Fr. 500'000"
    if word in CURRENCY_WORDS and glued and re.match(r"\d", tokens[index + 1].text):
        pre_currency = CURRENCY_WORDS[word]  # "RM 2 juta", "CHF 750'000"
        index += 1
    token = tokens[index]
    spelled = _spelled(tokens, index)
    if spelled is not None:
        value, last = spelled
        return _finish(tokens, start, last, str(_exact(value)), 0, pre_currency, grouped=True)
    if _PLANS.fullmatch(token.text):
        return None, index + 1
    if re.fullmatch(r"\d+", token.text):
        last, valid = _spaced_run(tokens, index)
        if not valid:
            return None, last + 1  # a phone number: none of its groups is money
        if last > index:
            digits = "".join(re.sub(r"\D", "", tokens[i].text) for i in range(index, last + 1))
            symbol = re.search(r"[€$£]$|kr$", tokens[last].text)
            currency = pre_currency or _word(symbol.group() if symbol else None)
            return _finish(tokens, start, last, digits, 0, currency, grouped=True)
    ranged = _RANGE.fullmatch(token.text.rstrip("+"))
    if ranged and (
        pre_currency
        or any(ranged.group(part) for part in ("pre", "post"))
        or any(
            fold(ranged.group(part) or "") not in ("", *_GLUED_WITH_CURRENCY)
            for part in ("m1", "m2")
        )
        or _scale_follows(tokens, index)
    ):  # "2-3m", "RM 2-3 juta", "1,5–2 M€": which figure was it?
        last = index + 1 if _scale_follows(tokens, index) else index
        if last > index and last + 1 < len(tokens) and not tokens[last].trail:
            last += fold(tokens[last + 1].text) in CURRENCY_WORDS  # "2-3 millions EUR"
        return Amount(
            Decimal(0),
            pre_currency,
            tokens[start].start,
            tokens[last].end,
            True,
            start,
            last,
            malformed=True,
            ranged=True,
        ), last + 1
    match = _TOKEN.fullmatch(token.text.rstrip("+"))  # "2m+": at least 2m
    if not match:
        loose = _LOOSE.fullmatch(token.text)
        if loose and (pre_currency or loose.group("pre")):
            # "RM1.5j", "$2mio.": money beyond doubt, in a size we cannot read: asked.
            return Amount(
                Decimal(0),
                pre_currency,
                tokens[start].start,
                token.end,
                True,
                start,
                index,
                malformed=True,
            ), index + 1
        return None, index + 1
    power = 0
    currency = pre_currency or _word(match.group("pre")) or _word(match.group("post"))
    mult = fold(match.group("mult") or "")
    if mult in _GLUED_WITH_CURRENCY:
        if currency is None:
            return None, index + 1  # "5j": days as often as millions
        power = _GLUED_WITH_CURRENCY[mult]
    elif mult:
        power = MULTIPLIERS.get(mult, 0)
    if match.group("kr"):
        power, currency = _KRONOR[match.group("kr").lower()], "SEK"
    return _finish(tokens, start, index, match.group("num"), power, currency, grouped=False)


def _scale_follows(tokens: list[Token], index: int) -> bool:
    """A multiplier or a currency right after the figure: "2-3 juta", "2–3 M€", "2-3 lakh"."""
    if index + 1 >= len(tokens) or tokens[index].trail:
        return False
    text = tokens[index + 1].text
    word = fold(text)
    if word in ("l", "b", "m", "k") and text not in ("L", "B", "M", "K"):
        return False  # "2-3 m" may be metres
    return (
        word in MULTIPLIERS
        or word in _KRONOR
        or (word in CURRENCY_WORDS and word not in ("fr", "fr.", "rs"))
        or bool(re.fullmatch(r"(k|m|mn|M)(€|\$|£)", text))
        or _SCALED_CODE.fullmatch(text) is not None
    )


def _half(keys: list[str], at: int) -> int:
    """The end (exclusive) of a half spelt at ``at`` ("half a", "en halv", "setengah"), or 0."""
    for phrase in _HALF_PHRASES:
        if tuple(keys[at : at + len(phrase)]) == phrase:
            return at + len(phrase)
    return 0


def _scale(key: str) -> int | None:
    """A multiplier written as a word ("million", "juta", "करोड़"): "m", "k" are no words."""
    power = MULTIPLIERS.get(key)
    return power if power is not None and len(key) > 2 else None


def _spelled(tokens: list[Token], index: int) -> tuple[Decimal, int] | None:
    """ "a million", "half a million", "deux millions", "två miljoner", "dua juta", "एक करोड़",
    "en halv miljon", "un million et demi", "सवा करोड़", "साढ़े तीन करोड़": (value, last index)."""
    from bot.parsing.daywords import NUMBER_WORDS

    keys = [token.key for token in tokens[index : index + 7]]
    if keys[0].startswith(("demi-", "demie-")):  # "un demi-million"
        power = _scale(keys[0].split("-", 1)[1])
        return (Decimal("0.5").scaleb(power), index) if power is not None else None
    count: Decimal | None = None
    at = 0
    if keys[0] in _BEFORE_A_COUNT and len(keys) > 1 and keys[1] in NUMBER_WORDS:
        count, at = NUMBER_WORDS[keys[1]] + _BEFORE_A_COUNT[keys[0]], 2
    elif keys[0] in _BEFORE_A_COUNT and len(keys) > 1 and _digits(keys[1]):
        count, at = int(keys[1]) + _BEFORE_A_COUNT[keys[0]], 2
    elif keys[0] in _ALONE:
        count, at = _ALONE[keys[0]], 1
    elif keys[0] in _HALVES:
        count, at = _HALVES[keys[0]], 1
    elif end := _half(keys, 0):
        count, at = Decimal("0.5"), end
    elif keys[0] in NUMBER_WORDS or (_digits(keys[0]) and _half_follows(keys)):
        # "one and a half million", and "1 and a half million", "RM 1 setengah juta"
        count, at = Decimal(NUMBER_WORDS.get(keys[0]) or int(keys[0])), 1
        if at < len(keys) and keys[at] in _HALF_AND and (end := _half(keys, at + 1)):
            count, at = count + Decimal("0.5"), end  # "one and a half million"
        elif at < len(keys) and keys[at] in _HALF_AFTER_A_COUNT:  # "satu setengah juta"
            count, at = count + Decimal("0.5"), at + 1
    if count is None or count <= 0 or at >= len(keys):
        return None
    power = _scale(keys[at])
    if power is None or any(token.trail.strip() for token in tokens[index : index + at]):
        return None
    half, last = _and_a_half(tokens, index + at, power)  # "a million and a half"
    return (count + half).scaleb(power), last


def _half_follows(keys: list[str]) -> bool:
    """ "1 and a half", "1 och en halv", "1 setengah": a half after a count in figures."""
    return len(keys) > 1 and (
        (keys[1] in _HALF_AND and bool(_half(keys, 2))) or keys[1] in _HALF_AFTER_A_COUNT
    )


def _and_a_half(tokens: list[Token], last: int, power: int) -> tuple[Decimal, int]:
    """After a scale word at ``last``, "and a half" ("un million et demi", "un milion și
    jumătate"): (0.5, the half's last index); else (0, ``last``)."""
    if not power or not _scale(tokens[last].key):
        return Decimal(0), last
    keys = [token.key for token in tokens[last + 1 : last + 6]]
    end = _half(keys, 1) if keys and keys[0] in _HALF_AND else 0
    if not end or (end < len(keys) and _scale(keys[end]) is not None):
        return Decimal(0), last  # "1 million and half a million more": another sum
    if any(token.trail.strip() for token in tokens[last : last + end]):
        return Decimal(0), last
    return Decimal("0.5"), last + end


def _word(text: str | None) -> str | None:
    return CURRENCY_WORDS.get(fold(text)) if text else None


def _finish(
    tokens: list[Token],
    start: int,
    last: int,
    number: str,
    power: int,
    currency: str | None,
    *,
    grouped: bool,
) -> tuple[Amount | None, int]:
    # A multiplier and a currency in the words that follow: "2 mn EUR", "1,2 milj. kr",
    # "3 millions d'euros", "2,5 milioane de lei", "1,5 M€", "500 tkr".
    following = last + 1
    if not power and following < len(tokens) and not tokens[last].trail:
        text = tokens[following].text
        word = fold(text)
        glued = re.fullmatch(r"(k|m|mn|M)(€|\$|£)", text)
        if glued:
            power, last = MULTIPLIERS[fold(glued.group(1))], following
            currency = currency or _word(glued.group(2))
        elif word in _KRONOR:
            power, currency, last = _KRONOR[word], "SEK", following
        elif (scaled := _SCALED_CODE.fullmatch(text)) is not None:
            power = MULTIPLIERS.get(
                fold(scaled.group(1)), 3 if scaled.group(1).lower() == "t" else 0
            )
            currency, last = currency or scaled.group(2).upper(), following
        elif word in MULTIPLIERS and (word not in ("l", "b") or text in ("L", "B") and currency):
            # "₹50 L", "$1.2 B": capitals after a sum in a currency; "50 l" may be litres.
            power, last = MULTIPLIERS[word], following
        elif word == "de" and following + 1 < len(tokens) and not tokens[following].trail:
            after = fold(tokens[following + 1].text)  # "500 de mii", "20 de milioane"
            if after in MULTIPLIERS and len(after) > 2:
                power, last = MULTIPLIERS[after], following + 1
    half, last = _and_a_half(tokens, last, power)  # "2 million and a half"
    following = last + 1
    if currency is None and following < len(tokens) and tokens[last].trail in ("", "."):
        word = fold(tokens[following].text)
        if word == "de" and following + 1 < len(tokens):  # "2 milioane de lei"
            after = fold(tokens[following + 1].text)
            if after in CURRENCY_WORDS and after not in ("$", "rs"):
                currency, last = CURRENCY_WORDS[after], following + 1
        elif word in CURRENCY_WORDS and word != "rs":
            currency, last = CURRENCY_WORDS[word], following
    following = last + 1
    if (
        currency in _OPEN_SIGNS
        and following < len(tokens)
        and tokens[last].trail in ("", ".")
        and fold(tokens[following].text) in _OPEN_SIGNS[currency]
    ):
        # "1 mkr SEK", "500 tkr NOK", "250 000 $ CAD": the code says which kronor the "kr"
        # (which dollar the "$") left open.
        currency, last = tokens[following].text.upper(), following
    value, separated = _number(number, multiplied=bool(power))
    if value is None:
        malformed = Amount(
            Decimal(0), currency, tokens[start].start, tokens[last].end, True, start, last, True
        )
        return malformed, last + 1
    value = (value + half).scaleb(power)
    if value <= 0 or value >= LIMIT:
        return None, last + 1  # beyond any real sum (and beyond Decimal's 28 digits)
    value = _exact(value)
    marked = bool(currency or power or separated or grouped)
    return Amount(
        value, currency, tokens[start].start, tokens[last].end, marked, start, last
    ), last + 1


def per_unit(tokens: list[Token], amount: Amount) -> bool:
    """ "12 kr/aktie", "400 lei/luna", "20 %", "10 हज़ार महीना": a rate, not a sum."""
    text = tokens[amount.last].text
    if "/" in text:
        return True
    following = tokens[amount.last + 1].key if amount.last + 1 < len(tokens) else ""
    if "/" in following:  # "12 kr/aktie", "400 lei/luna", "5k /month"
        before = following.split("/", 1)[0]
        return not before or before in CURRENCY_WORDS
    if following in PER or following.startswith("%"):
        return True
    after = tuple(token.key for token in tokens[amount.last + 1 : amount.last + 3])
    return any(after[: len(phrase)] == phrase for phrase in _PER_PERIOD)


# After a sum, each period it recurs: "400 euro pe lună", "2 000 € par mois", "5 000 kr i
# månaden", "RM 500 sebulan", "10 hazaar har mahine", "$2k per month", "$24k annually".
# Not "a year", "a month": "deposited 1m a year ago" is a sum that came.
_PER_PERIOD = frozenset(
    tuple(fold(word) for word in phrase.split())
    for phrase in (
        "per month|per year|per annum|per quarter|monthly|annually|yearly|each month|every month"
        "|pe lună|pe luna|pe an|lunar|anual|par mois|par an|mensuel|mensuels|annuel|par trimestre"
        "|i månaden|per månad|om månaden|per år|om året|i året|månadsvis|sebulan|setahun"
        "|per bulan|setiap bulan|setiap tahun|har mahine|har mahina|har saal|prati maah"
        "|हर महीने|हर साल|सालाना|mahina|saalana"
    ).split("|")
)


_PHONE_GROUPS = 3  # "0722 123 456": a phone number has at least three groups


def phone_numbers(tokens: list[Token]) -> list[tuple[int, int]]:
    """The character spans of phone numbers ("01 23 45 67 89", "+40 722 123 456"): no money,
    and no day or time either ("appelle le 01 23 45 67 89" names no 1st of the month)."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if re.fullmatch(r"\+?\d+", tokens[index].text):
            last, grouped = _spaced_run(tokens, index)
            if last - index + 1 >= _PHONE_GROUPS and not grouped:
                spans.append((tokens[index].start, tokens[last].end))
            index = last + 1
        else:
            index += 1
    return spans


def find_money(tokens: list[Token], *, skip: list[tuple[int, int]]) -> list[Amount]:
    """Every sum in ``tokens`` outside the ``skip`` character spans, in order."""
    found: list[Amount] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if any(token.start < end and start < token.end for start, end in skip):
            index += 1
            continue
        amount, index = money_at(tokens, index)
        if amount is not None:
            if found and _ranged(tokens, found[-1], amount):
                amount = _range_of(found.pop(), amount)
            found.append(amount)
    return found


def _ranged(tokens: list[Token], low: Amount, high: Amount) -> bool:
    """ "2 à 3 M€", "RM2 hingga RM3 juta", "between 2 and 3m": two figures of one sum."""
    if not high.marked or high.first != low.last + 2 or tokens[low.last].trail.strip():
        return False
    if tokens[low.last + 1].trail.strip():
        return False
    word = tokens[low.last + 1].key
    if word in _BETWEEN_AND:
        return low.first > 0 and tokens[low.first - 1].key in _BETWEEN
    return word in RANGE_WORDS and (
        low.marked or re.fullmatch(r"\d+(?:[.,]\d+)?", tokens[low.first].text) is not None
    )


def _range_of(low: Amount, high: Amount) -> Amount:
    return Amount(
        Decimal(0),
        high.currency or low.currency,
        low.start,
        high.end,
        True,
        low.first,
        high.last,
        malformed=True,
        ranged=True,
    )


def find_amounts(text: str, *, language: str = "en", skip: list[tuple[int, int]]) -> list[Amount]:
    """Every sum in ``text`` (a form field, a line) outside the ``skip`` spans."""
    del language  # one notation for every language: see the module's rules
    return [amount for amount in find_money(tokenise(text), skip=skip) if not amount.malformed]
