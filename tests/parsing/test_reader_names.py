"""Whom a line names: every word typed must fit, a typo never beats a name written as typed."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from bot.errors import NotCovered
from storage.models import Client
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    rita = make_rep(session, "URITA", "Rita Rep", timezone="Europe/London", locale="en-GB")
    olga = make_rep(session, "UOLGA", "Olga Other")
    make_client(session, "Lars Ashford", covered_by=[rita])
    make_client(session, "Jane Smith", covered_by=[rita])
    make_client(session, "Jane Smyth", covered_by=[rita])
    make_client(session, "Lars Ashforth", covered_by=[olga])
    return rita


def named(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    return reading.client.name if reading.client else sorted(c.name for c in reading.candidates)


def test_a_name_written_as_typed_beats_its_typo_neighbour(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    assert named(session, rep, "Jane Smith call") == "Jane Smith"
    assert named(session, rep, "Jane Smyth call") == "Jane Smyth"
    assert named(session, rep, "Jane Smiht call") == "Jane Smith"  # Smyth: two typos away
    assert named(session, rep, "Jane Smth call") == ["Jane Smith", "Jane Smyth"]  # one from each


def test_a_typo_of_an_own_client_is_not_another_firm_client_named_exactly(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
) -> None:
    """ "Lars Ashforth" is one typo from the rep's Lars Ashford and exactly a colleague's client."""
    assert named(session, rep, "Lars Ashfrod call") == "Lars Ashford"  # a typo, nobody else
    with pytest.raises(NotCovered, match="Lars Ashforth"):
        named(session, rep, "Lars Ashforth call")


@pytest.fixture
def namesakes(session: Session):  # type: ignore[no-untyped-def]
    """Clients whose names are also day, month or time words somewhere in six languages."""
    rep = make_rep(session, "UNAME", "Nina Rep", timezone="Europe/Paris", locale="fr-FR")
    for name in (
        "Donna Reyes",
        "Helen Park",
        "Sundar Raman",
        "Mars Dubois",
        "Mai Nguyen",
        "Sunday Adeyemi",
        "Kal Penn",
        "Ahad Raza",
        "Juni Berg",
    ):
        make_client(session, name, covered_by=[rep])
    return rep


@pytest.mark.parametrize(
    ("line", "client", "day"),
    [
        ("Donna Reyes appel hier", "Donna Reyes", "2026-11-17"),
        ("call with Helen Park yesterday", "Helen Park", "2026-11-17"),
        ("Sundar Raman phone yesterday", "Sundar Raman", "2026-11-17"),
        ("Mars Dubois appel hier", "Mars Dubois", "2026-11-17"),
        ("déjeuner avec Mai Nguyen mardi", "Mai Nguyen", "2026-11-17"),
        ("Sunday Adeyemi phoned", "Sunday Adeyemi", "2026-11-18"),  # Sunday names her
        ("Kal Penn call yesterday", "Kal Penn", "2026-11-17"),
        ("Ahad Raza telefon semalam", "Ahad Raza", "2026-11-17"),
        ("Juni Berg ringde idag", "Juni Berg", "2026-11-18"),
    ],
)
def test_a_name_that_is_also_a_day_word_names_the_client(
    session: Session,
    namesakes,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
    day: str,
) -> None:
    reading = interpret(session, actor=namesakes, text=line, now=NOW, idempotency_key=None)
    assert reading.unclear == ()
    assert reading.client is not None and reading.client.name == client
    assert reading.occurred_at is not None
    local = reading.occurred_at.astimezone(ZoneInfo(namesakes.timezone))
    assert local.date().isoformat() == day
    assert reading.time_given is False
    assert client.split()[0] not in reading.notes


def test_a_day_word_beside_a_name_that_does_not_hold_it_is_still_the_day(
    session: Session,
    namesakes,  # type: ignore[no-untyped-def]
) -> None:
    """ "Mardi Reyes" is nobody: Mardi is Tuesday, and "yesterd Donna" (cut short) is still asked."""
    reading = interpret(
        session, actor=namesakes, text="Donna Reyes Mardi appel", now=NOW, idempotency_key=None
    )
    assert reading.client is not None and reading.client.name == "Donna Reyes"
    assert reading.occurred_at is not None
    assert (
        reading.occurred_at.astimezone(ZoneInfo("Europe/Paris")).date().isoformat() == "2026-11-17"
    )
    typo = interpret(
        session, actor=namesakes, text="Yesterd Donna Reyes call", now=NOW, idempotency_key=None
    )
    assert [u.what for u in typo.unclear] == ["date"]


def test_a_letter_typed_apart_from_its_surname_still_names_the_client(session: Session) -> None:
    """ "Kevin O Brien" for Kevin O'Brien (normalised "obrien"), "Ana D Souza" for D'Souza."""
    rep = make_rep(session, "UKEV", "Kim Rep", timezone="America/New_York")
    make_client(session, "Kevin O'Brien", covered_by=[rep])
    make_client(session, "Ana D'Souza", covered_by=[rep])
    assert named(session, rep, "met w/ Kevin O Brien 8:15am") == "Kevin O'Brien"
    assert named(session, rep, "Ana D Souza call") == "Ana D'Souza"


def test_a_short_name_with_a_letter_typed_twice_is_that_name(session: Session) -> None:
    """ "Grace Liuu": a key held down; "Grace Lieu" (another letter) is not Liu."""
    rep = make_rep(session, "UGRA", "Gil Rep", timezone="America/New_York")
    make_client(session, "Grace Liu", covered_by=[rep])
    assert named(session, rep, "Met Grace Liuu for lunch") == "Grace Liu"
    assert named(session, rep, "Met Grace Lieu for lunch") != "Grace Liu"


@pytest.fixture
def first_names(session: Session):  # type: ignore[no-untyped-def]
    """Clients whose names hold words the reader knows as something else: a Malay weekday
    (Khamis, Thursday), the Swedish and English "per", the Hindi verb "kar"; and a colleague's
    client sharing a surname with one of the rep's."""
    rep = make_rep(session, "UKL", "Zainal Rep", timezone="Asia/Kuala_Lumpur", locale="ms-MY")
    other = make_rep(session, "UOTHER", "Olga Other")
    for name in ("Khamis bin Daud", "Wong Kar Seng", "Wong Li Hua", "Linnea Holm", "Maj Sundin"):
        make_client(session, name, covered_by=[rep])
    make_client(session, "Per Holm", covered_by=[other])
    make_client(session, "Florin Duminică", covered_by=[rep])
    make_client(session, "Gabriel Florea", covered_by=[other])
    return rep


