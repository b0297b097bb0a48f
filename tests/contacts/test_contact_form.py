"""The contact form's rules (checking, recording, editing) and its Block Kit, without HTTP."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contacts import ContactDraft, log_contact
from bot.contacts.form import (
    FormContext,
    FormInput,
    FormInvalid,
    check,
    edit_context,
    new_context,
    read_amount,
    submit_edit,
    submit_new,
)
from bot.errors import NotAllowed
from bot.parsing import ClaimDraft
from handlers import ids
from handlers.blocks.contact_form import (
    FormMeta,
    form_view,
    log_contact_button,
    read_answers,
    read_button,
)
from standin.limits import check_view
from standin.values import values_for
from storage.models import Claim, Rep
from tests.factories import make_client, make_delegate, make_initiative, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.5m", (Decimal("2500000"), None)),
        ("250,000", (Decimal("250000"), None)),
        ("$1.2mm", (Decimal("1200000"), "USD")),
        ("EUR 300k", (Decimal("300000"), "EUR")),
        ("1,250.50", (Decimal("1250.50"), None)),
        ("0", (Decimal("0"), None)),
    ],
)
def test_amount_fields_read_money_as_the_free_text_does(
    typed: str, expected: tuple[Decimal, str | None]
) -> None:
    assert read_amount(typed) == expected


@pytest.mark.parametrize("typed", ["lots", "2m and 3m", "about 2m", "-5", "12/11"])
def test_text_that_is_not_one_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        read_amount(typed)


def form(**changes: object) -> FormInput:
    base = FormInput(client_id=1, day=date(2026, 11, 18), time="09:30", channel="phone")
    return replace(base, **changes)  # type: ignore[arg-type]


def rep(tz: str = "UTC") -> Rep:
    return Rep(id=1, slack_user_id="U1", name="Rita", timezone=tz, locale="en-US")


def test_checked_form_is_a_draft_in_the_reps_zone_with_its_claims() -> None:
    draft = check(
        form(time="09:30", pledged="2.5m", deposited="$250,000", mandate_fee="50k", account="A-1"),
        actor=rep("Europe/Paris"),
        now=NOW,
    )
    assert draft.occurred_at == datetime(2026, 11, 18, 8, 30, tzinfo=UTC)
    assert draft.claims == (
        ClaimDraft("pledge", Decimal("2500000"), "USD", "A-1"),
        ClaimDraft("deposit", Decimal("250000"), "USD", "A-1"),
        ClaimDraft("mandate", Decimal("50000"), "USD", None),
    )


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(FormInvalid) as raised:
        check(
            form(client_id=None, channel=None, pledged="soon", deposited="0", account="x" * 65),
            actor=rep(),
            now=NOW,
        )
    assert set(raised.value.errors) == {"client", "channel", "pledged", "deposited", "account"}


def test_today_later_than_now_is_a_time_error_and_tomorrow_a_date_error() -> None:
    with pytest.raises(FormInvalid) as later:
        check(form(time="16:00"), actor=rep(), now=NOW)
    assert set(later.value.errors) == {"time"}
    with pytest.raises(FormInvalid) as tomorrow:
        check(form(day=date(2026, 11, 19), time="08:00"), actor=rep(), now=NOW)
    assert set(tomorrow.value.errors) == {"date"}
    # 23:30 on the 18th in Sydney is already past at 15:00 UTC (02:00 on the 19th there).
    assert check(form(time="23:30"), actor=rep("Australia/Sydney"), now=NOW)


def test_amount_in_another_currency_than_picked_is_refused() -> None:
    with pytest.raises(FormInvalid) as raised:
        check(form(pledged="£2m", currency="USD"), actor=rep(), now=NOW)
    assert "in GBP but the currency picked is USD" in raised.value.errors["pledged"]
    draft = check(form(pledged="£2m", currency=None), actor=rep(), now=NOW)
    assert draft.claims[0].currency == "GBP"


@pytest.fixture
def rita_and_jane(session: Session) -> tuple[Rep, int]:
    rita = make_rep(session, "URITA", "Rita", timezone="America/New_York")
    jane = make_client(session, "Jane Smith", covered_by=[rita])
    return rita, jane.id


def test_submission_records_with_the_forms_source_and_key_once(
    session: Session, rita_and_jane: tuple[Rep, int]
) -> None:
    rita, jane = rita_and_jane
    first = submit_new(
        session, actor=rita, form=form(client_id=jane), source="shortcut", key="view:V1", now=NOW
    )
    again = submit_new(
        session, actor=rita, form=form(client_id=jane), source="shortcut", key="view:V1", now=NOW
    )
    assert first.created and not again.created
    assert again.interaction.id == first.interaction.id
    assert first.interaction.source == "shortcut"


def test_unknown_or_closed_initiative_is_an_initiative_field_error(
    session: Session, rita_and_jane: tuple[Rep, int]
) -> None:
    rita, jane = rita_and_jane
    with pytest.raises(FormInvalid) as raised:
        submit_new(
            session,
            actor=rita,
            form=form(client_id=jane, initiative="nope"),
            source="form",
            key="view:V2",
            now=NOW,
        )
    assert "No initiative is tagged #nope" in raised.value.errors["initiative"]


def test_new_form_offers_active_initiatives_and_an_assistants_principals(
    session: Session,
) -> None:
    rita = make_rep(session, "URITA", "Rita")
    sam = make_rep(session, "USAM", "Sam")
    asa = make_rep(session, "UASA", "Asa", roles=("assistant", "rep"))
    make_delegate(session, rep=rita, assistant=asa)
    make_delegate(session, rep=sam, assistant=asa)
    make_initiative(session, "golf")
    make_initiative(session, "next-year", starts_on=date(2027, 1, 1), ends_on=None)
    context = new_context(session, actor=asa, client_id=None, now=NOW)
    assert context.initiatives == [("golf", "Golf")]
    assert context.owners == [(asa.id, "Myself"), (rita.id, "Rita"), (sam.id, "Sam")]
    assert context.owner_id is None  # left empty: the principal covering the client
    assert new_context(session, actor=rita, client_id=None, now=NOW).owners == []


def test_edit_form_prefills_the_record_and_keeps_claims_it_does_not_show(
    session: Session, rita_and_jane: tuple[Rep, int]
) -> None:
    rita, jane = rita_and_jane
    logged = log_contact(
        session,
        actor=rita,
        draft=ContactDraft(
            client_id=jane,
            occurred_at=NOW - timedelta(hours=3),
            channel="phone",
            notes="Call",
            claims=(
                ClaimDraft("pledge", Decimal("2000000"), "EUR", "ACC-9"),
                ClaimDraft("pledge", Decimal("500000"), "EUR", "ACC-9"),
            ),
        ),
        now=NOW,
    )
    interaction_id = logged.interaction.id
    context = edit_context(session, actor=rita, interaction_id=interaction_id, now=NOW)
    assert context.occurred_local is not None
    assert f"{context.occurred_local:%Y-%m-%d %H:%M}" == "2026-11-18 07:00"
    assert (context.figures.pledged, context.figures.currency) == (Decimal("2000000"), "EUR")
    assert any("pledge EUR 500,000" in line for line in context.context)

    view = form_view(context, meta=FormMeta(interaction_id=interaction_id))
    assert check_view(view) == []
    answers = read_answers(values_for(view, {ids.ACTION_PLEDGED: "2.2m"}))
    assert answers.pledged == "2.2m" and answers.currency == "EUR" and answers.account == "ACC-9"
    submit_edit(session, actor=rita, interaction_id=interaction_id, form=answers, now=NOW)
    claims = session.execute(select(Claim.amount, Claim.status).order_by(Claim.id)).all()
    assert claims == [
        (Decimal("2000000.00"), "withdrawn"),
        (Decimal("500000.00"), "pending"),
        (Decimal("2200000.00"), "pending"),
    ]


def test_edit_form_is_only_for_the_contacts_rep_its_author_or_an_admin(
    session: Session, rita_and_jane: tuple[Rep, int]
) -> None:
    rita, jane = rita_and_jane
    logged = log_contact(
        session,
        actor=rita,
        draft=ContactDraft(client_id=jane, occurred_at=NOW, channel="phone"),
        now=NOW,
    )
    otto = make_rep(session, "UOTTO", "Otto")
    with pytest.raises(NotAllowed):
        edit_context(session, actor=otto, interaction_id=logged.interaction.id, now=NOW)


def test_form_view_is_valid_block_kit_and_reads_back_what_it_shows() -> None:
    context = FormContext(
        timezone="Europe/London",
        local_now=datetime(2026, 11, 18, 15, 0, tzinfo=UTC),
        client=(7, "Jane Smith"),
        initiatives=[("golf", "Golf Day")],
        owners=[(3, "Rita")],
        owner_id=3,
    )
    view = form_view(context, meta=FormMeta(source="nudge"), notes="From the email")
    assert check_view(view) == []
    assert view["callback_id"] == ids.VIEW_LOG_CONTACT
    assert FormMeta.decode(view["private_metadata"]) == FormMeta(source="nudge")
    answers = read_answers(values_for(view, {ids.ACTION_CHANNEL: "video"}))
    assert answers == FormInput(
        client_id=7,
        day=date(2026, 11, 18),
        time="15:00",
        channel="video",
        notes="From the email",
        currency="USD",
        owner_id=3,
    )


def test_log_contact_button_carries_the_client_and_a_nudges_source() -> None:
    assert read_button(log_contact_button(42)["value"]) == (42, "form")
    assert read_button(log_contact_button(42, source="nudge")["value"]) == (42, "nudge")
    assert read_button("") == (None, "form")
    assert read_button("42:forged") == (42, "form")
    assert read_button("x:nudge") == (None, "nudge")


def test_metadata_this_code_did_not_write_is_refused() -> None:
    with pytest.raises(ValueError):
        FormMeta.decode('{"source": "import"}')
    with pytest.raises(ValueError):
        FormMeta.decode("not json")


def test_a_day_without_a_time_follows_the_readers_rule() -> None:
    """The form's time is optional: a day alone is that day's midday in the rep's zone (never
    later than now), and is recorded as a day alone, as "yesterday" typed in a line is."""
    past = check(form(day=date(2026, 11, 17), time=None), actor=rep("Europe/Paris"), now=NOW)
    assert (past.occurred_at, past.time_given) == (datetime(2026, 11, 17, 11, 0, tzinfo=UTC), False)
    early = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # 10:00 in Paris: midday is still to come
    today = check(form(time=None), actor=rep("Europe/Paris"), now=early)
    assert (today.occurred_at, today.time_given) == (early, False)
    assert check(form(), actor=rep(), now=NOW).time_given is True


def test_the_form_for_a_day_alone_shows_no_invented_time() -> None:
    at = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)
    blocks = {
        ctx_given: {
            block.get("block_id"): block
            for block in form_view(
                FormContext(timezone="UTC", local_now=NOW, occurred_local=at, time_given=ctx_given),
                meta=FormMeta(),
            )["blocks"]
        }[ids.BLOCK_TIME]
        for ctx_given in (True, False)
    }
    assert blocks[True]["element"]["initial_time"] == "12:00"
    assert "initial_time" not in blocks[False]["element"]
    assert blocks[False]["optional"] is True
