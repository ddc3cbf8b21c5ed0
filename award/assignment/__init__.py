"""Automatic reviewer assignment as a min-cost flow: pure computation, no Flask, no database.

The caller turns rows into integer indices and arrays, then:

    conf = build_conflicts(nom_org=..., rev_org=..., declared=pairs, same_country=False)
    aff = build_affinity(nom_tags=..., rev_tags=..., nom_lang=..., rev_langs=..., bids=...)
    result = solve(AssignmentProblem(k=3, caps=caps, conflicts=conf, affinity=aff))
    result.pairs, result.terms, result.shortages, result.levers, result.check(problem)
"""

from award.assignment.affinity import Affinity, build_affinity
from award.assignment.conflicts import HARD_REASONS, SOFT_REASONS, Conflicts, build_conflicts
from award.assignment.problem import AssignmentProblem
from award.assignment.result import AssignmentResult, Levers, Shortage
from award.assignment.solver import solve

__all__ = [
    "HARD_REASONS",
    "SOFT_REASONS",
    "Affinity",
    "AssignmentProblem",
    "AssignmentResult",
    "Conflicts",
    "Levers",
    "Shortage",
    "build_affinity",
    "build_conflicts",
    "solve",
]
