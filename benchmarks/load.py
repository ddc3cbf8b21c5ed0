"""Load benchmark: gunicorn on PostgreSQL and Redis on this machine, driven by concurrent users.

    python benchmarks/load.py [--users 16] [--seconds 20] [--workers N] [--threads N]

It starts a throwaway PostgreSQL cluster and redis-server, migrates, seeds the demo plus one
reviewer with assignments and one nominator with a draft per simulated user, serves `wsgi:app`
with gunicorn as configured for production (gunicorn.conf.py: the app preloaded, 2 x cores + 1
processes of 2 threads, unless --workers/--threads say otherwise), signs every user in, then
runs each scenario with --users threads:

- bare: a static file through the whole Flask stack (the server's ceiling, `bare_rps`);
- dashboard: a reviewer opens their dashboard;
- review_save: a reviewer saves their review draft (the autosave endpoint, with its version);
- draft_save: a nominator saves their nomination draft.

Each scenario runs twice, for --seconds each:

- saturated: every user sends the next request as soon as the last is answered. This gives the
  throughput (`rps`), compared with `bare_rps`. Its latencies are queueing, not service: by
  Little's law 16 users at N requests per second wait 16/N seconds on average whatever the code.
- paced: every user waits a random think time (uniform in --think, default 0 to 0.5 s) between
  requests. Sixteen such users offer about 50 requests a second to one route, as much as the
  whole site's peak in RELIABILITY.md's workload model (40-60 req/s). Its p50/p99 are the
  latencies a user sees at that load.

It prints one JSON object: per scenario both phases, `errors` (any answer other than the expected
one, or a failed connection), `lost_writes` (saves that were acknowledged but whose text is not
in the database afterwards) and `targets` (dashboard and review save at a quarter of `bare_rps`
or more, paced p99 under 100 ms, no error, no lost write).
"""

import argparse
import json
import os
import random
import re
import runpy
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.latency import percentiles_ms  # noqa: E402
from tests.services import PostgresCluster, RedisServer, free_port, wait_for_port  # noqa: E402

PASSWORD = "load-test-passphrase-2026"  # noqa: S105 - a throwaway account on a throwaway database
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _env(pg_url: str, redis_url: str, instance: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": pg_url,
        "REDIS_URL": redis_url,
        "AWARD_INSTANCE_DIR": str(instance),
        "SECRET_KEY": "load-benchmark-secret-" + "x" * 32,
        "FLASK_APP": "wsgi.py",
        "PUBLIC_URL": "http://127.0.0.1",
    }


SETUP = r"""
import json, sys
from datetime import timedelta
import sqlalchemy as sa
from award import create_app
from award.database import utcnow
from award.extensions import db
from award.models import (Assignment, Nomination, NominationStatus, Phase, Role, Round,
    RoundReviewer, User, UserRole)
from award.operations.demo import seed_demo
from award.security import hash_password

users = int(sys.argv[1])
app = create_app()
with app.app_context():
    seed_demo()
    db.session.commit()
    review = db.session.scalar(sa.select(Round).where(Round.phase == Phase.REVIEW))
    open_round = db.session.scalar(sa.select(Round).where(Round.phase == Phase.OPEN))
    stage = review.stages[0]
    eligible = db.session.scalars(sa.select(Nomination).where(
        Nomination.round_id == review.id, Nomination.status == NominationStatus.ELIGIBLE)).all()
    secret = hash_password(sys.argv[2])
    out = {"reviewers": [], "nominators": []}
    for i in range(users):
        reviewer = User(email=f"load-reviewer{i}@example.org", name=f"Load Reviewer {i}",
                        password_hash=secret, email_verified_at=utcnow())
        nominator = User(email=f"load-nominator{i}@example.org", name=f"Load Nominator {i}",
                         password_hash=secret, email_verified_at=utcnow())
        db.session.add_all([reviewer, nominator])
        db.session.flush()
        db.session.add_all([UserRole(user_id=reviewer.id, role=Role.REVIEWER),
                            UserRole(user_id=nominator.id, role=Role.NOMINATOR),
                            RoundReviewer(round_id=review.id, user_id=reviewer.id)])
        assignment = Assignment(stage=stage, nomination=eligible[i % len(eligible)],
                                reviewer_id=reviewer.id)
        draft = Nomination(round_id=open_round.id, nominator_id=nominator.id,
                           title=f"Load draft {i}")
        db.session.add_all([assignment, draft])
        db.session.flush()
        out["reviewers"].append({"email": reviewer.email, "assignment": assignment.id})
        out["nominators"].append({"email": nominator.email, "nomination": draft.id})
    out["criteria"] = [c.id for c in stage.criteria]
    db.session.commit()
    print(json.dumps(out))
"""

