"""Evidence files: recognised by their content, size-checked while streaming, stored outside
the static folder under random names with their SHA-256, served only as downloads."""

import hashlib
import uuid
import zipfile
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from flask import current_app
from flask_babel import gettext as _

from award.errors import DomainError
from award.extensions import db
from award.models import Attachment, Nomination, User
from award.operations import audit
from award.operations.nominations import _check_editable, _check_owner

CHUNK = 64 * 1024

MIME = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EXTENSION = {mime: kind for kind, mime in MIME.items()} | {"image/jpeg": "jpg"}
LABEL = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "docx": "Word (DOCX)"}


def detect_type(path: Path) -> str | None:
    """The file's real type from its first bytes (and, for DOCX, its ZIP contents)."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return "docx"
    return None


def upload_dir() -> Path:
    folder = Path(current_app.config["UPLOAD_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_path(attachment: Attachment) -> Path:
    return upload_dir() / attachment.stored_name


def safe_display_name(filename: str) -> str:
    """Only for showing and for the download's name: the file is stored under a UUID."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip(". ")
    return name[:200] or "file"


def add_attachment(
    nomination: Nomination, stream: BinaryIO, filename: str, actor: User, now: datetime
) -> Attachment:
    _check_owner(nomination, actor)
    _check_editable(nomination, now)
    round_ = nomination.round
    if len(nomination.attachments) >= round_.max_attachments:
        raise DomainError(
            _(
                "A nomination can have at most %(num)d files. Remove one before adding another.",
                num=round_.max_attachments,
            )
        )
    limit = round_.max_attachment_mb * 1024 * 1024
    stored_name = uuid.uuid4().hex
    target = upload_dir() / stored_name
    partial = target.with_suffix(".part")
    digest, size = hashlib.sha256(), 0
    try:
        with partial.open("wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise DomainError(
                        _(
                            "“%(file)s” is larger than %(mb)d MB. Nothing was saved from it.",
                            file=safe_display_name(filename),
                            mb=round_.max_attachment_mb,
                        )
                    )
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise DomainError(_("The file is empty."))
        kind = detect_type(partial)
        allowed = [t for t in round_.allowed_file_types if t in MIME]
        if kind not in allowed:
            raise DomainError(
                _(
                    "“%(file)s” is not a file of an allowed type (%(types)s); its content was "
                    "checked, not its name.",
                    file=safe_display_name(filename),
                    types=", ".join(LABEL[t] for t in allowed),
                )
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    attachment = Attachment(
        nomination=nomination,
        original_name=safe_display_name(filename),
        stored_name=stored_name,
        content_type=MIME[kind],
        size_bytes=size,
        sha256=digest.hexdigest(),
        uploaded_by_id=actor.id,
    )
    db.session.add(attachment)
    db.session.flush()
    audit.record(
        "attachment.added",
        actor=actor,
        obj=attachment,
        round_id=round_.id,
        nomination_id=nomination.id,
        sha256=attachment.sha256,
    )
    return attachment


def remove_attachment(attachment: Attachment, actor: User, now: datetime) -> None:
    nomination = attachment.nomination
    _check_owner(nomination, actor)
    _check_editable(nomination, now)
    audit.record(
        "attachment.removed",
        actor=actor,
        obj=attachment,
        round_id=nomination.round_id,
        nomination_id=nomination.id,
        sha256=attachment.sha256,
    )
    # The file stays on disk: submitted versions refer to it by its SHA-256.
    db.session.delete(attachment)
