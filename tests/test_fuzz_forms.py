"""Property-based tests of the two forms people type most into, the nomination and the review:
whatever arrives (any unicode, control characters, huge values, fields missing or repeated,
fields that are not on the form), the answer is never a 5xx (RELIABILITY 22)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from award.extensions import db
from award.models import Nomination, Review
from tests.conftest import login
from tests.test_assignments import eligible
from tests.test_nominations import complete, create
from tests.test_reviews import assign, review_round, reviewer

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# Text of every kind: any code point but surrogates (a browser cannot send those), control
# characters and NUL included; long runs; numbers at the edges; markup.
VALUE = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(max_codepoint=0x1F), max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "0",
            "-1",
            "5",
            "6",
            "1e9",
            "9" * 5000,  # int() refuses more than 4,300 digits
            "NaN",
            "\u202e\u200b",
            "<script>alert(1)</script>",
            "x" * 70_000,
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " * 3000,
        ]
    ),
)


def form_data(names: list[str]):
    """Any subset of the form's fields, each with zero, one or several values, plus strays."""
    values = st.one_of(VALUE, st.lists(VALUE, max_size=3))
    known = st.dictionaries(st.sampled_from(names), values)
    stray = st.dictionaries(
        st.sampled_from(["status", "round_id", "nominator_id", "role", "id", "version"]), VALUE
    )
    return st.tuples(known, stray).map(lambda pair: {**pair[1], **pair[0]})


NOMINATION_FIELDS = [
    "nominee_kind",
    "nominee_name",
    "nominee_organisation",
    "nominee_email",
    "nominee_website",
    "country",
    "linked_countries",
    "link_kind",
    "category",
    "title",
    "language",
    "q_summary",
    "q_description",
    "q_references",
    "consent_showcase",
    "themes",
    "submission_token",
    "save",
    "submit",
]


@pytest.fixture
def draft(client, make_round, make_user):
    round_ = make_round()
    user = make_user()
    login(client, user.email)
    return create(client, round_)


def test_the_nomination_form_never_fails_with_a_server_error(client, draft):
    new_url = f"/nominations/new?round={draft.round.slug}"
    edit_url = f"/nominations/{draft.id}/edit"

    @FUZZ
    @given(data=form_data(NOMINATION_FIELDS), action=st.sampled_from(["save", "submit"]))
    def post(data, action):
        for url in (new_url, edit_url):
            response = client.post(url, data={action: "y", **data})
            assert response.status_code < 500, (url, response.status_code)

    post()
    db.session.refresh(draft)
    assert draft.nominator_id is not None and draft.round_id is not None


def test_an_oversized_answer_is_a_form_error_not_a_save(client, draft):
    round_ = draft.round
    response = client.post(
        f"/nominations/{draft.id}/edit",
        data={**complete(round_, title="t" * 100_000), "save": "y"},
    )
    assert response.status_code in (200, 400)
    assert "error" in response.get_data(as_text=True).lower()
    db.session.refresh(draft)
    assert len(draft.title) < 100_000


@pytest.fixture
def assignment(client, make_round, make_user):
    round_ = review_round(make_round)
    nomination = eligible(round_, make_user("nominator@ngo.example"), 1, title="Nurses return")
    me = reviewer(make_user, round_)
    login(client, me.email)
    return assign(round_, nomination, me)


def test_the_review_form_never_fails_with_a_server_error(client, assignment):
    criteria = assignment.stage.criteria
    names = ["version", "overall_comment", "recommendation", "confidence", "save", "submit"]
    names += [f"{kind}_{c.id}" for c in criteria for kind in ("score", "comment")]
    names += ["score_999999", "comment_abc"]
    urls = [f"/review/assignments/{assignment.id}", f"/review/assignments/{assignment.id}/autosave"]

    @FUZZ
    @given(data=form_data(names))
    def post(data):
        for url in urls:
            response = client.post(url, data=data)
            assert response.status_code < 500, (url, response.status_code)

    post()
    review = db.session.get(Review, assignment.review.id) if assignment.review else None
    assert review is None or review.assignment_id == assignment.id
    assert db.session.get(Nomination, assignment.nomination_id).title == "Nurses return"


@pytest.mark.parametrize(
    "url",
    ["/calls/a%00b", "/calls/a%00b/winners", "/showcase?q=a%00b", "/?q=%00", "/api/v1/rounds/%00"],
)
def test_nul_in_an_address_or_a_query_is_not_a_server_error(client, url):
    assert client.get(url).status_code < 500
