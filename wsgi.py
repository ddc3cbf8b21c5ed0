"""Entry point for WSGI servers and Celery: `gunicorn wsgi:app`, `celery -A wsgi.celery worker`."""

from award import create_app

app = create_app()
celery = app.extensions["celery"]
