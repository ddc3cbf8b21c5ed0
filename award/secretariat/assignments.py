"""The secretariat's assignment page: conflicts, automatic and manual assignment, loads."""

import sqlalchemy as sa
from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from award.database import utcnow
from award.dispatch import after_commit
from award.errors import DomainError
from award.extensions import db
from award.links import same_site_referrer
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    JobRun,
    Nomination,
    Role,
    Stage,
    User,
)
from award.operations import assignments as ops
from award.operations import audit
from award.operations import conflicts as conflict_ops
from award.permissions import roles_required
from award.secretariat.assignment_forms import (
    AutoAssignForm,
    ButtonForm,
    EnterConflictForm,
    ManualAssignmentForm,
)
from award.secretariat.views import bp

ASSIGN_TASK = "workers.tasks.run_assignment"


def _stage(stage_id: int) -> Stage:
    return db.first_or_404(
        sa.select(Stage).where(Stage.id == stage_id).options(selectinload(Stage.round))
    )


@bp.route("/stages/<int:stage_id>/assignments")
@roles_required(Role.SECRETARIAT)
def assignments(stage_id: int):
    stage = _stage(stage_id)
    nominations = ops.eligible_nominations(stage)
    active = ops.active_assignments(stage)
    reviewers = {u.id: u for u, _load in ops.members(stage)}
    by_nomination: dict[int, list[Assignment]] = {}
    for assignment in active:
        by_nomination.setdefault(assignment.nomination_id, []).append(assignment)
    k = stage.round.reviewers_per_nomination
    short = [n for n in nominations if len(by_nomination.get(n.id, [])) < k]
    job = db.session.scalar(
        sa.select(JobRun)
        .where(JobRun.stage_id == stage.id, JobRun.kind == "assignment")
        .order_by(JobRun.id.desc())
        .limit(1)
    )
    manual = ManualAssignmentForm()
    manual.nomination.choices = [(n.id, n.title) for n in nominations]
    manual.reviewer.choices = [(u.id, u.name) for u in reviewers.values()]
    conflicts_count = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(conflict_ops.ConflictOfInterest)
        .join(Nomination)
        .where(Nomination.round_id == stage.round_id)
    )
    return render_template(
        "secretariat/assignments.html",
        stage=stage,
        nominations=nominations,
        by_nomination=by_nomination,
        reviewers=reviewers,
        loads=ops.load_table(stage),
        short=short,
        job=job,
        manual=manual,
        auto=AutoAssignForm(),
        button=ButtonForm(),
        k=k,
        conflicts_count=conflicts_count,
    )


@bp.route("/stages/<int:stage_id>/conflicts/detect", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def detect_conflicts(stage_id: int):
    stage = _stage(stage_id)
    if ButtonForm().validate():
        added = conflict_ops.detect_conflicts(stage.round)
        audit.record("conflicts.detected", actor=current_user, round_id=stage.round_id, added=added)
        db.session.commit()
        flash(
            _("%(num)d new conflict(s) of interest recorded.", num=added),
            "info",
        )
    return redirect(url_for("secretariat.assignments", stage_id=stage.id))


@bp.route("/stages/<int:stage_id>/assign", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def auto_assign(stage_id: int):
    stage = _stage(stage_id)
    form = AutoAssignForm()
    if form.validate():
        job = JobRun(
            kind="assignment",
            round_id=stage.round_id,
            stage_id=stage.id,
            created_by_id=current_user.id,
            result={"relax_country": bool(form.relax_country.data)},
        )
        db.session.add(job)
        db.session.flush()
        audit.record(
            "assignment.run_requested", actor=current_user, obj=job, round_id=stage.round_id
        )
        after_commit(ASSIGN_TASK, job.id)
        db.session.commit()
        return redirect(url_for("secretariat.job", job_id=job.id))
    return redirect(url_for("secretariat.assignments", stage_id=stage.id))


@bp.route("/jobs/<int:job_id>")
@roles_required(Role.SECRETARIAT)
def job(job_id: int):
    job = db.get_or_404(JobRun, job_id)
    return render_template("secretariat/job.html", job=job)


@bp.route("/stages/<int:stage_id>/assignments/add", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def add_assignment(stage_id: int):
    stage = _stage(stage_id)
    form = ManualAssignmentForm()
    form.nomination.choices = [(n.id, n.title) for n in ops.eligible_nominations(stage)]
    form.reviewer.choices = [(u.id, u.name) for u, _load in ops.members(stage)]
    if not form.validate():
        flash(_("Choose a nomination and a reviewer."), "danger")
    else:
        nomination = db.session.get(Nomination, form.nomination.data)
        reviewer = db.session.get(User, form.reviewer.data)
        try:
            ops.add_assignment(stage, nomination, reviewer, current_user)
            db.session.commit()
            flash(
                _(
                    "%(reviewer)s now reviews “%(title)s”.",
                    reviewer=reviewer.name,
                    title=nomination.title,
                ),
                "success",
            )
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
    return redirect(url_for("secretariat.assignments", stage_id=stage.id))


@bp.route("/assignments/<int:assignment_id>/remove", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def remove_assignment(assignment_id: int):
    assignment = db.session.scalar(
        sa.select(Assignment).where(Assignment.id == assignment_id, ACTIVE_ASSIGNMENT)
    )
    if assignment is None:
        return redirect(same_site_referrer() or url_for("secretariat.home"))
    if ButtonForm().validate():
        ops.remove_assignment(assignment, current_user, utcnow())
        db.session.commit()
        flash(_("Assignment removed."), "info")
    return redirect(url_for("secretariat.assignments", stage_id=assignment.stage_id))


@bp.route("/nominations/<int:nomination_id>/conflicts", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def nomination_conflicts(nomination_id: int):
    nomination = db.get_or_404(Nomination, nomination_id)
    form = EnterConflictForm()
    form.reviewer.choices = [(u.id, u.name) for u in conflict_ops.round_reviewers(nomination.round)]
    if form.validate_on_submit():
        reviewer = db.session.get(User, form.reviewer.data)
        try:
            removed = conflict_ops.enter_conflict(
                current_user, reviewer, nomination, form.reason.data, utcnow()
            )
            db.session.commit()
            flash(
                _("Conflict recorded. The assignment was removed; assign a replacement.")
                if removed
                else _("Conflict recorded."),
                "success",
            )
            return redirect(
                url_for("secretariat.nomination_conflicts", nomination_id=nomination.id)
            )
        except DomainError as error:
            db.session.rollback()
            form.reason.errors.append(error.message)
    return render_template(
        "secretariat/conflicts.html",
        nomination=nomination,
        form=form,
        conflicts=conflict_ops.conflicts_of(nomination),
    )
