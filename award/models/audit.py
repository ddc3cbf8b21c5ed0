"""The append-only audit log: who did what to which object, and when. The database refuses
UPDATE and DELETE on this table (triggers created by the migration)."""

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import utcnow
from award.extensions import db
from award.models.users import User


class AuditEvent(db.Model):
    __tablename__ = "audit_events"
    __table_args__ = (sa.Index("ix_audit_events_object", "object_type", "object_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(60), index=True)
    object_type: Mapped[str] = mapped_column(sa.String(40), default="")
    object_id: Mapped[int | None]
    round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id"), index=True)
    ip: Mapped[str] = mapped_column(sa.String(45), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actor: Mapped[User | None] = relationship()
