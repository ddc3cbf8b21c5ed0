"""Accepting an invitation to the Council: the link e-mailed by the secretariat opens a form that
sets a password (for a new account) and the reviewer's profile, then signs the reviewer in."""

import time

from flask import flash, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import login_user

from award.auth.invitation_forms import accept_form
from award.auth.views import bp
from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.operations import accounts, council


def _cannot_use(error: DomainError):
    invalid = isinstance(error, council.InvitationInvalid)
    problem = error.reason if invalid else error.message
    return render_template("auth/invitation.html", invalid=invalid, problem=problem), 400


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    try:
        details = council.invitation_details(council.invitation_for_token(token, utcnow()))
    except DomainError as error:
        return _cannot_use(error)
    account = details.account
    form = accept_form(
        council.expertise_choices([details.round]),
        details.round.reviewer_load_cap,
        new_account=account is None,
        needs_password=details.needs_password,
        data={
            "name": account.name if account else details.invitation.name,
            "organisation": account.organisation if account else "",
            "country": (account.country if account else None) or "",
            "side": account.side.value if account and account.side else None,
            "expertise": [e.tag for e in account.expertise] if account else [],
            "languages": [lang.language for lang in account.languages] if account else [],
        },
    )
    if form.validate_on_submit():
        try:
            user = council.accept(
                token,
                form.password.data if "password" in form else None,
                name=form.name.data or "",
                load_cap=form.load_cap.data,
                now=utcnow(),
                language=form.language.data if "language" in form else None,
                timezone=form.timezone.data if "timezone" in form else None,
                **form.profile_values(),
            )
        except council.ProfileProblem as problem:
            form.show_problems(problem)
        except DomainError as error:
            return _cannot_use(error)
        else:
            session.clear()  # a new session at sign-in: nothing carries over from before
            accounts.start_login_session(user)
            login_user(user)
            session["auth_at"] = time.time()
            db.session.commit()
            flash(
                _(
                    "Welcome to the Council for %(round)s. Please check your reviewer profile.",
                    round=details.round.name,
                ),
                "success",
            )
            return redirect(url_for("review.profile"))
    status = 400 if form.errors else 200
    return render_template("auth/invitation.html", form=form, details=details), status
