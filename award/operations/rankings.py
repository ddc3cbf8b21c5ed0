"""Ranking snapshots: a stage's submitted reviews turned into arrays, ranked by the pure engine
in award/ranking/, and stored as RankingSnapshot and RankingEntry rows (docs/ranking.md).

The input hash covers the whole round's reviews, not one category's: z-scores and the
calibrated model read every review a reviewer wrote, so a score in one category can move a
score in another. The same inputs give the same snapshot: recomputing adds nothing."""

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from award.database import utcnow
from award.dispatch import after_commit
from award.extensions import db
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    Nomination,
    NominationStatus,
    RankingEntry,
    RankingSnapshot,
    Review,
    ReviewStatus,
    Score,
    Stage,
    User,
)
from award.operations import audit
from award.ranking import METHODS, ReviewData, ScoreChanges, agreement, diff, rank
from award.texts import Text

COMPUTE_TASK = "workers.tasks.compute_rankings"
DEFAULT_METHOD = "mean"
TOP_N = 3
SIMULATIONS = 1000
SEED = 0


@dataclass(frozen=True)
class RoundMaps:
    """Database ids behind ReviewData's indices: nominations (sorted) with their categories,
    reviewers, and the stage's criteria in rubric order."""

    nomination_ids: np.ndarray
    category_ids: np.ndarray
    reviewer_ids: np.ndarray
    criterion_ids: np.ndarray


def review_data(stage: Stage) -> tuple[ReviewData | None, RoundMaps]:
    """The stage's submitted reviews of eligible nominations as arrays, in two queries (the
    nominations, then one row per score). None when there is no criterion or no eligible
    nomination. Reviews on removed assignments do not count."""
    criteria = sorted(stage.criteria, key=lambda c: (c.position, c.id))
    criterion_ids = np.array([c.id for c in criteria], dtype=np.int64)
    nominations = db.session.execute(
        sa.select(Nomination.id, Nomination.category_id)
        .where(
            Nomination.round_id == stage.round_id,
            Nomination.status == NominationStatus.ELIGIBLE,
        )
        .order_by(Nomination.id)
    ).all()
    nomination_ids = np.array([row[0] for row in nominations], dtype=np.int64)
    category_ids = np.array([row[1] or 0 for row in nominations], dtype=np.int64)
    rows = db.session.execute(
        sa.select(
            Review.id,
            Assignment.nomination_id,
            Assignment.reviewer_id,
            Score.criterion_id,
            Score.value,
        )
        .join(Review.assignment)
        .join(Nomination, Nomination.id == Assignment.nomination_id)
        .join(Score, Score.review_id == Review.id)
        .where(
            Assignment.stage_id == stage.id,
            ACTIVE_ASSIGNMENT,
            Review.status == ReviewStatus.SUBMITTED,
            Nomination.status == NominationStatus.ELIGIBLE,
            Nomination.round_id == stage.round_id,
        )
    ).all()
    empty = np.zeros(0, dtype=np.int64)
    if not len(criterion_ids) or not len(nomination_ids):
        return None, RoundMaps(nomination_ids, category_ids, empty, criterion_ids)

    table = np.array([row[:4] for row in rows], dtype=np.int64).reshape(-1, 4)
    values = np.array([row[4] for row in rows], dtype=np.float64)  # None becomes NaN
    known = np.isin(table[:, 3], criterion_ids)  # scores of a criterion since deleted
    table, values = table[known], values[known]
    review_ids, first, review_index = np.unique(table[:, 0], return_index=True, return_inverse=True)
    reviewer_ids, reviewer_index = np.unique(table[first, 2], return_inverse=True)
    order = np.argsort(criterion_ids)
    column = order[np.searchsorted(criterion_ids, table[:, 3], sorter=order)]
    scores = np.full((len(review_ids), len(criterion_ids)), np.nan)
    scores[review_index, column] = values
    data = ReviewData(
        nomination=np.searchsorted(nomination_ids, table[first, 1]),
        reviewer=reviewer_index,
        scores=scores,
        weights=[c.weight for c in criteria],
        scale_min=[c.scale_min for c in criteria],
        scale_max=[c.scale_max for c in criteria],
        category=category_ids,
        expected_reviews=stage.round.reviewers_per_nomination,
        nomination_ids=nomination_ids,
        reviewer_ids=reviewer_ids,
    )
    return data, RoundMaps(nomination_ids, category_ids, reviewer_ids, criterion_ids)


