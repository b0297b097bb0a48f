"""The access matrix of issue #19: every role × every surface × every kind of record.

One book, one client (Jane Wealth) holding one record of each kind, each with a
marker that cannot appear by chance:

- a contact (Rita's, notes ``NOTE-OPEN-7731``) with a deposit claim of 432,100;
- a private contact (Rita's, ``NOTE-PRIV-4410``);
- a banking contact (Bea the banker's, ``NOTE-BANK-9052``) with a mandate of 777,000;
- a document (``KYC-DOC-5521.pdf``);
- the audit trail (every row above has its events).

Each role is played by one person: Rita (rep, covers Jane), Asa (the assistant
Rita named), Mia (Rita's manager), Cora (controller), Ada (admin), Mark
(marketing), Sam (client service in Mia's team), Cleo (compliance) and Bea
(banker, covers Jane too). ``EXPECTED`` states, for each surface and role, the
kinds the role reaches there; everything else in the row is refused. Each cell
is proven over signed HTTP against the stand-in, or through ``cmsbot`` itself.

Refusals never leak: whatever a role may not reach, no marker of it appears in
anything the bot said to them, and a refusal says what they may do instead.
Slack sends every one of these as a signed request; buttons' values come back
as sent (https://api.slack.com/reference/block-kit/block-elements#button).
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import audit
from bot.audit.verify import verify
from bot.cli import main
from bot.contacts import ContactDraft, log_contact
from bot.directory.access import NOT_YOURS
from bot.documents import sha256_of
from bot.parsing import ClaimDraft
from handlers import ids
from storage.models import AuditEvent, Claim, Document, Interaction
from tests.databases import BACKENDS
from tests.factories import make_client, make_delegate, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

ROLES = (
    "rep",
    "assistant",
    "manager",
    "controller",
    "admin",
    "marketing",
    "service",
    "compliance",
    "banker",
)
KINDS = ("contact", "private contact", "banking contact", "claim", "document", "audit")
# What shows that a kind reached the reader (any one of its markers).
MARKERS: dict[str, tuple[str, ...]] = {
    "contact": ("NOTE-OPEN-7731",),
    "private contact": ("NOTE-PRIV-4410",),
    "banking contact": ("NOTE-BANK-9052", "777,000", "777000"),
    "claim": ("432,100", "432100"),
    "document": ("KYC-DOC-5521",),
    "audit": ('"action": "create"', "== other audit events", '"event_id"'),
}
PEOPLE = {
    "rep": ("URITA", "Rita"),
    "assistant": ("UASA", "Asa"),
    "manager": ("UMIA", "Mia"),
    "controller": ("UCORA", "Cora"),
    "admin": ("UADA", "Ada"),
    "marketing": ("UMARK", "Mark"),
    "service": ("USAM", "Sam"),
    "compliance": ("UCLEO", "Cleo"),
    "banker": ("UBEA", "Bea"),
}
NOTHING: frozenset[str] = frozenset()
BOOK_READERS = {"rep", "assistant", "manager", "admin", "service", "compliance", "banker"}


def reach(**cells: set[str]) -> dict[str, frozenset[str]]:
    """A row of the matrix: every role named, unnamed roles reach nothing."""
    assert set(cells) <= set(ROLES), set(cells) - set(ROLES)
    return {role: frozenset(cells.get(role, set())) for role in ROLES}


# The card (``/client`` typed, or its button): coverage decides the client; private
# notes are the coverage team's and their managers'; behind the banking wall only
# the date; claims hidden from service (no pay) and from across the wall.
CARD = reach(
    rep={"contact", "private contact", "claim", "document"},
    assistant={"contact", "claim", "document"},
    manager={"contact", "private contact", "claim", "document"},
    admin={"contact", "claim", "document"},
    service={"contact", "document"},
    compliance={"contact", "private contact", "banking contact", "claim", "document"},
    # A KYC file is wealth-side: walled for a banker alone (a mandate letter would not be).
    banker={"banking contact"},
)
EXPECTED: dict[str, dict[str, frozenset[str]]] = {
    "/client (slash command)": CARD,
    "card button (show this client)": CARD,
    # Names only, never a record: every kind refused for everyone.
    "type-ahead (options)": reach(),
    # The Home lists one's own pending claims, and the controllers' queue: no notes.
    "App Home": reach(
        rep={"claim"},
        controller={"claim", "banking contact"},
        banker={"banking contact"},
    ),
    # Recording: a (wealth-side) contact, a #private one, a claim, a banking contact (a
    # banker's line is one). Compliance, marketing and controllers record nothing; client
    # service records service contacts without claims.
    "/logcontact (slash command)": reach(
        rep={"contact", "private contact", "claim"},
        assistant={"contact", "private contact", "claim"},
        manager={"contact", "private contact", "claim"},
        admin={"contact", "private contact", "claim"},
        service={"contact", "private contact"},
        banker={"banking contact", "private contact", "claim"},
    ),
    # Log contact (the card's button) opens the form for those who record contacts.
    "Log contact button (contact form)": reach(
        **{role: {"contact"} for role in BOOK_READERS - {"compliance"}}
    ),
    # The Edit button opens the form (with the notes) for its rep, or an admin who may read it.
    "Edit button (contact form)": reach(
        rep={"contact", "private contact"},
        admin={"contact"},
        banker={"banking contact"},
    ),
    # Approve opens the decision form: controllers only, mandates included.
    "Approve button (decision form)": reach(controller={"claim", "banking contact"}),
    "Send me a copy button (document)": reach(
        **{role: {"document"} for role in BOOK_READERS - {"banker"}},
    ),
    # cmsbot export interactions, claims and audit --as U (the audit trail: compliance only).
    "cmsbot export --as": reach(
        rep={"contact", "private contact", "claim"},
        assistant={"contact", "claim"},
        manager={"contact", "private contact", "claim"},
        controller={"claim", "banking contact"},
        admin={"contact", "claim"},
        service={"contact"},
        compliance=set(KINDS) - {"document"},
        banker={"banking contact"},
    ),
    # cmsbot export client EXT_ID --as U: compliance's, and then everything.
    "cmsbot export client --as": reach(compliance=set(KINDS)),
    # Reports hold claims' figures as totals ("claim": the report is served to the role).
    "cmsbot report roi --as": reach(
        **{role: {"claim"} for role in ("manager", "admin", "marketing", "compliance")}
    ),
    "cmsbot report scorecard --as": reach(
        **{role: {"claim"} for role in set(ROLES) - {"marketing", "service"}}
    ),
}
AT = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _one_chain_key() -> Iterator[None]:
    """``cmsbot`` remembers the settings' chain key process-wide (``audit.use_chain_key``):
    start and end with none, as the world's own writes do, whatever ran before."""
    audit.use_chain_key(None)
    yield
    audit.use_chain_key(None)


