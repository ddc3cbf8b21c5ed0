"""Real services for the tests: a redis-server and a throwaway PostgreSQL cluster, each started
on a free port in a temporary folder, and a Celery worker process. Nothing here is mocked."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing(service: str, why: str) -> None:
    """Outside CI a missing service skips its tests with a message; in CI it is a failure."""
    message = f"{service} is not available: {why}"
    if in_ci():
        pytest.fail(message + " (CI must install it; see .ci/run)", pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


class RedisServer:
    def __init__(self, workdir: Path):
        self.binary = shutil.which("redis-server")
        self.workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None


class PostgresCluster:
    """`initdb` refuses to run as root, so as root the cluster belongs to the postgres user."""

    def __init__(self, workdir: Path, durable: bool = False):
        self.bin = next((d for d in PG_BIN_DIRS if (d / "initdb").exists()), None)
        self.workdir = workdir
        self.datadir = workdir / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        # Not durable (the default): fsync and synchronous commit off, fast for the suite, but a
        # crash may lose the last commits. Durable: PostgreSQL's own defaults, for crash tests.
        self.durable = durable

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> "PostgresCluster":
        self.workdir.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.workdir, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.datadir),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        return self.resume()

    def resume(self) -> "PostgresCluster":
        """Start the server of an initialised cluster, e.g. after `stop()`."""
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.datadir), "-w", "-l", str(self.workdir / "log"),
            "-o", options, "start",
        )  # fmt: skip
        return self

    def stop(self) -> None:
        """Stop at once, as a crash would: open transactions are lost, connections cut."""
        if self.datadir.exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


class _CeleryProcess:
    """A celery command run in its own process group, logging to `logfile`."""

    logfile: Path
    env: dict[str, str]
    process: subprocess.Popen | None = None

    def _spawn(self, args: list[str], ready: bytes, what: str) -> None:
        """Start `celery -A wsgi.celery <args>` and wait until its log says `ready`."""
        log = open(self.logfile, "ab")  # noqa: SIM115 - kept open for the process's life
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "wsgi.celery", *args],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill_all() reaches the pool too
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if ready in self.logfile.read_bytes():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"celery {what} exited:\n" + self.logfile.read_text()[-3000:])
            time.sleep(0.1)
        raise TimeoutError(f"celery {what} not ready:\n" + self.logfile.read_text()[-3000:])

    def kill_all(self) -> None:
        """SIGKILL the main process and its pool children at once, as a crash or the OOM killer
        would: nothing runs a shutdown handler, nothing is acknowledged or given back."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def log(self) -> str:
        return self.logfile.read_text(errors="replace")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill_all()


class CeleryWorker(_CeleryProcess):
    """A real `celery worker` process running the project's tasks against the given services."""

    def __init__(
        self,
        env: dict[str, str],
        logfile: Path,
        name: str = "w1",
        options: tuple[str, ...] = (),
        pool: str = "solo",
        include: tuple[str, ...] = (),
    ):
        self.env = {**os.environ, **env}
        self.options = options  # celery's own options, such as --quiet
        self.logfile = logfile
        self.name = name
        self.pool = pool  # "prefork" runs the tasks in one pool child process
        self.include = include  # extra modules the worker imports (-I), e.g. a test hook

    def start(self) -> "CeleryWorker":
        self._spawn(
            [
                *self.options,
                "worker",
                "--pool",
                self.pool,
                "--concurrency",
                "1",
                *(["--include", ",".join(self.include)] if self.include else []),
                "--loglevel",
                "INFO",
                "-n",
                f"{self.name}@%h",
                "--without-mingle",
                "--without-gossip",
                "--without-heartbeat",
            ],
            ready=b"ready.",
            what="worker",
        )
        return self

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)


class CeleryBeat(_CeleryProcess):
    """A real `celery beat` process with its own schedule file, as a second machine would have."""

    def __init__(self, env: dict[str, str], workdir: Path, name: str = "beat1"):
        self.env = {**os.environ, **env}
        self.logfile = workdir / f"{name}.log"
        self.schedule = workdir / f"{name}-schedule"

    def start(self) -> "CeleryBeat":
        self._spawn(
            ["beat", "--schedule", str(self.schedule), "--loglevel", "INFO"],
            ready=b"Starting...",
            what="beat",
        )
        return self


def wait_until(predicate, timeout: float = 20.0, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


class ScriptedSMTPServer:
    """A real SMTP server on loopback that answers MAIL FROM with scripted codes (e.g. 451 then
    250) and keeps what it accepted. Enough of RFC 5321 for smtplib."""

    def __init__(self, replies: list[int] | None = None, default: int = 250, stall_first=False):
        import socketserver
        import threading

        self.replies = list(replies or [])
        self.default = default
        self.accepted: list[bytes] = []
        self.attempts = 0
        # stall_first: the first MAIL FROM gets no answer until `release` is set, then the
        # connection drops, so that a test can kill a worker in the middle of sending.
        self.stall_first = stall_first
        self.stalled = threading.Event()
        self.release = threading.Event()
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                def say(line: str) -> None:
                    self.wfile.write((line + "\r\n").encode())

                say("220 test SMTP ready")
                code = 250
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.decode(errors="replace").strip().upper()
                    if verb.startswith(("EHLO", "HELO")):
                        say("250 test")
                    elif verb.startswith("MAIL FROM"):
                        if outer.stall_first and not outer.stalled.is_set():
                            outer.stalled.set()
                            outer.release.wait(60)
                            return
                        outer.attempts += 1
                        code = outer.replies.pop(0) if outer.replies else outer.default
                        say(f"{code} {'OK' if code == 250 else 'scripted failure'}")
                    elif verb.startswith("RCPT TO"):
                        say("250 OK")
                    elif verb == "DATA":
                        say("354 go on")
                        body = b""
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            body += chunk
                        outer.accepted.append(body)
                        say("250 queued")
                    elif verb == "RSET":
                        say("250 OK")
                    elif verb == "QUIT":
                        say("221 bye")
                        return
                    else:
                        say("250 OK")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "ScriptedSMTPServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
