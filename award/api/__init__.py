"""The read-only JSON API at /api/v1, for the secretariat's other tools (docs in README.md and
at /api/v1/openapi.json)."""

from award.api.views import bp

__all__ = ["bp"]
