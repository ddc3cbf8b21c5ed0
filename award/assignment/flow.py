"""The min-cost flow network of an assignment run, its solution with OR-Tools, and its duals."""

import dataclasses
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from ortools.graph.python import min_cost_flow
from scipy.sparse.csgraph import breadth_first_order

from award.assignment.problem import AssignmentProblem

# Affinities are float32 (about 7 significant digits), so 10^6 keeps every digit they carry:
# rounding to integers cannot reorder two arcs that float32 tells apart.
AFFINITY_SCALE = 1_000_000
# OR-Tools rejects costs whose magnitude times (nodes + 1) reaches 2^62; keep 8x headroom.
_COST_BUDGET = 2**59


@dataclass(frozen=True)
class CostLevels:
    """Integer cost of each rule, each level worth `factor` times everything below it.

    From cheapest to dearest: affinity (range `affinity`), load (convex, `load` per review up to
    `load_positions`), the side-rule bonus, the soft-conflict penalty, the coverage slot step
    (every nomination's j-th reviewer before any's (j+1)-th) and, for the cap-raising what-if,
    the price of one review above a cap.
    """

    affinity: int
    load: int
    load_positions: int
    side_bonus: int
    soft_penalty: int
    slot: int
    extra: int
    factor: int


def cost_levels(problem: AssignmentProblem, n_nodes: int) -> CostLevels:
    n_rev = max(1, problem.shape[1])
    a = int(np.ceil(problem.affinity.max_range * AFFINITY_SCALE)) + 1
    lam = a + 1 if problem.load_weight is None else int(round(problem.load_weight * AFFINITY_SCALE))
    total = int(problem.demand.sum() + problem.existing_load.sum())
    # Convex up to well past any fair share; flat beyond, so that huge caps cannot blow the range.
    positions = int(min(problem.cap.max(initial=0), 4 * -(-total // n_rev) + 8))
    hop = a + lam * max(positions, 1)
    k_max = int(problem.target.max(initial=1))
    sides = problem.require_sides
    soft = problem.relax_soft_conflicts and problem.conflicts.same_country
    for f in (32, 16, 8, 4, 2):
        bonus = f * hop if sides else 0
        penalty = f * (hop + 2 * bonus) if soft else 0
        slot = f * (hop + 2 * bonus + penalty)
        extra = f * max(k_max, 1) * slot
        widest = max(slot * max(k_max - 1, 1), extra + lam * positions)
        if widest * (n_nodes + 1) < _COST_BUDGET:
            return CostLevels(a, lam, positions, bonus, penalty, slot, extra, f)
    raise ValueError(
        "the cost range is too wide for an exact integer flow; lower load_weight or the weights"
    )


@dataclass(frozen=True, eq=False)
class Network:
    """Arrays of one network. Arc pair_arcs[i] carries the pair (pair_n[i], pair_r[i])."""

    tails: np.ndarray
    heads: np.ndarray
    caps: np.ndarray
    costs: np.ndarray
    n_nodes: int
    supply: int
    pair_arcs: np.ndarray
    pair_n: np.ndarray
    pair_r: np.ndarray
    extra_start: int  # first what-if arc (one per reviewer in extra_r), or -1
    extra_r: np.ndarray


def node_counts(problem: AssignmentProblem) -> int:
    n, r = problem.shape
    return 2 + n + r + (2 * n if problem.require_sides else 0)


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, ..., c-1 for each count c, concatenated."""
    total = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(total, dtype=np.int64) - starts


def tail_nodes(problem: AssignmentProblem, n: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Node an arc n -> r leaves from: the nomination, or its side group when sides count."""
    n_nom, n_rev = problem.shape
    tail = 2 + n
    if problem.require_sides:
        side = problem.side[r]
        tail = np.where(side == 1, 2 + n_nom + n_rev + n, tail)
        tail = np.where(side == 2, 2 + 2 * n_nom + n_rev + n, tail)
    return tail


def build_network(
    problem: AssignmentProblem,
    cand_n: np.ndarray,
    cand_r: np.ndarray,
    cand_cost: np.ndarray,
    levels: CostLevels,
    what_if: bool = False,
) -> Network:
    """S -> nomination slots -> [side groups] -> reviewer -> T, arcs in a fixed order."""
    n_nom, n_rev = problem.shape
    demand = problem.demand
    parts: list[tuple[np.ndarray, ...]] = []

    # Coverage: one unit arc per missing reviewer, the j-th costing j * slot.
    nom = np.flatnonzero(demand > 0)
    reps = np.repeat(nom, demand[nom])
    pos = problem.existing_count[reps] + _ranks(demand[nom])
    parts.append((np.zeros_like(reps), 2 + reps, np.ones_like(reps), pos * levels.slot))

    if problem.require_sides:
        # The first unit into each side group earns the bonus, unless an existing reviewer has it.
        for side, base in ((1, 2 + n_nom + n_rev), (2, 2 + 2 * n_nom + n_rev)):
            has = problem.existing_sides[nom, side]
            d = demand[nom]
            bonus = ~has
            parts.append(
                (
                    2 + nom[bonus],
                    base + nom[bonus],
                    np.ones(bonus.sum(), np.int64),
                    np.full(bonus.sum(), -levels.side_bonus, np.int64),
                )
            )
            rest = d - bonus
            keep = rest > 0
            parts.append(
                (2 + nom[keep], base + nom[keep], rest[keep], np.zeros(keep.sum(), np.int64))
            )

    cand_start = sum(p[0].size for p in parts)
    tails = tail_nodes(problem, cand_n, cand_r)
    parts.append((tails, 2 + n_nom + cand_r, np.ones_like(cand_n), cand_cost))

    # Load: unit arcs with convex cost up to `load_positions`, one flat arc for the rest. All of
    # a reviewer's room is built even when few candidate arcs reach it: pricing compares this
    # network with the full one, which must differ only by the missing n -> r arcs.
    indeg = np.bincount(cand_r, minlength=n_rev)
    room = np.minimum(problem.room, int(demand.sum()))
    rev = np.flatnonzero(room > 0)
    start = problem.existing_load[rev]
    convex = np.clip(levels.load_positions - start, 0, room[rev])
    reps = np.repeat(rev, convex)
    pos = problem.existing_load[reps] + _ranks(convex)
    parts.append((2 + n_nom + reps, np.ones_like(reps), np.ones_like(reps), pos * levels.load))
    flat = room[rev] - convex
    keep = flat > 0
    flat_cost = levels.load * levels.load_positions
    parts.append(
        (
            2 + n_nom + rev[keep],
            np.ones(keep.sum(), np.int64),
            flat[keep],
            np.full(keep.sum(), flat_cost, np.int64),
        )
    )

    extra_start, extra_r = -1, np.zeros(0, np.int64)
    if what_if:
        extra_start = sum(p[0].size for p in parts)
        extra_r = np.flatnonzero(indeg > 0)
        amount = np.minimum(indeg[extra_r], int(demand.sum()))
        parts.append(
            (
                2 + n_nom + extra_r,
                np.ones_like(extra_r),
                amount,
                np.full(extra_r.size, levels.extra + flat_cost, np.int64),
            )
        )

    cols = [np.concatenate([np.asarray(p[i], dtype=np.int64) for p in parts]) for i in range(4)]
    return Network(
        tails=cols[0],
        heads=cols[1],
        caps=cols[2],
        costs=cols[3],
        n_nodes=node_counts(problem),
        supply=int(demand.sum()),
        pair_arcs=np.arange(cand_start, cand_start + cand_n.size),
        pair_n=cand_n,
        pair_r=cand_r,
        extra_start=extra_start,
        extra_r=extra_r,
    )


def with_arcs(
    net: Network, problem: AssignmentProblem, n: np.ndarray, r: np.ndarray, cost: np.ndarray
) -> Network:
    """The network with unit arcs n -> r appended (their flows start at 0)."""
    start = net.tails.size
    return dataclasses.replace(
        net,
        tails=np.concatenate([net.tails, tail_nodes(problem, n, r)]),
        heads=np.concatenate([net.heads, 2 + problem.shape[0] + r]),
        caps=np.concatenate([net.caps, np.ones(n.size, np.int64)]),
        costs=np.concatenate([net.costs, cost]),
        pair_arcs=np.concatenate([net.pair_arcs, start + np.arange(n.size)]),
        pair_n=np.concatenate([net.pair_n, n]),
        pair_r=np.concatenate([net.pair_r, r]),
    )


def used_pairs(net: Network, flows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (nomination, reviewer) pairs the flow uses, sorted."""
    used = flows[net.pair_arcs] > 0
    n, r = net.pair_n[used], net.pair_r[used]
    order = np.lexsort((r, n))
    return n[order], r[order]


def solve_network(net: Network) -> tuple[np.ndarray, int]:
    """Maximum flow of minimum cost. Returns (flow per arc, cost)."""
    if net.tails.size == 0 or net.supply == 0:
        return np.zeros(net.tails.size, dtype=np.int64), 0
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(net.tails, net.heads, net.caps, net.costs)
    smcf.set_nodes_supplies(np.array([0, 1]), np.array([net.supply, -net.supply]))
    status = smcf.solve_max_flow_with_min_cost()
    if status != smcf.OPTIMAL:
        raise RuntimeError(f"OR-Tools min-cost flow failed: {status}")
    flows = np.asarray(smcf.flows(np.arange(net.tails.size)), dtype=np.int64)
    return flows, int(smcf.optimal_cost())


def _residual(net: Network, flows: np.ndarray):
    fwd = flows < net.caps
    bwd = flows > 0
    u = np.concatenate([net.tails[fwd], net.heads[bwd]])
    v = np.concatenate([net.heads[fwd], net.tails[bwd]])
    c = np.concatenate([net.costs[fwd], -net.costs[bwd]])
    return u, v, c


def potentials(
    net: Network,
    flows: np.ndarray,
    extra=None,
    init: np.ndarray | None = None,
    max_passes: int = 5000,
) -> np.ndarray | None:
    """Node potentials p with c(u, v) + p(u) - p(v) >= 0 on every residual arc.

    Bellman-Ford from a virtual root joined to every node at cost 0 (or from `init`, the
    potentials of an earlier round), one vectorised pass per round. They exist when the flow
    has no negative residual cycle, and they prove an arc left out of the network could not
    lower the cost. `extra` = (tails, heads, costs) adds arcs that carry no flow, to learn whether
    the flow is still optimal with them. None if the passes run out: then there is (most likely)
    a negative cycle, and a new solve is needed.
    """
    u, v, c = _residual(net, flows)
    if extra is not None:
        u, v, c = (
            np.concatenate([a, np.asarray(b, dtype=np.int64)])
            for a, b in zip((u, v, c), extra, strict=True)
        )
    order = np.argsort(v, kind="stable")
    u, v, c = u[order], v[order], c[order]
    d = np.zeros(net.n_nodes, dtype=np.int64) if init is None else init.copy()
    if v.size == 0:
        return d
    starts = np.flatnonzero(np.r_[True, v[1:] != v[:-1]])
    heads = v[starts]
    for _ in range(max_passes):
        best = np.minimum.reduceat(d[u] + c, starts)
        better = best < d[heads]
        if not better.any():
            return d
        d[heads[better]] = best[better]
    return None


def reachable(net: Network, flows: np.ndarray) -> np.ndarray:
    """Nodes the source reaches in the residual network (the source side of a minimum cut)."""
    u, v, _ = _residual(net, flows)
    g = sp.csr_matrix((np.ones(u.size, dtype=np.int8), (u, v)), shape=(net.n_nodes,) * 2)
    seen = np.zeros(net.n_nodes, dtype=bool)
    seen[breadth_first_order(g, 0, directed=True, return_predecessors=False)] = True
    return seen
