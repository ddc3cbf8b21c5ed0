# One image for every process: web (gunicorn), worker, beat and the release step; compose.yaml
# and the Procfile pick the command. See docs/deploy.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    AWARD_PRODUCTION=1 \
    AWARD_INSTANCE_DIR=/data \
    LOG_FORMAT=json \
    GUNICORN_BIND=0.0.0.0:8000

WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin award \
    && mkdir /data && chown award:award /data

# The templates and migrations are found next to config.py, so the project is installed in
# place (editable) rather than copied into site-packages.
COPY pyproject.toml README.md ./
COPY config.py wsgi.py gunicorn.conf.py ./
COPY award ./award
COPY workers ./workers
COPY templates ./templates
COPY migrations ./migrations
RUN pip install -e . && python -m compileall -q award workers

USER award
VOLUME ["/data"]
EXPOSE 8000
CMD ["gunicorn", "wsgi:app"]
