"""Writing to the append-only audit log."""

from typing import Any

from flask import has_request_context, request

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
