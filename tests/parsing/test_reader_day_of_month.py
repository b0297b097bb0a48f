"""A day of the month named alone ("the 24th", "le 24", "den 24:e", "pe 24", "24hb",
"tarikh 24", "24 ko"), read without a book.

Now is Wednesday 2 December 2026, 14:00 UTC (the 2nd in every zone used here). In a log
the day is the nearest such day: one gone is the contact's ("the 24th" is 24 November), one
to come is a plan, never recorded as the same day of last month ("le 3" said on the 2nd is
tomorrow, not 3 November); after a follow-up word it is the next such day after today.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
PLACES = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "fr-FR": "Europe/Paris",
    "sv-SE": "Europe/Stockholm",
    "ro-RO": "Europe/Bucharest",
    "ms-MY": "Asia/Kuala_Lumpur",
    "hi-IN": "Asia/Kolkata",
}
# Each language's ways of writing "the 24th" (and "the 3rd", "the 1st"), {} the number.
FORMS = [
    ("en-GB", "Jane Doyle call the {}th"),
    ("en-US", "Jane Doyle call on the {}th"),
    ("fr-FR", "Léa Roux appel le {}"),
    ("sv-SE", "Per Ek fika den {}:e"),
    ("sv-SE", "Per Ek fika den {}"),
    ("ro-RO", "Ion Popa telefon pe {}"),
    ("ms-MY", "Siti Aminah jumpa {}hb"),
    ("ms-MY", "Siti Aminah jumpa {} hb"),
    ("ms-MY", "Siti Aminah jumpa tarikh {}"),
    ("ms-MY", "Siti Aminah jumpa {} tarikh"),
    ("hi-IN", "Ravi Kumar phone {} ko"),
    ("hi-IN", "Ravi Kumar phone {} को"),
]


def parse(text: str, locale: str):  # type: ignore[no-untyped-def]
    return parse_contact(text, now=NOW, timezone=PLACES[locale], locale=locale)


@pytest.mark.parametrize(("locale", "form"), FORMS)
def test_a_day_of_the_month_earlier_this_month_is_the_contacts_day(locale: str, form: str) -> None:
    parsed = parse(form.format(1).replace("1th", "1st").replace("1:e", "1:a"), locale)
    assert parsed.day == date(2026, 12, 1)
    assert not parsed.unclear
    assert "1" not in parsed.notes()


@pytest.mark.parametrize(("locale", "form"), FORMS)
def test_a_day_of_the_month_nearest_gone_is_the_contacts_day(locale: str, form: str) -> None:
    """Frida Wennberg's "fika den 24:e" said on 30 November is the 24th just gone; the 24th
    said on 2 December is 24 November, eight days ago (a contact is logged after it)."""
    parsed = parse(form.format(24), locale)
    assert parsed.day == date(2026, 11, 24)
    assert not parsed.unclear
    assert "24" not in parsed.notes()


@pytest.mark.parametrize(("locale", "form"), FORMS)
def test_a_day_of_the_month_nearest_to_come_is_never_last_months(locale: str, form: str) -> None:
    """ "le 3" said on the 2nd is tomorrow: never 3 November, a wrong day recorded unsaid.
    A day to come is no contact's day; beside the channel it is asked."""
    parsed = parse(form.format(3).replace("3th", "3rd"), locale)
    assert parsed.day != date(2026, 11, 3)
    assert parsed.day is None


def test_a_swedish_ordinal_with_its_colon_is_a_day_beside_a_time() -> None:
    parsed = parse("Frida Wennberg fika den 24:e kl 14, satte in 350 tkr", "sv-SE")
    assert parsed.day == date(2026, 11, 24)
    assert parsed.time == (14, 0)
    assert "24:e" not in parsed.notes()