@pytest.fixture
def book(world: World) -> dict[str, Any]:
    with world.db() as session:
        mia = make_rep(session, *PEOPLE["manager"], roles=("manager",))
        rita = make_rep(session, *PEOPLE["rep"], manager=mia)
        bea = make_rep(session, *PEOPLE["banker"], roles=("banker",))
        asa = make_rep(session, *PEOPLE["assistant"], roles=("assistant",))
        make_delegate(session, rep=rita, assistant=asa)
        people = {
            "rep": rita,
            "manager": mia,
            "banker": bea,
            "assistant": asa,
            "controller": make_rep(session, *PEOPLE["controller"], roles=("controller",)),
            "admin": make_rep(session, *PEOPLE["admin"], roles=("admin",)),
            "marketing": make_rep(session, *PEOPLE["marketing"], roles=("marketing",)),
            "service": make_rep(session, *PEOPLE["service"], roles=("service",), manager=mia),
            "compliance": make_rep(session, *PEOPLE["compliance"], roles=("compliance",)),
        }
        for rep in people.values():
            world.standin.add_user(rep.slack_user_id, rep.name)
        jane = make_client(session, "Jane Wealth", covered_by=[rita, bea], external_id="JW1")
        earlier = AT - timedelta(days=3)

        def logged(actor, notes, *, private=False, claims=(), hours=0):  # type: ignore[no-untyped-def]
            return log_contact(
                session,
                actor=actor,
                draft=ContactDraft(
                    client_id=jane.id,
                    occurred_at=earlier + timedelta(hours=hours),
                    channel="phone",
                    notes=notes,
                    private=private,
                    claims=claims,
                ),
                now=AT - timedelta(days=1),
            )

        deposit = ClaimDraft(kind="deposit", amount=Decimal("432100"), currency="USD")
        mandate = ClaimDraft(kind="mandate", amount=Decimal("777000"), currency="USD")
        contact = logged(rita, "NOTE-OPEN-7731 reviewed the portfolio", claims=(deposit,))
        private = logged(rita, "NOTE-PRIV-4410 health matters", private=True, hours=1)
        banking = logged(bea, "NOTE-BANK-9052 IPO mandate", claims=(mandate,), hours=2)
        content = b"%PDF-1.4 KYC"
        document = Document(
            client_id=jane.id,
            kind="kyc",
            name="KYC-DOC-5521.pdf",
            mimetype="application/pdf",
            size=len(content),
            sha256=sha256_of(content),
            content=content,
            note="",
            slack_file_id="F0KYC",
            added_by_id=rita.id,
            added_at=AT - timedelta(days=1),
        )
        session.add(document)
        session.flush()
        from bot.documents import document_state

        audit.record(
            session,
            actor="test-setting",
            action="create",
            entity=document,
            after=document_state(session, document),
            now=AT - timedelta(days=1),
        )
        return {
            "jane": jane.id,
            "contact": contact.interaction.id,
            "private contact": private.interaction.id,
            "banking contact": banking.interaction.id,
            "claim": contact.claims[0].id,
            "mandate": banking.claims[0].id,
            "document": document.id,
        }


