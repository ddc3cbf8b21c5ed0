"""The secretariat's screening: the nominations table, eligibility, requests for information,
possible duplicates, and who may do any of it."""

import itertools
import random
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.models import (
    Answer,
    Attachment,
    AuditEvent,
    Category,
    Nomination,
    NominationStatus,
    NominationVersion,
    OutboxMessage,
    Phase,
    Question,
    Role,
    Round,
)
from award.operations import screening
from award.operations.duplicates import duplicate_pairs, normalise, possible_duplicates

TZ = "America/Sao_Paulo"  # UTC-3 all year: a local time converts to UTC the same way any day
receipts = itertools.count(1)


# --- a small local factory --------------------------------------------------------------------


def make_round(name="Health Worker Migration Award 2026", **fields) -> Round:
    now = utcnow()
    round_ = Round(
        name=name,
        slug=fields.pop("slug", f"round-{next(receipts)}"),
        phase=fields.pop("phase", Phase.SCREENING),
        timezone=TZ,
        nominations_open_at=now - timedelta(days=60),
        nominations_close_at=now - timedelta(days=1),
        review_deadline=now + timedelta(days=30),
        **fields,
    )
    round_.categories = [
        Category(slug="ethical-recruitment", name="Ethical recruitment", position=0),
        Category(slug="retention-return", name="Retention and return", position=1),
    ]
    db.session.add(round_)
    db.session.flush()
    return round_


def make_nomination(round_, nominator, status=NominationStatus.SUBMITTED, **fields) -> Nomination:
    number = next(receipts)
    if status != NominationStatus.DRAFT:
        fields.setdefault("receipt_number", f"HWM-2026-{number:05d}")
        fields.setdefault("submitted_at", utcnow() - timedelta(hours=number))
    if status == NominationStatus.WITHDRAWN:
        fields.setdefault("withdrawn_at", utcnow())
    if status in (NominationStatus.ELIGIBLE, NominationStatus.INELIGIBLE):
        fields.setdefault("screened_at", utcnow())
    nomination = Nomination(
        round=round_,
        nominator=nominator,
        status=status,
        title=fields.pop("title", f"Innovation number {number}"),
        nominee_name=fields.pop("nominee_name", ""),
        category=fields.pop("category", round_.categories[0]),
        country=fields.pop("country", "GH"),
        **fields,
    )
    db.session.add(nomination)
    db.session.flush()
    return nomination


@pytest.fixture
def people(make_user):
    class People:
        secretariat = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
        nominator = make_user("nom@example.org", name="Kofi Mensah")
        other = make_user("other@example.org", name="Ama Owusu")
        reviewer = make_user("rev@example.org", roles=(Role.REVIEWER,))

    return People


@pytest.fixture
def as_secretariat(people, auth):
    auth.login(people.secretariat)
    return people.secretariat


def mails(kind=None) -> list[OutboxMessage]:
    query = sa.select(OutboxMessage).order_by(OutboxMessage.id)
    if kind:
        query = query.where(OutboxMessage.kind == kind)
    return db.session.scalars(query).all()


def screening_events(nomination) -> list[AuditEvent]:
    return db.session.scalars(
        sa.select(AuditEvent)
        .where(
            AuditEvent.object_type == "nomination",
            AuditEvent.object_id == nomination.id,
            AuditEvent.action.in_(["nomination.screened", "nomination.info_requested"]),
        )
        .order_by(AuditEvent.id)
    ).all()


@contextmanager
def counting_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().split(" ", 1)[0].upper() in {"SELECT", "INSERT", "UPDATE", "DELETE"}:
            statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)


# --- eligibility --------------------------------------------------------------------------------


def test_marking_eligible_emails_the_nominator_once_and_is_audited(client, people, as_secretariat):
    nomination = make_nomination(make_round(), people.nominator, title="Nurses home fund")
    db.session.commit()
    url = f"/secretariat/nominations/{nomination.id}/eligible"
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302  # pressed twice: nothing more happens

    assert nomination.status == NominationStatus.ELIGIBLE and nomination.screened_at is not None
    (mail,) = mails()
    assert mail.kind == "screening_eligible" and mail.to_email == "nom@example.org"
    assert "Nurses home fund" in mail.subject
    assert nomination.receipt_number in mail.body_text
    assert "http://localhost/nominations/" in mail.body_text
    (event,) = screening_events(nomination)
    assert event.action == "nomination.screened" and event.actor_id == people.secretariat.id
    assert event.data["from_status"] == "submitted" and event.data["to_status"] == "eligible"