def test_a_day_of_the_month_last_month_lacks_is_no_contacts_day() -> None:
    """ "the 31st" said on 2 December: November has none, and December's is to come: the
    call beside it is asked about, never recorded on a day."""
    parsed = parse("Jane Doyle call on the 31st", "en-GB")
    assert parsed.day is None
    assert parsed.unclear


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Jane Doyle call today, follow up the 3rd", "en-GB"),
        ("Jane Doyle call, follow up on the 3rd", "en-US"),
        ("Léa Roux appel, relance le 3", "fr-FR"),
        ("Gunnar Ekström ringde igår, följ upp den 3:e", "sv-SE"),
        ("Per Ek ringde, följ upp den 3", "sv-SE"),
        ("Ion Popa telefon, revin pe 3", "ro-RO"),
        ("Siti Aminah jumpa, susulan 3hb", "ms-MY"),
        ("Siti Aminah jumpa, susulan tarikh 3", "ms-MY"),
        ("Ravi Kumar phone kiya, 3 ko follow up", "hi-IN"),
        ("Ravi Kumar phone kiya, follow up 3 ko", "hi-IN"),
    ],
)
def test_a_day_of_the_month_after_a_follow_up_word_is_the_next_such_day(
    text: str, locale: str
) -> None:
    parsed = parse(text, locale)
    assert parsed.follow_up_on == date(2026, 12, 3)
    assert not parsed.unclear
    assert "3" not in parsed.notes()
    later = parse(text.replace(" 3", " 1").replace("3rd", "1st").replace("3:e", "1:a"), locale)
    assert later.follow_up_on == date(2027, 1, 1)  # the 1st is gone this month: January's


@pytest.mark.parametrize(
    ("text", "locale", "day"),
    [
        ("Léa Roux rdv à Uccle le 5/10, onboarding terminé", "fr-FR", date(2026, 10, 5)),
        ("Per Ek fika på stan den 6/10, pension", "sv-SE", date(2026, 10, 6)),
        ("Ion Popa întâlnire la birou pe 7/10, KYC", "ro-RO", date(2026, 10, 7)),
        ("Jane Doyle lunch downtown on 9/10, trust docs", "en-US", date(2026, 9, 10)),
    ],
)
def test_a_date_that_looks_like_a_fraction_after_its_day_word_is_the_day(
    text: str, locale: str, day: date
) -> None:
    """ "le 2/3" said some words after the channel ("rdv à Uccle le 2/3") was taken for a
    share of something and the contact recorded today: a wrong day, unsaid. After the word a
    date takes ("le", "den", "pe", "on") it is the date; a share says what of ("le 1/3 de ses
    actions") and stays in the notes."""
    parsed = parse(text, locale)
    assert parsed.day == day
    assert "/" not in parsed.notes()


def test_a_share_after_the_same_word_stays_a_share() -> None:
    parsed = parse("Léa Roux rdv, on a vendu le 1/3 de ses actions", "fr-FR")
    assert parsed.day is None
    assert "1/3 de ses actions" in parsed.notes()


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ion Popa întâlnire 10.10 la notar, acte", "ro-RO"),
        ("Léa Roux rdv 10.10 chez le notaire", "fr-FR"),
        ("Per Ek möte 10.10 hos notarien", "sv-SE"),
        ("Siti Aminah jumpa 10.10 di pejabat peguam", "ms-MY"),
    ],
)
def test_a_dotted_day_or_time_that_could_be_either_is_asked(text: str, locale: str) -> None:
    """ "întâlnire 15.05 la notar": 15 May, or 15:05 today? Both could be, so the line asks;
    it was read as 15:05 today, a wrong day recorded unsaid. Minutes no time is typed with
    ("8.12") stay a day, and a clock word ("la 15.05", "kl 9.10") makes it a time."""
    parsed = parse(text, locale)
    assert parsed.day is None and parsed.time is None
    assert [u.what for u in parsed.unclear] == ["date"]


def test_a_dotted_time_after_a_clock_word_stays_a_time() -> None:
    parsed = parse("Ion Popa telefon la 10.10", "ro-RO")
    assert parsed.time == (10, 10)
    assert not parsed.unclear


def test_a_day_no_month_has_is_asked_not_dropped() -> None:
    """ "le 32 mai": a day no month has, asked, never left in the notes as a number."""
    parsed = parse("Léa Roux visio le 32 novembre", "fr-FR")
    assert parsed.day is None
    assert [u.what for u in parsed.unclear] == ["date"]
