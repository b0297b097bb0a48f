"""Issue #14's lines over signed HTTP: each records what it says, or asks.

Now is Wednesday 18 November 2026, 15:00 UTC (``tests.conftest.DEFAULT_NOW``).
Slack sends the slash command's text escaped (``&`` ``<`` ``>``) and, with
"Escape channels, users, and links" on, a user mention as ``<@U123|name>``
(https://api.slack.com/interactivity/slash-commands#app_command_handling).
A rep's zone and locale come from ``users.info`` (``include_locale=true`` for the
locale: https://api.slack.com/methods/users.info).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import i18n
from bot.messages import contacts as contact_text
from bot.messages import reader as reader_text
from handlers import ids
from standin.blockkit_text import controls, render
from storage.models import Claim, Interaction, Rep
from tests.databases import BACKENDS
from tests.factories import make_client, make_delegate, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)


def say(world: World, user: str, line: str) -> dict[str, Any]:
    sent = world.slack.command("/logcontact", line, user_id=user)
    assert sent.status == 200
    call = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    return call.args  # type: ignore[no-any-return]


def in_their_language(world: World, user: str, message: str) -> str:
    """``message`` (a msgid) as ``user`` reads it: the reply speaks the rep's language."""
    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == user)).one()
        code = i18n.chosen(rep.language, rep.locale)
    with i18n.speaking(code):
        return i18n._(message)


def assert_logged(world: World, user: str, reply: dict[str, Any]) -> None:
    """The reply is "Logged … contact with …" in the rep's language (up to its first field)."""
    opening = in_their_language(world, user, contact_text.LOGGED).split("{")[0]
    assert reply["text"].startswith(opening), reply["text"]


def contacts(world: World) -> list[Interaction]:
    with world.db() as session:
        rows = session.scalars(select(Interaction).order_by(Interaction.id)).all()
        for row in rows:
            _ = row.client.name, [(c.kind, c.amount) for c in row.claims]
        session.expunge_all()
        return list(rows)


def claims(world: World) -> list[tuple[str, Decimal, str, str | None]]:
    with world.db() as session:
        rows = session.scalars(select(Claim).order_by(Claim.id)).all()
        return [(c.kind, Decimal(c.amount), c.currency, c.account) for c in rows]


@pytest.fixture
def desk(world: World) -> None:
    """Megan (New York) covers Jane Smith and Maya Rahman; Olga covers Maya Yusof."""
    with world.db() as session:
        megan = make_rep(session, "UMEG", "Megan Carter", timezone="America/New_York")
        olga = make_rep(session, "UOLGA", "Olga Other", timezone="Europe/London")
        for rep in (megan, olga):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = world.clock()
        make_client(session, "Jane Smith", covered_by=[megan], accounts=["ACC-1048"])
        make_client(session, "Maya Rahman", covered_by=[megan])
        make_client(session, "Lars Ashford", covered_by=[megan])
        make_client(session, "Maya Yusof", covered_by=[olga])
        make_client(session, "Lars Hartmann", covered_by=[olga])


def test_the_401k_line_raises_one_pledge_of_2_5m_on_the_day_and_hour_typed(
    world: World, desk: None
) -> None:
    reply = say(
        world,
        "UMEG",
        "Jane Smith phoned yesterday at 4pm, discussed the 401k rollover, pledged 2.5mm",
    )
    shown = render(reply["blocks"])
    assert "USD 2,500,000.00" in shown and "401,000" not in shown
    (contact,) = contacts(world)
    assert contact.occurred_at == datetime(2026, 11, 17, 21, 0, tzinfo=UTC)  # 16:00 New York
    assert claims(world) == [("pledge", Decimal("2500000.00"), "USD", None)]
    assert "401k rollover" in contact.notes and "Jane" not in contact.notes


def test_a_client_the_rep_does_not_cover_is_refused_never_recorded_on_a_namesake(
    world: World, desk: None
) -> None:
    """Issue: "Maya Yusof" was recorded on Maya Rahman, "Lars Hartmann" on Lars Ashford."""
    for line in ("Maya Yusof phone today talked about the trust", "Lars Hartmann called re ISA"):
        reply = say(world, "UMEG", line)
        assert "You don't cover" in reply["text"] and "<@UOLGA>" in reply["text"]
    assert contacts(world) == []


