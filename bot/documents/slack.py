"""A client file's Slack calls: a shared file read (``files.info``, then its ``url_private``
with the bot token) and a copy sent back (``files_upload_v2`` into the reader's DM).

Each runs outside any transaction (commit, then tell), with a timeout, and its
result is checked; a failure comes back as ``SlackFileError`` with a reason a
person can act on. The bot token goes only to Slack's own hosts (or the host
``SLACK_API_URL`` names, for the local stand-in), never to a URL a payload
merely claims.

Slack: "To access the contents of a file, you'll need to make an authenticated
request to the URL ... using a bot token in the Authorization header"
(file object, https://api.slack.com/types/file#authentication). Without it
Slack answers with its sign-in page, not the file: a redirect or an HTML page
is therefore refused here, never stored.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.documents import Copy, Fetched, rules
from bot.i18n import _
from bot.messages import documents as text

log = logging.getLogger(__name__)

# Seconds a file's download or upload may take: a 25 MB document over a slow link,
# far longer than a message post's two seconds, but never unbounded.
FILE_TIMEOUT = 30
CHUNK = 1024 * 1024


class SlackFileError(Exception):
    """Slack would not hand over, or take, a file; ``str()`` is the sentence to show."""


@dataclass(frozen=True)
class FileInfo:
    """A Slack file as ``files.info`` describes it."""

    id: str
    name: str
    mimetype: str
    size: int
    url_private: str


def file_client(client: Any) -> Any:
    """``client`` with a timeout long enough for a document (uploads go through it)."""
    if not isinstance(client, WebClient):
        return client
    return WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=FILE_TIMEOUT,
        retry_handlers=client.retry_handlers,
    )


def payload_files(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The files a shortcut's message carries (each at least an id and a name)."""
    files = message.get("files") or []
    return [f for f in files if isinstance(f, dict) and f.get("id")]


def file_info(client: Any, file_id: str, *, name: str) -> FileInfo:
    """``files.info`` for ``file_id``; raises ``SlackFileError`` naming the file."""
    try:
        answer = client.files_info(file=file_id)
    except SlackApiError as error:
        reason = str(error.response.get("error") or "refused")
        if reason in ("file_not_found", "file_deleted", "not_in_channel", "access_denied"):
            raise SlackFileError(_(text.CANNOT_READ).format(name=name, reason=reason)) from None
        raise SlackFileError(_(text.SLACK_FAILED).format(name=name, reason=reason)) from None
    except Exception as error:  # network, timeout
        reason = type(error).__name__
        raise SlackFileError(_(text.SLACK_FAILED).format(name=name, reason=reason)) from None
    file = answer.get("file") or {}
    url = str(file.get("url_private_download") or file.get("url_private") or "")
    if not url:
        raise SlackFileError(_(text.CANNOT_READ).format(name=name, reason="no url_private"))
    return FileInfo(
        id=str(file.get("id") or file_id),
        name=str(file.get("name") or name),
        mimetype=str(file.get("mimetype") or "application/octet-stream"),
        size=int(file.get("size") or 0),
        url_private=url,
    )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect from ``url_private`` is Slack's sign-in page: never followed."""

    def redirect_request(self, *_args: Any, **_kwargs: Any) -> None:
        return None


def trusted(url: str, api_url: str) -> bool:
    """May the bot token be sent to ``url``: https on a Slack host, or the API's own host."""
    parts, api = urlsplit(url), urlsplit(api_url)
    host = (parts.hostname or "").lower()
    if host and host == (api.hostname or "").lower() and parts.scheme == api.scheme:
        return True
    return parts.scheme == "https" and (host == "slack.com" or host.endswith(".slack.com"))


def download(info: FileInfo, *, token: str, api_url: str, limit: int) -> bytes:
    """The file's bytes from its ``url_private``, at most ``limit`` of them.

    Raises ``SlackFileError``: an untrusted host, a refusal, a redirect (the
    sign-in page), an HTML answer for a file that is not HTML, or more bytes
    than ``limit``.
    """
    name = info.name
    if not trusted(info.url_private, api_url):
        raise SlackFileError(_(text.CANNOT_READ).format(name=name, reason="not a Slack address"))
    request = urllib.request.Request(
        info.url_private, headers={"Authorization": f"Bearer {token}"}, method="GET"
    )
    opener = urllib.request.build_opener(_NoRedirects())
    try:
        with opener.open(request, timeout=FILE_TIMEOUT) as answer:
            content_type = str(answer.headers.get("Content-Type") or "")
            if content_type.startswith("text/html") and not info.mimetype.startswith("text/html"):
                raise SlackFileError(_(text.CANNOT_READ).format(name=name, reason="sign-in page"))
            chunks: list[bytes] = []
            total = 0
            while True:
                chunk = answer.read(CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise SlackFileError(_(text.DOWNLOAD_INCOMPLETE).format(name=name))
                chunks.append(chunk)
    except urllib.error.HTTPError as error:
        reason = f"HTTP {error.code}" + (", sign-in page" if 300 <= error.code < 400 else "")
        raise SlackFileError(_(text.CANNOT_READ).format(name=name, reason=reason)) from None
    except (urllib.error.URLError, OSError) as error:
        reason = type(getattr(error, "reason", error)).__name__
        raise SlackFileError(_(text.SLACK_FAILED).format(name=name, reason=reason)) from None
    return b"".join(chunks)


def fetch(client: Any, payload_file: dict[str, Any], *, token: str, max_file_mb: int) -> Fetched:
    """One shared file, checked against the rules before and after its download.

    ``files.info`` gives the authoritative name, type and size (the payload's
    copy is only used to name the file in a refusal); the type and size are
    refused before a byte is fetched, the bytes after (``rules.content_refusal``).
    Raises ``SlackFileError`` with the sentence to show.
    """
    name = str(payload_file.get("name") or payload_file.get("title") or payload_file["id"])
    info = file_info(client, str(payload_file["id"]), name=name)
    refused = rules.refusal(
        name=info.name, mimetype=info.mimetype, size=info.size, max_file_mb=max_file_mb
    )
    if refused is not None:
        raise SlackFileError(refused)
    content = download(
        info, token=token, api_url=str(client.base_url), limit=rules.max_bytes(max_file_mb)
    )
    refused = rules.content_refusal(
        name=info.name, mimetype=info.mimetype, content=content, expected_size=info.size
    )
    if refused is not None:
        raise SlackFileError(refused)
    return Fetched(slack_file_id=info.id, name=info.name, mimetype=info.mimetype, content=content)


def send_copy(client: Any, *, user_id: str, copy: Copy) -> None:
    """Upload ``copy`` into the reader's DM with the app; raises ``SlackFileError``."""
    comment = _(text.COPY_COMMENT).format(
        name=copy.name, client=copy.client_name, digest=copy.sha256[:12]
    )
    try:
        dm = client.conversations_open(users=user_id)["channel"]["id"]
        answer = file_client(client).files_upload_v2(
            channel=dm,
            content=copy.content,
            filename=copy.name,
            title=copy.name,
            initial_comment=comment,
        )
    except SlackApiError as error:
        reason = str(error.response.get("error") or "refused")
        raise SlackFileError(_(text.COPY_FAILED).format(name=copy.name, reason=reason)) from None
    except Exception as error:  # network, timeout
        reason = type(error).__name__
        raise SlackFileError(_(text.COPY_FAILED).format(name=copy.name, reason=reason)) from None
    if not answer.get("ok") or not answer.get("files"):
        raise SlackFileError(
            _(text.COPY_FAILED).format(name=copy.name, reason="no file in the answer")
        )
