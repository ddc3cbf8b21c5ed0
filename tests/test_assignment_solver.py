"""The assignment solver: exactness against oracles, every rule checked, shortages explained."""

import itertools
import json

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.optimize import linprog

from award.assignment import AssignmentProblem, build_affinity, build_conflicts, solve
from award.assignment.flow import AFFINITY_SCALE, cost_levels, node_counts


def random_round(seed, n=6, r=5, k=2, caps=3, conflict_rate=0.2, sides=False, **extra):
    """A small random round; everything is derived from the seed."""
    rng = np.random.default_rng(seed)
    t = 6
    nom_tags = sp.csr_matrix(rng.random((n, t)) < 0.4, dtype=float)
    rev_tags = sp.csr_matrix(rng.random((r, t)) < 0.5, dtype=float)
    bids = sp.csr_matrix(np.where(rng.random((n, r)) < 0.2, rng.choice([-1.0, 1.0], (n, r)), 0))
    rev_langs = sp.csr_matrix(rng.random((r, 2)) < 0.6)
    declared = np.argwhere(rng.random((n, r)) < conflict_rate)
    conf = build_conflicts(
        nom_org=rng.integers(0, 8, n),
        rev_org=rng.integers(0, 8, r),
        nom_country=rng.integers(0, 3, n),
        rev_country=rng.integers(0, 3, r),
        declared=declared,
        same_country=extra.pop("same_country", False),
    )
    aff = build_affinity(
        nom_tags=nom_tags,
        rev_tags=rev_tags,
        nom_lang=rng.integers(0, 2, n),
        rev_langs=rev_langs,
        bids=bids,
    )
    side = rng.integers(0, 3, r) if sides else None
    caps = np.full(r, caps) if np.isscalar(caps) else caps
    return AssignmentProblem(
        k=k,
        caps=caps,
        conflicts=conf,
        affinity=aff,
        reviewer_side=side,
        require_sides=sides,
        **extra,
    )


def plain_round(n, r, k, caps, aff=None, **extra):
    """A round without conflicts; `aff` (n x r, in [0, 1]) becomes the bids."""
    conf = build_conflicts(n_nominations=n, n_reviewers=r, declared=extra.pop("declared", None))
    bids = sp.csr_matrix(aff) if aff is not None else None
    affinity = build_affinity(
        nom_tags=sp.csr_matrix((n, 1)), rev_tags=sp.csr_matrix((r, 1)), bids=bids
    )
    return AssignmentProblem(k=k, caps=np.full(r, caps), conflicts=conf, affinity=affinity, **extra)


def brute_force(problem):
    """(most reviewers placed, least cost) over every possible assignment, with the formulation's
    costs evaluated directly: slots, convex load, side bonus, soft penalty and -affinity."""
    lv = cost_levels(problem, node_counts(problem))
    n_nom, n_rev = problem.shape
    cost = np.rint(problem.affinity.block() * -AFFINITY_SCALE).astype(np.int64)
    ok = ~problem.conflicts.hard() & ~problem.existing_matrix.toarray()
    soft = problem.conflicts.soft()
    if problem.relax_soft_conflicts:
        cost = cost + soft * lv.soft_penalty
    else:
        ok &= ~soft
    options = [
        [
            c
            for size in range(problem.demand[a] + 1)
            for c in itertools.combinations(np.flatnonzero(ok[a]), size)
        ]
        for a in range(n_nom)
    ]
    best = None
    for choice in itertools.product(*options):
        load = problem.existing_load.copy()
        total = 0
        for a, revs in enumerate(choice):
            revs = list(revs)
            load[revs] += 1
            e = problem.existing_count[a]
            total += sum(lv.slot * (e + j) for j in range(len(revs)))
            total += int(cost[a, revs].sum())
            for side in (1, 2):
                uncovered = problem.require_sides and not problem.existing_sides[a, side]
                if uncovered and any(problem.side[x] == side for x in revs):
                    total -= lv.side_bonus
        if (load > problem.cap).any():
            continue
        for b in range(n_rev):
            positions = range(problem.existing_load[b], load[b])
            total += sum(lv.load * min(i, lv.load_positions) for i in positions)
        placed = sum(len(c) for c in choice)
        if best is None or (-placed, total) < best:
            best = (-placed, total)
    return -best[0], best[1]


