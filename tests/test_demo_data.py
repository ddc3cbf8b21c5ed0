"""Invariants of the demo data in award/demo_data.py (used by ``flask award demo``).

These tests only read constants: they need no app, database or network."""

import ast
import difflib
import re
import zoneinfo
from collections import Counter
from pathlib import Path

import pytest

from award import demo_data as dd
from award.rubric_templates import WHO_CODE_TEMPLATE as RUBRIC

try:
    import pycountry
except ImportError:  # pragma: no cover - pycountry is a runtime dependency
    pycountry = None

ROUNDS = ("previous", "current", "next")
LANGUAGES = {"en", "es", "fr", "pt"}
CATEGORY_SLUGS = [c["slug"] for c in dd.CATEGORIES]
QUESTION_KEYS = [q["key"] for q in dd.QUESTIONS]
QUESTIONS = {q["key"]: q for q in dd.QUESTIONS}
# Word ranges for the demo answers (tighter than the form's word limits, so the demo looks real).
ANSWER_WORDS = {
    "summary": (60, 140),
    "description": (120, 250),
    "impact": (60, 150),
    "ethics": (50, 120),
    "scalability": (50, 120),
}
EXAMPLE_DOMAINS = {"example.org", "example.com", "example.net"}
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@([a-z0-9-]+\.)+[a-z0-9-]+$")
NOMINATION_KEYS = {
    "nominator",
    "category",
    "title",
    "nominee_kind",
    "nominee_name",
    "nominee_organisation",
    "nominee_email",
    "nominee_website",
    "country",
    "linked_countries",
    "link_kind",
    "themes",
    "language",
    "answers",
    "consent_showcase",
    "status",
    "eligible",
    "ineligible_reason",
}


def people():
    return [*dd.SECRETARIAT, *dd.REVIEWERS, *dd.NOMINATORS]


def all_nominations():
    return [(r, n) for r in ROUNDS for n in dd.NOMINATIONS[r]]


def words(text: str) -> int:
    return len(text.split())


def valid_country(code: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}", code):
        return False
    return pycountry is None or pycountry.countries.get(alpha_2=code) is not None


def example_domain(domain: str) -> bool:
    return domain in EXAMPLE_DOMAINS or domain.endswith(".example")


def normalise_title(title: str) -> str:
    title = title.lower().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title).split())


# --- module and simple constants -------------------------------------------------------------


