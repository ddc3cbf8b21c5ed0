"""Ranking snapshots through the operations and the secretariat's pages: same inputs give the
same snapshot, changes are listed, ties, methods compared, refusals explained, flags shown."""

import re

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from award import texts
from award.database import utcnow
from award.extensions import db
from award.models import (
    Assignment,
    AuditEvent,
    RankingSnapshot,
    Review,
    ReviewStatus,
    Role,
    Score,
)
from award.operations import rankings as ops
from tests.conftest import PASSWORD, check_page, login
from tests.test_assignments import eligible, secretariat_client

# Nomination i is reviewed by reviewers i, i+1 and i+2 (mod 6); reviewer 0 is harsh: two
# points lower than everyone else on both criteria (1-5 scales).
QUALITY = [4, 4, 3, 3, 4, 3, 4, 3]


def reviewers(make_user, count):
    return [make_user(f"r{j}@rank.example", roles=(Role.REVIEWER,)) for j in range(count)]


def review(stage, nomination, reviewer, values, submitted=True):
    assignment = Assignment(stage=stage, nomination=nomination, reviewer=reviewer)
    criteria = stage.criteria
    result = Review(
        assignment=assignment,
        status=ReviewStatus.SUBMITTED if submitted else ReviewStatus.DRAFT,
        submitted_at=utcnow() if submitted else None,
    )
    result.scores = [
        Score(criterion_id=c.id, value=v) for c, v in zip(criteria, values, strict=True)
    ]
    db.session.add(result)
    return result


def harsh_round(make_round, make_user, **fields):
    round_ = make_round(reviewers_per_nomination=3, **fields)
    stage = round_.stages[0]
    people = reviewers(make_user, 6)
    nominator = make_user("nom@rank.example")
    nominations = [eligible(round_, nominator, i) for i in range(len(QUALITY))]
    for i, nomination in enumerate(nominations):
        for r in (i % 6, (i + 1) % 6, (i + 2) % 6):
            v = QUALITY[i] - (2 if r == 0 else 0)
            v2 = v + (1 if (i + r) % 4 == 0 and v < 5 else 0)
            review(stage, nomination, people[r], (max(v, 1), min(max(v2, 1), 5)))
    db.session.commit()
    return round_, stage, nominations, people


def snapshots(stage):
    return db.session.scalars(
        sa.select(RankingSnapshot).where(RankingSnapshot.stage_id == stage.id)
    ).all()


def text(response):
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def test_same_inputs_give_the_same_snapshot(app, make_round, make_user):
    round_, stage, nominations, _ = harsh_round(make_round, make_user)
    first = ops.compute_rankings(stage)
    db.session.commit()
    second = ops.compute_rankings(stage)
    db.session.commit()
    assert len(first) == 1 and [s.id for s in first] == [s.id for s in second]
    assert len(snapshots(stage)) == 1
    snap = first[0]
    assert snap.category_id == round_.categories[0].id and len(snap.entries) == len(QUALITY)
    assert snap.applicable and len(snap.input_hash) == 64
    assert snap.agreement["icc1_text"]["key"] == "agreement.icc1"  # put into words when shown
    assert texts.render(snap.agreement["icc1_text"]).startswith("ICC(1) = ")
    computed = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "rankings.computed")
    ).all()
    assert len(computed) == 1
    assert ops.changes_since_previous(snap) is None


def test_a_changed_score_gives_a_new_snapshot_listing_what_changed(client, make_round, make_user):
    _, stage, nominations, _ = harsh_round(make_round, make_user)
    ops.compute_rankings(stage)
    db.session.commit()
    changed = db.session.scalar(
        sa.select(Score)
        .join(Review)
        .join(Assignment)
        .where(Assignment.nomination_id == nominations[5].id)
        .limit(1)
    )
    changed.value = 5
    db.session.commit()
    (new,) = ops.compute_rankings(stage)
    db.session.commit()
    assert len(snapshots(stage)) == 2
    changes = ops.changes_since_previous(new)
    assert nominations[5].id in changes.nomination_id.tolist()
    secretariat_client(client, make_user)
    page = text(client.get(f"/secretariat/stages/{stage.id}/rankings"))
    listed = page.split("Changed since the previous snapshot")[1].split("</ul>")[0]
    assert nominations[5].title in listed
    assert nominations[1].title not in listed  # its reviewers never touched the changed one