@pytest.mark.parametrize("seed", range(8))
def test_optimal_objective_equals_brute_force_on_tiny_rounds(seed):
    problem = random_round(
        seed,
        n=3,
        r=4,
        k=2,
        caps=[1, 2, 1, 2],
        sides=seed % 2 == 1,
        same_country=seed % 4 == 2,
        relax_soft_conflicts=seed % 8 == 6,
    )
    placed, cost = brute_force(problem)
    for prune in (0, 1):
        result = solve(problem, prune=prune)
        assert result.optimal
        assert result.objective == cost
        assert len(result.pairs) == placed
        assert result.check(problem) == []


def test_total_affinity_equals_the_linear_programme_and_pruning_keeps_it():
    problem = random_round(3, n=14, r=7, k=2, caps=6, conflict_rate=0.1, load_weight=0)
    cost = np.rint(problem.affinity.block() * -AFFINITY_SCALE)
    ok = ~problem.conflicts.block()
    n_idx, r_idx = np.nonzero(ok)
    a_eq = sp.csr_matrix((np.ones(n_idx.size), (n_idx, np.arange(n_idx.size))))
    a_ub = sp.csr_matrix((np.ones(n_idx.size), (r_idx, np.arange(n_idx.size))))
    lp = linprog(
        cost[n_idx, r_idx],
        A_ub=a_ub,
        b_ub=problem.cap,
        A_eq=a_eq,
        b_eq=np.full(14, 2),
        bounds=(0, 1),
        method="highs",
    )
    assert lp.status == 0
    slots = cost_levels(problem, node_counts(problem)).slot * 14  # second reviewers' slot cost
    for prune in (0, 1, 3):
        result = solve(problem, prune=prune)
        assert result.optimal and result.short == 0
        assert result.objective - slots == round(lp.fun)
        assert result.check(problem) == []


def test_pruned_solve_equals_unpruned_on_random_rounds_with_every_rule():
    for seed, extra in enumerate(
        [
            {},
            {"sides": True},
            {"same_country": True},
            {"same_country": True, "relax_soft_conflicts": True},
        ]
    ):
        problem = random_round(seed, n=120, r=30, k=3, caps=14, conflict_rate=0.1, **extra)
        full = solve(problem, prune=0)
        pruned = solve(problem, prune=3)
        assert pruned.optimal and full.optimal
        assert pruned.objective == full.objective
        assert pruned.check(problem) == [] and full.check(problem) == []


@pytest.mark.parametrize("extra", [{}, {"require_sides": True}, {"same_country": True}])
def test_bounds_prove_most_rows_and_the_proof_matches_the_unpruned_flow(extra):
    from benchmarks.assignment import build_and_solve, synthetic_round

    data = synthetic_round(1500, 150, 3, 0.05, seed=4)
    problem, pruned, _, _ = build_and_solve(data, 4, **extra)
    _, full, _, _ = build_and_solve(data, 0, **extra)
    assert pruned.optimal and pruned.stats["pruned"]
    assert pruned.objective == full.objective
    assert pruned.check(problem) == []
    # The closing proof priced only the rows its bounds could not clear, not every pair again.
    last = pruned.stats["trace"][-1]
    assert last.startswith("rows:") and last.split(":")[2].startswith("0@")
    assert int(last.split(":")[1]) < problem.shape[0] // 2


def test_a_cap_too_low_leaves_a_named_short_list_and_only_valid_pairs():
    problem = plain_round(10, 3, k=3, caps=5)
    result = solve(problem)
    assert result.short == 30 - 15
    assert result.check(problem) == []
    counts = np.bincount(result.pairs[:, 0], minlength=10)
    assert counts.min() == 1 and counts.max() == 2  # everyone's first before anyone's third
    assert {s.nomination for s in result.shortages} == set(range(10))
    for s in result.shortages:
        assert s.cause == "capacity" and s.missing == 3 - counts[s.nomination]
        assert "at their cap" in s.message or "at the cap" in s.message
    assert sum(result.levers.raise_caps.values()) == 15
    assert result.levers.slots_by_raising == 15
    assert "Raise the caps of 3 reviewers" in result.levers.messages[0]


