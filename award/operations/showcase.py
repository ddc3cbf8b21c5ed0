"""What the public sees of results: a round's winners page, and the showcase of winners across
years and of eligible nominations whose nominators agreed to their publication. Only rounds that
have been announced ever appear."""

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.models import (
    Answer,
    Category,
    Decision,
    Nomination,
    NominationStatus,
    Phase,
    Question,
    Round,
)
from award.operations.lifecycle import KIND_ORDER

PUBLIC_PHASES = (Phase.ANNOUNCED, Phase.ARCHIVED)
SUMMARY_KEY = "summary"


def is_public(round_: Round) -> bool:
    return round_.phase in PUBLIC_PHASES


def summaries(nomination_ids: list[int]) -> dict[int, str]:
    """Each nomination's short summary (the answer the form says may be published)."""
    if not nomination_ids:
        return {}
    rows = db.session.execute(
        sa.select(Answer.nomination_id, Answer.value)
        .join(Question)
        .where(Answer.nomination_id.in_(nomination_ids), Question.key == SUMMARY_KEY)
    ).all()
    return dict(rows)


@dataclass
class CategoryResults:
    category: Category
    decisions: list[Decision]


def winners(round_: Round) -> list[CategoryResults]:
    """The round's decisions by category (in the round's category order), winners first."""
    rows = db.session.scalars(
        sa.select(Decision)
        .where(Decision.round_id == round_.id)
        .options(selectinload(Decision.nomination))
    ).all()
    by_category: dict[int, list[Decision]] = {}
    for d in sorted(rows, key=lambda d: (KIND_ORDER[d.kind], d.position, d.id)):
        by_category.setdefault(d.category_id, []).append(d)
    return [CategoryResults(c, by_category[c.id]) for c in round_.categories if c.id in by_category]


@dataclass
class ShowcaseItem:
    nomination: Nomination
    round: Round
    decision: Decision | None
    summary: str


def showcase_query(
    q: str = "", country: str = "", category: str = "", year: int | None = None
) -> sa.Select:
    """Nominations shown in the showcase: every decision of an announced round, and the eligible
    nominations of announced rounds whose nominator consented. Newest round first."""
    decided = sa.select(Decision.nomination_id)
    query = (
        sa.select(Nomination)
        .join(Round, Nomination.round_id == Round.id)
        .where(
            Round.phase.in_(PUBLIC_PHASES),
            Nomination.status == NominationStatus.ELIGIBLE,
            sa.or_(Nomination.id.in_(decided), Nomination.consent_showcase.is_(True)),
        )
        .order_by(Round.announced_at.desc(), Nomination.id)
    )
    if q.strip():
        query = query.where(
            sa.or_(
                *(
                    column.icontains(q.strip(), autoescape=True)
                    for column in (
                        Nomination.title,
                        Nomination.nominee_name,
                        Nomination.nominee_organisation,
                    )
                )
            )
        )
    if country:
        query = query.where(Nomination.country == country)
    if category:
        query = query.join(Category, Nomination.category_id == Category.id).where(
            Category.slug == category
        )
    if year:
        query = query.where(Round.year == year)
    return query


def items(nominations: list[Nomination]) -> list[ShowcaseItem]:
    ids = [n.id for n in nominations]
    found = {
        d.nomination_id: d
        for d in db.session.scalars(sa.select(Decision).where(Decision.nomination_id.in_(ids)))
    }
    texts = summaries(ids)
    return [ShowcaseItem(n, n.round, found.get(n.id), texts.get(n.id, "")) for n in nominations]


def facets() -> dict[str, list]:
    """The countries, categories and years that have something to show, for the filters."""
    base = showcase_query().subquery()
    countries = db.session.scalars(
        sa.select(sa.distinct(base.c.country)).where(base.c.country.is_not(None))
    ).all()
    categories = db.session.execute(
        sa.select(sa.distinct(Category.slug), Category.name)
        .join(base, base.c.category_id == Category.id)
        .order_by(Category.name)
    ).all()
    years = db.session.scalars(
        sa.select(sa.distinct(Round.year))
        .join(base, base.c.round_id == Round.id)
        .where(Round.year.is_not(None))
        .order_by(Round.year.desc())
    ).all()
    by_slug: dict[str, str] = {}
    for slug, name in categories:
        by_slug.setdefault(slug, name)  # rounds copied from one another share category slugs
    return {
        "countries": sorted(countries),
        "categories": sorted(by_slug.items(), key=lambda item: item[1]),
        "years": list(years),
    }
