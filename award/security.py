"""Password hashing and signed, expiring tokens for e-mail links."""

import hashlib
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

# argon2id with OWASP's recommended profile (19 MiB, 2 passes, 1 lane): tens of milliseconds
# per sign-in on a small server, where the library's default (64 MiB, 4 lanes) took 0.9 s here.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified against when the e-mail is unknown, so both failures cost the same time.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256


@cache
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"][:3000])


def password_problem(password: str) -> str | None:
    """Why a new password is refused, in the current language, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("Use at least %(num)d characters.", num=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        return _("Use at most %(num)d characters.", num=MAX_PASSWORD_LENGTH)
    if password.lower() in _common_passwords():
        return _("This password is one of the most common ones; choose another.")
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def burn_password_check() -> None:
    """Spend the time of one verification (used when the e-mail is unknown)."""
    verify_password(None, "x")


def random_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Only this hash of an invitation or API token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def sign(purpose: str, payload: dict) -> str:
    """A signed token for one purpose; the purpose is the salt, so a token for one purpose
    (e-mail verification) is refused for another (password reset)."""
    return _serializer(purpose).dumps(payload)


class TokenError(Exception):
    def __init__(self, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def unsign(purpose: str, token: str, max_age: int) -> dict:
    try:
        return _serializer(purpose).loads(token, max_age=max_age)
    except SignatureExpired as exc:
        raise TokenError(expired=True) from exc
    except BadSignature as exc:
        raise TokenError(expired=False) from exc


def password_fingerprint(stored_hash: str | None) -> str:
    """Put into reset tokens: once the password changes, every earlier reset link stops working."""
    return hashlib.sha256((stored_hash or "").encode()).hexdigest()[:16]