@pytest.mark.parametrize(
    ("line", "client", "day"),
    [
        ("Khamis bin Daud telefon semalam", "Khamis bin Daud", "2026-11-17"),
        ("Khamis bin Daud video call Selasa pukul 9 malam", "Khamis bin Daud", "2026-11-17"),
        ("Jumpa Khamis bin Daud hari Khamis lepas", "Khamis bin Daud", "2026-11-12"),
        ("Encik Khamis jumpa semalam di pejabat", "Khamis bin Daud", "2026-11-17"),
        ("Wong Kar Seng telefon semalam", "Wong Kar Seng", "2026-11-17"),
    ],
)
def test_a_name_word_that_reads_as_something_else_is_decided_by_the_book(
    session: Session,
    first_names,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
    day: str,
) -> None:
    """Khamis is Thursday and a client; "Kar" is a Hindi verb and a client's middle name."""
    reading = interpret(session, actor=first_names, text=line, now=NOW, idempotency_key=None)
    assert reading.unclear == ()
    assert reading.client is not None and reading.client.name == client
    assert reading.occurred_at is not None
    local = reading.occurred_at.astimezone(ZoneInfo(first_names.timezone))
    assert local.date().isoformat() == day


def test_a_first_name_that_is_also_a_word_must_fit_the_client_too(
    session: Session,
    first_names,  # type: ignore[no-untyped-def]
) -> None:
    """ "Per Holm" is the colleague's Per Holm, never the rep's Linnea Holm; "Per Sundin" is
    nobody whole (Maj Sundin shares a word): asked, not recorded against Maj."""
    with pytest.raises(NotCovered, match="Per Holm"):
        interpret(
            session, actor=first_names, text="Per Holm fika igår", now=NOW, idempotency_key=None
        )
    asked = interpret(
        session, actor=first_names, text="Per Sundin ringde i morse", now=NOW, idempotency_key=None
    )
    assert asked.client is None
    assert [c.name for c in asked.candidates] == ["Maj Sundin"]


