"""The nomination -> reviewer arcs a round may have, with their integer costs, block by block."""

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from award.assignment.conflicts import csr_cells
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

    def take(self, mask: np.ndarray) -> "Candidates":
        return Candidates(self.n[mask], self.r[mask], self.cost[mask])


def no_candidates() -> Candidates:
    return Candidates(*(np.zeros(0, np.int64) for _ in range(3)))


def unique_candidates(n, r, cost, n_rev: int) -> Candidates:
    """Candidates from lists of arrays; a pair given twice is kept once."""
    n, r, cost = (np.concatenate(x) if isinstance(x, list) else x for x in (n, r, cost))
    if n.size == 0:
        return no_candidates()
    key = n.astype(np.int64) * max(1, n_rev) + r
    _, first = np.unique(key, return_index=True)
    return Candidates(
        n[first].astype(np.int64), r[first].astype(np.int64), cost[first].astype(np.int64)
    )


def merge(a: Candidates, b: Candidates, n_rev: int) -> Candidates:
    return unique_candidates([a.n, b.n], [a.r, b.r], [a.cost, b.cost], n_rev)


def minus(a: Candidates, b: Candidates, n_rev: int) -> Candidates:
    """The pairs of a that are not in b."""
    keep = ~np.isin(a.n * max(1, n_rev) + a.r, b.n * max(1, n_rev) + b.r)
    return a.take(keep)


def blocks(rows: np.ndarray, n_rev: int) -> Iterator[np.ndarray]:
    step = max(1, CELLS_PER_BLOCK // max(1, n_rev))
    for start in range(0, rows.size, step):
        yield rows[start : start + step]


def arc_keys(problem: AssignmentProblem, rows: np.ndarray, levels: CostLevels) -> np.ndarray:
    """Float64 (len(rows), R): the integer cost of arc n -> r, +inf where no arc may exist.

    Costs stay below 2^53, so float64 holds them exactly and leaves room for a tie-breaker.
    Conflicts arrive as cell lists, so barring them costs the number of conflicts, not R per row.
    """
    key = problem.affinity.block(rows)
    key *= -AFFINITY_SCALE
    np.rint(key, out=key)
    conf = problem.conflicts
    key[conf.hard_cells(rows)] = np.inf
    soft = conf.soft_cells(rows)
    if problem.relax_soft_conflicts:
        key[soft] += levels.soft_penalty
    else:
        key[soft] = np.inf
    if problem.require_language:
        key[~problem.affinity.speaks(rows)] = np.inf
    key[csr_cells(problem.existing_matrix, rows)] = np.inf
    return key


class ArcCosts:
    """The costs of every arc the rows to assign may have, block by block.

    Kept in memory when they fit in `cache_cells` (80 MB at 10M cells), so that candidate
    selection and each full pricing pass compute conflicts and affinities once; otherwise
    recomputed per pass (a 20,000 x 15,000 round would need 2.4 GB), the next block on a second
    thread while the caller works on the current one.
    """

    def __init__(
        self,
        problem: AssignmentProblem,
        rows: np.ndarray,
        levels: CostLevels,
        cache_cells: int = 12_000_000,
    ):
        self.problem = problem
        self.rows = rows
        self.levels = levels
        self.n_rev = problem.shape[1]
        self.passes = 0
        self._keep = rows.size * self.n_rev <= cache_cells
        self._cache: list[np.ndarray] | None = None

    def _keys(self, idx: np.ndarray) -> np.ndarray:
        return arc_keys(self.problem, idx, self.levels)

    def __iter__(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(rows, keys) per block; keys are shared with the cache: never modify them."""
        self.passes += 1
        parts = list(blocks(self.rows, self.n_rev))
        if self._cache is not None:
            yield from zip(parts, self._cache, strict=True)
            return
        kept = []
        with ThreadPoolExecutor(max_workers=1) as pool:
            ahead = pool.submit(self._keys, parts[0]) if parts else None
            for i, idx in enumerate(parts):
                key = ahead.result()
                if i + 1 < len(parts):
                    ahead = pool.submit(self._keys, parts[i + 1])
                if self._keep:
                    kept.append(key)
                yield idx, key
        if self._keep:
            self._cache = kept


def all_eligible(costs: ArcCosts) -> Candidates:
    """Every eligible pair: the unpruned network."""
    ns, rs, cs = [], [], []
    for idx, key in costs:
        i, j = np.nonzero(np.isfinite(key))
        ns.append(idx[i])
        rs.append(j)
        cs.append(key[i, j].astype(np.int64))
    return unique_candidates(ns, rs, cs, costs.n_rev) if ns else no_candidates()
