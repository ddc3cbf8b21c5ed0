"""Background job runs (assignment, ranking) with progress the secretariat can watch."""

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from award.database import enum_column, utcnow
from award.extensions import db


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class JobRun(db.Model):
    __tablename__ = "job_runs"
    __table_args__ = (sa.CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(40))
    round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"))
    stage_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stages.id", ondelete="CASCADE"))
    status: Mapped[JobStatus] = mapped_column(enum_column(JobStatus), default=JobStatus.QUEUED)
    progress: Mapped[int] = mapped_column(default=0)
    # Progress and outcome in English, in runs made before such texts were kept as a key and
    # parameters (award.texts), which newer runs hold in result["message"].
    message: Mapped[str] = mapped_column(sa.Text, default="")
    input_hash: Mapped[str] = mapped_column(sa.String(64), default="")
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    @property
    def progress_text(self) -> dict[str, Any] | str:
        """What the job is doing or why it failed, for `|text`."""
        return (self.result or {}).get("message") or self.message
