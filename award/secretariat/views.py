"""Views for the secretariat."""

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from award import mail
from award.extensions import db
from award.models import Nomination, NominationStatus, OutboxMessage, OutboxStatus, Role, Round
from award.operations import audit
from award.permissions import roles_required

bp = Blueprint("secretariat", __name__, url_prefix="/secretariat")
PAGE_SIZE = 50


@bp.route("/")
@roles_required(Role.SECRETARIAT)
def home():
    rounds = db.session.scalars(sa.select(Round).order_by(Round.nominations_open_at.desc())).all()
    counts = dict(
        db.session.execute(
            sa.select(Nomination.round_id, sa.func.count())
            .where(Nomination.status != NominationStatus.DRAFT)
            .group_by(Nomination.round_id)
        ).all()
    )
    failed = db.session.scalar(
        sa.select(sa.func.count()).where(OutboxMessage.status == OutboxStatus.FAILED)
    )
    return render_template("secretariat/home.html", rounds=rounds, counts=counts, failed=failed)


@bp.route("/outbox")
@roles_required(Role.SECRETARIAT)
def outbox():
    status = request.args.get("status", "")
    page = max(1, request.args.get("page", 1, type=int))
    query = sa.select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if status in {s.value for s in OutboxStatus}:
        query = query.where(OutboxMessage.status == status)
    messages = db.paginate(query, page=page, per_page=PAGE_SIZE, error_out=False)
    return render_template(
        "secretariat/outbox.html", messages=messages, status=status, statuses=list(OutboxStatus)
    )


@bp.route("/outbox/<int:message_id>")
@roles_required(Role.SECRETARIAT)
def outbox_message(message_id: int):
    message = db.get_or_404(OutboxMessage, message_id)
    return render_template("secretariat/outbox_message.html", message=message)


@bp.route("/outbox/<int:message_id>/retry", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def outbox_retry(message_id: int):
    message = db.get_or_404(OutboxMessage, message_id)
    if mail.retry_failed(message):
        audit.record("outbox.retry", actor=current_user, obj=message)
        db.session.commit()
        flash("The message will be sent again.", "success")
    return redirect(url_for("secretariat.outbox_message", message_id=message.id))
