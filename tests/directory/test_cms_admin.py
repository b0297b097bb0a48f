"""``/cms admin``: reading the text, the admin-only gate, and each change confirmed and audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.directory import access
from bot.directory.admin import USAGE, AdminCommand, parse, run, user_id
from bot.directory.rep_lookup import get_rep_by_slack_id
from bot.errors import AmbiguousClient, ClientNotFound, InvalidInput, NotAllowed, RepNotFound
from storage.models import AuditEvent, Coverage, Rep
from tests.factories import SETTING, make_client, make_delegate, make_rep
from tests.world import World

# --- reading the text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("<@U123ABC|jane>", "U123ABC"),
        ("<@U123ABC>", "U123ABC"),
        ("U123ABC", "U123ABC"),
        ("@U123ABC", "U123ABC"),
        ("<@W0ENTERPRISE|ann>", "W0ENTERPRISE"),
        ("jane", None),
        ("<#C123|general>", None),
        ("none", None),
        ("UHNW", None),
    ],
)
def test_user_id_read_from_mention_or_raw_id(token: str, expected: str | None) -> None:
    assert user_id(token) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grant <@U2|bob> controller", AdminCommand("grant", "U2", role="controller")),
        ("GRANT U02BOB42 Admin", AdminCommand("grant", "U02BOB42", role="admin")),
        ("revoke <@U2> controller", AdminCommand("revoke", "U2", role="controller")),
        (
            'cover "Smith Family Trust" <@U2|bob> secondary',
            AdminCommand("cover", "U2", role="secondary", client="Smith Family Trust"),
        ),
        (
            "cover “Smith Family Trust” <@U2|bob>",
            AdminCommand("cover", "U2", client="Smith Family Trust"),
        ),
        (
            "cover Jane Smith <@U2> primary",
            AdminCommand("cover", "U2", role="primary", client="Jane Smith"),
        ),
        ("cover C000042 U02BOB42", AdminCommand("cover", "U02BOB42", client="C000042")),
        ('uncover "Jane Smith" <@U2>', AdminCommand("uncover", "U2", client="Jane Smith")),
        ("manager <@U2> <@U9|mia>", AdminCommand("manager", "U2", other="U9")),
        ("manager <@U2> none", AdminCommand("manager", "U2", other=None)),
        ("manager <@U2> NONE", AdminCommand("manager", "U2", other=None)),
        ("delegate <@U2> <@U7>", AdminCommand("delegate", "U2", other="U7")),
        ("undelegate U02BOB42 @U07ASA7", AdminCommand("undelegate", "U02BOB42", other="U07ASA7")),
        ("show <@U2|bob>", AdminCommand("show", "U2")),
    ],
)
def test_admin_text_is_read(text: str, expected: AdminCommand) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Tell me what to do"),
        ("promote <@U2>", "I don't know `admin promote`"),
        ("grant <@U2>", "`admin grant` takes 2 words"),
        ("grant <@U2> wizard", "There is no role 'wizard'"),
        ("cover <@U2>", "Name the client, then the rep"),
        ('cover "Jane Smith"', "Name the client, then the rep"),
        ("cover <@U2> primary", "Name the client, then the rep"),
        ("manager <@U2>", "`admin manager` takes 2 words"),
        ("show", "`admin show` takes 1 word"),
    ],
)
def test_bad_admin_text_says_what_to_fix(text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse(text)
    assert says in str(raised.value)


def test_usage_reply_shows_the_verbs_usage() -> None:
    with pytest.raises(InvalidInput) as raised:
        parse("delegate <@U2>")
    assert f"`/cms {USAGE['delegate']}`" in str(raised.value)


# --- carrying commands out (service level) -------------------------------------------------


@pytest.fixture
def admin(session: Session) -> Rep:
    return make_rep(session, "UADMIN1", "Ada", roles=("admin",))


def say(session: Session, actor: Rep, text: str, now: datetime) -> str:
    return run(session, actor=actor, command=parse(text), now=now)


def events_by(session: Session, actor: Rep) -> list[tuple[str, str]]:
    return [
        (row.entity_type, row.action)
        for row in session.scalars(
            select(AuditEvent)
            .where(AuditEvent.actor == actor.slack_user_id)
            .order_by(AuditEvent.seq)
        )
    ]


def test_non_admin_is_refused_and_nothing_changes(session: Session, now: datetime) -> None:
    rep = make_rep(session, "U0REP001", "Rita")
    with pytest.raises(NotAllowed, match="Only admins can use `/cms admin`"):
        say(session, rep, "grant <@U0REP001> admin", now)
    assert not rep.has_role("admin")
    assert events_by(session, rep) == []


def test_grant_and_revoke_are_confirmed_and_audited(
    session: Session, admin: Rep, now: datetime
) -> None:
    bob = make_rep(session, "U0BOB001", "Bob")
    assert say(session, admin, "grant <@U0BOB001|bob> controller", now) == (
        "Granted the controller role to <@U0BOB001>."
    )
    assert bob.has_role("controller")
    assert say(session, admin, "grant U0BOB001 controller", now) == (
        "<@U0BOB001> already has the controller role; nothing changed."
    )
    assert say(session, admin, "revoke <@U0BOB001> controller", now) == (
        "Revoked the controller role from <@U0BOB001>."
    )
    assert not bob.has_role("controller")
    assert say(session, admin, "revoke <@U0BOB001> controller", now) == (
        "<@U0BOB001> does not have the controller role; nothing changed."
    )
    assert events_by(session, admin) == [("reps", "update"), ("reps", "update")]
    [granted, revoked] = session.scalars(
        select(AuditEvent).where(AuditEvent.actor == "UADMIN1").order_by(AuditEvent.seq)
    )
    assert granted.after is not None and "controller" in granted.after["roles"]
    assert revoked.before is not None and "controller" in revoked.before["roles"]


def test_cover_and_uncover_change_who_sees_the_client(
    session: Session, admin: Rep, now: datetime
) -> None:
    bob = make_rep(session, "U0BOB001", "Bob")
    client = make_client(session, "Jane Smith", external_id="C0042")
    assert not access.can_see_client(session, actor=bob, client_id=client.id)

    assert say(session, admin, 'cover "jane smith" <@U0BOB001>', now) == (
        "<@U0BOB001> now covers Jane Smith (C0042) as primary."
    )
    assert access.can_see_client(session, actor=bob, client_id=client.id)
    assert say(session, admin, "cover C0042 <@U0BOB001>", now) == (
        "<@U0BOB001> already covers Jane Smith (C0042) as primary; nothing changed."
    )
    assert say(session, admin, "uncover C0042 <@U0BOB001>", now) == (
        "<@U0BOB001> no longer covers Jane Smith (C0042)."
    )
    assert not access.can_see_client(session, actor=bob, client_id=client.id)
    assert say(session, admin, "uncover C0042 <@U0BOB001>", now) == (
        "<@U0BOB001> does not cover Jane Smith (C0042); nothing changed."
    )
    assert events_by(session, admin) == [
        ("coverage", "start_coverage"),
        ("coverage", "end_coverage"),
    ]
    history = session.scalars(select(Coverage).where(Coverage.client_id == client.id)).all()
    assert [row.ended_at for row in history] == [now]  # ended, not deleted


def test_cover_without_a_role_never_demotes_the_primary(
    session: Session, admin: Rep, now: datetime
) -> None:
    ann = make_rep(session, "U0ANN001", "Ann")
    make_rep(session, "U0BOB001", "Bob")
    make_client(session, "Jane Smith", external_id="C0042", covered_by=[ann])
    assert say(session, admin, "cover C0042 <@U0BOB001>", now) == (
        "<@U0BOB001> now covers Jane Smith (C0042) as secondary."
    )
    assert say(session, admin, "cover C0042 <@U0ANN001>", now).endswith("nothing changed.")
    assert say(session, admin, "cover C0042 <@U0BOB001> primary", now) == (
        "<@U0BOB001> now covers Jane Smith (C0042) as primary."
    )
    roles = dict(
        session.execute(
            select(Rep.slack_user_id, Coverage.role)
            .join(Coverage, Coverage.rep_id == Rep.id)
            .where(Coverage.ended_at.is_(None))
        ).all()
    )
    assert roles == {"U0ANN001": "secondary", "U0BOB001": "primary"}


def test_client_named_twice_asks_for_the_external_id(
    session: Session, admin: Rep, now: datetime
) -> None:
    make_rep(session, "U0BOB001", "Bob")
    make_client(session, "Jane Smith", external_id="C0001", tier="HNW")
    make_client(session, "Jane Smith", external_id="C0002", tier="UHNW")
    with pytest.raises(AmbiguousClient, match=r"C0001 \(HNW\), C0002 \(UHNW\)"):
        say(session, admin, 'cover "Jane Smith" <@U0BOB001>', now)
    with pytest.raises(ClientNotFound, match="No client has the external id or name “Nobody”"):
        say(session, admin, "cover Nobody <@U0BOB001>", now)


def test_unknown_rep_is_named(session: Session, admin: Rep, now: datetime) -> None:
    with pytest.raises(RepNotFound, match="U0GHOST1"):
        say(session, admin, "grant <@U0GHOST1> rep", now)


def test_manager_set_cleared_and_loops_refused(session: Session, admin: Rep, now: datetime) -> None:
    mia = make_rep(session, "U0MIA001", "Mia", roles=("manager",))
    ray = make_rep(session, "U0RAY001", "Ray")
    assert say(session, admin, "manager <@U0RAY001> <@U0MIA001|mia>", now) == (
        "<@U0RAY001> now reports to <@U0MIA001>."
    )
    assert ray.manager_id == mia.id
    assert say(session, admin, "manager <@U0RAY001> <@U0MIA001>", now).endswith(
        "already reports to <@U0MIA001>; nothing changed."
    )
    with pytest.raises(InvalidInput, match="loop"):
        say(session, admin, "manager <@U0MIA001> <@U0RAY001>", now)
    assert say(session, admin, "manager <@U0RAY001> none", now) == (
        "<@U0RAY001> now reports to nobody."
    )
    assert ray.manager_id is None
    assert say(session, admin, "manager <@U0RAY001> none", now) == (
        "<@U0RAY001> already reports to nobody; nothing changed."
    )


def test_delegate_lets_the_assistant_log_for_the_rep(
    session: Session, admin: Rep, now: datetime
) -> None:
    rita = make_rep(session, "U0RITA01", "Rita")
    asa = make_rep(session, "U0ASA001", "Asa", roles=())
    client = make_client(session, "Jane Smith", covered_by=[rita])
    with pytest.raises(InvalidInput, match="assistant role"):
        say(session, admin, "delegate <@U0RITA01> <@U0ASA001>", now)
    say(session, admin, "grant <@U0ASA001> assistant", now)
    assert say(session, admin, "delegate <@U0RITA01> <@U0ASA001>", now) == (
        "<@U0ASA001> may now log contacts on <@U0RITA01>'s behalf."
    )
    access.require_can_log(session, actor=asa, owner=rita, client=client)
    assert say(session, admin, "delegate <@U0RITA01> <@U0ASA001>", now).endswith("nothing changed.")
    assert say(session, admin, "undelegate <@U0RITA01> <@U0ASA001>", now) == (
        "<@U0ASA001> may no longer log contacts on <@U0RITA01>'s behalf."
    )
    with pytest.raises(NotAllowed):
        access.require_can_log(session, actor=asa, owner=rita, client=client)
    assert say(session, admin, "undelegate <@U0RITA01> <@U0ASA001>", now) == (
        "<@U0ASA001> does not log on <@U0RITA01>'s behalf; nothing changed."
    )


def test_show_lists_roles_manager_reports_coverage_and_delegates(
    session: Session, admin: Rep, now: datetime
) -> None:
    max_ = make_rep(session, "U0MAX001", "Max", roles=("manager",))
    mia = make_rep(session, "U0MIA001", "Mia", roles=("manager", "rep"), manager=max_)
    make_rep(session, "U0RAY001", "Ray", manager=mia)
    asa = make_rep(session, "U0ASA001", "Asa", roles=("assistant",))
    make_delegate(session, rep=mia, assistant=asa)
    make_client(session, "Jane Smith", covered_by=[mia])
    make_client(session, "John Smith", covered_by=[max_, mia])
    card = say(session, admin, "show <@U0MIA001>", now)
    assert card.splitlines() == [
        "*Mia* (<@U0MIA001>)",
        "Roles: manager, rep",
        "Manager: <@U0MAX001>",
        "Reports: <@U0RAY001>",
        "Clients covered: 2 (1 primary, 1 secondary)",
        "Delegates (may log on their behalf): <@U0ASA001>",
    ]
    assert say(session, admin, "show U0ASA001", now).splitlines()[-1] == "Assists: <@U0MIA001>"


def test_admin_changes_keep_the_audit_chain_whole(
    session: Session, admin: Rep, now: datetime
) -> None:
    make_rep(session, "U0BOB001", "Bob")
    make_rep(session, "U0MIA001", "Mia", roles=("manager",))
    make_client(session, "Jane Smith", external_id="C0042")
    for text in (
        "grant <@U0BOB001> assistant",
        "cover C0042 <@U0BOB001>",
        "manager <@U0BOB001> <@U0MIA001>",
        "delegate <@U0MIA001> <@U0BOB001>",
        "undelegate <@U0MIA001> <@U0BOB001>",
        "uncover C0042 <@U0BOB001>",
        "revoke <@U0BOB001> assistant",
    ):
        say(session, admin, text, now)
    assert len(events_by(session, admin)) == 7
    assert verify(session) == []


# --- end to end: signed slash commands in, the ephemeral reply out -----------------------


def reply_to(world: World, text: str, user_id: str) -> dict[str, Any]:
    sent = world.slack.command("/cms", text, user_id=user_id)
    assert sent.ok, sent.body
    call = world.standin.wait_for("response_url", lambda call: call.args.get("text"))
    world.standin.clear()
    return call.args


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_admin_grant_over_slack_is_confirmed_in_one_ephemeral_line(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
        make_rep(session, "U2", "Bob")
    reply = reply_to(world, "admin grant <@U2|bob> controller", "U1")
    assert (reply["text"], reply["response_type"]) == (
        "Granted the controller role to <@U2>.",
        "ephemeral",
    )
    with world.db() as session:
        assert get_rep_by_slack_id(session, "U2").has_role("controller")
        assert verify(session) == []


def test_non_admin_over_slack_is_refused_ephemerally(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Rita")
        make_rep(session, "U2", "Bob")
    reply = reply_to(world, "admin grant <@U2> admin", "U1")
    assert (reply["text"], reply["response_type"]) == (
        "Only admins can use `/cms admin`; ask an admin to make this change.",
        "ephemeral",
    )
    with world.db() as session:
        assert not get_rep_by_slack_id(session, "U2").has_role("admin")
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.actor != SETTING)).first() is None
        )


def test_admin_over_slack_cover_and_show(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
        make_rep(session, "U2", "Bob")
        make_client(session, "Jane Smith", external_id="C0042")
    assert reply_to(world, "admin cover “Jane Smith” <@U2|bob> secondary", "U1")["text"] == (
        "<@U2> now covers Jane Smith (C0042) as secondary."
    )
    card = reply_to(world, "admin show <@U2>", "U1")["text"]
    assert "Clients covered: 1 (0 primary, 1 secondary)" in card


def test_admin_over_slack_bad_text_gets_the_usage_and_changes_nothing(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
    reply = reply_to(world, "admin grant <@U2>", "U1")
    assert reply["text"] == ("`admin grant` takes 2 words. Use `/cms admin grant @rep role`.")
    assert "`/cms admin delegate @rep @assistant`" in reply_to(world, "admin", "U1")["text"]


def test_cms_help_documents_admin_syntax(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Rita")
    text = reply_to(world, "help", "U1")["text"]
    for usage in USAGE.values():
        assert f"`/cms {usage}`" in text
