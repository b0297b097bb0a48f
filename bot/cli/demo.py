"""A realistic demo book, the same every time, built through the real services.

``cmsbot demo`` and ``cmsbot console`` use it so the bot can be tried without a
Slack workspace or real data. Everything goes through the services the bot
itself uses (directory, contacts, claims, initiatives, bonus plans, cadence
policies, the activity import), dated in the past with ``now`` passed in, so the
audit chain is whole and ``cmsbot audit verify`` passes on the result.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cadence.policy import set_policy
from bot.claims import decide
from bot.contacts import ContactDraft, log_contact
from bot.directory import get_rep, upsert_client, upsert_rep
from bot.directory.delegates import add_delegate
from bot.directory.profiles import Profile, apply_profile
from bot.errors import InvalidInput
from bot.imports import import_csv
from bot.parsing import ClaimDraft
from bot.reports.bonus_plans import parse_plan, set_plan
from bot.reports.initiatives import InitiativeSpec, add_initiative
from storage.models import Rep

SEED = 20261130
# The demo's "now": the console's clock starts here, and all history lies before it.
DEMO_NOW = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
BOOK_START = DEMO_NOW - timedelta(days=400)
ACTOR = "demo"
CONTROLLERS_CHANNEL = "CCONTROLLERS"


@dataclass(frozen=True)
class Person:
    user_id: str
    name: str
    roles: tuple[str, ...]
    tz: str
    locale: str
    manager: str | None = "UMGR"


PEOPLE = (
    Person("UMGR", "Margaret Hale", ("manager",), "Europe/London", "en-GB", None),
    Person("UREP1", "Oliver Grant", ("rep",), "Europe/London", "en-GB"),
    Person("UREP2", "Amélie Laurent", ("rep",), "Europe/Paris", "fr-FR"),
    Person("UREP3", "Erik Lindqvist", ("rep",), "Europe/Stockholm", "sv-SE"),
    Person("UREP4", "Ioana Popescu", ("rep",), "Europe/Bucharest", "ro-RO"),
    Person("UREP5", "Nurul Aziz", ("rep",), "Asia/Kuala_Lumpur", "ms-MY"),
    Person("UREP6", "Priya Sharma", ("rep",), "Asia/Kolkata", "hi-IN"),
    Person("UREP7", "Dan Walker", ("rep",), "America/New_York", "en-US"),
    Person("UCTL1", "Chloé Martin", ("controller",), "Europe/Paris", "fr-FR", None),
    Person("UCTL2", "Sam Okafor", ("controller",), "Europe/London", "en-GB", None),
    Person("UADM", "Ada Admin", ("admin",), "Europe/London", "en-GB", None),
    # An assistant logs for the reps who name her (DELEGATES); the other roles see their part.
    Person("UASST", "Hannah Brooks", ("assistant",), "Europe/London", "en-GB"),
    Person("UMKT", "Marco Rossi", ("marketing",), "Europe/Paris", "fr-FR", None),
    Person("USVC", "Lena Vogel", ("service",), "Europe/Zurich", "de-CH", None),
    Person("UCMP", "Grace Ibeh", ("compliance",), "Europe/London", "en-GB", None),
    Person("UBNK", "Victor Hale", ("banker",), "America/New_York", "en-US"),
)
REPS = tuple(p.user_id for p in PEOPLE if "rep" in p.roles)
DELEGATES = (("UREP1", "UASST"), ("UREP7", "UASST"))
# The banker's mandates: (client number, fee, decided) — behind the banking wall.
MANDATES = ((3, "750000", True), (17, "1200000", False), (31, "400000", False))

SURNAMES = (
    "Ashford Bellamy Castellane Dufresne Eriksson Fairbanks Galloway Hartmann Ionescu "
    "Jansen Kapoor Lindgren Montague Nakamura Okonkwo Petrescu Quinlan Rahman Sinclair "
    "Tan Underwood Vasquez Whitmore Yusof Zeller"
).split()
GIVEN = (
    "Alice Bruno Camille Dev Elsa Farid Grace Henrik Isabel Jonas Kavya Lars Maya Nils "
    "Olivia Pierre Rania Sofia Tomas Vera"
).split()
TIERS = (("UHNW", 30, 3), ("HNW", 60, 7), ("Corporate executive", 90, 7))
CHANNELS = ("in_person", "phone", "email", "video", "mail")
NOTES = (
    "Reviewed the portfolio and next year's liquidity needs.",
    "Discussed the estate plan with the family office.",
    "Coffee; interested in private markets.",
    "Call about the bond ladder maturing in spring.",
    "Walked through fees and the new mandate terms.",
    "Follow-up on the trust restructuring.",
)
INITIATIVES = (
    ("Monaco Grand Prix hospitality", "monaco-gp", "180000", date(2026, 5, 20), date(2026, 5, 31)),
    (
        "Autumn golf invitational",
        "golf-invitational",
        "45000",
        date(2026, 9, 10),
        date(2026, 9, 20),
    ),
    ("Symphony night", "symphony-night", "22000", date(2026, 3, 5), date(2026, 3, 15)),
    # Running at the demo's "now": recent contacts carry it, and /logcontact can.
    ("Winter museum night", "museum-night", "30000", date(2026, 11, 16), date(2026, 12, 20)),
)


def default_path() -> Path:
    """The throwaway SQLite file the demo uses unless told otherwise."""
    return Path(tempfile.gettempdir()) / "cmsbot-demo.sqlite3"


def build(session: Session, *, seed: int = SEED) -> dict[str, int]:
    """Fill an empty, migrated database with the demo book; returns counts by kind."""
    rng = random.Random(seed)
    counts = dict(reps=0, clients=0, contacts=0, claims=0, decided=0, activity=0)
    setup_at = BOOK_START
    for person in PEOPLE:
        change = upsert_rep(
            session,
            slack_user_id=person.user_id,
            name=person.name,
            email=f"{person.user_id.lower()}@demo.example",
            roles=person.roles,
            manager_slack_user_id=person.manager,
            timezone=person.tz,
            actor=ACTOR,
            now=setup_at,
        )
        apply_profile(
            session, rep_id=change.row.id, profile=Profile(person.tz, person.locale), now=setup_at
        )
        counts["reps"] += 1
    admin = get_rep(session, "UADM")
    for rep_id, assistant_id in DELEGATES:
        add_delegate(
            session,
            rep=get_rep(session, rep_id),
            assistant=get_rep(session, assistant_id),
            actor=ACTOR,
            now=setup_at,
        )
    for tier, max_days, min_days in TIERS:
        set_policy(
            session, actor=admin, tier=tier, max_days=max_days, min_days=min_days, now=setup_at
        )
    for name, tag, cost, starts, ends in INITIATIVES:
        spec = InitiativeSpec(name, tag, Decimal(cost), "USD", starts, ends)
        add_initiative(session, actor=admin, spec=spec, now=setup_at)
    plan = parse_plan("from 2026-01-01 bands 0-10m:20 10m+:35 mandate 500 currency USD")
    set_plan(session, actor=admin, draft=plan, now=setup_at)

    clients = _clients(session, rng, setup_at)
    counts["clients"] = len(clients)
    activity: list[tuple[str, date, Decimal, str]] = []
    for index, (external_id, tier, team, account) in enumerate(clients):
        _history(session, rng, index, external_id, tier, team, account, counts, activity)
    _mandates(session, clients, counts)
    _import_activity(session, activity)
    counts["activity"] = len(activity)
    _decide_some(session, rng, counts)
    return counts


def _mandates(
    session: Session, clients: list[tuple[str, str, list[str], str | None]], counts: dict[str, int]
) -> None:
    """The banker joins a few clients' coverage and wins (or claims) mandates with them."""
    from bot.directory import get_client
    from storage.models import Claim

    banker, controller = get_rep(session, "UBNK"), get_rep(session, "UCTL2")
    for number, fee, decided in MANDATES:
        external_id, _tier, team, account = clients[number - 1]
        client = get_client(session, external_id)
        at = DEMO_NOW - timedelta(days=60 if decided else 3 + number % 5, hours=2)
        upsert_client(
            session,
            external_id=external_id,
            name=client.name,
            kind=client.kind,
            household=client.household.name if client.household else None,
            tier=client.tier,
            coverage=[*team, banker.slack_user_id],
            accounts=[account] if account else [],
            actor=ACTOR,
            now=at - timedelta(days=1),
        )
        log_contact(
            session,
            actor=banker,
            draft=ContactDraft(
                client_id=client.id,
                occurred_at=at,
                channel="in_person",
                notes="Pitched the sale of the family's holding company; mandate letter to follow.",
                claims=(ClaimDraft("mandate", Decimal(fee), "USD", None),),
                source="import",
                idempotency_key=f"demo:{external_id}:mandate",
            ),
            now=at + timedelta(minutes=1),
        )
        counts["contacts"] += 1
        counts["claims"] += 1
        if decided:
            claim_id = session.scalar(
                select(Claim.id).where(Claim.kind == "mandate").order_by(Claim.id.desc()).limit(1)
            )
            decide(
                session,
                actor=controller,
                claim_id=int(claim_id or 0),
                decision="verified",
                note="Mandate letter signed and filed.",
                evidence_reference=f"ENG-{number:03d}",  # the mandate letter's reference
                now=at + timedelta(days=5),
            )
            counts["decided"] += 1