CHECK = r"""
import json, sys
import sqlalchemy as sa
from award import create_app
from award.extensions import db
from award.models import Nomination, Review
expected = json.load(open(sys.argv[1]))
app = create_app()
with app.app_context():
    lost = 0
    for assignment_id, text in expected["reviews"].items():
        got = db.session.scalar(sa.select(Review.overall_comment).where(
            Review.assignment_id == int(assignment_id)))
        lost += got != text
    for nomination_id, title in expected["drafts"].items():
        lost += db.session.get(Nomination, int(nomination_id)).title != title
    print(lost)
"""


class User:
    def __init__(self, base: str, email: str):
        self.base, self.email = base, email
        self.http = requests.Session()
        self.token = ""

    def sign_in(self) -> None:
        page = self.http.get(f"{self.base}/auth/login", timeout=30)
        self.token = _csrf(page.text)
        answer = self.http.post(
            f"{self.base}/auth/login",
            data={"email": self.email, "password": PASSWORD, "csrf_token": self.token},
            allow_redirects=False,
            timeout=30,
        )
        if answer.status_code != 302:
            raise RuntimeError(f"sign-in failed for {self.email}: {answer.status_code}")
        # Signing in starts a new session (no fixation), and the CSRF token belongs to it.
        self.token = _csrf(self.http.get(f"{self.base}/", timeout=30).text)


def _csrf(html: str) -> str:
    match = CSRF.search(html)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


