"""The API's OpenAPI 3 document, written by hand: six endpoints do not need a generator, and the
schemas here are what tests/test_api.py holds every answer to (schemathesis included)."""

from typing import Any

from award.api.payloads import RESULT_LISTS
from award.api.queries import SLUG
from award.models import NominationStatus, Phase, StageKind

VERSION = "1.0.0"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    schema = {
        "type": "object",
        "required": sorted(properties),
        "properties": properties,
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str, headers: dict | None = None) -> dict:
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }
    if headers:
        response["headers"] = headers
    return response


STRING = {"type": "string"}
TEXT_OR_NULL = _nullable({"type": "string"})
WHEN = {"type": "string", "format": "date-time"}
WHEN_OR_NULL = _nullable(WHEN)
NUMBER_OR_NULL = _nullable({"type": "number"})
RANK_OR_NULL = _nullable({"type": "integer", "minimum": 1})

ROUND_SUMMARY = {
    "slug": STRING,
    "name": STRING,
    "year": _nullable({"type": "integer"}),
    "phase": {"type": "string", "enum": [p.value for p in Phase]},
    "timezone": {"type": "string", "description": "IANA time zone the round's dates are set in."},
    "nominations_open_at": WHEN,
    "nominations_close_at": WHEN,
    "review_deadline": WHEN,
    "announced_at": WHEN_OR_NULL,
    "ranking_method": {
        "type": "string",
        "description": "The ranking method decisions are taken on; /rankings reports it.",
    },
    "top_n": {"type": "integer", "minimum": 1},
}

SCHEMAS: dict[str, Any] = {
    "Error": _object({"error": {"type": "string", "description": "What went wrong, in words."}}),
    "Category": _object({"slug": STRING, "name": STRING}),
    "Stage": _object(
        {
            "id": {"type": "integer"},
            "position": {"type": "integer"},
            "name": STRING,
            "kind": {"type": "string", "enum": [k.value for k in StageKind]},
        }
    ),
    "RoundSummary": _object(ROUND_SUMMARY),
    "RoundList": _object({"rounds": {"type": "array", "items": _ref("RoundSummary")}}),
    "Round": _object(
        {
            **ROUND_SUMMARY,
            "description": STRING,
            "eligibility": STRING,
            "reviewers_per_nomination": {"type": "integer", "minimum": 1},
            "categories": {"type": "array", "items": _ref("Category")},
            "stages": {"type": "array", "items": _ref("Stage")},
        }
    ),
    "Nomination": _object(
        {
            "id": {"type": "integer"},
            "receipt_number": STRING,
            "title": STRING,
            "category": _nullable(_ref("Category")),
            "country": _nullable({"type": "string", "minLength": 2, "maxLength": 2}),
            "status": {
                "type": "string",
                "enum": [s.value for s in NominationStatus if s != NominationStatus.DRAFT],
            },
            "submitted_at": WHEN,
        },
        "A submitted nomination, without its nominator's or nominee's contact details.",
    ),
    "NominationPage": _object(
        {
            "round": STRING,
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": 500},
            "total": {"type": "integer", "minimum": 0},
            "nominations": {"type": "array", "items": _ref("Nomination")},
        }
    ),
    "RankingEntry": _object(
        {
            "nomination_id": {"type": "integer"},
            "receipt_number": TEXT_OR_NULL,
            "title": STRING,
            "rank": _nullable(
                {"type": "integer", "minimum": 1, "description": "Null: not ranked."}
            ),
            "tie_group": _nullable(
                {"type": "integer", "description": "Entries sharing a number are tied."}
            ),
            "score": _nullable({"type": "number", "description": "0-100; null: no score."}),
            "score_interval": _object(
                {"low": NUMBER_OR_NULL, "high": NUMBER_OR_NULL},
                "90% interval of the score over the simulations.",
            ),
            "rank_interval": _object(
                {"best": RANK_OR_NULL, "worst": RANK_OR_NULL},
                "90% interval of the rank over the simulations.",
            ),
            "p_top_n": _nullable(
                {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Probability of a place in the top N (the ranking's top_n).",
                }
            ),
            "n_reviews": {"type": "integer", "minimum": 0},
            "flags": {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": [
                        "disagreement",
                        "missing_reviews",
                        "insufficient_reviews",
                        "renormalised",
                        "boundary",
                    ],
                },
            },
        }
    ),
    "Ranking": _object(
        {
            "stage": _ref("Stage"),
            "category": _ref("Category"),
            "method": STRING,
            "computed_at": WHEN,
            "input_hash": STRING,
            "applicable": {
                "type": "boolean",
                "description": "False when the method cannot rank this round; see reason.",
            },
            "reason": STRING,
            "top_n": {"type": "integer", "minimum": 1},
            "entries": {"type": "array", "items": _ref("RankingEntry")},
        },
        "The latest snapshot of one stage and category.",
    ),
    "Rankings": _object(
        {
            "round": STRING,
            "method": STRING,
            "rankings": {"type": "array", "items": _ref("Ranking")},
        }
    ),
    "ResultEntry": _object(
        {
            "category": _ref("Category"),
            "position": {"type": "integer"},
            "title": STRING,
            "nominee": STRING,
            "organisation": STRING,
            "country": _nullable({"type": "string", "minLength": 2, "maxLength": 2}),
            "citation": STRING,
        }
    ),
    "Results": _object(
        {
            "round": _ref("RoundSummary"),
            "public": {
                "type": "boolean",
                "description": "True once announced; false: provisional, for token holders only.",
            },
            **{
                name: {"type": "array", "items": _ref("ResultEntry")}
                for name in RESULT_LISTS.values()
            },
        }
    ),
}

