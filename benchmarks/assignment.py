"""Benchmark: assign a synthetic round and print one JSON object (time, memory, objective, checks).

    python benchmarks/assignment.py --nominations 10000 --reviewers 1000 --k 3 --conflict-rate 0.05

`seconds` covers building the conflicts and the affinities and solving (pricing and diagnosis
included), not generating the synthetic data nor importing. `peak_mb` is the process's peak
resident memory. With --compare-unpruned the same round is solved again with every eligible pair
in the network, and `objective_equal` says whether the two integer objectives agree.
"""

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from award.assignment import AssignmentProblem, build_affinity, build_conflicts, solve  # noqa: E402

N_CATEGORIES, N_THEMES, N_LANGUAGES, N_COUNTRIES = 10, 60, 8, 40


def _skewed(rng, size, n, power=0.8):
    """Draws from 0..n-1 where low codes are popular, as real categories and themes are."""
    p = 1.0 / np.arange(1, n + 1) ** power
    return rng.choice(n, size=size, p=p / p.sum())


def _tags(rng, rows, categories, themes):
    cats = [_skewed(rng, rows, N_CATEGORIES) for _ in range(categories)]
    ths = [N_CATEGORIES + _skewed(rng, rows, N_THEMES) for _ in range(themes)]
    cols = np.concatenate(cats + ths)
    data = np.concatenate([np.full(rows * categories, 2.0), np.ones(rows * themes)])
    idx = np.tile(np.arange(rows), categories + themes)
    m = sp.csr_matrix((data, (idx, cols)), shape=(rows, N_CATEGORIES + N_THEMES))
    m.data = np.minimum(m.data, 2.0)  # a theme drawn twice counts once
    return m


