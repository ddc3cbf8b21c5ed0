"""API tokens: made and revoked by the secretariat, checked on every API request. A token is a
random string shown once; only its SHA-256 is stored, so a copy of the database opens nothing."""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.models import ApiToken, User
from award.operations import audit

TOKEN_BYTES = 32
PREFIX_LENGTH = 8
NAME_MAX = 120
# last_used_at is written at most this often per token, so that a busy tool does not turn every
# read into a write.
LAST_USED_PRECISION = timedelta(minutes=1)


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(name: str, actor: User, now: datetime | None = None) -> tuple[ApiToken, str]:
    """Make a token named `name`; returns the row and the token itself, which is never stored
    and cannot be shown again. Flushes, never commits."""
    name = " ".join((name or "").split())
    if not name:
        raise DomainError(_("Give the token a name, such as the tool that will use it."))
    if len(name) > NAME_MAX:
        raise DomainError(_("A token's name has at most %(num)d characters.", num=NAME_MAX))
    raw = secrets.token_urlsafe(TOKEN_BYTES)
    token = ApiToken(
        name=name,
        token_hash=token_hash(raw),
        prefix=raw[:PREFIX_LENGTH],
        created_by_id=actor.id,
        created_at=now or utcnow(),
    )
    db.session.add(token)
    db.session.flush()
    audit.record("api_token.created", actor=actor, obj=token, name=name, prefix=token.prefix)
    return token, raw


def revoke_token(token: ApiToken, actor: User, now: datetime | None = None) -> bool:
    """Revoke at once: the next request with this token gets 401. Revoking twice changes
    nothing and returns False. Flushes, never commits."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = now or utcnow()
    audit.record("api_token.revoked", actor=actor, obj=token, name=token.name, prefix=token.prefix)
    db.session.flush()
    return True


def authenticate(raw: str | None, now: datetime | None = None) -> ApiToken | None:
    """The active token whose hash matches `raw`, or None. Records when it was last used (to
    the minute). Flushes, never commits."""
    if not raw:
        return None
    digest = token_hash(raw)
    token = db.session.scalar(sa.select(ApiToken).where(ApiToken.token_hash == digest))
    # The lookup is by hash, so its timing says nothing about the token; compare anyway.
    if token is None or not hmac.compare_digest(token.token_hash, digest) or not token.active:
        return None
    now = now or utcnow()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        token.last_used_at = now
        db.session.flush()
    return token


def all_tokens() -> list[ApiToken]:
    """Every token, active ones first, newest first, with who made it."""
    return list(
        db.session.scalars(
            sa.select(ApiToken)
            .options(selectinload(ApiToken.created_by))
            .order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc(), ApiToken.id)
        )
    )