def _clients(
    session: Session, rng: random.Random, now: datetime
) -> list[tuple[str, str, list[str], str | None]]:
    made: list[tuple[str, str, list[str], str | None]] = []
    number = 0
    for family in SURNAMES:
        members = rng.choice((1, 2, 2, 3, 3))
        tier = rng.choice(TIERS)[0]
        primary = rng.choice(REPS)
        for given in rng.sample(GIVEN, members):
            number += 1
            prospect = rng.random() < 0.2
            team = [primary]
            if rng.random() < 0.4:
                team.append(rng.choice([r for r in REPS if r != primary]))
            external_id = f"DC-{number:03d}"
            account = None if prospect else f"ACC-{1000 + number}"
            upsert_client(
                session,
                external_id=external_id,
                name=f"{given} {family}",
                kind="prospect" if prospect else "client",
                household=f"{family} family",
                tier=tier,
                coverage=team,
                accounts=[account] if account else [],
                actor=ACTOR,
                now=now,
            )
            made.append((external_id, tier, team, account))
    return made


def _history(
    session: Session,
    rng: random.Random,
    index: int,
    external_id: str,
    tier: str,
    team: list[str],
    account: str | None,
    counts: dict[str, int],
    activity: list[tuple[str, date, Decimal, str]],
) -> None:
    """A year of contacts; every fifth client is left well overdue."""
    from bot.directory import get_client

    client = get_client(session, external_id)
    max_days = next(m for t, m, _ in TIERS if t == tier)
    gap_end = DEMO_NOW - timedelta(days=max_days + 15 if index % 5 == 0 else rng.randint(1, 20))
    when = DEMO_NOW - timedelta(days=360) + timedelta(days=rng.randint(0, 30))
    dates = []
    while when < gap_end:
        dates.append(when)
        when += timedelta(days=rng.randint(12, max_days))
    dates.append(gap_end)
    for n, when in enumerate(dates, 1):
        rep = get_rep(session, rng.choice(team))
        at = when.replace(hour=rng.randint(8, 16), minute=rng.choice((0, 15, 30, 45)))
        claims: tuple[ClaimDraft, ...] = ()
        if account and rng.random() < 0.12:
            amount = Decimal(rng.randrange(250, 5000) * 1000)
            kind = rng.choice(("deposit", "pledge"))
            claims = (ClaimDraft(kind, amount, "USD", account),)
            if rng.random() < 0.8:
                booked = (at + timedelta(days=rng.randint(1, 6))).date()
                if booked < DEMO_NOW.date():
                    activity.append((account, booked, amount, "USD"))
        tag = next((t for _, t, _, s, e in INITIATIVES if s <= at.date() <= e), None)
        # Some last contacts promised a follow-up: a few are due or missed by "now", some open.
        follow_up = (
            at.date() + timedelta(days=5 + index % 19)
            if n == len(dates) and index % 3 == 1
            else None
        )
        log_contact(
            session,
            actor=rep,
            draft=ContactDraft(
                client_id=client.id,
                occurred_at=at,
                channel=rng.choice(CHANNELS),
                notes=rng.choice(NOTES),
                initiative_tag=tag,
                follow_up_on=follow_up,
                claims=claims,
                source="import",
                idempotency_key=f"demo:{external_id}:{n}",
            ),
            now=at + timedelta(minutes=1),
        )
        counts["contacts"] += 1
        counts["claims"] += len(claims)


