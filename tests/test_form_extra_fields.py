"""Fields a form does not have, added by hand to a POST (RELIABILITY 20): `status=winner`,
`round_id`, `nominator_id`, `role=admin`... change nothing and are logged on award.security, by
the forms' common base (award/forms.py); the form's own fields alone log nothing. Shown on the
nomination, review and profile forms."""

import logging

import pytest
import sqlalchemy as sa

from award.extensions import db
from award.models import Nomination, NominationStatus, Review, ReviewStatus, Role, User
from tests.conftest import login
from tests.test_council import reviewer, round_, secretariat  # noqa: F401  (fixtures)
from tests.test_nominations import complete, create
from tests.test_reviews import form, setting  # noqa: F401  (fixture)
from tests.test_reviews import url as review_url

EXTRA = {
    "status": "winner",
    "round_id": "999",
    "nominator_id": "999",
    "reviewer_id": "999",
    "user_id": "999",
    "role": "admin",
    "roles": "secretariat",
    "is_admin": "1",
}


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.WARNING, logger="award.security")

    def unexpected() -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "award.security" and "unexpected form fields" in r.getMessage()
        ]

    return unexpected


def assert_logged(lines: list[str], path: str, user: User) -> None:
    [line] = lines
    assert all(f"'{name}'" in line for name in EXTRA), line
    assert f"user {user.id} on POST {path}" in line


def test_the_nomination_form_ignores_and_logs_extra_fields(
    client, make_round, make_user, security_log
):
    nominator = make_user("nom@example.org")
    login(client, nominator.email)
    call, other = make_round(), make_round()
    nomination = create(client, call)
    path = f"/nominations/{nomination.id}/edit"
    client.post(path, data={**complete(call), "save": "y"})
    assert security_log() == []  # the form's own fields
    client.post(path, data={**complete(call), "save": "y", **EXTRA, "round_id": other.id})
    assert_logged(security_log(), path, nominator)
    db.session.expire_all()
    nomination = db.session.get(Nomination, nomination.id)
    assert nomination.status == NominationStatus.DRAFT
    assert (nomination.round_id, nomination.nominator_id) == (call.id, nominator.id)
    assert db.session.get(User, nominator.id).role_names == ["nominator"]


def test_the_review_form_ignores_and_logs_extra_fields(setting, client, security_log):  # noqa: F811
    s = setting
    path = review_url(s.mine)
    client.post(path, data=form(s, **{f"score_{s.impact.id}": "3"}))
    assert security_log() == []
    client.post(
        path,
        data=form(
            s,
            2,
            **{f"score_{s.impact.id}": "4"},
            **EXTRA,
            total="100",
            version_id="1",
            submitted="y",
        ),
    )
    [line] = security_log()
    assert all(f"'{name}'" in line for name in [*EXTRA, "total", "version_id", "submitted"])
    assert f"user {s.me.id} on POST {path}" in line
    db.session.expire_all()
    review = db.session.scalar(sa.select(Review).where(Review.assignment_id == s.mine.id))
    assert review.status == ReviewStatus.DRAFT and review.total != 100
    assert review.assignment.reviewer_id == s.me.id and review.version == 3
    assert [sc.value for sc in review.scores] == [4]  # the real field was saved


def test_the_profile_form_ignores_and_logs_extra_fields(
    client,
    auth,
    round_,  # noqa: F811
    reviewer,  # noqa: F811
    security_log,
):
    auth.login(reviewer)
    data = {
        "name": "Rui Costa",
        "organisation": "Ordem dos Enfermeiros",
        "country": "PT",
        "side": "receiving",
        "expertise": ["nursing"],
        "languages": ["pt"],
        f"load_cap_{round_.id}": "4",
    }
    assert client.post("/review/profile", data=data).status_code == 302
    assert security_log() == []
    response = client.post(
        "/review/profile", data={**data, **EXTRA, "email": "admin@award.example", "active": "0"}
    )
    assert response.status_code == 302
    [line] = security_log()
    assert all(f"'{name}'" in line for name in [*EXTRA, "email", "active"])
    db.session.expire_all()
    user = db.session.get(User, reviewer.id)
    assert user.role_names == ["reviewer"] and not user.has_role(Role.SECRETARIAT)
    assert user.email == "rev@example.org" and user.active


def test_a_flood_of_invented_fields_logs_one_short_line(
    client, make_round, make_user, security_log
):
    login(client, make_user("nom@example.org").email)
    call = make_round()
    nomination = create(client, call)
    junk = {f"field_{i}\nfake log line": "x" for i in range(500)}
    client.post(f"/nominations/{nomination.id}/edit", data={**complete(call), **junk})
    [line] = security_log()
    assert len(line) < 2500 and "\n" not in line