def test_marking_ineligible_tells_the_nominator_why(client, people, as_secretariat):
    nomination = make_nomination(make_round(), people.nominator)
    db.session.commit()
    reason = "The innovation started after the eligibility window."
    url = f"/secretariat/nominations/{nomination.id}/ineligible"
    response = client.post(url, data={"reason": reason}, follow_redirects=True)
    assert b"Marked ineligible" in response.data
    client.post(url, data={"reason": reason})  # the same again: no second e-mail

    assert nomination.status == NominationStatus.INELIGIBLE
    assert nomination.screening_reason == reason and nomination.screened_at is not None
    (mail,) = mails()
    assert mail.kind == "screening_ineligible" and reason in mail.body_text
    (event,) = screening_events(nomination)
    assert event.data == {"from_status": "submitted", "to_status": "ineligible", "reason": reason}


def test_ineligible_without_a_reason_is_refused(client, people, as_secretariat):
    nomination = make_nomination(make_round(), people.nominator)
    db.session.commit()
    response = client.post(
        f"/secretariat/nominations/{nomination.id}/ineligible", data={"reason": "   "}
    )
    assert response.status_code == 400
    assert b"Give the reason" in response.data
    assert nomination.status == NominationStatus.SUBMITTED
    assert mails() == [] and screening_events(nomination) == []
    with pytest.raises(DomainError, match="Give the reason"):
        screening.mark_ineligible(nomination, people.secretariat, " ")


def test_a_later_different_outcome_sends_a_new_email(app, people):
    nomination = make_nomination(make_round(), people.nominator)
    assert screening.mark_eligible(nomination, people.secretariat)
    db.session.commit()
    assert screening.mark_ineligible(nomination, people.secretariat, "Not an innovation.")
    db.session.commit()
    assert screening.mark_eligible(nomination, people.secretariat)
    db.session.commit()
    assert not screening.mark_eligible(nomination, people.secretariat)
    db.session.commit()
    assert [m.kind for m in mails()] == [
        "screening_eligible",
        "screening_ineligible",
        "screening_eligible",
    ]
    assert [e.data["to_status"] for e in screening_events(nomination)] == [
        "eligible",
        "ineligible",
        "eligible",
    ]
    assert nomination.screening_reason == ""


@pytest.mark.parametrize(
    ("status", "message"),
    [(NominationStatus.DRAFT, "still a draft"), (NominationStatus.WITHDRAWN, "was withdrawn")],
)
def test_drafts_and_withdrawn_nominations_cannot_be_screened(app, people, status, message):
    nomination = make_nomination(make_round(), people.nominator, status=status)
    until = utcnow() + timedelta(days=3)
    for attempt in (
        lambda: screening.mark_eligible(nomination, people.secretariat),
        lambda: screening.mark_ineligible(nomination, people.secretariat, "No."),
        lambda: screening.request_information(nomination, people.secretariat, "More?", until),
    ):
        with pytest.raises(StateConflict, match=message):
            attempt()
    assert nomination.status == status
    assert mails() == [] and screening_events(nomination) == []


def test_a_withdrawn_nomination_shows_why_it_cannot_be_screened(client, people, as_secretariat):
    nomination = make_nomination(make_round(), people.nominator, status=NominationStatus.WITHDRAWN)
    draft = make_nomination(nomination.round, people.nominator, status=NominationStatus.DRAFT)
    db.session.commit()
    response = client.post(f"/secretariat/nominations/{nomination.id}/eligible")
    assert response.status_code == 409
    assert b"was withdrawn by its nominator" in response.data
    page = client.get(f"/secretariat/nominations/{nomination.id}")
    assert b"cannot be screened" in page.data and b"Mark eligible" not in page.data
    # A draft is the nominator's private work: to the secretariat it does not exist.
    assert client.get(f"/secretariat/nominations/{draft.id}").status_code == 404
    assert client.post(f"/secretariat/nominations/{draft.id}/eligible").status_code == 404
    assert nomination.status == NominationStatus.WITHDRAWN and mails() == []


# --- requests for information -------------------------------------------------------------------


def local_in_round(days: int) -> tuple[str, datetime]:
    """A date `days` ahead as typed in the round's time zone, and the same moment in UTC."""
    local = (utcnow() + timedelta(days=days)).astimezone(ZoneInfo(TZ))
    local = local.replace(second=0, microsecond=0)
    return local.strftime("%Y-%m-%dT%H:%M"), local.astimezone(UTC)


