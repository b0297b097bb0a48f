"""A client's whole name typed fast in lower case, without accents, is that client.

The product rule: a run of lower-case words that is, accents and particles aside, the
whole name of a client in the rep's book names that client, whatever its words read as
elsewhere (a fund, a day, a "with"); one word alone that is also an ordinary word keeps
the rules it has, and a line never records against a client it does not name.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from storage.models import Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def named(session: Session, rep: Rep, line: str) -> str | list[str]:
    """The client recorded, or the clients offered (sorted) when the line is asked."""
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    if reading.draft is not None and reading.client is not None:
        return reading.client.name
    return sorted(c.name for c in reading.candidates)


def test_a_whole_name_in_lower_case_whose_first_name_is_a_word_names_the_client(
    session: Session,
) -> None:
    """ "dana" is a fund in Malay and Whitaker two households' name: "dana whitaker lunch"
    typed whole is Dana; "whitaker" alone stays asked between the two."""
    rep = make_rep(session, "UMAR", "Marcus Rep", timezone="America/New_York", locale="en-US")
    make_client(session, "Dana Whitaker", covered_by=[rep])
    make_client(session, "Chase Whitaker", covered_by=[rep])
    assert named(session, rep, "dana whitaker lunch yesterday, all fine") == "Dana Whitaker"
    assert named(session, rep, "whitaker lunch yesterday") == ["Chase Whitaker", "Dana Whitaker"]


def test_a_whole_name_in_lower_case_stands_apart_from_the_words_beside_it(
    session: Session,
) -> None:
    """ "luc tremblay cell 514-555-0123 appel", "brandon hale call sun": the words after a
    whole name typed in lower case ("cell", "call") are not more words of it."""
    rep = make_rep(session, "UETI", "Étienne Rep", timezone="America/Toronto", locale="fr-CA")
    make_client(session, "Luc Tremblay", covered_by=[rep])
    make_client(session, "Brandon Hale", covered_by=[rep])
    assert named(session, rep, "luc tremblay cell 514-555-0123 appel hier 16h45, 58 ans") == (
        "Luc Tremblay"
    )
    assert named(session, rep, "brandon hale call yesterday 9am, NOT yet funded") == (
        "Brandon Hale"
    )


def test_a_hyphenated_first_name_typed_without_its_accents_names_the_client(
    session: Session,
) -> None:
    """ "marie-eve bouchard visio" is Marie-Ève Bouchard, in a line with capitals elsewhere
    ("1,5 M"), and so are Romanian and Swedish double names typed so."""
    rep = make_rep(session, "USOL", "Solène Rep", timezone="Europe/Paris", locale="fr-FR")
    make_client(session, "Marie-Ève Bouchard", covered_by=[rep])
    make_client(session, "Ana-Maria Ștefănescu", covered_by=[rep])
    make_client(session, "Per-Åke Söderström", covered_by=[rep])
    assert named(session, rep, "marie-eve bouchard visio hier 20h, engagement de 1,5 M") == (
        "Marie-Ève Bouchard"
    )
    assert named(session, rep, "ana-maria stefanescu telefon ieri, ETF") == "Ana-Maria Ștefănescu"
    assert named(session, rep, "per-ake soderstrom ringde igår, ISK") == "Per-Åke Söderström"


def test_a_whole_name_after_a_short_with_or_to_names_the_client(session: Session) -> None:
    """Malay "kpd" (kepada, to) and "dgn" (dengan, with), English "w/": the name after them
    typed whole in lower case, its particle left out ("azman yusof" for Azman bin Yusof)."""
    rep = make_rep(session, "UNUR", "Nurul Rep", timezone="Asia/Kuala_Lumpur", locale="ms-MY")
    make_client(session, "Azman bin Yusof", covered_by=[rep])
    make_client(session, "Lim Chong Wei", covered_by=[rep])
    make_client(session, "Lim Bee Leng", covered_by=[rep])
    assert named(session, rep, "surat kpd azman yusof hari ini, penyata KWSP") == (
        "Azman bin Yusof"
    )
    assert named(session, rep, "meeting dgn lim chong wei semalam, all ok") == "Lim Chong Wei"
    assert named(session, rep, "mtg w/ azman bin yusof semalam, ASB") == "Azman bin Yusof"
    assert named(session, rep, "meeting dgn lim semalam") == ["Lim Bee Leng", "Lim Chong Wei"]


def test_a_whole_name_in_lower_case_names_the_client_in_hindi_and_swedish_lines(
    session: Session,
) -> None:
    """Hinglish and Swedish lines typed fast: "rohan kapoor se baat, call kal", "per wallin
    ringde igår" (Per is also "by"): the whole name is the client; a first name alone that
    is an ordinary word ("per") is not."""
    rep = make_rep(session, "UROH", "Rohit Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Rohan Kapoor", covered_by=[rep])
    make_client(session, "Per Wallin", covered_by=[rep])
    assert named(session, rep, "rohan kapoor ko call kiya kal, SIP 80C") == "Rohan Kapoor"
    assert named(session, rep, "per wallin ringde igår om ISK") == "Per Wallin"
    assert named(session, rep, "ringde per telefon igår") == []