def test_a_lower_case_function_word_is_a_first_name_only_when_it_completes_a_client(
    session: Session,
) -> None:
    """ "per wallin ringde" typed all in lower case names Per Wallin, not the household's
    other Wallin; "per" before a surname no client has with it stays the word it is, and the
    line is asked (as "Per Sundin" is); where no client is called Per, "per" is the word."""
    rep = make_rep(session, "USTO", "Stina Rep", timezone="Europe/Stockholm", locale="sv-SE")
    for name in ("Per Wallin", "Sol Wallin", "Maj Sundin"):
        make_client(session, name, covered_by=[rep])
    reading = interpret(
        session, actor=rep, text="per wallin ringde i morse", now=NOW, idempotency_key=None
    )
    assert reading.client is not None and reading.client.name == "Per Wallin"
    assert "per" not in reading.notes.lower().split()
    asked = interpret(
        session, actor=rep, text="ringde per sundin igår", now=NOW, idempotency_key=None
    )
    assert asked.client is None
    assert "Maj Sundin" in [c.name for c in asked.candidates]
    unnamed = make_rep(session, "UOSL", "Olle Rep", timezone="Europe/Stockholm", locale="sv-SE")
    make_client(session, "Ebba Lund", covered_by=[unnamed])
    for client in session.scalars(select(Client).where(Client.name.like("Per %"))):
        client.active = False  # no client of the firm is called Per any more
    session.flush()
    word = interpret(
        session, actor=unnamed, text="ringde per ebba lund igår", now=NOW, idempotency_key=None
    )
    assert word.client is not None and word.client.name == "Ebba Lund"
    both = interpret(
        session, actor=rep, text="lunch med sol wallin igår", now=NOW, idempotency_key=None
    )
    assert both.client is not None and both.client.name == "Sol Wallin"


@pytest.mark.parametrize(
    "line",
    [
        "chase whitaker dinner last nite, wired 1.5mm in from his JPM acct",
        "dinner w chase whitaker last nite",
        "Dinner with chase whitaker yesterday",
    ],
)
def test_a_follow_up_word_typed_in_lower_case_is_the_first_name_it_completes(
    session: Session, line: str
) -> None:
    """ "chase" is a follow-up cue and Chase Whitaker's first name: before "whitaker" it is his
    (not asked between the Whitakers); a lower-case "w" is "with", never an initial."""
    rep = make_rep(session, "UNYC", "Derek Rep", timezone="America/New_York")
    for name in ("Chase Whitaker", "Brooke Whitaker"):
        make_client(session, name, covered_by=[rep])
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    assert reading.client is not None and reading.client.name == "Chase Whitaker"
    assert "chase" not in reading.notes.lower()


@pytest.mark.parametrize(
    "line",
    [
        "barkha sethi ka email aaya kal, PAN aur Aadhaar update",
        "barkha sethi se baat hui kal, KYC done",
        "barkha sethi ne call kiya kal, SIP top-up",
    ],
)
def test_a_lower_case_name_opening_a_line_ends_at_a_hindi_postposition(
    session: Session, line: str
) -> None:
    """A line started in lower case names its client in its first words, up to the channel,
    a day, "at" — or the Hindi postposition after the name (ka, se, ko, ne): "barkha sethi
    ka email aaya" is Barkha Sethi's email, though "PAN" and "Aadhaar" are capitalised."""
    rep = make_rep(session, "UMUM", "Vikram Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Barkha Sethi", covered_by=[rep])
    make_client(session, "Arjun Sethi", covered_by=[])
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    assert reading.client is not None and reading.client.name == "Barkha Sethi"


def test_a_conversation_verb_after_a_first_name_is_not_part_of_the_name(session: Session) -> None:
    """ "Kavitha berbual semalam" (Malay: chatted): the verb is no surname, so the line names
    Kavitha and asks only how they spoke; the same for "discuté", "snackade", "povestit"."""
    rep = make_rep(session, "UKUL", "Nurul Rep", timezone="Asia/Kuala_Lumpur", locale="ms-MY")
    make_client(session, "Kavitha a/p Subramaniam", covered_by=[rep])
    make_client(session, "Pierre Lenoir", covered_by=[rep])
    for line, client in (
        ("Kavitha berbual semalam pasal SSPN anak", "Kavitha a/p Subramaniam"),
        ("Pierre discuté hier de la succession", "Pierre Lenoir"),
    ):
        reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
        assert reading.client is not None and reading.client.name == client, line
        assert reading.needs_channel, line


