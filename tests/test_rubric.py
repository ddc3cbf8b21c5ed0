"""The rubric of a judging stage: the WHO Code template, criteria added, edited, moved and
deleted by the secretariat, weights shown as percentages, and the lock that holds the criteria
still once a review of the stage is submitted."""

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.errors import StateConflict
from award.extensions import db
from award.models import (
    Assignment,
    AuditEvent,
    Criterion,
    Nomination,
    NominationStatus,
    Review,
    ReviewStatus,
    Role,
    Stage,
    StageKind,
)
from award.operations import rubric
from award.operations.rubric import CriterionInput, InvalidCriterion
from award.rubric_templates import WHO_CODE_TEMPLATE

LOCKED = "The rubric is locked: a review has been submitted, so criteria can no longer change."


@pytest.fixture
def secretariat(make_user, auth):
    user = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    auth.login(user)
    return user


@pytest.fixture
def stage(make_round):
    """The first stage of an open round: "Innovation" (weight 40) and "Impact" (weight 60)."""
    return make_round().stages[0]


@pytest.fixture
def empty_stage(make_round):
    """A second, shortlist stage of a round, with no criteria yet."""
    round_ = make_round()
    stage = Stage(position=2, name="Shortlist", kind=StageKind.SHORTLIST)
    round_.stages.append(stage)
    db.session.commit()
    return stage


def criterion_data(name="Gender equity", **overrides) -> dict:
    data = {
        "name": name,
        "description": "Whether women health workers benefit as much as men.",
        "weight": "10",
        "scale_min": "1",
        "scale_max": "5",
        "shown_scale": "1-5",
        "descriptor_1": "Not considered.",
        "descriptor_5": "Measured and acted on.",
        "save": "Save criterion",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def names(stage: Stage) -> list[str]:
    db.session.expire_all()
    return [c.name for c in db.session.get(Stage, stage.id).criteria]


def snapshot(stage: Stage) -> list[tuple]:
    db.session.expire_all()
    return [
        (c.id, c.key, c.name, c.description, c.weight, c.scale_min, c.scale_max, c.descriptors,
         c.comment_required, c.position)
        for c in db.session.get(Stage, stage.id).criteria
    ]  # fmt: skip


def submit_a_review(stage: Stage, make_user) -> Review:
    nominator = make_user()
    reviewer = make_user(roles=(Role.REVIEWER,))
    nomination = Nomination(
        round_id=stage.round_id,
        nominator=nominator,
        status=NominationStatus.SUBMITTED,
        title="A fund that brings nurses home",
        receipt_number=f"HWM-2026-{stage.id:05d}",
        submitted_at=utcnow() - timedelta(days=3),
    )
    assignment = Assignment(stage=stage, nomination=nomination, reviewer=reviewer)
    review = Review(
        assignment=assignment, status=ReviewStatus.SUBMITTED, submitted_at=utcnow(), total=70.0
    )
    db.session.add(review)
    db.session.commit()
    return review


def error_beside(page: str, field: str) -> str:
    match = re.search(rf'id="{field}-error"[^>]*>([^<]*)<', page)
    assert match, f"no error beside {field}"
    return match.group(1).strip()


@contextmanager
def counting_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)


# --- the template and percentages -------------------------------------------------------------


