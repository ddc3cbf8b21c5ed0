"""Views for reviewers."""

import sqlalchemy as sa
from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.models import ACTIVE_ASSIGNMENT, Assignment, Nomination, Phase, Role, Round, Stage
from award.permissions import roles_required

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
