"""Celery tasks: thin wrappers that load ids, call operations and commit. Each is safe to run
twice."""

import logging

from celery import shared_task

from award import mail
from award.dispatch import publish
from award.extensions import db

log = logging.getLogger(__name__)


@shared_task(name="workers.tasks.deliver_email")
def deliver_email(message_id: int) -> bool:
    message = mail.claim(message_id)
    db.session.commit()  # the claim must be visible before we talk to the mail server
    if message is None:
        return False  # already sent, being sent, or not due yet
    sent = mail.send_claimed(message)
    db.session.commit()
    return sent


@shared_task(name="workers.tasks.sweep_outbox")
def sweep_outbox() -> int:
    """Publish every due message: those never published (Redis was down), retries whose backoff
    has passed, and claims left by a dead worker."""
    ids = mail.due_message_ids()
    db.session.commit()
    for message_id in ids:
        publish(mail.DELIVER_TASK, message_id)
    return len(ids)
