"""The stand-in's files refuse what Slack refuses: ``files.info``, ``url_private`` and the
three steps of ``files_upload_v2``, over real HTTP with the real slack_sdk client.

Slack's documentation each rule copies:

- file object, "Authentication" (https://api.slack.com/types/file#authentication):
  a file's ``url_private`` needs the bot token in the ``Authorization`` header;
  without it the answer is the sign-in page, not the bytes.
- files.info (https://docs.slack.dev/reference/methods/files.info): ``files:read``;
  ``file_not_found`` for a file the token cannot see, ``file_deleted``.
- files.getUploadURLExternal
  (https://docs.slack.dev/reference/methods/files.getUploadURLExternal):
  ``filename`` and ``length`` required; ``missing_argument`` "typically only occurs
  when the ``length`` provided is 0"; ``alt_txt_too_large`` past 1,000 characters.
- files.completeUploadExternal
  (https://docs.slack.dev/reference/methods/files.completeUploadExternal): the
  files must have been uploaded; sharing needs the bot in the channel.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from standin.scopes import manifest_scopes
from standin.server import SlackStandIn

TOKEN = "xoxb-test"
PDF = b"%PDF-1.4\n" + b"x" * 1000 + b"\n%%EOF\n"


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """#general (the bot in it) and #deals (the bot not in it)."""
    with SlackStandIn(token=TOKEN) as server:
        server.add_channel("CGENERAL", "general", members=[server.bot_user_id], everyone=True)
        server.add_channel("CDEALS", "deals", members=["U1"])
        yield server


@pytest.fixture
def client(standin: SlackStandIn) -> WebClient:
    return WebClient(token=TOKEN, base_url=standin.api_url, retry_handlers=[])


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    """A GET that does not follow redirects, so the sign-in page's redirect is seen."""

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    opener = urllib.request.build_opener(NoRedirects())
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=5) as answer:
            return answer.status, answer.read(), dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def test_a_shared_file_is_in_its_message_and_described_by_files_info(standin, client):
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    [file] = message.files
    assert (file["name"], file["mimetype"], file["size"]) == (
        "mandate.pdf",
        "application/pdf",
        len(PDF),
    )
    assert file["url_private"].endswith(f"/files-pri/T0001-{file['id']}/mandate.pdf")
    info = client.files_info(file=file["id"])["file"]
    assert info["url_private_download"] == file["url_private_download"]
    assert info["user"] == "U1" and info["channels"] == ["CGENERAL"]


def test_url_private_with_the_bot_token_in_the_header_gives_the_bytes(standin, client):
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    status, body, headers = get(
        message.files[0]["url_private_download"], {"Authorization": f"Bearer {TOKEN}"}
    )
    assert (status, body, headers["Content-Type"]) == (200, PDF, "application/pdf")


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "not_authed"),
        ({"Authorization": "Bearer xoxb-someone-else"}, "invalid_auth"),
        ({"Authorization": TOKEN}, "not_authed"),  # not a Bearer header
    ],
)
def test_url_private_without_the_bot_token_redirects_to_the_sign_in_page(standin, headers, reason):
    standin.expect_refusal("url_private", error=reason)
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    status, body, answer = get(message.files[0]["url_private"], headers)
    assert status == 302 and PDF not in body
    assert "/signin" in answer["Location"]
    # A browser (or a client that follows redirects) lands on HTML, never the file.
    page = urllib.request.urlopen(answer["Location"], timeout=5)
    assert page.headers["Content-Type"].startswith("text/html")


def test_url_private_with_the_token_in_the_query_string_is_not_accepted(standin):
    standin.expect_refusal("url_private", error="not_authed")
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    status, body, _ = get(message.files[0]["url_private"] + f"?token={TOKEN}")
    assert status == 302 and body != PDF


