"""Bearer-token authentication for the API: `Authorization: Bearer <token>`, checked against the
stored hashes by award.operations.api_tokens. A failure is a 401 in JSON with WWW-Authenticate."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import jsonify, request

from award.database import utcnow, write_intent
from award.extensions import db
from award.models import ApiToken
from award.operations import api_tokens

REALM = "award API"
ENVIRON_KEY = "award.api_token"


def presented_token() -> str | None:
    """The token of an `Authorization: Bearer` header; "" for a header of another kind or an
    empty one (a credential was offered but cannot be valid); None for no header at all."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, value = header.strip().partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def authenticated_token() -> ApiToken | None:
    """The request's valid token, checked once per request. The check may record last_used_at,
    so it runs in its own short write transaction (SQLite's write lock taken up front, as for
    any write: see award/database.py) and commits at once; the rest of the request only reads."""
    # Kept with the request, not in `g`: an app context (and its `g`) can outlive one request.
    if ENVIRON_KEY not in request.environ:
        raw = presented_token()
        token = None
        if raw:
            intent = write_intent.set(True)
            try:
                token = api_tokens.authenticate(raw, utcnow())
                db.session.commit()
            finally:
                write_intent.reset(intent)
        request.environ[ENVIRON_KEY] = token
    return request.environ[ENVIRON_KEY]


def unauthorized(message: str):
    response = jsonify(error=message)
    response.status_code = 401
    challenge = f'Bearer realm="{REALM}"'
    if presented_token() is not None:
        challenge += ', error="invalid_token"'
    response.headers["WWW-Authenticate"] = challenge
    return response


def check_presented_token():
    """None when no token was sent or the one sent is valid; a 401 response when a token was
    sent and is wrong, revoked or malformed (a tool must learn that its token stopped working,
    even on an endpoint that is also public)."""
    if presented_token() is None or authenticated_token() is not None:
        return None
    return unauthorized("This token is not valid: it is wrong, malformed or was revoked.")


def token_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any):
        if presented_token() is None:
            return unauthorized("Send an API token as 'Authorization: Bearer <token>'.")
        failed = check_presented_token()
        if failed is not None:
            return failed
        return view(*args, **kwargs)

    return wrapped
