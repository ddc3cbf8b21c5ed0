"""Four languages: every piece of interface text in the templates is marked for translation, the
catalogues are complete and compiled, and a person sees pages and gets e-mails in their own
language (from their profile, else from the browser). Nomination text stays as written."""

import ast
import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from jinja2 import Environment

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
CATALOGUES = ROOT / "award" / "translations"
LANGUAGES = ("es", "fr", "pt")

# Text in templates that is not interface language: symbols, units, codes and brand marks.
ALLOWED = re.compile(
    r"^(?:[\W\d_]*|Subject:|Award|ICC\(1(?:,k)?\)|α|P\(top|CSV|XLSX|JSON|ZIP|API|k|N|SD|PDF|KB|"
    r"Excel|SHA-256|IP|/\w+/)$"
)
TEXT_ATTRIBUTES = re.compile(r'\b(?:aria-label|title|alt|placeholder)="([^"{]*)"')
TAG = re.compile(r"<[^>]*>", re.S)
CODE = re.compile(r"<(code|pre|kbd)\b.*?</\1>", re.S)  # commands and headers stay as written
ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")


def untranslated(source: str) -> list[str]:
    """Words a template shows that do not go through gettext: raw text between tags, and
    text attributes written out literally."""
    found = []
    data = "".join(
        value
        for _, kind, value in Environment(extensions=["jinja2.ext.i18n"]).lex(source)
        if kind == "data"
    )
    for value in TEXT_ATTRIBUTES.findall(data):
        if value.strip() and not ALLOWED.match(value.strip()):
            found.append(value.strip())
    text = ENTITY.sub(" ", TAG.sub(" ", CODE.sub(" ", data)))
    for chunk in re.split(r"\s{2,}|\n", text):
        for word in chunk.split():
            if re.search(r"[A-Za-z]{2,}", word) and not ALLOWED.match(word):
                found.append(chunk.strip())
                break
    return found


def test_every_template_string_is_marked_for_translation():
    problems = {}
    for path in sorted(TEMPLATES.rglob("*.*")):
        if path.suffix not in {".html", ".txt"}:
            continue
        words = untranslated(path.read_text())
        if words:
            problems[str(path.relative_to(ROOT))] = words[:5]
    assert problems == {}, problems


def test_the_check_finds_unmarked_text():
    assert untranslated("<p>{{ _('Marked') }}</p>") == []
    assert untranslated("<p>Not marked</p>") == ["Not marked"]
    assert untranslated('<button aria-label="Close">×</button>') == ["Close"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_compiled(language):
    folder = CATALOGUES / language / "LC_MESSAGES"
    with open(folder / "messages.po", "rb") as f:
        po = read_po(f)
    with open(CATALOGUES / "messages.pot", "rb") as f:
        pot = read_po(f)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in po if m.id}
    template_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in pot if m.id}
    assert template_ids <= ids, sorted(template_ids - ids)[:10]
    missing = [
        m.id
        for m in po
        if m.id and (not m.string or (not isinstance(m.string, str) and not all(m.string)))
    ]
    assert missing == [], missing[:10]
    fuzzy = [m.id for m in po if m.id and m.fuzzy]
    assert fuzzy == [], fuzzy[:10]
    placeholders = re.compile(r"%\((\w+)\)[sd]")
    for m in po:
        if not m.id:
            continue
        source = m.id if isinstance(m.id, str) else m.id[0]
        targets = [m.string] if isinstance(m.string, str) else list(m.string)
        for target in targets:
            assert set(placeholders.findall(source)) >= set(placeholders.findall(target)), m.id
    with open(folder / "messages.mo", "rb") as f:
        mo = read_mo(f)

    def key(value):
        return value if isinstance(value, str) else tuple(value)

    compiled = {key(m.id): key(m.string) for m in mo if m.id}
    assert compiled == {key(m.id): key(m.string) for m in po if m.id and not m.fuzzy}, (
        "messages.mo is older than messages.po: run `make translations`"
    )


