"""Control characters: removed from Slack text at the edge, refused in import files.

PostgreSQL refuses NUL in ``text`` ("invalid byte sequence for encoding UTF8:
0x00" / psycopg "PostgreSQL text fields cannot contain NUL (0x00) bytes");
SQLite stores it. Slack text reaches the bot as JSON (``\\u0000``) or form
encoding (``%00``), so either can carry one. Which characters count is
``bot.parsing.control_chars``'s rule; these tests hold every surface to it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from bot.errors import ImportFailed
from bot.imports import KINDS, import_csv
from bot.parsing.control_chars import clean, describe, first_unwanted
from handlers import ids
from handlers.clean_input import scrub
from storage.models import AuditEvent, Interaction, Rep
from tests.databases import BACKENDS, TemplateDatabases, engine_for
from tests.factories import make_client, make_rep
from tests.world import (
    World,
    world_bot_invited,  # noqa: F401  (fixture of ``world``)
)

BOTH = pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
USER = "U1"


# -- the rule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85",
     "\x9f", "\ud800", "\udfff", "\ufdd0", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"],
)  # fmt: skip
def test_unwanted_characters_are_removed(char: str) -> None:
    assert clean(f"Jane{char} Smith") == "Jane Smith"
    assert first_unwanted(f"ab{char}") == 2
    assert describe(char).startswith(f"U+{ord(char):04X} (")


@pytest.mark.parametrize(
    "text",
    ["tab\there", "two\nlines", "windows\r\nlines", "Zoë Müller", "François d'Aubigné", "日本語",
     "emoji 💶📞", "\u00a0non-breaking", "\u200bzero width", "\u202eright-to-left", "\ufeffbom"],
)  # fmt: skip
def test_text_people_write_is_kept_exactly(text: str) -> None:
    assert clean(text) is text
    assert first_unwanted(text) is None


def test_describe_names_the_character_by_code_point() -> None:
    assert describe("\x00") == "U+0000 (NUL)"
    assert describe("\x1b") == "U+001B (ESCAPE)"
    assert describe("\x85") == "U+0085 (control character)"
    assert describe("\ud800") == "U+D800 (lone surrogate)"
    assert describe("\ufffe") == "U+FFFE (noncharacter)"


def test_scrub_cleans_every_string_and_key_of_a_payload_in_place() -> None:
    payload = {
        "text": "Jane\x00 call",
        "user": {"id": "U1"},
        "actions": [{"value": "12\x00", "selected_option": {"value": "7\x1b"}}],
        "view": {"state": {"values": {"notes\x00": {"notes": {"value": "a\x00b\nc"}}}}},
        "count": 3,
        "flag": True,
    }
    assert scrub(payload) is True
    assert payload == {
        "text": "Jane call",
        "user": {"id": "U1"},
        "actions": [{"value": "12", "selected_option": {"value": "7"}}],
        "view": {"state": {"values": {"notes": {"notes": {"value": "ab\nc"}}}}},
        "count": 3,
        "flag": True,
    }
    assert scrub(payload) is False


# -- Slack text, end to end --------------------------------------------------------------------


@pytest.fixture
def book(world: World) -> dict[str, int]:
    world.standin.add_user(USER, "rita")
    with world.db() as session:
        rita = make_rep(session, USER, "Rita Rep")
        jane = make_client(session, "Jane Smith", covered_by=[rita])
        return {"rita": rita.id, "jane": jane.id}


@BOTH
def test_logcontact_with_a_nul_records_on_either_database(
    world: World, book: dict[str, int]
) -> None:
    reply = world.slack.command(
        "/logcontact", "Jane Smith call yesterday\x00 discussed\x1b[31m fees\x00", user_id=USER
    )

    assert reply.status == 200
    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    assert "Jane Smith" in json.dumps(answer.args)
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.notes is not None and "\x00" not in interaction.notes
        assert "discussed[31m fees" in interaction.notes
        assert interaction.client_id == book["jane"]


@BOTH
def test_form_submission_with_nul_in_its_values_records(world: World, book: dict[str, int]) -> None:
    reply = world.slack.command("/logcontact", "", user_id=USER)
    assert reply.ok
    view = world.standin.wait_for("views.open").response["view"]

    submitted = world.slack.view_submission(
        USER,
        view,
        answers={
            "client": str(book["jane"]),
            "date": "2026-11-17",
            "time": "10:30",
            "channel": "phone",
            "notes": "Rollover\x00 call\x07, see\u0085 attached",
            "outcome": "Wants\x00 a proposal",
        },
    )

    assert submitted.ok and not submitted.body.strip(), submitted.body
    world.standin.wait_for("chat.postMessage", {"channel": USER})
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert (interaction.notes, interaction.outcome) == (
            "Rollover call, see attached",
            "Wants a proposal",
        )


@BOTH
def test_button_value_with_a_nul_is_read_as_the_value_slack_would_show(
    world: World, book: dict[str, int]
) -> None:
    logged = world.slack.command("/logcontact", "Jane Smith call yesterday fees", user_id=USER)
    world.standin.wait_for("response_url", {"url": logged.response_url})
    with world.db() as session:
        interaction_id = session.scalars(select(Interaction.id)).one()

    world.slack.block_action(USER, ids.LOG_UNDO, value=f"{interaction_id}\x00")

    world.standin.wait_for("response_url", lambda c: "undone" in json.dumps(c.args).lower())
    with world.db() as session:
        assert session.get(Interaction, interaction_id).deleted_at is not None  # type: ignore[union-attr]


@BOTH
def test_message_shortcut_text_with_a_nul_opens_the_form_without_it(
    world: World, book: dict[str, int]
) -> None:
    reply = world.slack.message_shortcut(
        ids.SHORTCUT_LOG_MESSAGE, USER, "Met Jane\x00 for lunch\x1b; fees\ud800 agreed"
    )

    assert reply.ok
    view = world.standin.wait_for("views.open").args["view"]
    shown = json.dumps(view if isinstance(view, dict) else json.loads(view), ensure_ascii=False)
    assert "Met Jane for lunch; fees agreed" in shown
    assert "\\u0000" not in shown and "\\u001b" not in shown


@BOTH
def test_typeahead_with_a_nul_still_finds_the_client(world: World, book: dict[str, int]) -> None:
    reply = world.slack.options(USER, ids.ACTION_CLIENT, "Ja\x00ne")

    assert reply.status == 200 and reply.json is not None
    assert [o["text"]["text"] for o in reply.json["options"]][0].startswith("Jane Smith")


# -- import files ------------------------------------------------------------------------------


def header_and_row(kind: str, bad_cell: str) -> str:
    """The kind's own header, then a row whose first cell is ``bad_cell``, the rest filler."""
    columns = KINDS[kind].COLUMNS
    return ",".join(columns) + "\n" + ",".join([bad_cell] + ["x"] * (len(columns) - 1)) + "\n"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_import_with_a_nul_is_refused_naming_its_line_and_column(
    session, backend: str, kind: str, tmp_path: Path, now
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{kind}.csv"
    path.write_text(header_and_row(kind, "bad\x00cell"), encoding="utf-8")
    before = session.scalar(select(func.count()).select_from(AuditEvent))

    with pytest.raises(ImportFailed) as refused:
        import_csv(session, kind=kind, path=path, now=now)

    first_column = KINDS[kind].COLUMNS[0]
    assert refused.value.errors == [
        f"line 2: column {first_column} holds the control character U+0000 (NUL), "
        "which an import file cannot hold; remove it and import again."
    ]
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_a_control_character_on_a_later_line_of_a_quoted_value_names_that_line(
    session, tmp_path: Path, now
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "interactions.csv"
    path.write_text(
        "client_external_id,rep_slack_user_id,occurred_at,channel,notes,initiative\n"
        "C1,U1,2026-11-17T10:00,phone,fine,\n"
        'C1,U1,2026-11-17T11:00,phone,"first line\nsecond line\nthird \x1b line",\n'
        "C1,U1,2026-11-17T12:00,phone,also\x0cbad,\n",
        encoding="utf-8",
    )

    with pytest.raises(ImportFailed) as refused:
        import_csv(session, kind="interactions", path=path, now=now)

    assert [error.split(":")[0] for error in refused.value.errors] == ["line 5", "line 6"]
    assert "U+001B (ESCAPE)" in refused.value.errors[0]
    assert "U+000C (FORM FEED)" in refused.value.errors[1]


def test_a_control_character_in_the_header_is_refused_on_line_1(
    session, tmp_path: Path, now
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "reps.csv"
    path.write_text("slack_user_id\x00,name,email,roles,manager_slack_user_id,timezone\n")

    with pytest.raises(ImportFailed) as refused:
        import_csv(session, kind="reps", path=path, now=now)

    assert refused.value.errors[0].startswith("line 1: the header holds the control character")


@pytest.mark.parametrize("backend", BACKENDS)
def test_cli_import_with_a_nul_says_the_line_writes_nothing_and_shows_no_traceback(
    databases: TemplateDatabases,
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = databases.url(backend)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    path = tmp_path / "reps.csv"
    path.write_text(
        "slack_user_id,name,email,roles,manager_slack_user_id,timezone\n"
        "U0AAA,Ann Able,ann@example.com,rep,,UTC\n"
        "U0BBB,Bob\x00 Bad,bob@example.com,rep,,UTC\n"
        "U0CCC,Cy Cole,cy@example.com,rep,,UTC\n",
        encoding="utf-8",
    )

    assert main(["import", "reps", str(path)]) == 1

    err = capsys.readouterr().err
    assert err.splitlines()[0] == (
        "line 3: column name holds the control character U+0000 (NUL), "
        "which an import file cannot hold; remove it and import again."
    )
    assert "Nothing was imported" in err and "Traceback" not in err
    with engine_for(url) as engine, engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Rep)) == 0

    path.write_text(path.read_text(encoding="utf-8").replace("\x00", ""), encoding="utf-8")
    assert main(["import", "reps", str(path)]) == 0
    with engine_for(url) as engine, engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Rep)) == 3
