"""The access matrix (``tests/directory/test_access.py``) extended to the client file.

Filing a document and **Send me a copy** each get one row per kind of actor:
whoever may see the client's card may file into and read its file, nobody else
(``bot.directory.access.client_for_documents``); controllers see claims, not files.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bot import documents
from bot.documents import Fetched
from storage.models import Rep
from tests.conftest import DEFAULT_NOW
from tests.directory.test_access import (  # noqa: F401  (``cast`` is a fixture)
    Cast,
    allowed,
    cast,
    in_book,
    matrix_rows,
)

PDF = b"%PDF-1.4\n" + b"0" * 100


@pytest.fixture(autouse=True)
def chain_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", "documents-access-chain-key-0123456789")


def _file(session: Session, people: Cast, filer: Rep, client: str, file_id: str) -> int:
    return documents.add_document(
        session,
        actor=filer,
        client_id=people.clients[client].id,
        kind="contract",
        note="",
        fetched=Fetched(file_id, "contract.pdf", "application/pdf", PDF),
        max_file_mb=25,
        now=DEFAULT_NOW,
    ).document_id


def probe_file_a_document(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    return allowed(lambda: _file(session, people, actor, client, f"F-{actor.id}-{client}"))


def probe_send_a_copy(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    # Filed by the client's own covering rep, then asked for by the actor.
    document_id = _file(session, people, people.owners[client], client, f"F-owner-{client}")
    return allowed(
        lambda: documents.copy_for(session, actor=actor, document_id=document_id, now=DEFAULT_NOW)
    )


SURFACES = {
    "file a document": (probe_file_a_document, in_book),
    "send me a copy": (probe_send_a_copy, in_book),
}


test_access_matrix_row = matrix_rows(SURFACES)
