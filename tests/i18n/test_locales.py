"""Which language a reader gets, and how numbers, money and dates read in it (CLDR, Babel)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.errors import SettingsError
from bot.i18n import chosen, current, resolve, speaking
from bot.messages import formatting
from bot.settings import load_settings


@pytest.mark.parametrize(
    ("slack_locale", "language"),
    [
        ("fr-FR", "fr"),
        ("fr-CA", "fr"),
        ("sv-SE", "sv"),
        ("ro-RO", "ro"),
        ("ms-MY", "ms"),
        ("hi-IN", "hi"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("nb-NO", "sv"),  # the nearest of the six
        ("da-DK", "sv"),
        ("id-ID", "ms"),
        ("ja-JP", "en"),  # nothing near: English
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_slack_locale_resolves_to_the_nearest_of_the_six(
    slack_locale: str | None, language: str
) -> None:
    assert resolve(slack_locale) == language


def test_a_chosen_language_wins_over_slack_and_auto_follows_slack_again() -> None:
    assert chosen("hi", "fr-FR") == "hi"
    assert chosen(None, "fr-FR") == "fr"
    assert chosen("xx", "sv-SE") == "sv"  # not one of the six: ignored


def test_speaking_is_undone_when_the_block_ends() -> None:
    with speaking("fr-FR"):
        assert current() == "fr"
        with speaking("sv"):
            assert current() == "sv"
        assert current() == "fr"
    assert current() == "en"


@pytest.mark.parametrize(
    ("code", "currency", "shown"),
    [
        ("fr", "EUR", "1\u202f200\u202f000,00\xa0€"),  # CLDR: narrow no-break spaces
        ("sv", "SEK", "1\xa0200\xa0000,00\xa0kr"),
        ("hi", "INR", "₹12,00,000.00"),  # lakh grouping
        ("ro", "RON", "1.200.000,00\xa0RON"),
        ("ms", "MYR", "RM1,200,000.00"),
        ("en", "USD", "USD 1,200,000.00"),  # English keeps the code before the figure
    ],
)
def test_money_reads_as_the_reader_writes_it(code: str, currency: str, shown: str) -> None:
    with speaking(code):
        assert formatting.money(Decimal("1200000"), currency) == shown


def test_money_written_with_plain_spaces_reads_as_the_issue_shows_it() -> None:
    with speaking("fr"):
        french = formatting.money(Decimal("1200000"), "EUR")
    with speaking("sv"):
        swedish = formatting.money(Decimal("1200000"), "SEK")
    plain = str.maketrans({"\u202f": " ", "\xa0": " "})
    assert french.translate(plain) == "1 200 000,00 €"
    assert swedish.translate(plain) == "1 200 000,00 kr"


def test_money_never_goes_through_a_float() -> None:
    with speaking("fr"):
        assert formatting.money(Decimal("0.1") + Decimal("0.2"), "EUR") == "0,30\xa0€"
        assert formatting.money(Decimal("12345678901234567.89"), "EUR").startswith(
            "12\u202f345\u202f678\u202f901\u202f234\u202f567,89"
        )


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("en", "Tue 17 Nov 2026, 16:00 (Europe/Paris)"),
        ("fr", "mar. 17 nov. 2026, 16:00 (Europe/Paris)"),
        ("sv", "tis 17 nov. 2026, 16:00 (Europe/Paris)"),
        ("hi", "मंगल 17 नव॰ 2026, 16:00 (Europe/Paris)"),
    ],
)
def test_an_instant_reads_in_the_readers_zone_and_language(code: str, shown: str) -> None:
    instant = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
    with speaking(code):
        assert formatting.when(instant, "Europe/Paris") == shown


def test_a_day_and_a_count_read_in_the_readers_language() -> None:
    with speaking("ro"):
        assert formatting.day(date(2026, 11, 17)) == "mar. 17 nov. 2026"
        assert formatting.number(1200) == "1.200"
    with speaking("en"):
        assert formatting.number(1200) == "1,200"


def test_default_locale_setting_is_one_of_the_six() -> None:
    assert load_settings({}, env_file=None).default_locale == "en"
    assert load_settings({"CMS_DEFAULT_LOCALE": "FR"}, env_file=None).default_locale == "fr"
    with pytest.raises(SettingsError, match="CMS_DEFAULT_LOCALE must be one of en, fr"):
        load_settings({"CMS_DEFAULT_LOCALE": "de"}, env_file=None)