def test_who_code_template_gives_five_criteria_whose_shares_sum_to_100(
    client, secretariat, empty_stage
):
    page = client.get(f"/secretariat/stages/{empty_stage.id}/rubric").get_data(as_text=True)
    assert "This rubric has no criteria yet." in page
    assert "Apply the WHO Global Code of Practice template" in page

    response = client.post(
        f"/secretariat/stages/{empty_stage.id}/rubric/template", data={"template": "who-code"}
    )
    assert response.status_code == 302

    stage = db.session.get(Stage, empty_stage.id)
    assert [c.key for c in stage.criteria] == [
        "innovation",
        "impact",
        "ethics",
        "scalability",
        "sustainability",
    ]
    assert all(
        len(c.descriptors) == 5 and (c.scale_min, c.scale_max) == (1, 5) for c in stage.criteria
    )
    assert [c.comment_required for c in stage.criteria] == [False, False, True, False, False]
    shares = rubric.percentages(stage)
    assert len(shares) == 5 and sum(shares.values()) == pytest.approx(100)

    page = client.get(f"/secretariat/stages/{stage.id}/rubric").get_data(as_text=True)
    assert "Ethical recruitment and mutuality of benefit" in page
    assert "20%" in page and "25%" in page and "15%" in page
    assert "Apply the WHO" not in page  # offered only for an empty rubric
    event = db.session.scalar(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.template_applied")
    )
    assert event.actor_id == secretariat.id and event.round_id == stage.round_id
    assert event.data["template"] == "who-code" and len(event.data["keys"]) == 5


def test_a_template_replaces_criteria_only_when_asked(app, stage, make_user):
    actor = make_user(roles=(Role.SECRETARIAT,))
    with pytest.raises(StateConflict):
        rubric.apply_template(stage, WHO_CODE_TEMPLATE, actor)
    assert [c.key for c in stage.criteria] == ["innovation", "impact"]

    rubric.apply_template(stage, WHO_CODE_TEMPLATE, actor, replace=True)
    db.session.commit()
    assert len(db.session.get(Stage, stage.id).criteria) == 5  # "innovation" key reused, no clash


def test_weights_2_1_1_show_as_50_25_25_percent(client, secretariat, empty_stage):
    for name, weight in [("Innovation", "2"), ("Impact", "1"), ("Ethics", "1")]:
        response = client.post(
            f"/secretariat/stages/{empty_stage.id}/criteria/new",
            data=criterion_data(name, weight=weight),
        )
        assert response.status_code == 302, response.get_data(as_text=True)

    stage = db.session.get(Stage, empty_stage.id)
    assert sorted(rubric.percentages(stage).values()) == [25.0, 25.0, 50.0]
    page = client.get(f"/secretariat/stages/{stage.id}/rubric").get_data(as_text=True)
    rows = re.findall(
        r'<a href="#criterion-\d+">([^<]+)</a></th>\s*<td[^>]*>([^<]+)</td><td[^>]*>([^<]+)</td>',
        page,
    )
    assert rows == [("Innovation", "2", "50%"), ("Impact", "1", "25%"), ("Ethics", "1", "25%")]


def test_uneven_shares_are_shown_to_one_decimal(client, secretariat, empty_stage):
    for name in ("One", "Two", "Three"):
        rubric.add_criterion(empty_stage, CriterionInput(name=name, weight=1), secretariat)
    db.session.commit()
    assert list(rubric.percentages(empty_stage).values()) == [pytest.approx(100 / 3)] * 3
    page = client.get(f"/secretariat/stages/{empty_stage.id}/rubric").get_data(as_text=True)
    assert page.count(">33.3%<") == 6  # in the weights table and beside each criterion's name


# --- adding, editing, moving, deleting ------------------------------------------------------


def test_adding_a_criterion_keeps_its_levels_and_derives_a_key(client, secretariat, stage):
    page = client.get(f"/secretariat/stages/{stage.id}/criteria/new").get_data(as_text=True)
    assert [f"descriptor_{n}" for n in range(1, 6)] == re.findall(r'name="(descriptor_\d+)"', page)
    assert '<label class="form-label" for="descriptor_1">Level 1 (lowest)</label>' in page

    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new",
        data=criterion_data("Équité de genre", comment_required="y"),
    )
    assert response.status_code == 302
    added = db.session.get(Stage, stage.id).criteria[-1]
    assert response.headers["Location"].endswith(
        f"/secretariat/stages/{stage.id}/rubric#criterion-{added.id}"
    )
    assert added.key == "equite_de_genre"
    assert added.position == 2 and added.weight == 10.0 and added.comment_required
    assert added.descriptors == {"1": "Not considered.", "5": "Measured and acted on."}
    event = db.session.scalar(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.criterion_added")
    )
    assert event.object_id == added.id and event.data["key"] == "equite_de_genre"
    assert event.round_id == stage.round_id


