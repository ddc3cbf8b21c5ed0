"""What an assignment run returns, and the independent check of every rule on it."""

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from award.assignment.problem import SIDE_NAMES, AssignmentProblem
from award.texts import Text


@dataclass(frozen=True)
class Shortage:
    """A nomination the run could not complete, or whose side rule it could not meet.

    missing: review slots left unfilled (0 when only the side rule failed).
    eligible: reviewers free of conflict (and speaking the language, when that is required).
    free: of those, reviewers not on it yet who still have room (0 after an optimal run).
    cause: "conflicts", "language", "capacity" or "sides".
    reasons: the sentences that say why (award.texts.Text); `message` joins them in English.
    sides_missing: "sending" / "receiving" when the side rule is not met.
    full_reviewers: eligible reviewers at their cap, best fit first (candidates for a cap raise).
    soft_blocked: further reviewers barred only by the same-country rule.
    """

    nomination: int
    missing: int
    eligible: int
    free: int
    cause: str
    reasons: tuple[Text, ...]
    sides_missing: tuple[str, ...] = ()
    full_reviewers: tuple[int, ...] = ()
    soft_blocked: int = 0

    @property
    def message(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Levers:
    """What the secretariat may do about shortages. Hard conflicts are never offered.

    raise_caps: reviewer -> extra reviews that would fill the capacity shortages, the smallest
        total found by a what-if flow where reviewers may exceed their cap at a high price.
    slots_by_raising: slots that raise would fill.
    relax_soft_slots: upper bound of slots that relaxing the same-country rule could fill.
    by_hand: nominations still short even then: assign by hand or recruit reviewers.
    """

    raise_caps: dict[int, int] = field(default_factory=dict)
    slots_by_raising: int = 0
    relax_soft_slots: int = 0
    by_hand: tuple[int, ...] = ()
    messages: tuple[str, ...] = ()


@dataclass(eq=False)
class AssignmentResult:
    """The new assignments of one run and what to tell the secretariat about them.

    pairs: (M, 2) new (nomination, reviewer) pairs, sorted; existing ones are not repeated.
    terms: per new pair, arrays "expertise", "language", "bid" and "total": why it was made.
    objective: the flow's integer cost (lower is better): coverage, side rule, soft penalties,
        load and -affinity x 10^6; two runs with equal objective are equally good.
    total_affinity: sum of the affinities of the new pairs.
    optimal: proven optimal for the formulation (no pruning, or pricing found nothing better).
    short: review slots left unfilled.
    """

    pairs: np.ndarray
    terms: dict[str, np.ndarray]
    objective: int
    total_affinity: float
    optimal: bool
    short: int
    shortages: list[Shortage]
    levers: Levers
    stats: dict

    def why(self, i: int) -> str:
        """One line on why pair i was made, from its affinity terms."""
        t = {key: float(v[i]) for key, v in self.terms.items()}
        parts = [f"expertise {t['expertise']:.2f}"]
        parts.append("speaks the language" if t["language"] else "does not share the language")
        if t["bid"]:
            parts.append(f"bid {t['bid']:+.1f}")
        return f"affinity {t['total']:.2f}: " + ", ".join(parts)

    def check(self, problem: AssignmentProblem) -> list[str]:
        """Every rule, re-checked from scratch on the result; an empty list means all hold."""
        return check(problem, self)


def assigned_matrix(problem: AssignmentProblem, n: np.ndarray, r: np.ndarray) -> sp.csr_matrix:
    """Existing and new pairs together, as a boolean N x R matrix."""
    new = sp.csr_matrix((np.ones(n.size, dtype=bool), (n, r)), shape=problem.shape, dtype=bool)
    return (problem.existing_matrix + new).astype(bool).tocsr()


def _sides_present(problem: AssignmentProblem, n: np.ndarray, r: np.ndarray) -> np.ndarray:
    present = problem.existing_sides.copy()
    present[n, problem.side[r]] = True
    return present


def check(problem: AssignmentProblem, result: AssignmentResult) -> list[str]:
    out: list[str] = []
    n_nom, n_rev = problem.shape
    pairs = np.asarray(result.pairs, dtype=np.int64).reshape(-1, 2)
    n, r = pairs[:, 0], pairs[:, 1]
    if pairs.size and (n.min() < 0 or n.max() >= n_nom or r.min() < 0 or r.max() >= n_rev):
        return ["a pair is out of range"]
    key = n * max(n_rev, 1) + r
    if np.unique(key).size != key.size:
        out.append("a new pair is repeated")
    if problem.existing_matrix.nnz and pairs.size:
        again = np.asarray(problem.existing_matrix[n, r]).reshape(-1)
        out += [f"nomination {a} already has reviewer {b}" for a, b in pairs[again.astype(bool)]]
    hard, soft = problem.conflicts.pairs(n, r)
    out += [f"nomination {a} / reviewer {b}: hard conflict" for a, b in pairs[hard]]
    if not problem.relax_soft_conflicts:
        out += [f"nomination {a} / reviewer {b}: same-country conflict" for a, b in pairs[soft]]
    if problem.require_language and pairs.size:
        lang = problem.affinity.nom_lang[n]
        known = lang >= 0
        ok = np.ones(n.size, dtype=bool)
        ok[known] = problem.affinity.rev_langs_t[lang[known], r[known]]
        out += [f"reviewer {b} does not speak nomination {a}'s language" for a, b in pairs[~ok]]

    new_count = np.bincount(n, minlength=n_nom)
    new_load = np.bincount(r, minlength=n_rev)
    over = np.flatnonzero(new_count > problem.demand)
    out += [f"nomination {a} got more than k reviewers" for a in over]
    over = np.flatnonzero(new_load > problem.room)
    out += [f"reviewer {b} is over their cap" for b in over]

    missing = problem.demand - np.minimum(new_count, problem.demand)
    reported = np.zeros(n_nom, dtype=np.int64)
    sides_reported: set[tuple[int, str]] = set()
    for s in result.shortages:
        reported[s.nomination] += s.missing
        sides_reported.update((s.nomination, name) for name in s.sides_missing)
    bad = np.flatnonzero(reported != missing)
    out += [f"nomination {a}: {missing[a]} slot(s) missing, {reported[a]} reported" for a in bad]
    if int(missing.sum()) != result.short:
        out.append(f"short is {result.short} but {int(missing.sum())} slots are missing")

    # Maximality: a short nomination must have no eligible reviewer with room left.
    load = problem.existing_load + new_load
    spare = load < problem.cap
    assigned = assigned_matrix(problem, n, r)
    short_rows = np.flatnonzero(missing > 0)
    if short_rows.size:
        free = problem.eligible(short_rows) & ~assigned[short_rows].toarray() & spare
        out += [
            f"nomination {a} is short but a free reviewer remains"
            for a in short_rows[free.any(axis=1)]
        ]

    if problem.require_sides:
        present = _sides_present(problem, n, r)
        rows = np.flatnonzero((problem.demand > 0) & (problem.target >= 2))
        for side, name in SIDE_NAMES.items():
            lacking = rows[~present[rows, side]]
            out += [
                f"nomination {a} lacks a {name} reviewer, unreported"
                for a in lacking
                if (a, name) not in sides_reported
            ]
            out += _side_swaps(problem, lacking, side, n, r, spare, assigned)
    return out


def _side_swaps(problem, lacking, side, n, r, spare, assigned) -> list[str]:
    """A nomination lacking a side with a free reviewer of that side and a new reviewer it could
    drop without losing another side: the flow's bonus makes that swap pay, so it must not exist."""
    if lacking.size == 0:
        return []
    ok = ~problem.conflicts.block(lacking, relax_soft=False)
    if problem.require_language:
        ok &= problem.affinity.speaks(lacking)
    ok &= ~assigned[lacking].toarray() & spare & (problem.side == side)
    out = []
    new_sides = problem.side[r]
    for a, has_free in zip(lacking, ok.any(axis=1), strict=True):
        if not has_free:
            continue
        mine = new_sides[n == a]
        all_sides = np.concatenate([mine, problem.side[problem.existing_matrix[a].indices]])
        counts = np.bincount(all_sides, minlength=3)
        if any(s == 0 or counts[s] >= 2 for s in mine):
            out.append(f"nomination {a} could swap in a {SIDE_NAMES[side]} reviewer")
    return out
