"""The secretariat builds a rubric in a real browser: the WHO Code template, a criterion added
with a changed scale, a move, and the locked rubric once a review is submitted."""

import pytest

from award.database import utcnow
from award.extensions import db
from award.models import Role, Stage, StageKind
from award.operations import rubric
from tests.conftest import PASSWORD, check_page

pytestmark = pytest.mark.browser


def test_build_a_rubric_from_the_template(live_server, page, make_user, make_round):
    user = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    round_ = make_round(name="Health Worker Migration Award 2026")
    stage = Stage(position=2, name="Shortlist", kind=StageKind.SHORTLIST)
    round_.stages.append(stage)
    db.session.commit()
    base = live_server.url

    page.goto(f"{base}/secretariat/stages/{stage.id}/rubric")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Rubric: Shortlist").wait_for()
    check_page(page, "rubric-empty")

    page.get_by_role("button", name="Apply the WHO Global Code of Practice template").click()
    page.get_by_text("template was applied").wait_for()
    check_page(page, "rubric-who-code")

    page.get_by_role("link", name="Add a criterion").click()
    page.get_by_label("Name").fill("Gender equity")
    page.get_by_label("Weight").fill("10")
    page.get_by_label("Highest level").fill("4")
    page.get_by_role("button", name="Update the levels").click()
    page.get_by_text("The scale is now 1 to 4").wait_for()
    assert page.locator("textarea[name^=descriptor_]").count() == 4
    page.get_by_label("Level 4 (highest)").fill("Measured and acted on.")
    page.get_by_label("Highest level").fill("1")
    page.get_by_role("button", name="Save criterion").click()
    page.get_by_text("The highest level must be above the lowest").wait_for()
    check_page(page, "criterion-invalid-scale")
    page.get_by_label("Highest level").fill("4")
    page.get_by_role("button", name="Save criterion").click()
    page.get_by_text("“Gender equity” was added.").wait_for()

    page.get_by_role("button", name="Move up Gender equity").click()
    page.get_by_role("heading", name="5. Gender equity").wait_for()
    check_page(page, "rubric-edited")

    db.session.commit()  # end the test's read transaction, older than the browser's writes
    rubric.lock_if_first_submission(db.session.get(Stage, stage.id), utcnow())
    db.session.commit()
    page.reload()
    page.get_by_text("The rubric is locked").wait_for()
    assert page.get_by_role("button", name="Delete Gender equity").count() == 0
    check_page(page, "rubric-locked")
