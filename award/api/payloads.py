"""The JSON shapes the API answers with, built from models. Each matches its schema in
award/api/openapi.py; tests/test_api.py checks both against each other."""

from datetime import datetime
from typing import Any

from award.labels import text
from award.models import (
    Category,
    Decision,
    DecisionKind,
    Nomination,
    NomineeKind,
    RankingEntry,
    RankingSnapshot,
    Round,
    Stage,
)
from award.operations.rankings import TOP_N

RESULT_LISTS = {
    DecisionKind.WINNER: "winners",
    DecisionKind.RUNNER_UP: "runners_up",
    DecisionKind.HONOURABLE_MENTION: "honourable_mentions",
}


def when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def category(c: Category | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"slug": c.slug, "name": c.name}


def stage(s: Stage) -> dict[str, Any]:
    return {"id": s.id, "position": s.position, "name": s.name, "kind": s.kind.value}


def round_summary(r: Round) -> dict[str, Any]:
    return {
        "slug": r.slug,
        "name": r.name,
        "year": r.year,
        "phase": r.phase.value,
        "timezone": r.timezone,
        "nominations_open_at": when(r.nominations_open_at),
        "nominations_close_at": when(r.nominations_close_at),
        "review_deadline": when(r.review_deadline),
        "announced_at": when(r.announced_at),
        "ranking_method": r.ranking_method,
        "top_n": r.top_n,
    }


def round_detail(r: Round) -> dict[str, Any]:
    return {
        **round_summary(r),
        "description": r.description,
        "eligibility": r.eligibility,
        "reviewers_per_nomination": r.reviewers_per_nomination,
        "categories": [category(c) for c in r.categories],
        "stages": [stage(s) for s in r.stages],
    }


def nomination(n: Nomination) -> dict[str, Any]:
    """A nomination as the secretariat's tools see it: no e-mail, no nominator, no answers."""
    return {
        "id": n.id,
        "receipt_number": n.receipt_number,
        "title": n.title,
        "category": category(n.category),
        "country": n.country,
        "status": n.status.value,
        "submitted_at": when(n.submitted_at),
    }


def ranking_entry(e: RankingEntry) -> dict[str, Any]:
    return {
        "nomination_id": e.nomination_id,
        "receipt_number": e.nomination.receipt_number,
        "title": e.nomination.title,
        "rank": e.rank,
        "tie_group": e.tie_group,
        "score": e.score,
        "score_interval": {"low": e.score_lo, "high": e.score_hi},
        "rank_interval": {"best": e.rank_lo, "worst": e.rank_hi},
        "p_top_n": e.p_top,
        "n_reviews": e.n_reviews,
        "flags": list(e.flags or []),
    }


def ranking(s: RankingSnapshot) -> dict[str, Any]:
    return {
        "stage": stage(s.stage),
        "category": category(s.category),
        "method": s.method,
        "computed_at": when(s.created_at),
        "input_hash": s.input_hash,
        "applicable": s.applicable,
        "reason": text(s.why_not),
        "top_n": int((s.params or {}).get("top_n", TOP_N)),
        "entries": [ranking_entry(e) for e in s.entries],
    }


def nominee(n: Nomination) -> str:
    if n.nominee_kind == NomineeKind.ORGANISATION:
        return n.nominee_organisation or n.nominee_name
    return n.nominee_name


def decision(d: Decision) -> dict[str, Any]:
    n = d.nomination
    return {
        "category": category(d.category),
        "position": d.position,
        "title": n.title,
        "nominee": nominee(n),
        "organisation": n.nominee_organisation,
        "country": n.country,
        "citation": d.citation,
    }


def results(r: Round, decisions: list[Decision], public: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "round": round_summary(r),
        "public": public,
        **{name: [] for name in RESULT_LISTS.values()},
    }
    ordered = sorted(decisions, key=lambda d: (d.category.position, d.category_id, d.position))
    for d in ordered:
        out[RESULT_LISTS[d.kind]].append(decision(d))
    return out