def test_asking_for_information_reopens_the_nomination_until_a_date(client, people, as_secretariat):
    nomination = make_nomination(make_round(), people.nominator, title="Twinning hospitals")
    db.session.commit()
    typed, expected = local_in_round(10)
    url = f"/secretariat/nominations/{nomination.id}/request-information"
    data = {"message": "Please attach the evaluation report.", "until": typed}
    response = client.post(url, data=data, follow_redirects=True)
    assert b"open to its nominator again" in response.data
    client.post(url, data=data)  # the same request twice: one e-mail

    assert nomination.status == NominationStatus.INFO_REQUESTED
    assert nomination.info_requested_until == expected
    assert expected.utcoffset() == timedelta(0)
    (mail,) = mails()
    assert mail.kind == "information_requested"
    assert "Please attach the evaluation report." in mail.body_text
    assert "Twinning hospitals" in mail.body_text and nomination.receipt_number in mail.body_text
    # The date in the e-mail is in the round's time zone, as typed.
    local = expected.astimezone(ZoneInfo(TZ))
    assert local.strftime("%-d %B %Y, %H:%M") in mail.body_text
    (event,) = screening_events(nomination)
    assert event.action == "nomination.info_requested"
    assert event.data["until"] == expected.isoformat()
    assert event.data["to_status"] == "info_requested"

    # A second, different request is a new e-mail; and screening closes the nomination again.
    typed, later = local_in_round(20)
    client.post(url, data={"message": "And the budget.", "until": typed})
    assert nomination.info_requested_until == later and len(mails()) == 2
    client.post(f"/secretariat/nominations/{nomination.id}/eligible")
    assert nomination.status == NominationStatus.ELIGIBLE
    assert nomination.info_requested_until is None and len(mails()) == 3


def test_a_request_for_information_needs_a_future_date_and_a_message(
    client, people, as_secretariat
):
    nomination = make_nomination(make_round(), people.nominator)
    db.session.commit()
    url = f"/secretariat/nominations/{nomination.id}/request-information"
    typed, _ = local_in_round(-1)
    response = client.post(url, data={"message": "More, please.", "until": typed})
    assert response.status_code == 400 and b"in the future" in response.data
    typed, _ = local_in_round(3)
    response = client.post(url, data={"message": "", "until": typed})
    assert response.status_code == 400 and b"Say what the nominator should add" in response.data
    assert nomination.status == NominationStatus.SUBMITTED and mails() == []
    with pytest.raises(DomainError, match="in the future"):
        screening.request_information(
            nomination, people.secretariat, "More", utcnow() - timedelta(minutes=1)
        )


# --- who may screen -----------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["nominator", "reviewer"])
def test_only_the_secretariat_may_open_or_use_the_screening_pages(client, people, auth, who):
    nomination = make_nomination(make_round(), people.nominator)
    db.session.commit()
    auth.login(getattr(people, who))
    round_id, nid = nomination.round_id, nomination.id
    for url in (
        f"/secretariat/rounds/{round_id}/nominations",
        f"/secretariat/rounds/{round_id}/duplicates",
        f"/secretariat/nominations/{nid}",
    ):
        assert client.get(url).status_code == 403, url
    until, _ = local_in_round(5)
    for action, data in (
        ("eligible", {}),
        ("ineligible", {"reason": "No."}),
        ("request-information", {"message": "More.", "until": until}),
    ):
        response = client.post(f"/secretariat/nominations/{nid}/{action}", data=data)
        assert response.status_code == 403, action
    assert nomination.status == NominationStatus.SUBMITTED
    assert mails() == [] and screening_events(nomination) == []


def test_signed_out_visitors_are_sent_to_sign_in(client, people):
    nomination = make_nomination(make_round(), people.nominator)
    db.session.commit()
    response = client.get(f"/secretariat/nominations/{nomination.id}")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    response = client.post(f"/secretariat/nominations/{nomination.id}/eligible")
    assert response.status_code == 302 and nomination.status == NominationStatus.SUBMITTED


# --- the nominations table ----------------------------------------------------------------------


