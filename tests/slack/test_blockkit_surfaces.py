"""Every Block Kit surface the bot sends, built from one large book and checked as Slack would.

Each surface (the /logcontact replies and questions, the client card and its
choices, the contact form, the claim modals, the controllers' post in every
state, the decision DMs, the claims digest, the morning nudge, the Monday
escalation, the scorecards and initiative returns, the App Home of a rep, a
manager, a controller, an admin and an assistant) is built from a book with
the large cases real firms reach: 10 candidate clients, 300 pending claims,
500 overdue clients, 150 initiatives, 3,000-character notes, and names,
households and tiers holding ``&``, ``<`` and ``>``.

Each is checked three ways:

- slack-sdk's models (``slack_sdk.models``): every block parses
  (``Block.parse``) and validates (``validate_json``), the message as a
  ``Message`` and a view as a ``View`` (``to_dict`` validates what they hold);
- the stand-in's checks (``standin.limits.check_blocks`` / ``check_view``), which
  answer as Slack does with ``invalid_blocks``;
- what Slack's Block Kit reference says that neither checks:
  * "You can include up to 50 blocks in each message, and 100 blocks in modals or
    Home tabs" (https://docs.slack.dev/reference/block-kit/blocks);
  * a ``block_id`` "should be unique for each message" (actions block,
    https://docs.slack.dev/reference/block-kit/blocks/actions-block), and an
    ``action_id`` "should be unique among all other action_ids in the containing
    block" (button element,
    https://docs.slack.dev/reference/block-kit/block-elements/button-element) — the
    kit keeps every action_id unique on the whole surface, which is stricter;
  * a section's text at most 3,000 characters, 10 fields of 2,000 (section block);
  * every action_id reaches a registered listener (``handlers.ids.any_key``);
  * user words are text ("Formatting text for app surfaces", Escaping text,
    https://docs.slack.dev/messaging/formatting-message-text#escaping): the only
    ``<…>`` tokens in any mrkdwn or notification text are the bot's own mentions
    of Slack user ids and ``<!date^…>`` dates — nothing a person or an import wrote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.messages.message import Message
from slack_sdk.models.views import View
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import claims as claim_service
from bot.cadence import worklist_for
from bot.claims.evidence import Candidate as Activity
from bot.contacts import ContactDraft, log_contact
from bot.contacts.form import edit_context, new_context
from bot.directory.client_card import choice_labels, load_card
from bot.parsing.client_match import Candidate
from bot.parsing.contact import ClaimDraft
from bot.reports import roi, scorecard
from bot.reports.periods import read_period
from handlers import ids
from handlers.blocks import claims as claim_blocks
from handlers.blocks import client_card, contact_reply, nudges
from handlers.blocks import reports as report_blocks
from handlers.blocks.contact_form import FormMeta, form_view
from handlers.blocks.contact_reply import Pending
from handlers.home.role_home import home_view
from standin.limits import check_blocks, check_view
from storage.models import Claim, Client, ImportRun, Rep
from tests.conftest import DEFAULT_NOW
from tests.factories import make_client, make_delegate, make_initiative, make_rep
from tests.reports.test_reports_scorecard import claim, contact
from tests.world import World

NOW = DEFAULT_NOW
NOTES = ("Lunch & a long talk about the <trust> deed; " * 80)[:3000]
NASTY = "Smith & Sons <!channel> <@U999> <https://evil.example|statement>"
OVERDUE = 500
PENDING = 300
# The bot's own markup: mentions of Slack user ids, and dates every reader sees in their zone.
OWN_TOKEN = re.compile(r"<(?:@U[A-Z0-9]+|!date\^\d+\^[^|<>]*\|[^<>]*)>")


@pytest.fixture
def backend() -> str:
    """Rendering does not depend on the database: SQLite is enough here."""
    return "sqlite"


@dataclass
class Surface:
    name: str
    text: str | None  # a message's notification text (None for a view)
    blocks: list[dict[str, Any]] | None = None
    view: dict[str, Any] | None = None


@dataclass
class Book:
    rania: Rep
    mia: Rep
    cora: Rep
    ada: Rep
    asa: Rep
    nasty: Client
    rivals: list[Client]
    logged: Any  # LoggedContact with a pledge and a deposit
    interaction_id: int
    claim_ids: list[int]


def build(session: Session) -> Book:
    """500 overdue clients for one rep, 300 pending claims, 150 initiatives, nasty names."""
    mia = make_rep(session, "UMIA", "Mia <boss> & co", roles=("manager",))
    rania = make_rep(session, "URANIA", "Rania <rep> & co", manager=mia)
    cora = make_rep(session, "UCORA", "Cora", roles=("controller",))
    ada = make_rep(session, "UADA", "Ada", roles=("admin",))
    asa = make_rep(session, "UASA", "Asa <assistant>", roles=("assistant",))
    make_delegate(session, rep=rania, assistant=asa)
    for n in range(45):
        make_rep(session, f"UTEAM{n}", f"Team <{n}> & co", manager=mia)
    for n in range(150):
        make_initiative(session, f"event-{n}", name=f"Night & day <{n}>")
    nasty = make_client(
        session,
        NASTY,
        covered_by=[rania],
        tier="UHNW <top> & co",
        household="The <Smith> & Sons trust",
        accounts=["ACC-<1>&"],
    )
    rivals = [
        make_client(session, f"Rania Client {n} & <co>", covered_by=[rania]) for n in range(10)
    ]
    for n in range(OVERDUE):
        make_client(session, f"Overdue {n} <&>", covered_by=[rania], tier="HNW & <b>")
    logged = log_contact(  # by her assistant, for her: the form then says so
        session,
        actor=asa,
        owner=rania,
        draft=ContactDraft(
            client_id=nasty.id,
            occurred_at=NOW - timedelta(hours=2),
            channel="phone",
            notes=NOTES,
            initiative_tag="event-1",
            follow_up_on=date(2026, 12, 1),
            claims=(
                ClaimDraft("pledge", Decimal("2000000"), "USD", "ACC-<1>&"),
                ClaimDraft("deposit", Decimal("500000"), "USD", "ACC-<1>&"),
            ),
        ),
        now=NOW,
    )
    claim_ids = [c.id for c in logged.claims]
    for n in range(PENDING):
        earlier = contact(session, rania, rivals[n % 10], NOW - timedelta(days=5, minutes=n))
        claim_ids.append(claim(session, earlier, "deposit", str(1000 + n)).id)
    session.add(
        ImportRun(
            kind="clients",
            filename="clients <&> 2026.csv",
            created=3,
            updated=1,
            unchanged=0,
            ran_at=NOW - timedelta(days=1),
        )
    )
    session.flush()
    return Book(rania, mia, cora, ada, asa, nasty, rivals, logged, logged.interaction.id, claim_ids)


def surfaces(session: Session, book: Book) -> Iterator[Surface]:
    """Every surface, including the large cases."""
    pending = Pending(t="Rania phone today talked fx", at=NOW.isoformat(), k="slash:1")
    two = [Candidate(book.rivals[0].id, book.rivals[0].name, 90.0)] + [
        Candidate(book.rivals[1].id, book.rivals[1].name, 89.0)
    ]
    ten = [Candidate(c.id, c.name, 80.0) for c in book.rivals]
    twelve = ten + [Candidate(book.nasty.id, book.nasty.name, 70.0)] * 2
    yield Surface("pick client (2)", *contact_reply.pick_client(two, pending))
    yield Surface("pick client (10)", *contact_reply.pick_client(ten, pending))
    yield Surface("pick client (12, repeats)", *contact_reply.pick_client(twelve, pending))
    yield Surface("pick channel", *contact_reply.pick_channel(book.nasty, pending))
    yield Surface("no match", *contact_reply.no_match(NASTY))
    interaction = book.logged.interaction
    yield Surface(
        "logged with pledge and deposit",
        *contact_reply.logged(
            book.logged,
            client=book.nasty,
            initiative=interaction.initiative,
            reader_tz="Europe/London",
            owner_name=book.rania.name,
            author_name=book.asa.name,
        ),
    )
    undone = contact_reply.undone(client=book.nasty, channel="phone", occurred_at_text="today")
    yield Surface("undone", undone, None)

    card = load_card(session, actor=book.rania, client_id=book.nasty.id, now=NOW)
    yield Surface("client card", *client_card.card_blocks(card))
    many = replace(
        card,
        claims=[replace(card.claims[0], claim_id=9000 + n) for n in range(16)],
        follow_ups=card.follow_ups * 40,
        contacts=card.contacts * 40,
        coverage=card.coverage * 10,
    )
    yield Surface("client card, long lists", *client_card.card_blocks(many))
    labels = choice_labels(session, [Candidate(c.id, c.name, 80.0) for c in book.rivals])
    yield Surface("client choices (10)", *client_card.choices(NASTY, labels))
    yield Surface("client choices (30)", *client_card.choices(NASTY, labels * 3))

    yield Surface(
        "new contact form",
        None,
        view=form_view(
            new_context(session, actor=book.rania, client_id=book.nasty.id, now=NOW),
            meta=FormMeta(),
            notes=NOTES,
        ),
    )
    yield Surface(
        "assistant's form",
        None,
        view=form_view(
            new_context(session, actor=book.asa, client_id=None, now=NOW), meta=FormMeta()
        ),
    )
    edit = edit_context(session, actor=book.asa, interaction_id=book.interaction_id, now=NOW)
    yield Surface(
        "edit contact form",
        None,
        view=form_view(edit, meta=FormMeta(interaction_id=book.interaction_id)),
    )

    cards = [
        claim_service.load_card(session, session.get(Claim, claim_id))  # type: ignore[arg-type]
        for claim_id in book.claim_ids[:3]
    ]
    activity = Activity(
        1,
        "TX-<1>&",
        "ACC-<1>&",
        date(2026, 11, 17),
        Decimal(500000),
        "USD",
        "deposit <in>",
        True,
        Decimal(0),
        1,
    )
    matched = replace(cards[1], candidates=(activity,) * 12)
    for card_ in (cards[0], matched, cards[2]):
        yield Surface(f"claim post #{card_.claim_id}", *claim_blocks.controller_message(card_))
        yield Surface(
            f"approve modal #{card_.claim_id}", None, view=claim_blocks.approve_modal(card_)
        )
        yield Surface(
            f"reject modal #{card_.claim_id}", None, view=claim_blocks.reject_modal(card_)
        )
    decider = dict(
        decided_by_name=book.cora.name,
        decided_at=NOW,
        decision_note=NOTES[:2000],
        evidence_reference="TX-<1>&",
    )
    for status in ("verified", "rejected", "withdrawn"):
        decided = replace(matched, status=status, **decider)  # type: ignore[arg-type]
        yield Surface(f"claim post, {status}", *claim_blocks.controller_message(decided))
        if status != "withdrawn":
            yield Surface(
                f"decision DM, {status}",
                *claim_blocks.decision_dm(decided, reader_tz="Asia/Kolkata"),
            )
    yield Surface("notice modal", None, view=claim_blocks.notice_modal(f"Decided by {NASTY}"))
    entries = [(replace(matched, claim_id=n), 4 + n % 9) for n in range(PENDING)]
    yield Surface("claims digest (300)", *claim_blocks.digest(entries, days=3))

    worklist = worklist_for(session, rep_id=book.rania.id, timezone="UTC", now=NOW)
    assert len(worklist.due) >= OVERDUE
    yield Surface("morning nudge (500 due)", *nudges.nudge_message(worklist))
    risky = replace(worklist, at_risk=worklist.due[:40])
    yield Surface("morning nudge, at risk", *nudges.nudge_message(risky))
    text, blocks = nudges.nudge_message(worklist)
    client_id = worklist.due[0].client_id
    yield Surface(
        "nudge snoozed in place",
        text,
        nudges.snoozed_in_place(blocks, client_id=client_id, until_text="Wed 2 Dec"),
    )
    team = [
        (nudges.TeamRep(f"{book.rania.name} {n}", f"UR{n}"), worklist.due[: 12 + n])
        for n in range(25)
    ]
    yield Surface("escalation (25 reps)", *nudges.escalation_message(team))

    quarter = read_period("this quarter", now=NOW, timezone="UTC")
    mine = scorecard.build(session, reps=[book.rania], period=quarter, now=NOW, scope="self")
    yield Surface(
        "scorecard", report_blocks.scorecard_text(mine), report_blocks.scorecard_blocks(mine)
    )
    team = scorecard.team_of(session, book.mia)
    assert len(team) > report_blocks.TABLE_ROWS
    everyone = scorecard.build(session, reps=team, period=quarter, now=NOW)
    yield Surface(
        "team scorecard",
        report_blocks.scorecard_text(everyone),
        report_blocks.team_blocks(everyone),
    )
    returns = roi.build(session, period=quarter, now=NOW)
    yield Surface(
        "initiative returns", report_blocks.roi_text(returns), report_blocks.roi_blocks(returns)
    )

    for who in ("rania", "mia", "cora", "ada", "asa"):
        rep = getattr(book, who)
        yield Surface(f"home of {who}", None, view=home_view(session, rep=rep, now=NOW))
    everything = make_rep(
        session, "UALL", "All <roles>", roles=("rep", "manager", "controller", "admin")
    )
    yield Surface(
        "home of someone with every role", None, view=home_view(session, rep=everything, now=NOW)
    )
    yield Surface("home of a stranger", None, view=home_view(session, rep=None, now=NOW))


# --- the checks ------------------------------------------------------------------------------


class Listeners:
    """The action_ids the handlers listen to, recorded as Bolt would match them."""

    def __init__(self) -> None:
        self.keys: dict[str, list[str | re.Pattern[str]]] = {}

    def __getattr__(self, method: str) -> Any:
        def record(*keys: Any, **_: Any) -> Any:
            self.keys.setdefault(method, []).extend(keys)
            return lambda *args, **kwargs: args[0] if args else None

        return record

    def hears(self, key: str, *, method: str = "action") -> bool:
        """As Bolt matches a constraint: a string exactly, a pattern with ``re.search``."""
        return any(
            known == key if isinstance(known, str) else known.search(key) is not None
            for known in self.keys.get(method, [])
        )


@pytest.fixture(scope="module")
def listeners() -> Listeners:
    from handlers import actions, commands, home, options, shortcuts, views

    app = Listeners()
    for package in (actions, commands, views, shortcuts, options, home):
        package.register(app, None)  # type: ignore[arg-type]
    return app


def _interactive(blocks: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(block, element) for every element with an action_id."""
    for block in blocks:
        elements = list(block.get("elements") or []) if block.get("type") == "actions" else []
        for key in ("accessory", "element"):
            if isinstance(block.get(key), dict):
                elements.append(block[key])
        yield from ((block, e) for e in elements if e.get("action_id"))


