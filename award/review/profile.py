"""The reviewer's profile: organisation, country, side, expertise, languages, and a load cap for
each round they review in."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from award.auth.invitation_forms import profile_form
from award.extensions import db
from award.models import Role
from award.operations import council
from award.permissions import roles_required
from award.review.views import bp


@bp.route("/profile", methods=["GET", "POST"])
@roles_required(Role.REVIEWER)
def profile():
    user = current_user._get_current_object()
    memberships = council.active_memberships(user)
    expertise = council.expertise_choices(
        [m.round for m in memberships], keep=[e.tag for e in user.expertise]
    )
    form = profile_form(user, memberships, expertise)
    if form.validate_on_submit():
        try:
            council.update_profile(
                user,
                None,
                load_cap=None,
                actor=user,
                name=form.name.data or "",
                load_caps=form.load_caps(),
                **form.profile_values(),
            )
        except council.ProfileProblem as problem:
            form.show_problems(problem)
        else:
            db.session.commit()
            flash(_("Your profile is saved."), "success")
            return redirect(url_for("review.profile"))
    status = 400 if form.errors else 200
    return render_template("review/profile.html", form=form), status