def test_a_second_criterion_of_the_same_name_gets_its_own_key(app, stage, make_user):
    actor = make_user(roles=(Role.SECRETARIAT,))
    first = rubric.add_criterion(stage, CriterionInput(name="Innovation!"), actor)
    second = rubric.add_criterion(stage, CriterionInput(name="innovation"), actor)
    assert (first.key, second.key) == ("innovation_2", "innovation_3")
    assert rubric.add_criterion(stage, CriterionInput(name="创新"), actor).key == "criterion"


def test_editing_a_criterion_saves_it_and_keeps_its_key(client, secretariat, stage):
    innovation = stage.criteria[0]
    page = client.get(f"/secretariat/criteria/{innovation.id}/edit").get_data(as_text=True)
    assert 'value="Innovation"' in page and 'value="40"' in page and "Not new</textarea>" in page

    response = client.post(
        f"/secretariat/criteria/{innovation.id}/edit",
        data=criterion_data("Originality", weight="2.5", descriptor_3="Known, applied well."),
    )
    assert response.status_code == 302
    db.session.expire_all()
    innovation = db.session.get(Criterion, innovation.id)
    assert (innovation.key, innovation.name, innovation.weight) == (
        "innovation",
        "Originality",
        2.5,
    )
    assert innovation.descriptors == {
        "1": "Not considered.",
        "3": "Known, applied well.",
        "5": "Measured and acted on.",
    }
    event = db.session.scalar(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.criterion_updated")
    )
    assert event.data["changes"]["name"] == ["Innovation", "Originality"]
    assert event.data["changes"]["weight"] == [40.0, 2.5]


def test_saving_without_a_change_records_nothing(client, secretariat, stage):
    innovation = stage.criteria[0]
    data = criterion_data(
        "Innovation", description="", weight="40", descriptor_1="Not new", descriptor_5="A first"
    )
    response = client.post(
        f"/secretariat/criteria/{innovation.id}/edit", data=data, follow_redirects=True
    )
    assert "Nothing was changed." in response.get_data(as_text=True)
    assert (
        db.session.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action.like("rubric.%"))
        )
        == 0
    )


def test_a_changed_scale_redraws_the_level_boxes_before_saving(client, secretariat, stage):
    innovation = stage.criteria[0]
    before = snapshot(stage)
    response = client.post(
        f"/secretariat/criteria/{innovation.id}/edit",
        data=criterion_data("Innovation", scale_min="0", scale_max="3", shown_scale="1-5"),
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "The scale is now 0 to 3" in page
    assert re.findall(r'name="(descriptor_\d+)"', page) == [f"descriptor_{n}" for n in range(4)]
    assert 'name="shown_scale" type="hidden" value="0-3"' in page
    assert "Not considered.</textarea>" in page  # what was typed for level 1 is kept
    assert snapshot(stage) == before  # nothing saved yet

    response = client.post(
        f"/secretariat/criteria/{innovation.id}/edit",
        data=criterion_data(
            "Innovation", scale_min="0", scale_max="3", shown_scale="0-3",
            descriptor_0="Nothing new.", descriptor_5=None,
        ),
    )  # fmt: skip
    assert response.status_code == 302
    innovation = db.session.get(Criterion, innovation.id)
    assert (innovation.scale_min, innovation.scale_max) == (0, 3)
    assert innovation.descriptors == {"0": "Nothing new.", "1": "Not considered."}


def test_update_the_levels_button_draws_one_box_per_level(client, secretariat, stage):
    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new",
        data=criterion_data(name="", scale_max="10", save=None, update_levels="y"),
    )
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert len(re.findall(r'name="descriptor_\d+"', page)) == 10
    assert "Level 10 (highest)" in page
    assert 'id="name-error"' not in page  # the name is not judged yet

    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new",
        data=criterion_data(name="", scale_max="11", save=None, update_levels="y"),
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert error_beside(page, "scale_max") == "A scale may have at most 10 levels."
    assert len(re.findall(r'name="descriptor_\d+"', page)) == 5
    assert names(stage) == ["Innovation", "Impact"]


