"""Which arcs enter the network when a round is too large for all of them, and the pricing that
proves the arcs left out could not improve the flow."""

import numpy as np

from award.assignment.arcs import ArcCosts, Candidates, no_candidates, unique_candidates
from award.assignment.conflicts import csr_cells
from award.assignment.flow import tail_nodes
from award.assignment.problem import AssignmentProblem

_SAMPLE = 2048  # columns sampled to bound each row's k-th smallest score


def _ranks(groups: np.ndarray, size: int) -> np.ndarray:
    """Position of each element within its group; elements must be sorted by group."""
    counts = np.bincount(groups, minlength=size)
    return np.arange(groups.size) - np.repeat(np.cumsum(counts) - counts, counts)


def _sample(n_rev: int, seed: int) -> np.ndarray | None:
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
        keep_mask = _ranks(i, b) < keep
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
        rank = _ranks(r, self.n_rev)
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
    sample = _sample(n_rev, 7)
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


def reduced_block(problem: AssignmentProblem, idx: np.ndarray, key: np.ndarray, pi: np.ndarray):
    """Reduced costs c + p(tail) - p(r) of a block, and the tail nodes (for reachability)."""
    n_nom, n_rev = problem.shape
    if problem.require_sides:
        g1, g2 = 2 + n_nom + n_rev, 2 + 2 * n_nom + n_rev
        col = idx[:, None]
        tails = np.where(
            problem.side == 1, g1 + col, np.where(problem.side == 2, g2 + col, 2 + col)
        )
    else:
        tails = (2 + idx)[:, None]
    red = key + pi[tails].astype(np.float64)
    red -= pi[2 + n_nom : 2 + n_nom + n_rev].astype(np.float64)
    return red, tails


def best_by_reduced_cost(
    problem: AssignmentProblem,
    c: Candidates,
    pi: np.ndarray,
    per_nomination: int,
    per_reviewer: int,
) -> Candidates:
    """Each nomination's best `per_nomination` and each reviewer's best `per_reviewer` pairs of
    `c` by reduced cost: once a solve has priced how contested each reviewer is, these are the
    pairs an optimal flow is likely to use."""
    n_nom, n_rev = problem.shape
    red = c.cost + pi[tail_nodes(problem, c.n, c.r)] - pi[2 + n_nom + c.r]
    keep = np.zeros(c.size, dtype=bool)
    for group, other, size, limit in (
        (c.n, c.r, n_nom, per_nomination),
        (c.r, c.n, n_rev, per_reviewer),
    ):
        order = np.lexsort((other, red, group))
        keep[order[_ranks(group[order], size) < limit]] = True
    return c.take(keep)


def price_pool(
    problem: AssignmentProblem, pool: Candidates, pi: np.ndarray, reach: np.ndarray
) -> tuple[Candidates, bool]:
    """Pool pairs with a negative reduced cost or crossing the minimum cut; and whether any
    crosses it (then only a new solve can use them). The pool must hold no network arc."""
    tails = tail_nodes(problem, pool.n, pool.r)
    red = pool.cost + pi[tails] - pi[2 + problem.shape[0] + pool.r]
    crossing = reach[tails] & ~reach[2 + problem.shape[0] + pool.r]
    return pool.take((red < 0) | crossing), bool(crossing.any())


def price_out(
    costs: ArcCosts, inside, pi: np.ndarray, reach: np.ndarray, per_row: int, pool_size: int
) -> tuple[Candidates, bool, Candidates]:
    """A full pass over every pair outside `inside` (boolean CSR of the network's pairs).

    Returns the pairs that could improve the flow (negative reduced cost c + p(tail) - p(r), or
    crossing the minimum cut: they could carry more flow), up to `per_row` per nomination, most
    improving first; whether any crosses the cut; and a fresh pool: each nomination's
    `pool_size` best pairs by reduced cost, where later violators are most likely to be.
    None found proves the pruned solution optimal for the full network.
    """
    problem = costs.problem
    n_nom, n_rev = problem.shape
    reach_r = reach[2 + n_nom : 2 + n_nom + n_rev]
    sample = _sample(n_rev, 11)
    found, pool, any_crossing = ([], [], []), ([], [], []), False
    for idx, key in costs:
        red, tails = reduced_block(problem, idx, key, pi)
        red[csr_cells(inside, idx)] = np.inf
        i, j = row_smallest(red, pool_size, sample, exact=False)
        for part, values in zip(pool, (idx[i], j, key[i, j].astype(np.int64)), strict=True):
            part.append(values)
        viol = red < 0
        # Only a nomination the source still reaches (one left short) can cross the cut.
        tail_reach = reach[tails]
        open_rows = np.flatnonzero(tail_reach.any(axis=1))
        if open_rows.size:
            viol[open_rows] |= tail_reach[open_rows] & ~reach_r & np.isfinite(red[open_rows])
        i, j = np.nonzero(viol)
        if i.size == 0:
            continue
        crossing = tail_reach[i, 0 if tail_reach.shape[1] == 1 else j] & ~reach_r[j]
        any_crossing |= bool(crossing.any())
        order = np.lexsort((j, red[i, j], ~crossing, i))
        i, j = i[order], j[order]
        keep = _ranks(i, idx.size) < per_row
        for part, values in zip(found, (idx[i[keep]], j[keep], key[i[keep], j[keep]]), strict=True):
            part.append(values)
    violators = unique_candidates(*found, n_rev) if found[0] else no_candidates()
    fresh = unique_candidates(*pool, n_rev) if pool[0] else no_candidates()
    return violators, any_crossing, fresh
