"""The Council in a real browser: the secretariat invites, the invitee accepts and fills in the
profile, and a used link shows the clear "no longer valid" page."""

import pytest

from award.database import utcnow
from award.extensions import db
from award.models import Role
from award.operations import council
from tests.conftest import PASSWORD, check_page

pytestmark = pytest.mark.browser


def sign_in(page, base, email):
    page.goto(f"{base}/auth/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_invite_accept_and_profile(live_server, page, make_user, make_round):
    base = live_server.url
    round_ = make_round(name="Health Worker Migration Award 2026")
    secretariat = make_user("sec@example.org", roles=(Role.SECRETARIAT,), name="Helena Marchetti")
    _, token = council.invite(round_, "abena@example.org", "Abena Owusu", secretariat, utcnow())
    db.session.commit()

    sign_in(page, base, secretariat.email)
    page.goto(f"{base}/secretariat/rounds/{round_.id}/council")
    page.get_by_label("Name").fill("Rui Costa")
    page.get_by_label("E-mail address").fill("rui@example.org")
    page.get_by_role("button", name="Send the invitation").click()
    page.get_by_text("The invitation has been sent to rui@example.org.").wait_for()
    check_page(page, "council")

    # The invitee opens the link (this browser is then signed in as the invitee).
    page.goto(f"{base}/auth/invitation/{token}")
    page.get_by_role(
        "heading", name="Join the Council for Health Worker Migration Award 2026"
    ).wait_for()
    check_page(page, "invitation")
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Organisation").fill("Ghana Health Service")
    page.get_by_label("Country", exact=True).select_option("GH")
    page.get_by_label("A country that sends health workers").check()
    page.get_by_label("Ethical recruitment").check()
    page.get_by_label("Nursing").check()
    page.get_by_label("English").check()
    page.get_by_label("Most nominations you can review in this round").fill("6")
    page.get_by_role("button", name="Accept and join the Council").click()
    page.get_by_role("heading", name="My reviewer profile").wait_for()
    assert page.get_by_label("Nursing").is_checked()
    check_page(page, "reviewer-profile")

    page.goto(f"{base}/auth/invitation/{token}")
    page.get_by_role("heading", name="This invitation is no longer valid").wait_for()
    check_page(page, "invitation-invalid")
