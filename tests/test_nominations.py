"""The nominator's journey: drafts, submission, deadlines, versions, withdrawal, files."""

import io
import zipfile
from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.models import Attachment, AuditEvent, Nomination, NominationStatus, OutboxMessage
from tests.conftest import login

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def complete(round_, **overrides):
    data = {
        "nominee_kind": "organisation",
        "nominee_name": "Ghana Nurses Return Fund",
        "nominee_organisation": "Ministry of Health",
        "nominee_email": "fund@health.gh.example",
        "nominee_website": "https://fund.gh.example",
        "country": "GH",
        "linked_countries": ["GB", "IE"],
        "link_kind": "both",
        "category": str(round_.categories[0].id),
        "title": "A fund that brings nurses home",
        "language": "en",
        "q_summary": "Nurses who trained abroad return to rural posts.",
        "q_description": "A long description. " * 10,
        "q_references": "",
        "consent_showcase": "yes",
    }
    data.update(overrides)
    return data


@pytest.fixture
def nominator(make_user, client):
    user = make_user("nom@example.org")
    login(client, user.email)
    return user


def create(client, round_, **data):
    response = client.post(f"/nominations/new?round={round_.slug}", data={**data, "save": "y"})
    assert response.status_code == 302, response.data
    return db.session.scalars(sa.select(Nomination).order_by(Nomination.id.desc())).first()


def submit(client, nomination, data, token="tok-1"):
    return client.post(
        f"/nominations/{nomination.id}/edit",
        data={**data, "submit": "y", "submission_token": token},
    )


def test_half_filled_draft_is_kept_as_it_is(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_, title="Half an idea", q_summary="Only this so far")
    assert nomination.status == NominationStatus.DRAFT
    assert nomination.title == "Half an idea" and nomination.answer("summary") == "Only this so far"
    page = client.get(f"/nominations/{nomination.id}/edit").get_data(as_text=True)
    assert "Half an idea" in page and "Only this so far" in page


def test_submit_gives_a_receipt_a_version_and_one_confirmation(client, app, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_, title="Draft")
    response = submit(client, nomination, complete(round_))
    assert response.status_code == 302
    db.session.refresh(nomination)
    assert nomination.status == NominationStatus.SUBMITTED
    assert nomination.receipt_number == f"2026-{nomination.id:05d}"
    assert [v.number for v in nomination.versions] == [1]
    (mail,) = db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.kind == "nomination_received")
    )
    assert nomination.receipt_number in mail.subject and mail.to_email == nominator.email
    assert nomination.receipt_number in client.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_double_click_on_submit_gives_one_receipt_and_one_email(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    first = submit(client, nomination, complete(round_), token="same")
    second = submit(client, nomination, complete(round_), token="same")
    assert first.status_code == second.status_code == 302
    assert (
        first.headers["Location"] == second.headers["Location"] == f"/nominations/{nomination.id}"
    )
    db.session.refresh(nomination)
    assert len(nomination.versions) == 1
    assert (
        db.session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind.in_(["nomination_received", "nomination_updated"]))
        )
        == 1
    )


