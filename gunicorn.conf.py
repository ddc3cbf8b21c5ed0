"""gunicorn settings (read by `gunicorn wsgi:app` from the working folder); sizing is explained
in docs/deploy.md. Every value can be overridden on the command line or by GUNICORN_CMD_ARGS."""

import gc
import multiprocessing
import os

from config import log_format, production_mode

if "GUNICORN_BIND" in os.environ:
    bind = os.environ["GUNICORN_BIND"]
elif "PORT" in os.environ:  # a Procfile host hands out the port; its router is in front
    bind = f"0.0.0.0:{os.environ['PORT']}"  # noqa: S104
else:  # behind a reverse proxy on the same machine
    bind = "127.0.0.1:8000"
# Processes for CPU (argon2 at sign-in, XLSX exports), threads for waiting on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
worker_class = "gthread"
timeout = 60
graceful_timeout = 30
keepalive = 5
# Restart each worker now and then, staggered, so that slow leaks cannot grow without end.
max_requests = 2000
max_requests_jitter = 200
# Load the app once, in the master, and fork the workers from it: a worker restarted by
# max_requests is serving again within milliseconds, instead of spending seconds of CPU
# importing the app while the others serve alone.
preload_app = True


def when_ready(server):
    """Do in the master, once, what each worker would otherwise do on its first requests:
    configure the ORM's mappers and compile every template. A worker recycled by max_requests
    then answers its first requests as fast as its later ones."""
    from sqlalchemy.orm import configure_mappers

    from wsgi import app

    configure_mappers()
    for name in app.jinja_env.list_templates(extensions=("html", "txt")):
        app.jinja_env.get_template(name)


def pre_fork(server, worker):
    """Move the loaded app's objects (models, catalogues, settings) out of the garbage
    collector's sight: a full collection then walks only what requests made, not a quarter of
    a million objects that never die, and walking them does not copy the pages they sit on."""
    gc.collect()
    gc.freeze()


def post_fork(server, worker):
    """A forked worker must not use database connections the master may have opened."""
    from award.extensions import db
    from wsgi import app

    with app.app_context():
        db.engine.dispose(close=False)


# gunicorn believes X-Forwarded-Proto only from these addresses; the app's ProxyFix (PROXY_HOPS)
# decides how many hops of X-Forwarded-For/-Proto/-Host to believe.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# The app writes its own access line (award/logs.py), with the request id and the user.
accesslog = None
errorlog = "-"

if log_format(production_mode()) == "json":
    # gunicorn's own lines (start, worker boot, timeouts) as JSON too, so that stderr is all JSON.
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "award.logs.JsonFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "gunicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "gunicorn.access": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
        "root": {"level": "INFO", "handlers": []},
    }
