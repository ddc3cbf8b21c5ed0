"""Accounts: registration, e-mail verification, sign-in sessions, password reset and change."""

import functools
import logging
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app, has_request_context, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.links import public_url
from award.mail import queue_email
from award.models import LoginSession, Role, User
from award.operations import audit
from award.security import (
    TokenError,
    burn_password_check,
    hash_password,
    needs_rehash,
    password_fingerprint,
    password_problem,
    random_token,
    sign,
    token_hash,
    unsign,
    verify_password,
)

security_log = logging.getLogger("award.security")

VERIFY = "verify-email"
RESET = "reset-password"


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def check_new_password(password: str) -> None:
    problem = password_problem(password)
    if problem:
        raise DomainError(problem)


def create_user(
    email: str,
    name: str,
    password: str | None,
    roles: tuple[Role, ...] = (Role.NOMINATOR,),
    verified: bool = False,
    **profile,
) -> User:
    """Create an account (CLI, demo, invitations). Raises if the e-mail is taken."""
    email = normalise_email(email)
    if find_user(email) is not None:
        raise DomainError(_("An account with the e-mail %(email)s already exists.", email=email))
    if password is not None:
        check_new_password(password)
    user = User(
        email=email,
        name=name.strip(),
        password_hash=hash_password(password) if password else None,
        email_verified_at=utcnow() if verified else None,
        **profile,
    )
    for role in roles:
        user.add_role(role)
    db.session.add(user)
    db.session.flush()
    return user


def register_nominator(email: str, name: str, password: str, **profile) -> User | None:
    """Register a nominator and e-mail a verification link. When the address already has an
    account, nobody is created and its owner is told by e-mail instead, so that the page shown
    is the same either way and reveals nothing about who has an account."""
    check_new_password(password)
    existing = find_user(email)
    if existing is not None:
        queue_email(
            to=existing,
            template="account_exists",
            dedup_key=f"account-exists:{existing.id}:{utcnow():%Y%m%d%H%M}",
            login_link=public_url("auth.login"),
            reset_link=public_url("auth.forgot_password"),
        )
        audit.record("auth.register_existing", actor=None, obj=existing)
        return None
    user = create_user(email, name, password, roles=(Role.NOMINATOR,), **profile)
    send_verification(user)
    audit.record("auth.register", actor=user, obj=user)
    return user


def send_verification(user: User) -> None:
    token = sign(VERIFY, {"uid": user.id, "email": user.email})
    queue_email(
        to=user,
        template="verify_email",
        dedup_key=f"verify:{user.id}:{token[-16:]}",
        link=public_url("auth.verify_email", token=token),
    )


def verify_email(token: str) -> User:
    try:
        data = unsign(VERIFY, token, current_app.config["EMAIL_TOKEN_MAX_AGE"])
    except TokenError as exc:
        raise DomainError(
            _("This confirmation link has expired. Sign in to get a new one.")
            if exc.expired
            else _("This confirmation link is not valid. Check that you copied all of it.")
        ) from exc
    user = db.session.get(User, data.get("uid"))
    if user is None or user.email != data.get("email"):
        raise DomainError(
            _("This confirmation link is not valid. Check that you copied all of it.")
        )
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
        audit.record("auth.email_verified", actor=user, obj=user)
    return user


class LoginRefused(DomainError):
    """Wrong e-mail or password; the same message for both."""


GENERIC_LOGIN_ERROR = _l("The e-mail address or the password is not correct.")


def authenticate(email: str, password: str) -> User:
    user = find_user(email)
    if user is None or user.password_hash is None:
        burn_password_check()  # the same time for an unknown e-mail as for a wrong password
        _log_failure(email, user)
        raise LoginRefused(GENERIC_LOGIN_ERROR)
    if not verify_password(user.password_hash, password) or not user.active:
        _log_failure(email, user)
        raise LoginRefused(GENERIC_LOGIN_ERROR)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _log_failure(email: str, user: User | None) -> None:
    ip = request.remote_addr if has_request_context() else ""
    security_log.warning("login failed for %r from %s", normalise_email(email)[:254], ip)
    audit.record("auth.login_failed", actor=None, obj=user, email=normalise_email(email)[:254])