def test_module_has_no_imports():
    tree = ast.parse(Path(dd.__file__).read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert imports == []


def test_demo_password():
    assert isinstance(dd.DEMO_PASSWORD, str)
    assert len(dd.DEMO_PASSWORD) >= 8
    assert dd.DEMO_PASSWORD.lower() not in {"password", "password1", "12345678", "demodemo"}


def test_counts():
    assert len(dd.SECRETARIAT) == 1
    assert dd.SECRETARIAT[0]["email"] == "secretariat@award.example"
    assert len(dd.CATEGORIES) == 5
    assert len(dd.REVIEWERS) == 10
    assert len(dd.NOMINATORS) == 12
    assert [len(dd.NOMINATIONS[r]) for r in ROUNDS] == [15, 40, 4]
    assert 10 <= len(dd.THEMES) <= 15
    assert len(set(dd.THEMES)) == len(dd.THEMES)


def test_categories():
    assert set(CATEGORY_SLUGS) == {
        "ethical-recruitment",
        "retention-return",
        "bilateral-agreements",
        "diaspora-engagement",
        "workforce-data",
    }
    for category in dd.CATEGORIES:
        assert category["name"].strip()
        assert 20 <= words(category["description"]) <= 80


def test_rubric():
    assert 5 <= len(RUBRIC) <= 6
    keys = [c["key"] for c in RUBRIC]
    assert len(set(keys)) == len(keys)
    assert {"innovation", "impact", "ethics", "scalability", "sustainability"} <= set(keys)
    assert sum(c["weight"] for c in RUBRIC) == 100
    for criterion in RUBRIC:
        assert isinstance(criterion["weight"], int) and criterion["weight"] > 0
        lo, hi = criterion["scale_min"], criterion["scale_max"]
        assert (lo, hi) == (1, 5)
        assert set(criterion["descriptors"]) == {str(level) for level in range(lo, hi + 1)}
        assert all(d.strip() for d in criterion["descriptors"].values())
        assert isinstance(criterion["comment_required"], bool)
        assert criterion["name"].strip() and criterion["description"].strip()


def test_questions():
    assert QUESTION_KEYS == [
        "summary",
        "description",
        "impact",
        "ethics",
        "scalability",
        "references",
    ]
    rubric_keys = {c["key"] for c in RUBRIC}
    for q in dd.QUESTIONS:
        assert q["label"].strip() and q["help"].strip()
        assert q["kind"] == "textarea"
        assert isinstance(q["word_limit"], int) and q["word_limit"] > 0
        assert q["section"] in rubric_keys | {"references"}
        assert q["required"] is (q["key"] != "references")
    assert QUESTIONS["summary"]["word_limit"] == 150
    assert QUESTIONS["description"]["word_limit"] == 1000


# --- people ---------------------------------------------------------------------------------


def test_emails_unique_case_insensitive():
    emails = [p["email"].lower() for p in people()]
    duplicates = [e for e, count in Counter(emails).items() if count > 1]
    assert duplicates == []


@pytest.mark.parametrize("person", people(), ids=lambda p: p["email"])
def test_person_fields(person):
    assert person["name"].strip() and person["organisation"].strip()
    assert EMAIL_RE.match(person["email"]), person["email"]
    assert example_domain(person["email"].rsplit("@", 1)[1])
    assert valid_country(person["country"])
    assert person["language"] in LANGUAGES
    zoneinfo.ZoneInfo(person["timezone"])  # raises if not an IANA name


def test_reviewers():
    sides = Counter(r["side"] for r in dd.REVIEWERS)
    assert set(sides) <= {"sending", "receiving", "neither"}
    assert sides["sending"] >= 3 and sides["receiving"] >= 3
    assert sides["neither"] == 2
    vocabulary = set(CATEGORY_SLUGS) | set(dd.THEMES)
    for reviewer in dd.REVIEWERS:
        assert set(reviewer["languages"]) <= LANGUAGES
        assert reviewer["language"] in reviewer["languages"]
        assert reviewer["expertise"]
        assert set(reviewer["expertise"]) <= vocabulary, reviewer["name"]
    covered = {e for r in dd.REVIEWERS for e in r["expertise"]}
    assert set(CATEGORY_SLUGS) <= covered
    spoken = {lang for r in dd.REVIEWERS for lang in r["languages"]}
    assert spoken == LANGUAGES


def test_people_are_not_the_real_co_chairs():
    names = " ".join(p["name"] for p in people()).lower()
    nominees = " ".join(n["nominee_name"] for _, n in all_nominations()).lower()
    for real in ("omaswa", "daschle"):
        assert real not in names and real not in nominees


# --- nominations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_", "nomination"),
    all_nominations(),
    ids=lambda x: x if isinstance(x, str) else x["title"][:40],
)
def test_nomination_fields(round_, nomination):
    n = nomination
    assert set(n) == NOMINATION_KEYS
    assert n["nominator"] in {p["email"] for p in dd.NOMINATORS}
    assert n["category"] in CATEGORY_SLUGS
    assert n["title"].strip()
    assert n["nominee_kind"] in {"organisation", "person"}
    assert n["nominee_name"].strip() and n["nominee_organisation"].strip()
    assert EMAIL_RE.match(n["nominee_email"]), n["nominee_email"]
    assert example_domain(n["nominee_email"].rsplit("@", 1)[1])
    if n["nominee_website"]:
        match = re.match(r"^https://([a-z0-9.-]+)(/\S*)?$", n["nominee_website"])
        assert match and example_domain(match.group(1)), n["nominee_website"]
    assert valid_country(n["country"])
    assert len(n["linked_countries"]) >= 2
    assert len(set(n["linked_countries"])) == len(n["linked_countries"])
    assert all(valid_country(c) for c in n["linked_countries"])
    assert n["country"] in n["linked_countries"]
    assert n["link_kind"] in {"sending", "receiving", "both"}
    assert n["themes"] and set(n["themes"]) <= set(dd.THEMES)
    assert n["language"] in LANGUAGES
    assert isinstance(n["consent_showcase"], bool)
    assert n["status"] in {"submitted", "draft"}
    assert n["eligible"] in {True, False, None}
    if n["eligible"] is False:
        assert words(n["ineligible_reason"]) >= 10
    else:
        assert n["ineligible_reason"] == ""
    if n["status"] == "draft":
        assert n["eligible"] is None


