"""Monte-Carlo uncertainty: a 90% interval for each nomination's score and rank, and its
probability of being in the top N of its category.

Resampling a nomination's own three reviews has only ten outcomes, so the simulation works over
the whole round instead. For "calibrated" the draws come from the additive model's posterior.
For the other methods it is a parametric bootstrap over reviewers: the round is reviewed again
by fresh reviewers (offsets drawn with the fitted reviewer SD, noise with the fitted noise SD),
on the same assignment, and the method's error on that replicate, score* - truth*, is
subtracted from the real score. Shared reviewers stay shared, so correlated errors between
nominations reach the rank intervals too."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

from award.ranking.calibration import AdditiveFit, VarianceComponents
from award.ranking.grouped import Layout, ranks_per_draw
from award.ranking.methods import trimmed_scores, zscore_scores

LEVEL = 0.90
# Cells per block of draws: ~16 MB of float64, so 100,000 nominations stay well under 1 GB.
BLOCK_CELLS = 2_000_000


@dataclass(frozen=True, eq=False)
class Uncertainty:
    score_lo: np.ndarray
    score_hi: np.ndarray
    rank_lo: np.ndarray  # 0 for nominations that are not ranked
    rank_hi: np.ndarray
    p_top: np.ndarray  # NaN for nominations that are not ranked


def _truth_draws(method, layout, totals, score, parts, fit, trim, rng, size, links):
    """(size, N) float32 plausible true scores given what `method` saw, one draw per row:
    sorting contiguous rows of half the bytes is what makes 1,000 rankings fit in seconds."""
    if method == "calibrated":
        return fit.draw(rng, size)
    offsets = parts.reviewer_sd * rng.standard_normal((layout.n_reviewers, size))
    if method == "mean":
        # The mean of n independent noises is one normal with variance / n: drawing it per
        # nomination instead of per review is exact and a third of the random numbers.
        n = np.maximum(layout.per_nomination, 1)[:, None]
        error = (links @ offsets) / n
        error += rng.standard_normal(error.shape, dtype=np.float32) * (parts.noise_sd / np.sqrt(n))
    else:
        replicate = rng.standard_normal((len(totals), size), dtype=np.float32)
        replicate *= parts.noise_sd
        replicate += offsets[layout.reviewer]
        if method == "zscore":
            # Standardisation depends on how strong each reviewer's batch is, so the replicate
            # keeps the fitted qualities; the trimmed mean shifts with them and need not.
            truth = fit.quality[:, None]
            replicate += truth[layout.nomination]
            error = zscore_scores(layout, replicate) - truth
        else:
            error = trimmed_scores(layout, replicate, trim)
    return np.ascontiguousarray((score[:, None] - error).T, dtype=np.float32)


def simulate(
    method: str,
    layout: Layout,
    totals: np.ndarray,
    score: np.ndarray,
    components: VarianceComponents,
    fit: AdditiveFit | None,
    category: np.ndarray,
    eligible: np.ndarray,
    *,
    simulations: int,
    seed: int,
    top_n: int,
    trim: float,
) -> Uncertainty:
    """Runs `simulations` draws in blocks; memory is O(N x simulations) small integers for the
    ranks plus one block of floats. Score intervals use the simulated mean and SD with normal
    quantiles (the draws are Gaussian for the calibrated model and the mean, nearly so for the
    others), which avoids keeping every float draw; rank intervals are exact order statistics."""
    n = layout.n_nominations
    rng = np.random.default_rng(seed)
    # The mean and the calibrated model draw per nomination; the others per review.
    width = n if method in ("mean", "calibrated") else max(n, len(totals))
    block = max(1, min(simulations, BLOCK_CELLS // max(width, 1)))
    biggest = int(np.max(np.bincount(category[eligible]), initial=0))
    rank_dtype = np.uint16 if biggest < np.iinfo(np.uint16).max else np.uint32
    ranks = np.zeros((simulations, n), dtype=rank_dtype)
    total = np.zeros(n)
    squares = np.zeros(n)
    top = np.zeros(n)
    links = layout.nomination_sum @ layout.reviewer_sum.T if method == "mean" else None
    for start in range(0, simulations, block):
        size = min(block, simulations - start)
        draws = _truth_draws(method, layout, totals, score, components, fit, trim, rng, size, links)
        total += draws.sum(axis=0, dtype=np.float64)
        squares += np.square(draws, dtype=np.float64).sum(axis=0)
        block_ranks = ranks_per_draw(draws, category, eligible)
        top += np.count_nonzero((block_ranks >= 1) & (block_ranks <= top_n), axis=0)
        ranks[start : start + size] = block_ranks
    centre = total / simulations
    sd = np.sqrt(np.maximum(squares / simulations - centre**2, 0.0))
    z = norm.ppf(0.5 + LEVEL / 2)
    # Sorting in place keeps the rank matrix at its small integer size.
    lo = int(np.floor((1 - LEVEL) / 2 * (simulations - 1)))
    hi = int(np.ceil((1 + LEVEL) / 2 * (simulations - 1)))
    ranks.partition([lo, hi] if hi != lo else [lo], axis=0)
    # Clipped to the scale: the truth cannot lie outside 0-100.
    return Uncertainty(
        score_lo=np.clip(centre - z * sd, 0.0, 100.0),
        score_hi=np.clip(centre + z * sd, 0.0, 100.0),
        rank_lo=ranks[lo].astype(np.int64),
        rank_hi=ranks[hi].astype(np.int64),
        p_top=np.where(eligible, top / simulations, np.nan),
    )