def start_login_session(user: User) -> str:
    """Open a server-side login session; its token becomes the Flask-Login id."""
    token = random_token()
    db.session.add(
        LoginSession(
            token_hash=token_hash(token),
            user_id=user.id,
            session_version=user.session_version,
            ip=(request.remote_addr or "")[:45] if has_request_context() else "",
            user_agent=(request.user_agent.string or "")[:300] if has_request_context() else "",
        )
    )
    user.last_login_at = utcnow()
    user.login_token = token
    audit.record("auth.login", actor=user, obj=user)
    return token


@functools.cache
def _login_statement() -> sa.Select:
    # Built once: building it and working out its cache key cost a third of running it.
    return (
        sa.select(LoginSession, User)
        .join(User, User.id == LoginSession.user_id)
        .where(
            LoginSession.token_hash == sa.bindparam("token_hash"), LoginSession.revoked_at.is_(None)
        )
        .options(joinedload(User.roles))
    )


def user_for_login_token(token: str | None) -> User | None:
    if not token:
        return None
    # Every request asks this: the roles come in the same query.
    row = db.session.execute(_login_statement(), {"token_hash": token_hash(token)}).unique().first()
    if row is None:
        return None
    login, user = row
    if not user.active or login.session_version != user.session_version:
        return None
    user.login_token = token
    return user


def end_login_session(token: str | None) -> None:
    if token:
        db.session.execute(
            sa.update(LoginSession)
            .where(LoginSession.token_hash == token_hash(token), LoginSession.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )


def _set_password(user: User, password: str) -> None:
    check_new_password(password)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    # Every other session and remember-me cookie holds the old version and stops working.
    user.session_version += 1


def request_password_reset(email: str) -> None:
    """E-mail a reset link if the account exists; say nothing either way."""
    user = find_user(email)
    if user is None or not user.active:
        return  # the view answers at the same time either way (no_sooner_than)
    token = sign(RESET, {"uid": user.id, "fp": password_fingerprint(user.password_hash)})
    queue_email(
        to=user,
        template="reset_password",
        dedup_key=f"reset:{user.id}:{token[-16:]}",
        link=public_url("auth.reset_password", token=token),
        minutes=current_app.config["RESET_TOKEN_MAX_AGE"] // 60,
    )
    audit.record("auth.reset_requested", actor=None, obj=user)


def user_for_reset_token(token: str) -> User:
    invalid = _(
        "This password-reset link is not valid or has already been used. Ask for a new one."
    )
    try:
        data = unsign(RESET, token, current_app.config["RESET_TOKEN_MAX_AGE"])
    except TokenError as exc:
        raise DomainError(
            _("This password-reset link has expired. Ask for a new one.")
            if exc.expired
            else invalid
        ) from exc
    user = db.session.get(User, data.get("uid"))
    # The token holds a fingerprint of the password it may replace: once used, it is stale.
    if user is None or data.get("fp") != password_fingerprint(user.password_hash):
        raise DomainError(invalid)
    return user


def reset_password(token: str, password: str) -> User:
    user = user_for_reset_token(token)
    _set_password(user, password)
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()  # they proved they read this mailbox
    audit.record("auth.password_reset", actor=user, obj=user)
    _notify_password_changed(user)
    return user


def change_password(user: User, current: str, new: str) -> None:
    if not verify_password(user.password_hash, current):
        raise DomainError(_("Your current password is not correct."))
    _set_password(user, new)
    audit.record("auth.password_changed", actor=user, obj=user)
    _notify_password_changed(user)


def _notify_password_changed(user: User) -> None:
    queue_email(
        to=user,
        template="password_changed",
        dedup_key=f"password-changed:{user.id}:{user.session_version}",
        reset_link=public_url("auth.forgot_password"),
    )


def set_active(user: User, active: bool, actor: User) -> None:
    """Disable or re-enable an account; a disabled user loses access on the next request."""
    user.active = active
    audit.record("account.enabled" if active else "account.disabled", actor=actor, obj=user)


def fresh_login_window() -> timedelta:
    return timedelta(minutes=current_app.config["FRESH_LOGIN_MINUTES"])