def test_a_family_name_another_firm_client_shares_is_asked_and_the_pick_records(
    world: World, desk: None
) -> None:
    """ "Ashford called": Megan covers Lars Ashford, and the firm holds Nina Ashford whom nobody
    covers; a family name alone is asked about, offering Megan's client, never recorded."""
    with world.db() as session:
        make_client(session, "Nina Ashford", covered_by=[])
    sent = world.slack.command("/logcontact", "Ashford called today re ISA", user_id="UMEG")
    reply = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    buttons = controls(reply.args["blocks"])
    assert [button.label for button in buttons] == ["Lars Ashford"]
    assert contacts(world) == []
    world.slack.block_action(
        "UMEG", ids.LOG_PICK_CLIENT, buttons[0].value, response_url=sent.response_url
    )
    world.standin.wait_for(
        "response_url", lambda c: c.args["url"] == sent.response_url and "Lars" in c.args["text"]
    )
    (contact,) = contacts(world)
    assert contact.client.name == "Lars Ashford" and contact.channel == "phone"


def test_a_first_name_that_is_a_channel_word_names_the_client_not_the_channel(
    world: World, desk: None
) -> None:
    """ "Mila" is Hinglish for "met": Mila Novak who phoned is a call, and her name is hers."""
    with world.db() as session:
        megan = session.scalars(select(Rep).where(Rep.slack_user_id == "UMEG")).one()
        make_client(session, "Mila Novak", covered_by=[megan])
    reply = say(world, "UMEG", "Mila Novak called today re the trust")
    assert_logged(world, "UMEG", reply)
    (contact,) = contacts(world)
    assert (contact.client.name, contact.channel) == ("Mila Novak", "phone")
    assert "Mila" not in contact.notes and "trust" in contact.notes


def test_a_rep_seen_the_first_time_has_zone_and_locale_read_before_their_line(
    world: World,
) -> None:
    """Issue #14: a rep imported this morning (UTC, en-US) whose Slack profile is Swedish
    types "lunch med Björn Lindqvist igår" at 23:30 UTC — already Thursday 00:30 in
    Stockholm, so "igår" is Wednesday the 18th there (in UTC it would be the 17th). The
    profile is read with users.info before the line, the reply is in the Swedish just
    learnt, and "10/11" is then read day first."""
    world.clock.set(datetime(2026, 11, 18, 23, 30, tzinfo=UTC))
    with world.db() as session:
        erik = make_rep(session, "USV", "Erik Sandberg")  # as imported: UTC, en-US
        make_client(session, "Björn Lindqvist", covered_by=[erik])
    world.standin.add_user("USV", "erik", tz="Europe/Stockholm", locale="sv-SE")
    reply = say(world, "USV", "lunch med Björn Lindqvist igår")
    assert "ons 18 nov. 2026 (ingen tid angiven)" in render(reply["blocks"])
    assert [c.args["user"] for c in world.standin.calls_to("users.info")] == ["USV"]
    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == "USV")).one()
        assert (rep.timezone, rep.locale) == ("Europe/Stockholm", "sv-SE")
    say(world, "USV", "Björn Lindqvist mejl 10/11")
    first, second = contacts(world)
    assert first.occurred_at == datetime(2026, 11, 18, 11, 0, tzinfo=UTC)  # midday Stockholm
    assert first.time_given is False
    assert second.occurred_at.date().isoformat() == "2026-11-10"
    assert len(world.standin.calls_to("users.info")) == 1  # known now: not asked again


def test_users_info_failing_never_delays_or_blocks_the_line(world: World) -> None:
    with world.db() as session:
        rep = make_rep(session, "UNEW", "Nina New", timezone="Europe/Paris")
        make_client(session, "Camille Girard", covered_by=[rep])
    world.standin.fail_always("users.info", error="internal_error")
    reply = say(world, "UNEW", "Camille Girard tél hier 14h")
    assert "Logged phone contact with Camille Girard" in reply["text"]
    world.standin.wait_for("users.info", include_failed=True)
    (contact,) = contacts(world)
    assert contact.occurred_at == datetime(2026, 11, 17, 13, 0, tzinfo=UTC)


