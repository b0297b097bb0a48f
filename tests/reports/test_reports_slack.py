"""``/cms scorecard``, ``/cms roi`` and charts through signed HTTP, against the hand-worked book.

What Slack shows is checked against ``cmsbot report``'s JSON for the same
period and moment: the figures must be the same numbers.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import pytest
from PIL import Image

from bot.cli.reports import run_report
from bot.messages import formatting
from storage.models import Claim, Rep
from tests.factories import make_client, make_initiative
from tests.reports.test_reports_scorecard import NOW, build_book, contact
from tests.world import World


def ask(world: World, text: str, user: str, channel: str = "C1") -> dict[str, Any]:
    """The ephemeral reply (with blocks) to ``/cms text``; clears the recorded calls."""
    sent = world.slack.command("/cms", text, user_id=user, channel_id=channel)
    assert sent.ok, sent.body
    call = world.standin.wait_for("response_url", lambda call: call.args.get("text"), timeout=15)
    world.standin.clear()
    return call.args


def shown(reply: dict[str, Any]) -> str:
    """Every piece of text in the reply's blocks, one per line."""
    parts = [reply.get("text", "")]
    for block in reply.get("blocks") or []:
        if "text" in block:
            parts.append(block["text"]["text"])
        for element in block.get("elements", []):
            parts.append(element.get("text", ""))
    return "\n".join(parts)


def export(world: World, kind: str, **options: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    with world.db() as session:
        run_report(
            session, kind=kind, period_text="2026 Q3", fmt="json", out=out, now=NOW, **options
        )
    return json.loads(out.getvalue())


@pytest.fixture
def book(world: World):  # type: ignore[no-untyped-def]
    with world.db() as session:
        built = build_book(session)
    for user, name in (("UANN", "ann"), ("UBOB", "bob"), ("UMIA", "mia"), ("UADA", "ada")):
        world.standin.add_user(user, name)
    return built


def test_a_reps_scorecard_in_slack_shows_the_exported_figures(world: World, book) -> None:  # type: ignore[no-untyped-def]
    reply = ask(world, "scorecard 2026 Q3", "UANN")
    assert reply["response_type"] == "ephemeral"
    text = shown(reply)
    (row,) = export(world, "scorecard", rep="UANN")
    usd = row["currency"]
    assert (
        f"*Contacts:* {row['contacts']} — phone {row['contacts_phone']} · email {row['contacts_email']}"
        in text
    )
    assert f"*Over-contacts:* {row['over_contacts']}" in text
    assert (
        f"*Clients covered:* {row['clients_covered']} — 25% within cadence "
        f"({row['clients_within_cadence']} of {row['clients_covered']}); "
        f"median {row['median_days_overdue']} days overdue"
    ) in text
    assert (
        f"{row['follow_ups_kept']} kept on time · {row['follow_ups_late']} late · "
        f"{row['follow_ups_missed']} missed"
    ) in text
    assert (
        f"{row['claims_raised']} raised · {row['claims_verified']} verified · "
        f"{row['claims_rejected']} rejected · {row['claims_pending']} pending"
    ) in text
    for key in (
        "verified_assets",
        "verified_deposits",
        "verified_pledges_funded",
        "mandate_fees",
        "formula_bonus",
    ):
        assert formatting.money(Decimal(row[key]), usd) in text, key
    assert row["formula_bonus"] == "14850.00"
    assert "EUR 1,000,000.00" in text and row["other_currency_assets"] == ["EUR 1000000.00"]
    assert "counted on the verification date" not in text  # the footer says it in Slack's words:
    assert "count when verified (on the verification date)" in text
    assert "Activity by week (29 Jun – 28 Sep)" in text


def test_pay_figures_are_the_same_whoever_looks_and_from_whichever_zone(  # type: ignore[no-untyped-def]
    world: World, book
) -> None:
    # Q3 cut in Tokyo would move one of Ann's claims out (11,250.00); the firm's zone
    # (CMS_REPORTING_TIMEZONE, UTC here) decides, as in the export.
    with world.db() as session:
        for rep, zone in ((book.ann, "America/Los_Angeles"), (book.mia, "Asia/Tokyo")):
            stored = session.get(Rep, rep.id)
            assert stored is not None
            stored.timezone = zone
    (row,) = export(world, "scorecard", rep="UANN")
    assert row["formula_bonus"] == "14850.00"
    assert "14,850.00" in shown(ask(world, "scorecard 2026 Q3", "UANN"))
    team = shown(ask(world, "scorecard 2026 Q3", "UMIA"))
    [ann_line] = [line for line in team.splitlines() if line.split()[1:2] == ["Ann"]]
    # The star: Ann's EUR deposit has no rate, so her bonus excludes it (listed below the table).
    assert ann_line.endswith("14,850.00*"), team
    assert "not converted: no EUR rate on or before 2026-09-25" in team


def test_a_managers_scorecard_is_the_team_ranked_as_exported(world: World, book) -> None:  # type: ignore[no-untyped-def]
    text = shown(ask(world, "scorecard 2026 Q3", "UMIA"))
    rows = export(world, "scorecard", team="UMIA")
    assert [(r["rank"], r["rep_name"], r["formula_bonus"]) for r in rows] == [
        (1, "Bob", "15000.00"),
        (2, "Ann", "14850.00"),
    ]
    lines = [line for line in text.splitlines() if line.startswith(("1 ", "2 "))]
    assert lines[0].split()[:3] == ["1", "Bob", "2"] and lines[0].endswith("15,000.00")
    assert lines[1].split()[:3] == ["2", "Ann", "8"] and lines[1].endswith("14,850.00*")


def test_a_manager_can_open_one_reps_scorecard_but_a_rep_cannot_open_anothers(
    world: World, book
) -> None:  # type: ignore[no-untyped-def]
    assert "Scorecard — Ann" in shown(ask(world, "scorecard <@UANN|ann> 2026 Q3", "UMIA"))
    refused = ask(world, "scorecard <@UBOB|bob> 2026 Q3", "UANN")
    assert (
        refused["text"] == "You can see your own scorecard and your team's; <@UBOB> is in neither."
    )


def test_an_unreadable_period_says_what_is_understood(world: World, book) -> None:  # type: ignore[no-untyped-def]
    reply = ask(world, "scorecard next blue moon", "UANN")
    assert reply["text"].startswith("I can't read “next blue moon” as a period. Try: this quarter")


def png_ok(content: bytes) -> tuple[int, int]:
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(content)) as image:
        image.verify()
    with Image.open(io.BytesIO(content)) as image:
        return image.size


