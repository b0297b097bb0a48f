"""Files in the stand-in's workspace: shared by people, uploaded by the bot, read back.

Slack's rules copied here, because a bot that breaks them works against a lax
stand-in and fails in a real workspace:

- ``files.info`` (https://docs.slack.dev/reference/methods/files.info) answers
  ``file_not_found`` for a file the token cannot see: a bot sees the files it
  uploaded and those shared in conversations it is a member of (an assumption
  the stand-in makes strict: a file shared only where the bot is not is not its
  to read); ``file_deleted`` for a deleted one.
- A file's ``url_private`` / ``url_private_download`` need "an authenticated
  request ... using a bot token in the Authorization header"
  (https://api.slack.com/types/file#authentication); a token in the query
  string is not accepted, and without the header Slack answers with its
  sign-in page (a redirect), never the bytes. The token also needs ``files:read``.
- ``files.getUploadURLExternal`` (https://docs.slack.dev/reference/methods/files.getUploadURLExternal)
  needs ``filename`` and ``length``; a missing one, or a ``length`` of 0, is
  ``missing_argument``, a ``length`` that is not a whole number
  ``invalid_arguments``, an ``alt_txt`` over 1,000 characters ``alt_txt_too_large``.
- The upload URL takes the bytes once; ``files.completeUploadExternal`` then
  needs every file uploaded, at the length announced, and the bot in the
  conversation it shares into.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from standin.common import SlackError, dm_channel, is_dm

ALT_TEXT_LIMIT = 1000
URL_PRIVATE = "url_private"


@dataclass
class UploadedFile:
    """A file in the workspace: uploaded by the bot (``completed`` once shared) or by a person."""

    id: str
    filename: str
    length: int
    content: bytes = b""
    title: str | None = None
    alt_text: str | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    thread_ts: str | None = None
    completed: bool = False
    mimetype: str = "application/octet-stream"
    filetype: str = "binary"
    user: str | None = None  # who shared it (the bot's uploads: the bot)
    channels: list[str] = field(default_factory=list)
    created: int = field(default_factory=lambda: int(time.time()))
    deleted: bool = False
    base_url: str = ""
    team_id: str = "T0001"

    @property
    def url_private(self) -> str:
        return f"{self.base_url}/files-pri/{self.team_id}-{self.id}/{self.filename}"

    @property
    def url_private_download(self) -> str:
        return f"{self.base_url}/files-pri/{self.team_id}-{self.id}/download/{self.filename}"

    def as_dict(self) -> dict[str, Any]:
        """Slack's file object (the fields a bot reads)."""
        channels = self.channels or ([self.channel_id] if self.channel_id else [])
        return {
            "id": self.id,
            "created": self.created,
            "timestamp": self.created,
            "name": self.filename,
            "title": self.title or self.filename,
            "mimetype": self.mimetype,
            "filetype": self.filetype,
            "user": self.user,
            "mode": "hosted",
            "is_external": False,
            "size": len(self.content),
            "url_private": self.url_private,
            "url_private_download": self.url_private_download,
            "alt_txt": self.alt_text,
            "channels": channels,
        }


