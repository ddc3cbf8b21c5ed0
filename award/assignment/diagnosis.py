"""Why nominations are left short, what would fix it, and the figures of a run."""

import numpy as np

from award.assignment.arcs import blocks
from award.assignment.problem import SIDE_NAMES, AssignmentProblem
from award.assignment.result import Levers, Shortage, assigned_matrix
from award.texts import Text

EXPERT = 0.5  # cosine similarity from which a reviewer counts as an expert match
_LISTED = 10  # full reviewers named per shortage


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def shortages(problem: AssignmentProblem, n: np.ndarray, r: np.ndarray) -> list[Shortage]:
    """One record per nomination left short or without both sides, with cause and sentence."""
    n_nom, n_rev = problem.shape
    new_count = np.bincount(n, minlength=n_nom)
    missing = problem.demand - np.minimum(new_count, problem.demand)
    load = problem.existing_load + np.bincount(r, minlength=n_rev)
    spare = load < problem.cap
    rows = missing > 0
    lacking = np.zeros((n_nom, 3), dtype=bool)
    if problem.require_sides:
        present = problem.existing_sides.copy()
        present[n, problem.side[r]] = True
        wants = (problem.demand > 0) & (problem.target >= 2)
        lacking[:, 1:] = ~present[:, 1:] & wants[:, None]
        rows |= lacking.any(axis=1)
    rows = np.flatnonzero(rows)
    assigned = assigned_matrix(problem, n, r)
    conf = problem.conflicts
    records = []
    for idx in blocks(rows, n_rev):
        free_of_conflict = ~conf.block(idx, relax_soft=problem.relax_soft_conflicts)
        eligible = free_of_conflict.copy()
        if problem.require_language:
            eligible &= problem.affinity.speaks(idx)
        soft_only = np.zeros_like(eligible)
        if conf.same_country and not problem.relax_soft_conflicts:
            soft_only = ~conf.hard(idx) & conf.soft(idx)
            if problem.require_language:
                soft_only &= problem.affinity.speaks(idx)
        on = assigned[idx].toarray()
        aff = problem.affinity.block(idx)
        strict = eligible & ~conf.soft(idx) if problem.relax_soft_conflicts else eligible
        for i, a in enumerate(idx):
            records.append(
                _record(
                    problem,
                    int(a),
                    int(missing[a]),
                    lacking[a],
                    eligible[i],
                    free_of_conflict[i],
                    soft_only[i],
                    strict[i],
                    on[i],
                    spare,
                    aff[i],
                )
            )
    return records


def _record(
    problem, a, missing, lacking, eligible, free_of_conflict, soft_only, strict, on, spare, aff
) -> Shortage:
    target = int(problem.target[a])
    n_eligible = int(eligible.sum())
    full = eligible & ~on & ~spare
    n_free = int((eligible & ~on & spare).sum())
    order = np.flatnonzero(full)
    order = order[np.argsort(-aff[order], kind="stable")][:_LISTED]
    sentences = []
    cause = "sides"
    if missing:
        if n_eligible < target:
            if problem.require_language and int(free_of_conflict.sum()) >= target:
                cause = "language"
                lang = problem.language_name(a) or Text("shortage.its_language")
                sentences.append(
                    Text("shortage.language", count=n_eligible, language=lang, target=target)
                )
            else:
                cause = "conflicts"
                sentences.append(Text("shortage.conflicts", count=n_eligible, target=target))
            if soft_only.any():
                sentences.append(Text("shortage.same_country", count=int(soft_only.sum())))
        elif n_free == 0:
            cause = "capacity"
            key = "shortage.others_at_cap" if on.any() else "shortage.all_at_cap"
            sentences.append(Text(key, count=int(full.sum()), missing=missing))
        else:
            cause = "capacity"
            sentences.append(Text("shortage.not_optimal", count=n_free))
    names = []
    for side, name in SIDE_NAMES.items():
        if not lacking[side]:
            continue
        names.append(name)
        mine = strict & (problem.side == side) & ~on
        count = int(mine.sum())
        if count == 0:
            sentences.append(Text(f"shortage.no_{name}"))
        elif not (mine & spare).any():
            sentences.append(Text(f"shortage.{name}_at_cap", count=count))
        else:
            sentences.append(Text(f"shortage.{name}_elsewhere"))
    return Shortage(
        nomination=a,
        missing=missing,
        eligible=n_eligible,
        free=n_free,
        cause=cause,
        reasons=tuple(sentences),
        sides_missing=tuple(names),
        full_reviewers=tuple(int(x) for x in order),
        soft_blocked=int(soft_only.sum()),
    )


def levers(
    problem: AssignmentProblem,
    records: list[Shortage],
    raise_caps: dict[int, int],
    slots_by_raising: int,
) -> Levers:
    """The relaxation ladder: raise caps, relax the soft country rule, assign by hand."""
    relax = 0
    by_hand = []
    for s in records:
        if s.cause in ("conflicts", "language"):
            relax += min(s.missing, s.soft_blocked)
            if s.eligible + s.soft_blocked < int(problem.target[s.nomination]):
                by_hand.append(s.nomination)
    messages = []
    if raise_caps:
        top = sorted(raise_caps.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        listed = ", ".join(f"reviewer {r} +{v}" for r, v in top)
        messages.append(
            f"Raise the caps of {_plural(len(raise_caps), 'reviewer')} by "
            f"{sum(raise_caps.values())} in all ({listed}{', ...' if len(raise_caps) > 5 else ''})"
            f" to fill {_plural(slots_by_raising, 'more slot')}."
        )
    if relax:
        messages.append(
            f"Relaxing the same-country rule, at a penalty, could fill up to "
            f"{_plural(relax, 'slot')}; organisation and declared conflicts stay."
        )
    if by_hand:
        messages.append(
            f"{_plural(len(by_hand), 'nomination')} cannot be completed from the reviewer pool: "
            "assign by hand or recruit reviewers."
        )
    return Levers(
        raise_caps=raise_caps,
        slots_by_raising=slots_by_raising,
        relax_soft_slots=relax,
        by_hand=tuple(by_hand),
        messages=tuple(messages),
    )


def run_stats(
    problem: AssignmentProblem, n: np.ndarray, r: np.ndarray, terms: dict[str, np.ndarray]
) -> dict:
    """Load spread and per-nomination affinity (existing pairs included) for the report."""
    n_nom, n_rev = problem.shape
    load = problem.existing_load + np.bincount(r, minlength=n_rev)
    ex = problem.existing_matrix.tocoo()
    ex_terms = problem.affinity.terms(ex.row, ex.col)
    all_n = np.concatenate([n, ex.row])
    total = np.bincount(all_n, np.concatenate([terms["total"], ex_terms["total"]]), n_nom)
    expert = np.zeros(n_nom, dtype=bool)
    expert[all_n[np.concatenate([terms["expertise"], ex_terms["expertise"]]) >= EXPERT]] = True
    active = np.flatnonzero(problem.demand > 0)
    per = total[active]
    return {
        "load": {
            "min": int(load.min()) if load.size else 0,
            "mean": float(load.mean()) if load.size else 0.0,
            "max": int(load.max(initial=0)),
            "histogram": np.bincount(load).tolist() if load.size else [],
        },
        "affinity_per_nomination": {
            "mean": float(per.mean()) if per.size else 0.0,
            "min": float(per.min()) if per.size else 0.0,
            "p5": float(np.percentile(per, 5)) if per.size else 0.0,
        },
        "expert_share": float(expert[active].mean()) if active.size else 0.0,
    }