def test_moving_criteria_up_and_down(client, secretariat, stage):
    innovation, impact = stage.criteria
    response = client.post(
        f"/secretariat/criteria/{innovation.id}/move", data={"direction": "down"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"#criterion-{innovation.id}")
    assert names(stage) == ["Impact", "Innovation"]
    assert [c.position for c in db.session.get(Stage, stage.id).criteria] == [0, 1]

    page = client.post(
        f"/secretariat/criteria/{impact.id}/move", data={"direction": "up"}, follow_redirects=True
    ).get_data(as_text=True)
    assert "“Impact” is already first." in page
    assert names(stage) == ["Impact", "Innovation"]

    client.post(f"/secretariat/criteria/{innovation.id}/move", data={"direction": "up"})
    assert names(stage) == ["Innovation", "Impact"]
    assert (
        client.post(
            f"/secretariat/criteria/{innovation.id}/move", data={"direction": "left"}
        ).status_code
        == 400
    )
    moves = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.criterion_moved")
    ).all()
    assert [e.data["direction"] for e in moves] == ["down", "up"]


def test_deleting_a_criterion(client, secretariat, stage):
    innovation_id, impact_id = (c.id for c in stage.criteria)
    page = client.post(
        f"/secretariat/criteria/{innovation_id}/delete", follow_redirects=True
    ).get_data(as_text=True)
    assert "“Innovation” was deleted." in page
    assert names(stage) == ["Impact"]
    assert db.session.get(Criterion, impact_id).position == 0
    assert db.session.get(Criterion, innovation_id) is None
    assert "100%" in page
    event = db.session.scalar(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.criterion_removed")
    )
    assert event.object_id == innovation_id and event.data["name"] == "Innovation"


# --- bad input --------------------------------------------------------------------------------


def test_a_scale_of_1_to_1_is_refused_beside_its_field(client, secretariat, stage):
    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new", data=criterion_data(scale_max="1")
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert (
        error_beside(page, "scale_max")
        == "The highest level must be above the lowest, for example 1 to 5."
    )
    assert len(re.findall(r'name="descriptor_\d+"', page)) == 5  # the boxes last shown stay
    assert names(stage) == ["Innovation", "Impact"]

    with pytest.raises(InvalidCriterion) as refused:
        rubric.add_criterion(stage, CriterionInput(name="Flat", scale_min=1, scale_max=1), None)
    assert set(refused.value.errors) == {"scale_max"}


@pytest.mark.parametrize(
    ("field", "overrides", "message"),
    [
        ("scale_max", {"scale_max": "11"}, "A scale may have at most 10 levels."),
        ("scale_max", {"scale_min": "-1"}, "Levels must be whole numbers from 0 to 100."),
        ("weight", {"weight": "0"}, "The weight must be a number above 0."),
        ("weight", {"weight": "-3"}, "The weight must be a number above 0."),
        ("weight", {"weight": "nan"}, "The weight must be a number above 0."),
        ("weight", {"weight": ""}, "Give a weight, such as 1 or 20."),
        ("name", {"name": ""}, "Give the criterion a name."),
        (
            "descriptor_2",
            {"descriptor_2": "x" * 501},
            "Field cannot be longer than 500 characters.",
        ),
    ],
)
def test_bad_fields_are_refused_beside_them(client, secretariat, stage, field, overrides, message):
    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new", data=criterion_data(**overrides)
    )
    assert response.status_code == 400
    assert error_beside(response.get_data(as_text=True), field) == message
    assert names(stage) == ["Innovation", "Impact"]


