"""The round's life in a real browser: the secretariat creates a round, decides, closes and
announces; the public sees the winners page and the showcase. Each page passes axe and fits a
phone."""

import pytest
import sqlalchemy as sa

from award.extensions import db
from award.models import Phase, Role, Round
from tests.conftest import PASSWORD, check_page
from tests.test_lifecycle import deliberating  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def sign_in(page, base, email):
    page.goto(f"{base}/auth/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_create_a_round_in_the_browser(live_server, page, make_user):
    base = live_server.url
    secretary = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    sign_in(page, base, secretary.email)
    page.goto(f"{base}/secretariat/")
    page.get_by_role("link", name="New round").click()
    check_page(page, "round-new")
    page.get_by_label("Name", exact=True).fill("Innovations Award 2027")
    page.get_by_label("Web address").fill("award-2027")
    page.get_by_label("Categories").fill("Ethical recruitment: fair hiring\nRetention and return")
    page.get_by_label("Call opens", exact=True).fill("2027-01-10T09:00")
    page.get_by_label("Call closes", exact=True).fill("2027-03-31T17:00")
    page.get_by_label("Reviews due", exact=True).fill("2027-05-15T17:00")
    page.get_by_role("button", name="Create the round").click()
    page.get_by_role("heading", name="Innovations Award 2027").wait_for()
    page.get_by_text("Next: open").wait_for()
    check_page(page, "round-draft")
    db.session.rollback()  # end the test's read snapshot to see what the server wrote
    assert (
        db.session.scalar(sa.select(Round.phase).where(Round.slug == "award-2027")) == Phase.DRAFT
    )


def test_decide_close_announce_and_see_the_winners(
    live_server,
    page,
    make_user,
    deliberating,  # noqa: F811
):
    base = live_server.url
    round_, _, nominations, _ = deliberating
    sec = make_user("sec@example.org", roles=(Role.SECRETARIAT,))

    sign_in(page, base, sec.email)
    page.goto(f"{base}/secretariat/rounds/{round_.id}/decisions")
    for nomination, kind, citation in (
        (nominations[0], "Winner", "For fair and ethical hiring across borders."),
        (nominations[1], "Winner", "For bringing health workers home."),
        (nominations[2], "Runner-up", "A close second."),
    ):
        row = page.get_by_role("row").filter(has_text=nomination.title)
        row.get_by_text("Decide").first.click()
        row.get_by_label("Decision").select_option(label=kind)
        row.get_by_label("Citation").fill(citation)
        row.get_by_role("button", name="Record").click()
        page.get_by_text(f"Recorded: {nomination.title}.").wait_for()
    check_page(page, "decisions")

    page.goto(f"{base}/secretariat/rounds/{round_.id}")
    page.get_by_text("Next: decided").wait_for()
    check_page(page, "round-deliberation")
    page.get_by_label("I have read what this move does").check()
    page.get_by_role("button", name="Move to decided").click()
    page.get_by_text("The round is now in the decided phase").wait_for()
    page.get_by_label("I have checked the decisions and citations").check()
    check_page(page, "round-decided")
    page.get_by_role("button", name="Announce").click()
    page.get_by_text("The winners are announced.").wait_for()

    page.get_by_role("link", name="Public winners page").click()
    page.get_by_role("heading", name=f"Winners of the {round_.name}").wait_for()
    assert page.get_by_text("For fair and ethical hiring across borders.").is_visible()
    check_page(page, "winners")
    page.goto(f"{base}/showcase")
    page.get_by_label("Category").select_option(label="Retention and return")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("heading", name=nominations[1].title).wait_for()
    assert page.get_by_role("heading", name=nominations[0].title).count() == 0
    check_page(page, "showcase")
