"""The input of a ranking: one round's reviews as arrays, their 0-100 totals and a stable hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import numpy as np

HASH_VERSION = "award-ranking-1"


@dataclass(frozen=True, eq=False)
class ReviewData:
    """One round's submitted reviews, as the web app hands them over.

    nomination: (n_reviews,) int, index 0..N-1 of the nomination each review is about.
    reviewer: (n_reviews,) int, index 0..R-1 of the reviewer who wrote it.
    scores: (n_reviews, C) float, one column per criterion, NaN where a criterion was not answered.
    weights: (C,) float >= 0; a weight of 0 keeps a criterion out of the total (pretalx's
        "independent" categories).
    scale_min, scale_max: (C,) float, each criterion's scale (e.g. 1 and 5).
    category: (N,) int, the category of each nomination; ranks are per category.
    expected_reviews: k, the number of reviews each nomination should get.
    nomination_ids, reviewer_ids: optional database ids for indices 0..N-1 and 0..R-1. They go
        into the hash and the result table so that snapshots can be compared by id.
    """

    nomination: np.ndarray
    reviewer: np.ndarray
    scores: np.ndarray
    weights: np.ndarray
    scale_min: np.ndarray
    scale_max: np.ndarray
    category: np.ndarray
    expected_reviews: int = 3
    nomination_ids: np.ndarray | None = None
    reviewer_ids: np.ndarray | None = None
    n_reviewers: int = field(init=False)

    def __post_init__(self) -> None:
        def put(name, value):
            object.__setattr__(self, name, value)

        put("nomination", np.asarray(self.nomination, dtype=np.int64).ravel())
        put("reviewer", np.asarray(self.reviewer, dtype=np.int64).ravel())
        scores = np.asarray(self.scores, dtype=np.float64)
        put("scores", scores.reshape(len(scores), -1) if scores.ndim < 2 else scores)
        for name in ("weights", "scale_min", "scale_max"):
            put(name, np.asarray(getattr(self, name), dtype=np.float64).ravel())
        put("category", np.asarray(self.category, dtype=np.int64).ravel())
        n_reviews, n_criteria = self.scores.shape
        if len(self.nomination) != n_reviews or len(self.reviewer) != n_reviews:
            raise ValueError("nomination, reviewer and scores must have one row per review.")
        if not (len(self.weights) == len(self.scale_min) == len(self.scale_max) == n_criteria):
            raise ValueError("weights, scale_min and scale_max need one value per criterion.")
        if np.any(self.weights < 0) or not np.any(self.weights > 0):
            raise ValueError("Weights must be non-negative and at least one must be positive.")
        if np.any(self.scale_max <= self.scale_min):
            raise ValueError("Each criterion's scale_max must be above its scale_min.")
        n_nominations = len(self.category)
        if n_reviews and (self.nomination.min() < 0 or self.nomination.max() >= n_nominations):
            raise ValueError("A review points at a nomination outside 0..N-1.")
        if n_reviews and self.reviewer.min() < 0:
            raise ValueError("Reviewer indices must be non-negative.")
        outside = (self.scores < self.scale_min) | (self.scores > self.scale_max)
        if np.any(outside):
            raise ValueError(f"{int(outside.sum())} scores lie outside their criterion's scale.")
        ids_n = self.nomination_ids
        put("nomination_ids", np.arange(n_nominations) if ids_n is None else np.asarray(ids_n))
        if len(self.nomination_ids) != n_nominations:
            raise ValueError("nomination_ids needs one id per nomination.")
        n_reviewers = int(self.reviewer.max()) + 1 if n_reviews else 0
        if self.reviewer_ids is not None:
            put("reviewer_ids", np.asarray(self.reviewer_ids))
            if len(self.reviewer_ids) < n_reviewers:
                raise ValueError("reviewer_ids needs one id per reviewer index.")
            n_reviewers = len(self.reviewer_ids)
        put("n_reviewers", n_reviewers)
        if self.reviewer_ids is None:
            put("reviewer_ids", np.arange(n_reviewers))

    @property
    def n_nominations(self) -> int:
        return len(self.category)

    def canonical(self) -> ReviewData:
        """The same reviews sorted by (nomination, reviewer, scores), so that every result and
        hash is independent of the order in which the database returned the rows."""
        scores = np.where(np.isnan(self.scores), np.inf, self.scores)
        keys = [scores[:, c] for c in range(scores.shape[1] - 1, -1, -1)]
        ids = (self.reviewer_ids[self.reviewer], self.nomination_ids[self.nomination])
        order = np.lexsort([*keys, *ids])
        return ReviewData(
            nomination=self.nomination[order],
            reviewer=self.reviewer[order],
            scores=self.scores[order],
            weights=self.weights,
            scale_min=self.scale_min,
            scale_max=self.scale_max,
            category=self.category,
            expected_reviews=self.expected_reviews,
            nomination_ids=self.nomination_ids,
            reviewer_ids=self.reviewer_ids,
        )


@dataclass(frozen=True, eq=False)
class Totals:
    """Per review: the weighted total on 0-100 (NaN when no weighted criterion was answered),
    and whether its weights were renormalised because some criterion was left blank."""

    total: np.ndarray
    renormalised: np.ndarray

    @property
    def valid(self) -> np.ndarray:
        return ~np.isnan(self.total)


def weighted_totals(data: ReviewData) -> Totals:
    """T = sum_c w_c * s_c / sum_c w_c over the answered criteria, each criterion first rescaled
    to 0-100. Blank criteria are never read as 0: their weight is shared out over the answered
    ones, and the review is marked renormalised so the secretariat can see it."""
    rescaled = (data.scores - data.scale_min) / (data.scale_max - data.scale_min) * 100.0
    answered = ~np.isnan(rescaled)
    counted = data.weights > 0
    weight = np.where(answered, data.weights, 0.0)
    weight_sum = weight.sum(axis=1)
    weighted = np.where(answered, rescaled, 0.0) @ data.weights
    with np.errstate(invalid="ignore", divide="ignore"):
        total = np.where(weight_sum > 0, weighted / weight_sum, np.nan)
    renormalised = (weight_sum > 0) & np.any(~answered & counted, axis=1)
    return Totals(total=total, renormalised=renormalised)


def _canonical_floats(values: np.ndarray) -> bytes:
    # -0.0 and 0.0, and every NaN payload, must hash alike.
    values = np.asarray(values, dtype=np.float64) + 0.0
    return np.where(np.isnan(values), np.nan, values).tobytes()


def input_hash(data: ReviewData, method: str, params: dict) -> str:
    """Hex SHA-256 of everything a ranking depends on: the reviews (in canonical order, by
    database id when ids were given), the rubric, the categories, the method and its parameters.
    The same round in any row order gives the same hash; any changed score gives another."""
    canon = data.canonical()
    by_id = np.argsort(data.nomination_ids, kind="stable")
    digest = hashlib.sha256()
    header = {
        "version": HASH_VERSION,
        "method": method,
        "params": params,
        "expected_reviews": int(data.expected_reviews),
        "shape": list(canon.scores.shape),
        "nominations": data.n_nominations,
    }
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    parts = (
        np.asarray(canon.nomination_ids[canon.nomination], dtype=np.int64).tobytes(),
        np.asarray(canon.reviewer_ids[canon.reviewer], dtype=np.int64).tobytes(),
        _canonical_floats(canon.scores),
        _canonical_floats(data.weights),
        _canonical_floats(data.scale_min),
        _canonical_floats(data.scale_max),
        np.asarray(data.nomination_ids[by_id], dtype=np.int64).tobytes(),
        data.category[by_id].tobytes(),
    )
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()