def _json_safe(value: Any) -> Any:
    """NumPy numbers to plain ones, NaN to None and sentences (award.texts) to their key and
    parameters, so the JSON columns accept the value and pages show it in their language."""
    if isinstance(value, Text):
        return value.stored()
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _latest_ids(stage_id: int, method: str) -> sa.Select:
    """Per category, the id of the snapshot created last for this stage and method."""
    ranked = (
        sa.select(
            RankingSnapshot.id,
            sa.func.row_number()
            .over(
                partition_by=RankingSnapshot.category_id,
                order_by=(RankingSnapshot.created_at.desc(), RankingSnapshot.id.desc()),
            )
            .label("position"),
        )
        .where(RankingSnapshot.stage_id == stage_id, RankingSnapshot.method == method)
        .subquery()
    )
    return sa.select(ranked.c.id).where(ranked.c.position == 1)


def compute_rankings(
    stage: Stage,
    method: str = DEFAULT_METHOD,
    actor: User | None = None,
    now: datetime | None = None,
) -> list[RankingSnapshot]:
    """One snapshot per category of the stage's round with eligible nominations. When a
    snapshot with the same stage, category, method and input hash exists it is returned and
    nothing is added (it becomes the latest again if a newer one had been made since). The
    round's agreement figures are stored on each snapshot. Flushes, never commits."""
    if method not in METHODS:
        raise ValueError(f"Unknown ranking method {method!r}.")
    now = now or utcnow()
    data, maps = review_data(stage)
    if data is None:
        return []
    result = rank(
        data,
        method,
        top_n=stage.round.top_n or TOP_N,
        simulations=SIMULATIONS,
        seed=SEED,
        disagreement_threshold=stage.round.disagreement_threshold,
    )
    figures = _json_safe(agreement(data))
    params = {**result.params, "notes": result.notes}
    if result.reason:
        params["reason"] = result.reason
    params = _json_safe(params)
    category_ids = [int(c) for c in np.unique(maps.category_ids) if c]
    existing = {
        s.category_id: s
        for s in db.session.scalars(
            sa.select(RankingSnapshot).where(
                RankingSnapshot.stage_id == stage.id,
                RankingSnapshot.method == method,
                RankingSnapshot.input_hash == result.input_hash,
            )
        )
    }
    latest = set(db.session.scalars(_latest_ids(stage.id, method)))
    snapshots, created = [], 0
    for category_id in category_ids:
        snapshot = existing.get(category_id)
        if snapshot is None:
            snapshot, inserted = _insert(
                stage, category_id, method, result, params, figures, actor, now
            )
            created += inserted
        elif snapshot.id not in latest:
            snapshot.created_at = now  # the inputs went back to these: it is current again
        snapshots.append(snapshot)
    if created:
        audit.record(
            "rankings.computed",
            actor=actor,
            round_id=stage.round_id,
            stage_id=stage.id,
            method=method,
            input_hash=result.input_hash,
            applicable=result.applicable,
            snapshots=created,
        )
    db.session.flush()
    return snapshots


def _insert(
    stage, category_id, method, result, params, figures, actor, now
) -> tuple[RankingSnapshot, bool]:
    """Add one snapshot with its entries inside a savepoint: if another worker stored the same
    inputs a moment ago, the unique constraint refuses ours and theirs is returned."""
    snapshot = RankingSnapshot(
        stage_id=stage.id,
        category_id=category_id,
        method=method,
        params=params,
        input_hash=result.input_hash,
        applicable=result.applicable,
        agreement=figures,
        created_at=now,
        created_by_id=actor.id if actor is not None else None,
    )
    snapshot.entries = [RankingEntry(**row) for row in result.table.to_rows(category=category_id)]
    try:
        with db.session.begin_nested():
            db.session.add(snapshot)
    except IntegrityError:
        theirs = db.session.scalar(
            sa.select(RankingSnapshot).where(
                RankingSnapshot.stage_id == stage.id,
                RankingSnapshot.category_id == category_id,
                RankingSnapshot.method == method,
                RankingSnapshot.input_hash == result.input_hash,
            )
        )
        return theirs, False
    return snapshot, True