def seen_in(*answers: Any) -> set[str]:
    text = json.dumps(answers, ensure_ascii=False)
    return {kind for kind, marks in MARKERS.items() if any(mark in text for mark in marks)}


def user(role: str) -> str:
    return PEOPLE[role][0]


def everything_said(world: World) -> list[Any]:
    return [call.args for call in world.standin.calls]


# --- the probes: what one role reaches through one surface ---------------------------------


def card_by_command(world: World, book: dict[str, Any], role: str) -> set[str]:
    world.standin.clear()
    sent = world.slack.command("/client", "Jane Wealth", user_id=user(role))
    assert sent.ok, sent.body
    answer = world.standin.wait_for("response_url").args
    if "blocks" not in answer:  # refused: what to do instead, and nothing of Jane's record
        assert "Ask one of them or your manager" in answer["text"], answer
    return seen_in(answer, everything_said(world))


def press(world: World, role: str, button: str, row_id: int) -> dict[str, Any]:
    """``role`` presses ``button`` for the row (a stale or forged click is the same
    request); what the response URL was then sent."""
    world.standin.clear()
    sent = world.slack.block_action(user(role), ids.keyed(button, row_id), str(row_id))
    assert sent.ok, sent.body
    return world.standin.wait_for("response_url").args


def card_by_button(world: World, book: dict[str, Any], role: str) -> set[str]:
    answer = press(world, role, ids.CLIENT_SHOW_MORE, book["jane"])
    if "blocks" not in answer:
        assert answer["text"] == NOT_YOURS, answer
    return seen_in(answer, everything_said(world))


def type_ahead(world: World, book: dict[str, Any], role: str) -> set[str]:
    world.standin.clear()
    reply = world.slack.options(user(role), ids.ACTION_CLIENT, "Jane", block_id=ids.BLOCK_CLIENT)
    assert reply.json is not None, reply.body
    offered = [option["value"] for option in reply.json["options"]]
    # The client itself is offered exactly to those who read its book.
    assert (str(book["jane"]) in offered) == (role in BOOK_READERS), (role, offered)
    return seen_in(reply.json, everything_said(world))


def app_home(world: World, book: dict[str, Any], role: str) -> set[str]:
    world.standin.clear()
    sent = world.slack.app_home_opened(user(role))
    assert sent.ok, sent.body
    published = world.standin.wait_for("views.publish", {"user_id": user(role)}).args
    return seen_in(published)