def test_every_nomination_gets_its_first_reviewer_before_any_gets_its_third():
    aff = np.zeros((6, 4))
    aff[:2] = 1.0  # every reviewer would rather review nominations 0 and 1
    result = solve(plain_round(6, 4, k=3, caps=2, aff=aff))
    counts = np.bincount(result.pairs[:, 0], minlength=6)
    assert counts.sum() == 8 and counts.min() == 1 and counts.max() == 2


def test_a_reviewer_conflicted_with_every_nomination_gets_no_assignment():
    aff = np.zeros((5, 3))
    aff[:, 0] = 1.0  # the conflicted reviewer is everyone's favourite
    declared = (np.arange(5), np.zeros(5, dtype=int))
    problem = plain_round(5, 3, k=2, caps=5, aff=aff, declared=declared)
    result = solve(problem)
    assert 0 not in result.pairs[:, 1]
    assert result.short == 0 and result.check(problem) == []


def test_existing_assignments_stay_and_count_toward_k_caps_and_loads():
    existing = (np.array([0, 0, 1]), np.array([0, 1, 0]))
    problem = plain_round(4, 3, k=2, caps=3, existing=existing)
    result = solve(problem)
    pairs = {tuple(p) for p in result.pairs}
    assert not pairs & {(0, 0), (0, 1), (1, 0)}
    assert 0 not in result.pairs[:, 0]  # nomination 0 already had its two
    load = np.bincount(result.pairs[:, 1], minlength=3) + np.array([2, 1, 0])
    assert (load <= 3).all()
    counts = np.bincount(result.pairs[:, 0], minlength=4) + np.array([2, 1, 0, 0])
    assert (counts == 2).all()
    assert result.check(problem) == []


def test_loads_differ_by_at_most_one_when_caps_allow():
    rng = np.random.default_rng(5)
    aff = rng.random((20, 7)) ** 4  # a few favourite reviewers
    result = solve(plain_round(20, 7, k=3, caps=20, aff=aff))
    load = np.bincount(result.pairs[:, 1], minlength=7)
    assert load.sum() == 60 and load.max() - load.min() <= 1


def test_conflict_reasons_are_named_and_hard_ones_stay_when_the_soft_one_is_relaxed():
    conf = build_conflicts(
        nom_org=[[3, 7], [-1, -1]],
        rev_org=[3, -1, 9],
        nom_domain=[-1, 4],
        rev_domain=[-1, 4, -1],
        nom_country=[1, 2],
        rev_country=[1, 1, 2],
        nominator_is_reviewer=([1], [2]),
        declared=np.array([[0, 2]]),
        same_country=True,
    )
    assert conf.reasons(0, 0) == ["organisation", "country"]
    assert conf.reasons(1, 1) == ["email_domain"]
    assert conf.reasons(1, 2) == ["nominator", "country"]
    assert conf.reasons(0, 2) == ["declared"]
    assert conf.reasons(0, 1) == ["country"]
    assert conf.dense().tolist() == [[True, True, True], [False, True, True]]
    assert conf.dense(relax_soft=True).tolist() == [[True, False, True], [False, True, True]]
    hard, soft = conf.pairs([0, 1], [1, 0])
    assert hard.tolist() == [False, False] and soft.tolist() == [True, False]


def test_same_country_shortage_names_the_soft_lever_and_relaxing_fills_it():
    conf = {
        "nom_country": [0, 1],
        "rev_country": [0, 0, 1, 1],
        "same_country": True,
        "nom_org": [5, 6],
        "rev_org": [1, 5, 2, 5],
    }
    aff = build_affinity(nom_tags=sp.csr_matrix((2, 1)), rev_tags=sp.csr_matrix((4, 1)))
    strict = AssignmentProblem(
        k=2, caps=np.full(4, 2), conflicts=build_conflicts(**conf), affinity=aff
    )
    result = solve(strict)
    (short,) = result.shortages
    assert short.nomination == 0 and short.cause == "conflicts" and short.soft_blocked == 1
    assert "only 1 reviewer is free of conflict (needs 2)" in short.message
    assert result.levers.relax_soft_slots == 1
    relaxed = AssignmentProblem(
        k=2,
        caps=np.full(4, 2),
        conflicts=build_conflicts(**conf),
        affinity=aff,
        relax_soft_conflicts=True,
    )
    result = solve(relaxed)
    assert result.short == 0 and result.check(relaxed) == []
    assert {(0, 0), (0, 2)} <= {tuple(p) for p in result.pairs}  # organisation conflicts hold