def _mrkdwn(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
            yield node["text"]
        for value in node.values():
            yield from _mrkdwn(value)
    elif isinstance(node, list):
        for item in node:
            yield from _mrkdwn(item)


def problems(surface: Surface, listeners: Listeners) -> list[str]:
    """What Slack (or the listeners) would refuse in ``surface``; empty when none."""
    found: list[str] = []
    if surface.view is not None:
        blocks = surface.view["blocks"]
        limit = 100
        found += check_view(json.loads(json.dumps(surface.view)))
        try:
            View(**surface.view).to_dict()
        except Exception as error:
            found.append(f"slack_sdk View: {error}")
    else:
        blocks = surface.blocks or []
        limit = 50
        if blocks:
            found += check_blocks(json.loads(json.dumps(blocks)), limit=limit)
        try:
            parsed = Block.parse_all(blocks)
            if len([b for b in parsed if b is not None]) != len(blocks):
                found.append("slack_sdk: a block did not parse")
            for block in parsed:
                block.validate_json()
            Message(text=surface.text or "", blocks=parsed).to_dict()
        except Exception as error:
            found.append(f"slack_sdk Message: {error}")
        if not surface.text:
            found.append("no notification text")
        elif len(surface.text) > 40000:
            found.append("notification text over 40,000 characters")
    if len(blocks) > limit:
        found.append(f"{len(blocks)} blocks, more than {limit}")
    block_ids = [b["block_id"] for b in blocks if b.get("block_id")]
    if len(block_ids) != len(set(block_ids)):
        found.append(f"repeated block_id: {sorted(i for i in block_ids if block_ids.count(i) > 1)}")
    action_ids = [e["action_id"] for _, e in _interactive(blocks)]
    repeated = sorted({i for i in action_ids if action_ids.count(i) > 1})
    if repeated:
        found.append(f"repeated action_id: {repeated}")
    for block, element in _interactive(blocks):
        if block.get("type") == "input" and not block.get("dispatch_action"):
            # Read from view.state on submission, not sent as a click; a type-ahead asks
            # the options listener.
            if element.get("type") == "external_select" and not listeners.hears(
                element["action_id"], method="options"
            ):
                found.append(f"no options listener for {element['action_id']}")
        elif not listeners.hears(element["action_id"]):
            found.append(f"no listener for {element['action_id']}")
    callback_id = (surface.view or {}).get("callback_id")
    if callback_id and not listeners.hears(callback_id, method="view"):
        found.append(f"no view listener for {callback_id}")
    texts = list(_mrkdwn(blocks)) + ([surface.text] if surface.text else [])
    for text in texts:
        stray = OWN_TOKEN.sub("", text)
        if "<" in stray or ">" in stray.replace("\n>", "\n").removeprefix(">"):
            found.append(f"live markup in mrkdwn: {text[:160]!r}")
    return [f"{surface.name}: {problem}" for problem in found]


# --- the tests -------------------------------------------------------------------------------


# slack-sdk marks ``Message`` as unmaintained; its validators are still the ones wanted here.
@pytest.mark.filterwarnings("ignore:This class is no longer actively maintained")
def test_every_surface_is_one_slack_accepts_even_at_its_largest(
    session: Session, listeners: Listeners
) -> None:
    book = build(session)
    built = list(surfaces(session, book))
    assert len(built) >= 40
    found = [problem for surface in built for problem in problems(surface, listeners)]
    assert found == [], "\n".join(found)


@pytest.mark.filterwarnings("ignore:This class is no longer actively maintained")
def test_the_checks_catch_what_slack_refuses(listeners: Listeners) -> None:
    """The checker is not a yes-man: the bot's old candidate buttons fail it, as Slack refused them."""
    same_id = [
        {"type": "section", "text": {"type": "mrkdwn", "text": "Which client did you mean?"}},
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": name},
                    "action_id": "log_pick_client",
                    "value": name,
                }
                for name in ("Rania A", "Rania B")
            ],
        },
    ]
    assert any(
        "duplicate action_id" in p for p in problems(Surface("old", "q", same_id), listeners)
    )
    live = [{"type": "section", "text": {"type": "mrkdwn", "text": "notes <!channel>"}}]
    assert any("live markup" in p for p in problems(Surface("live", "q", live), listeners))
    orphan = [
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "x"},
                    "action_id": "nobody",
                }
            ],
        }
    ]
    assert any("no listener" in p for p in problems(Surface("orphan", "q", orphan), listeners))
    too_many = [{"type": "divider"}] * 51
    assert any("more than 50" in p for p in problems(Surface("long", "q", too_many), listeners))


