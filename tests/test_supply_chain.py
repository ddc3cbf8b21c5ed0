"""Supply chain (RELIABILITY 46): bandit finds nothing in the code, and the pip-audit step of
`make security` fails on a known vulnerability but only warns when it cannot reach the index."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.audit_dependencies import verdict

ROOT = Path(__file__).resolve().parent.parent


def test_bandit_finds_nothing_at_any_severity():
    bandit = Path(sys.executable).parent / "bandit"
    if not bandit.exists() and shutil.which("bandit") is None:
        pytest.skip("bandit is not installed (pip install -e '.[dev]')")
    result = subprocess.run(
        [
            str(bandit if bandit.exists() else "bandit"),
            "-q",
            "-c",
            "pyproject.toml",
            "-r",
            "award",
            "workers",
            "config.py",
            "wsgi.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_known_vulnerability_fails():
    report = {
        "dependencies": [
            {"name": "flask", "version": "3.1.0", "vulns": []},
            {
                "name": "jinja2",
                "version": "3.1.4",
                "vulns": [{"id": "GHSA-q2x7-8rv6-6q7h", "fix_versions": ["3.1.5"]}],
            },
        ]
    }
    status, lines = verdict(report, "")
    assert status == 1 and any("GHSA-q2x7-8rv6-6q7h" in line for line in lines)


def test_no_vulnerability_passes():
    report = {"dependencies": [{"name": "flask", "version": "3.1.0", "vulns": []}]}
    assert verdict(report, "")[0] == 0


@pytest.mark.parametrize(
    ("report", "stderr"),
    [
        (None, "requests.exceptions.ConnectionError: Max retries exceeded with url"),
        (
            {"dependencies": [{"name": "flask", "skip_reason": "Dependency not found on PyPI"}]},
            "",
        ),
    ],
)
def test_an_unreachable_index_warns_without_failing(report, stderr):
    status, lines = verdict(report, stderr)
    assert status == 0 and lines[0].startswith("WARNING") and "no" in lines[1].lower()


def test_pip_audit_crashing_for_another_reason_fails():
    assert verdict(None, "Traceback: something else broke")[0] == 1
