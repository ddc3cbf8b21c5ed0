"""Writing to the append-only audit log, and reading it back for the secretariat."""

from typing import Any

import sqlalchemy as sa
from flask import has_request_context, request
from sqlalchemy.orm import joinedload

from award.extensions import db
from award.models import AuditEvent, User


def record(
    action: str,
    actor: User | None = None,
    obj: Any = None,
    round_id: int | None = None,
    **data: Any,
) -> AuditEvent:
    event = AuditEvent(
        action=action,
        actor_id=actor.id if actor is not None and actor.id else None,
        object_type=type(obj).__name__.lower() if obj is not None else "",
        object_id=getattr(obj, "id", None),
        round_id=round_id if round_id is not None else getattr(obj, "round_id", None),
        ip=(request.remote_addr or "")[:45] if has_request_context() else "",
        data=data,
    )
    db.session.add(event)
    return event


def events_query(
    round_id: int | None = None, email: str = "", action: str = ""
) -> sa.Select[tuple[AuditEvent]]:
    """The audit log, newest first, narrowed to a round, a person and an action. A person is
    matched by e-mail, both as the one who acted and as the account acted on (a failed sign-in
    has no actor, only the account)."""
    query = (
        sa.select(AuditEvent)
        .options(joinedload(AuditEvent.actor))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    )
    if round_id is not None:
        query = query.where(AuditEvent.round_id == round_id)
    if email:
        person = sa.select(User.id).where(User.email == email.strip().lower()).scalar_subquery()
        query = query.where(
            sa.or_(
                AuditEvent.actor_id == person,
                sa.and_(AuditEvent.object_type == "user", AuditEvent.object_id == person),
            )
        )
    if action:
        query = query.where(AuditEvent.action == action)
    return query


def actions() -> list[str]:
    """Every action the log holds, for the filter."""
    return list(
        db.session.scalars(sa.select(AuditEvent.action).distinct().order_by(AuditEvent.action))
    )