def test_url_private_needs_files_read(standin):
    scopes = [s for s in manifest_scopes() or () if s != "files:read"]
    with SlackStandIn(token=TOKEN, granted_scopes=scopes) as narrow:
        narrow.expect_refusal("url_private", error="missing_scope")
        narrow.add_channel("CGENERAL", "general", members=[narrow.bot_user_id], everyone=True)
        message = narrow.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
        status, _, _ = get(message.files[0]["url_private"], {"Authorization": f"Bearer {TOKEN}"})
        assert status == 302


def test_files_info_refuses_a_file_shared_only_where_the_bot_is_not(standin, client):
    standin.expect_refusal("files.info", error="file_not_found", count=2)
    standin.expect_refusal("url_private", error="file_not_found")
    message = standin.share_file("CDEALS", "U1", name="deal.pdf", content=PDF)
    with pytest.raises(SlackApiError) as raised:
        client.files_info(file=message.files[0]["id"])
    assert raised.value.response["error"] == "file_not_found"
    status, _, _ = get(message.files[0]["url_private"], {"Authorization": f"Bearer {TOKEN}"})
    assert status == 404
    with pytest.raises(SlackApiError):
        client.files_info(file="F9999")


def test_files_info_of_a_deleted_file_is_file_deleted(standin, client):
    standin.expect_refusal("files.info", error="file_deleted")
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    standin.delete_file(message.files[0]["id"])
    with pytest.raises(SlackApiError) as raised:
        client.files_info(file=message.files[0]["id"])
    assert raised.value.response["error"] == "file_deleted"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ({"length": 10}, "missing_argument"),
        ({"filename": "a.pdf", "length": 0}, "missing_argument"),
        ({"filename": "a.pdf", "length": "ten"}, "invalid_arguments"),
        ({"filename": "a.pdf", "length": 10, "alt_txt": "x" * 1001}, "alt_txt_too_large"),
    ],
)
def test_get_upload_url_refuses_what_slack_refuses(standin, client, args, error):
    standin.expect_refusal("files.getUploadURLExternal", error=error)
    with pytest.raises(SlackApiError) as raised:
        client.api_call("files.getUploadURLExternal", params=args)
    assert raised.value.response["error"] == error


def test_completing_an_upload_whose_bytes_never_came_is_refused(standin, client):
    standin.expect_refusal("files.completeUploadExternal", error="file_upload_size_mismatch")
    got = client.files_getUploadURLExternal(filename="a.pdf", length=len(PDF))
    with pytest.raises(SlackApiError) as raised:
        client.files_completeUploadExternal(files=[{"id": got["file_id"]}], channel_id="CGENERAL")
    assert raised.value.response["error"] == "file_upload_size_mismatch"
    assert standin.uploaded_files() == []


def test_sharing_an_upload_where_the_bot_is_not_is_refused(standin, client):
    standin.expect_refusal("files.completeUploadExternal", error="not_in_channel")
    with pytest.raises(SlackApiError) as raised:
        client.files_upload_v2(channel="CDEALS", content=PDF, filename="a.pdf")
    assert raised.value.response["error"] == "not_in_channel"
    assert standin.uploaded_files() == []


def test_a_persons_file_cannot_be_overwritten_through_an_upload_url(standin):
    standin.expect_refusal("upload", error="file_not_found")
    message = standin.share_file("CGENERAL", "U1", name="mandate.pdf", content=PDF)
    request = urllib.request.Request(
        f"{standin.base_url}/upload/{message.files[0]['id']}", data=b"evil", method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    assert raised.value.code == 404
    assert standin.workspace.files[message.files[0]["id"]].content == PDF


def test_files_upload_v2_into_a_dm_lands_in_that_dm(standin, client):
    dm = client.conversations_open(users="U1")["channel"]["id"]
    client.files_upload_v2(channel=dm, content=PDF, filename="copy.pdf", title="copy.pdf")
    [upload] = standin.uploaded_files()
    assert (upload.channel_id, upload.content) == (dm, PDF)
    assert [m.files[0]["name"] for m in standin.messages_in(dm)] == ["copy.pdf"]