def test_large_lists_are_cut_and_counted_not_sent_whole(session: Session) -> None:
    book = build(session)
    worklist = worklist_for(session, rep_id=book.rania.id, timezone="UTC", now=NOW)
    due = len(worklist.due)
    _, nudge = nudges.nudge_message(worklist)
    assert f"…and {due - nudges.NUDGE_LIMIT} more" in json.dumps(nudge, ensure_ascii=False)

    home = home_view(session, rep=book.rania, now=NOW)
    shown = json.dumps(home["blocks"], ensure_ascii=False)
    assert re.search(r"…and \d+ more\.", shown)  # the overdue list past what fits
    assert "…and 292 more." in shown  # her 302 pending claims, 10 listed

    controller = json.dumps(
        home_view(session, rep=book.cora, now=NOW)["blocks"], ensure_ascii=False
    )
    assert "…and 282 more." in controller  # 302 in the queue, 20 listed

    card = claim_service.load_card(session, session.get(Claim, book.claim_ids[0]))  # type: ignore[arg-type]
    _, digest = claim_blocks.digest([(card, 5)] * PENDING, days=3)
    assert "…and 260 more." in json.dumps(digest, ensure_ascii=False)

    pending = Pending(t="Rania phone today", at=NOW.isoformat(), k="k")
    ten = [Candidate(c.id, c.name, 80.0) for c in book.rivals]
    _, question = contact_reply.pick_client(ten, pending)
    buttons = question[1]["elements"]
    assert len(buttons) == 10 and len({b["action_id"] for b in buttons}) == 10


