"""The account pages in a real browser (Debian's Chromium driven by Playwright), checked with
axe-core on a desktop and a phone-sized screen."""

import re

import pytest
import sqlalchemy as sa

from award.extensions import db
from award.models import OutboxMessage, Role
from tests.conftest import PASSWORD, check_page

pytestmark = pytest.mark.browser


def test_register_confirm_and_sign_in(live_server, page):
    base = live_server.url
    page.goto(base + "/")
    check_page(page, "home")
    page.goto(base + "/auth/register")
    check_page(page, "register")
    page.get_by_label("Full name").fill("Amara Okafor")
    page.get_by_label("E-mail address").fill("amara@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Country").select_option("NG")
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()
    check_page(page, "check-inbox")
    with live_server.app.app_context():
        body = db.session.scalar(sa.select(OutboxMessage.body_text))
    link = re.search(r"http://\S+/auth/verify/\S+", body).group(0)
    page.goto(link)
    page.get_by_text("Your e-mail address is confirmed").wait_for()
    check_page(page, "login")
    page.get_by_label("E-mail address").fill("amara@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="My nominations").wait_for()
    check_page(page, "my-nominations")


def test_wrong_password_shows_one_clear_message(live_server, page, make_user):
    user = make_user()  # same database as the live server
    page.goto(live_server.url + "/auth/login")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").filter(has_text="is not correct").wait_for()
    check_page(page, "login-error")


def test_secretariat_reads_the_outbox(live_server, page, make_user):
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    page.goto(live_server.url + "/auth/forgot")
    check_page(page, "forgot")
    page.get_by_label("E-mail address").fill(admin.email)
    page.get_by_role("button", name="Send me a reset link").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()
    page.goto(live_server.url + "/auth/login")
    page.get_by_label("E-mail address").fill(admin.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Secretariat").wait_for()
    check_page(page, "secretariat-home")
    page.goto(live_server.url + "/secretariat/outbox")
    check_page(page, "outbox")
    page.get_by_role("link", name="Choose a new password").click()
    page.get_by_text("/auth/reset/").wait_for()
    check_page(page, "outbox-message")