def test_a_day_word_beside_a_name_it_does_not_fit_is_asked_and_then_read_as_the_day(
    session: Session,
    first_names,  # type: ignore[no-untyped-def]
) -> None:
    """ "Gabriel Duminică" (Duminică: Sunday, and the rep's Florin Duminică's surname) and
    "Khamis Sundin" name nobody whole: asked, not recorded against the one who shares a word
    nor refused for the colleague's Gabriel. Answered with a client whose name does not hold
    the day word, it is the day again."""
    gabriel = interpret(
        session,
        actor=first_names,
        text="Gabriel Duminică telefon azi",
        now=NOW,
        idempotency_key=None,
    )
    assert gabriel.draft is None
    assert [c.name for c in gabriel.candidates] == ["Florin Duminică"]
    asked = interpret(
        session, actor=first_names, text="Khamis Sundin telefon", now=NOW, idempotency_key=None
    )
    assert asked.draft is None
    assert sorted(c.name for c in asked.candidates) == ["Khamis bin Daud", "Maj Sundin"]
    answered = interpret(
        session,
        actor=first_names,
        text="Khamis Sundin telefon",
        now=NOW,
        idempotency_key=None,
        client_id=next(c.client_id for c in asked.candidates if c.name == "Maj Sundin"),
    )
    assert answered.draft is not None and answered.client is not None
    assert answered.client.name == "Maj Sundin"
    local = answered.draft.occurred_at.astimezone(ZoneInfo(first_names.timezone))
    assert local.date().isoformat() == "2026-11-12"  # Khamis: last Thursday, no name of Maj's


def test_a_hindi_verb_is_no_name_that_sounds_like_a_client(session: Session) -> None:
    """ "पूछा" (asked) sounds like Pooja: the line names Neha Bhatia alone, not two clients."""
    rep = make_rep(session, "UKAV", "Kavita Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Neha Bhatia", covered_by=[rep])
    make_client(session, "Pooja Reddy", covered_by=[rep])
    line = "Neha Bhatia का ईमेल आया आज सुबह, ELSS lock-in के बारे में पूछा"
    assert named(session, rep, line) == "Neha Bhatia"
    assert named(session, rep, "Neha Bhatia ko bataya aaj, Pooja Reddy se milna hai") == [
        "Neha Bhatia",
        "Pooja Reddy",
    ]  # two clients named: asked


def test_will_is_a_name_or_a_plan_as_the_book_says(session: Session) -> None:
    """ "Will Brennan called today" is a call today; "will call Grace Park tomorrow" is a
    call to come: asked, never recorded as had today."""
    rep = make_rep(session, "UTYL", "Tyler Rep", timezone="America/New_York")
    make_client(session, "Will Brennan", covered_by=[rep])
    make_client(session, "Grace Park", covered_by=[rep])
    had = interpret(
        session, actor=rep, text="Will Brennan called today", now=NOW, idempotency_key=None
    )
    assert had.unclear == () and had.draft is not None
    assert had.client is not None and had.client.name == "Will Brennan"
    for line in ("will call Grace Park tomorrow", "Grace Park: I'll call her back"):
        planned = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
        assert planned.draft is None
        assert [u.what for u in planned.unclear] == ["future"]


def test_a_name_in_devanagari_keeps_the_day_beside_it(session: Session) -> None:
    """ "मंगल राठौर" (Mangal: also Tuesday) is Mangal Rathore ("औ" written "o", the Latin
    spelling's silent "e"); "कल" after it is still yesterday, not a word of a name."""
    rep = make_rep(session, "UKAV2", "Kavita Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Mangal Rathore", covered_by=[rep])
    make_client(session, "Karan Bhatia", covered_by=[rep])
    reading = interpret(
        session, actor=rep, text="मंगल राठौर से कल मुलाकात हुई", now=NOW, idempotency_key=None
    )
    assert reading.client is not None and reading.client.name == "Mangal Rathore"
    assert reading.draft is not None
    local = reading.draft.occurred_at.astimezone(ZoneInfo("Asia/Kolkata"))
    assert local.date().isoformat() == "2026-11-17"


