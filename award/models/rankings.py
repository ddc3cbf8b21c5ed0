"""Results: ranking snapshots per stage and category, their entries, and the Council's decisions."""

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import enum_column, utcnow
from award.extensions import db
from award.models.nominations import Nomination
from award.models.rounds import Category, Stage


class RankingSnapshot(db.Model):
    __tablename__ = "ranking_snapshots"
    __table_args__ = (
        # The same inputs give the same snapshot: recomputing with nothing changed adds nothing.
        sa.UniqueConstraint("stage_id", "category_id", "method", "input_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stages.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(sa.ForeignKey("categories.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(sa.String(24))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    input_hash: Mapped[str] = mapped_column(sa.String(64))
    applicable: Mapped[bool] = mapped_column(default=True)
    # Why the method cannot rank, as an English sentence: snapshots made before such texts were
    # kept as a key and parameters (award.texts), which newer ones hold in params["reason"].
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    agreement: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )

    stage: Mapped[Stage] = relationship()
    category: Mapped[Category] = relationship()
    entries: Mapped[list["RankingEntry"]] = relationship(
        cascade="all, delete-orphan", order_by="RankingEntry.rank"
    )

    @property
    def why_not(self) -> dict[str, Any] | str:
        """Why the method cannot rank this round, for `|text`: a stored text, or the English
        sentence of an older snapshot."""
        return (self.params or {}).get("reason") or self.reason

    @property
    def notes(self) -> list[Any]:
        """The method's caveats, for `|text` (stored texts, or English in older snapshots)."""
        return list((self.params or {}).get("notes") or [])


class RankingEntry(db.Model):
    __tablename__ = "ranking_entries"

    snapshot_id: Mapped[int] = mapped_column(
        sa.ForeignKey("ranking_snapshots.id", ondelete="CASCADE"), primary_key=True
    )
    nomination_id: Mapped[int] = mapped_column(
        sa.ForeignKey("nominations.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int | None]
    tie_group: Mapped[int | None]
    score: Mapped[float | None]
    mean: Mapped[float | None]
    median: Mapped[float | None]
    sd: Mapped[float | None]
    n_reviews: Mapped[int] = mapped_column(default=0)
    score_lo: Mapped[float | None]
    score_hi: Mapped[float | None]
    rank_lo: Mapped[int | None]
    rank_hi: Mapped[int | None]
    p_top: Mapped[float | None]
    flags: Mapped[list[Any]] = mapped_column(default=list)
    nomination: Mapped[Nomination] = relationship()


class DecisionKind(enum.StrEnum):
    WINNER = "winner"
    RUNNER_UP = "runner_up"
    HONOURABLE_MENTION = "honourable_mention"


class Decision(db.Model):
    __tablename__ = "decisions"
    __table_args__ = (sa.UniqueConstraint("nomination_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(sa.ForeignKey("categories.id", ondelete="CASCADE"))
    nomination_id: Mapped[int] = mapped_column(sa.ForeignKey("nominations.id", ondelete="CASCADE"))
    kind: Mapped[DecisionKind] = mapped_column(enum_column(DecisionKind))
    citation: Mapped[str] = mapped_column(sa.Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    decided_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)

    nomination: Mapped[Nomination] = relationship()
    category: Mapped[Category] = relationship()
