"""The secretariat's screening pages in a real browser, checked with axe-core on a desktop and a
phone-sized screen."""

import random

import pytest

from award.extensions import db
from award.models import NominationStatus, Role
from tests.conftest import PASSWORD, check_page
from tests.test_screening import make_nomination, make_round

pytestmark = pytest.mark.browser


def test_secretariat_screens_a_nomination(live_server, page, make_user):
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    nominator = make_user("nom@example.org", name="Kofi Mensah")
    round_ = make_round()
    nomination = make_nomination(
        round_,
        nominator,
        title="Diaspora Doctors Teleconsultation Network",
        nominee_name="Efua Asante",
        nominee_organisation="Korle Bu Teaching Hospital",
    )
    make_nomination(round_, nominator, title="Diaspora doctors' tele-consultation network")
    words = [
        "nurse",
        "midwife",
        "doctor",
        "pharmacist",
        "return",
        "fund",
        "twinning",
        "bond",
        "e-learning",
        "mentoring",
        "rural",
        "diaspora",
        "ethical",
        "recruitment",
        "retention",
        "housing",
        "licensing",
        "language",
        "bridge",
        "clinic",
        "exchange",
        "apprenticeship",
        "registry",
        "circular",
        "migration",
        "skills",
        "passport",
        "telehealth",
    ]
    rng = random.Random(3)
    for i in range(60):
        make_nomination(
            round_,
            nominator,
            title=" ".join(rng.sample(words, 4)).capitalize(),
            country=["GH", "PH", "KE"][i % 3],
            status=[NominationStatus.SUBMITTED, NominationStatus.ELIGIBLE][i % 2],
        )
    db.session.commit()
    base = live_server.url

    page.goto(base + "/auth/login")
    page.get_by_label("E-mail address").fill(admin.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Secretariat").wait_for()
    page.get_by_role("link", name=round_.name).click()  # the round's dashboard
    page.get_by_role("link", name="Nominations and screening").click()
    page.get_by_role("heading", name=f"Nominations: {round_.name}").wait_for()
    check_page(page, "screening-table")
    page.get_by_label("Country").select_option("GH")
    page.get_by_role("button", name="Search").click()
    page.get_by_text("22 submitted nominations match").wait_for()
    check_page(page, "screening-table-filtered")

    page.goto(f"{base}/secretariat/nominations/{nomination.id}")
    check_page(page, "screening-nomination")
    page.get_by_role("button", name="Mark ineligible").click()
    page.get_by_text("Give the reason").first.wait_for()
    check_page(page, "screening-nomination-error")
    page.get_by_label("Reason").fill("Started after the eligibility window.")
    page.get_by_role("button", name="Mark ineligible").click()
    page.get_by_text("Marked ineligible").wait_for()
    check_page(page, "screening-nomination-screened")

    page.goto(f"{base}/secretariat/rounds/{round_.id}/duplicates")
    page.get_by_role("heading", name="Possible duplicates").wait_for()
    check_page(page, "screening-duplicates")
