"""Views for the secretariat."""

from datetime import timedelta

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import joinedload, selectinload

from award import mail
from award.database import utcnow
from award.extensions import db
from award.models import (
    Answer,
    Nomination,
    NominationStatus,
    NominationVersion,
    OutboxMessage,
    OutboxStatus,
    Role,
    Round,
)
from award.operations import audit, reviews, screening
from award.operations.duplicates import MAX_PAIRS, duplicate_pairs, possible_duplicates
from award.permissions import roles_required
from award.secretariat.forms import (
    EligibleForm,
    IneligibleForm,
    InformationRequestForm,
    NominationFilterForm,
    zone,
)

bp = Blueprint("secretariat", __name__, url_prefix="/secretariat")
PAGE_SIZE = 50


@bp.route("/")
@roles_required(Role.SECRETARIAT)
def home():
    rounds = db.session.scalars(
        sa.select(Round)
        .options(selectinload(Round.stages))
        .order_by(Round.nominations_open_at.desc())
    ).all()
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
        flash(_("The message will be sent again."), "success")
    return redirect(url_for("secretariat.outbox_message", message_id=message.id))


@bp.route("/rounds/<int:round_id>/nominations")
@roles_required(Role.SECRETARIAT)
def nominations(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    form = NominationFilterForm(request.args, round_.categories, screening.round_countries(round_))
    page = max(1, request.args.get("page", 1, type=int))
    rows = db.paginate(
        screening.nominations_query(round_, **form.query_values()),
        page=page,
        per_page=PAGE_SIZE,
        error_out=False,
    )
    return render_template(
        "secretariat/nominations.html",
        round=round_,
        form=form,
        filters=form.filters(),
        nominations=rows,
        drafts=screening.draft_count(round_),
    )


@bp.route("/rounds/<int:round_id>/duplicates")
@roles_required(Role.SECRETARIAT)
def duplicates(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    return render_template(
        "secretariat/duplicates.html",
        round=round_,
        pairs=duplicate_pairs(round_, limit=MAX_PAIRS),
        limit=MAX_PAIRS,
    )


@bp.route("/nominations/<int:nomination_id>")
@roles_required(Role.SECRETARIAT)
def nomination(nomination_id: int):
    return _show(_submitted_or_404(nomination_id))


@bp.route("/nominations/<int:nomination_id>/eligible", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def mark_eligible(nomination_id: int):
    nomination = _for_screening(nomination_id)
    if not EligibleForm().validate_on_submit():
        abort(400)
    changed = screening.mark_eligible(nomination, current_user)
    db.session.commit()
    flash(
        _("Marked eligible. The nominator is told by e-mail.")
        if changed
        else _("This nomination was already eligible."),
        "success",
    )
    return redirect(url_for("secretariat.nomination", nomination_id=nomination.id))


@bp.route("/nominations/<int:nomination_id>/ineligible", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def mark_ineligible(nomination_id: int):
    nomination = _for_screening(nomination_id)
    form = IneligibleForm()
    if not form.validate_on_submit():
        return _show(nomination, ineligible_form=form)
    changed = screening.mark_ineligible(nomination, current_user, form.reason.data)
    db.session.commit()
    flash(
        _("Marked ineligible. The nominator is told why by e-mail.")
        if changed
        else _("This nomination was already ineligible for that reason."),
        "success",
    )
    return redirect(url_for("secretariat.nomination", nomination_id=nomination.id))


@bp.route("/nominations/<int:nomination_id>/request-information", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def request_information(nomination_id: int):
    nomination = _for_screening(nomination_id)
    form = InformationRequestForm(timezone=nomination.round.timezone)
    if not form.validate_on_submit():
        return _show(nomination, information_form=form)
    changed = screening.request_information(
        nomination, current_user, form.message.data, form.until_utc()
    )
    db.session.commit()
    flash(
        _("The nomination is open to its nominator again, who is told by e-mail.")
        if changed
        else _("This request was already sent."),
        "success",
    )
    return redirect(url_for("secretariat.nomination", nomination_id=nomination.id))


def _submitted_or_404(nomination_id: int) -> Nomination:
    nomination = db.session.scalar(
        sa.select(Nomination)
        .where(Nomination.id == nomination_id)
        .options(
            joinedload(Nomination.round),
            joinedload(Nomination.nominator),
            joinedload(Nomination.category),
            selectinload(Nomination.answers).joinedload(Answer.question),
            selectinload(Nomination.attachments),
            selectinload(Nomination.versions),
            selectinload(Nomination.linked_countries),
            selectinload(Nomination.themes),
        )
    )
    # A draft is its nominator's private work: to the secretariat it does not exist yet.
    if nomination is None or nomination.status == NominationStatus.DRAFT:
        abort(404)
    return nomination


def _for_screening(nomination_id: int) -> Nomination:
    # Locked, so that two secretariat members pressing at once act one after the other, the
    # second on what the first wrote (SQLite's write lock does the same).
    nomination = db.session.scalar(
        sa.select(Nomination).where(Nomination.id == nomination_id).with_for_update()
    )
    if nomination is None or nomination.status == NominationStatus.DRAFT:
        abort(404)
    return nomination


def _show(
    nomination: Nomination,
    ineligible_form: IneligibleForm | None = None,
    information_form: InformationRequestForm | None = None,
):
    timezone = nomination.round.timezone
    if information_form is None:
        two_weeks = (utcnow() + timedelta(days=14)).astimezone(zone(timezone))
        information_form = InformationRequestForm(
            timezone=timezone, until=two_weeks.replace(tzinfo=None, second=0, microsecond=0)
        )
    return render_template(
        "secretariat/nomination.html",
        nomination=nomination,
        round=nomination.round,
        history=screening.status_history(nomination),
        duplicates=possible_duplicates(nomination, include_drafts=False),
        changed=_changed_keys(nomination.versions),
        can_screen=screening.can_screen(nomination),
        eligible_form=EligibleForm(),
        ineligible_form=ineligible_form or IneligibleForm(),
        information_form=information_form,
        reviews=reviews.reviews_for_secretariat(nomination),
    ), (400 if ineligible_form or information_form.errors else 200)


def _changed_keys(versions: list[NominationVersion]) -> list[str]:
    """What the nominator changed between the last two submitted versions."""
    if len(versions) < 2:
        return []
    older, newer = versions[-2].data or {}, versions[-1].data or {}
    return sorted(key for key in older.keys() | newer.keys() if older.get(key) != newer.get(key))