def test_a_title_with_its_dot_names_the_day_word_after_it(session: Session) -> None:
    """ "Dl. Duminică" is Mr Duminică (Duminică: Sunday), on the day the line says."""
    rep = make_rep(session, "UBOG", "Bogdan Rep", timezone="Europe/Bucharest", locale="ro-RO")
    make_client(session, "Florin Duminică", covered_by=[rep])
    reading = interpret(
        session, actor=rep, text="Dl. Duminică la telefon azi", now=NOW, idempotency_key=None
    )
    assert reading.client is not None and reading.client.name == "Florin Duminică"
    assert reading.draft is not None and "Dl" not in reading.draft.notes
    local = reading.draft.occurred_at.astimezone(ZoneInfo("Europe/Bucharest"))
    assert local.date().isoformat() == "2026-11-18"


def test_a_day_word_after_a_capitalised_verb_is_the_day_not_a_client(
    session: Session,
    namesakes,  # type: ignore[no-untyped-def]
) -> None:
    """ "Called Sunday" is a call on Sunday (or to Sunday Adeyemi?): never recorded
    against her, whom no other word names; the line is asked."""
    reading = interpret(
        session, actor=namesakes, text="Called Sunday", now=NOW, idempotency_key=None
    )
    assert reading.draft is None
    assert reading.client is None


def test_a_devanagari_name_that_is_also_a_verb_names_the_client(session: Session) -> None:
    """ "दिया" (gave) is also Diya: beside "शर्मा" it names Diya Sharma, not Priya Sharma."""
    rep = make_rep(session, "UKAV3", "Kavita Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Diya Sharma", covered_by=[rep])
    make_client(session, "Priya Sharma", covered_by=[rep])
    assert named(session, rep, "दिया शर्मा से कल मुलाकात हुई") == "Diya Sharma"
    assert named(session, rep, "Priya Sharma ने कल 2 करोड़ का वादा दिया") == "Priya Sharma"


def test_an_opening_iy_is_written_ay_in_devanagari(session: Session) -> None:
    """ "Iyer" and "Iyengar" are written "अय्यर", "अय्यंगार": the same names."""
    rep = make_rep(session, "UKAV4", "Kavita Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Suresh Iyer", covered_by=[rep])
    make_client(session, "Suresh Menon", covered_by=[rep])
    make_client(session, "Lakshmi Iyengar", covered_by=[rep])
    line = "श्री सुरेश अय्यर जी का फ़ोन आज दोपहर, उम्र 58, NPS के बारे में पूछा"
    assert named(session, rep, line) == "Suresh Iyer"
    assert named(session, rep, "लक्ष्मी अय्यंगार से मुलाकात आज") == "Lakshmi Iyengar"


@pytest.fixture
def families(session: Session):  # type: ignore[no-untyped-def]
    """The rep covers one of each family; the firm holds another of the name, covered or not."""
    rep = make_rep(session, "UFAMS", "Fam Rep", timezone="Europe/Stockholm", locale="sv-SE")
    colleague = make_rep(session, "UFAMC", "Colleague Rep")
    make_client(session, "Henrik Sjöberg", covered_by=[rep])
    make_client(session, "Ulf Sjöberg", covered_by=[])
    make_client(session, "Sorin Munteanu", covered_by=[rep])
    make_client(session, "Adrian Munteanu", covered_by=[colleague])
    make_client(session, "Priya Raman", covered_by=[rep])
    make_client(session, "Priya Nair", covered_by=[colleague])
    make_client(session, "Dag Lindqvist", covered_by=[rep])
    return rep


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Sjöberg ringde igår", ["Henrik Sjöberg"]),  # Ulf Sjöberg: covered by nobody
        ("Munteanu m-a sunat aseară", ["Sorin Munteanu"]),  # Adrian: a colleague's
        ("call with Mr Munteanu today", ["Sorin Munteanu"]),
        ("Priya phone today", ["Priya Raman"]),  # Priya Nair: a colleague's; one rule for both
    ],
)
def test_a_first_or_family_name_alone_shared_in_the_firm_is_asked_offering_the_reps_own(
    session: Session,
    families,  # type: ignore[no-untyped-def]
    line: str,
    asked: list[str],
) -> None:
    reading = interpret(session, actor=families, text=line, now=NOW, idempotency_key=None)
    assert reading.client is None and reading.draft is None
    assert sorted(c.name for c in reading.candidates) == asked


