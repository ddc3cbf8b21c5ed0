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
from award.assignment.candidates import (
    best_by_reduced_cost,
    best_candidates,
    price_out,
    price_pool,
)
from award.assignment.diagnosis import levers, run_stats, shortages
from award.assignment.flow import (
    build_network,
    cost_levels,
    node_counts,
    potentials,
    reachable,
    solve_network,
    used_pairs,
    with_arcs,
)
from award.assignment.problem import AssignmentProblem
from award.assignment.repair import repair
from award.assignment.result import AssignmentResult

# Below this many (nomination, reviewer) cells every eligible pair goes into the network.
DENSE_AUTO_CELLS = 1_000_000
MAX_PRICING_ROUNDS = 20
# Pool sizes: pricing searches these first, before a full pass over every pair (smaller for
# rounds with few reviewers, whose full passes are cheap).
POOL_PER_NOMINATION = 256
POOL_PER_REVIEWER = 64
POOL_DIVISOR = 8
# Up to this many arcs found by pricing are fitted into the flow one by one (a short Dijkstra
# search each); more go into a new solve.
REPAIR_LIMIT = 2000
AUGMENT = 2
PER_ROW_FACTOR = 1
SHRINK = None
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
    solves, rounds, full_passes, optimal, pi = 1, 0, 0, True, None
    pool = no_candidates()
    trace = [f"solve:{net.tails.size}@{seconds['solve']}"]
    pool_size = min(POOL_PER_NOMINATION, max(2 * per_nom, n_rev // POOL_DIVISOR))
    while pruned:
        t = time.perf_counter()
        if pi is None:
            pi = potentials(net, flows)
            if pi is None:  # cannot happen after an optimal solve; refuse to claim a proof
                optimal = False
                break
        reach = reachable(net, flows)
        more, crossing = price_pool(problem, pool, pi, reach)
        trace.append(f"pool:{more.size}@{_lap(t)}")
        if more.size == 0:
            # A full pass over every pair: it proves optimality, or finds what the pool missed
            # and replaces the pool by the pairs the current duals rate best.
            full_passes += 1
            more, crossing, pool = price_out(
                costs, cands.matrix(problem.shape), pi, reach, per_nom * PER_ROW_FACTOR, pool_size
            )
            trace.append(f"full:{more.size}@{_lap(t)}")
            if more.size == 0:
                seconds["pricing"] += _lap(t)
                break
            if full_passes == 1 and SHRINK:
                # Rebuild the network around the first duals: the pairs used, the violators
                # and each side's best by reduced cost; the rest waits in the pool.
                used = cands.take(np.isin(cands.n * n_rev + cands.r, _used_keys(net, flows, n_rev)))
                everything = merge(merge(cands, pool, n_rev), more, n_rev)
                best = best_by_reduced_cost(problem, everything, pi, SHRINK[0], SHRINK[1])
                keep = merge(merge(used, more, n_rev), best, n_rev)
                pool = minus(everything, keep, n_rev)
                cands = keep
                more = no_candidates()
                crossing = True  # forces the new solve
            elif full_passes == 1 and AUGMENT:
                more = merge(more, _best_of_pool(problem, pool, pi, AUGMENT), n_rev)
        pool = minus(pool, more, n_rev)
        cands = merge(cands, more, n_rev)
        seconds["pricing"] += _lap(t)
        rounds += 1
        if rounds > MAX_PRICING_ROUNDS:
            optimal = False
            break
        t = time.perf_counter()
        if crossing or more.size > REPAIR_LIMIT:
            # Many new arcs, or arcs that could carry more flow: solve again.
            net = build_network(problem, cands.n, cands.r, cands.cost, levels)
            flows, _ = solve_network(net)
            solves, pi = solves + 1, None
            trace.append(f"solve:{net.tails.size}@{_lap(t)}")
        else:
            first = net.tails.size
            net = with_arcs(net, problem, more.n, more.r, more.cost)
            flows = np.concatenate([flows, np.zeros(more.size, np.int64)])
            fixed = repair(net, flows, pi, first)
            trace.append(f"repair:{fixed}/{more.size}@{_lap(t)}")
        seconds["solve"] += _lap(t)
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
        pricing_rounds=rounds,
        solves=solves,
        full_pricing_passes=full_passes,
        cost_factor=levels.factor,
        trace=trace,
    )
    return AssignmentResult(
        pairs=np.column_stack([n, r]).astype(np.int64),
        terms=terms,
        objective=cost,
        total_affinity=float(terms["total"].sum()),
        optimal=optimal,
        short=sum(s.missing for s in records),
        shortages=records,
        levers=lev,
        stats=stats,
    )


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


def _best_of_pool(problem, pool, pi, per_row):
    from award.assignment.candidates import _ranks
    from award.assignment.flow import tail_nodes

    red = pool.cost + pi[tail_nodes(problem, pool.n, pool.r)] - pi[2 + problem.shape[0] + pool.r]
    order = np.lexsort((pool.r, red, pool.n))
    keep = np.zeros(pool.size, bool)
    keep[order[_ranks(pool.n[order], problem.shape[0]) < per_row]] = True
    return pool.take(keep)


def _used_keys(net, flows, n_rev):
    used = flows[net.pair_arcs] > 0
    return net.pair_n[used] * n_rev + net.pair_r[used]


def _lap(start: float) -> float:
    return round(time.perf_counter() - start, 4)
