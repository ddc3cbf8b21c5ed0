"""The secretariat's review progress page: who has done what, who is late, which reminders went
out, and 'send a reminder now'."""

import sqlalchemy as sa
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from award.database import utcnow
from award.extensions import db
from award.forms import Form
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    Review,
    ReviewStatus,
    Role,
    Round,
    Stage,
    User,
)
from award.operations import reminders
from award.operations.assignments import members
from award.permissions import roles_required
from award.secretariat.views import bp


class RemindForm(Form):
    """One button per reviewer; each page row posts its reviewer's id beside the token."""

    also_posted = ("reviewer_id",)


@bp.route("/rounds/<int:round_id>/progress")
@roles_required(Role.SECRETARIAT)
def progress(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    counts = {
        reviewer_id: (total, done)
        for reviewer_id, total, done in db.session.execute(
            sa.select(
                Assignment.reviewer_id,
                sa.func.count(Assignment.id),
                sa.func.count(Review.id).filter(Review.status == ReviewStatus.SUBMITTED),
            )
            .join(Stage, Stage.id == Assignment.stage_id)
            .outerjoin(Review, Review.assignment_id == Assignment.id)
            .where(Stage.round_id == round_.id, ACTIVE_ASSIGNMENT)
            .group_by(Assignment.reviewer_id)
        )
    }
    people = members(round_.stages[0]) if round_.stages else []
    return render_template(
        "secretariat/progress.html",
        round=round_,
        people=[u for u, _load in people],
        counts=counts,
        history=reminders.reminder_history(round_),
        late=utcnow() >= round_.review_deadline,
        form=RemindForm(),
    )


@bp.route("/rounds/<int:round_id>/remind", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def remind(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    if RemindForm().validate():
        reviewer = None
        if request.form.get("reviewer_id", "").isdigit():
            reviewer = db.get_or_404(User, int(request.form["reviewer_id"]))
        sent = reminders.remind_now(round_, current_user, utcnow(), reviewer)
        db.session.commit()
        flash(
            _("%(num)d reminder(s) sent.", num=sent)
            if sent
            else _("Nobody had reviews outstanding."),
            "info",
        )
    return redirect(url_for("secretariat.progress", round_id=round_.id))
