"""The e-mail outbox: queue_email() in the caller's transaction; delivery by a worker after the
commit, with retries and backoff, at most once per de-duplication key."""

import hashlib
import logging
import smtplib
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import force_locale
from sqlalchemy.dialects import postgresql, sqlite

from award.database import utcnow
from award.dispatch import after_commit
from award.extensions import db
from award.models import OutboxMessage, OutboxStatus, User
from award.operations import email_texts

log = logging.getLogger(__name__)
DELIVER_TASK = "workers.tasks.deliver_email"


def _insert():
    dialect = db.session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(OutboxMessage)


def render_email(
    template: str, language: str = "en", text: tuple[str, str] | None = None, **context
) -> tuple[str, str]:
    """Render the e-mail in the recipient's language: from `text`, a round's own (subject, body)
    with placeholders, when given; else from templates/emails/<template>.txt, whose first line
    is 'Subject: ...' and the rest the body."""
    with force_locale(language):
        if text is not None:
            return email_texts.render_text(template, *text, context)
        rendered = render_template(f"emails/{template}.txt", **context)
    first, _, body = rendered.lstrip().partition("\n")
    return first.removeprefix("Subject:").strip(), body.strip() + "\n"


def queue_email(
    *,
    to: User | str,
    template: str,
    dedup_key: str,
    round_id: int | None = None,
    name: str = "",
    language: str | None = None,
    **context,
) -> int | None:
    """Write one message to the outbox in the current transaction. Returns its id, or None when a
    message with this key already exists (a second call is a no-op, even from a racing worker)."""
    if isinstance(to, User):
        email, name, language, user_id = to.email, to.name, language or to.language, to.id
    else:
        email, user_id = to, None
    language = language or "en"
    text = email_texts.round_text(round_id, template, language) if round_id else None
    subject, body = render_email(template, language, text, recipient_name=name, **context)
    stmt = (
        _insert()
        .values(
            dedup_key=dedup_key,
            kind=template,
            to_email=email,
            to_name=name,
            subject=subject,
            body_text=body,
            language=language,
            round_id=round_id,
            user_id=user_id,
            status=OutboxStatus.PENDING.value,
            attempts=0,
            last_error="",
            next_attempt_at=utcnow(),
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["dedup_key"])
        .returning(OutboxMessage.id)
    )
    message_id = db.session.execute(stmt).scalar()
    if message_id is not None:
        after_commit(DELIVER_TASK, message_id)
    return message_id


class DeliveryError(Exception):
    pass


def claim(message_id: int) -> OutboxMessage | None:
    """Mark a due message as being sent by this worker. Only one claimant can win the UPDATE, so
    two workers given the same id never both send it."""
    now = utcnow()
    result = db.session.execute(
        sa.update(OutboxMessage)
        .where(
            OutboxMessage.id == message_id,
            OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.next_attempt_at <= now,
        )
        .values(status=OutboxStatus.SENDING, claimed_at=now, attempts=OutboxMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None
    return db.session.get(OutboxMessage, message_id, populate_existing=True)


def to_email_message(message: OutboxMessage) -> EmailMessage:
    em = EmailMessage()
    em["From"] = current_app.config["MAIL_DEFAULT_SENDER"]
    em["To"] = f"{message.to_name} <{message.to_email}>" if message.to_name else message.to_email
    em["Subject"] = message.subject
    # A stable Message-ID lets a receiving server drop a duplicate if a retry ever resends.
    digest = hashlib.sha256(message.dedup_key.encode()).hexdigest()[:24]
    em["Message-ID"] = make_msgid(idstring=digest, domain="award.local")
    em["X-Award-Key"] = message.dedup_key
    em.set_content(message.body_text)
    return em


def _send_file(message: OutboxMessage, em: EmailMessage) -> None:
    folder = Path(current_app.config["OUTBOX_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{message.id:08d}.eml"
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(bytes(em))
    tmp.replace(target)  # one file per message: a repeated delivery rewrites, never duplicates


def _send_smtp(em: EmailMessage) -> None:
    cfg = current_app.config
    smtp_cls = smtplib.SMTP_SSL if cfg["MAIL_USE_SSL"] else smtplib.SMTP
    try:
        with smtp_cls(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=cfg["MAIL_TIMEOUT"]) as smtp:
            if cfg["MAIL_USE_TLS"]:
                smtp.starttls()
            if cfg["MAIL_USERNAME"]:
                smtp.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"] or "")
            smtp.send_message(em)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc


def send_claimed(message: OutboxMessage) -> bool:
    """Send a message this worker has claimed; record success, or schedule a retry with backoff,
    or give up after OUTBOX_MAX_ATTEMPTS. Returns whether it was sent."""
    em = to_email_message(message)
    try:
        if current_app.config["MAIL_BACKEND"] == "smtp":
            _send_smtp(em)
        else:
            _send_file(message, em)
    except DeliveryError as exc:
        message.last_error = str(exc)[:2000]
        if message.attempts >= current_app.config["OUTBOX_MAX_ATTEMPTS"]:
            message.status = OutboxStatus.FAILED
            log.error("e-mail %s to %s failed for good: %s", message.id, message.to_email, exc)
        else:
            message.status = OutboxStatus.PENDING
            message.next_attempt_at = utcnow() + backoff(message.attempts)
            log.warning("e-mail %s attempt %s failed: %s", message.id, message.attempts, exc)
        return False
    message.status = OutboxStatus.SENT
    message.sent_at = utcnow()
    message.last_error = ""
    return True


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def due_message_ids(limit: int = 500) -> list[int]:
    """Release claims left by a worker that died mid-send, then list what is due."""
    now = utcnow()
    stale = now - timedelta(seconds=current_app.config["OUTBOX_STALE_SECONDS"])
    db.session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at < stale)
        .values(status=OutboxStatus.PENDING)
        .execution_options(synchronize_session=False)
    )
    return list(
        db.session.scalars(
            sa.select(OutboxMessage.id)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= now
            )
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
    )


def retry_failed(message: OutboxMessage) -> bool:
    """Give a failed message a fresh set of attempts (the secretariat's 'send again')."""
    if message.status != OutboxStatus.FAILED:
        return False
    message.status = OutboxStatus.PENDING
    message.attempts = 0
    message.next_attempt_at = utcnow()
    after_commit(DELIVER_TASK, message.id)
    return True
