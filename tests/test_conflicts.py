"""Conflicts of interest: detected with their reasons, declared, entered, and what they do."""

import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.labels import text
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    ConflictOfInterest,
    ConflictSource,
    Nomination,
    NominationStatus,
    Role,
    RoundReviewer,
)
from award.operations import conflicts


def nominate(round_, nominator, n=1, **fields):
    nomination = Nomination(
        round=round_,
        nominator=nominator,
        category=round_.categories[0],
        title=fields.pop("title", f"Innovation {n}"),
        nominee_name=fields.pop("nominee_name", f"Nominee {n}"),
        **fields,
    )
    db.session.add(nomination)
    db.session.flush()
    nomination.receipt_number = f"T-{nomination.id}"
    nomination.submitted_at = utcnow()
    nomination.status = NominationStatus.SUBMITTED
    db.session.commit()
    return nomination


def member(round_, user):
    db.session.add(RoundReviewer(round=round_, user=user))
    db.session.commit()
    return user


def reasons(nomination, reviewer):
    """Each source of conflict between them, with its reason as the page puts it (English)."""
    return {
        c.source: text(c.why)
        for c in db.session.scalars(
            sa.select(ConflictOfInterest).where(
                ConflictOfInterest.nomination_id == nomination.id,
                ConflictOfInterest.reviewer_id == reviewer.id,
            )
        )
    }


def test_organisation_names_are_compared_normalised():
    key = conflicts.organisation_key
    assert key("The Ministry of Health, Ghana") == key("ministry of health ghana")
    assert key("Ministère de la Santé") == key("Ministere Sante")
    assert key("Ghana Health Service") != key("Ghana Nurses Association")


def test_public_mail_providers_are_ignored():
    assert conflicts.email_domain("ana@gmail.com") == ""
    assert conflicts.email_domain("ana@Health.GH.example") == "health.gh.example"


def test_detection_finds_each_kind_with_its_reason(app, make_round, make_user):
    round_ = make_round(same_country_conflict=True)
    nominator = make_user("nom@ngo.example", organisation="Care Abroad NGO", country="KE")
    reviewer = member(
        round_,
        make_user(
            "rev@health.gh.example",
            roles=(Role.REVIEWER, Role.NOMINATOR),
            organisation="The Ministry of Health",
            country="GH",
        ),
    )
    free = member(
        round_,
        make_user(
            "free@uni.example",
            roles=(Role.REVIEWER,),
            organisation="University of Elsewhere",
            country="CA",
        ),
    )
    own = nominate(round_, reviewer, 1, country="BR")
    same_org = nominate(
        round_, nominator, 2, nominee_organisation="Ministry of Health", country="BR"
    )
    same_domain = nominate(
        round_, nominator, 3, nominee_email="lead@health.gh.example", country="BR"
    )
    same_country = nominate(round_, nominator, 4, country="GH")
    unrelated = nominate(round_, nominator, 5, country="BR", nominee_email="x@gmail.com")
    added = conflicts.detect_conflicts(round_)
    db.session.commit()
    assert ConflictSource.NOMINATOR in reasons(own, reviewer)  # with their own org and domain
    assert set(reasons(same_org, reviewer)) == {ConflictSource.ORGANISATION}
    assert "Ministry of Health" in reasons(same_org, reviewer)[ConflictSource.ORGANISATION]
    assert set(reasons(same_domain, reviewer)) == {ConflictSource.EMAIL_DOMAIN}
    assert set(reasons(same_country, reviewer)) == {ConflictSource.COUNTRY}
    assert reasons(unrelated, reviewer) == {} and all(
        reasons(n, free) == {} for n in (own, same_org, same_domain, same_country, unrelated)
    )
    assert added == 6
    assert conflicts.detect_conflicts(round_) == 0  # idempotent


def test_country_rule_is_a_per_round_switch(app, make_round, make_user):
    round_ = make_round(same_country_conflict=False)
    reviewer = member(round_, make_user("r@x.example", roles=(Role.REVIEWER,), country="GH"))
    nomination = nominate(round_, make_user("n@y.example"), country="GH")
    conflicts.detect_conflicts(round_)
    assert reasons(nomination, reviewer) == {}


def test_declared_conflict_after_assignment_removes_the_assignment_and_keeps_history(
    app, make_round, make_user
):
    round_ = make_round()
    reviewer = member(round_, make_user("r@x.example", roles=(Role.REVIEWER,)))
    nomination = nominate(round_, make_user("n@y.example"))
    db.session.add(Assignment(stage=round_.stages[0], nomination=nomination, reviewer=reviewer))
    db.session.commit()
    removed = conflicts.declare_conflict(
        reviewer, nomination, "I advised this project in 2024.", utcnow()
    )
    db.session.commit()
    assert len(removed) == 1 and removed[0].removed_at is not None
    assert removed[0].removed_reason == "I advised this project in 2024."  # as typed
    assert text(removed[0].removal) == "Conflict of interest: I advised this project in 2024."
    assert (
        db.session.scalar(
            sa.select(sa.func.count()).select_from(Assignment).where(ACTIVE_ASSIGNMENT)
        )
        == 0
    )
    assert (nomination.id, reviewer.id) in conflicts.conflicted_pairs(round_)


def test_a_declaration_needs_a_reason(app, make_round, make_user):
    import pytest

    from award.errors import DomainError

    round_ = make_round()
    reviewer = member(round_, make_user("r@x.example", roles=(Role.REVIEWER,)))
    nomination = nominate(round_, make_user("n@y.example"))
    with pytest.raises(DomainError, match="reason"):
        conflicts.declare_conflict(reviewer, nomination, "  ", utcnow())


def test_only_country_conflicts_are_soft(app, make_round, make_user):
    round_ = make_round(same_country_conflict=True)
    reviewer = member(round_, make_user("r@ministry.example", roles=(Role.REVIEWER,), country="GH"))
    nomination = nominate(round_, make_user("n@y.example"), country="GH")
    conflicts.detect_conflicts(round_)
    assert (nomination.id, reviewer.id) in conflicts.conflicted_pairs(round_)
    assert (nomination.id, reviewer.id) not in conflicts.conflicted_pairs(
        round_, include_soft=False
    )