def test_a_chart_asked_in_a_channel_goes_to_the_askers_dm(world: World, book) -> None:  # type: ignore[no-untyped-def]
    sent = world.slack.command("/cms", "scorecard 2026 Q3 chart", user_id="UMIA", channel_id="C1")
    assert sent.ok
    world.standin.wait_for("files.completeUploadExternal", timeout=20)
    (upload,) = world.standin.uploaded_files()
    assert upload.channel_id == "DUMIA"
    assert upload.filename == "verified-assets.png"
    assert upload.title.startswith("Verified assets by month, 2026 Q3")
    width, height = png_ok(upload.content)
    assert width > 400 and height > 300
    world.standin.wait_for(
        "response_url",
        lambda call: "sent the chart to our direct messages" in call.args.get("text", ""),
    )
    assert [m.channel for m in world.standin.messages_in("C1")] == []


def test_a_chart_asked_in_the_apps_dm_is_uploaded_right_there(world: World, book) -> None:  # type: ignore[no-untyped-def]
    assert world.slack.command(
        "/cms", "scorecard 2026 Q3 chart", user_id="UANN", channel_id="DUANN"
    ).ok
    world.standin.wait_for("files.completeUploadExternal", timeout=20)
    (upload,) = world.standin.uploaded_files()
    assert upload.channel_id == "DUANN"
    png_ok(upload.content)
    world.standin.assert_no_call(
        "response_url", lambda call: "direct messages" in call.args.get("text", ""), within=0.5
    )


def test_roi_in_slack_matches_the_export_and_charts_privately(world: World, book) -> None:  # type: ignore[no-untyped-def]
    with world.db() as session:
        golf = make_initiative(session, "golf-2026", cost=Decimal("50000"))
        ann = session.query(Rep).filter_by(slack_user_id="UANN").one()
        pat = make_client(session, "Pat Prospect", covered_by=[ann], kind="prospect")
        tagged = contact(session, ann, pat, NOW.replace(month=8, day=20), initiative=golf)
        session.add(
            Claim(
                interaction_id=tagged.id,
                client_id=tagged.client_id,
                rep_id=ann.id,
                kind="deposit",
                amount=Decimal("2500000"),
                currency="USD",
                status="verified",
                decided_at=NOW.replace(month=9, day=1),
                created_at=tagged.occurred_at,
                updated_at=tagged.occurred_at,
            )
        )
    text = shown(ask(world, "roi 2026 Q3", "UMIA"))
    rows = {row["initiative"]: row for row in export(world, "roi")}
    golf_row = rows["golf-2026"]
    assert (golf_row["contacts"], golf_row["new_prospects"], golf_row["verified_assets"]) == (
        1,
        1,
        "2500000.00",
    )
    assert golf_row["return_on_cost"] == "50.00"
    assert "*#golf-2026* Golf 2026 — cost USD 50,000.00" in text
    assert "Verified assets USD 2,500,000.00" in text and "return on cost 50.00×" in text
    assert "A claim belongs to the initiative of the contact that raised it." in text

    assert world.slack.command("/cms", "roi 2026 Q3 chart", user_id="UMIA", channel_id="C1").ok
    world.standin.wait_for("files.completeUploadExternal", timeout=20)
    (upload,) = world.standin.uploaded_files()
    assert upload.channel_id == "DUMIA" and upload.filename == "initiative-returns.png"
    png_ok(upload.content)


def test_roi_is_refused_to_a_rep(world: World, book) -> None:  # type: ignore[no-untyped-def]
    assert ask(world, "roi", "UANN")["text"] == (
        "Initiative returns are for managers, admins, marketing and compliance; ask your manager."
    )


def test_cms_help_lists_the_report_commands(world: World, book) -> None:  # type: ignore[no-untyped-def]
    text = ask(world, "help", "UANN")["text"]
    for usage in ("scorecard [@rep] [period] [chart]", "roi [period] [chart]", "bonus [set"):
        assert f"`/cms {usage}" in text
