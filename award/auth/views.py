"""Views for accounts. Each reads the request, calls an operation in award.operations.accounts,
commits once, and renders or redirects."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from urllib.parse import unquote, urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import confirm_login, current_user, login_required, login_user, logout_user

from award.auth.forms import (
    ChangePasswordForm,
    ForgotPasswordForm,
    LoginForm,
    ReauthenticateForm,
    RegisterForm,
    ResendVerificationForm,
    ResetPasswordForm,
)
from award.errors import DomainError
from award.extensions import db, limiter, login_account_key
from award.models import Role, User
from award.operations import accounts
from award.security import verify_password

bp = Blueprint("auth", __name__, url_prefix="/auth")


@contextmanager
def no_sooner_than(seconds: float) -> Iterator[None]:
    """Answer once `seconds` have passed, whatever happened inside: registering, asking for a
    reset link or for a new verification link takes longer for one kind of address (a new
    account is hashed, an e-mail is written and sent) and must not tell which it was."""
    started = time.monotonic()
    try:
        yield
    finally:
        left = seconds - (time.monotonic() - started)
        if left > 0:
            time.sleep(left)


def safe_next(value: str | None) -> str | None:
    """A `next=` target only if it stays on this site: a path, never a scheme, host or `//`."""
    if not value:
        return None
    target = unquote(value).strip()
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def home_for(user: User) -> str:
    if user.has_role(Role.SECRETARIAT):
        return url_for("secretariat.home")
    if user.has_role(Role.REVIEWER):
        return url_for("review.dashboard")
    return url_for("nominations.index")


def fresh_login_required(view: Callable) -> Callable:
    """Sensitive changes need a sign-in within the last few minutes, not a remembered one."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        signed_at = session.get("auth_at", 0)
        window = accounts.fresh_login_window().total_seconds()
        if not session.get("_fresh") or time.time() - signed_at > window:
            flash(_("Please confirm your password to continue."), "info")
            return redirect(url_for("auth.reauthenticate", next=request.full_path))
        return view(*args, **kwargs)

    return wrapped


def _failed_attempt(response) -> bool:
    # Only failed sign-ins count towards the limits; a success redirects.
    return response.status_code != 302


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit("20 per hour", methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            with no_sooner_than(current_app.config["ACCOUNT_ANSWER_SECONDS"]):
                accounts.register_nominator(
                    form.email.data,
                    form.name.data,
                    form.password.data,
                    organisation=form.organisation.data or "",
                    country=form.country.data or None,
                    language=form.language.data,
                    timezone=form.timezone.data,
                )
                db.session.commit()
        except DomainError as error:
            db.session.rollback()
            form.password.errors.append(error.message)
        else:
            # The same page, at the same time, whether or not the address had an account.
            return render_template(
                "auth/check_inbox.html", email=accounts.normalise_email(form.email.data)
            )
    return render_template("auth/register.html", form=form)


@bp.route("/verify/<token>")
def verify_email(token: str):
    try:
        accounts.verify_email(token)
    except DomainError as error:
        return render_template("auth/link_invalid.html", message=error.message), 400
    db.session.commit()
    flash(_("Your e-mail address is confirmed. You can sign in now."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/verify", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def resend_verification():
    form = ResendVerificationForm()
    if form.validate_on_submit():
        with no_sooner_than(current_app.config["ACCOUNT_ANSWER_SECONDS"]):
            user = accounts.find_user(form.email.data)
            if user is not None and user.email_verified_at is None:
                accounts.send_verification(user)
            db.session.commit()
        return render_template(
            "auth/check_inbox.html", email=accounts.normalise_email(form.email.data)
        )
    return render_template("auth/resend.html", form=form)


def _login_limit_ip() -> str:
    return current_app.config["LOGIN_LIMIT_PER_IP"]


def _login_limit_account() -> str:
    return current_app.config["LOGIN_LIMIT_PER_ACCOUNT"]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit_ip, methods=["POST"], deduct_when=_failed_attempt)
@limiter.limit(
    _login_limit_account, key_func=login_account_key, methods=["POST"], deduct_when=_failed_attempt
)
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")) or home_for(current_user))
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(form.email.data, form.password.data)
        except accounts.LoginRefused as refused:
            db.session.commit()  # keep the failure in the audit log
            error = refused.message
        else:
            if user.email_verified_at is None:
                accounts.send_verification(user)
                db.session.commit()
                error = _("Please confirm your e-mail address first: we have sent you a new link.")
            else:
                session.clear()  # a new session at sign-in: nothing carries over from before
                accounts.start_login_session(user)
                login_user(user, remember=form.remember.data)
                session["auth_at"] = time.time()
                db.session.commit()
                return redirect(safe_next(request.args.get("next")) or home_for(user))
        # Never echo the e-mail: the page must not differ between unknown and known addresses.
        form.email.data = ""
    return render_template("auth/login.html", form=form, error=error)


@bp.route("/logout", methods=["GET", "POST"])
def logout():
    if request.method == "GET":
        return render_template("auth/logout.html")
    if current_user.is_authenticated:
        accounts.end_login_session(current_user.login_token)
        db.session.commit()
    session.clear()
    logout_user()  # also tells Flask-Login to delete the remember-me cookie
    flash(_("You are signed out."), "info")
    return redirect(url_for("calls.index"))


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        with no_sooner_than(current_app.config["ACCOUNT_ANSWER_SECONDS"]):
            accounts.request_password_reset(form.email.data)
            db.session.commit()
        return render_template(
            "auth/check_inbox.html", email=accounts.normalise_email(form.email.data)
        )
    return render_template("auth/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    try:
        accounts.user_for_reset_token(token)
    except DomainError as error:
        return render_template("auth/link_invalid.html", message=error.message), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        accounts.reset_password(token, form.password.data)
        db.session.commit()
        session.clear()
        logout_user()
        flash(_("Your password has been changed. Please sign in with the new one."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)


@bp.route("/reauthenticate", methods=["GET", "POST"])
@login_required
def reauthenticate():
    form = ReauthenticateForm()
    if form.validate_on_submit():
        if verify_password(current_user.password_hash, form.password.data):
            confirm_login()
            session["auth_at"] = time.time()
            return redirect(safe_next(request.args.get("next")) or home_for(current_user))
        form.password.errors.append(_("This password is not correct."))
    return render_template("auth/reauthenticate.html", form=form)


@bp.route("/password", methods=["GET", "POST"])
@fresh_login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            accounts.change_password(user, form.current.data, form.password.data)
        except DomainError as error:
            form.current.errors.append(error.message)
        else:
            # Every other session is now void; this one moves to a fresh login session.
            accounts.end_login_session(user.login_token)
            accounts.start_login_session(user)
            login_user(user, fresh=True)
            session["auth_at"] = time.time()
            db.session.commit()
            flash(
                _("Your password has been changed; other devices have been signed out."), "success"
            )
            return redirect(home_for(user))
    return render_template("auth/change_password.html", form=form)


LANGUAGE_COOKIE = "language"


@bp.route("/language/<code>", methods=["GET", "POST"])
def choose_language(code: str):
    """The language switcher in the footer. Visitors follow a link that sets a cookie (no session
    is started for them); a signed-in person posts a form that stores the language on the
    account, so that e-mails follow it too. Returns to the page it was used on."""
    target = redirect(safe_next(request.values.get("next")) or url_for("calls.index"))
    if code not in current_app.config["LANGUAGES"]:
        flash(_("That language is not available."), "danger")
        return target
    if request.method == "POST" and current_user.is_authenticated:
        current_user.language = code
        db.session.commit()
    target.set_cookie(LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return target
