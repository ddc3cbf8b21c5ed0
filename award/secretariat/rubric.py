"""The secretariat's rubric pages: a stage's criteria with their shares of the weight, the WHO
Code template, and the criterion form whose level boxes follow the scale."""

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import joinedload, selectinload

from award.extensions import db
from award.models import Criterion, Role, Round, Stage
from award.operations import rubric as ops
from award.permissions import roles_required
from award.rubric_templates import TEMPLATES
from award.secretariat.rubric_forms import ConfirmForm, MoveForm, TemplateForm, criterion_form
from award.secretariat.views import bp


@bp.route("/stages/<int:stage_id>/rubric")
@roles_required(Role.SECRETARIAT)
def rubric(stage_id: int):
    stage = _stage_or_404(stage_id)
    shares = {cid: _percent(value) for cid, value in ops.percentages(stage).items()}
    return render_template(
        "secretariat/rubric.html",
        stage=stage,
        round=stage.round,
        locked=ops.is_locked(stage),
        locked_message=str(ops.LOCKED_MESSAGE),
        shares=shares,
        templates=TEMPLATES,
    )


@bp.route("/stages/<int:stage_id>/rubric/template", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def rubric_template(stage_id: int):
    stage = _stage_or_404(stage_id)
    form = TemplateForm()
    if not form.validate_on_submit():
        abort(400)
    label, criteria = TEMPLATES[form.template.data]
    ops.apply_template(stage, criteria, current_user, name=form.template.data)
    db.session.commit()
    flash(
        _(
            "The %(template)s template was applied: change its criteria as you need.",
            template=label,
        ),
        "success",
    )
    return redirect(url_for("secretariat.rubric", stage_id=stage.id))


@bp.route("/stages/<int:stage_id>/criteria/new", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def criterion_new(stage_id: int):
    stage = _stage_or_404(stage_id)
    return _criterion_page(stage, None)


@bp.route("/criteria/<int:criterion_id>/edit", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def criterion_edit(criterion_id: int):
    criterion = db.get_or_404(Criterion, criterion_id)
    return _criterion_page(criterion.stage, criterion)


@bp.route("/criteria/<int:criterion_id>/delete", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def criterion_delete(criterion_id: int):
    criterion = db.get_or_404(Criterion, criterion_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    stage, name = criterion.stage, criterion.name
    ops.remove_criterion(criterion, current_user)
    db.session.commit()
    flash(_("“%(name)s” was deleted.", name=name), "success")
    return redirect(url_for("secretariat.rubric", stage_id=stage.id))


@bp.route("/criteria/<int:criterion_id>/move", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def criterion_move(criterion_id: int):
    criterion = db.get_or_404(Criterion, criterion_id)
    form = MoveForm()
    if not form.validate_on_submit():
        abort(400)
    moved = ops.move_criterion(criterion, form.direction.data, current_user)
    db.session.commit()
    if not moved:
        flash(_already_at_the_end(criterion.name, form.direction.data), "info")
    return _to_rubric(criterion.stage, criterion)


def _criterion_page(stage: Stage, criterion: Criterion | None):
    if request.method == "GET" and ops.is_locked(stage):
        flash(str(ops.LOCKED_MESSAGE), "warning")
        return redirect(url_for("secretariat.rubric", stage_id=stage.id))
    if request.method == "POST":
        ops.ensure_unlocked(stage)  # refused before any field is checked: nothing may change
    form = criterion_form(request.form if request.method == "POST" else None, criterion)
    note, unplaced, status = None, [], 200
    if form.is_submitted():
        # "Update the levels" judges the scale only: the rest may still be half typed.
        if not (form.validate_scale() if form.update_levels.data else form.validate()):
            status = 400
        elif form.update_levels.data or form.scale_changed():
            levels = form.levels
            note = _(
                "The scale is now %(lowest)d to %(highest)d: there is one box for each level. "
                "Check what each level means, then save.",
                lowest=levels.start,
                highest=levels.stop - 1,
            )
            form.redraw()
        else:
            try:
                if criterion is None:
                    criterion = ops.add_criterion(stage, form.to_input(), current_user)
                    message = _("“%(name)s” was added.", name=criterion.name)
                elif ops.update_criterion(criterion, form.to_input(), current_user):
                    message = _("“%(name)s” was saved.", name=criterion.name)
                else:
                    message = _("Nothing was changed.")
            except ops.InvalidCriterion as invalid:  # checked before any change was made
                unplaced, status = form.add_errors(invalid.errors), 400
            else:
                db.session.commit()
                flash(message, "success")
                return _to_rubric(stage, criterion)
    return render_template(
        "secretariat/criterion_form.html",
        form=form,
        stage=stage,
        round=stage.round,
        criterion=criterion,
        note=note,
        levels_errors=unplaced,
    ), status


def _stage_or_404(stage_id: int) -> Stage:
    stage = db.session.scalar(
        sa.select(Stage)
        .where(Stage.id == stage_id)
        .options(
            joinedload(Stage.round).selectinload(Round.stages),
            selectinload(Stage.criteria),
        )
    )
    if stage is None:
        abort(404)
    return stage


def _to_rubric(stage: Stage, criterion: Criterion):
    anchor = f"criterion-{criterion.id}"
    return redirect(url_for("secretariat.rubric", stage_id=stage.id, _anchor=anchor))


def _percent(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0") + "%"


def _already_at_the_end(name: str, direction: str) -> str:
    if direction == "up":
        return _("“%(name)s” is already first.", name=name)
    return _("“%(name)s” is already last.", name=name)
