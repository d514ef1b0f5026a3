"""The error-code catalogue served by ``GET /error_codes`` (English and Spanish texts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_LOCALE = "en"


@dataclass(frozen=True)
class CodeEntry:
    code: str
    status: int
    category: str
    action_key: str
    message: dict[str, str]


# Texts written for this server; `%{name}` placeholders as the real catalogue uses them.
_ENTRIES = (
    CodeEntry(
        "model_deprecated",
        422,
        "model",
        "choose_another_model",
        {"en": "The model %{model} is deprecated.", "es": "El modelo %{model} está obsoleto."},
    ),
    CodeEntry(
        "personal_model_missing_credentials",
        422,
        "model",
        "add_credentials",
        {
            "en": "No credentials are saved for the %{provider} model.",
            "es": "No hay credenciales guardadas para el modelo de %{provider}.",
        },
    ),
    CodeEntry(
        "personal_model_invalid_credentials",
        422,
        "model",
        "fix_credentials",
        {
            "en": "The %{provider} credentials were rejected.",
            "es": "Las credenciales de %{provider} fueron rechazadas.",
        },
    ),
    CodeEntry(
        "insufficient_hosted_llm_credits",
        402,
        "billing",
        "buy_credits",
        {
            "en": "Your workspace has run out of hosted LLM credits.",
            "es": "Tu espacio de trabajo se quedó sin créditos de LLM alojados.",
        },
    ),
    CodeEntry(
        "account_credit_cap_reached",
        422,
        "billing",
        "raise_credit_cap",
        {
            "en": "The account credit cap of %{cap} was reached.",
            "es": "Se alcanzó el límite de crédito de la cuenta de %{cap}.",
        },
    ),
    CodeEntry(
        "asset_storage_limit_reached",
        402,
        "plan",
        "upgrade_plan",
        {
            "en": "The asset storage limit of your plan was reached.",
            "es": "Se alcanzó el límite de almacenamiento de tu plan.",
        },
    ),
    CodeEntry(
        "vision_not_supported",
        422,
        "model",
        "choose_another_model",
        {
            "en": "The model %{model} cannot read images.",
            "es": "El modelo %{model} no puede leer imágenes.",
        },
    ),
    CodeEntry(
        "workflow_step_limit_reached",
        402,
        "plan",
        "upgrade_plan",
        {
            "en": "Workflows on your plan can have at most %{limit} steps.",
            "es": "Los flujos de tu plan pueden tener como máximo %{limit} pasos.",
        },
    ),
    CodeEntry(
        "workspace_limit_reached",
        402,
        "plan",
        "upgrade_plan",
        {
            "en": "Your plan allows at most %{limit} workspaces.",
            "es": "Tu plan permite como máximo %{limit} espacios de trabajo.",
        },
    ),
    CodeEntry(
        "api_rate_limit_exceeded",
        429,
        "rate_limit",
        "retry_tomorrow",
        {
            "en": "You have reached your daily limit of %{limit} API calls.",
            "es": "Alcanzaste tu límite diario de %{limit} llamadas a la API.",
        },
    ),
    CodeEntry(
        "log_range_limit_exceeded",
        402,
        "plan",
        "upgrade_plan",
        {
            "en": "Your plan keeps logs for %{days} days.",
            "es": "Tu plan conserva los registros durante %{days} días.",
        },
    ),
    CodeEntry(
        "iteration_limit_exceeded",
        422,
        "workflow",
        "reduce_iterations",
        {
            "en": "A loop ran more than %{limit} iterations.",
            "es": "Un bucle superó las %{limit} iteraciones.",
        },
    ),
    CodeEntry(
        "internal_server_error",
        500,
        "server",
        "retry_later",
        {"en": "Something went wrong on our side.", "es": "Algo salió mal de nuestro lado."},
    ),
    CodeEntry(
        "too_many_requests",
        429,
        "rate_limit",
        "retry_later",
        {"en": "Too many requests at once.", "es": "Demasiadas solicitudes a la vez."},
    ),
    CodeEntry(
        "validation_error",
        422,
        "request",
        "fix_request",
        {"en": "The request is invalid: %{details}", "es": "La solicitud no es válida: %{details}"},
    ),
    CodeEntry(
        "unauthorized",
        401,
        "auth",
        "check_api_key",
        {
            "en": "The API key is missing, invalid or revoked.",
            "es": "La clave de API falta, no es válida o fue revocada.",
        },
    ),
    CodeEntry(
        "not_found",
        404,
        "request",
        "check_identifier",
        {"en": "The %{resource} was not found.", "es": "No se encontró %{resource}."},
    ),
    CodeEntry(
        "provider_error",
        502,
        "provider",
        "retry_later",
        {
            "en": "The model provider returned an error.",
            "es": "El proveedor del modelo devolvió un error.",
        },
    ),
)

_ACTIONS = {
    "choose_another_model": {"en": "Choose another model.", "es": "Elige otro modelo."},
    "add_credentials": {"en": "Add the provider credentials.", "es": "Agrega las credenciales."},
    "fix_credentials": {
        "en": "Update the provider credentials.",
        "es": "Actualiza las credenciales.",
    },
    "buy_credits": {
        "en": "Buy credits or use your own key.",
        "es": "Compra créditos o usa tu clave.",
    },
    "raise_credit_cap": {"en": "Raise the credit cap.", "es": "Aumenta el límite de crédito."},
    "upgrade_plan": {"en": "Upgrade your plan.", "es": "Mejora tu plan."},
    "retry_tomorrow": {
        "en": "Retry after midnight UTC or upgrade your plan.",
        "es": "Reintenta después de la medianoche UTC o mejora tu plan.",
    },
    "reduce_iterations": {"en": "Reduce the loop's input.", "es": "Reduce la entrada del bucle."},
    "retry_later": {"en": "Retry later.", "es": "Reintenta más tarde."},
    "fix_request": {"en": "Fix the request and send it again.", "es": "Corrige la solicitud."},
    "check_api_key": {"en": "Check the API key.", "es": "Revisa la clave de API."},
    "check_identifier": {"en": "Check the identifier.", "es": "Revisa el identificador."},
}

LOCALES = ("en", "es")


def resolve_locale(requested: str | None) -> str:
    """``es``, ``es-MX`` and ``ES`` give Spanish; anything unknown falls back to English."""
    if not requested:
        return DEFAULT_LOCALE
    language = requested.strip().lower().replace("_", "-").split("-")[0]
    return language if language in LOCALES else DEFAULT_LOCALE


def catalogue(requested_locale: str | None) -> dict[str, Any]:
    locale = resolve_locale(requested_locale)
    return {
        "locale": locale,
        "default_field": "error_code",
        "compatibility_aliases": ["code"],
        "codes": [
            {
                "code": entry.code,
                "status": entry.status,
                "field": "error_code",
                "message_key": f"errors.{entry.code}",
                "message": entry.message[locale],
                "field_aliases": ["code"],
                "category": entry.category,
                "client_action_key": f"client_actions.{entry.action_key}",
                "client_action": _ACTIONS[entry.action_key][locale],
            }
            for entry in _ENTRIES
        ],
    }