def test_an_enormous_weight_is_refused_by_the_operation_beside_its_field(
    client, secretariat, stage
):
    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new", data=criterion_data(weight="5000")
    )
    assert response.status_code == 400
    assert (
        error_beside(response.get_data(as_text=True), "weight")
        == "The weight must be at most 1000."
    )


def test_a_descriptor_outside_the_scale_is_ignored_by_the_form_and_refused_by_the_operation(
    client, secretariat, stage
):
    # The form has a box for each level of the scale only: a posted level 7 is never read.
    response = client.post(
        f"/secretariat/stages/{stage.id}/criteria/new",
        data=criterion_data(descriptor_7="Beyond the scale."),
    )
    assert response.status_code == 302
    added = db.session.get(Stage, stage.id).criteria[-1]
    assert added.descriptors == {"1": "Not considered.", "5": "Measured and acted on."}

    # Called directly (CLI, API, template), the operation refuses it rather than drop it silently.
    with pytest.raises(InvalidCriterion) as refused:
        rubric.update_criterion(
            added,
            CriterionInput(name="Gender equity", descriptors={"1": "None.", "7": "Beyond."}),
            None,
        )
    assert refused.value.errors["descriptors"].startswith("Level 7 is outside the scale, 1 to 5")
    db.session.rollback()
    assert db.session.get(Criterion, added.id).descriptors["1"] == "Not considered."


# --- the lock -------------------------------------------------------------------------------


def test_lock_if_first_submission_sets_the_time_once(app, stage):
    first, later = utcnow() - timedelta(minutes=5), utcnow()
    assert not rubric.is_locked(stage)
    assert rubric.lock_if_first_submission(stage, first) is True
    assert rubric.lock_if_first_submission(stage, later) is False
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(Stage, stage.id).rubric_locked_at == first
    assert rubric.is_locked(stage)
    events = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "rubric.locked")
    ).all()
    assert len(events) == 1 and events[0].round_id == stage.round_id


def test_a_draft_review_does_not_lock_the_rubric(app, stage, make_user):
    review = submit_a_review(stage, make_user)
    review.status, review.submitted_at = ReviewStatus.DRAFT, None
    db.session.commit()
    assert not rubric.is_locked(stage)


def test_a_submitted_review_in_another_stage_does_not_lock_this_one(app, make_round, make_user):
    round_ = make_round()
    shortlist = Stage(position=2, name="Shortlist", kind=StageKind.SHORTLIST)
    round_.stages.append(shortlist)
    db.session.commit()
    submit_a_review(round_.stages[0], make_user)
    assert rubric.is_locked(round_.stages[0]) and not rubric.is_locked(shortlist)


def test_once_a_review_is_submitted_every_change_is_refused(client, secretariat, stage, make_user):
    submit_a_review(stage, make_user)  # rubric_locked_at is not set: the review alone locks it
    innovation, impact = stage.criteria
    before = snapshot(stage)

    page = client.get(f"/secretariat/stages/{stage.id}/rubric").get_data(as_text=True)
    assert LOCKED in page
    assert "Add a criterion" not in page and "Move down" not in page and "Delete" not in page
    assert f"/secretariat/criteria/{innovation.id}/edit" not in page

    response = client.get(f"/secretariat/criteria/{innovation.id}/edit", follow_redirects=True)
    assert LOCKED in response.get_data(as_text=True) and 'name="weight"' not in response.get_data(
        as_text=True
    )

    posts = [
        (f"/secretariat/stages/{stage.id}/criteria/new", criterion_data()),
        (f"/secretariat/stages/{stage.id}/criteria/new", criterion_data(scale_max="1")),
        (f"/secretariat/criteria/{innovation.id}/edit", criterion_data("Originality")),
        (f"/secretariat/criteria/{innovation.id}/move", {"direction": "down"}),
        (f"/secretariat/criteria/{impact.id}/delete", {}),
        (f"/secretariat/stages/{stage.id}/rubric/template", {"template": "who-code"}),
    ]
    for url, data in posts:
        response = client.post(url, data=data)
        assert response.status_code == 409, url
        assert LOCKED in response.get_data(as_text=True), url
    # From the page itself (with a Referer) the refusal comes back as a message on the page.
    response = client.post(
        f"/secretariat/criteria/{impact.id}/delete",
        headers={"Referer": f"http://localhost/secretariat/stages/{stage.id}/rubric"},
        follow_redirects=True,
    )
    assert LOCKED in response.get_data(as_text=True)

    assert snapshot(stage) == before
    assert not db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action.like("rubric.%"))
    ).all()

    actor = secretariat
    stage = db.session.get(Stage, stage.id)
    innovation = db.session.get(Criterion, innovation.id)
    for change in (
        lambda: rubric.add_criterion(stage, CriterionInput(name="New"), actor),
        lambda: rubric.update_criterion(innovation, CriterionInput(name="Originality"), actor),
        lambda: rubric.remove_criterion(innovation, actor),
        lambda: rubric.move_criterion(innovation, "down", actor),
        lambda: rubric.apply_template(stage, WHO_CODE_TEMPLATE, actor, replace=True),
    ):
        with pytest.raises(StateConflict, match="The rubric is locked"):
            change()
    assert snapshot(stage) == before


