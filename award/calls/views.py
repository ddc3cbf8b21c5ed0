"""Views for the public pages."""

import sqlalchemy as sa
from flask import Blueprint, render_template
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.models import Decision, Phase, Round, Stage

bp = Blueprint("calls", __name__)


@bp.route("/")
def index():
    open_calls = db.session.scalars(
        sa.select(Round).where(Round.phase == Phase.OPEN).order_by(Round.nominations_close_at)
    ).all()
    announced = db.session.scalars(
        sa.select(Round)
        .where(Round.phase.in_([Phase.ANNOUNCED, Phase.ARCHIVED]))
        .order_by(Round.announced_at.desc())
        .limit(3)
    ).all()
    winners = {}
    if announced:
        rows = db.session.scalars(
            sa.select(Decision)
            .where(Decision.round_id.in_([r.id for r in announced]))
            .options(selectinload(Decision.nomination), selectinload(Decision.category))
            .order_by(Decision.kind, Decision.position)
        ).all()
        for decision in rows:
            winners.setdefault(decision.round_id, []).append(decision)
    return render_template(
        "calls/index.html", open_calls=open_calls, announced=announced, winners=winners
    )


@bp.route("/calls/<slug>")
def call(slug: str):
    round_ = db.first_or_404(
        sa.select(Round)
        .where(Round.slug == slug, Round.phase != Phase.DRAFT)
        .options(
            selectinload(Round.categories),
            selectinload(Round.stages).selectinload(Stage.criteria),
        )
    )
    return render_template("calls/call.html", round=round_)