def _import_activity(session: Session, rows: list[tuple[str, date, Decimal, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "activity.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(("account", "date", "amount", "currency", "type", "reference"))
            for number, (account, booked, amount, currency) in enumerate(sorted(rows), 1):
                writer.writerow((account, booked, amount, currency, "deposit", f"TX-{number:05d}"))
        import_csv(session, kind="activity", path=path, now=DEMO_NOW - timedelta(days=1))


def _decide_some(session: Session, rng: random.Random, counts: dict[str, int]) -> None:
    """Older claims were decided by the controllers; the last few weeks' stay pending."""
    from sqlalchemy import select

    from storage.models import AccountActivity, Claim, Interaction

    controllers = [get_rep(session, "UCTL1"), get_rep(session, "UCTL2")]
    cutoff = DEMO_NOW - timedelta(days=45)
    rows = session.execute(
        select(Claim, Interaction.occurred_at)
        .join(Interaction, Interaction.id == Claim.interaction_id)
        .where(Claim.status == "pending", Interaction.occurred_at < cutoff)
        .order_by(Claim.id)
    ).all()
    used: set[str] = set()
    for claim, occurred_at in rows:
        evidence = session.scalar(
            select(AccountActivity.reference)
            .where(
                AccountActivity.account == claim.account,
                AccountActivity.amount == claim.amount,
                AccountActivity.reference.not_in(used or {""}),
            )
            .limit(1)
        )
        decision = "verified" if evidence else "rejected"
        decide(
            session,
            actor=rng.choice(controllers),
            claim_id=claim.id,
            decision=decision,
            note=None if evidence else "No matching deposit in the custodian's feed.",
            evidence_reference=evidence,
            now=occurred_at + timedelta(days=8),
        )
        if evidence:
            used.add(evidence)
        counts["decided"] += 1


def next_commands(path: Path) -> list[str]:
    """The exact commands to use on the book at ``path``, printed by ``cmsbot demo``."""
    import shlex

    db = shlex.quote(str(path))
    at = DEMO_NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    morning = (DEMO_NOW + timedelta(days=1)).replace(hour=9, minute=0)
    return [
        "Use this book (every command below reads it through --db):",
        f"  cmsbot console --db {db} --as UREP1      # you are Oliver Grant; :users lists who is who",
        f"  cmsbot export claims --db {db} --format json",
        f"  cmsbot export interactions --db {db}",
        f'  cmsbot report scorecard --db {db} --period "2026 Q4" --at {at} --format csv',
        f"  cmsbot report roi --db {db} --period ytd --at {at} --format json",
        f"  cmsbot audit verify --db {db}",
        f"  cmsbot nudge --db {db} --at {morning.strftime('%Y-%m-%dT%H:%M:%SZ')} --dry-run",
    ]


def rep_names(session: Session) -> dict[str, str]:
    """Slack user id → name, for the console's ``:as`` and completion."""
    from sqlalchemy import select

    return dict(session.execute(select(Rep.slack_user_id, Rep.name)).tuples().all())


# Stamped into every demo file (SQLite's ``application_id``, "cmsd"): ``cmsbot demo``
# replaces, and ``cmsbot console`` opens, only files that carry it.
DEMO_MARK = 0x636D7364
NOT_A_DEMO = (
    "{where} is not a demo book. The demo only ever replaces its own files, and the console "
    "runs only on one (it delivers owed Slack posts to its local stand-in, so a real "
    "database's would never reach Slack). Make one with: cmsbot demo --db NEW_FILE"
)


def is_demo_book(path: Path) -> bool:
    """Whether ``path`` is a SQLite file ``create`` made (read without changing it)."""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
            (mark,) = connection.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError:
        return False
    return bool(mark == DEMO_MARK)


def create(path: Path) -> dict[str, int]:
    """A fresh SQLite file at ``path`` holding the demo book; replaces only an earlier demo book.

    Raises ``InvalidInput`` when something else is already at ``path``.
    """
    from storage.engine import make_engine, make_session_factory
    from storage.schema import upgrade

    if path.exists() and not is_demo_book(path):
        raise InvalidInput(NOT_A_DEMO.format(where=path))
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".slack.json").unlink(missing_ok=True)  # the console's Slack
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        with make_session_factory(engine).begin() as session:
            counts = build(session)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {DEMO_MARK}")
        return counts
    finally:
        engine.dispose()


def ensure(db: str | None, *, out: TextIO) -> str:
    """The database URL the console uses: the demo file named (built if missing), or the default.

    Raises ``InvalidInput`` for a database URL or a file that is not a demo book.
    """
    if db and "://" in db:
        raise InvalidInput(NOT_A_DEMO.format(where="A database URL"))
    path = Path(db) if db else default_path()
    if not path.exists():
        print(f"Building the demo book in {path} …", file=out, flush=True)
        create(path)
    elif not is_demo_book(path):
        raise InvalidInput(NOT_A_DEMO.format(where=path))
    elif not _at_head(path):
        print(f"Rebuilding the demo book in {path} for this code's schema …", file=out, flush=True)
        create(path)
    return f"sqlite:///{path}"


def _at_head(path: Path) -> bool:
    """Whether the demo file is at the code's schema revision (an old demo is rebuilt)."""
    from storage.schema import head_revision

    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return False
    return bool(row) and row[0] == head_revision()