def test_search_filters_and_paging(client, people, as_secretariat):
    round_ = make_round()
    retention = round_.categories[1]
    make_nomination(
        round_,
        people.nominator,
        title="Ghana Nurses Return Fund",
        nominee_name="Efua Asante",
        nominee_organisation="Korle Bu Teaching Hospital",
        receipt_number="HWM-2026-99999",
        country="GH",
        category=retention,
    )
    make_nomination(
        round_, people.other, title="Philippine 50% Bond", country="PH", category=retention
    )
    make_nomination(
        round_, people.other, title="Eligible already", status=NominationStatus.ELIGIBLE
    )
    make_nomination(round_, people.other, title="Secret draft", status=NominationStatus.DRAFT)
    for i in range(57):
        make_nomination(round_, people.other, title=f"Filler project {i:02d}", country="KE")
    make_nomination(make_round(name="Another round"), people.other, title="Other round's fund")
    db.session.commit()
    url = f"/secretariat/rounds/{round_.id}/nominations"

    def titles(**params) -> str:
        response = client.get(url, query_string=params)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    everything = titles()
    assert "60 submitted nominations match" in everything
    assert "1 draft is not submitted yet" in everything
    assert "Secret draft" not in everything and "Other round" not in everything
    for query in ("nurses RETURN", "efua", "korle bu", "99999"):
        page = titles(q=query)
        assert "Ghana Nurses Return Fund" in page and "Filler project" not in page, query
    assert "Philippine 50% Bond" in titles(q="50%")
    assert "1 submitted nomination matches" in titles(q="50%")  # % is a character, not a wildcard
    page = titles(category=retention.id)
    assert "Ghana Nurses" in page and "Philippine" in page and "Filler" not in page
    page = titles(country="PH")
    assert "Philippine" in page and "Ghana Nurses" not in page and "Philippines" in page
    page = titles(status="eligible")
    assert "Eligible already" in page and "Filler" not in page
    page = titles(status="draft")  # not a choice: the filter is dropped, drafts stay hidden
    assert "Secret draft" not in page and "Not a valid choice" in page

    # Paging: 50 a page, filters kept in the links.
    page = titles(country="KE")
    assert "57 submitted nominations match" in page and page.count("Filler project") == 50
    assert "country=KE" in page and "page=2" in page
    page = titles(country="KE", page=2)
    assert page.count("Filler project") == 7
    assert titles(page=99).count("Filler project") == 0  # past the end: an empty page, no error


def test_the_table_runs_the_same_queries_for_10_and_120_rows(client, people, as_secretariat):
    small, large = make_round(name="Small"), make_round(name="Large")
    for round_, count in ((small, 10), (large, 120)):
        for i in range(count):
            category = round_.categories[i % 2]
            make_nomination(round_, people.other, category=category, country=["GH", "PH"][i % 2])
    db.session.commit()
    client.get(f"/secretariat/rounds/{small.id}/nominations")  # warm up the connection pool

    counts = []
    for round_, params in ((small, {}), (large, {}), (large, {"page": 2, "country": "PH"})):
        with counting_queries() as statements:
            response = client.get(
                f"/secretariat/rounds/{round_.id}/nominations", query_string=params
            )
        assert response.status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1] == counts[2], counts
    print("queries per page:", counts[0])


@pytest.mark.slow
def test_a_round_of_ten_thousand_nominations_renders_quickly(client, people, as_secretariat):
    round_ = make_round()
    rng = random.Random(7)
    words = ["nurse", "midwife", "return", "fund", "diaspora", "training", "rural", "digital"]
    words += ["ethical", "recruitment", "bond", "twinning", "hospital", "network", "skills"]
    categories = [c.id for c in round_.categories]
    now = utcnow()
    rows = [
        {
            "round_id": round_.id,
            "nominator_id": people.other.id,
            "category_id": categories[i % 2],
            "status": NominationStatus.SUBMITTED if i % 7 else NominationStatus.DRAFT,
            "title": " ".join(rng.sample(words, 5)) + f" {i}",
            "nominee_name": f"Nominee {i}",
            "nominee_organisation": f"Organisation {i % 300}",
            "country": ["GH", "PH", "IN", "KE", "NG"][i % 5],
            "receipt_number": f"BULK-{i:06d}" if i % 7 else None,
            "submitted_at": now - timedelta(minutes=i) if i % 7 else None,
        }
        for i in range(10_000)
    ]
    db.session.execute(sa.insert(Nomination), rows)
    db.session.commit()
    url = f"/secretariat/rounds/{round_.id}/nominations"
    for params in ({}, {"q": "diaspora", "country": "KE", "status": "submitted", "page": 3}):
        started = time.perf_counter()
        response = client.get(url, query_string=params)
        elapsed = time.perf_counter() - started
        print(f"10,000 nominations, {params or 'page 1'}: {elapsed * 1000:.0f} ms")
        assert response.status_code == 200 and b"BULK-" in response.data
        assert elapsed < 5
    started = time.perf_counter()
    response = client.get(f"/secretariat/rounds/{round_.id}/duplicates")
    print(f"duplicates of 10,000 nominations: {time.perf_counter() - started:.1f} s")
    assert response.status_code == 200


# --- the nomination page ------------------------------------------------------------------------


