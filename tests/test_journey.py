"""The whole story, end to end, in a real browser on desktop and on a phone: a nominator
registers and nominates; the call closes; the secretariat screens, assigns automatically and
opens review; three Council members score; rankings are computed; the secretariat decides and
announces; the public sees the winner and the nominator gets the news by e-mail.

Nothing is mocked: the live server's app talks to a real redis-server, and a real Celery worker
process (on the same database and instance folder) delivers the e-mail to .eml files, runs the
automatic assignment and computes the rankings."""

import re
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from award.extensions import db
from award.models import RankingSnapshot, ReviewerExpertise, ReviewerLanguage, Role, Side
from tests.conftest import PASSWORD, check_page, link_in, outbox_files, serving
from tests.services import wait_until
from tests.test_conflicts import member
from tests.test_nominations import PDF

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.slow]

TITLE = "Twinning nursing schools in Ghana and Wales"
CITATION = "For building a two-way bridge that brings nurses home with new skills."
NOMINATOR = "amara.mensah@nurses-network.example"
MAIL_WAIT = 30  # seconds: the worker delivers within a second or two; a slow machine gets more


@pytest.fixture
def stack(make_app, redis_server, celery_worker_factory):
    """The live server, its app using Redis, and a Celery worker on the same database."""
    app = make_app(PUBLIC_URL="http://127.0.0.1", REDIS_URL=redis_server.url)
    assert app.config["CELERY_EAGER"] is False
    with serving(app) as server:
        # E-mails are rendered by whoever queues them (some in the worker): same public address.
        celery_worker_factory(redis_server.url, PUBLIC_URL=server.url)
        yield server


@pytest.fixture
def open_page(browser, page):
    """Another person's browser (own cookies), with the same screen as `page`."""
    contexts = []

    def factory():
        context = browser.new_context(viewport=page.viewport_size)
        contexts.append(context)
        other = context.new_page()
        other.device = page.device
        return other

    yield factory
    for context in contexts:
        context.close()


def mails_to(app, address: str) -> list:
    """The messages the worker has written to the outbox folder for `address`."""
    messages = [
        message_from_bytes(path.read_bytes(), policy=policy.default) for path in outbox_files(app)
    ]
    return [m for m in messages if address in m["To"]]


def subject_of(message) -> str:
    # A long Subject is folded right after the colon; unfolded, that leaves a leading space.
    return " ".join(message["Subject"].split())


def wait_for_mail(app, address: str, subject: str):
    found = wait_until(
        lambda: [m for m in mails_to(app, address) if subject_of(m).startswith(subject)],
        timeout=MAIL_WAIT,
    )
    have = [subject_of(m) for m in mails_to(app, address)]
    assert found, f"no e-mail '{subject}' to {address}; there are {have}"
    return found[-1]


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/auth/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def move(page, phase: str) -> None:
    """On the round page: read the move, tick the box, move."""
    page.get_by_role("heading", name=f"Next: {phase}").wait_for()
    page.get_by_label("I have read what this move does").check()
    page.get_by_role("button", name=f"Move to {phase}").click()
    page.get_by_text(f"The round is now in the {phase} phase").wait_for()


def council(round_, make_user) -> list:
    """Three Council members with profiles (a sending, a receiving and a neutral country)."""
    people = []
    for j, (side, country, name) in enumerate(
        [
            (Side.SENDING, "GH", "Abena Owusu"),
            (Side.RECEIVING, "GB", "Rui Costa"),
            (Side.NEITHER, "BR", "Lucia Ferreira"),
        ]
    ):
        user = make_user(
            f"reviewer{j}@council{j}.example",
            roles=(Role.REVIEWER,),
            name=name,
            side=side,
            country=country,
            organisation=f"Health Ministry {j}",
        )
        user.expertise.append(ReviewerExpertise(tag="ethical-recruitment"))
        user.languages.append(ReviewerLanguage(language="en"))
        db.session.commit()
        people.append(member(round_, user))
    return people


