"""Which nomination -> reviewer arcs enter the network: every eligible pair, or each side's best,
and the pricing pass that proves the pairs left out could not improve the flow."""

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from award.assignment.flow import AFFINITY_SCALE, CostLevels
from award.assignment.problem import AssignmentProblem

# About 4M cells per block: a few arrays of that size stay near 100 MB whatever the round.
CELLS_PER_BLOCK = 4_000_000


@dataclass(frozen=True, eq=False)
class Candidates:
    """Arcs n -> r with their integer costs, sorted by (n, r) so arc order is fixed."""

    n: np.ndarray
    r: np.ndarray
    cost: np.ndarray

    @property
    def size(self) -> int:
        return int(self.n.size)

    def matrix(self, shape: tuple[int, int]) -> sp.csr_matrix:
        data = np.ones(self.n.size, dtype=bool)
        return sp.csr_matrix((data, (self.n, self.r)), shape=shape, dtype=bool)


def unique_candidates(n, r, cost, n_rev: int) -> Candidates:
    n, r, cost = (np.concatenate(x) if isinstance(x, list) else x for x in (n, r, cost))
    key = n.astype(np.int64) * max(1, n_rev) + r
    _, first = np.unique(key, return_index=True)
    return Candidates(n[first].astype(np.int64), r[first].astype(np.int64), cost[first])


def merge(a: Candidates, b: Candidates, n_rev: int) -> Candidates:
    return unique_candidates([a.n, b.n], [a.r, b.r], [a.cost, b.cost], n_rev)


