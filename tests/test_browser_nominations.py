"""The nominator's journey in a real browser: open call, draft, file, submit, receipt."""

import pytest

from tests.conftest import PASSWORD, check_page
from tests.test_nominations import PDF

pytestmark = pytest.mark.browser


def test_nominate_with_a_file_and_submit(live_server, page, make_user, make_round, tmp_path):
    round_ = make_round()
    user = make_user("nominator@example.org")
    base = live_server.url
    page.goto(f"{base}/calls/{round_.slug}")
    check_page(page, "call")
    page.get_by_role("link", name="Nominate").click()
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="New nomination").wait_for()
    check_page(page, "nomination-new")
    page.get_by_label("Title of the innovation").fill("Twinning nursing schools in Ghana and Wales")
    page.get_by_label("An organisation").check()
    page.get_by_label("Name of the nominee").fill("Kumasi-Cardiff Nursing Partnership")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("Draft saved.").wait_for()
    pdf = tmp_path / "evidence.pdf"
    pdf.write_bytes(PDF)
    page.get_by_label("Add a file").set_input_files(str(pdf))
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("“evidence.pdf” added.").wait_for()
    # Submit with answers missing: every problem is shown by its field, nothing is lost.
    page.get_by_role("button", name="Submit nomination").click()
    page.get_by_text("Some answers are missing").wait_for()
    check_page(page, "nomination-incomplete")
    page.get_by_label("Nominee's contact e-mail").fill("partnership@knust.gh.example")
    page.get_by_label("Country where the innovation works").select_option("GH")
    page.get_by_label("Countries it links").select_option(["GH", "GB"])
    page.get_by_label("both send and receive").check()
    page.get_by_label("Category").select_option(label="Ethical recruitment")
    page.get_by_label("Short summary").fill("Nursing schools in Kumasi and Cardiff share teachers.")
    page.get_by_label("Description").fill("Faculty exchange, joint curricula and a return pledge.")
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Submit nomination").click()
    page.get_by_text("your nomination is submitted").wait_for()
    assert "Receipt number" in page.content()
    check_page(page, "nomination-submitted")
    page.goto(f"{base}/nominations/")
    check_page(page, "my-nominations-list")