def test_a_locked_rubric_shows_since_when(client, secretariat, stage):
    rubric.lock_if_first_submission(stage, utcnow())
    db.session.commit()
    page = client.get(f"/secretariat/stages/{stage.id}/rubric").get_data(as_text=True)
    assert LOCKED in page and "Locked since" in page


# --- who may, and what it costs ---------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.NOMINATOR, Role.REVIEWER])
def test_only_the_secretariat_may_see_or_change_a_rubric(client, auth, make_user, stage, role):
    auth.login(make_user("someone@example.org", roles=(role,)))
    innovation = stage.criteria[0]
    for url in (
        f"/secretariat/stages/{stage.id}/rubric",
        f"/secretariat/stages/{stage.id}/criteria/new",
        f"/secretariat/criteria/{innovation.id}/edit",
    ):
        assert client.get(url).status_code == 403, url
    posts = [
        (f"/secretariat/stages/{stage.id}/criteria/new", criterion_data()),
        (f"/secretariat/criteria/{innovation.id}/edit", criterion_data("Originality")),
        (f"/secretariat/criteria/{innovation.id}/move", {"direction": "down"}),
        (f"/secretariat/criteria/{innovation.id}/delete", {}),
        (f"/secretariat/stages/{stage.id}/rubric/template", {"template": "who-code"}),
    ]
    before = snapshot(stage)
    for url, data in posts:
        assert client.post(url, data=data).status_code == 403, url
    assert snapshot(stage) == before


def test_signed_out_visitors_are_sent_to_sign_in(client, stage):
    response = client.get(f"/secretariat/stages/{stage.id}/rubric")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_unknown_stage_or_criterion_is_404(client, secretariat):
    assert client.get("/secretariat/stages/999/rubric").status_code == 404
    assert client.get("/secretariat/criteria/999/edit").status_code == 404
    assert client.post("/secretariat/criteria/999/delete").status_code == 404


def test_posts_without_a_csrf_token_are_refused(client, secretariat, stage):
    innovation = stage.criteria[0]
    response = client.post(f"/secretariat/criteria/{innovation.id}/delete", csrf=False)
    assert response.status_code == 400
    assert names(stage) == ["Innovation", "Impact"]


def test_the_rubric_page_costs_the_same_queries_for_two_criteria_or_five(
    client, secretariat, stage, empty_stage
):
    rubric.apply_template(empty_stage, WHO_CODE_TEMPLATE, secretariat)
    db.session.commit()
    counts = []
    for each in (stage, empty_stage):
        client.get(f"/secretariat/stages/{each.id}/rubric")  # warm: sign-in lookups are cached
        with counting_queries() as statements:
            assert client.get(f"/secretariat/stages/{each.id}/rubric").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]
