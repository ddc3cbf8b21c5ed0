"""What the API reads, each in a constant number of queries whatever the round's size."""

import re

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from award.extensions import db
from award.models import (
    Decision,
    Nomination,
    NominationStatus,
    Phase,
    RankingSnapshot,
    Round,
)
from award.operations import rankings

# What a round's slug can look like; anything else is answered 404 without a query.
SLUG = re.compile(r"[A-Za-z0-9_-]{1,80}")
PUBLIC_PHASES = (Phase.ANNOUNCED, Phase.ARCHIVED)


def rounds() -> list[Round]:
    return list(
        db.session.scalars(
            sa.select(Round)
            .options(selectinload(Round.categories), selectinload(Round.stages))
            .order_by(Round.nominations_open_at.desc(), Round.id.desc())
        )
    )


def round_by_slug(slug: str) -> Round | None:
    if not SLUG.fullmatch(slug):
        return None
    return db.session.scalar(
        sa.select(Round)
        .where(Round.slug == slug)
        .options(selectinload(Round.categories), selectinload(Round.stages))
    )


def submitted_nominations(round_: Round, page: int, per_page: int) -> tuple[list[Nomination], int]:
    """One page of the round's nominations, oldest submission first, and how many there are.
    Drafts are their nominators' private work and are never listed."""
    where = (Nomination.round_id == round_.id, Nomination.status != NominationStatus.DRAFT)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(Nomination).where(*where))
    items = db.session.scalars(
        sa.select(Nomination)
        .where(*where)
        .options(joinedload(Nomination.category))
        .order_by(Nomination.submitted_at, Nomination.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return list(items), total or 0


def latest_rankings(round_: Round) -> list[RankingSnapshot]:
    """Per stage and category, the latest snapshot of the round's own ranking method."""
    snapshots = []
    for stage in round_.stages:
        snapshots.extend(rankings.latest_snapshots(stage, round_.ranking_method))
    return snapshots


def decisions(round_: Round) -> list[Decision]:
    return list(
        db.session.scalars(
            sa.select(Decision)
            .where(Decision.round_id == round_.id)
            .options(joinedload(Decision.nomination), joinedload(Decision.category))
            .order_by(Decision.kind, Decision.position, Decision.id)
        )
    )


def results_are_public(round_: Round) -> bool:
    return round_.phase in PUBLIC_PHASES
