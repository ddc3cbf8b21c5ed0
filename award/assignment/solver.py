"""Solve an assignment round as a min-cost flow, prove the answer, and explain what is missing."""

import time

import numpy as np

from award.assignment.arcs import (
    ArcCosts,
    Candidates,
    all_eligible,
    merge,
    minus,
    no_candidates,
)
from award.assignment.candidates import best_candidates
from award.assignment.diagnosis import levers, run_stats, shortages
from award.assignment.flow import (
    Network,
    build_network,
    cost_levels,
    node_counts,
    potentials,
    reachable,
    solve_network,
    used_pairs,
    with_arcs,
)
from award.assignment.pricing import Bounds, best_of_pool, price, price_pool
from award.assignment.problem import AssignmentProblem
from award.assignment.repair import repair
from award.assignment.result import AssignmentResult

# Below this many (nomination, reviewer) cells every eligible pair goes into the network.
DENSE_AUTO_CELLS = 1_000_000
MAX_PRICING_ROUNDS = 20
# Pool sizes: pricing searches these first, before a full pass over every pair (smaller for
# rounds with few reviewers, whose full passes are cheap).
POOL_PER_NOMINATION = 96
POOL_DIVISOR = 8
# The first full pass also adds each nomination's this many best pool pairs to the network.
AUGMENT = 2
# Up to this many arcs found by pricing are fitted into the flow one by one (a short Dijkstra
# search each); more go into a new solve.
REPAIR_LIMIT = 2000
# When the bounds leave more than this share of the rows unproven, price them all at once (and
# refresh the pool).
FULL_PASS_SHARE = 0.5
# The cap-raising what-if gets every eligible arc of the short nominations up to this many cells.
WHAT_IF_CELLS = 5_000_000


