"""Benchmark of the ranking engine on a synthetic round; prints one JSON object on stdout.

    python benchmarks/ranking.py --nominations 10000 --reviews 3 --criteria 6
    python benchmarks/ranking.py --nominations 100000 --reviews 3 --criteria 6   # memory

seconds: wall time of rank() per method without simulation, of rank() with the simulation
(`simulation` is the calibrated model, `simulation_by_method` every applicable method), and of
agreement(); best of --repeat runs, with their CPU time in cpu_seconds. peak_mb: the process's
peak resident memory. spearman: each method's rank correlation with the true quality the
round was generated from."""

import argparse
import importlib
import json
import os
import pathlib
import resource
import sys
import time
import types

import numpy as np
from scipy.stats import spearmanr

ROOT = pathlib.Path(__file__).resolve().parent.parent


def import_engine():
    """award.ranking without award/__init__.py: that module imports the whole Flask app
    (about 80 MB more), and these figures are the engine's own."""
    if "award" not in sys.modules:
        package = types.ModuleType("award")
        package.__path__ = [str(ROOT / "award")]
        sys.modules["award"] = package
    return importlib.import_module("award.ranking")


def best_of(repeat, call, cpu=None, name=None):
    """Best wall time of `repeat` calls; the matching CPU time (all threads of this process)
    goes to cpu[name]: on a shared machine it shows the work apart from waiting for a core."""
    best, result = None, None
    for _ in range(repeat):
        wall, used = time.perf_counter(), time.process_time()
        result = call()
        wall, used = time.perf_counter() - wall, time.process_time() - used
        if best is None or wall < best[0]:
            best = (wall, used)
    if cpu is not None:
        cpu[name] = round(best[1], 4)
    return round(best[0], 4), result


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nominations", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=3, help="reviews per nomination (k)")
    parser.add_argument("--criteria", type=int, default=6)
    parser.add_argument("--reviewers", type=int, help="default: 60 reviews per reviewer")
    parser.add_argument("--categories", type=int, help="default: one per 1,000 nominations")
    parser.add_argument("--simulations", type=int, default=1000)
    parser.add_argument("--top-n", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, help="default: 3, or 1 above 20,000 nominations")
    args = parser.parse_args(argv)

    ranking = import_engine()
    repeat = args.repeat or (3 if args.nominations <= 20_000 else 1)
    categories = args.categories or max(1, args.nominations // 1000)
    round_ = ranking.synthetic_round(
        args.nominations,
        args.reviews,
        args.criteria,
        n_reviewers=args.reviewers,
        n_categories=categories,
        seed=args.seed,
    )
    data = round_.data
    seconds, cpu, spearman, applicable, reasons = {}, {"simulation_by_method": {}}, {}, {}, {}
    for method in ranking.METHODS:
        seconds[method], result = best_of(
            repeat,
            lambda m=method: ranking.rank(data, m, simulations=0, seed=args.seed),
            cpu,
            method,
        )
        applicable[method] = result.applicable
        if result.applicable:
            rho = spearmanr(result.table.score, round_.quality, nan_policy="omit").statistic
            spearman[method] = round(float(rho), 4)
        else:
            spearman[method] = None
            reasons[method] = result.reason
    seconds["all_methods"] = round(sum(seconds[m] for m in ranking.METHODS), 4)
    by_method = {}
    for method in ranking.METHODS:
        if applicable[method]:
            by_method[method], _ = best_of(
                repeat,
                lambda m=method: ranking.rank(
                    data, m, simulations=args.simulations, top_n=args.top_n, seed=args.seed
                ),
                cpu["simulation_by_method"],
                method,
            )
    seconds["simulation"] = by_method.get("calibrated")
    seconds["simulation_by_method"] = by_method
    cpu["simulation"] = cpu["simulation_by_method"].get("calibrated")
    seconds["agreement"], figures = best_of(
        repeat, lambda: ranking.agreement(data), cpu, "agreement"
    )
    seconds["input_hash"], _ = best_of(
        repeat, lambda: ranking.input_hash(data, "mean", {}), cpu, "input_hash"
    )
    return {
        "nominations": args.nominations,
        "reviews_per_nomination": args.reviews,
        "criteria": args.criteria,
        "reviewers": data.n_reviewers,
        "categories": categories,
        "simulations": args.simulations,
        "seed": args.seed,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "spearman": spearman,
        "applicable": applicable,
        "reasons": reasons,
        "agreement": {k: figures[k] for k in ("icc1", "icc1k", "alpha")},
        "repeat": repeat,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpus": len(os.sched_getaffinity(0)),
        "numpy": np.__version__,
        "openblas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