def test_recompute_button_and_ties_shown_as_ties(client, make_round, make_user):
    _, stage, nominations, _ = harsh_round(make_round, make_user)
    secretariat_client(client, make_user)
    assert "No ranking computed" in text(client.get(f"/secretariat/stages/{stage.id}/rankings"))
    response = client.post(
        f"/secretariat/stages/{stage.id}/rankings/recompute", data={"methods": "mean"}
    )
    assert response.status_code == 302
    page = text(client.get(response.headers["Location"]))
    # Nominations 2, 3 and 7 have the same totals, medians and SDs: one shared rank.
    ranks = re.findall(r'<td class="rank">([^<]*)</td>', page)
    assert ranks.count("=5") == 3, ranks
    assert "ICC(1) = " in page and "Krippendorff" in page
    again = client.post(
        f"/secretariat/stages/{stage.id}/rankings/recompute", data={"methods": "mean"}
    )
    assert "Nothing changed" in text(client.get(again.headers["Location"]))
    assert len(snapshots(stage)) == 1


def test_calibrated_corrects_the_harsh_reviewer_on_the_compare_page(client, make_round, make_user):
    _, stage, nominations, _ = harsh_round(make_round, make_user)
    secretariat_client(client, make_user)
    response = client.post(
        f"/secretariat/stages/{stage.id}/rankings/recompute",
        data={"methods": ["mean", "calibrated"], "back": "compare"},
    )
    assert "/rankings/compare" in response.headers["Location"]
    page = text(client.get(f"/secretariat/stages/{stage.id}/rankings/compare?a=mean&b=calibrated"))
    row = page.split(f'data-nomination="{nominations[4].id}"')[1].split("</tr>")[0]
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    # Nomination 4 is read by the harsh reviewer: second on the plain mean, first calibrated.
    assert cells[1].startswith("2 ") and cells[2].startswith("1 "), cells
    calibrated = ops.latest_snapshots(stage, "calibrated")[0]
    assert calibrated.applicable and calibrated.params["method"] == "calibrated"


def test_zscore_is_refused_with_its_reason_on_the_page(client, make_round, make_user):
    _, stage, _, _ = harsh_round(make_round, make_user)
    secretariat_client(client, make_user)
    client.post(f"/secretariat/stages/{stage.id}/rankings/recompute", data={"methods": "zscore"})
    page = text(client.get(f"/secretariat/stages/{stage.id}/rankings?method=zscore"))
    assert "This method cannot rank this round" in page
    assert "method: <strong>Standardised mean (z-scores)</strong>" in page  # named, not a key
    assert "Standardisation needs at least 5 reviews per reviewer" in page
    (snap,) = ops.latest_snapshots(stage, "zscore")
    assert not snap.applicable and all(e.rank is None for e in snap.entries)
    picker = text(client.get(f"/secretariat/stages/{stage.id}/rankings?method=mean"))
    assert 'id="reason-zscore"' in picker


def test_disagreement_above_the_rounds_threshold_is_flagged(client, make_round, make_user):
    round_ = make_round(reviewers_per_nomination=3, disagreement_threshold=30.0)
    stage = round_.stages[0]
    people = reviewers(make_user, 3)
    nominator = make_user("nom@rank.example")
    split = eligible(round_, nominator, 1, title="Split panel")
    calm = eligible(round_, nominator, 2, title="Calm panel")
    short = eligible(round_, nominator, 3, title="Short of reviews")
    for person, value in zip(people, (1, 5, 5), strict=True):  # totals 0, 100, 100: SD about 58
        review(stage, split, person, (value, value))
    for person, value in zip(people, (3, 4, 4), strict=True):  # SD about 14: under 30
        review(stage, calm, person, (value, value))
    for person, value in zip(people[:2], (4, 4), strict=True):
        review(stage, short, person, (value, value))
    review(stage, short, make_user("late@rank.example"), (1, 1), submitted=False)
    db.session.commit()
    (snap,) = ops.compute_rankings(stage)
    db.session.commit()
    flags = {e.nomination_id: e.flags for e in snap.entries}
    assert "disagreement" in flags[split.id] and "disagreement" not in flags[calm.id]
    assert "missing_reviews" in flags[short.id] and "missing_reviews" not in flags[calm.id]
    secretariat_client(client, make_user)
    page = text(client.get(f"/secretariat/stages/{stage.id}/rankings"))
    row = page.split("Split panel")[1].split("</tr>")[0]
    assert "flag-disagreement" in row and "reviewers disagree" in row
    assert "flag-disagreement" not in page.split("Calm panel")[1].split("</tr>")[0]