class Files:
    """The ``files.*`` methods and the files' private URLs (mixed into ``Workspace``)."""

    files: dict[str, UploadedFile]
    base_url: str
    team_id: str
    bot_user_id: str

    if TYPE_CHECKING:  # what Conversations and Workspace provide

        def next_id(self, prefix: str) -> str: ...

        def check_member(self, conversation: str) -> None: ...

        def post(self, channel: str, content: dict[str, Any], **extra: Any) -> Any: ...

    def _file(self, file_id: str, **values: Any) -> UploadedFile:
        file = UploadedFile(id=file_id, base_url=self.base_url, team_id=self.team_id, **values)
        self.files[file_id] = file
        return file

    # -- a person shares a file -----------------------------------------------------------

    def share_file(
        self,
        channel: str,
        user: str,
        *,
        name: str,
        content: bytes,
        mimetype: str,
        filetype: str,
        text: str = "",
        title: str | None = None,
    ) -> Any:
        """``user`` posts ``content`` as ``name`` in ``channel``; returns the message."""
        file = self._file(
            self.next_id("F"),
            filename=name,
            length=len(content),
            content=content,
            title=title,
            mimetype=mimetype,
            filetype=filetype,
            user=user,
            channels=[dm_channel(channel)],
            completed=True,
        )
        message = self.post(
            dm_channel(channel),
            {"text": text, "blocks": [], "attachments": []},
            files=[file.as_dict()],
        )
        message.user = user
        return message

    def _visible_to_bot(self, file: UploadedFile) -> bool:
        if file.user == self.bot_user_id or file.user is None:
            return True
        for channel in file.channels:
            try:
                self.check_member(channel)
            except SlackError:
                continue
            return True
        return False

    # -- files.info and url_private -------------------------------------------------------

    def api_files_info(self, args: dict[str, Any]) -> dict[str, Any]:
        file = self.files.get(str(args.get("file") or ""))
        if file is None or not file.completed or not self._visible_to_bot(file):
            raise SlackError("file_not_found")
        if file.deleted:
            raise SlackError("file_deleted")
        return {"file": file.as_dict()}

    def private_file(self, path: str) -> UploadedFile | None:
        """The file ``/files-pri/T…-F…/[download/]name`` names, if it exists and is visible."""
        parts = path.strip("/").split("/")
        if len(parts) not in (3, 4) or parts[0] != "files-pri":
            return None
        team, _, file_id = parts[1].partition("-")
        file = self.files.get(file_id)
        name = parts[-1]
        if len(parts) == 4 and parts[2] != "download":
            return None
        if (
            team != self.team_id
            or file is None
            or file.deleted
            or not file.completed
            or name != file.filename
            or not self._visible_to_bot(file)
        ):
            return None
        return file

    # -- the bot uploads (files_upload_v2) ----------------------------------------------

    def api_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        length = str(args.get("length") or "").strip()
        if not args.get("filename") or not length or length == "0":
            raise SlackError("missing_argument")
        if not length.isdigit():
            raise SlackError("invalid_arguments")
        if len(str(args.get("alt_txt") or "")) > ALT_TEXT_LIMIT:
            raise SlackError("alt_txt_too_large")
        file = self._file(
            self.next_id("F"),
            filename=str(args["filename"]),
            length=int(length),
            alt_text=args.get("alt_txt"),
            user=self.bot_user_id,
        )
        return {"upload_url": f"{self.base_url}/upload/{file.id}", "file_id": file.id}

    def store_upload(self, file_id: str, content: bytes) -> bool:
        upload = self.files.get(file_id)
        if upload is None or upload.completed or upload.user != self.bot_user_id:
            return False
        upload.content = content
        return True

    def api_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        entries = args.get("files")
        if not isinstance(entries, list) or not entries:
            raise SlackError("invalid_arguments")
        channel = args.get("channel_id") or (str(args.get("channels") or "").split(",")[0])
        if channel:
            self.check_member(dm_channel(channel))
        pending = []
        for entry in entries:
            upload = self.files.get(str(entry.get("id") if isinstance(entry, dict) else entry))
            if upload is None or upload.completed or upload.user != self.bot_user_id:
                raise SlackError("file_not_found")
            if len(upload.content) != upload.length:
                raise SlackError("file_upload_size_mismatch")
            pending.append((upload, entry))
        done = []
        for upload, entry in pending:
            upload.title = entry.get("title") or upload.filename
            upload.channel_id = dm_channel(channel) if channel else None
            upload.channels = [upload.channel_id] if upload.channel_id else []
            upload.initial_comment = args.get("initial_comment")
            upload.thread_ts = args.get("thread_ts")
            upload.completed = True
            done.append(upload)
        if channel:
            self.post(
                dm_channel(channel),
                {"text": args.get("initial_comment") or "", "blocks": [], "attachments": []},
                files=[f.as_dict() for f in done],
                thread_ts=args.get("thread_ts") or None,
            )
        return {"files": [{"id": f.id, "title": f.title} for f in done]}


__all__ = ["URL_PRIVATE", "Files", "UploadedFile", "is_dm"]
