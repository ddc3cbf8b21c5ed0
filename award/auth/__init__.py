"""Accounts: sign up, sign in and out, e-mail confirmation, password reset and change, and
accepting an invitation to the Council."""

from award.auth import invitations  # noqa: F401  (registers its routes on bp)
from award.auth.views import bp

__all__ = ["bp"]
