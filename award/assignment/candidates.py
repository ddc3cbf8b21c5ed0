"""Which arcs enter the first network when a round is too large for all of them."""

import numpy as np

from award.assignment.arcs import ArcCosts, Candidates, unique_candidates

_SAMPLE = 2048  # columns sampled to bound each row's k-th smallest score


def ranks(groups: np.ndarray, size: int) -> np.ndarray:
    """Position of each element within its group; elements must be sorted by group."""
    counts = np.bincount(groups, minlength=size)
    return np.arange(groups.size) - np.repeat(np.cumsum(counts) - counts, counts)


def column_sample(n_rev: int, seed: int) -> np.ndarray | None:
    if n_rev <= 4 * _SAMPLE:
        return None
    return np.sort(np.random.default_rng(seed).choice(n_rev, _SAMPLE, replace=False))


def row_smallest(score: np.ndarray, keep: int, sample: np.ndarray | None, exact: bool = True):
    """(row, column) of each row's `keep` smallest finite scores (at least those when not exact).

    With a column sample, the q-th smallest of the sample bounds the row's q-th smallest from
    above, so one comparison pass leaves a few times `keep` survivors per row instead of
    partitioning all of every row.
    """
    b, n_rev = score.shape
    if sample is None or keep * 8 > sample.size:
        if keep >= n_rev:
            return np.nonzero(np.isfinite(score))
        top = np.argpartition(score, keep - 1, axis=1)[:, :keep]
        i = np.repeat(np.arange(b), keep)
        j = top.reshape(-1)
        ok = np.isfinite(score[i, j])
        return i[ok], j[ok]
    q = max(1, -(-keep * sample.size // n_rev))
    bound = np.partition(score[:, sample], q - 1, axis=1)[:, q - 1]
    wide = ~np.isfinite(bound)
    i, j = np.nonzero(score <= np.where(wide, -np.inf, bound)[:, None])
    if exact:
        order = np.lexsort((j, score[i, j], i))
        i, j = i[order], j[order]
        keep_mask = ranks(i, b) < keep
        i, j = i[keep_mask], j[keep_mask]
    if wide.any():
        rows = np.flatnonzero(wide)
        wi, wj = row_smallest(score[rows], keep, None)
        i, j = np.concatenate([i, rows[wi]]), np.concatenate([j, wj])
    return i, j


class _ReviewerBest:
    """Running best `keep` nominations of every reviewer, over blocks of rows.

    A threshold per reviewer (its keep-th best score so far) lets most cells be dismissed with
    one comparison instead of partitioning every column of every block.
    """

    def __init__(self, n_rev: int, keep: int):
        self.keep = keep
        self.n_rev = n_rev
        self.threshold = np.full(n_rev, np.inf)
        self.parts: list[tuple[np.ndarray, ...]] = []
        self.size = 0

    def add(self, score: np.ndarray, key: np.ndarray, rows: np.ndarray) -> None:
        mask = score < self.threshold
        if score.shape[0] > self.keep and mask.sum() > 2 * self.keep * self.n_rev:
            top = np.argpartition(score, self.keep - 1, axis=0)[: self.keep]
            cols = np.broadcast_to(np.arange(self.n_rev), top.shape)
            ok = score[top, cols] < self.threshold
            i, j = top[ok], cols[ok]
        else:
            i, j = np.nonzero(mask)
        self.parts.append((score[i, j], rows[i], j, key[i, j]))
        self.size += i.size
        if self.size > 2 * self.keep * self.n_rev:
            self.compact()

    def compact(self) -> tuple[np.ndarray, ...]:
        """(nomination, reviewer, cost) of each reviewer's best, and update the thresholds."""
        if not self.parts:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        s, n, r, c = (np.concatenate(x) for x in zip(*self.parts, strict=True))
        order = np.lexsort((s, r))  # stable: equal scores keep the (fixed) order of arrival
        s, n, r, c = s[order], n[order], r[order], c[order]
        rank = ranks(r, self.n_rev)
        keep = rank < self.keep
        full = (rank == self.keep - 1)[keep]
        s, n, r, c = s[keep], n[keep], r[keep], c[keep]
        self.threshold[r[full]] = s[full]
        self.parts = [(s, n, r, c)]
        self.size = s.size
        return n, r, c


def best_candidates(costs: ArcCosts, per_nomination: int, per_reviewer: int) -> Candidates:
    """Each nomination's best `per_nomination` reviewers and each reviewer's best `per_reviewer`
    nominations, by cost.

    Ties (common: many pairs share no tag) are broken by a fixed pseudo-random table, so the
    picks spread over equally good reviewers instead of piling on the lowest indices.
    """
    n_rev = costs.n_rev
    rng = np.random.default_rng(20_241_123)
    spread = 1021
    jitter = None
    sample = column_sample(n_rev, 7)
    best_rev = _ReviewerBest(n_rev, per_reviewer)
    ns, rs, cs = [], [], []
    for b, (idx, key) in enumerate(costs):
        if jitter is None:
            jitter = rng.random((idx.size, n_rev + spread)) * 0.5
        off = (b * 7919) % spread
        score = key + jitter[: idx.size, off : off + n_rev]
        i, j = row_smallest(score, per_nomination, sample)
        ns.append(idx[i])
        rs.append(j)
        cs.append(key[i, j].astype(np.int64))
        best_rev.add(score, key, idx)
    n, r, c = best_rev.compact()
    ns.append(n)
    rs.append(r)
    cs.append(c.astype(np.int64))
    return unique_candidates(ns, rs, cs, n_rev)