LINES = {
    "contact": "Jane Wealth by phone today {marker}",
    "private contact": "Jane Wealth by phone today {marker} #private",
    "claim": "Jane Wealth by phone today {marker} deposited 50000 USD",
    "banking contact": "Jane Wealth by phone today {marker}",
}


def log_lines(world: World, book: dict[str, Any], role: str) -> set[str]:
    """Each line typed by the role: what it recorded (kind, private, side, claims)."""
    recorded: set[str] = set()
    for number, (kind, line) in enumerate(LINES.items()):
        marker = f"NEWLINE{number}{user(role)}"
        world.standin.clear()
        sent = world.slack.command("/logcontact", line.format(marker=marker), user_id=user(role))
        assert sent.ok, sent.body
        answer = world.standin.wait_for("response_url").args
        with world.db() as session:
            contact = session.scalar(select(Interaction).where(Interaction.notes.contains(marker)))
            if contact is None:
                assert_says_what_instead(answer["text"])
                assert not seen_in(answer), answer
                continue
            claims = session.scalar(
                select(func.count()).select_from(Claim).where(Claim.interaction_id == contact.id)
            )
            made = {
                "contact": contact.side == "wealth" and not contact.private,
                "private contact": contact.private,
                "claim": bool(claims),
                "banking contact": contact.side == "banking",
            }[kind]
            if made:
                recorded.add(kind)
    return recorded


def assert_says_what_instead(text: str) -> None:
    """A refusal names a way forward (a command to use or someone to ask)."""
    assert any(word in text for word in ("`/", "ask", "Ask")), text


def edit_button(world: World, book: dict[str, Any], role: str) -> set[str]:
    opened: set[str] = set()
    for kind in ("contact", "private contact", "banking contact"):
        world.standin.clear()
        sent = world.slack.block_action(user(role), ids.LOG_EDIT, str(book[kind]))
        assert sent.ok, sent.body
        call = first_of(world, "views.open", "response_url")
        if call.method == "response_url":
            assert "Only the rep who logged this contact" in call.args["text"], call.args
            assert not seen_in(everything_said(world)), call.args
            continue
        assert MARKERS[kind][0] in json.dumps(call.args), call.args
        opened.add(kind)
    return opened


