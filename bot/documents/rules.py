"""What may go into a client's file: the kinds, the size limit and the type allow-list.

The allow-list is by what a firm files — signed contracts and letters (PDF,
Word, OpenDocument), statements (PDF, spreadsheets, CSV), scanned forms
(PNG, JPEG, TIFF, HEIC), mails (EML) and plain text. A file is accepted only
when its name's extension, its MIME type and its first bytes agree with one
entry: a ``.pdf`` that Slack calls ``text/html`` (a sign-in page), or whose
bytes do not start ``%PDF-``, is refused. Executables, archives, HTML and
everything unknown are refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import _
from bot.messages import documents as text
from storage.models import DOCUMENT_KINDS

KINDS = DOCUMENT_KINDS

MB = 1024 * 1024
# Longest name kept (the column's width); longer names are cut, keeping the extension.
NAME_LIMIT = 255


@dataclass(frozen=True)
class FileType:
    label: str
    extensions: tuple[str, ...]
    mimetypes: tuple[str, ...]
    # Bytes the content must start with (any of them); empty: not checked (text).
    magic: tuple[bytes, ...] = ()


_ZIP = (b"PK\x03\x04",)
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)

ALLOWED: tuple[FileType, ...] = (
    FileType("PDF", ("pdf",), ("application/pdf",), (b"%PDF-",)),
    FileType(
        "Word",
        ("docx",),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        _ZIP,
    ),
    FileType("Word", ("doc",), ("application/msword",), _OLE),
    FileType(
        "Excel",
        ("xlsx",),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        _ZIP,
    ),
    FileType("Excel", ("xls",), ("application/vnd.ms-excel",), _OLE),
    FileType("OpenDocument", ("odt",), ("application/vnd.oasis.opendocument.text",), _ZIP),
    FileType("OpenDocument", ("ods",), ("application/vnd.oasis.opendocument.spreadsheet",), _ZIP),
    FileType("PNG", ("png",), ("image/png",), (b"\x89PNG\r\n\x1a\n",)),
    FileType("JPEG", ("jpg", "jpeg"), ("image/jpeg",), (b"\xff\xd8\xff",)),
    FileType("TIFF", ("tif", "tiff"), ("image/tiff",), (b"II*\x00", b"MM\x00*")),
    FileType("HEIC", ("heic",), ("image/heic",)),
    FileType("email", ("eml",), ("message/rfc822",)),
    FileType("text", ("txt",), ("text/plain",)),
    FileType("CSV", ("csv",), ("text/csv", "text/plain")),
)


def extension(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def file_type(name: str, mimetype: str) -> FileType | None:
    """The allowed type ``name`` and ``mimetype`` agree on, or None."""
    ext = extension(name)
    mime = mimetype.split(";")[0].strip().lower()
    for allowed in ALLOWED:
        if ext in allowed.extensions and mime in allowed.mimetypes:
            return allowed
    return None


def max_bytes(max_file_mb: int) -> int:
    return max_file_mb * MB


def refusal(*, name: str, mimetype: str, size: int, max_file_mb: int) -> str | None:
    """Why ``name`` cannot go into a client's file, as a sentence; None when it can."""
    if file_type(name, mimetype) is None:
        return _(text.TYPE_REFUSED).format(name=name, allowed=allowed_list())
    if size <= 0:
        return _(text.EMPTY_REFUSED).format(name=name)
    if size > max_bytes(max_file_mb):
        return _(text.TOO_BIG).format(name=name, size=human_size(size), limit=f"{max_file_mb} MB")
    return None


def content_refusal(*, name: str, mimetype: str, content: bytes, expected_size: int) -> str | None:
    """Why the downloaded bytes are not the file Slack described; None when they are."""
    kind = file_type(name, mimetype)
    if kind is None:
        return _(text.TYPE_REFUSED).format(name=name, allowed=allowed_list())
    if len(content) != expected_size:
        return _(text.DOWNLOAD_INCOMPLETE).format(name=name)
    if kind.magic and not content.startswith(kind.magic):
        return _(text.CONTENT_MISMATCH).format(name=name, label=kind.label)
    return None


def allowed_list() -> str:
    """``PDF, Word (doc, docx), …``: what the refusal tells people they may send."""
    seen: dict[str, list[str]] = {}
    for allowed in ALLOWED:
        seen.setdefault(allowed.label, []).extend(allowed.extensions)
    return ", ".join(f"{label} ({', '.join(exts)})" for label, exts in seen.items())


def human_size(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def kept_name(name: str) -> str:
    """The name as stored: no path, at most ``NAME_LIMIT`` characters, the extension kept."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "file"
    if len(name) <= NAME_LIMIT:
        return name
    ext = extension(name)
    keep = NAME_LIMIT - (len(ext) + 1 if ext else 0)
    return name[:keep] + (f".{ext}" if ext else "")