@pytest.mark.parametrize(
    ("round_", "nomination"),
    all_nominations(),
    ids=lambda x: x if isinstance(x, str) else x["title"][:40],
)
def test_answers(round_, nomination):
    answers = nomination["answers"]
    assert list(answers) == QUESTION_KEYS
    for key, text in answers.items():
        assert isinstance(text, str)
        assert words(text) <= QUESTIONS[key]["word_limit"], key
        if QUESTIONS[key]["required"]:
            lo, hi = ANSWER_WORDS[key]
            assert lo <= words(text) <= hi, (key, words(text))
    if nomination["status"] == "submitted":
        assert answers["references"].strip()
        assert 1 <= len(answers["references"].strip().splitlines()) <= 3


def test_summaries_within_word_limit():
    limit = QUESTIONS["summary"]["word_limit"]
    for _, n in all_nominations():
        assert words(n["answers"]["summary"]) <= limit, n["title"]


def test_titles_unique_per_round():
    for round_ in ROUNDS:
        titles = [n["title"] for n in dd.NOMINATIONS[round_]]
        assert len(set(titles)) == len(titles), round_


def test_statuses_and_eligibility():
    previous, current, nxt = (dd.NOMINATIONS[r] for r in ROUNDS)
    assert all(n["status"] == "submitted" and n["eligible"] is True for n in previous)

    status = Counter(n["status"] for n in current)
    assert status == {"submitted": 37, "draft": 3}
    eligible = Counter(n["eligible"] for n in current)
    assert eligible[False] == 3
    assert 30 <= eligible[True] <= 36
    assert eligible[None] >= 3

    assert Counter(n["status"] for n in nxt) == {"submitted": 2, "draft": 2}
    assert all(n["eligible"] is None for n in nxt)


def test_current_round_spread():
    current = dd.NOMINATIONS["current"]
    assert len({n["country"] for n in current}) >= 25
    per_category = Counter(n["category"] for n in current)
    assert set(per_category) == set(CATEGORY_SLUGS)
    assert min(per_category.values()) >= 5
    assert {n["link_kind"] for n in current} == {"sending", "receiving", "both"}
    assert {n["nominee_kind"] for n in current} == {"organisation", "person"}


def test_some_nominations_in_each_language():
    languages = Counter(n["language"] for _, n in all_nominations())
    assert set(languages) == LANGUAGES
    assert languages["en"] > sum(languages.values()) / 2


def test_non_english_nominators_speak_the_language():
    nominators = {p["email"]: p for p in dd.NOMINATORS}
    for _, n in all_nominations():
        if n["language"] != "en":
            assert nominators[n["nominator"]]["language"] == n["language"], n["title"]


def test_exactly_one_near_duplicate_pair_in_current():
    current = dd.NOMINATIONS["current"]
    pairs = []
    for i, a in enumerate(current):
        for b in current[i + 1 :]:
            ratio = difflib.SequenceMatcher(
                None, normalise_title(a["title"]), normalise_title(b["title"])
            ).ratio()
            if ratio >= 0.85:
                pairs.append((a, b))
    assert len(pairs) == 1
    a, b = pairs[0]
    assert a["nominator"] != b["nominator"]
    assert a["title"] != b["title"]
    assert (a["category"], a["country"]) == (b["category"], b["country"])


# --- previous decisions ---------------------------------------------------------------------


def test_previous_decisions():
    previous = {n["title"]: n for n in dd.NOMINATIONS["previous"]}
    titles = [d["title"] for d in dd.PREVIOUS_DECISIONS]
    assert len(set(titles)) == len(titles)
    assert set(titles) <= set(previous)

    kinds = Counter(d["kind"] for d in dd.PREVIOUS_DECISIONS)
    assert kinds == {"winner": 5, "runner_up": 2, "honourable_mention": 2}

    winners = Counter(
        previous[d["title"]]["category"] for d in dd.PREVIOUS_DECISIONS if d["kind"] == "winner"
    )
    assert winners == dict.fromkeys(CATEGORY_SLUGS, 1)

    for decision in dd.PREVIOUS_DECISIONS:
        assert 40 <= words(decision["citation"]) <= 80, decision["title"]
