"""Inter-rater agreement for a round: ICC(1), ICC(1,k) and Krippendorff's alpha, each with a
sentence the secretariat can read without a statistics course."""

from __future__ import annotations

import krippendorff
import numpy as np

from award.ranking.data import ReviewData, weighted_totals
from award.ranking.grouped import Layout
from award.texts import Text, decimal, percent

# The package builds a (units x V x V) array; beyond this many distinct values per criterion
# the criterion is treated as continuous and left to the totals' alpha.
MAX_ORDINAL_VALUES = 50


def _icc_band(value: float) -> Text:
    # Koo and Li (2016), the bands most reliability guides quote.
    if value < 0.5:
        return Text("agreement.band.poor")
    if value < 0.75:
        return Text("agreement.band.moderate")
    if value < 0.9:
        return Text("agreement.band.good")
    return Text("agreement.band.excellent")


def _alpha_reading(value: float) -> Text:
    # Krippendorff's own thresholds: 0.800 for conclusions, 0.667 for tentative ones.
    if value <= 0:
        return Text("agreement.alpha.chance")
    if value < 0.667:
        return Text("agreement.alpha.low")
    if value < 0.8:
        return Text("agreement.alpha.tentative")
    return Text("agreement.alpha.reliable")


def one_way_icc(
    groups: np.ndarray, counts: np.ndarray, y: np.ndarray
) -> tuple[float, float, float]:
    """ICC(1) and ICC(1,k) from one-way ANOVA mean squares, with the n0 correction for unequal
    group sizes; each nomination is rated by its own set of reviewers, which is this design.
    Returns (icc1, icc1k, n0); NaN when fewer than two nominations have two reviews."""
    keep = counts[groups] >= 2
    groups, y = groups[keep], y[keep]
    n_i = counts[counts >= 2].astype(np.float64)
    g, total = len(n_i), float(n_i.sum())
    if g < 2:
        return np.nan, np.nan, np.nan
    means = np.bincount(groups, y, len(counts)) / np.maximum(counts, 1)
    ssb = float(np.sum(counts * (means - y.mean()) ** 2 * (counts >= 2)))
    ssw = float(np.sum((y - means[groups]) ** 2))
    msb, msw = ssb / (g - 1), ssw / (total - g)
    n0 = (total - np.sum(n_i**2) / total) / (g - 1)
    if msb <= 0:
        return np.nan, np.nan, n0
    return (msb - msw) / (msb + (n0 - 1) * msw), (msb - msw) / msb, n0


def interval_alpha(groups: np.ndarray, y: np.ndarray, n_groups: int) -> float:
    """Krippendorff's alpha, interval metric, in closed form: for squared differences the
    coincidence sums reduce to per-unit sums and sums of squares, so this is O(reviews) and
    needs no values x values matrix. Units with one value are not pairable and drop out."""
    m = np.bincount(groups, minlength=n_groups).astype(np.float64)
    keep = m[groups] >= 2
    groups, y = groups[keep], y[keep]
    s1 = np.bincount(groups, y, n_groups)
    s2 = np.bincount(groups, y**2, n_groups)
    pairable = m >= 2
    n = float(m[pairable].sum())
    # One nomination alone makes alpha exactly 0 whatever the scores: there is nothing to tell
    # agreement from chance with, so it is not measured.
    if np.count_nonzero(pairable) < 2:
        return np.nan
    within = np.sum(2 * (m * s2 - s1**2)[pairable] / (m[pairable] - 1))
    between = 2 * (n * s2.sum() - s1.sum() ** 2)
    return float(1 - (n - 1) * within / between) if between > 0 else np.nan


def _criterion_alpha(nomination: np.ndarray, scores: np.ndarray, n_nom: int) -> float | None:
    answered = ~np.isnan(scores)
    values, code = np.unique(scores[answered], return_inverse=True)
    if len(values) < 2 or len(values) > MAX_ORDINAL_VALUES:
        return None
    units = nomination[answered]
    counts = np.zeros((n_nom, len(values)), dtype=np.int64)
    np.add.at(counts, (units, code), 1)
    counts = counts[counts.sum(axis=1) >= 2]
    if len(counts) < 2:
        return None
    return float(
        krippendorff.alpha(value_counts=counts, value_domain=values, level_of_measurement="ordinal")
    )


def agreement(data: ReviewData) -> dict:
    """Round-level agreement on the 0-100 totals: icc1, icc1k (k = the average number of
    reviews per nomination, n0), alpha (Krippendorff, interval), each with a `*_text` sentence,
    and alpha_by_criterion (ordinal, per raw criterion; None where a criterion has too few or
    too many distinct values). Values are None when there are too few repeated reviews."""
    totals = weighted_totals(data)
    valid = totals.valid
    layout = Layout.build(
        data.nomination[valid], data.reviewer[valid], data.n_nominations, data.n_reviewers
    )
    y = totals.total[valid]
    icc1, icc1k, n0 = one_way_icc(layout.nomination, layout.per_nomination, y)
    alpha = interval_alpha(layout.nomination, y, data.n_nominations)
    out = {
        "icc1": None if np.isnan(icc1) else round(float(icc1), 4),
        "icc1k": None if np.isnan(icc1k) else round(float(icc1k), 4),
        "k": None if np.isnan(n0) else round(float(n0), 2),
        "alpha": None if np.isnan(alpha) else round(alpha, 4),
        "nominations": int(np.count_nonzero(layout.per_nomination >= 2)),
        "reviews": int(len(y)),
        "alpha_by_criterion": [
            _criterion_alpha(data.nomination, data.scores[:, c], data.n_nominations)
            for c in range(data.scores.shape[1])
        ],
    }
    short = Text("agreement.too_few")
    out["icc1_text"] = short
    out["icc1k_text"] = short
    out["alpha_text"] = short
    if out["icc1"] is not None:
        out["icc1_text"] = Text(
            "agreement.icc1",
            icc=decimal(icc1, 2),
            share=percent(max(icc1, 0)),
            band=_icc_band(icc1),
        )
    if out["icc1k"] is not None:
        out["icc1k_text"] = Text(
            "agreement.icc1k",
            icc=decimal(icc1k, 2),
            k=decimal(n0, 1),
            band=_icc_band(icc1k),
            correlation=decimal(max(icc1k, 0), 2),
        )
    if out["alpha"] is not None:
        out["alpha_text"] = Text(
            "agreement.alpha", alpha=decimal(alpha, 2), reading=_alpha_reading(alpha)
        )
    return out
