"""Reminders: each (person, round, reminder) is e-mailed exactly once, by a de-duplication key
in the outbox, however often the periodic task runs and however many workers race."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.links import public_url
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    ConflictOfInterest,
    Nomination,
    NominationStatus,
    OutboxMessage,
    Phase,
    Review,
    ReviewStatus,
    Round,
    Stage,
    User,
)
from award.operations import audit

REVIEWER_KIND = "reminder_reviewer"
NOMINATOR_KIND = "reminder_nominator"
REVIEW_PHASES = (Phase.REVIEW, Phase.DELIBERATION)


def current_offset(deadline: datetime, offsets: list[int], now: datetime) -> str | None:
    """Which reminder is due now: the nearest offset (days before the deadline) already reached,
    'overdue' after the deadline when 0 is among the offsets, or None. A beat that was down for a
    while sends only the latest reminder, never a burst of stale ones."""
    if now >= deadline:
        return "overdue" if 0 in offsets else None
    reached = [d for d in offsets if d > 0 and now >= deadline - timedelta(days=d)]
    return f"{min(reached)}d" if reached else None


@dataclass
class Outstanding:
    reviewer: User
    assignments: list[Assignment]


def unfinished_reviews(round_: Round) -> list[Outstanding]:
    """Each reviewer's assignments in the round with no submitted review, leaving out removed
    assignments, conflicted pairs and withdrawn nominations."""
    submitted = sa.select(Review.assignment_id).where(Review.status == ReviewStatus.SUBMITTED)
    conflicted = sa.select(ConflictOfInterest.id).where(
        ConflictOfInterest.nomination_id == Assignment.nomination_id,
        ConflictOfInterest.reviewer_id == Assignment.reviewer_id,
    )
    rows = db.session.scalars(
        sa.select(Assignment)
        .join(Stage, Stage.id == Assignment.stage_id)
        .join(Nomination, Nomination.id == Assignment.nomination_id)
        .where(
            Stage.round_id == round_.id,
            ACTIVE_ASSIGNMENT,
            Nomination.status != NominationStatus.WITHDRAWN,
            Assignment.id.not_in(submitted),
            ~sa.exists(conflicted),
        )
        .options(selectinload(Assignment.reviewer), selectinload(Assignment.nomination))
        .order_by(Assignment.reviewer_id, Assignment.id)
    ).all()
    by_reviewer: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in rows:
        by_reviewer[assignment.reviewer_id].append(assignment)
    return [Outstanding(items[0].reviewer, items) for items in by_reviewer.values()]


def remind_reviewer(round_: Round, outstanding: Outstanding, key: str) -> int | None:
    reviewer = outstanding.reviewer
    items = [
        (a.nomination.title, public_url("review.review", assignment_id=a.id))
        for a in outstanding.assignments
    ]
    return queue_email(
        to=reviewer,
        template=REVIEWER_KIND,
        round_id=round_.id,
        dedup_key=f"reminder:reviewer:round={round_.id}:user={reviewer.id}:{key}",
        round=round_,
        items=items,
        deadline=round_.review_deadline,
        timezone=reviewer.timezone,
        overdue=key == "overdue",
        dashboard=public_url("review.dashboard"),
    )


def send_due_reminders(now: datetime) -> int:
    """The periodic task's work: queue every reminder that is due and not yet sent."""
    queued = 0
    rounds = db.session.scalars(
        sa.select(Round).where(
            Round.closed_at.is_(None), Round.phase.in_([*REVIEW_PHASES, Phase.OPEN])
        )
    ).all()
    for round_ in rounds:
        if round_.phase in REVIEW_PHASES:
            key = current_offset(round_.review_deadline, round_.reviewer_reminder_days, now)
            if key:
                for outstanding in unfinished_reviews(round_):
                    queued += remind_reviewer(round_, outstanding, key) is not None
        elif round_.phase == Phase.OPEN:
            key = current_offset(round_.nominations_close_at, round_.nominator_reminder_days, now)
            if key and key != "overdue":
                queued += _remind_nominators(round_, key)
    return queued


def _remind_nominators(round_: Round, key: str) -> int:
    drafts = db.session.scalars(
        sa.select(Nomination)
        .where(Nomination.round_id == round_.id, Nomination.status == NominationStatus.DRAFT)
        .options(selectinload(Nomination.nominator))
        .order_by(Nomination.nominator_id, Nomination.id)
    ).all()
    by_person: dict[int, list[Nomination]] = defaultdict(list)
    for nomination in drafts:
        by_person[nomination.nominator_id].append(nomination)
    queued = 0
    for items in by_person.values():
        person = items[0].nominator
        queued += (
            queue_email(
                to=person,
                template=NOMINATOR_KIND,
                round_id=round_.id,
                dedup_key=f"reminder:nominator:round={round_.id}:user={person.id}:{key}",
                round=round_,
                deadline=round_.nominations_close_at,
                timezone=person.timezone,
                items=[
                    (n.display_title, public_url("nominations.edit", nomination_id=n.id))
                    for n in items
                ],
            )
            is not None
        )
    return queued


def remind_now(round_: Round, actor: User, now: datetime, reviewer: User | None = None) -> int:
    """The secretariat's 'send a reminder now', to one reviewer or to everyone with reviews
    outstanding. Repeated clicks within the same minute send once."""
    sent = 0
    for outstanding in unfinished_reviews(round_):
        if reviewer is not None and outstanding.reviewer.id != reviewer.id:
            continue
        sent += remind_reviewer(round_, outstanding, f"manual:{now:%Y%m%dT%H%M}") is not None
    audit.record(
        "reminders.sent_now",
        actor=actor,
        obj=round_,
        round_id=round_.id,
        reviewer_id=reviewer.id if reviewer else None,
        sent=sent,
    )
    return sent


def reminder_history(round_: Round) -> dict[int, list[OutboxMessage]]:
    """For each reviewer, the reminders queued for this round, newest first."""
    history: dict[int, list[OutboxMessage]] = defaultdict(list)
    for message in db.session.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.round_id == round_.id, OutboxMessage.kind == REVIEWER_KIND)
        .order_by(OutboxMessage.created_at.desc())
    ):
        history[message.user_id].append(message)
    return history
