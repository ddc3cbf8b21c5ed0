"""The nominator's own nominations."""

from award.nominations.views import bp

__all__ = ["bp"]