def latest_snapshots(stage: Stage, method: str = DEFAULT_METHOD) -> list[RankingSnapshot]:
    """The current snapshot of each category for this method, in the round's category order,
    with entries and their nominations loaded."""
    snapshots = db.session.scalars(
        sa.select(RankingSnapshot)
        .where(RankingSnapshot.id.in_(_latest_ids(stage.id, method)))
        .options(
            selectinload(RankingSnapshot.category),
            selectinload(RankingSnapshot.entries).selectinload(RankingEntry.nomination),
        )
    ).all()
    return sorted(snapshots, key=lambda s: (s.category.position, s.category_id))


def method_status(stage: Stage) -> dict[str, RankingSnapshot]:
    """Per method, its most recent snapshot of the stage (for "applies" and its reason)."""
    out: dict[str, RankingSnapshot] = {}
    for snapshot in db.session.scalars(
        sa.select(RankingSnapshot)
        .where(RankingSnapshot.stage_id == stage.id)
        .order_by(RankingSnapshot.created_at.desc(), RankingSnapshot.id.desc())
    ):
        out.setdefault(snapshot.method, snapshot)
    return out


def previous_snapshot(snapshot: RankingSnapshot) -> RankingSnapshot | None:
    return db.session.scalar(
        sa.select(RankingSnapshot)
        .where(
            RankingSnapshot.stage_id == snapshot.stage_id,
            RankingSnapshot.category_id == snapshot.category_id,
            RankingSnapshot.method == snapshot.method,
            RankingSnapshot.id != snapshot.id,
            sa.or_(
                RankingSnapshot.created_at < snapshot.created_at,
                sa.and_(
                    RankingSnapshot.created_at == snapshot.created_at,
                    RankingSnapshot.id < snapshot.id,
                ),
            ),
        )
        .order_by(RankingSnapshot.created_at.desc(), RankingSnapshot.id.desc())
        .limit(1)
    )


def _rows(snapshot_id: int) -> list[dict]:
    return [
        {"nomination_id": n, "score": s, "rank": r}
        for n, s, r in db.session.execute(
            sa.select(RankingEntry.nomination_id, RankingEntry.score, RankingEntry.rank).where(
                RankingEntry.snapshot_id == snapshot_id
            )
        )
    ]


def changes_since_previous(snapshot: RankingSnapshot) -> ScoreChanges | None:
    """Which nominations' score or rank moved since the category's previous snapshot of the
    same method; None when this is the first one."""
    previous = previous_snapshot(snapshot)
    if previous is None:
        return None
    return diff(_rows(previous.id), _rows(snapshot.id))


def maybe_recompute_after_submission(review: Review) -> bool:
    """Call after a review is submitted (in the same transaction, after the flush). When every
    active assignment of that nomination's category in the stage has a submitted review, ask
    for the rankings to be recomputed once the transaction commits: the default method and
    every method already computed for the stage. Returns whether a task was requested."""
    assignment = review.assignment
    if review.status != ReviewStatus.SUBMITTED or assignment.removed_at is not None:
        return False
    category_id = assignment.nomination.category_id
    pending = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Assignment)
        .join(Nomination, Nomination.id == Assignment.nomination_id)
        .outerjoin(Review, Review.assignment_id == Assignment.id)
        .where(
            Assignment.stage_id == assignment.stage_id,
            ACTIVE_ASSIGNMENT,
            Nomination.category_id == category_id,
            Nomination.status == NominationStatus.ELIGIBLE,
            sa.or_(Review.id.is_(None), Review.status != ReviewStatus.SUBMITTED),
        )
    )
    if pending:
        return False
    methods = set(
        db.session.scalars(
            sa.select(RankingSnapshot.method)
            .where(RankingSnapshot.stage_id == assignment.stage_id)
            .distinct()
        )
    )
    round_method = assignment.stage.round.ranking_method
    for method in sorted(methods | {DEFAULT_METHOD, round_method}):
        after_commit(COMPUTE_TASK, assignment.stage_id, method)
    return True
