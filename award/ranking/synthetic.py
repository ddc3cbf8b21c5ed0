"""Synthetic rounds with known nomination quality and known reviewer bias, for the benchmark,
the tests and demo data: how well does each method recover the true order?"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from award.ranking.data import ReviewData


@dataclass(frozen=True, eq=False)
class SyntheticRound:
    data: ReviewData
    quality: np.ndarray  # (N,) true quality, in criterion-scale points around the centre
    offset: np.ndarray  # (R,) true reviewer bias, same units (negative = harsh)
    truth: np.ndarray  # (N,) expected total on 0-100 of an average reviewer, before rounding


def assign(n_nominations: int, k: int, n_reviewers: int, rng: np.random.Generator) -> np.ndarray:
    """(N, k) distinct random reviewers per nomination with nearly equal loads."""
    if k > n_reviewers:
        raise ValueError("Each nomination needs k distinct reviewers.")
    slots = rng.permutation(np.resize(np.arange(n_reviewers), n_nominations * k))
    table = slots.reshape(n_nominations, k)
    while True:
        ordered = np.sort(table, axis=1)
        clash = np.any(ordered[:, 1:] == ordered[:, :-1], axis=1)
        if not clash.any():
            return table
        table[clash] = rng.integers(0, n_reviewers, (int(clash.sum()), k))


def synthetic_round(
    n_nominations: int = 1000,
    k: int = 3,
    n_criteria: int = 6,
    *,
    n_reviewers: int | None = None,
    n_categories: int = 1,
    seed: int = 0,
    scale: tuple[float, float] = (1.0, 5.0),
    integer: bool = True,
    quality_sd: float = 0.6,
    offset_sd: float = 0.3,
    noise_sd: float = 0.42,
    criterion_noise_sd: float = 0.3,
    missing_reviews: float = 0.0,
    blank_criteria: float = 0.0,
) -> SyntheticRound:
    """Score of review (n, r) on criterion c = centre + quality[n] + offset[r] + review noise
    + criterion noise, rounded and clipped to the scale when `integer`. Reviewers default to 60
    reviews each, as in ALGORITHMS.md's measurements. All criteria weigh the same."""
    rng = np.random.default_rng(seed)
    low, high = scale
    if n_reviewers is None:
        n_reviewers = max(k, n_nominations * k // 60)
    centre = (low + high) / 2
    quality = quality_sd * rng.standard_normal(n_nominations)
    offset = offset_sd * rng.standard_normal(n_reviewers)
    reviewer = assign(n_nominations, k, n_reviewers, rng).ravel()
    nomination = np.repeat(np.arange(n_nominations), k)
    if missing_reviews:
        kept = rng.random(len(nomination)) >= missing_reviews
        nomination, reviewer = nomination[kept], reviewer[kept]
    signal = centre + quality[nomination] + offset[reviewer]
    signal += noise_sd * rng.standard_normal(len(nomination))
    scores = signal[:, None] + criterion_noise_sd * rng.standard_normal((len(signal), n_criteria))
    if integer:
        scores = np.round(scores)
    scores = np.clip(scores, low, high)
    if blank_criteria:
        scores[rng.random(scores.shape) < blank_criteria] = np.nan
    data = ReviewData(
        nomination=nomination,
        reviewer=reviewer,
        scores=scores,
        weights=np.ones(n_criteria),
        scale_min=np.full(n_criteria, low),
        scale_max=np.full(n_criteria, high),
        category=rng.integers(0, n_categories, n_nominations),
        expected_reviews=k,
        reviewer_ids=np.arange(n_reviewers),
    )
    truth = (centre + quality - low) / (high - low) * 100
    return SyntheticRound(data=data, quality=quality, offset=offset, truth=truth)
