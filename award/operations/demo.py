"""The demo: three rounds of the Innovations in Health Worker Migration Award, seeded once."""

import random
from datetime import timedelta

import sqlalchemy as sa

from award import demo_data as data
from award.database import utcnow
from award.extensions import db
from award.models import (
    Answer,
    Category,
    Decision,
    DecisionKind,
    LinkKind,
    Nomination,
    NominationCountry,
    NominationStatus,
    NominationTheme,
    NominationVersion,
    NomineeKind,
    Phase,
    Recommendation,
    Review,
    ReviewerExpertise,
    ReviewerLanguage,
    ReviewStatus,
    Role,
    Round,
    RoundReviewer,
    Score,
    Side,
    User,
)
from award.operations import accounts
from award.operations.assignments import active_assignments, run_assignment
from award.operations.conflicts import detect_conflicts
from award.operations.nominations import receipt_number, snapshot
from award.operations.rounds import add_standard_form

SLUG = "hwm-award-{year}"


def demo_logins() -> list[tuple[str, str, str]]:
    people = [("secretariat", p["email"]) for p in data.SECRETARIAT]
    people += [("reviewer", p["email"]) for p in data.REVIEWERS[:4]]
    people += [("nominator", p["email"]) for p in data.NOMINATORS[:3]]
    return [(role, email, data.DEMO_PASSWORD) for role, email in people]


def seed_demo(now=None) -> bool:
    """Create the demo unless it is there. Returns whether anything was created."""
    now = now or utcnow()
    year = now.year
    if db.session.scalar(sa.select(Round.id).where(Round.slug == SLUG.format(year=year))):
        return False
    people = _people()
    rng = random.Random(2026)  # noqa: S311 - the same demo, not for security  # nosec B311
    previous = _round(
        year - 1,
        Phase.ANNOUNCED,
        now - timedelta(days=400),
        now - timedelta(days=300),
        now - timedelta(days=250),
        announced_at=now - timedelta(days=200),
        closed_at=now - timedelta(days=210),
    )
    current = _round(
        year,
        Phase.REVIEW,
        now - timedelta(days=120),
        now - timedelta(days=30),
        now + timedelta(days=14),
    )
    upcoming = _round(
        year + 1,
        Phase.OPEN,
        now - timedelta(days=10),
        now + timedelta(days=60),
        now + timedelta(days=120),
    )
    for round_, key in ((previous, "previous"), (current, "current"), (upcoming, "next")):
        nominations = [
            _nomination(round_, spec, people, n)
            for n, spec in enumerate(data.NOMINATIONS[key], start=1)
        ]
        db.session.flush()
        if round_.phase in (Phase.REVIEW, Phase.ANNOUNCED):
            _members(round_, people)
            share = 1.0 if round_.phase == Phase.ANNOUNCED else 0.55
            _judge(round_, nominations, people, rng, share, now)
    _decisions(previous, people)
    return True


def _people() -> dict[str, User]:
    people: dict[str, User] = {}
    for spec, roles in (
        [(p, (Role.SECRETARIAT,)) for p in data.SECRETARIAT]
        + [(p, (Role.REVIEWER,)) for p in data.REVIEWERS]
        + [(p, (Role.NOMINATOR,)) for p in data.NOMINATORS]
    ):
        user = accounts.find_user(spec["email"])
        if user is None:
            user = accounts.create_user(
                spec["email"],
                spec["name"],
                data.DEMO_PASSWORD,
                roles=roles,
                verified=True,
                organisation=spec.get("organisation", ""),
                country=spec.get("country"),
                language=spec.get("language", "en"),
                timezone=spec.get("timezone", "UTC"),
                side=Side(spec["side"]) if spec.get("side") else None,
            )
            for tag in spec.get("expertise", []):
                user.expertise.append(ReviewerExpertise(tag=tag))
            for lang in spec.get("languages", []):
                user.languages.append(ReviewerLanguage(language=lang))
        people[spec["email"]] = user
    db.session.flush()
    return people


def _round(year: int, phase: Phase, opens, closes, review_deadline, **extra) -> Round:
    round_ = Round(
        name=f"Innovations in Health Worker Migration Award {year}",
        slug=SLUG.format(year=year),
        year=year,
        phase=phase,
        timezone="America/New_York",
        description=(
            "The Health Worker Migration Global Policy Advisory Council recognises innovative "
            "policies and practices that address the challenges of health worker migration, in "
            "line with the ethical principles of the WHO Global Code of Practice on the "
            "International Recruitment of Health Personnel. Nominations may come from "
            "governments, employers, professional associations, academia, civil society and "
            "health workers themselves, in countries that send and countries that receive "
            "health workers."
        ),
        eligibility=(
            "Innovations that have run for at least one year and can show results. Any person "
            "or organisation may nominate, including themselves. Council members may nominate "
            "but never review a nomination they made or one from their own organisation."
        ),
        nominations_open_at=opens,
        nominations_close_at=closes,
        review_deadline=review_deadline,
        reviewers_per_nomination=3,
        reviewer_load_cap=14,
        **extra,
    )
    for position, spec in enumerate(data.CATEGORIES):
        round_.categories.append(Category(position=position, **spec))
    add_standard_form(round_)
    if phase not in (Phase.DRAFT, Phase.OPEN):
        round_.stages[0].rubric_locked_at = closes
    db.session.add(round_)
    db.session.flush()
    return round_


