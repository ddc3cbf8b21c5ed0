"""Nominations: the nominee, answers to the round's questions, submitted versions, and files."""

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import enum_column, utcnow
from award.extensions import db
from award.models.rounds import Category, Question, Round
from award.models.users import User


class NominationStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    INFO_REQUESTED = "info_requested"  # the secretariat reopened it until a date
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    WITHDRAWN = "withdrawn"


class NomineeKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class LinkKind(enum.StrEnum):
    """Which side of migration the countries the innovation links are on."""

    SENDING = "sending"
    RECEIVING = "receiving"
    BOTH = "both"


class Nomination(db.Model):
    __tablename__ = "nominations"
    __table_args__ = (
        sa.CheckConstraint(
            "status = 'draft' OR (receipt_number IS NOT NULL AND submitted_at IS NOT NULL)",
            name="submitted_has_receipt",
        ),
        sa.CheckConstraint(
            "status <> 'withdrawn' OR withdrawn_at IS NOT NULL", name="withdrawn_has_time"
        ),
        sa.CheckConstraint(
            "status NOT IN ('eligible', 'ineligible') OR screened_at IS NOT NULL",
            name="screened_has_time",
        ),
        sa.CheckConstraint("country IS NULL OR length(country) = 2", name="country_iso2"),
        sa.Index("ix_nominations_round_status", "round_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"))
    nominator_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    category_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"), index=True)
    status: Mapped[NominationStatus] = mapped_column(
        enum_column(NominationStatus), default=NominationStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(sa.String(300), default="")
    nominee_kind: Mapped[NomineeKind | None] = mapped_column(enum_column(NomineeKind))
    nominee_name: Mapped[str] = mapped_column(sa.String(200), default="")
    nominee_organisation: Mapped[str] = mapped_column(sa.String(200), default="")
    nominee_email: Mapped[str] = mapped_column(sa.String(254), default="")
    nominee_website: Mapped[str] = mapped_column(sa.String(500), default="")
    country: Mapped[str | None] = mapped_column(sa.String(2), index=True)
    link_kind: Mapped[LinkKind | None] = mapped_column(enum_column(LinkKind))
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    consent_showcase: Mapped[bool | None]
    receipt_number: Mapped[str | None] = mapped_column(sa.String(32), unique=True)
    # Idempotency for Submit: a double-click posts the same token twice and gets one receipt.
    submission_token: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    submitted_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    screened_at: Mapped[datetime | None]
    screening_reason: Mapped[str] = mapped_column(sa.Text, default="")
    info_requested_until: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    round: Mapped[Round] = relationship()
    nominator: Mapped[User] = relationship()
    category: Mapped[Category | None] = relationship()
    answers: Mapped[list["Answer"]] = relationship(
        back_populates="nomination", cascade="all, delete-orphan"
    )
    linked_countries: Mapped[list["NominationCountry"]] = relationship(cascade="all, delete-orphan")
    themes: Mapped[list["NominationTheme"]] = relationship(cascade="all, delete-orphan")
    attachments: Mapped[list["Attachment"]] = relationship(
        back_populates="nomination", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    versions: Mapped[list["NominationVersion"]] = relationship(
        cascade="all, delete-orphan", order_by="NominationVersion.number"
    )

    __mapper_args__ = {"version_id_col": version}

    def answer(self, key: str) -> str:
        for a in self.answers:
            if a.question.key == key:
                return a.value
        return ""

    @property
    def display_title(self) -> str:
        return self.title or gettext("Untitled draft")

    def __repr__(self) -> str:
        return f"<Nomination {self.id} {self.status}>"


class Answer(db.Model):
    __tablename__ = "answers"
    __table_args__ = (sa.UniqueConstraint("nomination_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(sa.ForeignKey("questions.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(sa.Text, default="")
    nomination: Mapped[Nomination] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship(lazy="joined")


class NominationCountry(db.Model):
    __tablename__ = "nomination_countries"
    __table_args__ = (sa.CheckConstraint("length(country) = 2", name="country_iso2"),)

    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(sa.String(2), primary_key=True)


class NominationTheme(db.Model):
    __tablename__ = "nomination_themes"

    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(sa.String(80), primary_key=True)


class NominationVersion(db.Model):
    """A frozen copy of a nomination at each submission, so the secretariat sees what changed."""

    __tablename__ = "nomination_versions"
    __table_args__ = (sa.UniqueConstraint("nomination_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(sa.ForeignKey("nominations.id", ondelete="CASCADE"))
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]]


class AttachmentKind(enum.StrEnum):
    EVIDENCE = "evidence"
    SUPPORT_LETTER = "support_letter"


class Attachment(db.Model):
    __tablename__ = "attachments"
    __table_args__ = (sa.CheckConstraint("size_bytes > 0", name="size_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AttachmentKind] = mapped_column(
        enum_column(AttachmentKind), default=AttachmentKind.EVIDENCE
    )
    original_name: Mapped[str] = mapped_column(sa.String(255))
    stored_name: Mapped[str] = mapped_column(sa.String(64), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(100))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    uploaded_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    nomination: Mapped[Nomination] = relationship(back_populates="attachments")
