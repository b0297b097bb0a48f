"""The bonus plan in the database: read strictly from admins' text, audited, applied from a date.

``/cms bonus set from 2027-01-01 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100 [currency USD]``
reads as: from 1 January 2027, 5 bp on the first 10m of verified assets in a
period, 8 bp on the next 40m, 10 bp above 50m, and 100 bp of every mandate fee.
Bands must start at 0, follow on without gaps and end open ("50m+"), so every
amount has exactly one rate. A plan starts today or later: pay already earned
is never changed after the fact. Setting a plan for a date that already has one
replaces it (before it applies); ``cancel`` removes a plan not yet in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory import access
from bot.errors import InvalidInput, NotFound
from bot.i18n import _
from bot.messages import reports as text
from bot.messages.formatting import zone
from bot.reports.bonus import Band, PlanTerms, plan_on
from storage.models import BonusBand, BonusPlan, Rep

MAX_RATE_BP = Decimal(10_000)
CENT = Decimal("0.01")
BP_PLACES = Decimal("0.0001")
_AMOUNT = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<unit>k|m|mm|bn|b)?")
_UNITS = {None: 0, "k": 3, "m": 6, "mm": 6, "b": 9, "bn": 9}
_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class PlanDraft:
    effective_from: date
    bands: tuple[Band, ...]
    mandate_rate_bp: Decimal
    currency: str


def amount(word: str) -> Decimal:
    """``10m`` -> 10000000; digits with an optional k / m / bn; raises ``InvalidInput``."""
    found = _AMOUNT.fullmatch(word.lower().replace(",", "").replace("_", ""))
    if found is None:
        raise InvalidInput(_(text.BONUS_BAD_AMOUNT).format(word=word))
    return Decimal(found.group("number")) * Decimal(10) ** _UNITS[found.group("unit")]


def rate(word: str, what: str) -> Decimal:
    try:
        value = Decimal(word.removesuffix("bp"))
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0 or value > MAX_RATE_BP:
        raise InvalidInput(_(text.BONUS_BAD_RATE).format(word=word, what=what))
    return value


def parse_plan(words_text: str) -> PlanDraft:
    """Read ``from DATE bands LO-HI:BP … TOP+:BP mandate BP [currency XXX]``; raises ``InvalidInput``."""
    words = words_text.replace("–", "-").split()
    fields = _keywords(words)
    effective = read_day(fields.get("from"))
    bands = _bands(fields.get("bands") or [])
    mandate_words = fields.get("mandate") or []
    if len(mandate_words) != 1:
        raise InvalidInput(_with_usage(_(text.BONUS_NEEDS).format(part="`mandate <bp>`")))
    currency_words = fields.get("currency") or ["USD"]
    currency = currency_words[0].upper() if len(currency_words) == 1 else ""
    if not _CURRENCY.fullmatch(currency):
        raise InvalidInput(_(text.BONUS_BAD_CURRENCY).format(word=" ".join(currency_words)))
    return PlanDraft(effective, bands, rate(mandate_words[0], "mandate"), currency)


def _keywords(words: list[str]) -> dict[str, list[str]]:
    keys = ("from", "bands", "mandate", "currency")
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for word in words:
        if word.lower() in keys:
            current = word.lower()
            if current in fields:
                raise InvalidInput(_(text.BONUS_TWICE).format(word=current))
            fields[current] = []
        elif current is None:
            raise InvalidInput(_with_usage(_(text.BONUS_UNEXPECTED).format(word=word)))
        else:
            fields[current].append(word)
    return fields


def read_day(words: list[str] | None) -> date:
    """The one ISO date in ``words``; raises ``InvalidInput``."""
    if not words:
        raise InvalidInput(_with_usage(_(text.BONUS_NEEDS).format(part="`from YYYY-MM-DD`")))
    try:
        if len(words) != 1:
            raise ValueError
        return date.fromisoformat(words[0])
    except ValueError:
        raise InvalidInput(_(text.BONUS_BAD_DATE).format(word=" ".join(words))) from None


def _bands(words: list[str]) -> tuple[Band, ...]:
    if not words:
        raise InvalidInput(_with_usage(_(text.BONUS_NEEDS).format(part="`bands 0-10m:5 10m+:8`")))
    bands: list[Band] = []
    for word in words:
        span, colon, bp = word.partition(":")
        if not colon or not bp:
            raise InvalidInput(_(text.BONUS_BAD_BAND).format(word=word))
        if span.endswith("+"):
            lower, upper = amount(span[:-1]), None
        else:
            low, dash, high = span.partition("-")
            if not dash:
                raise InvalidInput(_(text.BONUS_BAD_BAND).format(word=word))
            lower, upper = amount(low), amount(high)
            if upper <= lower:
                raise InvalidInput(_(text.BONUS_EMPTY_BAND).format(word=word))
        expected = bands[-1].upper if bands else Decimal(0)
        if expected is None:
            raise InvalidInput(_(text.BONUS_AFTER_OPEN).format(word=word))
        if lower != expected:
            raise InvalidInput(_(text.BONUS_GAP).format(word=word, expected=short_amount(expected)))
        bands.append(Band(lower, upper, rate(bp, f"band {span}")))
    if bands[-1].upper is not None:
        raise InvalidInput(_(text.BONUS_NO_TOP).format(top=short_amount(bands[-1].upper)))
    return tuple(bands)


def short_amount(value: Decimal) -> str:
    """``10m``, ``2.5m``, ``250k``: how band edges are written in and shown back."""
    for size, unit in ((9, "bn"), (6, "m"), (3, "k")):
        if value >= Decimal(10) ** size:
            return f"{(value / Decimal(10) ** size).normalize():f}{unit}"
    return f"{value.normalize():f}"


def terms(plan: BonusPlan) -> PlanTerms:
    return PlanTerms(
        effective_from=plan.effective_from,
        currency=plan.currency,
        mandate_rate_bp=Decimal(plan.mandate_rate_bp),
        bands=tuple(
            Band(Decimal(b.lower), Decimal(b.upper) if b.upper is not None else None, b.rate_bp)
            for b in sorted(plan.bands, key=lambda b: b.lower)
        ),
        plan_id=plan.id,
    )


def load_plans(session: Session) -> list[PlanTerms]:
    """Every plan, oldest first (a handful of rows: the arithmetic picks per claim)."""
    return [
        terms(plan)
        for plan in session.scalars(select(BonusPlan).order_by(BonusPlan.effective_from))
    ]


def in_force_and_upcoming(
    plans: list[PlanTerms], today: date
) -> tuple[PlanTerms | None, list[PlanTerms]]:
    return plan_on(plans, today), [plan for plan in plans if plan.effective_from > today]


def local_today(actor: Rep, now: datetime) -> date:
    return now.astimezone(zone(actor.timezone)).date()


def set_plan(
    session: Session, *, actor: Rep, draft: PlanDraft, now: datetime
) -> tuple[BonusPlan, bool]:
    """Create the plan (or replace the one for that date); returns it and whether it replaced one.

    Raises ``NotAllowed`` (admins only) and ``InvalidInput`` (a date in the past).
    """
    _require_admin(actor)
    today = local_today(actor, now)
    if draft.effective_from < today:
        raise InvalidInput(_(text.BONUS_PAST).format(day=draft.effective_from, today=today))
    plan = session.scalar(select(BonusPlan).where(BonusPlan.effective_from == draft.effective_from))
    before = state(plan) if plan is not None else None
    if plan is None:
        plan = BonusPlan(
            effective_from=draft.effective_from, created_at=now, created_by_id=actor.id
        )
        session.add(plan)
    plan.mandate_rate_bp = draft.mandate_rate_bp
    plan.currency = draft.currency
    plan.created_by_id = actor.id
    plan.bands = [BonusBand(lower=b.lower, upper=b.upper, rate_bp=b.rate_bp) for b in draft.bands]
    session.flush()
    audit.record_by(
        session,
        actor,
        "update" if before else "create",
        plan,
        before=before,
        after=state(plan),
        now=now,
    )
    return plan, before is not None


def cancel_plan(session: Session, *, actor: Rep, effective_from: date, now: datetime) -> None:
    """Remove a plan that has not started; raises ``NotAllowed``, ``NotFound``, ``InvalidInput``."""
    _require_admin(actor)
    plan = session.scalar(select(BonusPlan).where(BonusPlan.effective_from == effective_from))
    if plan is None:
        raise NotFound(_(text.BONUS_NO_PLAN_ON).format(day=effective_from))
    if effective_from <= local_today(actor, now):
        raise InvalidInput(_(text.BONUS_CANNOT_CANCEL).format(day=effective_from))
    before = state(plan)
    plan_id = plan.id
    session.delete(plan)
    session.flush()
    audit.record_by(
        session,
        actor,
        "delete",
        entity_type=BonusPlan.__tablename__,
        entity_id=plan_id,
        before=before,
        now=now,
    )


def _require_admin(actor: Rep) -> None:
    access.require_role(actor, "admin", refusal=_(text.BONUS_ADMINS_ONLY))


def state(plan: BonusPlan) -> dict[str, Any]:
    """The plan with its bands, as the audit keeps it."""
    snapshot = audit.snapshot(plan)
    snapshot["bands"] = [
        {
            "lower": str(Decimal(b.lower).quantize(CENT)),
            "upper": None if b.upper is None else str(Decimal(b.upper).quantize(CENT)),
            "rate_bp": str(Decimal(b.rate_bp).quantize(BP_PLACES)),
        }
        for b in sorted(plan.bands, key=lambda b: b.lower)
    ]
    return snapshot


def _with_usage(sentence: str) -> str:
    """A refusal followed by how ``/cms bonus`` is written, both in the reader's language."""
    return f"{sentence} {_(text.BONUS_USAGE)}"
