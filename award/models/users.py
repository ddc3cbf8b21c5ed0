"""People: accounts, roles, and what a reviewer brings (expertise, languages, side)."""

import enum
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from award.database import enum_column, utcnow
from award.extensions import db


class Role(enum.StrEnum):
    NOMINATOR = "nominator"
    REVIEWER = "reviewer"
    SECRETARIAT = "secretariat"


class Side(enum.StrEnum):
    """Whether a Council member speaks for a country that sends or receives health workers."""

    SENDING = "sending"
    RECEIVING = "receiving"
    NEITHER = "neither"


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        sa.CheckConstraint("email = lower(email)", name="email_lowercase"),
        sa.CheckConstraint("session_version >= 1", name="session_version_positive"),
        sa.CheckConstraint("country IS NULL OR length(country) = 2", name="country_iso2"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased (and checked), so the unique index is case-insensitive on every database.
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    email_verified_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
    # Part of the login id: bumping it signs out every other session and remember-me cookie.
    session_version: Mapped[int] = mapped_column(default=1)
    organisation: Mapped[str] = mapped_column(sa.String(200), default="")
    country: Mapped[str | None] = mapped_column(sa.String(2))
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    side: Mapped[Side | None] = mapped_column(enum_column(Side))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]

    roles: Mapped[list["UserRole"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )
    expertise: Mapped[list["ReviewerExpertise"]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    languages: Mapped[list["ReviewerLanguage"]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    # Set when the user is signed in through a LoginSession; Flask-Login stores it in the cookie.
    login_token = None

    def get_id(self) -> str | None:
        return self.login_token

    # UserMixin compares users by get_id(), which is the login token here (None for anyone not
    # signed in in this request): compare by identity, as the session's identity map intends.
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    @property
    def is_active(self) -> bool:
        return self.active

    def has_role(self, *roles: Role) -> bool:
        mine = {r.role for r in self.roles}
        return any(role in mine for role in roles)

    def add_role(self, role: Role) -> None:
        if not self.has_role(role):
            self.roles.append(UserRole(role=role))

    @property
    def role_names(self) -> list[str]:
        return sorted(r.role.value for r in self.roles)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


class UserRole(db.Model):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)
    user: Mapped[User] = relationship(back_populates="roles")


class ReviewerExpertise(db.Model):
    """A tag (a category slug or a theme) the reviewer knows well; feeds assignment affinity."""

    __tablename__ = "reviewer_expertise"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    user: Mapped[User] = relationship(back_populates="expertise")


class ReviewerLanguage(db.Model):
    __tablename__ = "reviewer_languages"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(sa.String(5), primary_key=True)
    user: Mapped[User] = relationship(back_populates="languages")


class LoginSession(db.Model):
    """One signed-in browser. Its random token (only the hash is stored) is the Flask-Login id, so
    signing out revokes it on the server and a replayed session or remember-me cookie no longer
    signs anybody in, although Flask's session itself is only a signed cookie."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    session_version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    ip: Mapped[str] = mapped_column(sa.String(45), default="")
    user_agent: Mapped[str] = mapped_column(sa.String(300), default="")
    user: Mapped[User] = relationship()
