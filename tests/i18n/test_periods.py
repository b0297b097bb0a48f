"""Period words for scorecards, bonus and ROI in the six languages, as strict as English."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.errors import UnreadableDate
from bot.i18n import speaking
from bot.reports.periods import read_period

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday in 2026 Q4


def days(text: str, locale: str = "en-US") -> tuple[date, date]:
    period = read_period(text, now=NOW, timezone="Europe/Paris", locale=locale)
    return period.first_day, period.last_day


LAST_QUARTER = (date(2026, 7, 1), date(2026, 9, 30))
LAST_MONTH = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last quarter", LAST_QUARTER),
        ("le trimestre dernier", LAST_QUARTER),
        ("förra kvartalet", LAST_QUARTER),
        ("trimestrul trecut", LAST_QUARTER),
        ("suku lepas", LAST_QUARTER),
        ("पिछली तिमाही", LAST_QUARTER),
        ("2026 T3", LAST_QUARTER),
        ("2026 K3", LAST_QUARTER),
        ("2026 S3", LAST_QUARTER),
        ("le mois dernier", LAST_MONTH),
        ("Förra månaden", LAST_MONTH),
        ("luna trecută", LAST_MONTH),
        ("bulan lepas", LAST_MONTH),
        ("पिछले महीने", LAST_MONTH),
        ("novembre 2026", LAST_MONTH),
        ("noiembrie 2026", LAST_MONTH),
        ("नवंबर 2026", LAST_MONTH),
        ("ce trimestre", (date(2026, 10, 1), date(2026, 12, 31))),
        ("cette année", (date(2026, 1, 1), date(2026, 12, 31))),
        ("les 30 derniers jours", (date(2026, 11, 2), date(2026, 12, 1))),
        ("senaste 30 dagarna", (date(2026, 11, 2), date(2026, 12, 1))),
        ("ultimele 30 de zile", (date(2026, 11, 2), date(2026, 12, 1))),
        ("30 hari lepas", (date(2026, 11, 2), date(2026, 12, 1))),
        ("पिछले 30 दिन", (date(2026, 11, 2), date(2026, 12, 1))),
    ],
)
def test_period_words_in_six_languages(text: str, expected: tuple[date, date]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("depuis le 1 juillet", "fr-FR"),
        ("sedan 1 juli", "sv-SE"),
        ("din 1 iulie", "ro-RO"),
        ("sejak 1 Julai", "ms-MY"),
    ],
)
def test_since_in_the_readers_language(text: str, locale: str) -> None:
    assert days(text, locale) == (date(2026, 7, 1), date(2026, 12, 1))


def test_from_to_in_french() -> None:
    assert days("du 1 juillet au 15 août", "fr-FR") == (date(2026, 7, 1), date(2026, 8, 15))


@pytest.mark.parametrize(
    "text", ["le mois prochain", "trimestrul viitor", "suku lepas sekali", "2026 T5"]
)
def test_unknown_period_words_are_refused_as_in_english(text: str) -> None:
    with pytest.raises(UnreadableDate):
        days(text)


@pytest.mark.parametrize(
    ("code", "label", "refusal"),
    [
        ("en", "last quarter (2026 Q3)", "I can't read"),
        ("fr", "le trimestre dernier (2026 T3)", "Je ne peux pas lire"),
        ("sv", "förra kvartalet (2026 K3)", "Jag kan inte läsa"),
        ("ro", "trimestrul trecut (2026 T3)", "Nu pot citi"),
        ("ms", "suku lepas (2026 S3)", "Saya tidak dapat membaca"),
        ("hi", "पिछली तिमाही (2026 Q3)", "मैं"),
    ],
)
def test_labels_and_refusals_read_in_the_readers_language(
    code: str, label: str, refusal: str
) -> None:
    with speaking(code):
        assert read_period("last quarter", now=NOW, timezone="UTC").label == label
        with pytest.raises(UnreadableDate) as refused:
            read_period("the other quarter", now=NOW, timezone="UTC")
    assert str(refused.value).startswith(refusal)


@pytest.mark.parametrize("code", ["fr", "sv", "ro", "ms", "hi"])
def test_every_example_the_refusal_offers_is_understood(code: str) -> None:
    """The examples a refusal lists, in the reader's language, each read as a period."""
    locale = {"fr": "fr-FR", "sv": "sv-SE", "ro": "ro-RO", "ms": "ms-MY", "hi": "hi-IN"}[code]
    with speaking(code), pytest.raises(UnreadableDate) as refused:
        read_period("nonsense", now=NOW, timezone="UTC")
    examples = str(refused.value).split(": ", 1)[1].rstrip(".।")
    for example in examples.split(", "):
        read_period(example, now=NOW, timezone="UTC", locale=locale)


def test_month_labels_use_cldr_month_names() -> None:
    with speaking("fr"):
        assert read_period("le mois dernier", now=NOW, timezone="UTC").label == (
            "le mois dernier (novembre 2026)"
        )
    with speaking("en"):
        assert read_period("last month", now=NOW, timezone="UTC").label == (
            "last month (November 2026)"
        )
