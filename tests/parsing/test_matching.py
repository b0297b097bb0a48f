"""Finding the client a rep means: accents, typos, surnames, ambiguity, and big books."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from bot.parsing import parse_contact
from bot.parsing.client_match import Candidate, match_client, normalise

BOOK = [
    (1, "Jane Smith"),
    (2, "John Smith"),
    (3, "Zoë Müller"),
    (4, "Jean-Pierre Dupont"),
    (5, "Bob Jones"),
    (6, "Grant Long"),
    (7, "Mary O'Brien"),
    (8, "Smithers Holdings"),
    (9, "Jane Doe"),
    (10, "Dr. Ahmad bin Ismail"),
]


def ids(found: list[Candidate]) -> list[int]:
    return [candidate.client_id for candidate in found]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zoë  Müller", "zoe muller"),
        ("Jean-Pierre DUPONT", "jean pierre dupont"),
        ("Mary O'Brien", "mary obrien"),
        ("Mary O’Brien", "mary obrien"),
        ("Łukasz Øster-Straße", "lukasz oster strasse"),
        ("  François, S.A.  ", "francois s a"),
        ("राहुल शर्मा", "राहुल शर्मा"),
        ("", ""),
    ],
)
def test_normalise_folds_case_accents_and_punctuation(name: str, expected: str) -> None:
    assert normalise(name) == expected


@pytest.mark.parametrize(
    ("text", "client_text", "expected"),
    [
        ("Jane Smith call yesterday", "Jane Smith", 1),
        ("JANE SMITH call", "JANE SMITH", 1),
        ("Jane Smtih call", "Jane Smtih", 1),
        ("jane smyth lunch", "jane smyth", 1),
        ("zoe muller lunch", "zoe muller", 3),
        ("Zoe Mueller lunch", "Zoe Mueller", 3),
        ("jean dupont", "jean dupont", 4),
        ("Dupont Jean-Pierre", "Dupont Jean-Pierre", 4),
        ("obrien call", "obrien", 7),
        ("Doe", "Doe", 9),
        ("Ahmad Ismail", "Ahmad Ismail", 10),
        ("Jane Smith discussed the rollover", "Jane Smith discussed", 1),
    ],
)
def test_one_confident_match(text: str, client_text: str, expected: int) -> None:
    assert ids(match_client(text, BOOK, client_text=client_text)) == [expected]


def test_surname_alone_is_enough_when_unique() -> None:
    book = [(1, "Jane Smith"), (5, "Bob Jones")]
    assert ids(match_client("Smith call", book, client_text="Smith")) == [1]


def test_shared_surname_offers_both_best_first() -> None:
    found = match_client("met smith for lunch", BOOK, client_text="smith")
    assert sorted(ids(found)) == [1, 2]
    assert found[0].score == found[1].score


def test_same_name_twice_is_ambiguous() -> None:
    book = [(1, "Jane Smith"), (2, "Jane Smith"), (3, "Bob Jones")]
    assert sorted(ids(match_client("Jane Smith", book, client_text="Jane Smith"))) == [1, 2]


def test_no_match_is_an_empty_list() -> None:
    assert match_client("nobody here", BOOK, client_text="nobody here") == []
    assert match_client("", BOOK) == []
    assert match_client("Jane Smith", []) == []


def test_whole_text_is_searched_when_the_guess_fails() -> None:
    found = match_client("call with Bob yesterday about the trust", BOOK, client_text="trust")
    assert ids(found) == [5]


def test_a_full_name_in_the_text_beats_others_sharing_its_surname() -> None:
    found = match_client("call with Jane Smith yesterday, discussed the rollover", BOOK)
    assert ids(found) == [1]


def test_lower_case_words_in_capitalised_notes_do_not_match_names() -> None:
    # A lone word counts only when capitalised (or when the whole line is lower case).
    assert match_client("Discussed long-term plan; grant application", BOOK) == []
    assert ids(match_client("discussed plan with grant long", BOOK)) == [6]


def test_limit_caps_the_candidates() -> None:
    book = [(i, f"Person{i} Smith") for i in range(20)]
    assert len(match_client("Smith", book, client_text="Smith", limit=3)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Smith call yesterday", [1]),
        ("call with Jane Smith yesterday", [1]),
        ("met smith for lunch", [1, 2]),
        ("met doe for lunch", [9]),
        ("lunch w/ zoe muller today, pledged $2m", [3]),
        ('"Jean Dupont" coffee last week', [4]),
        ("Spoke about the rollover: Bob Jones, yesterday 3pm", [5]),
        ("quick catch-up, nothing to report", []),
    ],
)
def test_parser_and_matcher_find_the_client_together(text: str, expected: list[int]) -> None:
    parsed = parse_contact(
        text, now=datetime(2026, 11, 18, 20, 0, tzinfo=UTC), timezone="UTC", locale="en-US"
    )
    assert sorted(ids(match_client(text, BOOK, client_text=parsed.client_text))) == expected


def _book(size: int, seed: int = 7) -> list[tuple[int, str]]:
    """Plausible random names: ~1,500 given names and ~60,000 surnames from syllables."""
    rnd = random.Random(seed)
    syllables = "an ber cal dor el fin gar hol ing jor kel lin mor nes ol par quin ros sen tor ul val wen".split()

    def word(low: int, high: int) -> str:
        return "".join(rnd.choice(syllables) for _ in range(rnd.randint(low, high))).capitalize()

    firsts = [word(2, 3) for _ in range(1500)]
    lasts = [word(2, 4) for _ in range(60000)]
    book = [(i, f"{rnd.choice(firsts)} {rnd.choice(lasts)}") for i in range(size)]
    return [*book, (10**7, "Jane Smith"), (10**7 + 1, "Zoë Müller")]


def _finds_the_planted_client(
    text: str, book: list[tuple[int, str]], client_text: str | None
) -> bool:
    found = match_client(text, book, client_text=client_text)
    return bool(found) and found[0].client_id >= 10**7


# How fast matching is, on a rep's book and on the whole firm, is measured by
# benchmarks/bench_logcontact.py end to end; these prove it finds the right client.


def test_a_typo_and_a_name_without_accents_are_found_in_a_reps_book_of_2000() -> None:
    book = _book(2000)
    assert _finds_the_planted_client("Jane Smtih call yesterday", book, "Jane Smtih")
    assert _finds_the_planted_client("call with zoe muller yesterday", book, None)


@pytest.mark.slow
def test_a_typo_and_a_name_without_accents_are_found_among_the_firms_200000() -> None:
    book = _book(200_000)
    assert _finds_the_planted_client("Jane Smtih call yesterday", book, "Jane Smtih")
    assert _finds_the_planted_client("call with zoe muller yesterday", book, None)


NUMBERED = [(number, f"Client{number}") for number in range(30)]


def test_a_name_typed_whole_and_exactly_wins_over_names_close_to_it() -> None:
    assert ids(match_client("Client0", NUMBERED, client_text="Client0")) == [0]
    book = [(1, "Anna Berg"), (2, "Anna Bergh"), (3, "Hanna Berg")]
    assert ids(match_client("call Anna Berg today", book)) == [1]


def test_two_clients_called_exactly_as_typed_are_both_offered_and_only_they() -> None:
    book = [(1, "Jane Smith"), (2, "Jane Smith"), (3, "Jane Smyth"), (4, "Jan Smith")]
    assert sorted(ids(match_client("Jane Smith", book, client_text="Jane Smith"))) == [1, 2]


def test_without_a_limit_every_close_name_is_returned_so_a_list_can_count_the_rest() -> None:
    assert len(match_client("Clien", NUMBERED, client_text="Clien")) == 5
    assert len(match_client("Clien", NUMBERED, client_text="Clien", limit=None)) == 30