ERROR = _ref("Error")
RATE_LIMITED = _json(ERROR, "Too many requests; wait and try again.")
UNAUTHORIZED = _json(
    ERROR,
    "No token, or a wrong, malformed or revoked one.",
    headers={"WWW-Authenticate": {"schema": STRING, "description": 'Bearer realm="award API"'}},
)
NOT_FOUND = _json(ERROR, "No round with this slug.")
SLUG_PARAMETER = {
    "name": "slug",
    "in": "path",
    "required": True,
    "description": "The round's slug, as in /calls/<slug>.",
    "schema": {"type": "string", "pattern": f"^{SLUG.pattern}$"},
    "example": "hwm-award-2026",
}


def _operation(
    operation_id: str, summary: str, ok: dict, *, slug: bool = True, **extra: Any
) -> dict:
    responses = {"200": ok, "401": UNAUTHORIZED, "429": RATE_LIMITED}
    if slug:
        responses["404"] = NOT_FOUND
    responses.update(extra.pop("responses", {}))
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "summary": summary,
        "parameters": [SLUG_PARAMETER] if slug else [],
        "responses": responses,
    }
    operation.update(extra)
    return operation


PATHS = {
    "/rounds": {
        "get": _operation(
            "listRounds",
            "Every round, newest call first.",
            _json(_ref("RoundList"), "The rounds."),
            slug=False,
        )
    },
    "/rounds/{slug}": {
        "get": _operation(
            "getRound",
            "One round with its categories and judging stages.",
            _json(_ref("Round"), "The round."),
        )
    },
    "/rounds/{slug}/nominations": {
        "get": _operation(
            "listNominations",
            "The round's submitted nominations (never drafts), oldest submission first.",
            _json(_ref("NominationPage"), "One page of nominations."),
            responses={"400": _json(ERROR, "page or per_page is not a valid number.")},
        )
    },
    "/rounds/{slug}/rankings": {
        "get": _operation(
            "getRankings",
            "The latest ranking snapshot per stage and category, for the round's method.",
            _json(_ref("Rankings"), "The rankings (empty until reviews are ranked)."),
        )
    },
    "/rounds/{slug}/results": {
        "get": _operation(
            "getResults",
            "Winners, runners-up and honourable mentions.",
            _json(_ref("Results"), "The results."),
            description=(
                "Public, with no token, once the round is announced or archived. Before that "
                "the decisions are provisional: with a valid token they are returned with "
                '"public": false; without a token the answer is 404, as for an unknown '
                "round. A token that is sent is always checked: a wrong one gets 401."
            ),
            security=[{}, {"bearerAuth": []}],
            responses={"404": _json(ERROR, "No round with this slug, or no public results yet.")},
        )
    },
}
PATHS["/rounds/{slug}/nominations"]["get"]["parameters"] += [
    {
        "name": "page",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1, "default": 1},
    },
    {
        "name": "per_page",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100},
    },
]


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Award API",
            "version": VERSION,
            "description": (
                "Read-only access to rounds, nominations, rankings and results for the "
                "secretariat's tools. Send a token made on the secretariat's API tokens page "
                "as 'Authorization: Bearer <token>'. Every answer, errors included, is JSON."
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearerAuth": []}],
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A token from the secretariat's API tokens page.",
                }
            },
        },
    }