# --- the paths that used to end in silence, over signed HTTP -------------------------------


@pytest.fixture
def reps_book(world: World) -> dict[str, int]:
    """Rania covers two Ranias' worth of clients, Dev Bellamy and three Smiths."""
    world.standin.add_user("U1", "rania")
    with world.db() as session:
        rania = make_rep(session, "U1", "Rania Rep")
        found = {
            name: make_client(
                session, name, covered_by=[rania], accounts=[f"ACC-9-{name.split()[0]}{len(name)}"]
            ).id
            for name in (
                "Rania Haddad",
                "Rania Haddad-Smith",
                "Dev Bellamy",
                "Jane Smith",
                "John Smith",
                "Joan Smith",
            )
        }
    return found


def answered(world: World, sent: Any) -> dict[str, Any]:
    """The reply Slack accepted at the command's response_url (a refusal fails the test)."""
    call = world.standin.wait_for("response_url", {"url": sent.response_url})
    assert call.ok, call.response
    return call.args  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("command", "line", "asks"),
    [
        ("/logcontact", "Rania phone today talked fx", "Which client did you mean?"),
        ("/logcontact", "Dev Bellamy yesterday talked about succession", "How did the contact"),
        ("/logcontact", "Dev Bellamy telegram yesterday about succession", "How did the contact"),
        ("/client", "Smith", "Several clients match"),
    ],
)
def test_a_question_with_buttons_is_a_reply_slack_accepts_and_each_button_works(
    world: World, reps_book: dict[str, int], command: str, line: str, asks: str
) -> None:
    """Candidate and channel buttons used to share one action_id in one block: refused."""
    sent = world.slack.command(command, line, user_id="U1")
    assert sent.ok, sent.body
    reply = answered(world, sent)
    assert asks in reply["text"]
    assert check_blocks(reply["blocks"], limit=50) == []
    buttons = [
        e for block in reply["blocks"] if block["type"] == "actions" for e in block["elements"]
    ]
    assert len(buttons) >= 2 and len({b["action_id"] for b in buttons}) == len(buttons)
    last = buttons[-1]
    clicked = world.slack.block_action(
        "U1", last["action_id"], message={"blocks": reply["blocks"]}, response_url=sent.response_url
    )
    assert clicked.ok, clicked.body
    after = world.standin.wait_for_calls(
        "response_url", lambda c: c.args["url"] == sent.response_url, count=2
    )[1]
    assert after.ok and after.args["blocks"], after.args  # recorded, or the card shown


