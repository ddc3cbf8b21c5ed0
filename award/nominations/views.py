"""Views for nominators."""

import sqlalchemy as sa
from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.models import Nomination, Role
from award.permissions import roles_required

bp = Blueprint("nominations", __name__, url_prefix="/nominations")


@bp.route("/")
@roles_required(Role.NOMINATOR, Role.SECRETARIAT)
def index():
    nominations = db.session.scalars(
        sa.select(Nomination)
        .where(Nomination.nominator_id == current_user.id)
        .options(selectinload(Nomination.round), selectinload(Nomination.category))
        .order_by(Nomination.created_at.desc())
    ).all()
    return render_template("nominations/index.html", nominations=nominations)
