"""Celery tasks: thin wrappers that load ids, call operations and commit. Each is safe to run
twice."""

import logging

from celery import shared_task

from award import mail
from award.database import utcnow
from award.dispatch import publish
from award.errors import DomainError
from award.extensions import db
from award.models import JobRun, JobStatus, Stage, User
from award.operations import assignments, lifecycle, rankings, reminders
from award.texts import Text, stored

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


@shared_task(name="workers.tasks.run_assignment")
def run_assignment(job_id: int) -> str:
    """Run one requested assignment. Safe to run twice: a finished job is not run again."""
    job = db.session.get(JobRun, job_id)
    if job is None or job.status in (JobStatus.DONE, JobStatus.FAILED):
        return "skipped"
    stage = db.session.get(Stage, job.stage_id)
    actor = db.session.get(User, job.created_by_id) if job.created_by_id else None

    # The progress and outcome are kept as texts (key and parameters), shown in the language
    # of whoever opens the job's page.
    def progress(percent: int, text: Text) -> None:
        job.status, job.progress = JobStatus.RUNNING, percent
        job.result = {**job.result, "message": stored(text)}
        db.session.commit()  # progress only; the assignments are written in one transaction

    try:
        summary = assignments.run_assignment(
            stage,
            actor,
            utcnow(),
            relax_country=job.result.get("relax_country", False),
            progress=progress,
            batch=f"job{job.id}",
        )
    except DomainError as error:
        db.session.rollback()
        # A refusal made of a Text is kept as such; any other is in the worker's language.
        job.result = {**job.result, "message": error.stored_text or error.message}
        job.status, job.finished_at = JobStatus.FAILED, utcnow()
        db.session.commit()
        return "failed"
    job.status, job.progress = JobStatus.DONE, 100
    job.result, job.finished_at = {**summary, "message": Text("job.done").stored()}, utcnow()
    db.session.commit()
    return "done"


@shared_task(name="workers.tasks.send_reminders")
def send_reminders() -> int:
    """Queue every reminder that is due. Safe to run any number of times, on any number of
    workers: each reminder has a unique key in the outbox."""
    queued = reminders.send_due_reminders(utcnow())
    db.session.commit()
    return queued


@shared_task(name="workers.tasks.compute_rankings")
def compute_rankings(stage_id: int, method: str = rankings.DEFAULT_METHOD) -> int:
    """Compute one method's ranking snapshots for a stage. Safe to run twice: the same inputs
    give the same snapshot, so a second run adds nothing."""
    stage = db.session.get(Stage, stage_id)
    if stage is None:
        return 0
    snapshots = rankings.compute_rankings(stage, method, now=utcnow())
    db.session.commit()
    return len(snapshots)


@shared_task(name="workers.tasks.advance_rounds")
def advance_rounds() -> list[tuple[str, str]]:
    """Open and close calls at their set times and make due announcements. Safe to run twice:
    each move re-reads the phase under a lock, and announcement e-mails are keyed."""
    moved = lifecycle.advance_due_rounds(utcnow())
    db.session.commit()
    for slug, phase in moved:
        log.info("round %s moved to %s", slug, phase)
    return moved