def test_shortage_messages_say_whether_conflicts_or_full_reviewers_are_to_blame():
    declared = ([0, 0, 0], [0, 1, 2])
    problem = plain_round(3, 5, k=3, caps=2, declared=declared)
    result = solve(problem)
    by_nom = {s.nomination: s for s in result.shortages}
    assert by_nom[0].cause == "conflicts" and by_nom[0].eligible == 2
    assert by_nom[0].message.startswith("only 2 reviewers are free of conflict (needs 3)")
    assert 0 in result.levers.by_hand
    assert result.check(problem) == []
    capped = plain_round(3, 4, k=3, caps=2)
    result = solve(capped)
    (full,) = [s for s in result.shortages if s.missing]
    assert full.cause == "capacity" and full.free == 0
    assert "reviewers free of conflict are all at their cap" in full.message


def test_a_language_shortage_names_the_language():
    conf = build_conflicts(n_nominations=2, n_reviewers=4)
    langs = sp.csr_matrix(np.array([[1, 1], [1, 1], [1, 0], [1, 0]], dtype=bool))
    aff = build_affinity(
        nom_tags=sp.csr_matrix((2, 1)),
        rev_tags=sp.csr_matrix((4, 1)),
        nom_lang=[1, 0],
        rev_langs=langs,
    )
    problem = AssignmentProblem(
        k=3,
        caps=np.full(4, 3),
        conflicts=conf,
        affinity=aff,
        require_language=True,
        language_names=["English", "Portuguese"],
    )
    result = solve(problem)
    (short,) = result.shortages
    assert short.cause == "language"
    assert short.message == "only 2 reviewers without a conflict speak Portuguese (needs 3)"
    assert result.check(problem) == []


def test_side_rule_gives_each_nomination_both_sides_where_possible_and_reports_the_rest():
    n, r = 6, 6
    side = np.array([1, 1, 2, 2, 0, 0])
    declared = ([5, 5], [2, 3])  # nomination 5 cannot have a receiving reviewer
    aff = np.zeros((n, r))
    aff[:, 4:] = 1.0  # the neutral reviewers fit best, so the rule has to win against affinity
    problem = plain_round(
        n, r, k=2, caps=4, aff=aff, declared=declared, reviewer_side=side, require_sides=True
    )
    result = solve(problem)
    assert result.check(problem) == []
    sides = {a: set(side[result.pairs[result.pairs[:, 0] == a, 1]]) for a in range(n)}
    for a in range(5):
        assert {1, 2} <= sides[a]
    (report,) = result.shortages
    assert report.nomination == 5 and report.cause == "sides" and report.missing == 0
    assert report.sides_missing == ("receiving",)
    assert "no receiving reviewer is free of conflict" in report.message


def test_each_new_pair_says_why_it_was_made():
    conf = build_conflicts(n_nominations=1, n_reviewers=2)
    aff = build_affinity(
        nom_tags=sp.csr_matrix([[1.0, 1.0, 0.0]]),
        rev_tags=sp.csr_matrix([[1.0, 0, 0], [0, 0, 1]]),
        nom_lang=[0],
        rev_langs=sp.csr_matrix([[True], [False]]),
        bids=sp.csr_matrix([[0.5, 0.0]]),
    )
    problem = AssignmentProblem(k=1, caps=[1, 1], conflicts=conf, affinity=aff)
    result = solve(problem)
    assert result.pairs.tolist() == [[0, 0]]
    assert result.terms["expertise"][0] == pytest.approx(2**-0.5)
    assert result.terms["language"][0] == 1 and result.terms["bid"][0] == 0.5
    assert result.why(0) == "affinity 1.71: expertise 0.71, speaks the language, bid +0.5"
    assert aff.shared_tags(0, 0).tolist() == [0]


def test_same_input_gives_the_same_output():
    a = solve(random_round(11, n=80, r=20, k=3, caps=15), prune=3)
    b = solve(random_round(11, n=80, r=20, k=3, caps=15), prune=3)
    assert np.array_equal(a.pairs, b.pairs) and a.objective == b.objective


