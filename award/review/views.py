"""Views for reviewers: the dashboard, reading and scoring a nomination, autosave, declaring a
conflict, and the deliberation thread."""

from collections.abc import Callable
from functools import wraps

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from award.database import utcnow
from award.errors import DomainError
from award.extensions import csrf, db
from award.forms import Form
from award.models import (
    Assignment,
    Nomination,
    Phase,
    Role,
    Round,
)
from award.operations import conflicts
from award.operations import reviews as ops
from award.operations.access import is_assigned
from award.permissions import deny_as_not_found, roles_required
from award.review.forms import DiscussionPostForm, review_form

bp = Blueprint("review", __name__, url_prefix="/review")

ACTIVE_PHASES = (Phase.REVIEW, Phase.DELIBERATION)
CLOSED_PHASES = (Phase.DECIDED, Phase.ANNOUNCED, Phase.ARCHIVED)


@bp.route("/")
@roles_required(Role.REVIEWER)
def dashboard():
    assignments = ops.reviewer_assignments(current_user, ACTIVE_PHASES)
    deliberating = {a.stage_id for a in assignments if a.stage.round.phase == Phase.DELIBERATION}
    flagged = ops.flagged_for_disagreement(sorted(deliberating))
    by_round: dict[Round, list[Assignment]] = {}
    # Nominations flagged for disagreement come first in a round under deliberation.
    for assignment in sorted(assignments, key=lambda a: a.nomination_id not in flagged):
        by_round.setdefault(assignment.stage.round, []).append(assignment)
    return render_template(
        "review/dashboard.html", by_round=by_round, flagged=flagged, now=utcnow()
    )


# --- reading and scoring ---------------------------------------------------------------------


def _my_assignment(assignment_id: int, saving: bool = False) -> Assignment:
    """The signed-in reviewer's active, conflict-free assignment in an active round, or 404.
    A save may also reach a closed round's assignment: one sent from a page left open, or
    racing the close, is then refused by the operation with the reason, not with a 404."""
    phases = ACTIVE_PHASES + CLOSED_PHASES if saving else ACTIVE_PHASES
    assignment = ops.assignment_to_score(assignment_id, current_user, phases, saving=saving)
    if assignment is None:
        deny_as_not_found("assignment", assignment_id)
    return assignment


def _after_refusal(assignment: Assignment) -> str:
    """The review page while the round is active; once it has closed the page is gone, so the
    dashboard, where the reason is shown."""
    if assignment.stage.round.phase in ACTIVE_PHASES:
        return url_for("review.review", assignment_id=assignment.id)
    return url_for("review.dashboard")


