"""Who may see a nomination: one predicate, used by pages, downloads, the API and tasks."""

import sqlalchemy as sa

from award.extensions import db
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    ConflictOfInterest,
    Nomination,
    NominationStatus,
    Role,
    User,
)


def is_conflicted(user: User, nomination: Nomination) -> bool:
    return db.session.scalar(
        sa.select(
            sa.exists().where(
                ConflictOfInterest.nomination_id == nomination.id,
                ConflictOfInterest.reviewer_id == user.id,
            )
        )
    )


def is_assigned(user: User, nomination: Nomination) -> bool:
    return db.session.scalar(
        sa.select(
            sa.exists().where(
                Assignment.nomination_id == nomination.id,
                Assignment.reviewer_id == user.id,
                ACTIVE_ASSIGNMENT,
            )
        )
    )


def can_see_nomination(user: User | None, nomination: Nomination) -> bool:
    """The nominator; the secretariat (not drafts, which are the nominator's own work); a
    reviewer assigned to it and free of conflict."""
    if user is None or not user.is_authenticated:
        return False
    if nomination.nominator_id == user.id:
        return True
    if nomination.status == NominationStatus.DRAFT:
        return False
    if user.has_role(Role.SECRETARIAT):
        return True
    return (
        user.has_role(Role.REVIEWER)
        and is_assigned(user, nomination)
        and not is_conflicted(user, nomination)
    )