def test_check_reports_broken_rules():
    problem = plain_round(3, 3, k=1, caps=1, declared=([0], [0]))
    result = solve(problem)
    assert result.check(problem) == []
    result.pairs = np.array([[0, 0], [1, 1], [2, 1]])
    problems = result.check(problem)
    assert "nomination 0 / reviewer 0: hard conflict" in problems
    assert "reviewer 1 is over their cap" in problems


def test_nothing_to_do_and_empty_rounds_are_fine():
    done = plain_round(2, 2, k=1, caps=1, existing=([0, 1], [0, 1]))
    result = solve(done)
    assert result.pairs.shape == (0, 2) and result.short == 0 and result.optimal
    nobody = plain_round(3, 0, k=2, caps=0)
    result = solve(nobody)
    assert result.short == 6 and all(s.cause == "conflicts" for s in result.shortages)
    assert result.check(nobody) == []


def test_huge_caps_do_not_overflow_the_integer_costs():
    problem = random_round(2, n=40, r=6, k=3, caps=10**9)
    result = solve(problem)
    assert result.optimal and result.check(problem) == []
    assert all(s.cause == "conflicts" for s in result.shortages)
    assert solve(problem, prune=2).objective == result.objective


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"caps": [1, -1]}, "caps must be >= 0"),
        ({"k": -1}, "k must be >= 0"),
        ({"caps": [1, 1, 1]}, "caps must have 2 entries"),
        ({"k": [1, 2, 3]}, "k must have 2 entries"),
        ({"reviewer_side": [0, 3]}, "reviewer_side must be 0"),
        ({"load_weight": -1.0}, "load_weight must be"),
        ({"existing": ([0], [5])}, "reviewer index out of range"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(kwargs, message):
    args = {
        "k": 1,
        "caps": [1, 1],
        "conflicts": build_conflicts(n_nominations=2, n_reviewers=2),
        "affinity": build_affinity(nom_tags=sp.csr_matrix((2, 1)), rev_tags=sp.csr_matrix((2, 1))),
    }
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        AssignmentProblem(**args)


def test_bad_affinity_and_conflict_inputs_are_refused():
    with pytest.raises(ValueError, match="bids must lie in"):
        build_affinity(
            nom_tags=sp.csr_matrix((1, 1)),
            rev_tags=sp.csr_matrix((1, 1)),
            bids=sp.csr_matrix([[2.0]]),
        )
    with pytest.raises(ValueError, match="unknown affinity weight"):
        build_affinity(
            nom_tags=sp.csr_matrix((1, 1)), rev_tags=sp.csr_matrix((1, 1)), weights={"fame": 1.0}
        )
    with pytest.raises(ValueError, match="share the tag columns"):
        build_affinity(nom_tags=sp.csr_matrix((1, 2)), rev_tags=sp.csr_matrix((1, 3)))
    with pytest.raises(ValueError, match="conflicts are 2 x 2 but affinities are 1 x 1"):
        AssignmentProblem(
            k=1,
            caps=[1, 1],
            conflicts=build_conflicts(n_nominations=2, n_reviewers=2),
            affinity=build_affinity(nom_tags=sp.csr_matrix((1, 1)), rev_tags=sp.csr_matrix((1, 1))),
        )
    with pytest.raises(ValueError, match="nom_org must have 3 rows"):
        build_conflicts(nom_org=np.zeros((2, 1), int), n_nominations=3, n_reviewers=1)
    with pytest.raises(ValueError, match="prune must be"):
        solve(plain_round(1, 1, k=1, caps=1), prune=-2)


def test_benchmark_prints_one_json_object_with_the_figures(capsys):
    from benchmarks.assignment import main

    main(
        [
            "--nominations",
            "300",
            "--reviewers",
            "40",
            "--k",
            "3",
            "--conflict-rate",
            "0.05",
            "--prune",
            "4",
            "--require-sides",
            "--compare-unpruned",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    for key in ("seconds", "peak_mb", "objective", "optimal", "violations", "short"):
        assert key in out
    assert out["violations"] == 0 and out["optimal"] and out["objective_equal"]