def _fair_load(problem: AssignmentProblem) -> int:
    return -(-int(problem.demand.sum()) // max(1, problem.shape[1]))


def default_pruning(problem: AssignmentProblem) -> tuple[int, int]:
    """(per nomination, per reviewer) candidates: several times what each side will use."""
    k = int(problem.target.max(initial=1))
    return max(10, 4 * k), max(10, 2 * _fair_load(problem) + k)


def solve(problem: AssignmentProblem, prune: int | None = None) -> AssignmentResult:
    """Assign the missing reviewers of every nomination.

    prune: None chooses (every eligible pair for small rounds, each side's best candidates with
    pricing for large ones); 0 never prunes; an int keeps that many best reviewers per nomination
    (and each reviewer's best nominations). Pruned runs re-check every pair left out against the
    flow's duals and add any that could help, so `optimal` still means proven optimal.
    """
    if prune is not None and prune < 0:
        raise ValueError(f"prune must be None, 0 or a positive number, got {prune}")
    clock = time.perf_counter()
    seconds: dict[str, float] = {}
    n_nom, n_rev = problem.shape
    rows = np.flatnonzero(problem.demand > 0)
    levels = cost_levels(problem, node_counts(problem))
    pruned = bool(prune) or (prune is None and rows.size * n_rev > DENSE_AUTO_CELLS)
    per_nom, per_rev = default_pruning(problem)
    per_nom = prune or per_nom
    costs = ArcCosts(problem, rows, levels)
    cands = best_candidates(costs, per_nom, per_rev) if pruned else all_eligible(costs)
    seconds["candidates"] = _lap(clock)

    t = time.perf_counter()
    net = build_network(problem, cands.n, cands.r, cands.cost, levels)
    flows, _ = solve_network(net)
    seconds["solve"], seconds["pricing"] = _lap(t), 0.0
    trace = [f"solve:{net.tails.size}@{seconds['solve']}"]
    run = {"solves": 1, "rounds": 0, "full": 0, "optimal": True, "trace": trace}
    if pruned:
        net, flows, cands = _price_and_repair(
            problem, costs, levels, net, flows, cands, per_nom, seconds, run
        )
    cost = int(np.dot(flows, net.costs))

    t = time.perf_counter()
    n, r = used_pairs(net, flows)
    terms = problem.affinity.terms(n, r)
    records = shortages(problem, n, r)
    raise_caps, filled = {}, 0
    if any(s.cause == "capacity" for s in records):
        raise_caps, filled = _what_if(problem, cands, levels, records, n.size)
    lev = levers(problem, records, raise_caps, filled)
    stats = run_stats(problem, n, r, terms)
    seconds["diagnosis"] = _lap(t)
    seconds["total"] = _lap(clock)
    stats.update(
        seconds=seconds,
        arcs=int(net.tails.size),
        candidates=cands.size,
        pruned=pruned,
        pricing_rounds=run["rounds"],
        solves=run["solves"],
        full_pricing_passes=run["full"],
        cost_factor=levels.factor,
        trace=trace,
    )
    return AssignmentResult(
        pairs=np.column_stack([n, r]).astype(np.int64),
        terms=terms,
        objective=cost,
        total_affinity=float(terms["total"].sum()),
        optimal=run["optimal"],
        short=sum(s.missing for s in records),
        shortages=records,
        levers=lev,
        stats=stats,
    )


def _price_and_repair(
    problem, costs: ArcCosts, levels, net: Network, flows, cands, per_nom, seconds, run
):
    """Make the pruned flow provably optimal for the full network.

    Each round prices the pool (the pairs the last full pass rated best) and, when the pool has
    nothing to offer, the rows whose bounds no longer prove them; a full pass over every pair
    only when most rows are unproven. Whatever is found is fitted into the flow (repair) or
    solved anew, and the potentials only ever fall, which keeps most bounds valid.
    """
    trace = run["trace"]
    n_nom, n_rev = problem.shape
    rows = costs.rows
    bounds = Bounds(problem)
    pool = no_candidates()
    pool_size = min(POOL_PER_NOMINATION, max(2 * per_nom, n_rev // POOL_DIVISOR))
    pi, last_pi = None, None
    while True:
        t = time.perf_counter()
        if pi is None:
            pi = potentials(net, flows, init=last_pi)
            if pi is None:  # cannot happen after an optimal solve; refuse to claim a proof
                run["optimal"] = False
                break
        reach = reachable(net, flows)
        more, crossing = price_pool(problem, pool, pi, reach)
        trace.append(f"pool:{more.size}@{_lap(t)}")
        if more.size == 0:
            todo = bounds.unproven(pi, rows) | reach[2 + rows]
            if problem.require_sides:
                todo |= reach[2 + n_nom + n_rev + rows] | reach[2 + 2 * n_nom + n_rev + rows]
            if not todo.any():
                seconds["pricing"] += _lap(t)
                break
            inside = cands.matrix(problem.shape)
            if todo.sum() > FULL_PASS_SHARE * rows.size:
                run["full"] += 1
                priced = price(costs, pi, reach, per_nom, inside, pool=pool_size)
                pool = priced.pool
                more, crossing = priced.found, priced.crossing
                if run["full"] == 1 and AUGMENT:
                    more = merge(more, best_of_pool(problem, pool, pi, AUGMENT), n_rev)
                trace.append(f"full:{int(todo.sum())}:{more.size}@{_lap(t)}")
            else:
                scope = ArcCosts(problem, rows[todo], levels, cache_cells=0)
                priced = price(scope, pi, reach, per_nom, inside)
                more, crossing = priced.found, priced.crossing
                trace.append(f"rows:{int(todo.sum())}:{more.size}@{_lap(t)}")
            bounds.record(pi, priced)
            if more.size == 0:
                seconds["pricing"] += _lap(t)
                break
        pool = minus(pool, more, n_rev)
        cands = merge(cands, more, n_rev)
        seconds["pricing"] += _lap(t)
        run["rounds"] += 1
        if run["rounds"] > MAX_PRICING_ROUNDS:
            run["optimal"] = False
            break
        t = time.perf_counter()
        if crossing or more.size > REPAIR_LIMIT:
            # Many new arcs, or arcs that could carry more flow: solve again.
            net = build_network(problem, cands.n, cands.r, cands.cost, levels)
            flows, _ = solve_network(net)
            run["solves"] += 1
            pi, last_pi = None, pi
            trace.append(f"solve:{net.tails.size}@{_lap(t)}")
        else:
            first = net.tails.size
            net = with_arcs(net, problem, more.n, more.r, more.cost)
            flows = np.concatenate([flows, np.zeros(more.size, np.int64)])
            fixed = repair(net, flows, pi, first)
            trace.append(f"repair:{fixed}/{more.size}@{_lap(t)}")
        seconds["solve"] += _lap(t)
    return net, flows, cands


def _what_if(problem, cands: Candidates, levels, records, assigned: int) -> tuple[dict, int]:
    """Smallest cap raises that fill the capacity shortages: the same flow, where every reviewer
    may go over their cap at a price above any other term."""
    short = np.array([s.nomination for s in records if s.cause == "capacity"], dtype=np.int64)
    if short.size * problem.shape[1] <= WHAT_IF_CELLS:
        extra = all_eligible(ArcCosts(problem, short, levels, cache_cells=0))
        cands = merge(cands, extra, problem.shape[1])
    net = build_network(problem, cands.n, cands.r, cands.cost, levels, what_if=True)
    flows, _ = solve_network(net)
    extra = flows[net.extra_start : net.extra_start + net.extra_r.size]
    raise_caps = {int(r): int(f) for r, f in zip(net.extra_r, extra, strict=True) if f > 0}
    return raise_caps, used_pairs(net, flows)[0].size - assigned


def _lap(start: float) -> float:
    return round(time.perf_counter() - start, 4)
