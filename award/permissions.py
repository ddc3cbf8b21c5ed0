"""Guards for views: who may open a page at all (by role), and object lookups that answer 404
when the current user may not see the object, so a guessed id reveals nothing."""

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, request
from flask_login import current_user, login_required

from award.models import Role

log = logging.getLogger("award.security")


def roles_required(*roles: Role) -> Callable:
    """Signed-out visitors go to the sign-in page; signed-in users without the role get 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any):
            if not current_user.has_role(*roles):
                log.warning(
                    "forbidden: user %s (%s) on %s %s",
                    current_user.id,
                    ",".join(current_user.role_names),
                    request.method,
                    request.path,
                )
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def deny_as_not_found(what: str, object_id: Any) -> None:
    """Log a denied object lookup and answer 404, as if the object did not exist."""
    user = current_user.id if current_user.is_authenticated else "anonymous"
    log.warning("denied: user %s asked for %s %s on %s", user, what, object_id, request.path)
    abort(404)