def _nomination(round_: Round, spec: dict, people: dict[str, User], n: int) -> Nomination:
    categories = {c.slug: c for c in round_.categories}
    questions = {q.key: q for q in round_.questions}
    submitted = spec.get("status", "submitted") == "submitted"
    eligible = spec.get("eligible")
    status = NominationStatus.DRAFT
    if submitted:
        status = {True: NominationStatus.ELIGIBLE, False: NominationStatus.INELIGIBLE}.get(
            eligible, NominationStatus.SUBMITTED
        )
    submitted_at = round_.nominations_open_at + timedelta(days=3 + n)
    nomination = Nomination(
        round=round_,
        nominator=people[spec["nominator"]],
        category=categories[spec["category"]],
        title=spec["title"],
        nominee_kind=NomineeKind(spec["nominee_kind"]),
        nominee_name=spec["nominee_name"],
        nominee_organisation=spec.get("nominee_organisation", ""),
        nominee_email=spec.get("nominee_email", ""),
        nominee_website=spec.get("nominee_website", ""),
        country=spec["country"],
        link_kind=LinkKind(spec["link_kind"]),
        language=spec.get("language", "en"),
        consent_showcase=spec.get("consent_showcase"),
        screening_reason=spec.get("ineligible_reason", ""),
    )
    nomination.linked_countries = [NominationCountry(country=c) for c in spec["linked_countries"]]
    nomination.themes = [NominationTheme(tag=t) for t in spec.get("themes", [])]
    nomination.answers = [
        Answer(question=questions[key], value=value)
        for key, value in spec["answers"].items()
        if key in questions
    ]
    db.session.add(nomination)
    if submitted:
        db.session.flush()  # the receipt number needs the id; the database wants it on submit
        nomination.receipt_number = receipt_number(nomination)
        nomination.submitted_at = submitted_at
        if eligible is not None:
            nomination.screened_at = submitted_at + timedelta(days=20)
        nomination.status = status
        nomination.versions.append(NominationVersion(number=1, data=snapshot(nomination)))
    return nomination


def _members(round_: Round, people: dict[str, User]) -> None:
    for spec in data.REVIEWERS:
        db.session.add(RoundReviewer(round=round_, user=people[spec["email"]]))


def _judge(round_, nominations, people, rng: random.Random, share: float, now) -> None:
    """The round's real pipeline: detect conflicts, assign optimally, then reviews for a share of
    the assignments, from nominations of varied quality and reviewers of varied severity."""
    stage = round_.stages[0]
    secretariat = people[data.SECRETARIAT[0]["email"]]
    detect_conflicts(round_)
    run_assignment(stage, secretariat, now, notify=False)
    quality = {n.id: rng.gauss(0, 0.8) for n in nominations}
    harshness = {spec["email"]: rng.gauss(0, 0.4) for spec in data.REVIEWERS}
    for assignment in active_assignments(stage):
        if rng.random() < share:
            merit = quality[assignment.nomination_id] + harshness[assignment.reviewer.email]
            submitted = rng.random() < 0.85 or share == 1.0
            _review(assignment, stage, merit, rng, now, submitted=submitted)


def _review(assignment, stage, merit: float, rng, now, submitted: bool) -> None:
    review = Review(assignment=assignment)
    weighted = 0.0
    total_weight = sum(c.weight for c in stage.criteria)
    for criterion in stage.criteria:
        value = round(3 + merit + rng.gauss(0, 0.7))
        value = max(criterion.scale_min, min(criterion.scale_max, value))
        review.scores.append(Score(criterion=criterion, value=value, comment=""))
        span = criterion.scale_max - criterion.scale_min
        weighted += criterion.weight * (value - criterion.scale_min) / span
    review.total = round(100 * weighted / total_weight, 2)
    review.recommendation = (
        Recommendation.STRONGLY_SUPPORT
        if review.total >= 75
        else Recommendation.SUPPORT
        if review.total >= 55
        else Recommendation.NEUTRAL
        if review.total >= 40
        else Recommendation.DO_NOT_SUPPORT
    )
    review.confidence = rng.randint(2, 5)
    review.overall_comment = (
        "A well-documented initiative with clear benefits for both sending and receiving countries."
        if review.total >= 55
        else "Promising, but the evidence of impact is thin and the model depends on one funder."
    )
    if submitted:
        review.status = ReviewStatus.SUBMITTED
        review.submitted_at = now - timedelta(days=rng.randint(1, 20))
    db.session.add(review)


def _decisions(round_: Round, people) -> None:
    by_title = {
        n.title: n
        for n in db.session.scalars(sa.select(Nomination).where(Nomination.round_id == round_.id))
    }
    secretariat = people[data.SECRETARIAT[0]["email"]]
    for position, spec in enumerate(data.PREVIOUS_DECISIONS):
        nomination = by_title[spec["title"]]
        db.session.add(
            Decision(
                round_id=round_.id,
                category_id=nomination.category_id,
                nomination=nomination,
                kind=DecisionKind(spec["kind"]),
                citation=spec["citation"],
                position=position,
                decided_by_id=secretariat.id,
                decided_at=round_.closed_at,
            )
        )