@pytest.fixture
def world_desks(world: World) -> None:
    """One rep per language, each covering one client (no profile to learn)."""
    desks = [
        ("UFR", "Claire", "Europe/Paris", "fr-FR", "Camille Girard", ["ACC-1301:EUR"]),
        ("URO", "Andreea", "Europe/Bucharest", "ro-RO", "Elena Stănescu", ["ACC-3501:RON"]),
        ("UMS", "Farid", "Asia/Kuala_Lumpur", "ms-MY", "Maya Rahman", ["ACC-4301:MYR"]),
        ("UHI", "Ananya", "Asia/Kolkata", "hi-IN", "Priya Raghunathan", ["ACC-5101:INR"]),
        ("USE", "Erik", "Europe/Stockholm", "sv-SE", "Björn Lindqvist", ["ACC-2101:SEK"]),
    ]
    with world.db() as session:
        for user, name, zone, locale, client_name, accounts in desks:
            rep = make_rep(session, user, name, timezone=zone, locale=locale)
            world.standin.add_user(user, name.lower(), tz=zone, locale=locale)
            rep.profile_refreshed_at = world.clock()
            client = make_client(
                session, client_name, covered_by=[rep], accounts=[a.split(":")[0] for a in accounts]
            )
            for account, spec in zip(client.accounts, accounts, strict=True):
                account.currency = spec.split(":")[1]