@pytest.mark.parametrize(
    ("line", "client"),
    [
        ("Lindqvist ringde igår", "Dag Lindqvist"),  # nobody else in the firm is a Lindqvist
        ("Henrik phone today", "Henrik Sjöberg"),  # nor a Henrik: a first name alone is his
        ("Henrik Sjöberg ringde igår", "Henrik Sjöberg"),  # named whole
    ],
)
def test_a_name_part_nobody_else_in_the_firm_shares_is_the_reps_client(
    session: Session,
    families,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
) -> None:
    assert named(session, families, line) == client


@pytest.fixture
def channel_names(session: Session):  # type: ignore[no-untyped-def]
    """Clients whose first names are channel words somewhere in six languages."""
    rep = make_rep(session, "UCHAN", "Chan Rep", timezone="Asia/Kolkata", locale="hi-IN")
    for name in ("Mila Novak", "Call Jensen", "Tea Lindgren", "Jane Smith"):
        make_client(session, name, covered_by=[rep])
    return rep


@pytest.mark.parametrize(
    ("line", "client", "channel"),
    [
        ("Mila Novak called today", "Mila Novak", "phone"),
        ("Mila Novak se mila kal", "Mila Novak", "in_person"),  # "mila": met
        ("Call Jensen rang yesterday", "Call Jensen", "phone"),
        ("Tea Lindgren emailed", "Tea Lindgren", "email"),
        ("Called Jane Smith", "Jane Smith", "phone"),  # a channel word beside another's name
        ("Lunch Jane Smith", "Jane Smith", "in_person"),
    ],
)
def test_a_first_name_that_is_a_channel_word_names_the_client(
    session: Session,
    channel_names,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
    channel: str,
) -> None:
    reading = interpret(session, actor=channel_names, text=line, now=NOW, idempotency_key=None)
    assert reading.draft is not None and reading.client is not None
    assert (reading.client.name, reading.draft.channel) == (client, channel)
    assert client.split()[0] not in reading.notes


def test_a_first_name_that_is_a_channel_word_alone_names_no_channel(
    session: Session,
    channel_names,  # type: ignore[no-untyped-def]
) -> None:
    """ "Mila Novak yesterday": no other channel word, so how it happened is asked."""
    line = "Mila Novak yesterday re the trust"
    reading = interpret(session, actor=channel_names, text=line, now=NOW, idempotency_key=None)
    assert reading.client is not None and reading.client.name == "Mila Novak"
    assert reading.needs_channel and reading.draft is None


@pytest.fixture
def assistant(session: Session):  # type: ignore[no-untyped-def]
    from tests.factories import make_delegate

    rita = make_rep(session, "URITA2", "Rita Rep")
    oliver = make_rep(session, "UOLI2", "Oliver Grant")
    ada = make_rep(session, "UADA2", "Ada Assistant", roles=("assistant",))
    make_delegate(session, rep=rita, assistant=ada)
    make_delegate(session, rep=oliver, assistant=ada)
    make_client(session, "Jane Smith", covered_by=[rita, oliver])
    make_client(session, "Zoë Müller", covered_by=[oliver])
    return ada


@pytest.mark.parametrize(
    ("line", "client", "owner"),
    [
        ("for Rita Jane Smith call today", "Jane Smith", "Rita Rep"),
        ("For Oliver Zoë Müller lunch yesterday", "Zoë Müller", "Oliver Grant"),
        ("for Oliver: Jane Smith call today", "Jane Smith", "Oliver Grant"),
        ("for Oliver Mrs Jane Smith call today", "Jane Smith", "Oliver Grant"),
        ("Jane Smith call today for Rita", "Jane Smith", "Rita Rep"),
    ],
)
def test_an_assistant_naming_the_rep_first_logs_for_them(
    session: Session,
    assistant,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
    owner: str,
) -> None:
    reading = interpret(session, actor=assistant, text=line, now=NOW, idempotency_key=None)
    assert reading.draft is not None and reading.client is not None and reading.owner is not None
    assert (reading.client.name, reading.owner.name) == (client, owner)
    assert owner.split()[0] not in reading.notes