def synthetic_round(n, r, k, conflict_rate, seed, cap=None, slack=1.2):
    """Inputs of a round as the web app would pass them (integer codes and index pairs)."""
    rng = np.random.default_rng(seed)
    n_orgs = max(50, (n + r) // 5)
    nom_country = rng.integers(0, N_COUNTRIES, n)
    rev_country = rng.integers(0, N_COUNTRIES, r)
    rev_org = rng.integers(0, n_orgs, r)
    rev_domain = np.where(rng.random(r) < 0.6, rev_org, -1)
    nom_org = rng.integers(0, n_orgs, n)
    nom_domain = np.where(rng.random(n) < 0.6, nom_org, -1)
    nom_lang = np.where(rng.random(n) < 0.6, 0, rng.integers(1, N_LANGUAGES, n))
    nom_lang[rng.random(n) < 0.05] = -1
    speaks = np.zeros((r, N_LANGUAGES), dtype=bool)
    speaks[:, 0] = rng.random(r) < 0.85
    other = rng.integers(1, N_LANGUAGES, r)
    speaks[np.arange(r), other] |= rng.random(r) < 0.5
    counts = rng.binomial(r, conflict_rate, n)
    declared = (
        np.repeat(np.arange(n, dtype=np.int32), counts),
        rng.integers(0, r, counts.sum(), dtype=np.int32),
    )
    nominators = np.flatnonzero(rng.random(n) < 0.02)
    nominator = (nominators, rng.integers(0, r, nominators.size))
    bidders = np.flatnonzero(rng.random(r) < 0.1)
    bn = rng.integers(0, n, (bidders.size, 20)).reshape(-1)
    br = np.repeat(bidders, 20)
    bv = rng.choice([-1.0, 0.5, 1.0], bn.size, p=[0.2, 0.3, 0.5])
    bids = sp.coo_matrix((bv, (bn, br)), shape=(n, r)).tocsr()
    bids.data = np.clip(bids.data, -1, 1)
    side = np.where(rev_country < 15, 1, np.where(rev_country < 35, 2, 0)).astype(np.int8)
    if cap is None:
        cap = int(np.ceil(slack * k * n / max(r, 1)))
    return {
        "conflicts": {
            "nom_org": nom_org,
            "rev_org": rev_org,
            "nom_country": nom_country,
            "rev_country": rev_country,
            "nom_domain": nom_domain,
            "rev_domain": rev_domain,
            "nominator_is_reviewer": nominator,
            "declared": declared,
        },
        "affinity": {
            "nom_tags": _tags(rng, n, 1, 3),
            "rev_tags": _tags(rng, r, 2, 5),
            "nom_lang": nom_lang,
            "rev_langs": sp.csr_matrix(speaks),
            "bids": bids,
        },
        "k": k,
        "caps": np.full(r, cap),
        "side": side,
    }


def build_and_solve(data, prune, same_country=False, require_sides=False):
    start = time.perf_counter()
    cpu = time.process_time()
    conf = build_conflicts(**data["conflicts"], same_country=same_country)
    aff = build_affinity(**data["affinity"])
    problem = AssignmentProblem(
        k=data["k"],
        caps=data["caps"],
        conflicts=conf,
        affinity=aff,
        reviewer_side=data["side"],
        require_sides=require_sides,
    )
    built = time.perf_counter() - start
    result = solve(problem, prune=prune)
    result.stats["cpu_seconds"] = round(time.process_time() - cpu, 3)
    return problem, result, built, time.perf_counter() - start


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nominations", type=int, default=10_000)
    p.add_argument("--reviewers", type=int, default=1_000)
    p.add_argument("--k", type=int, default=3)
    p.add_argument("--conflict-rate", type=float, default=0.05)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cap", type=int, default=None, help="cap per reviewer (default: 1.2 x fair)")
    p.add_argument("--slack", type=float, default=1.2)
    p.add_argument(
        "--prune", type=int, default=None, help="0: no pruning; n: keep n per nomination"
    )
    p.add_argument("--same-country", action="store_true", help="same country is a conflict")
    p.add_argument("--require-sides", action="store_true", help="one sending + one receiving")
    p.add_argument("--compare-unpruned", action="store_true")
    args = p.parse_args(argv)

    data = synthetic_round(
        args.nominations,
        args.reviewers,
        args.k,
        args.conflict_rate,
        args.seed,
        args.cap,
        args.slack,
    )
    problem, result, built, seconds = build_and_solve(
        data, args.prune, args.same_country, args.require_sides
    )
    peak = _peak_mb()
    t = time.perf_counter()
    violations = result.check(problem)
    out = {
        "nominations": args.nominations,
        "reviewers": args.reviewers,
        "k": args.k,
        "conflict_rate": args.conflict_rate,
        "cap": int(data["caps"][0]) if args.reviewers else 0,
        "same_country": args.same_country,
        "require_sides": args.require_sides,
        "seconds": round(seconds, 3),
        "cpu_seconds": result.stats["cpu_seconds"],
        "load_average": round(os.getloadavg()[0], 2),
        "peak_mb": peak,
        "objective": result.objective,
        "optimal": result.optimal,
        "violations": len(violations),
        "short": result.short,
        "assigned": int(result.pairs.shape[0]),
        "total_affinity": round(result.total_affinity, 3),
        "build_seconds": round(built, 3),
        "check_seconds": round(time.perf_counter() - t, 3),
        "stages": result.stats["seconds"],
        "arcs": result.stats["arcs"],
        "pruned": result.stats["pruned"],
        "pricing_rounds": result.stats["pricing_rounds"],
        "solves": result.stats["solves"],
        "full_pricing_passes": result.stats["full_pricing_passes"],
        "trace": " ".join(result.stats["trace"]),
        "load": {key: v for key, v in result.stats["load"].items() if key != "histogram"},
        "affinity_per_nomination": result.stats["affinity_per_nomination"],
        "expert_share": round(result.stats["expert_share"], 4),
        "side_unmet": sum(1 for s in result.shortages if s.sides_missing),
    }
    if violations:
        out["first_violations"] = violations[:5]
    if args.compare_unpruned:
        _, full, _, full_seconds = build_and_solve(data, 0, args.same_country, args.require_sides)
        out["unpruned"] = {
            "seconds": round(full_seconds, 3),
            "peak_mb": _peak_mb(),
            "objective": full.objective,
            "optimal": full.optimal,
            "short": full.short,
            "arcs": full.stats["arcs"],
            "total_affinity": round(full.total_affinity, 3),
        }
        out["objective_equal"] = full.objective == result.objective
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