def test_a_form_with_a_pledge_and_a_deposit_confirms_with_two_withdraw_buttons(
    world: World, reps_book: dict[str, int]
) -> None:
    """The confirmation repeated ``claim_withdraw``: Slack refused it and the Undo never came."""
    from tests.contacts.test_contact_form_e2e import open_form, submit

    view = open_form(world)
    reply = submit(
        world,
        view,
        client=str(reps_book["Dev Bellamy"]),
        channel="phone",
        pledged="2m",
        deposited="500k",
        account=f"ACC-9-Dev{len('Dev Bellamy')}",
    )
    assert reply.ok, reply.body
    confirmation = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    assert confirmation.ok, confirmation.response
    blocks = confirmation.args["blocks"]
    withdraws = [
        e
        for block in blocks
        if block["type"] == "actions"
        for e in block["elements"]
        if ids.base_of(e["action_id"]) == ids.CLAIM_WITHDRAW
    ]
    assert len(withdraws) == 2 and len({w["action_id"] for w in withdraws}) == 2
    with world.db() as session:
        kinds = dict(session.execute(select(Claim.id, Claim.kind)).tuples().all())
    second = withdraws[1]
    world.slack.block_action("U1", second["action_id"], message={"blocks": blocks, "channel": "U1"})
    told = world.standin.wait_for("response_url", lambda c: "Withdrawn" in c.args.get("text", ""))
    assert told.ok and f"{kinds[int(second['value'])]} claim" in told.args["text"]
    with world.db() as session:
        statuses = dict(session.execute(select(Claim.id, Claim.status)).tuples().all())
    assert statuses[int(second["value"])] == "withdrawn"
    assert sorted(statuses.values()) == ["pending", "withdrawn"]
    assert sorted(kinds.values()) == ["deposit", "pledge"]