def first_of(world: World, *methods: str, timeout: float = 5.0) -> Any:
    """The first call the bot made to any of ``methods`` since ``clear()``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in world.standin.calls:
            if call.method in methods:
                return call
        time.sleep(0.02)
    raise AssertionError(f"none of {methods} in {[c.method for c in world.standin.calls]}")


def log_button(world: World, book: dict[str, Any], role: str) -> set[str]:
    world.standin.clear()
    action = ids.keyed(ids.LOG_OPEN_FORM, book["jane"])
    sent = world.slack.block_action(user(role), action, str(book["jane"]))
    assert sent.ok, sent.body
    call = first_of(world, "views.open", "response_url")
    if call.method == "views.open":
        assert "Jane Wealth" in json.dumps(call.args) and not seen_in(call.args)
        return {"contact"}
    assert_says_what_instead(call.args["text"])
    assert not seen_in(everything_said(world)), call.args
    return set()


def approve_button(world: World, book: dict[str, Any], role: str) -> set[str]:
    opened: set[str] = set()
    for kind, claim in (("claim", book["claim"]), ("banking contact", book["mandate"])):
        world.standin.clear()
        sent = world.slack.block_action(user(role), ids.CLAIM_APPROVE, str(claim))
        assert sent.ok, sent.body
        call = first_of(world, "views.open", "response_url")
        if call.method == "response_url":
            assert "controller" in call.args["text"], call.args
            assert not seen_in(call.args), call.args
            continue
        opened.add(kind)
    return opened


def copy_button(world: World, book: dict[str, Any], role: str) -> set[str]:
    answer = press(world, role, ids.DOC_SEND_COPY, book["document"])
    if "KYC-DOC-5521" in answer["text"]:
        return {"document"}
    assert answer["text"] == NOT_YOURS, answer
    return seen_in(answer, everything_said(world))


def cmsbot(world: World, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        try:
            code = main(["--log-level", "ERROR", *argv, "--db", world.settings.database_url])
        except SystemExit as stop:  # argparse
            code = int(stop.code or 0)
    return code, out.getvalue()


def cli_exports(world: World, book: dict[str, Any], role: str) -> set[str]:
    """``export interactions`` and ``claims`` as the role; ``export audit``: the whole trail
    (every note is in it), so it is for compliance alone."""
    seen: set[str] = set()
    for kind in ("interactions", "claims"):
        code, out = cmsbot(world, "export", kind, "--format", "json", "--as", user(role))
        assert code == 0, (kind, out)
        seen |= seen_in(json.loads(out))
    code, out = cmsbot(world, "export", "audit", "--format", "json", "--as", user(role))
    if code == 0:
        events = json.loads(out)
        assert {event["entity_type"] for event in events} >= {"interactions", "claims"}
        seen.add("audit")
    else:
        assert out.strip() == "", out
    return seen


def cli_export_client(world: World, book: dict[str, Any], role: str) -> set[str]:
    code, out = cmsbot(world, "export", "client", "JW1", "--format", "json", "--as", user(role))
    if code != 0:
        assert out.strip() == "", out
        return set()
    text_code, text = cmsbot(world, "export", "client", "JW1", "--as", user(role))
    assert text_code == 0 and "== interactions (3) ==" in text, text[:500]
    return seen_in(json.loads(out)) | seen_in(text)


def cli_report(kind: str):  # type: ignore[no-untyped-def]
    def probe(world: World, book: dict[str, Any], role: str) -> set[str]:
        code, out = cmsbot(world, "report", kind, "--format", "json", "--as", user(role))
        if code != 0:
            assert out.strip() == "", out
            return set()
        rows = json.loads(out)
        assert isinstance(rows, list)
        assert not seen_in(rows) - {"claim"}, rows  # totals only: no note, no document
        return {"claim"}

    return probe


PROBES = {
    "/client (slash command)": card_by_command,
    "card button (show this client)": card_by_button,
    "type-ahead (options)": type_ahead,
    "App Home": app_home,
    "/logcontact (slash command)": log_lines,
    "Log contact button (contact form)": log_button,
    "Edit button (contact form)": edit_button,
    "Approve button (decision form)": approve_button,
    "Send me a copy button (document)": copy_button,
    "cmsbot export --as": cli_exports,
    "cmsbot export client --as": cli_export_client,
    "cmsbot report roi --as": cli_report("roi"),
    "cmsbot report scorecard --as": cli_report("scorecard"),
}


def test_every_cell_of_the_matrix_is_stated(world_backend: str) -> None:
    assert world_backend in BACKENDS  # pure: the same table on both
    assert set(PROBES) == set(EXPECTED)
    for surface, row in EXPECTED.items():
        assert set(row) == set(ROLES), surface
        for role, kinds in row.items():
            assert kinds <= set(KINDS), (surface, role)


@pytest.mark.parametrize("surface", list(PROBES))
def test_access_matrix(world: World, book: dict[str, Any], surface: str) -> None:
    probe = PROBES[surface]
    seen = {role: frozenset(probe(world, book, role)) for role in ROLES}
    wanted = EXPECTED[surface]
    wrong = {
        role: (sorted(seen[role]), sorted(wanted[role]))
        for role in ROLES
        if seen[role] != wanted[role]
    }
    assert not wrong, f"{surface}: role: (seen, stated) {wrong}"
    with world.db() as session:  # reads audited, changes recorded: the trail still replays
        assert verify(session) == []


def test_a_compliance_read_of_a_client_is_an_audit_event(
    world: World, book: dict[str, Any]
) -> None:
    card_by_command(world, book, "compliance")
    cli_export_client(world, book, "compliance")
    with world.db() as session:
        reads = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "read",
                AuditEvent.entity_type == "clients",
                AuditEvent.entity_id == str(book["jane"]),
            )
        ).all()
    assert all(event.after is None for event in reads)  # a read changes no state
    assert [(event.actor, (event.before or {})["surface"]) for event in reads] == [
        ("UCLEO", "/client"),
        ("UCLEO", "cmsbot export client"),
        ("UCLEO", "cmsbot export client"),
    ]
    with world.db() as session:
        assert verify(session) == []
