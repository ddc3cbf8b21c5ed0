"""The secretariat's ranking pages: one method's snapshot per category, the methods side by
side, agreement figures, what changed since the last snapshot, and recomputing on demand."""

import math

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm import selectinload
from wtforms import HiddenField, SelectMultipleField

from award.database import utcnow
from award.extensions import db
from award.forms import Form
from award.labels import METHOD_DESCRIPTIONS
from award.models import Nomination, Role, Stage
from award.operations import rankings as ops
from award.permissions import roles_required
from award.ranking import METHODS
from award.secretariat.views import bp

FLAG_LABELS = {
    "disagreement": _l("reviewers disagree"),
    "missing_reviews": _l("missing reviews"),
    "insufficient_reviews": _l("too few reviews to rank"),
    "renormalised": _l("blank criterion"),
    "boundary": _l("near the top-N cut-off"),
}


class RecomputeForm(Form):
    methods = SelectMultipleField(choices=list(METHODS))
    back = HiddenField()


def _stage(stage_id: int) -> Stage:
    return db.first_or_404(
        sa.select(Stage)
        .where(Stage.id == stage_id)
        .options(selectinload(Stage.round), selectinload(Stage.criteria))
    )


def _method(name: str, default: str) -> str:
    value = request.args.get(name, default)
    if value not in METHODS:
        abort(404)
    return value


def _number(value) -> float | None:
    return None if math.isnan(value) else float(value)


def _changes(snapshot) -> list[dict]:
    """The nominations whose score or rank moved since the previous snapshot, with titles."""
    changes = ops.changes_since_previous(snapshot)
    if changes is None or not len(changes):
        return []
    ids = changes.nomination_id.tolist()
    titles = dict(
        db.session.execute(
            sa.select(Nomination.id, Nomination.title).where(Nomination.id.in_(ids))
        ).all()
    )
    return [
        {
            "title": titles.get(nomination_id, nomination_id),
            "kind": str(changes.kind[i]),
            "old_score": _number(changes.old_score[i]),
            "new_score": _number(changes.new_score[i]),
            "old_rank": int(changes.old_rank[i]) or None,
            "new_rank": int(changes.new_rank[i]) or None,
        }
        for i, nomination_id in enumerate(ids)
    ]


def _entries(snapshot) -> list:
    return sorted(snapshot.entries, key=lambda e: (e.rank is None, e.rank or 0, e.nomination_id))


@bp.route("/stages/<int:stage_id>/rankings")
@roles_required(Role.SECRETARIAT)
def rankings(stage_id: int):
    stage = _stage(stage_id)
    method = _method("method", stage.round.ranking_method)
    category = request.args.get("category", type=int)
    snapshots = ops.latest_snapshots(stage, method)
    if category is not None:
        snapshots = [s for s in snapshots if s.category_id == category]
    sections = [{"snapshot": s, "entries": _entries(s), "changes": _changes(s)} for s in snapshots]
    form = RecomputeForm(methods=[method])
    return render_template(
        "secretariat/rankings.html",
        stage=stage,
        method=method,
        methods=METHOD_DESCRIPTIONS,
        status=ops.method_status(stage),
        sections=sections,
        agreement=snapshots[0].agreement if snapshots else None,
        flag_labels=FLAG_LABELS,
        form=form,
        top_n=stage.round.top_n,
    )


@bp.route("/stages/<int:stage_id>/rankings/compare")
@roles_required(Role.SECRETARIAT)
def rankings_compare(stage_id: int):
    stage = _stage(stage_id)
    a, b = _method("a", "mean"), _method("b", "calibrated")
    left = {s.category_id: s for s in ops.latest_snapshots(stage, a)}
    right = {s.category_id: s for s in ops.latest_snapshots(stage, b)}
    sections = []
    for category_id in sorted(set(left) | set(right)):
        one, other = left.get(category_id), right.get(category_id)
        by_b = {e.nomination_id: e for e in other.entries} if other else {}
        entries = _entries(one) if one else _entries(other)
        rows = [
            {
                "nomination": e.nomination,
                "a": e if one else None,
                "b": by_b.get(e.nomination_id),
            }
            for e in entries
        ]
        sections.append({"category": (one or other).category, "a": one, "b": other, "rows": rows})
    return render_template(
        "secretariat/rankings_compare.html",
        stage=stage,
        a=a,
        b=b,
        methods=METHOD_DESCRIPTIONS,
        sections=sections,
        form=RecomputeForm(methods=[a, b], back="compare"),
    )


@bp.route("/stages/<int:stage_id>/rankings/recompute", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def recompute_rankings(stage_id: int):
    stage = _stage(stage_id)
    form = RecomputeForm()
    methods = form.methods.data if form.validate() else []
    if not methods:
        flash(_("Choose a ranking method to compute."), "danger")
        return redirect(url_for("secretariat.rankings", stage_id=stage.id))
    now = utcnow()
    made = 0
    for method in methods:
        for snapshot in ops.compute_rankings(stage, method, actor=current_user, now=now):
            made += snapshot.created_at == now
    db.session.commit()
    flash(
        _("%(num)d new ranking snapshot(s).", num=made)
        if made
        else _("Nothing changed since the last ranking."),
        "info",
    )
    if form.back.data == "compare" and len(methods) == 2:
        return redirect(
            url_for("secretariat.rankings_compare", stage_id=stage.id, a=methods[0], b=methods[1])
        )
    return redirect(url_for("secretariat.rankings", stage_id=stage.id, method=methods[0]))