@pytest.mark.parametrize(
    ("user", "line", "local_day", "local_time"),
    [
        ("UHI", "Priya Raghunathan से कल दोपहर 3 बजे फोन पर बात हुई", "2026-11-17", "15:00"),
        ("URO", "Elena Stănescu telefon alaltăieri", "2026-11-16", None),
        ("UMS", "Maya Rahman telefon Rabu lepas", "2026-11-11", None),
        ("UFR", "Camille Girard visio mardi de la semaine dernière à 12h30", "2026-11-10", "12:30"),
        ("USE", "Björn Lindqvist ringde i fredags kl. 16.30", "2026-11-13", "16:30"),
    ],
)
def test_day_and_time_words_of_each_language_record_that_day(
    world: World, world_desks: None, user: str, line: str, local_day: str, local_time: str | None
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    (contact,) = contacts(world)
    with world.db() as session:
        zone = session.scalars(select(Rep.timezone).where(Rep.slack_user_id == user)).one()
    from zoneinfo import ZoneInfo

    local = contact.occurred_at.astimezone(ZoneInfo(zone))
    assert local.date().isoformat() == local_day
    assert local.strftime("%H:%M") == (local_time or "12:00")  # a day alone: its midday
    for word in ("lepas", "alaltăieri", "कल", "fredags", "dernière"):
        assert word not in contact.notes


@pytest.mark.parametrize(
    ("user", "line", "asked"),
    [
        ("UFR", "Camille Girard déjeuner mardi dernier à 12h30", "mardi dernier"),  # 17th or 10th?
        ("USE", "Björn Lindqvist lunch förra tisdagen 14:00", "förra tisdagen"),
        ("URO", "Elena Stănescu cafea marțea trecută la 11:00", "marțea trecută"),
        ("UMS", "Maya Rahman jumpa kelmarin", "kelmarin"),
        ("UFR", "Camille Girard déjeuner le 31 février", "31 février"),
        ("UMS", "Maya Rahman telefon, deposit RM 1.2.5 juta", "1.2.5 juta"),
        # Money moved with no direction said, and a word that only looks like an outcome word.
        (
            "URO",
            "Elena Stănescu telefon, a transferat 300 mii lei",
            "direction:300 mii lei",
        ),
        ("UMS", "Maya Rahman telefon, komiten RM 1.5 juta", "RM 1.5 juta"),
        # Two figures of one sum: which was it?
        ("UMS", "Maya Rahman jumpa hari ini, dia deposit RM 2-3 juta", "RM 2-3 juta"),
        # A month and no day in it: which day?
        ("URO", "Elena Stănescu întâlnire în noiembrie", "în noiembrie"),
        ("UHI", "Priya Raghunathan से नवंबर में मुलाकात", "नवंबर में"),
        ("UFR", "Camille Girard tél, engagement de 2 à 3 M€", "2 à 3 M€"),
    ],
)
def test_words_that_cannot_be_read_surely_are_named_and_nothing_is_recorded(
    world: World, world_desks: None, user: str, line: str, asked: str
) -> None:
    reply = say(world, user, line)
    assert in_their_language(world, user, reader_text.UNCLEAR_HEADLINE) in reply["text"]
    reason, _, asked = asked.rpartition(":")
    if reason:  # the question the reply asks about the words, in the rep's language
        question = in_their_language(world, user, reader_text.UNCLEAR[reason])
        assert question.format(text=asked) in render(reply["blocks"])
    assert asked in render(reply["blocks"])
    assert [ids.base_of(c.action_id or "") for c in controls(reply["blocks"])] == [
        ids.LOG_FORM_FROM_LINE
    ]
    assert contacts(world) == []


def test_kronor_from_a_client_holding_swedish_and_norwegian_are_asked(
    world: World, world_desks: None
) -> None:
    """ "kr" is written for SEK and NOK alike: a client holding both is asked which."""
    with world.db() as session:
        erik = session.scalars(select(Rep).where(Rep.slack_user_id == "USE")).one()
        client = make_client(session, "Dag Forsberg", covered_by=[erik], accounts=["A-1", "A-2"])
        for account, currency in zip(client.accounts, ("SEK", "NOK"), strict=True):
            account.currency = currency
    reply = say(world, "USE", "Dag Forsberg möte i dag kl 10, satte in 3 milj. kr")
    assert in_their_language(world, "USE", reader_text.UNCLEAR_HEADLINE) in reply["text"]
    question = in_their_language(world, "USE", reader_text.UNCLEAR["currency"])
    shown = render(reply["blocks"])
    assert question.split("{client}")[0].format(text="3 milj. kr") in shown
    assert "NOK" in shown and "SEK" in shown
    assert contacts(world) == []


def test_the_form_offered_for_an_unread_word_is_filled_in_with_the_rest(
    world: World, world_desks: None
) -> None:
    sent = world.slack.command(
        "/logcontact", "Camille Girard déj le 31 février, engagement 250 k€ #gala", user_id="UFR"
    )
    reply = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    button = controls(reply.args["blocks"])[0]
    world.slack.block_action("UFR", ids.LOG_FORM_FROM_LINE, button.value)
    view = world.standin.wait_for("views.open").args["view"]
    blocks = {block.get("block_id"): block for block in view["blocks"]}
    client = blocks[ids.BLOCK_CLIENT]["element"]["initial_option"]["text"]["text"]
    assert client == "Camille Girard"
    assert blocks[ids.BLOCK_CHANNEL]["element"]["initial_option"]["value"] == "in_person"
    assert blocks[ids.BLOCK_PLEDGED]["element"]["initial_value"] == "250,000"
    assert blocks[ids.BLOCK_CURRENCY]["element"]["initial_option"]["value"] == "EUR"
    assert "“31 février”" in render(view["blocks"])
    assert contacts(world) == []


@pytest.mark.parametrize(
    ("user", "line", "expected"),
    [
        ("UFR", "Camille Girard tél, dépôt 1.5m EUR", [("deposit", "1500000", "EUR", None)]),
        ("USE", "Björn Lindqvist ringde, insättning 2m SEK", [("deposit", "2000000", "SEK", None)]),
        ("UFR", "Camille Girard visio, mandat gagné, fee 120k USD", [("mandate", "120000", "USD", None)]),
        ("UHI", "Priya Raghunathan call, mandate fee 120k USD", [("mandate", "120000", "USD", None)]),
        # No currency in the line: the named account's; else the client's one currency.
        ("UMS", "Maya Rahman call, deposited 500k into ACC-4301", [("deposit", "500000", "MYR", "ACC-4301")]),
        ("URO", "Elena Stănescu tel, a depus 300 mii, angajament 1 milion", [
            ("deposit", "300000", "RON", None), ("pledge", "1000000", "RON", None)
        ]),
        ("UHI", "Priya Raghunathan से मुलाकात, 50 लाख जमा किए और 1 करोड़ का वादा", [
            ("deposit", "5000000", "INR", None), ("pledge", "10000000", "INR", None)
        ]),
        ("USE", "Björn Lindqvist Zoom, utlovade 300 000 euro", [("pledge", "300000", "EUR", None)]),
        ("UMS", "Maya Rahman video call, pindahan RM 750,000 ke ACC-4301", [
            ("deposit", "750000", "MYR", "ACC-4301")
        ]),
        # Malay "j" (juta) and "rb" (ribu) glued to a sum in ringgit.
        ("UMS", "Maya Rahman video call, deposit RM1.8j, ikrar RM 500rb", [
            ("deposit", "1800000", "MYR", None), ("pledge", "500000", "MYR", None)
        ]),
        ("UHI", "Priya Raghunathan ईमेल, ₹25 लाख ACC-5101 में भेजे", [
            ("deposit", "2500000", "INR", "ACC-5101")
        ]),
    ],
)  # fmt: skip
def test_outcome_words_of_each_language_raise_their_claims(
    world: World, world_desks: None, user: str, line: str, expected: list[tuple]
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    assert sorted(claims(world)) == sorted(
        (kind, Decimal(amount), currency, account) for kind, amount, currency, account in expected
    )


def test_a_client_without_accounts_is_claimed_in_the_reporting_currency(
    world: World, desk: None
) -> None:
    say(world, "UMEG", "Maya Rahman lunch, pledged 250k")
    assert claims(world) == [("pledge", Decimal("250000.00"), "USD", None)]


def test_an_assistant_logs_for_the_rep_they_name(world: World, desk: None) -> None:
    """``for <@UREP3>`` (Slack's escaped mention) and ``for Oliver`` name whose contact it is."""
    with world.db() as session:
        jane = session.scalars(select(Interaction.client_id).limit(1)).first()
        assert jane is None
        oliver = make_rep(session, "UREP3", "Oliver Grant", timezone="Europe/London")
        megan = session.scalars(select(Rep).where(Rep.slack_user_id == "UMEG")).one()
        ada = make_rep(session, "UASST", "Ada Assistant", roles=("assistant",))
        for rep in (oliver, ada):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = world.clock()
        make_delegate(session, rep=megan, assistant=ada)
        make_delegate(session, rep=oliver, assistant=ada)
        make_client(session, "Zoë Müller", covered_by=[oliver, megan])
    reply = say(world, "UASST", "Zoë Müller call today for <@UREP3|oliver>")
    assert "Oliver Grant (logged by Ada Assistant)" in render(reply["blocks"])
    reply = say(world, "UASST", "Zoë Müller lunch yesterday for Megan")
    assert "Megan Carter (logged by Ada Assistant)" in render(reply["blocks"])
    first, second = contacts(world)
    with world.db() as session:
        owners = [session.get(Rep, c.rep_id).slack_user_id for c in (first, second)]
    assert owners == ["UREP3", "UMEG"]
    assert "UREP3" not in first.notes and "Megan" not in second.notes


def test_a_day_named_without_a_time_is_its_midday_shown_as_the_day(
    world: World, desk: None
) -> None:
    """One rule for "Monday" and "yesterday": the day's midday in the rep's zone, and the
    reply shows the day only (no invented time shown as if typed)."""
    for line in ("Jane Smith lunch Monday", "Maya Rahman call yesterday"):
        reply = say(world, "UMEG", line)
        assert "(no time given)" in render(reply["blocks"])
        assert "00:00" not in render(reply["blocks"])
    monday, yesterday = contacts(world)
    assert monday.occurred_at == datetime(2026, 11, 16, 17, 0, tzinfo=UTC)  # 12:00 New York
    assert yesterday.occurred_at == datetime(2026, 11, 17, 17, 0, tzinfo=UTC)
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == 0


def test_a_day_named_without_a_time_is_shown_as_the_day_alone_everywhere(
    world: World, desk: None
) -> None:
    """One rule for "yesterday" and no time: stored at the day's midday with time_given
    false, and the reply and the client card show the day, never an invented 12:00."""
    reply = say(world, "UMEG", "Jane Smith phone yesterday re the trust")
    shown = render(reply["blocks"])
    assert "Tue 17 Nov 2026 (no time given)" in shown and "12:00" not in shown
    say(world, "UMEG", "Jane Smith call today 9:30am re the ISA")
    first, second = contacts(world)
    assert (first.occurred_at, first.time_given) == (
        datetime(2026, 11, 17, 17, 0, tzinfo=UTC),
        False,
    )
    assert second.time_given is True
    sent = world.slack.command("/client", "Jane Smith", user_id="UMEG")
    assert sent.status == 200
    card = render(
        world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url).args[
            "blocks"
        ]
    )
    assert "Wed 18 Nov 2026, 09:30 — Megan Carter" in card
    assert "Tue 17 Nov 2026 — Megan Carter" in card and "17 Nov 2026, 12:00" not in card


@pytest.mark.parametrize(
    ("user", "line", "client", "channel"),
    [
        (
            "UHI",
            "priya raghunathan ka email aaya kal, PAN aur Aadhaar update",
            "Priya Raghunathan",
            "email",
        ),
        ("USE", "per lindqvist ringde i morse om ISK", "Per Lindqvist", "phone"),
        ("UMEG", "dinner w chase smith yesterday, T-bills", "Chase Smith", "in_person"),
    ],
)
def test_a_name_typed_in_lower_case_records_the_client_it_names_whole(
    world: World, world_desks: None, desk: None, user: str, line: str, client: str, channel: str
) -> None:
    """Lower-case names beside capitalised words (PAN, ISK, T-bills), opened by words that
    read as something else ("per", "chase") or closed by a Hindi postposition ("ka"): each
    records the client it names whole, never the household member who shares a word."""
    with world.db() as session:
        reps = {r.slack_user_id: r for r in session.scalars(select(Rep))}
        make_client(session, "Per Lindqvist", covered_by=[reps["USE"]])
        make_client(session, "Chase Smith", covered_by=[reps["UMEG"]])
        make_client(session, "Ravi Raghunathan", covered_by=[reps["UHI"]])
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    (contact,) = contacts(world)
    assert (contact.client.name, contact.channel) == (client, channel)


def test_a_drink_together_records_a_meeting_in_person_not_a_question(
    world: World, world_desks: None
) -> None:
    """ "minum petang" (afternoon tea) names how they met, as "makan" (a meal) does."""
    reply = say(world, "UMS", "Maya Rahman minum petang semalam, tanya pasal ASB")
    assert_logged(world, "UMS", reply)
    (contact,) = contacts(world)
    assert contact.channel == "in_person"
    assert "ASB" in contact.notes


def test_which_client_is_asked_before_a_later_day_and_the_pick_then_asks_the_day(
    world: World, world_desks: None
) -> None:
    """ "Camille Brun rdv demain": Claire covers Camille Girard, not a Camille Brun. Which
    client is asked first (a later day asked first would leave the form with no client);
    picked, the line is read again with her and "demain" is asked: nothing is recorded."""
    sent = world.slack.command(
        "/logcontact", "Camille Brun rdv demain pour ouvrir un compte", user_id="UFR"
    )
    reply = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    buttons = controls(reply.args["blocks"])
    assert [button.label for button in buttons] == ["Camille Girard"]
    world.slack.block_action(
        "UFR", ids.LOG_PICK_CLIENT, buttons[0].value, response_url=sent.response_url
    )
    headline = in_their_language(world, "UFR", reader_text.UNCLEAR_HEADLINE)
    asked = world.standin.wait_for(
        "response_url",
        lambda c: c.args["url"] == sent.response_url and headline in c.args["text"],
    )
    question = in_their_language(world, "UFR", reader_text.UNCLEAR["future"])
    assert question.format(text="demain") in render(asked.args["blocks"])
    assert contacts(world) == []
