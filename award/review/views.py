"""Views for reviewers."""

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy.orm import selectinload
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.models import ACTIVE_ASSIGNMENT, Assignment, Nomination, Phase, Role, Round, Stage
from award.operations import conflicts
from award.operations.access import is_assigned
from award.permissions import deny_as_not_found, roles_required

bp = Blueprint("review", __name__, url_prefix="/review")


@bp.route("/")
@roles_required(Role.REVIEWER)
def dashboard():
    assignments = db.session.scalars(
        sa.select(Assignment)
        .join(Assignment.stage)
        .join(Stage.round)
        .where(
            Assignment.reviewer_id == current_user.id,
            ACTIVE_ASSIGNMENT,
            Round.phase.in_([Phase.REVIEW, Phase.DELIBERATION]),
        )
        .options(
            selectinload(Assignment.nomination).selectinload(Nomination.category),
            selectinload(Assignment.review),
            selectinload(Assignment.stage).selectinload(Stage.round),
        )
        .order_by(Round.review_deadline, Assignment.id)
    ).all()
    by_round: dict[Round, list[Assignment]] = {}
    for assignment in assignments:
        by_round.setdefault(assignment.stage.round, []).append(assignment)
    return render_template("review/dashboard.html", by_round=by_round)


class DeclareConflictForm(FlaskForm):
    reason = TextAreaField(
        "Why you cannot review it impartially",
        description="For example: you advised the project, work with the nominee, or fund it.",
        validators=[DataRequired(), Length(max=2000)],
    )
    declare = SubmitField("Declare the conflict")


@bp.route("/nominations/<int:nomination_id>/conflict", methods=["GET", "POST"])
@roles_required(Role.REVIEWER)
def declare_conflict(nomination_id: int):
    """Open to a reviewer assigned to the nomination, before or after reading it."""
    nomination = db.session.get(Nomination, nomination_id)
    if nomination is None or not is_assigned(current_user, nomination):
        deny_as_not_found("nomination", nomination_id)
    form = DeclareConflictForm()
    if form.validate_on_submit():
        try:
            conflicts.declare_conflict(current_user, nomination, form.reason.data, utcnow())
        except DomainError as error:
            form.reason.errors.append(error.message)
        else:
            db.session.commit()
            flash(
                "Thank you. The conflict is recorded and the nomination is no longer "
                "assigned to you; the secretariat will find another reviewer.",
                "success",
            )
            return redirect(url_for("review.dashboard"))
    return render_template("review/declare_conflict.html", nomination=nomination, form=form)