def blocks(rows: np.ndarray, n_rev: int) -> Iterator[np.ndarray]:
    step = max(1, CELLS_PER_BLOCK // max(1, n_rev))
    for start in range(0, rows.size, step):
        yield rows[start : start + step]


def arc_keys(problem: AssignmentProblem, rows: np.ndarray, levels: CostLevels) -> np.ndarray:
    """Float64 (len(rows), R): the integer cost of arc n -> r, +inf where no arc may exist.

    Costs stay below 2^53, so float64 holds them exactly and leaves room for a tie-breaker.
    """
    aff = problem.affinity.block(rows)
    key = np.rint(aff.astype(np.float64) * -AFFINITY_SCALE)
    conf = problem.conflicts
    barred = conf.hard(rows)
    if conf.same_country:
        soft = conf.soft(rows)
        if problem.relax_soft_conflicts:
            key[soft] += levels.soft_penalty
        else:
            barred |= soft
    if problem.require_language:
        barred |= ~problem.affinity.speaks(rows)
    if problem.existing_matrix.nnz:
        barred |= problem.existing_matrix[rows].toarray()
    key[barred] = np.inf
    return key


def all_eligible(problem: AssignmentProblem, rows: np.ndarray, levels: CostLevels) -> Candidates:
    """Every eligible pair: the unpruned network."""
    n_rev = problem.shape[1]
    ns, rs, cs = [], [], []
    for idx in blocks(rows, n_rev):
        key = arc_keys(problem, idx, levels)
        i, j = np.nonzero(np.isfinite(key))
        ns.append(idx[i])
        rs.append(j)
        cs.append(key[i, j].astype(np.int64))
    if not ns:
        return Candidates(*(np.zeros(0, np.int64) for _ in range(3)))
    return unique_candidates(ns, rs, cs, n_rev)


class _ReviewerBest:
    """Running best `keep` nominations of every reviewer, over blocks of rows.

    A threshold per reviewer (its keep-th best key so far) lets most cells be dismissed with
    one comparison instead of partitioning every column of every block.
    """

    def __init__(self, n_rev: int, keep: int):
        self.keep = keep
        self.n_rev = n_rev
        self.threshold = np.full(n_rev, np.inf)
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.size = 0

    def add(self, key: np.ndarray, rows: np.ndarray) -> None:
        mask = key < self.threshold
        if key.shape[0] > self.keep and mask.sum() > 2 * self.keep * self.n_rev:
            top = np.argpartition(key, self.keep - 1, axis=0)[: self.keep]
            cols = np.broadcast_to(np.arange(self.n_rev), top.shape)
            ok = key[top, cols] < self.threshold
            i, j = top[ok], cols[ok]
        else:
            i, j = np.nonzero(mask)
        self.parts.append((key[i, j], rows[i], j))
        self.size += i.size
        if self.size > 4 * self.keep * self.n_rev or (
            np.isinf(self.threshold).any() and self.size >= self.keep * self.n_rev
        ):
            self.compact()

    def compact(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if not self.parts:
            return np.zeros(0), np.zeros(0, np.int64), np.zeros(0, np.int64)
        k, n, r = (np.concatenate(x) for x in zip(*self.parts, strict=True))
        order = np.lexsort((n, k, r))
        k, n, r = k[order], n[order], r[order]
        counts = np.bincount(r, minlength=self.n_rev)
        rank = np.arange(r.size) - np.repeat(np.cumsum(counts) - counts, counts)
        keep = rank < self.keep
        k, n, r = k[keep], n[keep], r[keep]
        full = rank == self.keep - 1
        self.threshold[r[full[keep]]] = k[full[keep]]
        self.parts = [(k, n, r)]
        self.size = k.size
        return k, n, r


def best_candidates(
    problem: AssignmentProblem,
    rows: np.ndarray,
    levels: CostLevels,
    per_nomination: int,
    per_reviewer: int,
) -> Candidates:
    """Each nomination's best `per_nomination` reviewers and each reviewer's best `per_reviewer`
    nominations. Ties (common: many pairs share no tag) are broken by a fixed pseudo-random table,
    so the picks spread over equally good reviewers instead of piling on the lowest indices."""
    n_rev = problem.shape[1]
    step = max(1, CELLS_PER_BLOCK // max(1, n_rev))
    rng = np.random.default_rng(20_241_123)
    spread = 1021
    jitter = rng.random((min(step, max(rows.size, 1)), n_rev + spread)) * 0.5
    best_rev = _ReviewerBest(n_rev, per_reviewer)
    ns, rs, cs = [], [], []
    for b, idx in enumerate(blocks(rows, n_rev)):
        off = (b * 7919) % spread
        key = arc_keys(problem, idx, levels)
        key += jitter[: idx.size, off : off + n_rev]
        if n_rev > per_nomination:
            top = np.argpartition(key, per_nomination - 1, axis=1)[:, :per_nomination]
        else:
            top = np.broadcast_to(np.arange(n_rev), (idx.size, n_rev))
        vals = np.take_along_axis(key, top, axis=1)
        ok = np.isfinite(vals)
        ns.append(np.broadcast_to(idx[:, None], top.shape)[ok])
        rs.append(top[ok])
        cs.append(np.floor(vals[ok]).astype(np.int64))
        best_rev.add(key, idx)
    k, n, r = best_rev.compact()
    ok = np.isfinite(k)
    ns.append(n[ok])
    rs.append(r[ok])
    cs.append(np.floor(k[ok]).astype(np.int64))
    return unique_candidates(ns, rs, cs, n_rev)


def price_out(
    problem: AssignmentProblem,
    rows: np.ndarray,
    levels: CostLevels,
    cands: Candidates,
    pi: np.ndarray,
    reach: np.ndarray,
    per_row: int,
    slack: float = 0.0,
) -> Candidates:
    """Pairs left out of the network that could improve the flow: negative reduced cost
    c + p(tail) - p(r), or crossing the minimum cut (they could carry more flow).

    None found proves the pruned solution optimal for the full network. Returns up to `per_row`
    of the most improving ones per nomination, to add before solving again.
    """
    n_nom, n_rev = problem.shape
    rnode = 2 + n_nom + np.arange(n_rev)
    pi_r = pi[rnode].astype(np.float64)
    reach_r = reach[rnode]
    inside = cands.matrix(problem.shape)
    side = problem.side
    g1, g2 = 2 + n_nom + n_rev, 2 + 2 * n_nom + n_rev
    ns, rs, cs = [], [], []
    for idx in blocks(rows, n_rev):
        key = arc_keys(problem, idx, levels)
        key[inside[idx].toarray()] = np.inf
        if problem.require_sides:
            s1, s2 = side == 1, side == 2
            tails = np.where(s1, g1 + idx[:, None], np.where(s2, g2 + idx[:, None], 2 + idx[:, None]))
            p_tail = pi[tails].astype(np.float64)
            r_tail = reach[tails]
        else:
            p_tail = pi[2 + idx].astype(np.float64)[:, None]
            r_tail = reach[2 + idx][:, None]
        red = key + p_tail - pi_r
        red[r_tail & ~reach_r & np.isfinite(key)] = -np.inf
        i, j = np.nonzero(red < slack)
        if i.size == 0:
            continue
        order = np.lexsort((j, red[i, j], i))
        i, j = i[order], j[order]
        counts = np.bincount(i, minlength=idx.size)
        rank = np.arange(i.size) - np.repeat(np.cumsum(counts) - counts, counts)
        i, j = i[rank < per_row], j[rank < per_row]
        ns.append(idx[i])
        rs.append(j)
        cs.append(key[i, j].astype(np.int64))
    if not ns:
        return Candidates(*(np.zeros(0, np.int64) for _ in range(3)))
    return unique_candidates(ns, rs, cs, n_rev)
