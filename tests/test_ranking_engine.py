"""The ranking engine: totals, ties, the four methods and their refusals, calibration,
simulation, agreement, flags, hashes and snapshot differences."""

import krippendorff
import numpy as np
import pytest

from award.ranking import (
    ReviewData,
    agreement,
    diff,
    input_hash,
    rank,
    synthetic_round,
    weighted_totals,
)
from award.ranking.agreement import interval_alpha
from award.ranking.grouped import competition_rank


def one_criterion(rows, n_nominations=None, category=None, k=3, **extra):
    """ReviewData from (nomination, reviewer, total) rows on a single 0-100 criterion."""
    rows = np.asarray(rows, dtype=float)
    n = n_nominations or int(rows[:, 0].max()) + 1
    return ReviewData(
        nomination=rows[:, 0].astype(int),
        reviewer=rows[:, 1].astype(int),
        scores=rows[:, 2:3],
        weights=[1.0],
        scale_min=[0.0],
        scale_max=[100.0],
        category=np.zeros(n, int) if category is None else category,
        expected_reviews=k,
        **extra,
    )


def continuous_round(n=2000, seed=0, **kw):
    """A round on one continuous 0-100 criterion where the additive model holds exactly."""
    params = {"quality_sd": 10, "offset_sd": 6, "noise_sd": 8, "criterion_noise_sd": 0}
    params.update(kw)
    return synthetic_round(
        n, 3, 1, scale=(0, 100), integer=False, n_reviewers=max(6, n // 20), seed=seed, **params
    )


def test_weights_are_renormalised_over_answered_criteria_and_blank_reviews_do_not_count():
    data = ReviewData(
        nomination=[0, 0, 1],
        reviewer=[0, 1, 0],
        scores=[[5, np.nan], [1, 5], [np.nan, np.nan]],
        weights=[2, 1],
        scale_min=[1, 1],
        scale_max=[5, 5],
        category=[0, 0],
    )
    totals = weighted_totals(data)
    assert totals.total[0] == pytest.approx(100.0)
    assert totals.total[1] == pytest.approx(100 / 3)
    assert np.isnan(totals.total[2])
    assert totals.renormalised.tolist() == [True, False, False]
    result = rank(data, simulations=0, min_reviews=1)
    assert result.table.n_reviews.tolist() == [2, 0]
    assert result.table.flags["renormalised"].tolist() == [True, False]
    assert result.renormalised_reviews == 1


def test_scores_outside_the_scale_are_refused():
    with pytest.raises(ValueError, match="outside"):
        one_criterion([(0, 0, 120)])


def test_ties_share_a_competition_rank_and_a_tie_group():
    data = one_criterion(
        [(0, 0, 80), (0, 1, 80), (1, 2, 65), (1, 3, 75), (2, 4, 75), (2, 5, 65)]
        + [(3, 6, 60), (3, 7, 60)]
    )
    table = rank(data, simulations=0).table
    assert table.rank.tolist() == [1, 2, 2, 4]
    assert table.tie_group.tolist() == [0, 2, 2, 0]
    rows = {row["nomination_id"]: row for row in table.to_rows()}
    assert rows[1]["tie_group"] == rows[2]["tie_group"] == 2
    assert rows[0]["tie_group"] is None


def test_float_noise_does_not_break_a_tie():
    score = np.array([80.0, 0.1 * 3 * 100 + 40, 70.0, 60.0])  # 70.00000000000001
    same = np.zeros(4)
    ranks, _ = competition_rank(score, np.zeros(4, int), np.ones(4, bool), (same,))
    assert ranks.tolist() == [1, 2, 2, 4]


def test_tie_cascade_goes_reviews_then_median_then_lower_sd():
    rows = [(0, 0, 70), (0, 1, 70), (0, 2, 70)]  # mean 70, three reviews, SD 0
    rows += [(1, 3, 60), (1, 4, 80)]  # mean 70, two reviews
    rows += [(2, 5, 65), (2, 6, 65), (2, 7, 80)]  # mean 70, median 65
    rows += [(3, 8, 60), (3, 9, 70), (3, 10, 80)]  # mean 70, median 70, SD 10
    table = rank(one_criterion(rows), simulations=0).table
    assert table.rank.tolist() == [1, 4, 3, 2]
    assert not table.tie_group.any()


def test_ranks_are_per_category():
    rows = [(n, r, 50 + 10 * n) for n in range(4) for r in (n, n + 4)]
    table = rank(one_criterion(rows, category=np.array([0, 1, 0, 1])), simulations=0).table
    assert table.rank.tolist() == [2, 2, 1, 1]
    assert [row["nomination_id"] for row in table.to_rows(category=1)] == [3, 1]


def test_additive_model_removes_a_harsh_reviewers_offset():
    # 40 nominations one point apart, six reviewers with 20 reviews each, no noise; reviewer 0
    # takes 15 points off everything, which costs each of their nominations 5 points of mean.
    quality = 30.0 + np.arange(40)
    offset = np.zeros(6)
    offset[0] = -15
    rows = [
        (n, r, quality[n] + offset[r]) for n in range(40) for r in (n % 6, (n + 1) % 6, (n + 3) % 6)
    ]
    data = one_criterion(rows)
    plain = rank(data, "mean", simulations=0).table
    calibrated = rank(data, "calibrated", simulations=0)
    truth_order = np.argsort(-quality)
    assert not np.array_equal(np.argsort(-plain.score, kind="stable"), truth_order)
    assert np.array_equal(np.argsort(-calibrated.table.score, kind="stable"), truth_order)
    others = np.mean(calibrated.reviewer_offset[1:])
    assert calibrated.reviewer_offset[0] - others == pytest.approx(-15, abs=1.0)
    residual = calibrated.table.score - quality
    assert np.ptp(residual) < 1.0  # one common shift, no nomination left penalised
    assert calibrated.table.mean == pytest.approx(plain.mean)  # raw mean shown beside


def test_zscore_is_refused_when_reviewers_have_fewer_than_five_reviews():
    rows = [(n, r, 50 + n) for n in range(6) for r in (0, 1, 2)]
    rows += [(6 + i, 3 + i, 60) for i in range(7)]
    result = rank(one_criterion(rows, k=3), "zscore", simulations=0, min_reviews=1)
    assert not result.applicable
    assert result.reason == (
        "Standardisation needs at least 5 reviews per reviewer; 7 of 10 reviewers have fewer."
    )
    assert not result.table.rank.any()
    assert np.isnan(result.table.score).all()
    assert result.table.mean[0] == pytest.approx(50)


def test_zscore_counts_a_harsh_and_a_lenient_reviewer_alike():
    round_ = continuous_round(400, seed=3, offset_sd=12, noise_sd=3)
    plain, z = (rank(round_.data, m, simulations=0) for m in ("mean", "zscore"))
    assert z.applicable and z.notes
    assert np.corrcoef(z.table.score, round_.truth)[0, 1] > 0.95
    assert np.corrcoef(plain.table.score, round_.truth)[0, 1] < 0.85


def test_trimmed_mean_is_refused_with_three_reviews_and_drops_extremes_with_five():
    round3 = continuous_round(300)
    refused = rank(round3.data, "trimmed", simulations=0)
    assert not refused.applicable
    assert "at least 5 reviews" in refused.reason
    rows = [(0, r, s) for r, s in enumerate([10, 50, 60, 70, 100])]
    rows += [(1, r, s) for r, s in enumerate([55, 56, 57, 58, 59])]
    table = rank(one_criterion(rows, k=5), "trimmed", simulations=0).table
    assert table.score.tolist() == pytest.approx([60, 57])
    assert table.mean[0] == pytest.approx(58)
    too_light = rank(one_criterion(rows, k=5), "trimmed", simulations=0, trim=0.1)
    assert not too_light.applicable and "drops none" in too_light.reason


def test_calibration_is_refused_when_reviewers_form_separate_groups():
    rows = [(n, r, 50 + n) for n in range(4) for r in (0, 1)]
    rows += [(n, r, 50 + n) for n in range(4, 8) for r in (2, 3)]
    result = rank(one_criterion(rows), "calibrated", simulations=0)
    assert not result.applicable
    assert "2 groups" in result.reason


def test_unknown_method_is_an_error():
    with pytest.raises(ValueError, match="Unknown method"):
        rank(continuous_round(50).data, "median-of-means")


def test_same_inputs_in_any_order_give_the_same_hash_and_the_same_snapshot():
    data = continuous_round(600).data
    shuffled = np.random.default_rng(1).permutation(len(data.nomination))
    again = ReviewData(
        nomination=data.nomination[shuffled],
        reviewer=data.reviewer[shuffled],
        scores=data.scores[shuffled],
        weights=data.weights,
        scale_min=data.scale_min,
        scale_max=data.scale_max,
        category=data.category,
        expected_reviews=data.expected_reviews,
    )
    first = rank(data, "calibrated", simulations=200, seed=4)
    second = rank(again, "calibrated", simulations=200, seed=4)
    assert first.input_hash == second.input_hash == input_hash(again, "calibrated", first.params)
    for name in ("score", "rank", "tie_group", "score_lo", "score_hi", "rank_lo", "p_top"):
        assert np.array_equal(getattr(first.table, name), getattr(second.table, name), True)
    assert first.params["method"] == "calibrated" and first.params["seed"] == 4
    assert first.computed_at


def test_one_changed_score_changes_the_hash_and_shows_in_the_diff():
    data = continuous_round(300).data
    before = rank(data, simulations=0)
    scores = data.scores.copy()
    scores[0, 0] = 100.0 if scores[0, 0] < 50 else 0.0
    changed = ReviewData(
        nomination=data.nomination,
        reviewer=data.reviewer,
        scores=scores,
        weights=data.weights,
        scale_min=data.scale_min,
        scale_max=data.scale_max,
        category=data.category,
    )
    after = rank(changed, simulations=0)
    assert after.input_hash != before.input_hash
    assert rank(data, "zscore", simulations=0).input_hash != before.input_hash
    changes = diff(before.table.to_rows(), after.table)
    assert data.nomination[0] in changes.nomination_id
    moved = changes.nomination_id[changes.kind == "changed"]
    assert set(moved) >= {data.nomination[0]}
    assert (changes.new_score != changes.old_score).sum() == 1  # ranks may move, one score did
    assert len(diff(before.table, before.table)) == 0


@pytest.mark.parametrize("method", ["mean", "calibrated"])
def test_p_top_is_near_one_for_a_clear_winner_and_one_half_for_identical_twins(method):
    data = continuous_round(200, seed=2, noise_sd=3, offset_sd=3).data
    scores, reviewer = data.scores.copy(), data.reviewer.copy()

    def ranked():
        edited = ReviewData(
            data.nomination,
            reviewer,
            scores,
            data.weights,
            data.scale_min,
            data.scale_max,
            category=np.zeros(200, int),
        )
        return rank(edited, method, top_n=1, simulations=2000)

    scores[0:3] = 99.0  # nomination 0 is far above everyone
    winner = ranked()
    assert winner.table.p_top[0] > 0.99
    assert winner.table.rank_lo[0] == winner.table.rank_hi[0] == 1
    reviewer[3:6] = reviewer[0:3]  # nomination 1: same reviewers, same scores
    scores[3:6] = 99.0
    twins = ranked()
    assert twins.table.rank[:2].tolist() == [1, 1]
    assert twins.table.p_top[:2] == pytest.approx([0.5, 0.5], abs=0.06)
    assert twins.table.flags["boundary"][:2].all()


@pytest.mark.parametrize("method", ["mean", "zscore", "calibrated"])
def test_ninety_percent_intervals_cover_the_truth_about_ninety_percent_of_the_time(method):
    round_ = continuous_round(2000, seed=5)
    data = round_.data
    # The scale's zero point is the average reviewer's: no method can see a shared offset.
    truth = round_.truth + round_.offset[data.reviewer].mean()
    table = rank(data, method, simulations=1000, seed=5).table
    covered = (table.score_lo <= truth) & (truth <= table.score_hi)
    assert 0.86 <= covered.mean() <= 0.94
    true_rank, _ = competition_rank(truth, data.category, np.ones(len(truth), bool))
    inside = (table.rank_lo <= true_rank) & (true_rank <= table.rank_hi)
    assert inside.mean() >= 0.82


def test_agreement_is_close_to_the_known_reliability():
    # quality SD 10, reviewer SD 6, noise SD 8: ICC(1) = 100 / 200 and ICC(1,3) = 0.75.
    result = agreement(continuous_round(3000, seed=7).data)
    assert result["icc1"] == pytest.approx(0.5, abs=0.04)
    assert result["icc1k"] == pytest.approx(0.75, abs=0.04)
    assert result["alpha"] == pytest.approx(0.5, abs=0.04)
    assert result["k"] == pytest.approx(3.0)
    for key in ("icc1_text", "icc1k_text", "alpha_text"):
        assert "=" in result[key] and result[key].endswith(".")
    assert "moderate" in result["icc1k_text"]


def test_closed_form_alpha_matches_the_krippendorff_package_with_missing_ratings():
    rng = np.random.default_rng(0)
    nomination = np.repeat(np.arange(40), rng.integers(1, 5, 40))
    values = np.round(rng.normal(50, 15, len(nomination)) + nomination % 7 * 3)
    slots = np.full((6, 40), np.nan)  # alpha ignores who rated, so one row per review slot
    position = np.arange(len(nomination)) - np.searchsorted(nomination, nomination)
    slots[position, nomination] = values
    expected = krippendorff.alpha(reliability_data=slots, level_of_measurement="interval")
    assert interval_alpha(nomination, values, 40) == pytest.approx(expected, abs=1e-9)


def test_one_nomination_alone_gives_no_alpha_instead_of_a_meaningless_zero():
    """With a single nomination reviewed twice or more, alpha came out as exactly 0.00 however
    the reviewers agreed; the page now says there are too few nominations to measure it."""
    agreeing = interval_alpha(np.array([0, 0, 0]), np.array([70.0, 71.0, 69.0]), 1)
    assert np.isnan(agreeing)
    two = interval_alpha(np.array([0, 0, 1, 1]), np.array([70.0, 71.0, 20.0, 22.0]), 2)
    assert two > 0.9


def test_agreement_per_criterion_uses_the_ordinal_alpha():
    result = agreement(synthetic_round(500, 3, 4, seed=1).data)
    assert len(result["alpha_by_criterion"]) == 4
    assert all(0 < a < 1 for a in result["alpha_by_criterion"])


def test_disagreement_and_missing_reviews_are_flagged_for_discussion():
    rows = [(0, 0, 20), (0, 1, 90), (0, 2, 55)]  # SD 35: reviewers disagree
    rows += [(1, 3, 70), (1, 4, 72), (1, 5, 71)]  # calm and complete
    rows += [(2, 6, 60), (2, 7, 64)]  # one review missing
    rows += [(3, 8, 95)]  # one review only: shown, not ranked
    table = rank(one_criterion(rows, n_nominations=5), simulations=0).table
    flags = table.flags
    assert flags["disagreement"].tolist() == [True, False, False, False, False]
    assert flags["missing_reviews"].tolist() == [False, False, True, True, True]
    assert flags["insufficient_reviews"].tolist() == [False, False, False, True, True]
    assert table.for_discussion.tolist() == [True, False, True, True, True]
    assert table.rank.tolist() == [3, 1, 2, 0, 0]
    assert table.score[3] == pytest.approx(95)
    rows_out = {row["nomination_id"]: row for row in table.to_rows()}
    assert rows_out[3]["rank"] is None and rows_out[4]["score"] is None
    assert "disagreement" in rows_out[0]["flags"]
    lenient = rank(one_criterion(rows, n_nominations=5), simulations=0, disagreement_threshold=40)
    assert not lenient.table.flags["disagreement"].any()