def test_incomplete_submit_shows_each_problem_by_its_field_and_keeps_the_text(
    client, make_round, nominator
):
    round_ = make_round()
    nomination = create(client, round_)
    data = complete(round_, nominee_name="", q_summary="word " * 60, title="Kept title")
    response = submit(client, nomination, data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'id="nominee_name-error"' in page and "This is required to submit." in page
    assert "60 words; the limit is 50." in page
    db.session.refresh(nomination)
    assert nomination.status == NominationStatus.DRAFT and nomination.title == "Kept title"


def test_edit_after_submit_makes_a_new_version_the_secretariat_can_compare(
    client, make_round, nominator
):
    round_ = make_round()
    nomination = create(client, round_)
    submit(client, nomination, complete(round_), token="a")
    submit(client, nomination, complete(round_, title="A better title"), token="b")
    db.session.refresh(nomination)
    assert [v.number for v in nomination.versions] == [1, 2]
    assert nomination.versions[0].data["title"] == "A fund that brings nurses home"
    assert nomination.versions[1].data["title"] == "A better title"
    kinds = db.session.scalars(sa.select(OutboxMessage.kind).order_by(OutboxMessage.id)).all()
    assert kinds == ["nomination_received", "nomination_updated"]


def test_save_one_second_late_is_refused_and_the_draft_is_kept(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_, title="Saved in time")
    round_.nominations_close_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    response = client.post(
        f"/nominations/{nomination.id}/edit",
        data={**complete(round_, title="Typed too late"), "save": "y"},
    )
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "The call for nominations has closed" in page
    assert "Typed too late" in page  # what was typed is still on the screen
    db.session.refresh(nomination)
    assert nomination.title == "Saved in time"  # the stored draft is untouched
    assert client.get(f"/nominations/{nomination.id}/edit").status_code == 302  # read-only now


def test_save_one_second_early_is_accepted(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    round_.nominations_close_at = utcnow() + timedelta(seconds=2)
    db.session.commit()
    response = client.post(
        f"/nominations/{nomination.id}/edit",
        data={**complete(round_, title="Just in time"), "save": "y"},
    )
    assert response.status_code == 302


def test_submit_after_the_deadline_is_refused(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    round_.nominations_close_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert submit(client, nomination, complete(round_)).status_code == 409
    db.session.refresh(nomination)
    assert nomination.status == NominationStatus.DRAFT


def test_withdraw_until_close(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    submit(client, nomination, complete(round_))
    assert client.post(f"/nominations/{nomination.id}/withdraw").status_code == 302
    db.session.refresh(nomination)
    assert nomination.status == NominationStatus.WITHDRAWN and nomination.withdrawn_at
    assert client.post(f"/nominations/{nomination.id}/withdraw").status_code in (302, 409)


def test_another_nominators_nomination_is_404_and_logged(
    app, client, make_round, make_user, nominator
):
    round_ = make_round()
    nomination = create(client, round_)
    client.post("/auth/logout")
    other = make_user("other@example.org")
    login(client, other.email)
    for method, path in [
        ("get", f"/nominations/{nomination.id}"),
        ("get", f"/nominations/{nomination.id}/edit"),
        ("post", f"/nominations/{nomination.id}/edit"),
        ("post", f"/nominations/{nomination.id}/withdraw"),
        ("post", f"/nominations/{nomination.id}/attachments"),
    ]:
        assert getattr(client, method)(path).status_code == 404, path


def test_script_in_the_body_is_stored_as_text_and_shown_escaped(client, make_round, nominator):
    round_ = make_round()
    attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    nomination = create(client, round_, title=attack, q_summary=attack)
    for path in (
        f"/nominations/{nomination.id}",
        f"/nominations/{nomination.id}/edit",
        "/nominations/",
    ):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert nomination.title == attack  # kept as written


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x.example"])
def test_unsafe_website_is_refused(client, make_round, nominator, url):
    round_ = make_round()
    response = client.post(
        f"/nominations/new?round={round_.slug}", data={"nominee_website": url, "save": "y"}
    )
    assert response.status_code == 200 and b"web address" in response.data
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Nomination)) == 0


def test_country_code_that_does_not_exist_is_refused(client, make_round, nominator):
    round_ = make_round()
    response = client.post(
        f"/nominations/new?round={round_.slug}",
        data={"country": "XX", "title": "Kept", "save": "y"},
    )
    assert response.status_code == 200 and b"Not a valid choice" in response.data
    assert b"Kept" in response.data


def test_category_from_another_round_is_refused(client, make_round, nominator):
    round_, other = make_round(), make_round()
    nomination = create(client, round_)
    response = client.post(
        f"/nominations/{nomination.id}/edit",
        data={"category": str(other.categories[0].id), "save": "y"},
    )
    assert response.status_code == 200 and b"Not a valid choice" in response.data


def test_extra_fields_change_nothing(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    client.post(
        f"/nominations/{nomination.id}/edit",
        data={
            **complete(round_),
            "save": "y",
            "status": "eligible",
            "receipt_number": "X",
            "nominator_id": "999",
            "round_id": "999",
        },
    )
    db.session.refresh(nomination)
    assert nomination.status == NominationStatus.DRAFT and nomination.receipt_number is None
    assert nomination.nominator_id == nominator.id and nomination.round_id == round_.id


def upload(client, nomination, name, content):
    return client.post(
        f"/nominations/{nomination.id}/attachments",
        data={"file": (io.BytesIO(content), name)},
        content_type="multipart/form-data",
    )


def test_files_are_recognised_by_content_and_stored_under_random_names(
    app, client, make_round, nominator
):
    round_ = make_round()
    nomination = create(client, round_)
    for name, content in [("report.pdf", PDF), ("photo.png", PNG), ("letter.docx", docx_bytes())]:
        assert upload(client, nomination, name, content).status_code == 302
    files = db.session.scalars(sa.select(Attachment).order_by(Attachment.id)).all()
    assert [f.content_type for f in files] == [
        "application/pdf",
        "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
    import hashlib
    from pathlib import Path

    stored = Path(app.config["UPLOAD_DIR"]) / files[0].stored_name
    assert stored.read_bytes() == PDF and files[0].sha256 == hashlib.sha256(PDF).hexdigest()
    assert "static" not in str(stored) and len(files[0].stored_name) == 32
    response = client.get(f"/nominations/attachments/{files[0].id}")
    assert response.status_code == 200 and response.data == PDF
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_exe_renamed_pdf_is_refused(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    client.post(f"/nominations/{nomination.id}/attachments", follow_redirects=False)
    response = upload(client, nomination, "innocent.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "not a file of an allowed type" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Attachment)) == 0


def test_html_file_is_refused(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    upload(client, nomination, "page.pdf", b"<html><script>alert(1)</script></html>")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Attachment)) == 0


def test_sixth_file_is_refused(client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    for i in range(5):
        upload(client, nomination, f"f{i}.pdf", PDF)
    response = upload(client, nomination, "sixth.pdf", PDF)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "at most 5 files" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Attachment)) == 5


def test_file_over_the_rounds_limit_is_refused_with_a_message(client, make_round, nominator):
    round_ = make_round(max_attachment_mb=1)
    nomination = create(client, round_)
    response = upload(client, nomination, "big.pdf", PDF + b"0" * (1024 * 1024))
    assert "larger than 1 MB" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Attachment)) == 0


@pytest.mark.parametrize("megabytes", [20, 50])
def test_huge_upload_gets_the_413_page(client, make_round, nominator, megabytes):
    round_ = make_round()
    nomination = create(client, round_)
    response = upload(client, nomination, "huge.pdf", PDF + b"0" * (megabytes * 1024 * 1024))
    assert response.status_code == 413 and b"File too large" in response.data
    assert db.session.get(Nomination, nomination.id).status == NominationStatus.DRAFT


def test_path_traversal_name_is_only_a_display_name(app, client, make_round, nominator):
    round_ = make_round()
    nomination = create(client, round_)
    upload(client, nomination, "../../etc/passwd.pdf", PDF)
    attachment = db.session.scalar(sa.select(Attachment))
    assert attachment.original_name == "passwd.pdf" and "/" not in attachment.stored_name


def test_files_download_only_for_nominator_secretariat_and_assigned_reviewer(
    app, client, make_round, make_user, nominator
):
    from award.models import Assignment, ConflictOfInterest, ConflictSource, Role

    round_ = make_round()
    nomination = create(client, round_)
    upload(client, nomination, "report.pdf", PDF)
    submit(client, nomination, complete(round_))
    attachment = db.session.scalar(sa.select(Attachment))
    url = f"/nominations/attachments/{attachment.id}"
    assigned = make_user("assigned@example.org", roles=(Role.REVIEWER,))
    conflicted = make_user("conflicted@example.org", roles=(Role.REVIEWER,))
    stranger = make_user("stranger@example.org", roles=(Role.REVIEWER,))
    secretariat = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    for reviewer in (assigned, conflicted):
        db.session.add(Assignment(stage=round_.stages[0], nomination=nomination, reviewer=reviewer))
    db.session.add(
        ConflictOfInterest(
            nomination=nomination,
            reviewer=conflicted,
            source=ConflictSource.DECLARED,
            reason="my former employer",
        )
    )
    db.session.commit()
    expected = {assigned: 200, secretariat: 200, conflicted: 404, stranger: 404}
    for user, code in expected.items():
        browser = app.test_client()
        login(browser, user.email)
        assert browser.get(url).status_code == code, user.email
    assert app.test_client().get(url).status_code == 302  # signed out: sign in first
    denials = db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    assert denials >= 1


def test_closed_call_shows_a_notice_and_no_nominate_button(client, make_round):
    round_ = make_round(closes=utcnow() - timedelta(minutes=1))
    page = client.get(f"/calls/{round_.slug}").get_data(as_text=True)
    assert "This call is closed" in page and "Nominate</a>" not in page
    open_round = make_round()
    page = client.get(f"/calls/{open_round.slug}").get_data(as_text=True)
    assert "Nominate</a>" in page and "Innovation" in page and "40%" in page


def test_list_shows_status_and_time_left(client, make_round, nominator):
    round_ = make_round()
    draft = create(client, round_, title="My draft")
    page = client.get("/nominations/").get_data(as_text=True)
    assert "My draft" in page and "draft" in page and "days" in page
    round_.phase = round_.phase.REVIEW
    round_.nominations_close_at = utcnow() - timedelta(days=1)
    db.session.commit()
    assert "read-only" in client.get("/nominations/").get_data(as_text=True)
    assert draft.id


def test_blind_round_reviewer_downloads_under_a_neutral_name(
    app, client, make_round, make_user, nominator
):
    from award.models import Assignment, Role

    round_ = make_round(blind_review=True)
    nomination = create(client, round_)
    upload(client, nomination, "Dr Amara Okafor - CV.pdf", PDF)
    submit(client, nomination, complete(round_))
    attachment = db.session.scalar(sa.select(Attachment))
    reviewer = make_user("rev@example.org", roles=(Role.REVIEWER,))
    db.session.add(Assignment(stage=round_.stages[0], nomination=nomination, reviewer=reviewer))
    db.session.commit()
    own = client.get(f"/nominations/attachments/{attachment.id}")
    assert "Okafor" in own.headers["Content-Disposition"]
    browser = app.test_client()
    login(browser, reviewer.email)
    blind = browser.get(f"/nominations/attachments/{attachment.id}")
    assert blind.status_code == 200 and blind.data == PDF
    assert "Okafor" not in blind.headers["Content-Disposition"]
    assert f"attachment-{attachment.id}.pdf" in blind.headers["Content-Disposition"]
