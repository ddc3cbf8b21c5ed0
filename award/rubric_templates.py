"""Ready-made rubrics the secretariat can apply to a judging stage, as plain data.

Each criterion is a dict with the fields of `Criterion` (key, name, description, weight,
scale_min, scale_max, descriptors, comment_required). Descriptor keys are strings, as they are
stored (JSON object keys). Weights need not sum to 100: they are normalised when shown.

The criteria are copied into a round as its own text, in English; only the menu label is
translated."""

from flask_babel import lazy_gettext as _l

# The WHO Global Code of Practice on the International Recruitment of Health Personnel (2010):
# innovation, impact and evidence, ethical recruitment and mutuality of benefit for sending and
# receiving countries, scalability, sustainability.
WHO_CODE_TEMPLATE = [
    {
        "key": "innovation",
        "name": "Innovation",
        "description": (
            "How new the approach is in its setting, and whether it solves a known problem of "
            "health worker migration in a way others have not tried."
        ),
        "weight": 20,
        "scale_min": 1,
        "scale_max": 5,
        "descriptors": {
            "1": "A routine activity with no new element.",
            "2": "A familiar approach with minor local adaptation.",
            "3": (
                "A known approach applied well in a new setting or to a new group of health "
                "workers."
            ),
            "4": "A clearly original approach with a distinct mechanism or partnership.",
            "5": (
                "A genuinely new model that changes how the problem is handled and that others "
                "are already studying."
            ),
        },
        "comment_required": False,
    },
    {
        "key": "impact",
        "name": "Impact and evidence",
        "description": (
            "The measurable results achieved so far for health workers and for health services, "
            "and the quality of the evidence offered for them."
        ),
        "weight": 25,
        "scale_min": 1,
        "scale_max": 5,
        "descriptors": {
            "1": "No results reported, or claims without any data.",
            "2": "Activity figures only (people trained, meetings held), without outcomes.",
            "3": "Some outcome data, from a single source or a short period.",
            "4": "Clear outcome data over at least a year, with a baseline or comparison.",
            "5": (
                "Strong, independently verified evidence of improved staffing, retention or "
                "services."
            ),
        },
        "comment_required": False,
    },
    {
        "key": "ethics",
        "name": "Ethical recruitment and mutuality of benefit",
        "description": (
            "How far the initiative follows the WHO Global Code of Practice: fair and transparent "
            "recruitment, fair treatment of migrant health workers, and real benefits for both "
            "the sending and the receiving country."
        ),
        "weight": 25,
        "scale_min": 1,
        "scale_max": 5,
        "descriptors": {
            "1": (
                "Conflicts with the Code, for example by charging workers fees or recruiting "
                "actively from a safeguard-list country."
            ),
            "2": "Neutral towards the Code; benefits flow mainly to one side.",
            "3": "Consistent with the Code, with some benefit to both countries.",
            "4": (
                "Actively applies the Code, with documented benefits for sending and receiving "
                "countries and fair treatment of workers."
            ),
            "5": (
                "An exemplary application of the Code, with binding commitments, independent "
                "monitoring and balanced benefits."
            ),
        },
        "comment_required": True,
    },
    {
        "key": "scalability",
        "name": "Scalability and transferability",
        "description": (
            "Whether the approach could be adopted by other countries, regions or professions, "
            "and what it would take to do so."
        ),
        "weight": 15,
        "scale_min": 1,
        "scale_max": 5,
        "descriptors": {
            "1": "Depends entirely on unique local circumstances.",
            "2": "Could be copied only with major redesign.",
            "3": "Could be adopted in similar settings with moderate adaptation.",
            "4": (
                "Already documented well enough for others to adopt; some interest from other "
                "countries."
            ),
            "5": "Already replicated or adopted elsewhere, with evidence that it works there too.",
        },
        "comment_required": False,
    },
    {
        "key": "sustainability",
        "name": "Sustainability",
        "description": (
            "Whether the initiative has secure funding, institutional ownership and political "
            "support to continue beyond its current project period."
        ),
        "weight": 15,
        "scale_min": 1,
        "scale_max": 5,
        "descriptors": {
            "1": "Ends when the current grant or project ends.",
            "2": "Continuation depends on a single funder or champion.",
            "3": "Partly built into institutional budgets or routines.",
            "4": "Funded from regular budgets or fees, with a named institutional owner.",
            "5": "Written into law, regulation or a long-term agreement, with stable funding.",
        },
        "comment_required": False,
    },
]

# The templates offered on the rubric page: key -> (label, criteria).
TEMPLATES = {
    "who-code": (_l("WHO Global Code of Practice"), WHO_CODE_TEMPLATE),
}