@pytest.fixture
def word_names(session: Session):  # type: ignore[no-untyped-def]
    """First names that are words of the six languages: a hedge, a day, a near-day."""
    rep = make_rep(session, "UWORD", "Word Rep", timezone="Europe/Stockholm", locale="sv-SE")
    for name in ("May Thornbury", "Helen Thornbury", "Dag Forsberg", "Maj Forsberg"):
        make_client(session, name, covered_by=[rep])
    make_client(session, "Martin Lefort", covered_by=[rep])
    make_client(session, "Claire Martin", covered_by=[rep])
    return rep


@pytest.mark.parametrize(
    ("line", "client"),
    [
        ("May Thornbury video yesterday, pledged 750k", "May Thornbury"),  # "may", the hedge
        ("Dag Forsberg lunch yesterday", "Dag Forsberg"),  # "dag", the day
        ("Dag Forsberg möte i dag kl 10", "Dag Forsberg"),  # and "i dag", today
        ("Maj Forsberg ringde igår", "Maj Forsberg"),  # "maj", the month
    ],
)
def test_a_first_name_that_is_a_word_beside_a_name_is_read_by_the_book(
    session: Session,
    word_names,  # type: ignore[no-untyped-def]
    line: str,
    client: str,
) -> None:
    assert named(session, word_names, line) == client


def test_a_lone_name_one_typo_from_a_day_word_is_a_name_when_clients_are_so_called(
    session: Session,
    word_names,  # type: ignore[no-untyped-def]
) -> None:
    """ "Martin" is one letter from "martie" (March), and two clients are called so: which?"""
    reading = interpret(
        session, actor=word_names, text="Martin au tél ce matin", now=NOW, idempotency_key=None
    )
    assert reading.unclear == ()
    assert sorted(c.name for c in reading.candidates) == ["Claire Martin", "Martin Lefort"]


@pytest.mark.parametrize(
    "line",
    [
        "helen thornbury phoned yesterday",  # "helen" is one letter from Swedish "helgen"
        "helen thornbruy phoned yesterday",  # and the surname mistyped too
    ],
)
def test_a_name_typed_in_lower_case_one_typo_from_a_day_word_is_read_by_the_book(
    session: Session,
    word_names,  # type: ignore[no-untyped-def]
    line: str,
) -> None:
    """Reps type names in lower case; the book, not the capital, tells a name from a typo."""
    reading = interpret(session, actor=word_names, text=line, now=NOW, idempotency_key=None)
    assert reading.unclear == ()
    assert reading.draft is not None and reading.client is not None
    assert reading.client.name == "Helen Thornbury"


def test_a_lower_case_day_typo_no_client_is_called_is_still_asked_as_a_day(
    session: Session,
    word_names,  # type: ignore[no-untyped-def]
) -> None:
    reading = interpret(
        session,
        actor=word_names,
        text="yesterd helen thornbury phoned",
        now=NOW,
        idempotency_key=None,
    )
    assert [u.text for u in reading.unclear] == ["yesterd"]


def test_a_function_word_before_an_honorific_is_a_name(session: Session) -> None:
    """ "Som ji": "som" is Swedish "as", but before "ji" it is Som Goel."""
    rep = make_rep(session, "UKAV9", "Kavita Rep", timezone="Asia/Kolkata", locale="hi-IN")
    make_client(session, "Som Goel", covered_by=[rep])
    make_client(session, "Anil Mehra", covered_by=[rep])
    assert named(session, rep, "Som ji somvaar ko office aaye the, kuch naya nahi") == "Som Goel"


def test_a_lower_case_la_after_a_name_is_at_never_part_of_the_name(session: Session) -> None:
    """ "Radu Popescu la Athénée": at the Athénée; "Maria de la Cruz" and "Marine Le Pen" keep
    their particles."""
    rep = make_rep(session, "UIOAN", "Ioana Rep", timezone="Europe/Bucharest", locale="ro-RO")
    make_client(session, "Radu Popescu", covered_by=[rep])
    make_client(session, "Maria de la Cruz", covered_by=[rep])
    make_client(session, "Marine Le Pen", covered_by=[rep])
    assert named(session, rep, "Radu Popescu la Athénée ieri la prânz") == "Radu Popescu"
    assert named(session, rep, "Maria de la Cruz telefon ieri") == "Maria de la Cruz"
    assert named(session, rep, "Marine Le Pen telefon ieri") == "Marine Le Pen"
