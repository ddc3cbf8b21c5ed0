"""Judging: conflicts of interest, bids, assignments, reviews with per-criterion scores, the
append-only revision history, and deliberation posts. Everything here belongs to a stage."""

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import enum_column, utcnow
from award.extensions import db
from award.models.nominations import Nomination
from award.models.rounds import Criterion, Stage
from award.models.users import User


class ConflictSource(enum.StrEnum):
    NOMINATOR = "nominator"  # the reviewer nominated it
    ORGANISATION = "organisation"
    EMAIL_DOMAIN = "email_domain"
    COUNTRY = "country"  # per-round switch; the only one that may be relaxed
    SECRETARIAT = "secretariat"
    DECLARED = "declared"


class ConflictOfInterest(db.Model):
    __tablename__ = "conflicts"
    __table_args__ = (sa.UniqueConstraint("nomination_id", "reviewer_id", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[ConflictSource] = mapped_column(enum_column(ConflictSource))
    # What a person typed (declared, entered), as typed; or, in conflicts found before the
    # system's reasons were kept as a key and parameters, its English sentence.
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    # The system's reason for a conflict it found, as a key and parameters (award.texts).
    system_reason: Mapped[dict[str, Any] | None]
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    nomination: Mapped[Nomination] = relationship()
    reviewer: Mapped[User] = relationship(foreign_keys=[reviewer_id])

    @property
    def why(self) -> dict[str, Any] | str:
        """The reason to show, for `|text`: the system's, or the one a person typed."""
        return self.system_reason or self.reason


class Bid(db.Model):
    """A reviewer's preference for reading a nomination, from -2 (rather not) to +2 (keen)."""

    __tablename__ = "bids"
    __table_args__ = (sa.CheckConstraint("preference BETWEEN -2 AND 2", name="preference_range"),)

    reviewer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), primary_key=True
    )
    preference: Mapped[int]


class AssignmentSource(enum.StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


class Assignment(db.Model):
    __tablename__ = "assignments"
    __table_args__ = (sa.UniqueConstraint("stage_id", "nomination_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stages.id", ondelete="CASCADE"), index=True
    )
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[AssignmentSource] = mapped_column(
        enum_column(AssignmentSource), default=AssignmentSource.MANUAL
    )
    affinity: Mapped[float] = mapped_column(default=0.0)
    # Why it was made: the affinity terms (expertise, language, bid) and who made it; and,
    # once removed by the system or without a typed reason, why (award.texts, under "removed").
    reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    notified_at: Mapped[datetime | None]
    # Removed assignments stay, with their reviews and history: a conflict declared after
    # assignment, or the secretariat's hand. Active ones have removed_at NULL. removed_reason
    # is what a person typed (or, before reasons were kept as keys, the English sentence).
    removed_at: Mapped[datetime | None] = mapped_column(index=True)
    removed_reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")

    stage: Mapped[Stage] = relationship()
    nomination: Mapped[Nomination] = relationship()
    reviewer: Mapped[User] = relationship(foreign_keys=[reviewer_id])
    review: Mapped["Review | None"] = relationship(back_populates="assignment", uselist=False)

    @property
    def removal(self) -> dict[str, Any] | str:
        """Why it was removed, for `|text` ("" while active)."""
        return (self.reasons or {}).get("removed") or self.removed_reason


ACTIVE_ASSIGNMENT = Assignment.removed_at.is_(None)


class ReviewStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class Recommendation(enum.StrEnum):
    STRONGLY_SUPPORT = "strongly_support"
    SUPPORT = "support"
    NEUTRAL = "neutral"
    DO_NOT_SUPPORT = "do_not_support"


class Review(db.Model):
    __tablename__ = "reviews"
    __table_args__ = (
        sa.CheckConstraint(
            "status = 'draft' OR submitted_at IS NOT NULL", name="submitted_has_time"
        ),
        sa.CheckConstraint("confidence IS NULL OR confidence BETWEEN 1 AND 5", name="confidence"),
        sa.CheckConstraint("total IS NULL OR total BETWEEN 0 AND 100", name="total_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assignments.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[ReviewStatus] = mapped_column(
        enum_column(ReviewStatus), default=ReviewStatus.DRAFT
    )
    overall_comment: Mapped[str] = mapped_column(sa.Text, default="")
    recommendation: Mapped[Recommendation | None] = mapped_column(enum_column(Recommendation))
    confidence: Mapped[int | None]
    total: Mapped[float | None]  # weighted total on 0-100, kept for lists and rankings
    submitted_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic locking: a save based on an old version is refused, never silently merged.
    version: Mapped[int] = mapped_column(default=1)

    assignment: Mapped[Assignment] = relationship(back_populates="review")
    scores: Mapped[list["Score"]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Score(db.Model):
    __tablename__ = "scores"

    review_id: Mapped[int] = mapped_column(
        sa.ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[int] = mapped_column(
        sa.ForeignKey("criteria.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[int | None]
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    review: Mapped[Review] = relationship(back_populates="scores")
    criterion: Mapped[Criterion] = relationship()


class ReviewRevision(db.Model):
    """One row per saved change of a review; the database refuses UPDATE and DELETE on it."""

    __tablename__ = "review_revisions"
    __table_args__ = (sa.UniqueConstraint("review_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(sa.ForeignKey("reviews.id"), index=True)
    version: Mapped[int]
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]]
    # Saved with its review in one flush: the relationship orders the review's versioned
    # UPDATE first, so a stale save fails there, before this row is written.
    review: Mapped["Review"] = relationship()


class DiscussionPost(db.Model):
    __tablename__ = "discussion_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(sa.ForeignKey("stages.id", ondelete="CASCADE"))
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[User] = relationship()
