"""/logcontact free text end to end: signed slash commands in, ephemeral replies out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from handlers import ids
from standin.blockkit_text import controls, render
from storage.models import AuditEvent, Claim, Initiative, Interaction, Rep
from tests.factories import make_client, make_initiative, make_rep
from tests.world import World


def reply_to(world: World, sent) -> dict:  # type: ignore[no-untyped-def]
    call = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    return call.args


def reply_after(world: World, sent, count: int) -> dict:  # type: ignore[no-untyped-def]
    calls = world.standin.wait_for_calls(
        "response_url", lambda c: c.args["url"] == sent.response_url, count=count
    )
    return calls[count - 1].args


@pytest.fixture
def book(world: World):  # type: ignore[no-untyped-def]
    with world.db() as session:
        rep = make_rep(session, "U1", "Rita Rep", timezone="Europe/London")
        other = make_rep(session, "U2", "Olga Other")
        make_client(session, "Jane Smith", covered_by=[rep], tier="UHNW")
        make_client(session, "John Smith", covered_by=[rep])
        make_client(session, "Zoë Müller", covered_by=[rep])
        make_client(session, "Victor Outsider", covered_by=[other])
        make_initiative(session, "symphony-night")
    return rep


def test_one_line_records_contact_claim_initiative_and_follow_up(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command(
        "/logcontact",
        "Jane Smith call yesterday 3pm discussed the rollover, pledged $2.5mm #symphony-night follow up in 2 weeks",
        user_id="U1",
    )
    assert sent.status == 200
    reply = reply_to(world, sent)
    assert reply["response_type"] == "ephemeral"
    shown = render(reply["blocks"])
    assert "Jane Smith" in shown and "phone" in shown and "#symphony-night" in shown
    assert "USD 2,500,000.00" in shown and "pending" in shown
    assert "Tue 17 Nov 2026, 15:00 (Europe/London)" in shown
    assert [ids.base_of(c.action_id or "") for c in controls(reply["blocks"])] == [
        ids.LOG_EDIT,
        ids.LOG_UNDO,
        ids.CLAIM_WITHDRAW,
    ]
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.occurred_at == datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
        assert interaction.channel == "phone" and interaction.source == "slash_command"
        assert (
            interaction.follow_up_on is not None
            and interaction.follow_up_on.isoformat() == "2026-12-02"
        )
        assert session.get(Initiative, interaction.initiative_id).tag == "symphony-night"
        claim = session.scalars(select(Claim)).one()
        assert (claim.kind, claim.amount, claim.status) == (
            "pledge",
            Decimal("2500000.00"),
            "pending",
        )
        # The rep's own writes; the claim's posting to the controllers' queue happens
        # in the background and is the system's event, so it is not counted here.
        recorded = session.execute(
            select(AuditEvent.action, AuditEvent.entity_type)
            .where(AuditEvent.actor == "U1")
            .order_by(AuditEvent.seq)
        ).all()
        assert [tuple(row) for row in recorded] == [
            ("create", "interactions"),
            ("create", "claims"),
        ]


def test_retried_slash_command_records_once(world: World, book) -> None:  # type: ignore[no-untyped-def]
    first = world.slack.command("/logcontact", "Jane Smith met for coffee", user_id="U1")
    reply_to(world, first)
    again = world.slack.command(
        "/logcontact",
        "Jane Smith met for coffee",
        user_id="U1",
        trigger_id=first.trigger_id,
        response_url=first.response_url,
        retry_num=1,
        retry_reason="http_timeout",
    )
    assert again.status == 200
    second_reply = reply_after(world, first, 2)
    assert "Already recorded" in second_reply["text"]
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1


def test_ambiguous_surname_offers_buttons_and_the_pick_records(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Smith phoned this morning about fees", user_id="U1")
    reply = reply_to(world, sent)
    labels = sorted(c.label for c in controls(reply["blocks"]))
    assert labels == ["Jane Smith", "John Smith"]
    pick = next(c for c in controls(reply["blocks"]) if c.label == "John Smith")
    world.slack.block_action("U1", ids.LOG_PICK_CLIENT, pick.value, response_url=sent.response_url)
    chosen = reply_after(world, sent, 2)
    assert "John Smith" in chosen["text"]
    # A second click on the other candidate does not record a second contact.
    other = next(c for c in controls(reply["blocks"]) if c.label == "Jane Smith")
    world.slack.block_action("U1", ids.LOG_PICK_CLIENT, other.value, response_url=sent.response_url)
    reply_after(world, sent, 3)
    with world.db() as session:
        rows = session.scalars(select(Interaction)).all()
        assert len(rows) == 1 and rows[0].client.name == "John Smith"


def test_missing_channel_is_asked_not_guessed(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command(
        "/logcontact", "Jane Smith yesterday talked about the trust", user_id="U1"
    )
    reply = reply_to(world, sent)
    assert "How did the contact with Jane Smith happen?" in reply["text"]
    video = next(c for c in controls(reply["blocks"]) if c.label == "Video")
    world.slack.block_action(
        "U1", ids.LOG_PICK_CHANNEL, video.value, response_url=sent.response_url
    )
    reply_after(world, sent, 2)
    with world.db() as session:
        assert session.scalars(select(Interaction.channel)).one() == "video"


def test_accents_and_typos_are_tolerated(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "zoe muller emailed the statements", user_id="U1")
    assert "Zoë Müller" in reply_to(world, sent)["text"]


def test_uncovered_client_is_refused_naming_coverage(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Victor Outsider call today", user_id="U1")
    reply = reply_to(world, sent)
    assert "You don't cover Victor Outsider" in reply["text"] and "<@U2>" in reply["text"]
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_unknown_client_says_so_and_offers_the_form(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Quentin Nobody call today", user_id="U1")
    reply = reply_to(world, sent)
    assert "No client in your book matches" in reply["text"]
    assert [c.action_id for c in controls(reply["blocks"])] == [ids.LOG_OPEN_FORM]


def test_future_time_is_refused_with_the_reason(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Jane Smith call tomorrow 3pm", user_id="U1")
    reply = reply_to(world, sent)
    assert "nothing is recorded" in reply["text"]
    assert "later than now; a contact is logged after it happens" in render(reply["blocks"])
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_unknown_tag_lists_active_initiatives(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Jane Smith lunch today #golf-day", user_id="U1")
    assert "#symphony-night" in reply_to(world, sent)["text"]


def test_stranger_is_told_to_ask_an_admin(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Jane Smith call", user_id="U404")
    assert "not set up" in reply_to(world, sent)["text"]


def test_undo_within_fifteen_minutes_and_not_after(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Jane Smith call this morning", user_id="U1")
    reply = reply_to(world, sent)
    undo = next(c for c in controls(reply["blocks"]) if c.label == "Undo")
    world.clock.set(world.clock() + timedelta(minutes=16))
    world.slack.block_action("U1", ids.LOG_UNDO, undo.value, response_url=sent.response_url)
    assert "15 minutes" in reply_after(world, sent, 2)["text"]
    world.clock.set(world.clock() - timedelta(minutes=6))
    world.slack.block_action("U1", ids.LOG_UNDO, undo.value, response_url=sent.response_url)
    assert "Undone" in reply_after(world, sent, 3)["text"]
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.deleted_at is not None


def test_someone_else_cannot_undo(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/logcontact", "Jane Smith call this morning", user_id="U1")
    undo = next(c for c in controls(reply_to(world, sent)["blocks"]) if c.label == "Undo")
    forged = world.slack.block_action("U2", ids.LOG_UNDO, undo.value)
    assert forged.status == 200
    with world.db() as session:
        assert session.scalars(select(Interaction.deleted_at)).one() is None


def test_too_often_is_flagged_in_the_reply(world: World, book) -> None:  # type: ignore[no-untyped-def]
    first = world.slack.command("/logcontact", "Jane Smith call yesterday", user_id="U1")
    reply_to(world, first)
    second = world.slack.command("/logcontact", "Jane Smith met today for lunch", user_id="U1")
    shown = render(reply_to(world, second)["blocks"])
    assert "was contacted 1 day ago by Rita Rep" in shown and "Recorded all the same" in shown


def test_a_claim_reaches_the_controllers_channel_right_after_the_reply(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command(
        "/logcontact", "Jane Smith call today, deposited EUR 300,000", user_id="U1"
    )
    reply_to(world, sent)
    posted = world.standin.wait_for("chat.postMessage", {"channel": "CCONTROL"})
    assert "Jane Smith" in render(posted.args["blocks"]) and "300,000.00" in render(
        posted.args["blocks"]
    )


def test_assistant_logs_for_the_principal_who_covers_the_client(world: World, book) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import make_delegate

    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == "U1")).one()
        assistant = make_rep(session, "UASST", "Ada Assistant", roles=("assistant",))
        make_delegate(session, rep=rep, assistant=assistant)
    sent = world.slack.command("/logcontact", "Jane Smith call this morning", user_id="UASST")
    shown = render(reply_to(world, sent)["blocks"])
    assert "Rita Rep (logged by Ada Assistant)" in shown
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert (interaction.rep.slack_user_id, interaction.author.slack_user_id) == ("U1", "UASST")


@pytest.mark.parametrize("whom", ["for <@U1>", "for @Rita", "for @rita", "for Rita", "For Rita:"])
def test_assistant_names_the_principal_as_a_mention_a_name_or_a_handle(  # type: ignore[no-untyped-def]
    world: World, book, whom: str
) -> None:
    from tests.factories import make_delegate

    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == "U1")).one()
        assistant = make_rep(session, "UASST", "Ada Assistant", roles=("assistant",))
        make_delegate(session, rep=rep, assistant=assistant)
    line = f"{whom} Jane Smith call this morning about the bond ladder"
    sent = world.slack.command("/logcontact", line, user_id="UASST")
    shown = render(reply_to(world, sent)["blocks"])
    assert "Rita Rep (logged by Ada Assistant)" in shown
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.rep.slack_user_id == "U1"
        assert "@" not in (interaction.notes or "") and "Rita" not in (interaction.notes or "")


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_a_line_reads_its_rep_once_for_reading_and_recording(world: World, book) -> None:  # type: ignore[no-untyped-def]
    """The rep behind a line is looked up once, their language with them: the write records
    for the rep as the line was read for them, a known profile is not asked apart, and the
    language is not asked in a transaction of its own before the line."""
    from sqlalchemy import event

    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == "U1")).one()
        rep.profile_refreshed_at = world.clock()
    looked_up: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        text = " ".join(statement.split())
        if " FROM reps" in text and ("profile_refreshed_at" in text or "language" in text):
            looked_up.append(text)

    engine = world.cms.deps.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        sent = world.slack.command("/logcontact", "Jane Smith call today talked fx", user_id="U1")
        shown = render(reply_to(world, sent)["blocks"])
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert "Jane Smith" in shown and "phone" in shown
    assert len(looked_up) == 1, looked_up
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1
