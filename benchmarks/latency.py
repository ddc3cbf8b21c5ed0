"""Latency figures shared by the benchmarks."""

import statistics


def percentiles_ms(latencies: list[float]) -> dict[str, float]:
    """p50 and p99 of latencies given in seconds, in milliseconds to one decimal."""
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"p50_ms": round(cuts[49] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1)}
