"""The client file's rules and services, on both databases: what may be filed, who may
read it, how a copy's read is audited, and ``cmsbot export documents``."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bot import documents
from bot.audit.verify import verify
from bot.cli import main
from bot.directory.access import NotYours
from bot.documents import Fetched, rules
from bot.documents.export import ExportRefused, export_documents, file_name
from bot.documents.slack import trusted
from bot.errors import InvalidInput, NotAllowed, SettingsError
from bot.settings import load_settings
from storage.engine import make_engine
from storage.models import AuditEvent, Client, Document, Rep
from tests.factories import make_client, make_rep

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture(autouse=True)
def chain_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", "documents-unit-chain-key-0123456789")


# --- the rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mimetype", "allowed"),
    [
        ("mandate.pdf", "application/pdf", True),
        ("KYC.PDF", "application/pdf", True),
        ("scan.jpeg", "image/jpeg", True),
        ("book.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", True),
        ("notes.txt", "text/plain; charset=utf-8", True),
        ("mandate.pdf", "text/html", False),  # Slack's sign-in page named like the file
        ("page.html", "text/html", False),
        ("setup.exe", "application/x-msdownload", False),
        ("archive.zip", "application/zip", False),
        ("pdf", "application/pdf", False),  # no extension
    ],
)
def test_the_allow_list_wants_the_name_and_the_type_to_agree(
    name: str, mimetype: str, allowed: bool
) -> None:
    assert (rules.file_type(name, mimetype) is not None) is allowed


def test_size_limit_is_the_setting_in_megabytes() -> None:
    limit = 2 * rules.MB
    ok = rules.refusal(name="a.pdf", mimetype="application/pdf", size=limit, max_file_mb=2)
    too_big = rules.refusal(name="a.pdf", mimetype="application/pdf", size=limit + 1, max_file_mb=2)
    assert ok is None
    assert too_big == "a.pdf is 2.0 MB; client files take documents up to 2 MB (`CMS_MAX_FILE_MB`)."
    assert rules.refusal(name="a.pdf", mimetype="application/pdf", size=0, max_file_mb=2) == (
        "a.pdf: the file is empty."
    )


def test_downloaded_bytes_must_be_what_the_name_says() -> None:
    check = rules.content_refusal
    assert (
        check(name="a.pdf", mimetype="application/pdf", content=PDF, expected_size=len(PDF)) is None
    )
    assert "not a PDF file" in str(
        check(name="a.pdf", mimetype="application/pdf", content=PNG, expected_size=len(PNG))
    )
    assert "different number of bytes" in str(
        check(name="a.pdf", mimetype="application/pdf", content=PDF, expected_size=len(PDF) + 1)
    )


def test_kept_names_lose_paths_and_keep_their_extension() -> None:
    assert rules.kept_name("../../etc/passwd.pdf") == "passwd.pdf"
    long = rules.kept_name("x" * 400 + ".pdf")
    assert len(long) == rules.NAME_LIMIT and long.endswith(".pdf")
    assert file_name(7, "a/b:c?.pdf") == "00007-a_b_c_.pdf"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://files.slack.com/files-pri/T1-F1/a.pdf", True),
        ("https://slack.com/files-pri/T1-F1/a.pdf", True),
        ("http://files.slack.com/files-pri/T1-F1/a.pdf", False),  # never the token in clear
        ("https://evil.example/files-pri/T1-F1/a.pdf", False),
        ("https://slack.com.evil.example/a.pdf", False),
        ("http://127.0.0.1:4000/files-pri/T1-F1/a.pdf", True),  # SLACK_API_URL's own host
        ("http://127.0.0.1:4001/files-pri/T1-F1/a.pdf", True),
        ("http://localhost:4000/a.pdf", False),
    ],
)
def test_the_bot_token_goes_only_to_slack_or_the_api_host(url: str, ok: bool) -> None:
    assert trusted(url, "http://127.0.0.1:4000/api/") is ok


def test_max_file_mb_defaults_to_25_and_a_bad_value_is_named() -> None:
    assert load_settings(environ={}, env_file=None).max_file_mb == 25
    assert load_settings(environ={"CMS_MAX_FILE_MB": "5"}, env_file=None).max_file_mb == 5
    for bad in ("0", "2.5", "lots", "2000"):
        with pytest.raises(SettingsError, match="CMS_MAX_FILE_MB must be a whole number"):
            load_settings(environ={"CMS_MAX_FILE_MB": bad}, env_file=None)


# --- the services ------------------------------------------------------------------------


def fetched(file_id: str = "F1", content: bytes = PDF) -> Fetched:
    return Fetched(
        slack_file_id=file_id, name="mandate.pdf", mimetype="application/pdf", content=content
    )


def file_for(
    session: Session,
    actor: Rep,
    client: Client,
    now: datetime,
    kind: str,
    file: Fetched,
    note: str = "",
) -> documents.Filed:
    """``add_document`` at the default limit (25 MB), so a test names only what it tests."""
    return documents.add_document(
        session,
        actor=actor,
        client_id=client.id,
        kind=kind,
        note=note,
        fetched=file,
        max_file_mb=25,
        now=now,
    )


def file_one(session: Session, now: datetime, **kwargs: object):  # type: ignore[no-untyped-def]
    boss = make_rep(session, "U3", "Boss", roles=("rep", "manager"))
    rita = make_rep(session, "U1", "Rita", manager=boss)
    otto = make_rep(session, "U2", "Otto")
    jane = make_client(session, "Jane Smith", covered_by=[rita], external_id="C-JANE")
    filed = file_for(session, rita, jane, now, "kyc", fetched(), note="passport")
    return filed, rita, otto, boss, jane


def test_a_filed_document_keeps_its_bytes_and_hash_and_verifies(
    session: Session, now: datetime
) -> None:
    filed, *_ = file_one(session, now)
    assert filed.created and filed.sha256 == documents.sha256_of(PDF)
    assert session.scalar(select(Document.content).where(Document.id == filed.document_id)) == PDF
    assert verify(session, now=now) == []


def test_a_document_is_filed_for_clients_the_actor_may_see_only(
    session: Session, now: datetime
) -> None:
    _filed, _rita, otto, _boss, jane = file_one(session, now)
    with pytest.raises(NotYours):
        file_for(session, otto, jane, now, "kyc", fetched("F2"))


def test_a_kind_outside_the_list_and_a_refused_file_are_invalid(
    session: Session, now: datetime
) -> None:
    _filed, rita, _otto, _boss, jane = file_one(session, now)
    with pytest.raises(InvalidInput, match="Pick what kind"):
        file_for(session, rita, jane, now, "selfie", fetched("F2"))
    exe = Fetched("F3", "setup.exe", "application/x-msdownload", b"MZ")
    with pytest.raises(InvalidInput, match="not kept in client files"):
        file_for(session, rita, jane, now, "other", exe)


def test_a_copy_is_for_readers_of_the_client_and_each_read_is_audited(
    session: Session, now: datetime
) -> None:
    filed, rita, otto, boss, _jane = file_one(session, now)
    copy = documents.copy_for(session, actor=rita, document_id=filed.document_id, now=now)
    assert copy.content == PDF and copy.client_name == "Jane Smith"
    # Rita's manager sees her book, so her client's file too.
    documents.copy_for(session, actor=boss, document_id=filed.document_id, now=now)
    with pytest.raises(NotYours):
        documents.copy_for(session, actor=otto, document_id=filed.document_id, now=now)
    reads = session.scalars(
        select(AuditEvent.actor).where(AuditEvent.action == "send_copy").order_by(AuditEvent.id)
    ).all()
    assert reads == ["U1", "U3"]
    assert verify(session, now=now) == []  # reads change no state


def test_a_rewritten_hash_column_is_caught_too(session: Session, now: datetime) -> None:
    filed, *_ = file_one(session, now)
    session.execute(
        text("UPDATE documents SET sha256 = :h, content = :c WHERE id = :id"),
        {"h": documents.sha256_of(PNG), "c": PNG, "id": filed.document_id},
    )
    [found] = [str(b) for b in verify(session, now=now)]
    assert found.startswith(f"documents {filed.document_id}: current state differs")
    assert found.endswith("in content_sha256, sha256")


def test_export_writes_the_files_a_manifest_and_checkable_sums(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    filed, *_ = file_one(session, now)
    out = tmp_path / "jane"
    done = export_documents(session, external_id="C-JANE", to=out, now=now)
    assert done.count == 1
    name = file_name(filed.document_id, "mandate.pdf")
    assert (out / name).read_bytes() == PDF
    manifest = json.loads((out / "manifest.json").read_text())
    [entry] = manifest["documents"]
    assert (entry["file"], entry["kind"], entry["sha256"], entry["added_by_slack_user_id"]) == (
        name,
        "kyc",
        documents.sha256_of(PDF),
        "U1",
    )
    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert session.scalars(select(AuditEvent.actor).where(AuditEvent.action == "export")).all() == [
        "cli"
    ]


def test_export_refuses_a_changed_document_and_a_folder_in_use(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    filed, *_ = file_one(session, now)
    used = tmp_path / "used"
    used.mkdir()
    (used / "other.txt").write_text("x")
    with pytest.raises(ExportRefused, match="not an empty folder"):
        export_documents(session, external_id="C-JANE", to=used, now=now)
    session.execute(
        text("UPDATE documents SET content = :c WHERE id = :id"),
        {"c": PDF[:-1] + b"!", "id": filed.document_id},
    )
    out = tmp_path / "jane"
    with pytest.raises(ExportRefused, match="no longer matches the SHA-256"):
        export_documents(session, external_id="C-JANE", to=out, now=now)
    assert not out.exists()


def test_cmsbot_export_documents_writes_the_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"sqlite:///{tmp_path / 'cms.sqlite3'}"
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade", "--db", url]) == 0
    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        file_one(session, now)
    engine.dispose()
    capsys.readouterr()
    out = tmp_path / "out"
    code = main(["export", "documents", "--client", "C-JANE", "--to", str(out), "--db", url])
    assert code == 0, capsys.readouterr().err
    assert "wrote 1 document(s) of C-JANE" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir())[-2:] == ["SHA256SUMS", "manifest.json"]
    assert (
        main(
            [
                "export",
                "documents",
                "--client",
                "C-NOBODY",
                "--to",
                str(tmp_path / "x"),
                "--db",
                url,
            ]
        )
        == 1
    )
    assert "No client has the id 'C-NOBODY'" in capsys.readouterr().err
    assert main(["export", "documents", "--db", url]) == 1
    assert "needs --client EXT_ID and --to DIR" in capsys.readouterr().err


# --- the banking wall and the roles that record nothing --------------------------------


def walled_book(session: Session, now: datetime):  # type: ignore[no-untyped-def]
    """Acme is covered by Wendy (wealth) and Bea (a banker); each files one document."""
    wendy = make_rep(session, "UW", "Wendy")
    bea = make_rep(session, "UB", "Bea", roles=("banker",))
    carl = make_rep(session, "UC", "Carl", roles=("compliance",))
    acme = make_client(session, "Acme Holdings", covered_by=[wendy, bea], external_id="C-ACME")

    def add(actor: Rep, kind: str, file_id: str) -> int:
        return file_for(session, actor, acme, now, kind, fetched(file_id)).document_id

    mandate = add(bea, "mandate_letter", "F-MANDATE")
    kyc = add(wendy, "kyc", "F-KYC")
    return wendy, bea, carl, acme, mandate, kyc


def test_a_mandate_letter_is_behind_the_banking_wall(session: Session, now: datetime) -> None:
    wendy, bea, carl, acme, mandate, kyc = walled_book(session, now)

    def listed(reader: Rep) -> set[int]:
        return {d.document_id for d in documents.list_documents(session, acme.id, reader=reader)}

    assert listed(bea) == {mandate}  # the wealth KYC is the wealth side's
    assert listed(wendy) == {kyc}  # the mandate is behind the wall
    assert listed(carl) == {mandate, kyc}  # compliance reads everything
    with pytest.raises(NotYours):
        documents.copy_for(session, actor=wendy, document_id=mandate, now=now)
    with pytest.raises(NotYours):
        documents.copy_for(session, actor=bea, document_id=kyc, now=now)
    assert documents.copy_for(session, actor=carl, document_id=mandate, now=now).content == PDF
    reads = session.scalars(select(AuditEvent.actor).where(AuditEvent.action == "send_copy")).all()
    assert reads == ["UC"]  # refused reads leave no read on record


def test_compliance_reads_the_file_but_files_nothing(session: Session, now: datetime) -> None:
    _wendy, _bea, carl, acme, _mandate, _kyc = walled_book(session, now)
    with pytest.raises(NotAllowed):
        documents.require_may_file(carl)
    with pytest.raises(NotAllowed):
        documents.target_client(session, actor=carl, client_id=acme.id)