def test_only_the_secretariat_may_see_rankings(client, make_round, make_user):
    round_ = make_round()
    stage = round_.stages[0]
    reviewer = make_user("r@rank.example", roles=(Role.REVIEWER,))
    login(client, reviewer.email)
    assert client.get(f"/secretariat/stages/{stage.id}/rankings").status_code == 403
    assert client.get(f"/secretariat/stages/{stage.id}/rankings/compare").status_code == 403
    post = client.post(f"/secretariat/stages/{stage.id}/rankings/recompute", data={})
    assert post.status_code == 403
    assert snapshots(stage) == []


def test_last_submitted_review_of_a_category_requests_a_recompute(app, make_round, make_user):
    round_ = make_round(reviewers_per_nomination=2)
    stage = round_.stages[0]
    people = reviewers(make_user, 2)
    nomination = eligible(round_, make_user("nom@rank.example"), 1)
    done = review(stage, nomination, people[0], (3, 4))
    pending = review(stage, nomination, people[1], (2, 2), submitted=False)
    db.session.commit()
    assert not ops.maybe_recompute_after_submission(done)
    pending.status, pending.submitted_at = ReviewStatus.SUBMITTED, utcnow()
    db.session.flush()
    assert ops.maybe_recompute_after_submission(pending)
    db.session.commit()  # the task runs eagerly in tests, after the commit
    (snap,) = ops.latest_snapshots(stage, "mean")
    assert snap.entries[0].n_reviews == 2


def _page_queries(client, stage):
    statements = []

    def count(*args):
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        text(client.get(f"/secretariat/stages/{stage.id}/rankings"))
        text(client.get(f"/secretariat/stages/{stage.id}/rankings/compare?a=mean&b=trimmed"))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_the_page_uses_a_constant_number_of_queries(client, make_round, make_user):
    secretariat_client(client, make_user)
    counts = []
    people = reviewers(make_user, 6)
    for size in (10, 40):
        round_ = make_round(reviewers_per_nomination=3)
        stage = round_.stages[0]
        nominator = make_user(f"nom{size}@rank.example")
        for i in range(size):
            nomination = eligible(round_, nominator, i)
            nomination.category = round_.categories[i % 2]
            for r in range(3):
                review(stage, nomination, people[(i + r) % 6], ((i + r) % 5 + 1, (i * r) % 5 + 1))
        db.session.commit()
        for method in ("mean", "trimmed"):
            ops.compute_rankings(stage, method)
        db.session.commit()
        counts.append(_page_queries(client, stage))
    assert counts[1] <= counts[0] + 2, counts


@pytest.mark.browser
def test_ranking_pages_in_a_browser(live_server, page, make_round, make_user):
    _, stage, _, _ = harsh_round(make_round, make_user)
    for method in ("mean", "calibrated", "zscore"):
        ops.compute_rankings(stage, method)
    db.session.commit()
    user = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    page.goto(f"{live_server.url}/secretariat/stages/{stage.id}/rankings")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Ethical recruitment").wait_for()
    check_page(page, "rankings-mean")
    page.get_by_label("Standardised mean (z-scores)").check()
    page.get_by_role("button", name="Show this method").click()
    page.get_by_text("This method cannot rank this round").wait_for()
    page.get_by_role("link", name="Compare methods side by side").click()
    page.get_by_role("heading", name="Compare rankings").wait_for()
    check_page(page, "rankings-compare")
