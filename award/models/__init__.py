"""All models, importable from one place (`from award.models import Nomination`)."""

from award.models.audit import AuditEvent
from award.models.jobs import JobRun, JobStatus
from award.models.nominations import (
    Answer,
    Attachment,
    AttachmentKind,
    LinkKind,
    Nomination,
    NominationCountry,
    NominationStatus,
    NominationTheme,
    NominationVersion,
    NomineeKind,
)
from award.models.outbox import OutboxMessage, OutboxStatus
from award.models.rankings import Decision, DecisionKind, RankingEntry, RankingSnapshot
from award.models.reviews import (
    Assignment,
    AssignmentSource,
    Bid,
    ConflictOfInterest,
    ConflictSource,
    DiscussionPost,
    Recommendation,
    Review,
    ReviewRevision,
    ReviewStatus,
    Score,
)
from award.models.rounds import (
    PHASE_ORDER,
    Category,
    Criterion,
    Invitation,
    MemberStatus,
    Phase,
    Question,
    QuestionKind,
    Round,
    RoundReviewer,
    Stage,
    StageKind,
)
from award.models.users import LoginSession, ReviewerExpertise, ReviewerLanguage, Role, Side, User, UserRole

__all__ = [
    "PHASE_ORDER", "Answer", "Assignment", "AssignmentSource", "Attachment", "AttachmentKind",
    "AuditEvent", "Bid", "Category", "ConflictOfInterest", "ConflictSource", "Criterion",
    "Decision", "DecisionKind", "DiscussionPost", "Invitation", "JobRun", "LoginSession", "JobStatus", "LinkKind",
    "MemberStatus", "Nomination", "NominationCountry", "NominationStatus", "NominationTheme",
    "NominationVersion", "NomineeKind", "OutboxMessage", "OutboxStatus", "Phase", "Question",
    "QuestionKind", "RankingEntry", "RankingSnapshot", "Recommendation", "Review",
    "ReviewRevision", "ReviewStatus", "ReviewerExpertise", "ReviewerLanguage", "Role", "Round",
    "RoundReviewer", "Score", "Side", "Stage", "StageKind", "User", "UserRole",
]
