"""Solve an assignment round as a min-cost flow, prove the answer, and explain what is missing."""

import time

import numpy as np

from award.assignment.candidates import (
    Candidates,
    all_eligible,
    best_candidates,
    merge,
    price_out,
)
from award.assignment.diagnosis import levers, run_stats, shortages
from award.assignment.flow import (
    build_network,
    cost_levels,
    node_counts,
    potentials,
    reachable,
    solve_network,
)
from award.assignment.problem import AssignmentProblem
from award.assignment.result import AssignmentResult

# Below this many (nomination, reviewer) cells every eligible pair goes into the network.
DENSE_AUTO_CELLS = 1_000_000
# A dense float32 affinity matrix up to this size (100 MB) is kept for the pricing passes.
CACHE_AFFINITY_CELLS = 25_000_000
MAX_PRICING_ROUNDS = 10
# The cap-raising what-if gets every eligible arc of the short nominations up to this many cells.
WHAT_IF_CELLS = 5_000_000


def default_pruning(problem: AssignmentProblem) -> tuple[int, int]:
    """(per nomination, per reviewer) candidates: several times what each side will use."""
    k = int(problem.target.max(initial=1))
    fair = -(-int(problem.demand.sum()) // max(1, problem.shape[1]))
    return max(10, 4 * k), max(10, 2 * fair + k)


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
    if pruned and n_nom * n_rev <= CACHE_AFFINITY_CELLS:
        problem.affinity.total  # noqa: B018  (computed once, reused by every pass)
    if pruned:
        cands = best_candidates(problem, rows, levels, per_nom, per_rev)
    else:
        cands = all_eligible(problem, rows, levels)
    seconds["candidates"] = _lap(clock)

    rounds, added, optimal = 0, 0, True
    seconds["solve"] = seconds["pricing"] = 0.0
    while True:
        t = time.perf_counter()
        net = build_network(problem, cands.n, cands.r, cands.cost, levels)
        flows, cost = solve_network(net)
        seconds["solve"] += _lap(t)
        if not pruned:
            break
        t = time.perf_counter()
        pi = potentials(net, flows)
        if pi is None:
            optimal = False
            break
        more = price_out(problem, rows, levels, cands, pi, reachable(net, flows), per_nom)
        seconds["pricing"] += _lap(t)
        if more.size == 0:
            break
        rounds += 1
        if rounds > MAX_PRICING_ROUNDS:
            optimal = False
            break
        added += more.size
        cands = merge(cands, more, n_rev)

    t = time.perf_counter()
    used = flows[net.cand_start : net.cand_start + cands.size] > 0
    n, r = cands.n[used], cands.r[used]
    terms = problem.affinity.terms(n, r)
    records = shortages(problem, n, r)
    raise_caps, filled = {}, 0
    if any(s.cause == "capacity" for s in records):
        raise_caps, filled = _what_if(problem, cands, levels, records, int(used.sum()))
    lev = levers(problem, records, raise_caps, filled)
    stats = run_stats(problem, n, r, terms)
    seconds["diagnosis"] = _lap(t)
    seconds["total"] = _lap(clock)
    stats.update(
        seconds=seconds, arcs=int(net.tails.size), candidates=cands.size, pruned=pruned,
        pricing_rounds=rounds, added_by_pricing=added, cost_factor=levels.factor,
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
        cands = merge(cands, all_eligible(problem, short, levels), problem.shape[1])
    net = build_network(problem, cands.n, cands.r, cands.cost, levels, what_if=True)
    flows, _ = solve_network(net)
    extra = flows[net.extra_start : net.extra_start + net.extra_r.size]
    raise_caps = {int(r): int(f) for r, f in zip(net.extra_r, extra, strict=True) if f > 0}
    used = int((flows[net.cand_start : net.cand_start + cands.size] > 0).sum())
    return raise_caps, used - assigned


def _lap(start: float) -> float:
    return round(time.perf_counter() - start, 4)
