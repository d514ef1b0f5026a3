"""Fixed catalogues: the reference models, the search services' countries (no key needed),
and the error-code catalogue (no key, and no fault ever applies to it)."""

from __future__ import annotations

from starlette.responses import Response

from .. import catalogues, errors
from ..answers import json_answer
from ..calls import Call
from ..error_codes import catalogue
from ..registry import handles


@handles("listModels")
async def list_models(call: Call) -> Response:
    return json_answer(catalogues.models(call.settings.context_limit))


@handles("listSearchServiceCountries")
async def list_search_service_countries(call: Call) -> Response:
    return json_answer({"services": catalogues.search_services()})


@handles("getSearchServiceCountries")
async def get_search_service_countries(call: Call) -> Response:
    found = catalogues.search_service(call.path["service"])
    if found is None:
        raise errors.not_found(
            "Unsupported search service", "Known: " + ", ".join(catalogues.SERVICE_NAMES)
        )
    return json_answer(found)


@handles("listErrorCodes", faults=False)
async def list_error_codes(call: Call) -> Response:
    return json_answer(catalogue(call.query.get("locale")))
