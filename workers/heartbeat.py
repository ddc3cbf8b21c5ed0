"""Worker heartbeats in Redis, which /healthz reads to tell whether any worker is alive.

Each worker process writes `hostname -> Redis server time` into one sorted set every
WORKER_HEARTBEAT_SECONDS, from a thread of its own, and removes itself when it stops. Chosen over
Celery's `control.ping` because a ping is a broadcast that waits out its whole timeout on every
probe, leaves a reply queue in the broker each time, and goes unanswered by a worker busy with a
long task (an assignment run) in the solo pool, which a probe would report as down. A heartbeat
costs the probe one Redis round trip and no waiting. Times come from the Redis server's clock, so
machines whose clocks disagree still agree on how old a heartbeat is."""

import contextlib
import logging
import threading

import redis
from celery import bootsteps

HEARTBEAT_KEY = "award:worker-heartbeats"
log = logging.getLogger(__name__)


def redis_client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)


def live_workers(client: redis.Redis, stale_after: float) -> list[str]:
    """Names of the workers whose last heartbeat is younger than `stale_after` seconds."""
    pipe = client.pipeline(transaction=False)
    pipe.time()
    pipe.zrange(HEARTBEAT_KEY, 0, -1, withscores=True)
    (seconds, micros), beats = pipe.execute()
    now = seconds + micros / 1e6
    return [name.decode() for name, at in beats if now - at < stale_after]


def beat(client: redis.Redis, hostname: str, stale_after: float) -> None:
    seconds, micros = client.time()
    now = seconds + micros / 1e6
    pipe = client.pipeline(transaction=False)
    pipe.zadd(HEARTBEAT_KEY, {hostname: now})
    # Workers that died without saying goodbye (SIGKILL, a lost machine) are cleared by the rest.
    pipe.zremrangebyscore(HEARTBEAT_KEY, "-inf", now - 10 * stale_after)
    pipe.execute()


class WorkerHeartbeat(bootsteps.StartStopStep):
    """A worker bootstep: starts the heartbeat thread with the worker, removes the entry when the
    worker shuts down."""

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        conf = worker.app.conf
        self.interval = conf.get("award_heartbeat_seconds", 10)
        self.stale_after = conf.get("award_stale_seconds", 30)
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.client: redis.Redis | None = None

    def start(self, worker) -> None:
        self.client = redis_client(worker.app.conf.broker_url)
        self.hostname = worker.hostname
        self.thread = threading.Thread(target=self._run, name="award-heartbeat", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        failing = False
        while True:
            try:
                beat(self.client, self.hostname, self.stale_after)
                if failing:
                    log.info("worker heartbeat written again")
                failing = False
            except redis.RedisError as error:
                if not failing:  # once per outage, not every few seconds
                    log.warning("worker heartbeat not written: %s", error)
                failing = True
            if self.stopping.wait(self.interval):
                return

    def stop(self, worker) -> None:
        if self.thread is None:
            return
        self.stopping.set()
        self.thread.join(5)
        self.thread = None
        with contextlib.suppress(redis.RedisError):  # if not, the entry goes stale on its own
            self.client.zrem(HEARTBEAT_KEY, self.hostname)

    shutdown = stop