def translate(language: str, message: str) -> str:
    from babel.support import Translations

    text = Translations.load(str(CATALOGUES), [language]).gettext(message)
    assert text != message, f"{message!r} is not translated into {language}"
    return text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_browser_language_is_used_when_signed_out(client, language):
    page = client.get("/", headers={"Accept-Language": f"{language},en;q=0.5"})
    html = page.get_data(as_text=True)
    assert translate(language, "Open calls for nominations") in html
    assert f'<html lang="{language}"' in html


def test_the_profile_language_wins_over_the_browser(client, make_user):
    from tests.conftest import login

    user = make_user("amelie@example.org", language="fr")
    login(client, user.email)
    html = client.get("/", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert translate("fr", "Open calls for nominations") in html


def test_an_email_is_written_in_the_recipients_language(client, make_user):
    import sqlalchemy as sa

    from award.extensions import db
    from award.models import OutboxMessage

    make_user("joao@example.org", language="pt")
    client.post(
        "/auth/forgot", data={"email": "joao@example.org"}, headers={"Accept-Language": "es"}
    )
    message = db.session.scalar(sa.select(OutboxMessage))
    assert message.language == "pt"
    assert message.subject == translate("pt", "Choose a new password")


def test_nomination_text_stays_as_written(client, make_round, make_user):
    from award.extensions import db
    from award.models import Phase
    from tests.conftest import login
    from tests.test_assignments import eligible

    round_ = make_round(phase=Phase.OPEN)
    user = make_user("n@example.org", language="es")
    nomination = eligible(round_, user, 1)
    nomination.title = "Twinning nursing schools in Ghana and Wales"
    db.session.commit()
    login(client, user.email)
    html = client.get("/nominations/").get_data(as_text=True)
    assert translate("es", "My nominations") in html
    assert "Twinning nursing schools in Ghana and Wales" in html


def test_the_footer_switcher_changes_the_language_and_returns(client, make_user):
    from award.extensions import db
    from award.models import User
    from tests.conftest import login

    answer = client.get("/auth/language/pt?next=/showcase")
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/showcase")
    assert translate("pt", "Open calls for nominations") in client.get("/").get_data(as_text=True)
    offsite = client.get("/auth/language/es?next=//evil.example")
    assert offsite.headers["Location"].endswith("/")  # never sent off the site
    assert client.get("/auth/language/xx").status_code == 302  # unknown: nothing changes
    user = make_user("reviewer@example.org", language="en")
    login(client, user.email)
    client.post("/auth/language/fr", data={"next": "/"})
    db.session.expire_all()
    assert db.session.get(User, user.id).language == "fr"  # e-mails follow the account
    assert translate("fr", "Open calls for nominations") in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_renders_in_each_language(app, runner, client, language):
    """A translation with a broken placeholder would fail only in that language: walk the
    pages each role uses, in each language."""
    import sqlalchemy as sa

    from award.demo_data import DEMO_PASSWORD, NOMINATORS, REVIEWERS, SECRETARIAT
    from award.extensions import db
    from award.models import Assignment, Nomination, Phase, Round, Stage, User
    from tests.conftest import login

    runner.invoke(args=["award", "demo"])
    db.session.execute(sa.update(User).values(language=language))
    db.session.commit()
    rounds = db.session.scalars(sa.select(Round)).all()
    stages = db.session.scalars(sa.select(Stage)).all()
    public = ["/", "/showcase", "/auth/login", "/auth/register", "/auth/forgot"]
    public += [f"/calls/{r.slug}" for r in rounds]
    for url in public:
        page = client.get(url, headers={"Accept-Language": language})
        assert page.status_code == 200, url
    login(client, SECRETARIAT[0]["email"], DEMO_PASSWORD)
    urls = ["/secretariat/", "/secretariat/outbox", "/secretariat/rounds/new"]
    for r in rounds:
        urls += [
            f"/secretariat/rounds/{r.id}",
            f"/secretariat/rounds/{r.id}/nominations",
            f"/secretariat/rounds/{r.id}/council",
            f"/secretariat/rounds/{r.id}/progress",
            f"/secretariat/rounds/{r.id}/decisions",
        ]
    for s in stages:
        urls += [
            f"/secretariat/stages/{s.id}/rubric",
            f"/secretariat/stages/{s.id}/assignments",
            f"/secretariat/stages/{s.id}/rankings",
        ]
    nomination = db.session.scalar(
        sa.select(Nomination.id).where(Nomination.receipt_number.is_not(None))
    )
    urls.append(f"/secretariat/nominations/{nomination}")
    for url in urls:
        assert client.get(url).status_code == 200, url
    client.post("/auth/logout")
    reviewer = db.session.scalar(sa.select(User).where(User.email == REVIEWERS[0]["email"]))
    login(client, reviewer.email, DEMO_PASSWORD)
    assignment = db.session.scalar(
        sa.select(Assignment.id)
        .join(Stage)
        .join(Round)
        .where(
            Assignment.reviewer_id == reviewer.id,
            Assignment.removed_at.is_(None),
            Round.phase == Phase.REVIEW,
        )
    )
    for url in ("/review/", "/review/profile", f"/review/assignments/{assignment}"):
        assert client.get(url).status_code == 200, url
    client.post("/auth/logout")
    login(client, NOMINATORS[0]["email"], DEMO_PASSWORD)
    assert client.get("/nominations/").status_code == 200


@pytest.mark.browser
def test_spanish_pages_in_a_real_browser(live_server, page, make_round):
    round_ = make_round()
    base = live_server.url
    page.goto(f"{base}/auth/language/es?next=/calls/{round_.slug}")
    page.get_by_role("link", name=translate("es", "Nominate")).wait_for()
    from tests.conftest import check_page

    check_page(page, "call-es")
    page.goto(f"{base}/showcase")
    page.get_by_role("heading", name=translate("es", "Showcase of solutions")).wait_for()
    check_page(page, "showcase-es")


def test_the_catalogue_template_is_current_with_the_sources(tmp_path):
    """A string marked in a template or in Python but missing from messages.pot would never be
    translated: extraction must find nothing new (run `make translations`)."""
    import subprocess
    import sys

    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-k",
            "N_plural:1,2",
            "--no-location",
            "--sort-output",
            "-o",
            str(fresh),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with open(fresh, "rb") as f:
        found = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    with open(CATALOGUES / "messages.pot", "rb") as f:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    assert found - known == set(), sorted(found - known)[:10]


# --- text written in Python: forms, flash messages and rule refusals --------------------------

AWARD = ROOT / "award"
TRANSLATORS = {"_", "_l", "gettext", "lazy_gettext", "ngettext", "lazy_ngettext", "pgettext"}
# Where a validator takes its message as a positional argument, and at which position.
VALIDATOR_MESSAGE_AT = {
    "DataRequired": 0,
    "InputRequired": 0,
    "FileRequired": 0,
    "Email": 0,
    "EqualTo": 1,
    "AnyOf": 1,
    "NoneOf": 1,
    "FileAllowed": 1,
    "Length": 2,
    "NumberRange": 2,
    "Regexp": 2,
    "URL": 2,
    "FileSize": 2,
}
# Exceptions whose message a person reads: the validators' and the operations' own.
SHOWN_ERRORS = {"ValidationError", "StopValidation", "DomainError"}
# Columns that keep a sentence the app writes itself: it must be stored as a key and
# parameters (award.texts), never as English prose, or every reader gets the English.
STORED_SENTENCES = {"reason", "removed_reason", "message", "system_reason", "reasons"}
# Python text that is not interface language, by file, and why.
NOT_INTERFACE = {
    # The JSON API answers machines, in English (the locale selector keeps it so).
    "award/api": "JSON API",
    # Console output of `flask award ...`.
    "award/cli.py": "CLI",
    # Demo content: nominations, names and rubrics as people would write them.
    "award/demo_data.py": "demo content",
    # Restoring an archive is only the CLI's `flask award import-round` (no page offers it): its
    # refusals are console output. Exporting, which a page offers, raises nothing.
    "award/operations/archive.py": "CLI only",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def bare_text(node) -> bool:
    """Whether an expression is words written out in English rather than passed through gettext:
    a literal with letters, an f-string, or a join, choice or format of such."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and re.search(r"[A-Za-z]{2,}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return bare_text(node.left) or bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return bare_text(node.body) or bare_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(bare_text(v) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"format", "join"} and bare_text(node.func.value)
    return False


def _error_classes(trees: dict) -> set[str]:
    """DomainError and every class that derives from it, anywhere under award/."""
    known = set(SHOWN_ERRORS)
    while True:
        found = {
            node.name
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and any(_name(b) in known for b in node.bases)
        }
        if found <= known:
            return known
        known |= found


def unmarked_python_text(trees: dict) -> list[str]:
    """file:line and kind of each flash(), form field, validator message and raised rule error
    whose words are written out without gettext."""
    errors = _error_classes(trees)
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            where = f"{path}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Assign | ast.AnnAssign):
                found += [f"{where} stored {name}" for name in _stored_prose(node)]
                continue
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                if _name(call.func) in errors:
                    given = call.args[:1] + [k.value for k in call.keywords if k.arg == "message"]
                    if any(bare_text(a) for a in given):
                        found.append(f"{where} raise {_name(call.func)}")
                continue
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in TRANSLATORS:
                continue
            if name == "flash" and node.args and bare_text(node.args[0]):
                found.append(f"{where} flash")
            if name.endswith("Field"):
                given = node.args[:1] + [
                    k.value for k in node.keywords if k.arg in {"label", "description"}
                ]
                if any(bare_text(a) for a in given):
                    found.append(f"{where} {name} label")
                for k in node.keywords:
                    if k.arg == "choices" and isinstance(k.value, ast.List | ast.Tuple):
                        labels = [
                            pair.elts[1]
                            for pair in k.value.elts
                            if isinstance(pair, ast.Tuple) and len(pair.elts) == 2
                        ]
                        if any(bare_text(label) for label in labels):
                            found.append(f"{where} {name} choices")
            # message= on a class: a validator (jsonify(message=...) is the API's, not one).
            message = [k.value for k in node.keywords if k.arg == "message" and name[:1].isupper()]
            at = VALIDATOR_MESSAGE_AT.get(name)
            if at is not None and len(node.args) > at:
                message.append(node.args[at])
            if any(bare_text(m) for m in message):
                found.append(f"{where} {name} message")
            # A model built with a sentence written out: ConflictOfInterest(reason=f"...").
            if name[:1].isupper() and not name.endswith("Field"):
                for k in node.keywords:
                    # (message= on a class is the validator check's, just above)
                    if k.arg in STORED_SENTENCES - {"message"} and _holds_prose(k.value):
                        found.append(f"{where} stored {k.arg}")
    return sorted(found, key=_by_place)


def _holds_prose(node) -> bool:
    """English written out, directly or as a value of a dict literal ({"manual": f"..."})."""
    if isinstance(node, ast.Dict):
        return any(_holds_prose(v) for v in node.values)
    return bare_text(node)


def _stored_prose(node) -> list[str]:
    """The attributes named like a stored sentence that an assignment gives written-out
    English: `job.message = "done"`, `a.removed_reason = f"removed by {name}"`, also one of
    a tuple assignment (`job.status, job.message = FAILED, "..."`)."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    pairs = []
    for target in targets:
        if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
            pairs += zip(target.elts, node.value.elts, strict=False)
        else:
            pairs.append((target, node.value))
    return [
        target.attr
        for target, value in pairs
        if isinstance(target, ast.Attribute)
        and target.attr in STORED_SENTENCES
        and value is not None
        and _holds_prose(value)
    ]


def _by_place(problem: str) -> tuple[str, int]:
    path, line = problem.split(" ")[0].rsplit(":", 1)
    return path, int(line)


def _parse(sources: dict[str, str]) -> dict:
    return {path: ast.parse(text, path) for path, text in sources.items()}


def test_every_python_string_shown_to_a_person_is_marked_for_translation():
    """Form labels, flash messages and the operations' refusals reach the page from Python:
    each must go through gettext (_), or lazy_gettext (_l) where it is defined at import. A
    sentence the app stores (a job's message, a removal's reason) is a key and parameters, also
    in the workers that store job progress."""
    trees = _parse(
        {
            str(path.relative_to(ROOT)): path.read_text()
            for path in sorted([*AWARD.rglob("*.py"), *(ROOT / "workers").rglob("*.py")])
            if not any(str(path.relative_to(ROOT)).startswith(place) for place in NOT_INTERFACE)
        }
    )
    problems = unmarked_python_text(trees)
    assert problems == [], "\n".join(["Not marked for translation:", *problems])


def test_the_python_check_finds_unmarked_text():
    sources = {
        "views.py": (
            "flash('Saved.', 'success')\n"
            "flash(f'Saved {title}.')\n"
            "flash(_('Saved %(title)s.', title=title))\n"
            "flash(error.message, 'danger')\n"
            "flash('Saved.' if changed else _('Nothing changed.'))\n"
        ),
        "forms.py": (
            "class F(FlaskForm):\n"
            "    name = StringField('Name', validators=[DataRequired(message='Give a name.')])\n"
            "    title = StringField(_l('Title'), description='What it is called.')\n"
            "    kind = RadioField(_l('Kind'), choices=[('a', 'A person'), ('b', _l('A group'))])\n"
            "    file = FileField(label=_l('File'), validators=[FileRequired('Choose one.')])\n"
            "    same = PasswordField(_l('Again'), validators=[EqualTo('password')])\n"
            "    ok = SubmitField(_l('Save'), validators=[Length(max=9, message=_l('Too long'))])\n"
        ),
        "operations.py": (
            "class LateError(StateConflict):\n"
            "    pass\n"
            "class StateConflict(DomainError):\n"
            "    pass\n"
            "raise DomainError('Too late.')\n"
            "raise LateError(f'Closed on {day}.')\n"
            "raise DomainError(_('Too late.'))\n"
            "raise ValueError('not for people')\n"
            "raise ValidationError('Give a date.')\n"
        ),
        "stored.py": (
            "assignment.removed_reason = f'removed by {actor.name}'\n"
            "job.status, job.message = FAILED, 'The solver failed.'\n"
            "db.session.add(ConflictOfInterest(source=s, reason=f'Same domain ({d}).'))\n"
            "a = Assignment(reasons={'manual': f'assigned by {name}'})\n"
            "assignment.removed_reason = reason\n"
            "job.result = {**job.result, 'message': Text('job.done').stored()}\n"
            "conflict = ConflictOfInterest(reason='', system_reason=text.stored())\n"
            "form.reason.data = ''\n"
        ),
    }
    assert sorted(unmarked_python_text(_parse(sources))) == sorted(
        [
            "views.py:1 flash",
            "views.py:2 flash",
            "views.py:5 flash",
            "forms.py:2 StringField label",
            "forms.py:2 DataRequired message",
            "forms.py:3 StringField label",
            "forms.py:4 RadioField choices",
            "forms.py:5 FileRequired message",
            "operations.py:5 raise DomainError",
            "operations.py:6 raise LateError",
            "operations.py:9 raise ValidationError",
            "stored.py:1 stored removed_reason",
            "stored.py:2 stored message",
            "stored.py:3 stored reason",
            "stored.py:4 stored reasons",
        ]
    )
