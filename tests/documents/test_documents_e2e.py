"""Documents from Slack, over signed HTTP: the issue's "done when", end to end.

A PDF shared in a channel is added from its message with the **Add to client
file** shortcut, downloaded from the stand-in's ``url_private`` with the bot
token, stored in the database with its SHA-256, listed on the client's card,
sent back to a reader allowed to see the client (``files_upload_v2`` into their
DM, the read audited) and refused to one who is not; a byte changed in the
stored file is then caught by ``cmsbot audit verify``.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.cli import main
from bot.directory.access import NOT_YOURS
from bot.documents import slack as document_calls
from handlers import ids
from standin.workspace import Message
from storage.models import AuditEvent, Document
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import GENERAL_CHANNEL, World

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"
CHAIN_KEY = "documents-test-chain-key-0123456789abcdef"


@pytest.fixture(autouse=True)
def chain_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", CHAIN_KEY)


@pytest.fixture
def book(world: World) -> dict[str, int]:
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita")
        otto = make_rep(session, "U2", "Otto")
        jane = make_client(session, "Jane Smith", covered_by=[rita], external_id="C-JANE")
        olga = make_client(session, "Olga Other", covered_by=[otto], external_id="C-OLGA")
        return {"jane": jane.id, "olga": olga.id}


def share_pdf(world: World, *, name: str = "mandate.pdf", content: bytes = PDF) -> Message:
    return world.standin.share_file(
        GENERAL_CHANNEL, "U9", name=name, content=content, text="the signed mandate"
    )


def open_form(world: World, message: Message, user_id: str = "U1") -> dict[str, Any]:
    opened = len(world.standin.calls_to("views.open"))
    reply = world.slack.message_shortcut(ids.SHORTCUT_ADD_TO_FILE, user_id, "", message=message)
    assert reply.ok, reply.body
    view: dict[str, Any] = world.standin.wait_for("views.open", count=opened + 1).response["view"]
    return view


def submit(
    world: World, view: dict[str, Any], client_id: int, *, user_id: str = "U1", note: str = ""
) -> Any:
    answers = {
        ids.ACTION_CLIENT: str(client_id),
        ids.ACTION_DOC_KIND: "mandate_letter",
        ids.ACTION_DOC_NOTE: note,
    }
    return world.slack.view_submission(user_id, view, answers=answers)


def add_pdf(world: World, client_id: int) -> Document:
    view = open_form(world, share_pdf(world))
    submitted = submit(world, view, client_id, note="signed 12 Nov")
    assert submitted.ok and submitted.json is None, submitted.body
    world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    with world.db() as session:
        document = session.scalars(select(Document)).one()
        session.expunge(document)
        return document


def card(world: World, user_id: str = "U1") -> dict[str, Any]:
    world.standin.clear()
    reply = world.slack.command("/client", "Jane Smith", user_id=user_id)
    assert reply.ok, reply.body
    return world.standin.wait_for("response_url").args


def copy_button(card_args: dict[str, Any]) -> dict[str, Any]:
    for block in card_args["blocks"]:
        accessory = block.get("accessory") or {}
        if str(accessory.get("action_id", "")).startswith(ids.DOC_SEND_COPY):
            return block
    raise AssertionError(f"no Send me a copy button in {card_args['blocks']}")


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_pdf_added_from_a_message_is_stored_with_its_hash_and_audited(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world, share_pdf(world))
    assert view["callback_id"] == ids.VIEW_ADD_DOCUMENT
    assert "mandate.pdf" in view["blocks"][0]["text"]["text"]
    submitted = submit(world, view, book["jane"], note="signed 12 Nov")
    assert submitted.ok and submitted.json is None, submitted.body
    # Downloaded with the bot token in the Authorization header, as Slack requires.
    download = world.standin.wait_for("url_private")
    assert download.args["authorization"] is True and download.ok
    told = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    digest = hashlib.sha256(PDF).hexdigest()
    assert "Added to Jane Smith's file" in told.args["text"]
    assert digest in str(told.args["blocks"])
    with world.db() as session:
        document = session.scalars(select(Document)).one()
        assert (document.client_id, document.kind, document.name) == (
            book["jane"],
            "mandate_letter",
            "mandate.pdf",
        )
        assert (document.mimetype, document.size, document.sha256) == (
            "application/pdf",
            len(PDF),
            digest,
        )
        assert document.content == PDF
        assert document.note == "signed 12 Nov"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "documents")
        ).one()
        assert (event.action, event.actor) == ("create", "U1")
        assert event.after is not None
        assert event.after["sha256"] == event.after["content_sha256"] == digest


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_the_card_lists_the_document_and_sends_a_copy_to_an_allowed_reader(
    world: World, book: dict[str, int]
) -> None:
    document = add_pdf(world, book["jane"])
    shown = card(world)
    block = copy_button(shown)
    assert "mandate.pdf — Mandate letter" in block["text"]["text"]
    button = block["accessory"]
    assert button["value"] == str(document.id)
    world.standin.clear()
    clicked = world.slack.block_action(
        "U1", button["action_id"], message={"blocks": shown["blocks"]}
    )
    assert clicked.ok, clicked.body
    told = world.standin.wait_for("response_url")
    assert "Sent you a copy of mandate.pdf" in told.args["text"]
    [upload] = world.standin.uploaded_files()
    assert upload.content == PDF and upload.filename == "mandate.pdf"
    dm = world.standin.calls_to("conversations.open")[-1].response["channel"]["id"]
    assert upload.channel_id == dm
    with world.db() as session:
        reads = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_type == "documents", AuditEvent.action == "send_copy"
            )
        ).all()
        assert [(e.actor, e.entity_id) for e in reads] == [("U1", str(document.id))]
        assert reads[0].before == {"sha256": document.sha256, "to": "U1"}


def test_a_reader_not_allowed_to_see_the_client_gets_no_copy(
    world: World, book: dict[str, int]
) -> None:
    add_pdf(world, book["jane"])
    shown = card(world)
    button = copy_button(shown)["accessory"]
    world.standin.clear()
    # Otto covers Olga, not Jane: the button (copied, or forged) is refused to him.
    clicked = world.slack.block_action(
        "U2", button["action_id"], message={"blocks": shown["blocks"]}
    )
    assert clicked.ok, clicked.body
    told = world.standin.wait_for("response_url")
    assert told.args["text"] == NOT_YOURS
    world.standin.assert_no_call("files.getUploadURLExternal")
    assert world.standin.uploaded_files() == []
    with world.db() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "documents")
        ).all()
        assert actions == ["create"]


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_byte_changed_in_the_stored_file_is_caught_by_audit_verify(
    world: World, book: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    document = add_pdf(world, book["jane"])
    url = str(world.settings.database_url)
    assert main(["audit", "verify", "--db", url]) == 0
    capsys.readouterr()
    changed = bytearray(PDF)
    changed[100] ^= 0x01
    with world.db() as session:
        session.execute(
            text("UPDATE documents SET content = :content WHERE id = :id"),
            {"content": bytes(changed), "id": document.id},
        )
    assert main(["audit", "verify", "--db", url]) == 1
    err = capsys.readouterr().err
    assert f"documents {document.id}: current state differs from its last audit event" in err
    assert "content_sha256" in err


def test_the_same_file_added_twice_is_kept_once(world: World, book: dict[str, int]) -> None:
    message = share_pdf(world)
    for count in (1, 2):
        view = open_form(world, message)
        assert submit(world, view, book["jane"]).ok
        world.standin.wait_for("chat.postMessage", {"channel": "U1"}, count=count)
    second = world.standin.calls_to("chat.postMessage")[-1]
    assert "was already in Jane Smith's file" in str(second.args["blocks"])
    with world.db() as session:
        assert len(session.scalars(select(Document)).all()) == 1


def test_a_client_the_rep_does_not_cover_is_refused_on_the_form(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world, share_pdf(world))
    submitted = submit(world, view, book["olga"])
    assert submitted.json == {
        "response_action": "errors",
        "errors": {ids.BLOCK_DOC_CLIENT: NOT_YOURS},
    }
    world.standin.assert_no_call("url_private")
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_a_message_without_files_is_told_so(world: World, book: dict[str, int]) -> None:
    reply = world.slack.message_shortcut(ids.SHORTCUT_ADD_TO_FILE, "U1", "no attachment here")
    assert reply.ok
    told = world.standin.wait_for("response_url")
    assert "That message has no files to add" in told.args["text"]
    world.standin.assert_no_call("views.open")


def test_a_file_over_the_size_limit_is_refused_before_any_form(
    world: World, book: dict[str, int]
) -> None:
    big = b"%PDF-1.7\n" + b"0" * (25 * 1024 * 1024)
    message = share_pdf(world, name="statements.pdf", content=big)
    reply = world.slack.message_shortcut(ids.SHORTCUT_ADD_TO_FILE, "U1", "", message=message)
    assert reply.ok
    told = world.standin.wait_for("response_url")
    assert (
        "statements.pdf is 25.0 MB; client files take documents up to 25 MB" in (told.args["text"])
    )
    world.standin.assert_no_call("views.open")


def test_a_type_not_on_the_allow_list_is_refused_with_what_is_allowed(
    world: World, book: dict[str, int]
) -> None:
    message = world.standin.share_file(
        GENERAL_CHANNEL,
        "U9",
        name="setup.exe",
        content=b"MZ\x90\x00",
        mimetype="application/x-msdownload",
        filetype="exe",
    )
    reply = world.slack.message_shortcut(ids.SHORTCUT_ADD_TO_FILE, "U1", "", message=message)
    assert reply.ok
    told = world.standin.wait_for("response_url")
    assert (
        "setup.exe: that type of file is not kept in client files. Allowed: PDF (pdf)"
        in (told.args["text"])
    )
    world.standin.assert_no_call("views.open")


def test_a_pdf_whose_bytes_are_not_a_pdf_is_refused_after_download(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world, share_pdf(world, name="fake.pdf", content=b"<html>not a pdf</html>"))
    assert submit(world, view, book["jane"]).ok
    # Nothing kept: told where the shortcut was used, not in a DM worth keeping.
    told = world.standin.wait_for("chat.postEphemeral", {"channel": GENERAL_CHANNEL, "user": "U1"})
    assert "fake.pdf: its contents are not a PDF file as its name says" in told.args["text"]
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_slack_refusing_the_file_is_told_and_nothing_is_kept(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world, share_pdf(world))
    world.standin.fail("files.info", error="internal_error")
    assert submit(world, view, book["jane"]).ok
    told = world.standin.wait_for("chat.postEphemeral", {"channel": GENERAL_CHANNEL, "user": "U1"})
    assert "mandate.pdf: Slack did not hand over the file (internal_error)" in told.args["text"]
    world.standin.assert_no_call("url_private")
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_a_download_that_fails_is_told_and_nothing_is_kept(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world, share_pdf(world))
    world.standin.fail("url_private", error="internal_error", status=500)
    assert submit(world, view, book["jane"]).ok
    told = world.standin.wait_for("chat.postEphemeral", {"channel": GENERAL_CHANNEL, "user": "U1"})
    assert "mandate.pdf: I can't read that file (HTTP 500)" in told.args["text"]
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_an_upload_slack_refuses_is_told_and_the_read_stays_on_record(
    world: World, book: dict[str, int]
) -> None:
    document = add_pdf(world, book["jane"])
    shown = card(world)
    button = copy_button(shown)["accessory"]
    world.standin.clear()
    world.standin.fail("files.completeUploadExternal", error="internal_error")
    clicked = world.slack.block_action(
        "U1", button["action_id"], message={"blocks": shown["blocks"]}
    )
    assert clicked.ok, clicked.body
    told = world.standin.wait_for("response_url")
    assert told.args["text"] == (
        "I couldn't send you mandate.pdf: Slack refused the upload (internal_error). Try again."
    )
    assert world.standin.uploaded_files() == []
    with world.db() as session:
        reads = session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "send_copy")
        ).all()
        assert reads == [str(document.id)]  # recorded before any byte left


def test_the_size_slack_reports_decides_not_the_size_in_the_payload(
    world: World, book: dict[str, int]
) -> None:
    big = b"%PDF-1.7\n" + b"0" * (25 * 1024 * 1024)
    message = share_pdf(world, name="statements.pdf", content=big)
    message.files[0]["size"] = 1000  # a stale or edited payload: files.info is asked
    view = open_form(world, message)
    assert submit(world, view, book["jane"]).ok
    told = world.standin.wait_for("chat.postEphemeral", {"channel": GENERAL_CHANNEL, "user": "U1"})
    assert (
        "statements.pdf is 25.0 MB; client files take documents up to 25 MB" in (told.args["text"])
    )
    world.standin.assert_no_call("url_private")
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_compliance_is_told_it_files_nothing_and_no_form_opens(
    world: World, book: dict[str, int]
) -> None:
    with world.db() as session:
        make_rep(session, "U7", "Cleo", roles=("compliance",))
    reply = world.slack.message_shortcut(
        ids.SHORTCUT_ADD_TO_FILE, "U7", "", message=share_pdf(world)
    )
    assert reply.ok
    told = world.standin.wait_for("response_url")
    assert told.args["text"].startswith("Compliance reads every record and records none")
    world.standin.assert_no_call("views.open")


def test_a_download_that_hangs_gives_up_at_its_timeout_and_is_told(
    world: World, book: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_calls, "FILE_TIMEOUT", 0.5)
    view = open_form(world, share_pdf(world))
    world.standin.stall("url_private", seconds=3)
    started = time.monotonic()
    assert submit(world, view, book["jane"]).ok
    told = world.standin.wait_for("chat.postEphemeral", {"channel": GENERAL_CHANNEL, "user": "U1"})
    assert time.monotonic() - started < 2.5  # the timeout, not the stall, ended it
    assert "mandate.pdf: Slack did not hand over the file" in told.args["text"]
    with world.db() as session:
        assert session.scalars(select(Document)).all() == []


def test_a_message_with_a_good_and_a_refused_file_files_the_good_one(
    world: World, book: dict[str, int]
) -> None:
    message = share_pdf(world, name="kyc.pdf")
    scan = world.standin.share_file(
        GENERAL_CHANNEL,
        "U9",
        name="passport.png",
        content=b"\x89PNG\r\n\x1a\n" + b"\1" * 50,
        mimetype="image/png",
        filetype="png",
    )
    page = world.standin.share_file(
        GENERAL_CHANNEL,
        "U9",
        name="portal.html",
        content=b"<html></html>",
        mimetype="text/html",
        filetype="html",
    )
    message.files += scan.files + page.files  # one message, three attachments
    view = open_form(world, message)
    assert "portal.html: that type of file is not kept" in str(view["blocks"])
    assert submit(world, view, book["jane"]).ok
    told = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    shown = str(told.args["blocks"])
    assert "kyc.pdf — Mandate letter" in shown and "passport.png — Mandate letter" in shown
    world.standin.assert_no_call("url_private", {"url": page.files[0]["url_private_download"]})
    with world.db() as session:
        names = sorted(session.scalars(select(Document.name)).all())
    assert names == ["kyc.pdf", "passport.png"]
