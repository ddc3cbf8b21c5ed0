"""Pricing a pruned network: the pairs left out that could improve its flow, and the bounds that
prove, nomination by nomination, that none can.

A pair n -> r left out of the network could lower the cost only if its reduced cost
c(n, r) + p(tail) - p(r) under the flow's potentials p is negative, or, while a nomination is
short, if it crosses the minimum cut. A pass over every pair costs seconds on large rounds, so
each pass also leaves a lower bound on the reduced costs of what stays out: per nomination and
(on a full pass) per reviewer. Potentials move little from one solve to the next, and the bound
moves with them exactly, so most nominations are proven again without looking at their pairs.
"""

from dataclasses import dataclass

import numpy as np

from award.assignment.arcs import ArcCosts, Candidates, no_candidates, unique_candidates
from award.assignment.candidates import column_sample, ranks
from award.assignment.conflicts import csr_cells
from award.assignment.flow import tail_nodes
from award.assignment.problem import AssignmentProblem


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


def _pool_bound(red: np.ndarray, size: int, sample: np.ndarray | None) -> np.ndarray:
    """Per row a value with at least `size` finite reduced costs at or below it (or all of the
    row's finite ones), found on a column sample for wide rounds."""
    b, n_rev = red.shape
    top = np.finfo(np.float64).max
    if size >= n_rev:
        return np.full(b, top)
    if sample is None or size * 8 > sample.size:
        bound = np.partition(red, size - 1, axis=1)[:, size - 1]
    else:
        q = max(1, -(-size * sample.size // n_rev))
        bound = np.partition(red[:, sample], q - 1, axis=1)[:, q - 1]
    # inf means too few finite values: the row's pool takes all of them (inf is never taken).
    return np.where(np.isfinite(bound), bound, top)


@dataclass(frozen=True, eq=False)
class Priced:
    """What one pricing pass found.

    found: pairs that could improve the flow (negative reduced cost, or crossing the minimum
        cut), most improving first, at most `limit` per nomination.
    crossing: whether any found pair crosses the cut (only a new solve can use those).
    pool: on a full pass, each nomination's pairs of lowest reduced cost (about `pool` of them),
        where later violators are most likely to be.
    rows, row_min: every pair of rows[i] outside the network, `found` and `pool` has reduced cost
        >= row_min[i] under the potentials priced.
    """

    found: Candidates
    crossing: bool
    pool: Candidates
    rows: np.ndarray
    row_min: np.ndarray


def price(
    costs: ArcCosts, pi: np.ndarray, reach: np.ndarray, limit: int, inside, pool: int = 0
) -> Priced:
    """One pass over the rows of `costs` under potentials pi, skipping the pairs in `inside`
    (boolean CSR of the network's pairs). None found, with the pool priced too, proves the
    network's flow optimal for these rows."""
    problem = costs.problem
    n_nom, n_rev = problem.shape
    reach_r = reach[2 + n_nom : 2 + n_nom + n_rev]
    sample = column_sample(n_rev, 11)
    found: tuple[list, list, list] = ([], [], [])
    pooled: tuple[list, list, list] = ([], [], [])
    row_mins, any_crossing = [], False
    for idx, key in costs:
        red, tails = reduced_block(problem, idx, key, pi)
        red[csr_cells(inside, idx)] = np.inf
        if pool:
            # One scan finds the pool and the violators in it, which are all of a row's
            # violators unless its pool bound is negative.
            row_min = _pool_bound(red, pool, sample)
            i, j = np.nonzero(red <= row_min[:, None])
            for part, values in zip(pooled, (idx[i], j, key[i, j]), strict=True):
                part.append(values)
            neg = red[i, j] < 0
            i, j = i[neg], j[neg]
            low = np.flatnonzero(row_min < 0)
            if low.size:
                sub = red[low]
                li, lj = np.nonzero((sub < 0) & (sub > row_min[low, None]))
                i, j = np.concatenate([i, low[li]]), np.concatenate([j, lj])
        else:
            row_min = np.zeros(idx.size)
            i, j = np.nonzero(red < 0)
        # Only a nomination the source still reaches (one left short) can cross the cut.
        tail_reach = reach[tails]
        open_rows = np.flatnonzero(tail_reach.any(axis=1))
        if open_rows.size:
            oi, oj = np.nonzero(tail_reach[open_rows] & ~reach_r & np.isfinite(red[open_rows]))
            cells = np.unique(np.concatenate([i * n_rev + j, open_rows[oi] * n_rev + oj]))
            i, j = cells // n_rev, cells % n_rev
        crossing = tail_reach[i, 0 if tail_reach.shape[1] == 1 else j] & ~reach_r[j]
        any_crossing |= bool(crossing.any())
        order = np.lexsort((j, red[i, j], ~crossing, i))
        i, j = i[order], j[order]
        keep = ranks(i, idx.size) < limit
        # Violators beyond the limit stay out: the row's bound must cover them.
        np.minimum.at(row_min, i[~keep], red[i[~keep], j[~keep]])
        row_mins.append(row_min)
        for part, values in zip(found, (idx[i[keep]], j[keep], key[i[keep], j[keep]]), strict=True):
            part.append(values)
    return Priced(
        found=unique_candidates(*found, n_rev) if found[0] else no_candidates(),
        crossing=any_crossing,
        pool=unique_candidates(*pooled, n_rev) if pooled[0] else no_candidates(),
        rows=costs.rows,
        row_min=np.concatenate(row_mins) if row_mins else np.zeros(0),
    )


def price_pool(
    problem: AssignmentProblem, pool: Candidates, pi: np.ndarray, reach: np.ndarray
) -> tuple[Candidates, bool]:
    """Pool pairs with a negative reduced cost or crossing the minimum cut; and whether any
    crosses it (then only a new solve can use them). The pool must hold no network arc."""
    tails = tail_nodes(problem, pool.n, pool.r)
    red = pool.cost + pi[tails] - pi[2 + problem.shape[0] + pool.r]
    crossing = reach[tails] & ~reach[2 + problem.shape[0] + pool.r]
    return pool.take((red < 0) | crossing), bool(crossing.any())


def best_of_pool(problem: AssignmentProblem, pool: Candidates, pi: np.ndarray, per_row: int):
    """Each nomination's `per_row` pool pairs of lowest reduced cost."""
    red = pool.cost + pi[tail_nodes(problem, pool.n, pool.r)] - pi[2 + problem.shape[0] + pool.r]
    order = np.lexsort((pool.r, red, pool.n))
    keep = np.zeros(pool.size, bool)
    keep[order[ranks(pool.n[order], problem.shape[0]) < per_row]] = True
    return pool.take(keep)


class Bounds:
    """Lower bounds on the reduced costs of the pairs left out of the network, kept across solves.

    A row priced under potentials p has every pair left out (and not in the pool) at reduced
    cost >= row_min. Under later potentials q each reduced cost changes by exactly
    d(tail) - d(r), d = q - p, so the row stays proven while row_min + (least d over its tails)
    >= (greatest d over the reviewers). The solver only ever lowers potentials (repairs lower
    them, and each new solve's potentials start from the last ones), and mostly all alike, so a
    row stays proven unless its own potential falls further than the reviewers'. Adding pairs
    to the network only removes pairs from what a bound covers, so bounds stay valid.
    """

    def __init__(self, problem: AssignmentProblem):
        self.problem = problem
        n_nom = problem.shape[0]
        self.refs: list[np.ndarray] = []
        self.row_ref = np.full(n_nom, -1, dtype=np.int64)
        self.row_min = np.full(n_nom, -np.inf)

    def record(self, pi: np.ndarray, priced: Priced) -> None:
        self.refs.append(pi.copy())
        self.row_ref[priced.rows] = len(self.refs) - 1
        self.row_min[priced.rows] = priced.row_min

    def unproven(self, pi: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Boolean per row: its bound no longer proves its left-out pairs under pi."""
        n_nom, n_rev = self.problem.shape
        proven = np.zeros(rows.size, dtype=bool)
        refs = self.row_ref[rows]
        for ref in np.unique(refs[refs >= 0]):
            d = pi - self.refs[ref]
            mine = np.flatnonzero(refs == ref)
            r = rows[mine]
            tail = d[2 + r]
            if self.problem.require_sides:
                tail = np.minimum(tail, d[2 + n_nom + n_rev + r])
                tail = np.minimum(tail, d[2 + 2 * n_nom + n_rev + r])
            top = d[2 + n_nom : 2 + n_nom + n_rev].max(initial=np.iinfo(np.int64).min)
            proven[mine] = self.row_min[r] + tail.astype(np.float64) >= float(top)
        return ~proven