def keep_typed_text(view: Callable) -> Callable:
    """A review posted after the sign-in session ended is not thrown away: the reviewer gets a
    page holding everything typed, to send again once signed in (in another tab)."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if request.method == "POST" and not current_user.is_authenticated:
            if request.path.endswith("/autosave"):
                return jsonify(error="signed_out", message=str(SIGNED_OUT)), 401
            typed = [(k, v) for k, v in request.form.items(multi=True) if k != "csrf_token"]
            return render_template("review/session_ended.html", typed=typed), 401
        return view(*args, **kwargs)

    return wrapped


SIGNED_OUT = _l(
    "You have been signed out, so this draft could not be saved automatically. "
    "Sign in again in another tab, then press “Save draft”: nothing you typed is lost."
)
CSRF_EXPIRED = _l(
    "Your session had expired, so this form could not be saved yet. Everything you typed is "
    "below: check it and press “Save draft” or “Submit review” again."
)


def _render_review(assignment: Assignment, form, status: int = 200, **extra):
    nomination = assignment.nomination
    now = utcnow()
    return render_template(
        "review/review.html",
        assignment=assignment,
        nomination=nomination,
        round=assignment.stage.round,
        review=assignment.review,
        form=form,
        editable=ops.is_editable(assignment, now),
        others=ops.other_reviews(current_user, nomination),
        criteria={c.id: c for c in assignment.stage.criteria},
        now=now,
        **extra,
    ), status


@bp.route("/assignments/<int:assignment_id>", methods=["GET", "POST"])
@csrf.exempt  # checked below, so that an expired token gives the reviewer's text back
@keep_typed_text
@roles_required(Role.REVIEWER)
def review(assignment_id: int):
    assignment = _my_assignment(assignment_id, saving=request.method == "POST")
    stage = assignment.stage
    if request.method == "GET":
        return _render_review(assignment, review_form(stage, assignment.review))
    form = review_form(stage, assignment.review, formdata=request.form)
    try:
        csrf.protect()
    except CSRFError:
        form.validate()
        return _render_review(assignment, form, 400, notice=str(CSRF_EXPIRED))
    if not form.validate():
        return _render_review(assignment, form, 400)
    submitting = bool(form.submit.data)
    try:
        review = ops.get_or_create_review(assignment)
        store = ops.submit_review if submitting else ops.save_review
        changed = store(
            review, form.to_input(request.form), current_user, utcnow(), form.expected_version()
        )
    except ops.InvalidReview as problem:
        db.session.rollback()
        form.show_errors(problem.errors)
        return _render_review(assignment, form, 400, notice=problem.message)
    except ops.StaleReview as stale:
        db.session.rollback()
        form.version.data = stale.version  # saving again now is a deliberate choice
        return _render_review(assignment, form, 409, stale=stale)
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
        return redirect(_after_refusal(assignment), 303)
    if not changed:
        db.session.rollback()
        flash(_("Nothing had changed since your last save."), "info")
    else:
        db.session.commit()
        if submitting:
            flash(_("Your review is submitted. You may revise it until the deadline."), "success")
        else:
            flash(_("Your changes are saved."), "success")
    return redirect(url_for("review.review", assignment_id=assignment_id), 303)


@bp.route("/assignments/<int:assignment_id>/autosave", methods=["POST"])
@keep_typed_text
@roles_required(Role.REVIEWER)
def autosave(assignment_id: int):
    """The page's script posts the form every 30 seconds while the reviewer types."""
    assignment = _my_assignment(assignment_id, saving=True)
    form = review_form(assignment.stage, assignment.review, formdata=request.form)
    if not form.validate():
        return jsonify(error="invalid", errors=form.errors), 422
    try:
        review = ops.get_or_create_review(assignment)
        changed = ops.save_review(
            review, form.to_input(request.form), current_user, utcnow(), form.expected_version()
        )
    except ops.InvalidReview as problem:
        db.session.rollback()
        return jsonify(error="invalid", message=problem.message, errors=problem.errors), 422
    except ops.StaleReview as stale:
        db.session.rollback()
        return jsonify(error="stale", message=stale.message, version=stale.version), 409
    except DomainError as error:
        db.session.rollback()
        return jsonify(error="refused", message=error.message), error.status
    if not changed:
        db.session.rollback()
        review = assignment.review
        return jsonify(saved=False, version=review.version if review else 1)
    # Read before the commit expires them: reading after would load the review again.
    version, total = review.version, review.total
    db.session.commit()
    return jsonify(
        saved=True,
        version=version,
        total=total,
        message=_("Draft saved automatically at %(time)s UTC.", time=f"{utcnow():%H:%M}"),
    )


# --- conflicts -------------------------------------------------------------------------------


class DeclareConflictForm(Form):
    reason = TextAreaField(
        _l("Why you cannot review it impartially"),
        description=_l("For example: you advised the project, work with the nominee, or fund it."),
        validators=[DataRequired(), Length(max=2000)],
    )
    declare = SubmitField(_l("Declare the conflict"))


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
                _(
                    "Thank you. The conflict is recorded and the nomination is no longer "
                    "assigned to you; the secretariat will find another reviewer."
                ),
                "success",
            )
            return redirect(url_for("review.dashboard"))
    return render_template("review/declare_conflict.html", nomination=nomination, form=form)


# --- deliberation ----------------------------------------------------------------------------


@bp.route("/nominations/<int:nomination_id>/discussion", methods=["GET", "POST"])
@roles_required(Role.REVIEWER, Role.SECRETARIAT)
def discussion(nomination_id: int):
    """The nomination's thread, for its reviewers and the secretariat, never its nominator."""
    nomination = db.session.get(Nomination, nomination_id)
    if nomination is None or not ops.can_discuss(current_user, nomination):
        deny_as_not_found("discussion", nomination_id)
    form = DiscussionPostForm()
    status = 200
    if form.validate_on_submit():
        try:
            ops.post_to_discussion(nomination, current_user, form.body.data, utcnow())
        except ops.InvalidReview as problem:
            db.session.rollback()
            form.body.errors = [*form.body.errors, *problem.errors.values()]
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
            return redirect(url_for("review.discussion", nomination_id=nomination_id), 303)
        else:
            db.session.commit()
            flash(_("Your post is added; the others are told by e-mail."), "success")
            return redirect(url_for("review.discussion", nomination_id=nomination_id), 303)
    if form.errors:
        status = 400
    return render_template(
        "review/discussion.html",
        nomination=nomination,
        posts=ops.discussion(nomination),
        form=form,
        open=nomination.round.phase == Phase.DELIBERATION,
        blind=nomination.round.blind_review and not current_user.has_role(Role.SECRETARIAT),
    ), status
