"""A reviewer in a real browser: the dashboard, the scoring page with its live total, the draft
saved automatically after 30 seconds, and submission."""

import pytest
import sqlalchemy as sa

from award.extensions import db
from award.models import Answer, Review, ReviewStatus
from tests.conftest import PASSWORD, check_page
from tests.test_assignments import eligible
from tests.test_reviews import assign, review_round, reviewer

pytestmark = pytest.mark.browser


def test_score_a_nomination_with_autosave_and_submit(live_server, page, make_user, make_round):
    round_ = review_round(make_round, name="Health Worker Migration Award 2026")
    nomination = eligible(round_, make_user("nom@ngo.example"), 1, title="Nurses return home")
    db.session.add(
        Answer(nomination=nomination, question=round_.questions[0], value="We train nurses.")
    )
    db.session.commit()
    me = reviewer(make_user, round_, timezone="Africa/Nairobi")
    assignment = assign(round_, nomination, me)
    base = live_server.url

    page.clock.install()
    page.goto(f"{base}/review/")
    page.get_by_label("E-mail address").fill(me.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="My reviews").wait_for()
    check_page(page, "review-dashboard")

    page.get_by_role("link", name="Nurses return home").click()
    page.get_by_role("heading", name="Your review").wait_for()
    check_page(page, "review-form")

    page.get_by_role("group", name="Score for Impact").get_by_label("4", exact=True).check()
    page.get_by_role("group", name="Score for Innovation").get_by_label("5 – A first").check()
    assert page.locator("#review-total").text_content() == "85"  # 40*1 + 60*0.75
    page.get_by_label("Overall comment").fill("Typed, never saved by hand.")
    page.clock.fast_forward("00:31")
    page.get_by_text("Draft saved automatically").wait_for()
    db.session.commit()
    review = db.session.scalar(sa.select(Review).where(Review.assignment_id == assignment.id))
    assert review.overall_comment == "Typed, never saved by hand."

    page.get_by_label("Support", exact=True).check()
    page.get_by_role("group", name="How confident").get_by_label("4", exact=True).check()
    page.get_by_role("button", name="Submit review").click()
    page.get_by_text("Your review is submitted").wait_for()
    check_page(page, "review-submitted")
    db.session.commit()
    db.session.expire_all()
    review = db.session.get(Review, review.id)
    assert review.status == ReviewStatus.SUBMITTED and review.total == 85.0
