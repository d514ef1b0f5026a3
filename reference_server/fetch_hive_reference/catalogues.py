"""Fixed catalogues: the reference models (``GET /public/models``) and the search services'
country lists. Their contents are this server's own (the published spec gives the shapes)."""

from __future__ import annotations

from typing import Any

from .content import (
    AGENT_MODEL,
    ASSET_HOST,
    CHAT_MODEL,
    IMAGE_MODEL,
    PROVIDER,
    REASONING_MODEL,
    stable_id,
)

__all__ = ["ASSET_HOST", "known_model", "models", "search_service", "search_services"]

_MODELS = (
    # slug, name, model_type, image generation, vision, reasoning, tool calling
    (CHAT_MODEL, "Reference Chat 1", "llm", False, False, False, True),
    (REASONING_MODEL, "Reference Reasoning 1", "llm", False, False, True, True),
    (AGENT_MODEL, "Reference Agent 1", "llm", False, True, False, True),
    (IMAGE_MODEL, "Reference Image 1", "image_generation", True, False, False, False),
)


def models(context_limit: int) -> list[dict[str, Any]]:
    return [
        {
            "id": stable_id("model", slug),
            "name": name,
            "slug": slug,
            "provider": PROVIDER,
            "provider_name": "Fetch Hive reference",
            "context_limit": 0 if image else context_limit,
            "model_type": model_type,
            "is_image_generation": image,
            "is_vision": vision,
            "is_reasoning": reasoning,
            "is_tool_calling": tools,
            "is_json_schema": not image,
        }
        for slug, name, model_type, image, vision, reasoning, tools in _MODELS
    ]


def known_model(value: str, context_limit: int) -> dict[str, Any] | None:
    """The model whose ``slug`` or ``id`` is ``value``."""
    return next((m for m in models(context_limit) if value in (m["slug"], m["id"])), None)


_COUNTRIES = (
    ("United States", "US"),
    ("United Kingdom", "GB"),
    ("Germany", "DE"),
    ("France", "FR"),
    ("Spain", "ES"),
    ("Mexico", "MX"),
    ("Brazil", "BR"),
    ("India", "IN"),
    ("Japan", "JP"),
    ("Australia", "AU"),
)

# service, name, field, format: Google services take the lowercase code (`gl`), Bing the
# uppercase one (`cc`).
_SERVICES = (
    ("google_search", "Google Search", "gl", "iso_3166_1_alpha_2_lowercase"),
    ("google_news", "Google News", "gl", "iso_3166_1_alpha_2_lowercase"),
    ("google_ai_mode", "Google AI Mode", "gl", "iso_3166_1_alpha_2_lowercase"),
    ("google_ai_overview", "Google AI Overview", "gl", "iso_3166_1_alpha_2_lowercase"),
    ("bing_search", "Bing Search", "cc", "iso_3166_1_alpha_2"),
)


SERVICE_NAMES = tuple(key for key, *_ in _SERVICES)


def search_service(service: str) -> dict[str, Any] | None:
    for key, name, value_field, value_format in _SERVICES:
        if key == service:
            lowercase = value_format.endswith("lowercase")
            return {
                "service": key,
                "name": name,
                "country_value_field": value_field,
                "country_value_format": value_format,
                "countries": [
                    {
                        "country_name": country,
                        "alpha2": code,
                        "value": code.lower() if lowercase else code,
                    }
                    for country, code in _COUNTRIES
                ],
            }
    return None


def search_services() -> list[dict[str, Any]]:
    return [entry for key, *_ in _SERVICES if (entry := search_service(key)) is not None]