def test_the_nomination_page_shows_what_was_submitted(client, people, as_secretariat):
    round_ = make_round()
    question = Question(round=round_, key="summary", label="Short summary", position=0)
    db.session.add(question)
    nomination = make_nomination(
        round_,
        people.nominator,
        title="Diaspora Doctors Teleconsultation Network",
        nominee_website="javascript:alert(1)",
    )
    nomination.answers = [Answer(question=question, value="Doctors abroad advise rural clinics.")]
    nomination.attachments = [
        Attachment(
            original_name="evaluation.pdf",
            stored_name="a" * 32,
            content_type="application/pdf",
            size_bytes=2048,
            sha256="f" * 64,
        )
    ]
    nomination.versions = [
        NominationVersion(number=1, data={"title": "Doctors network", "country": "GH"}),
        NominationVersion(number=2, data={"title": nomination.title, "country": "GH"}),
    ]
    make_nomination(round_, people.other, title="Diaspora doctors' tele-consultation network")
    db.session.commit()
    screening.mark_ineligible(nomination, people.secretariat, "Outside the call's scope.")
    db.session.commit()

    page = client.get(f"/secretariat/nominations/{nomination.id}").get_data(as_text=True)
    assert "Short summary" in page and "Doctors abroad advise rural clinics." in page
    assert "evaluation.pdf" in page and "2.0 kB" in page and "f" * 64 in page
    assert "Version 1" in page and "Version 2" in page
    assert "Changed in the last version: title" in page
    assert "submitted &rarr; ineligible" in page or "submitted → ineligible" in page
    assert "Outside the call&#39;s scope." in page
    assert "Possible duplicates in this round" in page
    assert "Diaspora doctors&#39; tele-consultation network" in page
    assert 'href="javascript:' not in page
    assert "Kofi Mensah" in page  # the secretariat sees who nominated


# --- duplicates ---------------------------------------------------------------------------------


def test_duplicates_are_found_whatever_the_case_accents_or_punctuation(
    client, people, as_secretariat
):
    round_ = make_round()
    first = make_nomination(
        round_, people.nominator, title="Diaspora Doctors Teleconsultation Network"
    )
    second = make_nomination(
        round_, people.other, title="Diaspora doctors' tele-consultation network"
    )
    unrelated = make_nomination(round_, people.other, title="Ghana Nurses Return Fund")
    same_nominee = make_nomination(
        round_, people.other, title="Community health academy", nominee_name="José Ramírez-Núñez"
    )
    renamed = make_nomination(
        round_,
        people.nominator,
        title="Return bonds for midwives",
        nominee_name="Ramirez Nunez, Jose",
    )
    make_nomination(
        round_,
        people.other,
        title="Diaspora Doctors Teleconsultation Network",
        status=NominationStatus.WITHDRAWN,
    )
    make_nomination(make_round(name="Other"), people.other, title=first.title)
    draft = make_nomination(
        round_, people.other, title="Diaspora doctors teleconsultation", status="draft"
    )
    db.session.commit()

    assert normalise(first.title) == normalise(second.title)
    (match,) = possible_duplicates(first, include_drafts=False)
    assert match.nomination == second and match.field == "title" and match.score >= 85
    assert match.title == second.title
    assert [m.nomination for m in possible_duplicates(first)] == [second, draft]
    assert possible_duplicates(unrelated) == []
    (match,) = possible_duplicates(same_nominee)
    assert match.nomination == renamed and match.field == "nominee_name"

    pairs = duplicate_pairs(round_)
    assert {(a.id, b.id, field) for a, b, field, _ in pairs} == {
        (first.id, second.id, "title"),
        (same_nominee.id, renamed.id, "nominee_name"),
    }
    page = client.get(f"/secretariat/rounds/{round_.id}/duplicates").get_data(as_text=True)
    assert "Diaspora doctors&#39; tele-consultation network" in page
    assert "Ghana Nurses Return Fund" not in page


def test_a_nominator_sees_only_the_title_of_a_possible_duplicate(app, people):
    round_ = make_round()
    theirs = make_nomination(round_, people.other, title="Nurses Return Fund of Ghana")
    mine = make_nomination(
        round_, people.nominator, title="Ghana nurses return fund", status="draft"
    )
    (match,) = possible_duplicates(mine)
    assert match.title == theirs.title  # what the nominator's form shows; nothing else needed


# --- escaping -----------------------------------------------------------------------------------


def test_a_script_in_a_title_is_shown_as_text(client, people, as_secretariat):
    nomination = make_nomination(
        make_round(),
        people.nominator,
        title="<script>alert(1)</script>",
        nominee_name='"><img src=x onerror=alert(1)>',
    )
    db.session.commit()
    for url in (
        f"/secretariat/rounds/{nomination.round_id}/nominations",
        f"/secretariat/nominations/{nomination.id}",
    ):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
