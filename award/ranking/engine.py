"""rank(): one round's reviews in, one ranking snapshot per method out (scores, ranks with tie
groups, flags, intervals, and the hash and parameters that make the snapshot reproducible)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from award.ranking.calibration import (
    AdditiveFit,
    disconnected_reason,
    fit_additive,
    variance_components,
)
from award.ranking.data import ReviewData, input_hash, weighted_totals
from award.ranking.grouped import Layout, competition_rank, describe
from award.ranking.methods import METHODS, mean_scores, trimmed_scores, why_not, zscore_scores
from award.ranking.simulation import simulate
from award.ranking.table import RankingTable
from award.texts import Text

NOTES = {"zscore": "ranking.note.zscore", "calibrated": "ranking.note.calibrated"}


@dataclass(eq=False)
class RankingResult:
    """What a RankingSnapshot stores.

    applicable/reason: False and a sentence (an award.texts.Text) when the method cannot rank
        this round (the table
        then still holds the raw mean, median, SD, counts and flags, but no scores or ranks).
    params: the method and every parameter, stored with the snapshot.
    input_hash: see data.input_hash; computed_at: ISO time in UTC.
    reviewer_offset: (R,) fitted offset per reviewer on 0-100 (positive = lenient), when the
        additive model was fitted ("calibrated", and "zscore" with a simulation).
    variance: the round's quality/reviewer/noise SDs on 0-100, when estimated.
    notes: caveats to show with the method; renormalised_reviews: how many reviews had blank
        weighted criteria and were totalled over the answered ones.
    """

    method: str
    applicable: bool
    reason: Text | str
    table: RankingTable
    params: dict
    input_hash: str
    computed_at: str
    reviewer_ids: np.ndarray
    reviewer_offset: np.ndarray | None = None
    variance: dict | None = None
    notes: list[Text] = field(default_factory=list)
    renormalised_reviews: int = 0


def rank(
    data: ReviewData,
    method: str = "mean",
    *,
    top_n: int = 3,
    simulations: int = 1000,
    seed: int = 0,
    disagreement_threshold: float = 20.0,
    min_reviews: int = 2,
    trim: float = 0.2,
    min_reviewer_reviews: int = 5,
) -> RankingResult:
    """Rank every category of the round with `method` (one of METHODS).

    Scores are on 0-100. Nominations with fewer than `min_reviews` reviews are shown but not
    ranked. Ties: score, then more reviews, then higher median, then lower SD, each rounded to
    2 decimals; nominations equal on all four share a competition rank and a tie group.
    `simulations` draws (0 to skip) give 90% score and rank intervals and P(top `top_n`);
    the same data and seed give the same result, whatever the order of the reviews.
    Disagreement: SD of a nomination's totals >= `disagreement_threshold` (0-100 scale)."""
    if method not in METHODS:
        raise ValueError(f"Unknown method {method!r}; choose one of {', '.join(METHODS)}.")
    params = {
        "method": method,
        "top_n": int(top_n),
        "simulations": int(simulations),
        "seed": int(seed),
        "disagreement_threshold": float(disagreement_threshold),
        "min_reviews": int(min_reviews),
        "trim": float(trim),
        "min_reviewer_reviews": int(min_reviewer_reviews),
        "expected_reviews": int(data.expected_reviews),
    }
    digest = input_hash(data, method, params)
    data = data.canonical()
    totals = weighted_totals(data)
    valid = totals.valid
    layout = Layout.build(
        data.nomination[valid], data.reviewer[valid], data.n_nominations, data.n_reviewers
    )
    y = totals.total[valid]
    raw = describe(layout, y)
    reason = why_not(
        method,
        layout,
        expected_reviews=data.expected_reviews,
        trim=trim,
        min_reviewer_reviews=min_reviewer_reviews,
    )
    fit: AdditiveFit | None = None
    components = None
    notes = [Text(NOTES[method])] if method in NOTES else []
    if not reason and (method == "calibrated" or simulations > 0):
        components = variance_components(layout, y)
        if method == "calibrated":
            reason = disconnected_reason(layout) or (
                "" if components else Text("ranking.additive_needs_repeats")
            )
        # The mean and the trimmed mean simulate from the variances alone; the O(R^3) fit is
        # only paid for where it is used.
        if components and not reason and method in ("calibrated", "zscore"):
            fit = fit_additive(layout, y, components)
        if simulations > 0 and not reason and components is None:
            notes.append(Text("ranking.note.no_simulation"))

    n = data.n_nominations
    score = np.full(n, np.nan)
    if not reason:
        if method == "mean":
            score = mean_scores(layout, y)
        elif method == "zscore":
            score = zscore_scores(layout, y)
        elif method == "trimmed":
            score = trimmed_scores(layout, y, trim)
        else:
            score = np.where(raw.n_reviews > 0, fit.quality, np.nan)
    eligible = (raw.n_reviews >= min_reviews) & np.isfinite(score)
    ranks, tie_group = competition_rank(
        score,
        data.category,
        eligible,
        (raw.n_reviews, raw.median, -np.nan_to_num(raw.sd, nan=0.0)),
    )

    flags = {
        "disagreement": np.nan_to_num(raw.sd, nan=0.0) >= disagreement_threshold,
        "missing_reviews": raw.n_reviews < data.expected_reviews,
        "insufficient_reviews": raw.n_reviews < min_reviews,
        "renormalised": np.bincount(data.nomination, totals.renormalised, n) > 0,
        "boundary": np.zeros(n, dtype=bool),
    }
    nan = np.full(n, np.nan)
    zero = np.zeros(n, dtype=np.int64)
    table = RankingTable(
        nomination_id=data.nomination_ids,
        category=data.category,
        score=score,
        mean=raw.mean,
        median=raw.median,
        sd=raw.sd,
        spread=raw.spread,
        n_reviews=raw.n_reviews,
        rank=ranks,
        tie_group=tie_group,
        score_lo=nan,
        score_hi=nan.copy(),
        rank_lo=zero,
        rank_hi=zero.copy(),
        p_top=nan.copy(),
        flags=flags,
    )
    if components is not None and simulations > 0 and eligible.any():
        spread = simulate(
            method,
            layout,
            y,
            score,
            components,
            fit,
            data.category,
            eligible,
            simulations=simulations,
            seed=seed,
            top_n=top_n,
            trim=trim,
        )
        unreviewed = raw.n_reviews == 0
        table.score_lo = np.where(unreviewed, np.nan, spread.score_lo)
        table.score_hi = np.where(unreviewed, np.nan, spread.score_hi)
        table.rank_lo, table.rank_hi, table.p_top = spread.rank_lo, spread.rank_hi, spread.p_top
        flags["boundary"] = eligible & (spread.rank_lo <= top_n) & (spread.rank_hi > top_n)

    return RankingResult(
        method=method,
        applicable=not reason,
        reason=reason,
        table=table,
        params=params,
        input_hash=digest,
        computed_at=datetime.now(UTC).isoformat(timespec="seconds"),
        reviewer_ids=data.reviewer_ids,
        reviewer_offset=None if fit is None else fit.offset,
        variance=None if components is None else components.as_dict(),
        notes=notes,
        renormalised_reviews=int(np.count_nonzero(totals.renormalised)),
    )
