"""Vectorised per-nomination and per-reviewer statistics, and competition ranks with tie groups."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True, eq=False)
class Layout:
    """Which nomination and reviewer each counted review belongs to, with the sparse matrices
    that turn a (reviews x draws) block into per-nomination or per-reviewer sums in one product.
    Reviews must be contiguous by nomination (ReviewData.canonical() guarantees it)."""

    nomination: np.ndarray  # (n,) per review
    reviewer: np.ndarray  # (n,)
    n_nominations: int
    n_reviewers: int
    per_nomination: np.ndarray  # (N,) review count
    per_reviewer: np.ndarray  # (R,)
    nomination_sum: sp.csr_matrix  # (N, n) of ones
    reviewer_sum: sp.csr_matrix  # (R, n) of ones
    run_start: np.ndarray  # (runs,) first review of each run
    run_nomination: np.ndarray  # (runs,) the nomination of each run

    @classmethod
    def build(cls, nomination, reviewer, n_nominations, n_reviewers) -> Layout:
        n = len(nomination)
        ones = np.ones(n)
        cols = np.arange(n)
        new_run = np.ones(n, dtype=bool)
        new_run[1:] = nomination[1:] != nomination[:-1]
        starts = np.flatnonzero(new_run)
        return cls(
            nomination=nomination,
            reviewer=reviewer,
            n_nominations=n_nominations,
            n_reviewers=n_reviewers,
            per_nomination=np.bincount(nomination, minlength=n_nominations),
            per_reviewer=np.bincount(reviewer, minlength=n_reviewers),
            nomination_sum=sp.csr_matrix((ones, (nomination, cols)), (n_nominations, n)),
            reviewer_sum=sp.csr_matrix((ones, (reviewer, cols)), (n_reviewers, n)),
            run_start=starts,
            run_nomination=nomination[starts],
        )

    def nomination_mean(self, values: np.ndarray) -> np.ndarray:
        """Mean per nomination of a (n,) or (n, S) block; NaN where a nomination has no review."""
        with np.errstate(invalid="ignore", divide="ignore"):
            counts = self.per_nomination.reshape(-1, *([1] * (values.ndim - 1)))
            return (self.nomination_sum @ values) / counts

    def sorted_blocks(self, values: np.ndarray):
        """Yield (nominations, block) for each distinct review count m: block has shape
        (nominations, m, ...) with every nomination's values sorted along axis 1. A loop over
        the few distinct counts, never over nominations; small sorts along one axis are the
        fastest way NumPy offers to order values within groups."""
        sizes = self.per_nomination[self.run_nomination]
        for m in np.unique(sizes):
            runs = np.flatnonzero(sizes == m)
            rows = self.run_start[runs][:, None] + np.arange(m)
            yield self.run_nomination[runs], np.sort(values[rows], axis=1)

    def trimmed_mean(self, values: np.ndarray, trim: float) -> np.ndarray:
        """Mean after dropping floor(trim * n) lowest and highest reviews of each nomination."""
        out = np.full((self.n_nominations, *values.shape[1:]), np.nan)
        for who, block in self.sorted_blocks(values):
            m = block.shape[1]
            cut = int(np.floor(trim * m))
            out[who] = block[:, cut : m - cut].mean(axis=1)
        return out


@dataclass(frozen=True, eq=False)
class Describe:
    """What the secretariat always sees beside the chosen score."""

    mean: np.ndarray
    median: np.ndarray
    sd: np.ndarray  # sample SD (n - 1); NaN with fewer than two reviews
    spread: np.ndarray  # max - min
    n_reviews: np.ndarray


def describe(layout: Layout, total: np.ndarray) -> Describe:
    n = layout.per_nomination
    mean = layout.nomination_mean(total)
    lower, upper, first, last = (np.full(len(n), np.nan) for _ in range(4))
    for who, block in layout.sorted_blocks(total):
        m = block.shape[1]
        lower[who], upper[who] = block[:, (m - 1) // 2], block[:, m // 2]
        first[who], last[who] = block[:, 0], block[:, m - 1]
    squares = np.bincount(layout.nomination, (total - mean[layout.nomination]) ** 2, len(n))
    with np.errstate(invalid="ignore", divide="ignore"):
        sd = np.where(n >= 2, np.sqrt(squares / (n - 1)), np.nan)
    return Describe(
        mean=mean, median=(lower + upper) / 2, sd=sd, spread=last - first, n_reviews=n.copy()
    )


def competition_rank(
    score: np.ndarray,
    category: np.ndarray,
    eligible: np.ndarray,
    tiebreaks: tuple[np.ndarray, ...] = (),
    decimals: int = 2,
) -> tuple[np.ndarray, np.ndarray]:
    """Standard competition ranks (1, 2, 2, 4) within each category, higher score first.

    tiebreaks are further keys, each "higher is better", applied in order when scores are equal
    (pass -sd for "lower SD first"). Keys are rounded to `decimals` so that float noise never
    splits a tie. Nominations equal on every key share a rank and a tie group; tie_group is that
    shared rank for groups of two or more and 0 otherwise. Ineligible nominations get rank 0.
    """
    keys = [np.round(np.nan_to_num(k, nan=-np.inf), decimals) for k in (score, *tiebreaks)]
    rank = np.zeros(score.shape, dtype=np.int64)
    tie_group = np.zeros(score.shape, dtype=np.int64)
    index = np.flatnonzero(eligible)
    if not len(index):
        return rank, tie_group
    cat = category[index]
    # lexsort's last key is the primary one: category, then each key descending.
    order = np.lexsort([-k[index] for k in reversed(keys)] + [cat])
    members = index[order]
    new_category = np.ones(len(members), dtype=bool)
    new_category[1:] = cat[order][1:] != cat[order][:-1]
    new_group = new_category.copy()
    for k in keys:
        sorted_key = k[members]
        new_group[1:] |= sorted_key[1:] != sorted_key[:-1]
    at = np.arange(len(members))
    category_start = np.maximum.accumulate(np.where(new_category, at, 0))
    group_start = np.maximum.accumulate(np.where(new_group, at, 0))
    shared = group_start - category_start[group_start] + 1
    rank[members] = shared
    group_size = np.diff(np.append(np.flatnonzero(new_group), len(members)))
    tied = np.repeat(group_size, group_size) > 1
    tie_group[members] = np.where(tied, shared, 0)
    return rank, tie_group


def ranks_per_draw(draws: np.ndarray, category: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Rank of each nomination within its category in every row of a (draws, N) block of
    simulated scores (1 = best; 0 for ineligible). Continuous draws have no ties, so one argsort
    per block does it: categories are kept apart by offsetting each by more than the value range."""
    index = np.flatnonzero(eligible)
    out = np.zeros(draws.shape, dtype=np.int32)
    if not len(index):
        return out
    values = draws[:, index]
    codes, cat = np.unique(category[index], return_inverse=True)
    top = np.max(values)
    step = (top - np.min(values)) + 1.0
    order = np.argsort((cat * step).astype(values.dtype) + (top - values), axis=1)
    category_size = np.bincount(cat, minlength=len(codes))
    category_start = np.concatenate([[0], np.cumsum(category_size)[:-1]])
    # Sorted position p belongs to the same category in every row, so its rank is shared.
    position_rank = (np.arange(len(index)) - np.repeat(category_start, category_size) + 1).astype(
        np.int32
    )
    # A flat scatter is about twice as fast as put_along_axis for this inverse permutation.
    ranks = np.empty(order.shape, dtype=np.int32)
    order += (np.arange(len(order)) * len(index))[:, None]
    ranks.ravel()[order.ravel()] = np.tile(position_rank, len(order))
    out[:, index] = ranks
    return out
