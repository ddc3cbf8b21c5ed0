"""The secretariat's round pages: create, copy and edit a round; its dashboard with the next
phase move; decisions per category; the announcement."""

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.labels import label, method_name
from award.models import (
    PHASE_ORDER,
    Decision,
    DecisionKind,
    Nomination,
    NominationStatus,
    Phase,
    Role,
    Round,
)
from award.operations import lifecycle, rankings
from award.operations import rounds as ops
from award.operations.dashboard import round_dashboard
from award.permissions import roles_required
from award.secretariat.forms import zone
from award.secretariat.round_forms import (
    AnnounceForm,
    CopyRoundForm,
    DecisionForm,
    MoveForm,
    RoundForm,
    TokenForm,
    missing_times,
)
from award.secretariat.views import bp


def _attempt(action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run one rule-checked change. On success commit and return (True, its result); when a rule
    refuses it, roll back, show the reason and return (False, None)."""
    try:
        value = action()
    except DomainError as exc:
        db.session.rollback()
        flash(exc.message, "danger")
        return False, None
    db.session.commit()
    return True, value


def _on_their_way(sent: int) -> str:
    return _("%(num)d e-mail(s) are on their way.", num=sent)


def _round(round_id: int) -> Round:
    return db.first_or_404(
        sa.select(Round)
        .where(Round.id == round_id)
        .options(selectinload(Round.categories), selectinload(Round.stages))
    )


@bp.route("/rounds/new", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def round_new():
    form = RoundForm()
    if form.validate_on_submit():
        settings = form.settings()
        problems = settings.problems()
        if problems:
            form.show_problems(problems)
        else:
            ok, round_ = _attempt(
                lambda: ops.create_round(settings, form.category_lines(), current_user)
            )
            if ok:
                flash(
                    _("The round is created as a draft. Check its rubric, then open it."), "success"
                )
                return redirect(url_for("secretariat.round_page", round_id=round_.id))
    return render_template("secretariat/round_form.html", form=form, round=None)


@bp.route("/rounds/copy", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def round_copy():
    form = CopyRoundForm()
    sources = db.session.scalars(sa.select(Round).order_by(Round.nominations_open_at.desc())).all()
    form.source.choices = [(r.id, r.name) for r in sources]
    if request.method == "GET" and request.args.get("source", type=int):
        form.source.data = request.args.get("source", type=int)
    if form.validate_on_submit():
        source = db.get_or_404(Round, form.source.data)
        settings = form.settings(source)
        problems = {**settings.problems(), **missing_times(form, source.timezone)}
        for name, message in problems.items():
            if hasattr(form, name):
                getattr(form, name).errors = [*getattr(form, name).errors, message]
        if not problems:
            ok, round_ = _attempt(lambda: ops.copy_round(source, settings, current_user))
            if ok:
                flash(
                    _(
                        "The set-up of %(round)s is copied into a new draft round.",
                        round=source.name,
                    ),
                    "success",
                )
                return redirect(url_for("secretariat.round_page", round_id=round_.id))
    return render_template("secretariat/round_copy.html", form=form)


@bp.route("/rounds/<int:round_id>/edit", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def round_edit(round_id: int):
    round_ = _round(round_id)
    form = RoundForm()
    if request.method == "GET":
        form.fill(round_)
    elif form.validate_on_submit():
        settings = form.settings()
        problems = settings.problems()
        if problems:
            form.show_problems(problems)
        else:
            ok, changed = _attempt(
                lambda: ops.update_round(round_, settings, form.category_lines(), current_user)
            )
            if ok:
                flash(_("Saved.") if changed else _("Nothing had changed."), "success")
                return redirect(url_for("secretariat.round_page", round_id=round_.id))
            round_ = _round(round_id)
    return render_template("secretariat/round_form.html", form=form, round=round_)


@bp.route("/rounds/<int:round_id>")
@roles_required(Role.SECRETARIAT)
def round_page(round_id: int):
    round_ = _round(round_id)
    now = utcnow()
    move = lifecycle.preview(round_, now)
    move_form = MoveForm(
        target=move.target.value if move.target else "", expected=round_.phase.value
    )
    return render_template(
        "secretariat/round.html",
        round=round_,
        phases=PHASE_ORDER,
        move=move,
        move_form=move_form,
        announce_form=AnnounceForm(),
        token_form=TokenForm(),
        dashboard=round_dashboard(round_),
        method_name=method_name(round_.ranking_method),
    )


@bp.route("/rounds/<int:round_id>/move", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def round_move(round_id: int):
    round_ = _round(round_id)
    form = MoveForm()
    if not form.validate_on_submit():
        flash(_("Tick the box to confirm the move."), "danger")
        return redirect(url_for("secretariat.round_page", round_id=round_.id))
    try:
        target, expected = Phase(form.target.data), Phase(form.expected.data)
    except ValueError:
        abort(400)
    ok, sent = _attempt(
        lambda: lifecycle.move(round_, target, current_user, utcnow(), expected=expected)
    )
    if ok:
        message = _("The round is now in the %(phase)s phase.", phase=label(target))
        if sent:
            message += " " + _on_their_way(sent)
        flash(message, "success")
    return redirect(url_for("secretariat.round_page", round_id=round_id))


@bp.route("/rounds/<int:round_id>/announce", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def round_announce(round_id: int):
    """Announce now (no time given) or at the time given, in the round's time zone."""
    round_ = _round(round_id)
    form = AnnounceForm()
    if not form.validate_on_submit():
        flash(_("Tick the box to confirm that the decisions and citations are checked."), "danger")
        return redirect(url_for("secretariat.round_page", round_id=round_.id))
    now = utcnow()

    def announce() -> str:
        if form.when.data:
            when = form.when.data.replace(tzinfo=zone(round_.timezone))
            lifecycle.schedule_announcement(round_, when, current_user, now)
            return _("The announcement is scheduled.")
        sent = lifecycle.move(round_, Phase.ANNOUNCED, current_user, now, expected=Phase.DECIDED)
        return _("The winners are announced.") + " " + _on_their_way(sent)

    ok, message = _attempt(announce)
    if ok:
        flash(message, "success")
    return redirect(url_for("secretariat.round_page", round_id=round_id))


@bp.route("/rounds/<int:round_id>/announce/cancel", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def round_announce_cancel(round_id: int):
    round_ = _round(round_id)  # the CSRF token is checked for every POST by CSRFProtect
    ok, _none = _attempt(
        lambda: lifecycle.schedule_announcement(round_, None, current_user, utcnow())
    )
    if ok:
        flash(_("The scheduled announcement is cancelled."), "success")
    return redirect(url_for("secretariat.round_page", round_id=round_id))


# --- decisions --------------------------------------------------------------------------------


def _ranked(round_: Round) -> dict[int, list]:
    """Per category: (nomination, ranking entry or None) for every eligible nomination, in the
    order of the latest ranking by the round's method (unranked ones last)."""
    entries = {}
    for stage in reversed(round_.stages):
        snapshots = rankings.latest_snapshots(stage, round_.ranking_method)
        if snapshots:
            entries = {e.nomination_id: e for s in snapshots for e in s.entries}
            break
    eligible = db.session.scalars(
        sa.select(Nomination).where(
            Nomination.round_id == round_.id, Nomination.status == NominationStatus.ELIGIBLE
        )
    ).all()
    out: dict[int, list] = {}
    for n in eligible:
        out.setdefault(n.category_id, []).append((n, entries.get(n.id)))
    for rows in out.values():
        rows.sort(key=lambda r: (r[1] is None or r[1].rank is None, r[1] and r[1].rank, r[0].id))
    return out


@bp.route("/rounds/<int:round_id>/decisions", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def decisions(round_id: int):
    round_ = _round(round_id)
    form = DecisionForm()
    if request.method == "POST":
        if form.validate_on_submit():
            nomination = db.session.get(Nomination, int(form.nomination_id.data or 0))
            if nomination is None or nomination.round_id != round_.id:
                abort(404)
            ok, _decision = _attempt(
                lambda: lifecycle.record_decision(
                    round_,
                    nomination,
                    DecisionKind(form.kind.data),
                    form.citation.data,
                    current_user,
                    utcnow(),
                )
            )
            if ok:
                flash(_("Recorded: %(title)s.", title=nomination.title), "success")
                return redirect(
                    url_for("secretariat.decisions", round_id=round_.id)
                    + f"#category-{nomination.category_id}"
                )
        else:
            for errors in form.errors.values():
                for error in errors:
                    flash(str(error), "danger")
    editable = round_.phase in lifecycle.DECIDING_PHASES and round_.closed_at is None
    return render_template(
        "secretariat/decisions.html",
        round=round_,
        ranked=_ranked(round_),
        decided=lifecycle.decisions(round_),
        undecided=lifecycle.undecided_categories(round_),
        editable=editable,
        form=DecisionForm(formdata=None),
        token_form=TokenForm(),
        method_name=method_name(round_.ranking_method),
    )


@bp.route("/decisions/<int:decision_id>/remove", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def decision_remove(decision_id: int):
    decision = db.get_or_404(Decision, decision_id)
    round_id = decision.round_id
    ok, _none = _attempt(lambda: lifecycle.remove_decision(decision, current_user))
    if ok:
        flash(_("The decision is removed."), "success")
    return redirect(url_for("secretariat.decisions", round_id=round_id))
