"""The sums a line claims, each with its currency and account settled against the client's
accounts, or asked (``bot.contacts.quicklog``)."""

from __future__ import annotations

from typing import Any

from bot.parsing import ClaimDraft, ParsedContact
from bot.parsing.contact import ClaimText, swedish_kronor
from bot.parsing.when import Unclear
from storage.models import Client

DEFAULT_CURRENCY = "USD"


def _claims(
    parsed: ParsedContact, client: Client, default_currency: str
) -> tuple[tuple[ClaimDraft, ...], list[Unclear]]:
    accounts = {_account_key(account.account): account for account in client.accounts}
    known = {currency for a in client.accounts if (currency := getattr(a, "currency", None))}
    drafts: list[ClaimDraft] = []
    unclear: list[Unclear] = []
    rows = [_account_row(c.account, accounts) if c.account else None for c in parsed.claims]
    typed = [
        _typed_currency(claim, known, getattr(row, "currency", None), default_currency)
        for claim, row in zip(parsed.claims, rows, strict=True)
    ]
    # "₹2 करोड़ जमा और 1 करोड़ का वादा", "deposited $2m and pledged another 1m": a sum with no
    # currency beside claims that all name the same one is in it.
    named = {currency for currency in typed if currency}
    line_currency = next(iter(named)) if len(named) == 1 else None
    for claim, account_row, currency in zip(parsed.claims, rows, typed, strict=True):
        if claim.account and account_row is None:
            unclear.append(Unclear(claim.account, "account"))
            continue
        account_currency = getattr(account_row, "currency", None) if account_row else None
        if claim.currency and currency is None:
            # "3 milj. kr" from a client holding SEK and NOK, "250 000 $" from one holding
            # CAD and USD: which?
            unclear.append(Unclear(claim.text, "currency"))
            continue
        currency = currency or account_currency or line_currency
        if currency is None:
            if len(known) == 1:
                currency = next(iter(known))
            elif not known:
                currency = default_currency
        if currency is None or (
            claim.currency and account_currency and currency != account_currency
        ):
            unclear.append(Unclear(claim.text, "currency"))
            continue
        drafts.append(
            ClaimDraft(
                kind=claim.kind,
                amount=claim.amount,
                currency=str(currency),
                account=account_row.account if account_row else None,
            )
        )
    return tuple(drafts), unclear


def _typed_currency(
    claim: ClaimText, known: set[str], account_currency: str | None, default_currency: str
) -> str | None:
    """The currency the line names for ``claim``, settled where the sign leaves it open:
    "kr" (SEK, NOK or DKK) and a bare "$" (any dollar) are the named account's, else the
    one of them the client holds, else (the client holding none) the firm's when it is one,
    else the sign's own (SEK, USD). None when nothing is typed, or two held fit (asked)."""
    if not claim.currencies:
        return claim.currency
    if account_currency in claim.currencies:
        return account_currency  # "500 tkr till ACC-…": the account's kronor
    held = known & set(claim.currencies)
    if len(held) > 1:
        # "5 mkr", "500 tkr": Swedish units, so Swedish kronor when the client holds them
        # ("1,5 milj. kr" from a client holding SEK and NOK stays asked).
        return "SEK" if "SEK" in held and swedish_kronor(claim.text) else None
    if held:
        return next(iter(held))
    return default_currency if default_currency in claim.currencies else claim.currency


def _account_row(typed: str, accounts: dict[str, Any]) -> Any:
    """The client's account the line names: as typed ("ACC-1048", "acc 1048"), else, for a
    number typed without its prefix ("to account 1048"), the one account whose digits are
    that number. None when none (or two) match: the account is asked about."""
    row = accounts.get(_account_key(typed))
    if row is not None or not typed.isdigit():
        return row
    matches = [a for a in accounts.values() if "".join(filter(str.isdigit, a.account)) == typed]
    return matches[0] if len(matches) == 1 else None


def _account_key(account: str) -> str:
    """ "ACC-6412", "acc-6412", "ACC 6412" and "ACC6412" are one account, as a rep types it."""
    return "".join(ch for ch in account.casefold() if ch not in " -")