def test_from_registration_to_the_announced_winner(
    make_user, make_round, stack, page, open_page, tmp_path
):
    round_ = make_round(
        name="Health Worker Migration Award 2026",
        slug="hwm-2026",
        reviewers_per_nomination=3,
        same_country_conflict=False,
    )
    slug, round_id, stage_id = round_.slug, round_.id, round_.stages[0].id
    reviewers = council(round_, make_user)
    secretary = make_user(
        "helena@secretariat.example", roles=(Role.SECRETARIAT,), name="Helena Marchetti"
    )
    app, base = stack.app, stack.url

    # 1. The nominator registers, confirms the address from the e-mail, and nominates.
    page.goto(f"{base}/calls/{slug}")
    page.get_by_role("link", name="Nominate").wait_for()
    check_page(page, "journey-01-call")
    page.goto(f"{base}/auth/register")
    page.get_by_label("Full name").fill("Amara Mensah")
    page.get_by_label("E-mail address").fill(NOMINATOR)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Organisation").fill("Nurses Network Ghana")
    page.get_by_label("Country", exact=True).select_option("GH")
    check_page(page, "journey-02-register")
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()
    assert page.get_by_text(f"We have sent a message to {NOMINATOR}").is_visible()
    check_page(page, "journey-03-check-inbox")

    welcome = wait_for_mail(app, NOMINATOR, "Confirm your e-mail address")
    page.goto(base + link_in(welcome.get_content(), "/auth/verify/"))
    page.get_by_text("Your e-mail address is confirmed. You can sign in now.").wait_for()
    check_page(page, "journey-04-verified")
    page.get_by_label("E-mail address").fill(NOMINATOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="My nominations").wait_for()

    page.goto(f"{base}/calls/{slug}")
    page.get_by_role("link", name="Nominate").click()
    page.get_by_role("heading", name="New nomination").wait_for()
    page.get_by_label("Title of the innovation").fill(TITLE)
    page.get_by_label("An organisation").check()
    page.get_by_label("Name of the nominee").fill("Kumasi-Cardiff Nursing Partnership")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("Draft saved.").wait_for()
    pdf = tmp_path / "evidence.pdf"
    pdf.write_bytes(PDF)
    page.get_by_label("Add a file").set_input_files(str(pdf))
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("“evidence.pdf” added.").wait_for()
    page.get_by_label("Nominee's contact e-mail").fill("partnership@knust.gh.example")
    page.get_by_label("Country where the innovation works").select_option("GH")
    page.get_by_label("Countries it links").select_option(["GH", "GB"])
    page.get_by_label("both send and receive").check()
    page.get_by_label("Category").select_option(label="Ethical recruitment")
    page.get_by_label("Short summary").fill("Nursing schools in Kumasi and Cardiff share teachers.")
    page.get_by_label("Description").fill("Faculty exchange, joint curricula and a return pledge.")
    page.get_by_label("Yes").check()
    check_page(page, "journey-05-nomination-draft")
    page.get_by_role("button", name="Submit nomination").click()
    page.get_by_text("your nomination is submitted").wait_for()
    assert page.get_by_text("evidence.pdf").first.is_visible()
    check_page(page, "journey-06-nomination-submitted")

    # 2. Time passes: the secretariat closes the call, screens, assigns and opens review.
    sec = open_page()
    sign_in(sec, base, secretary.email)
    sec.goto(f"{base}/secretariat/rounds/{round_id}")
    sec.get_by_role("heading", name="Next: screening").wait_for()
    # The call is still open: bring its closing date forward (in the round's time zone).
    assert sec.get_by_text("The call is still open.").is_visible()
    sec.get_by_role("link", name="Settings").click()
    just_now = datetime.now(ZoneInfo("Europe/Lisbon")) - timedelta(minutes=1)
    sec.get_by_label("Call closes", exact=True).fill(just_now.strftime("%Y-%m-%dT%H:%M"))
    sec.get_by_role("button", name="Save").click()
    sec.get_by_text("Saved.").wait_for()
    check_page(sec, "journey-07-round-call-closed")
    move(sec, "screening")
    check_page(sec, "journey-08-round-screening")

    sec.get_by_role("link", name="Nominations and screening").click()
    sec.get_by_role("link", name=TITLE).click()
    sec.get_by_role("button", name="Mark eligible").click()
    sec.get_by_text("Marked eligible. The nominator is told by e-mail.").wait_for()
    check_page(sec, "journey-09-screened-eligible")

    sec.goto(f"{base}/secretariat/rounds/{round_id}")
    sec.get_by_role("link", name="Assignments").click()
    sec.get_by_role("heading", name=f"Assignments: {round_.name}").wait_for()
    for reviewer in reviewers:
        assert sec.get_by_role("cell", name=reviewer.name).count() == 1
    sec.get_by_role("button", name="Assign the missing reviewers automatically").click()
    sec.get_by_role("heading", name="Automatic assignment").wait_for()
    check_page(sec, "journey-10-assignment-job")
    # The job page updates itself every two seconds until the worker is done.
    sec.get_by_text("3 new assignments made; 0 review slots left unfilled.").wait_for(
        timeout=60_000
    )
    check_page(sec, "journey-11-assignment-done")
    sec.get_by_role("link", name="Back to the assignments").click()
    row = sec.get_by_role("row").filter(has_text=TITLE)
    for reviewer in reviewers:
        assert row.get_by_role("button", name=f"Remove {reviewer.name}").is_visible()

    sec.goto(f"{base}/secretariat/rounds/{round_id}")
    move(sec, "review")
    check_page(sec, "journey-12-round-review")

    # 3. Each of the three reviewers signs in, scores the nomination and submits.
    for n, (reviewer, impact, innovation) in enumerate(
        zip(reviewers, ["5", "4", "5"], ["4", "5", "3"], strict=True), start=1
    ):
        rev = open_page()
        sign_in(rev, base, reviewer.email)
        rev.get_by_role("heading", name="My reviews").wait_for()
        rev.get_by_role("link", name=TITLE).click()
        rev.get_by_role("heading", name="Your review").wait_for()
        rev.get_by_role("group", name="Score for Impact").get_by_label(impact).first.check()
        rev.get_by_role("group", name="Score for Innovation").get_by_label(innovation).first.check()
        rev.get_by_label("Overall comment").fill("A partnership that works both ways.")
        rev.get_by_label("Strongly support", exact=True).check()
        rev.get_by_role("group", name="How confident").get_by_label("4", exact=True).check()
        if n == 1:
            check_page(rev, "journey-13-review-form")
        rev.get_by_role("button", name="Submit review").click()
        rev.get_by_text("Your review is submitted").wait_for()
        check_page(rev, f"journey-14-review-submitted-{n}")

    # 4. The last review of the category starts the rankings on the worker; then decide.
    def snapshot():
        db.session.rollback()  # a fresh read of what the worker wrote
        return db.session.scalar(
            sa.select(RankingSnapshot.id).where(
                RankingSnapshot.stage_id == stage_id, RankingSnapshot.method == "mean"
            )
        )

    assert wait_until(snapshot, timeout=60), "the worker computed no ranking"
    sec.goto(f"{base}/secretariat/stages/{stage_id}/rankings")
    sec.get_by_role("heading", name="Ethical recruitment").wait_for()
    ranked = sec.get_by_role("row").filter(has_text=TITLE)
    assert ranked.locator("td.rank").text_content().strip() == "1"
    assert ranked.get_by_role("cell", name="85.0").first.is_visible()  # (90 + 85 + 80) / 3
    check_page(sec, "journey-15-rankings")

    sec.goto(f"{base}/secretariat/rounds/{round_id}/decisions")
    row = sec.get_by_role("row").filter(has_text=TITLE)
    row.get_by_text("Decide").first.click()
    row.get_by_label("Decision").select_option(label="Winner")
    row.get_by_label("Citation").fill(CITATION)
    row.get_by_role("button", name="Record").click()
    sec.get_by_text(f"Recorded: {TITLE}.").wait_for()
    check_page(sec, "journey-16-decisions")

    sec.goto(f"{base}/secretariat/rounds/{round_id}")
    move(sec, "deliberation")
    move(sec, "decided")
    sec.get_by_label("I have checked the decisions and citations").check()
    check_page(sec, "journey-17-round-decided")
    sec.get_by_role("button", name="Announce").click()
    sec.get_by_text("The winners are announced.").wait_for()
    check_page(sec, "journey-18-announced")

    # 5. The public winners page, and the winner's mailbox.
    public = open_page()
    public.goto(f"{base}/calls/{slug}")
    public.get_by_text("The winners have been announced.").wait_for()
    check_page(public, "journey-19-call-announced")
    public.get_by_role("link", name="See the winners").click()
    public.get_by_role("heading", name=f"Winners of the {round_.name}").wait_for()
    winner = public.get_by_role("article").filter(has_text=TITLE)
    assert winner.get_by_text("Winner", exact=True).is_visible()
    assert winner.get_by_text(CITATION).is_visible()
    check_page(public, "journey-20-winners")

    page.goto(f"{base}/nominations/")
    assert page.get_by_role("row").filter(has_text=TITLE).get_by_text("winner").is_visible()
    check_page(page, "journey-21-my-nominations")

    news = wait_for_mail(app, NOMINATOR, f"Congratulations: {TITLE} wins")
    body = news.get_content()
    assert CITATION in body
    # The link in the e-mail leads the nominator to the public winners page.
    link = re.search(r"https?://\S+/winners\b", body)
    assert link and link.group(0) == f"{base}/calls/{slug}/winners", body
    page.goto(link.group(0))
    page.get_by_role("article").filter(has_text=TITLE).get_by_text(CITATION).wait_for()
    # Every message of the story reached the nominator's mailbox, each once.
    subjects = sorted(subject_of(m) for m in mails_to(app, NOMINATOR))
    assert len(subjects) == len(set(subjects)), subjects
    for subject in (
        "Confirm your e-mail address",
        "Nomination received",
        f"The call has closed: {round_.name}",
        f"Your nomination is eligible: {TITLE}",
        f"Congratulations: {TITLE} wins",
    ):
        assert any(s.startswith(subject) for s in subjects), (subject, subjects)
