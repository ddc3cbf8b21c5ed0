"""An award round and what the secretariat sets up for it: categories, questions, judging stages,
rubric criteria, and the Council members invited to review."""

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import enum_column, utcnow
from award.extensions import db


class Phase(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    SCREENING = "screening"
    REVIEW = "review"
    DELIBERATION = "deliberation"
    DECIDED = "decided"
    ANNOUNCED = "announced"
    ARCHIVED = "archived"


PHASE_ORDER = list(Phase)
PHASE_INDEX = {phase: i for i, phase in enumerate(PHASE_ORDER)}


class Round(db.Model):
    __tablename__ = "rounds"
    __table_args__ = (
        sa.CheckConstraint("nominations_close_at > nominations_open_at", name="call_window"),
        sa.CheckConstraint("review_deadline >= nominations_close_at", name="review_after_call"),
        sa.CheckConstraint("reviewers_per_nomination >= 1", name="k_positive"),
        sa.CheckConstraint("reviewer_load_cap >= 1", name="cap_positive"),
        sa.CheckConstraint("top_n >= 1", name="top_n_positive"),
        sa.CheckConstraint("max_attachments >= 0", name="max_attachments_nonneg"),
        sa.CheckConstraint("max_attachment_mb >= 1", name="max_attachment_mb_positive"),
        sa.CheckConstraint("phase <> 'announced' OR announced_at IS NOT NULL", name="announced"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    year: Mapped[int | None]
    description: Mapped[str] = mapped_column(sa.Text, default="")
    eligibility: Mapped[str] = mapped_column(sa.Text, default="")
    phase: Mapped[Phase] = mapped_column(enum_column(Phase), default=Phase.DRAFT, index=True)
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    nominations_open_at: Mapped[datetime]
    nominations_close_at: Mapped[datetime]
    review_deadline: Mapped[datetime]
    reviewers_per_nomination: Mapped[int] = mapped_column(default=3)
    reviewer_load_cap: Mapped[int] = mapped_column(default=12)
    blind_review: Mapped[bool] = mapped_column(default=False)
    reviewers_see_other_reviews: Mapped[bool] = mapped_column(default=True)
    same_country_conflict: Mapped[bool] = mapped_column(default=True)
    require_sending_and_receiving: Mapped[bool] = mapped_column(default=True)
    reviewer_reminder_days: Mapped[list[Any]] = mapped_column(default=lambda: [7, 2, 1, 0])
    nominator_reminder_days: Mapped[list[Any]] = mapped_column(default=lambda: [3, 1])
    disagreement_threshold: Mapped[float] = mapped_column(default=20.0)
    max_attachments: Mapped[int] = mapped_column(default=5)
    max_attachment_mb: Mapped[int] = mapped_column(default=10)
    allowed_file_types: Mapped[list[Any]] = mapped_column(
        default=lambda: ["pdf", "docx", "png", "jpeg"]
    )
    # The ranking method decisions are taken on (the others stay available side by side), and
    # how many places count as "the top" for P(top N) and the shortlist.
    ranking_method: Mapped[str] = mapped_column(sa.String(24), default="mean")
    top_n: Mapped[int] = mapped_column(default=3)
    # Open and close the call on their own at the set times (a periodic task moves the phase).
    auto_advance: Mapped[bool] = mapped_column(default=True)
    copied_from_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="SET NULL")
    )
    announce_at: Mapped[datetime | None]
    announced_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    categories: Mapped[list["Category"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Category.position"
    )
    questions: Mapped[list["Question"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Question.position"
    )
    stages: Mapped[list["Stage"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Stage.position"
    )

    def is_open_at(self, when: datetime) -> bool:
        """Whether nominations may be saved or submitted at `when` (UTC, checked on the server)."""
        return (
            self.phase == Phase.OPEN
            and self.nominations_open_at <= when < self.nominations_close_at
        )

    @property
    def first_stage(self) -> "Stage | None":
        return self.stages[0] if self.stages else None

    def __repr__(self) -> str:
        return f"<Round {self.slug} {self.phase}>"


class Category(db.Model):
    __tablename__ = "categories"
    __table_args__ = (sa.UniqueConstraint("round_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    slug: Mapped[str] = mapped_column(sa.String(80))
    name: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    round: Mapped[Round] = relationship(back_populates="categories")


class QuestionKind(enum.StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    URL = "url"
    CHOICE = "choice"
    BOOLEAN = "boolean"


class Question(db.Model):
    """A nomination question the secretariat defines per round; answers are rows, not columns."""

    __tablename__ = "questions"
    __table_args__ = (
        sa.UniqueConstraint("round_id", "key"),
        sa.CheckConstraint("word_limit IS NULL OR word_limit > 0", name="word_limit_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(sa.String(40))
    label: Mapped[str] = mapped_column(sa.String(300))
    help: Mapped[str] = mapped_column(sa.Text, default="")
    kind: Mapped[QuestionKind] = mapped_column(
        enum_column(QuestionKind), default=QuestionKind.TEXTAREA
    )
    required: Mapped[bool] = mapped_column(default=True)
    word_limit: Mapped[int | None]
    section: Mapped[str] = mapped_column(sa.String(40), default="innovation")
    options: Mapped[list[Any] | None]
    position: Mapped[int] = mapped_column(default=0)
    round: Mapped[Round] = relationship(back_populates="questions")


class StageKind(enum.StrEnum):
    REVIEW = "review"  # each nomination read by k assigned reviewers
    SHORTLIST = "shortlist"  # a shortlist scored by the whole Council


class Stage(db.Model):
    """A judging stage: assignments, the rubric and reviews belong to a stage, not to the round."""

    __tablename__ = "stages"
    __table_args__ = (sa.UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=1)
    name: Mapped[str] = mapped_column(sa.String(120), default="Review")
    kind: Mapped[StageKind] = mapped_column(enum_column(StageKind), default=StageKind.REVIEW)
    rubric_locked_at: Mapped[datetime | None]
    round: Mapped[Round] = relationship(back_populates="stages")
    criteria: Mapped[list["Criterion"]] = relationship(
        back_populates="stage", cascade="all, delete-orphan", order_by="Criterion.position"
    )


class Criterion(db.Model):
    __tablename__ = "criteria"
    __table_args__ = (
        sa.UniqueConstraint("stage_id", "key"),
        sa.CheckConstraint("weight > 0", name="weight_positive"),
        sa.CheckConstraint("scale_max > scale_min", name="scale_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stages.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(sa.String(40))
    name: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    weight: Mapped[float] = mapped_column(default=1.0)
    scale_min: Mapped[int] = mapped_column(default=1)
    scale_max: Mapped[int] = mapped_column(default=5)
    # {"1": "what a 1 means", ...}: JSON object keys are strings.
    descriptors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment_required: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    stage: Mapped[Stage] = relationship(back_populates="criteria")


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    REMOVED = "removed"


class RoundReviewer(db.Model):
    """A Council member reviewing in one round, with that round's load cap."""

    __tablename__ = "round_reviewers"
    __table_args__ = (
        sa.UniqueConstraint("round_id", "user_id"),
        sa.CheckConstraint("load_cap IS NULL OR load_cap >= 0", name="load_cap_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    load_cap: Mapped[int | None]
    status: Mapped[MemberStatus] = mapped_column(
        enum_column(MemberStatus), default=MemberStatus.ACTIVE
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    round: Mapped[Round] = relationship()
    user: Mapped["User"] = relationship()  # noqa: F821


class Invitation(db.Model):
    """An e-mailed invitation to join the Council; only the token's hash is stored."""

    __tablename__ = "invitations"
    __table_args__ = (
        sa.CheckConstraint(
            "accepted_at IS NULL OR revoked_at IS NULL", name="not_accepted_and_revoked"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(sa.String(254), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    sent_count: Mapped[int] = mapped_column(default=1)
    accepted_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