def run_scenario(users, action, seconds, think=(0.0, 0.0)):
    """Each user runs `action` in a loop for `seconds`, waiting a random think time between
    requests; returns rps, latencies and errors."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def loop(user, n):
        mine, failed, i = [], 0, 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                ok = action(user, n, i)
            except requests.RequestException:
                ok = False
            mine.append(time.perf_counter() - started)
            failed += not ok
            i += 1
            if think[1]:
                time.sleep(random.uniform(*think))  # noqa: S311 - a think time, not a secret
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=loop, args=(u, n)) for n, u in enumerate(users)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        **percentiles_ms(latencies),
        "errors": errors[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    # By default the production settings of gunicorn.conf.py (2 x cores + 1 processes x 2).
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument(
        "--think",
        type=lambda text: tuple(float(x) for x in text.split(",")),
        default=(0.0, 0.5),
        help="think time range of the paced phase, in seconds: low,high",
    )
    args = parser.parse_args()
    production = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    args.workers = args.workers or production["workers"]
    args.threads = args.threads or production["threads"]
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="award-load-") as tmp:
        tmp = Path(tmp)
        os.chmod(tmp, 0o755)  # the postgres user must reach the cluster folder inside
        pg = PostgresCluster(tmp / "pg").start()
        redis = RedisServer(tmp / "redis").start()
        server = None
        try:
            env = _env(pg.create_database("award_load"), redis.url, tmp / "instance")
            subprocess.run(
                [python, "-m", "flask", "db", "upgrade"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            seeded = subprocess.run(
                [python, "-c", SETUP, str(args.users), PASSWORD],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            people = json.loads(seeded.stdout.strip().splitlines()[-1])
            port = free_port()
            server = subprocess.Popen(
                [
                    python,
                    "-m",
                    "gunicorn",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(args.workers),
                    "--threads",
                    str(args.threads),
                    "--log-level",
                    "warning",
                    "wsgi:app",
                ],
                env={**env, "PUBLIC_URL": f"http://127.0.0.1:{port}"},
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=open(tmp / "gunicorn.log", "w"),  # noqa: SIM115
            )
            wait_for_port(port, timeout=30)
            base = f"http://127.0.0.1:{port}"
            reviewers = [User(base, p["email"]) for p in people["reviewers"]]
            nominators = [User(base, p["email"]) for p in people["nominators"]]
            for user in reviewers + nominators:
                user.sign_in()
            static = requests.get(f"{base}/", timeout=30).text
            css = re.search(r'href="(/static/[^"]+\.css[^"]*)"', static)
            bare_path = css.group(1) if css else "/static/favicon.ico"
            saved_reviews: dict[str, str] = {}
            saved_drafts: dict[str, str] = {}
            versions: dict[int, int] = {}

            def bare(user, n, i):
                return user.http.get(base + bare_path, timeout=30).status_code == 200

            def dashboard(user, n, i):
                answer = user.http.get(f"{base}/review/", timeout=30)
                return answer.status_code == 200 and "My reviews" in answer.text

            def review_save(user, n, i):
                assignment = people["reviewers"][n]["assignment"]
                text = f"load {n} {i}"
                data = {
                    "csrf_token": user.token,
                    "version": versions.get(assignment, 1),
                    "overall_comment": text,
                }
                for criterion in people["criteria"]:
                    data[f"score_{criterion}"] = str(1 + (i + criterion) % 5)
                answer = user.http.post(
                    f"{base}/review/assignments/{assignment}/autosave",
                    data=data,
                    headers={"X-CSRFToken": user.token},
                    timeout=30,
                )
                if answer.status_code != 200:
                    return False
                body = answer.json()
                versions[assignment] = body["version"]
                if body.get("saved"):
                    saved_reviews[str(assignment)] = text
                return True

            def draft_save(user, n, i):
                nomination = people["nominators"][n]["nomination"]
                title = f"Load draft {n} {i}"
                answer = user.http.post(
                    f"{base}/nominations/{nomination}/edit",
                    data={"csrf_token": user.token, "title": title, "save": "y"},
                    allow_redirects=False,
                    timeout=30,
                )
                if answer.status_code != 302:
                    return False
                saved_drafts[str(nomination)] = title
                return True

            scenarios = {
                "bare": (reviewers, bare),
                "dashboard": (reviewers, dashboard),
                "review_save": (reviewers, review_save),
                "draft_save": (nominators, draft_save),
            }
            results = {}
            for name, (people_of, action) in scenarios.items():
                saturated = run_scenario(people_of, action, args.seconds)
                paced = run_scenario(people_of, action, args.seconds, args.think)
                results[name] = {**saturated, "paced": paced}
            expected = tmp / "expected.json"
            expected.write_text(json.dumps({"reviews": saved_reviews, "drafts": saved_drafts}))
            checked = subprocess.run(
                [python, "-c", CHECK, str(expected)],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            lost = int(checked.stdout.strip().splitlines()[-1])
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
            redis.stop()
            pg.stop()
    bare_rps = results["bare"]["rps"]
    errors = sum(v["errors"] + v["paced"]["errors"] for v in results.values())
    share = {k: round(v["rps"] / bare_rps, 2) for k, v in results.items() if bare_rps}
    targets = {
        f"{name}_{check}": ok
        for name in ("dashboard", "review_save")
        for check, ok in (
            ("quarter_of_bare", share.get(name, 0) >= 0.25),
            ("paced_p99_under_100ms", results[name]["paced"]["p99_ms"] < 100),
        )
    }
    targets |= {"no_errors": errors == 0, "no_lost_writes": lost == 0}
    print(
        json.dumps(
            {
                "users": args.users,
                "gunicorn": {"workers": args.workers, "threads": args.threads},
                "seconds_per_phase": args.seconds,
                "think_seconds": args.think,
                "bare_path": bare_path,
                "bare_rps": bare_rps,
                "scenarios": results,
                "share_of_bare": share,
                "errors": errors,
                "lost_writes": lost,
                "targets": targets,
                "all_targets_met": all(targets.values()),
                "load_average": round(os.getloadavg()[0], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
