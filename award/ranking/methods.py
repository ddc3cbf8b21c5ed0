"""The four ways to turn a nomination's review totals into one score, and when each may be used.

Every scorer takes a (reviews,) or (reviews, draws) block of totals, so that the point estimate
and the simulation run the very same code."""

from __future__ import annotations

import numpy as np

from award.ranking.grouped import Layout
from award.texts import Text, percent

# Short names for menus; METHODS below says what each does.
METHOD_NAMES: dict[str, str] = {
    "mean": "Plain mean",
    "zscore": "Standardised mean (z-scores)",
    "trimmed": "Trimmed mean",
    "calibrated": "Calibrated for reviewer offsets",
}
METHODS: dict[str, str] = {
    "mean": "Plain mean of the reviews' weighted totals (the default).",
    "zscore": (
        "Mean after standardising each reviewer's totals (z-scores), so that a harsh and a "
        "lenient reviewer count alike; shown back on the 0-100 scale."
    ),
    "trimmed": "Mean after dropping the highest and lowest reviews of each nomination.",
    "calibrated": (
        "Additive model: nomination quality plus each reviewer's offset, fitted by least "
        "squares over all reviews of the round (the NeurIPS calibration); shown beside the "
        "raw mean."
    ),
}

# Prior weight, in reviews, of the pooled SD when shrinking a reviewer's own SD: a reviewer who
# gave five nearly equal totals must not have their small differences blown up.
SD_SHRINK_REVIEWS = 4.0
MIN_TRIM_REVIEWS = 5


def mean_scores(layout: Layout, totals: np.ndarray) -> np.ndarray:
    return layout.nomination_mean(totals)


def zscore_scores(layout: Layout, totals: np.ndarray) -> np.ndarray:
    """Standardise each review by its reviewer's mean and (shrunk) SD, average per nomination,
    and map back to 0-100 with the grand mean and the pooled within-reviewer SD."""
    shape = (-1, *([1] * (totals.ndim - 1)))
    n_r = layout.per_reviewer.reshape(shape).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        reviewer_mean = (layout.reviewer_sum @ totals) / n_r
        deviation = totals - reviewer_mean[layout.reviewer]
        squares = layout.reviewer_sum @ deviation**2
        pooled = np.sum(squares, axis=0) / max(len(layout.reviewer) - np.count_nonzero(n_r), 1)
        variance = (squares + SD_SHRINK_REVIEWS * pooled) / (n_r - 1 + SD_SHRINK_REVIEWS)
    sd = np.sqrt(np.maximum(variance, 1e-12))
    z = deviation / sd[layout.reviewer]
    return np.mean(totals, axis=0) + np.sqrt(pooled) * layout.nomination_mean(z)


def trimmed_scores(layout: Layout, totals: np.ndarray, trim: float) -> np.ndarray:
    return layout.trimmed_mean(totals, trim)


def why_not(
    method: str,
    layout: Layout,
    *,
    expected_reviews: int,
    trim: float,
    min_reviewer_reviews: int,
) -> Text | str:
    """A sentence for the secretariat when `method` cannot rank this round, else ""."""
    if not len(layout.nomination):
        return Text("ranking.nothing_to_rank")
    if method == "zscore":
        active = layout.per_reviewer[layout.per_reviewer > 0]
        short = int(np.count_nonzero(active < min_reviewer_reviews))
        if short:
            return Text(
                "ranking.zscore_needs_reviews",
                needed=min_reviewer_reviews,
                short=short,
                active=len(active),
            )
    if method == "trimmed":
        k = int(expected_reviews)
        if k < MIN_TRIM_REVIEWS:
            return Text("ranking.trimmed_needs_reviews", needed=MIN_TRIM_REVIEWS, k=k)
        if np.floor(trim * k) < 1:
            return Text("ranking.trim_drops_none", trim=percent(trim), k=k, least=percent(1 / k))
    return ""
