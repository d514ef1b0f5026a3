"""The error-code catalogue served by ``GET /error_codes``.

Sources (docs page "Error codes"): the catalogue layout; for ``model_deprecated`` the whole
entry (``message_key "errors.codes.model_deprecated"``, ``field_aliases []``, ``category
"runtime"``, ``client_action_key "errors.client_actions.model_deprecated"``, its message and
client action); for the other codes their status, their meaning and their client action.

Inventions of this server (listed in docs/reference-server.md): the ``message`` of the codes
whose template is not documented is the documented meaning; ``category`` is ``runtime`` for
every code (the only documented value); ``field_aliases`` is ``["code"]`` for
``api_rate_limit_exceeded`` (its documented body carries ``code``) and ``[]`` elsewhere; the
meaning and client action of ``too_many_requests`` (cut off in the docs) and of
``validation_error`` (listed without a row); every Spanish text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_LOCALE = "en"
LOCALES = ("en", "es")


@dataclass(frozen=True)
class CodeEntry:
    code: str
    status: int
    message: dict[str, str]
    client_action: dict[str, str]
    field_aliases: tuple[str, ...] = ()
    category: str = "runtime"
    #: True when the English texts above are the documented ones.
    documented: bool = field(default=True, compare=False)


ENTRIES = (
    CodeEntry(
        "model_deprecated",
        422,
        {
            "en": 'The selected model "%{model}" is no longer available. '
            "Choose a current model and try again.",
            "es": 'El modelo seleccionado "%{model}" ya no está disponible. '
            "Elige un modelo actual e inténtalo de nuevo.",
        },
        {"en": "Choose an active model and retry.", "es": "Elige un modelo activo y reintenta."},
    ),
    CodeEntry(
        "personal_model_missing_credentials",
        422,
        {
            "en": "A personal-model run needs provider credentials that are not connected.",
            "es": "Una ejecución con modelo personal necesita credenciales del proveedor que no "
            "están conectadas.",
        },
        {
            "en": "Connect credentials or switch to a hosted/current model.",
            "es": "Conecta las credenciales o cambia a un modelo alojado o actual.",
        },
    ),
    CodeEntry(
        "personal_model_invalid_credentials",
        422,
        {
            "en": "Provider credentials were present but rejected by the provider.",
            "es": "Las credenciales del proveedor estaban presentes pero el proveedor las rechazó.",
        },
        {
            "en": "Reconnect or rotate the provider credential.",
            "es": "Vuelve a conectar o rota la credencial del proveedor.",
        },
    ),
    CodeEntry(
        "insufficient_hosted_llm_credits",
        402,
        {
            "en": "The workspace does not have enough hosted LLM credits for the run.",
            "es": "El espacio de trabajo no tiene suficientes créditos de LLM alojados para la "
            "ejecución.",
        },
        {
            "en": "Add credits, upgrade, or use a personal provider key.",
            "es": "Agrega créditos, mejora tu plan o usa una clave personal del proveedor.",
        },
    ),
    CodeEntry(
        "account_credit_cap_reached",
        422,
        {
            "en": "The account has reached its general credit cap.",
            "es": "La cuenta alcanzó su límite general de créditos.",
        },
        {
            "en": "Upgrade or wait for more credits before retrying.",
            "es": "Mejora tu plan o espera más créditos antes de reintentar.",
        },
    ),
    CodeEntry(
        "asset_storage_limit_reached",
        402,
        {
            "en": "The workspace has reached its asset storage limit.",
            "es": "El espacio de trabajo alcanzó su límite de almacenamiento de archivos.",
        },
        {
            "en": "Delete assets or upgrade the workspace plan.",
            "es": "Elimina archivos o mejora el plan del espacio de trabajo.",
        },
    ),
    CodeEntry(
        "vision_not_supported",
        422,
        {
            "en": "The selected model cannot process image inputs.",
            "es": "El modelo seleccionado no puede procesar imágenes.",
        },
        {
            "en": "Select a vision-capable model or remove image inputs.",
            "es": "Selecciona un modelo con visión o quita las imágenes.",
        },
    ),
    CodeEntry(
        "workflow_step_limit_reached",
        402,
        {
            "en": "The workflow has reached the plan\u2019s step limit.",
            "es": "El flujo alcanzó el límite de pasos del plan.",
        },
        {"en": "Remove steps or upgrade.", "es": "Quita pasos o mejora tu plan."},
    ),
    CodeEntry(
        "workspace_limit_reached",
        402,
        {
            "en": "The account has reached the plan\u2019s workspace limit.",
            "es": "La cuenta alcanzó el límite de espacios de trabajo del plan.",
        },
        {
            "en": "Delete a workspace or upgrade.",
            "es": "Elimina un espacio de trabajo o mejora tu plan.",
        },
    ),
    CodeEntry(
        "api_rate_limit_exceeded",
        429,
        {
            "en": "The API key has reached its daily request cap.",
            "es": "La clave de API alcanzó su límite diario de solicitudes.",
        },
        {
            "en": "Retry after reset or upgrade.",
            "es": "Reintenta tras el reinicio o mejora tu plan.",
        },
        field_aliases=("code",),
    ),
    CodeEntry(
        "log_range_limit_exceeded",
        402,
        {
            "en": "The requested log range is larger than the allowed window.",
            "es": "El rango de registros pedido supera la ventana permitida.",
        },
        {"en": "Narrow the date range.", "es": "Reduce el rango de fechas."},
    ),
    CodeEntry(
        "iteration_limit_exceeded",
        422,
        {
            "en": "A workflow iteration exceeded the allowed loop count.",
            "es": "Una iteración del flujo superó el número de vueltas permitido.",
        },
        {
            "en": "Reduce input size or iteration count.",
            "es": "Reduce el tamaño de la entrada o el número de iteraciones.",
        },
    ),
    CodeEntry(
        "internal_server_error",
        500,
        {
            "en": "Fetch Hive hit an unexpected internal error.",
            "es": "Fetch Hive tuvo un error interno inesperado.",
        },
        {
            "en": "Retry later; contact support if it persists.",
            "es": "Reintenta más tarde; contacta con soporte si persiste.",
        },
    ),
    CodeEntry(
        "too_many_requests",
        429,
        {
            "en": "A provider or Fetch Hive rate limit was hit.",
            "es": "Se alcanzó un límite de frecuencia del proveedor o de Fetch Hive.",
        },
        {"en": "Retry later with backoff.", "es": "Reintenta más tarde con espera creciente."},
        documented=False,
    ),
    CodeEntry(
        "validation_error",
        422,
        {
            "en": "The request is invalid for this endpoint.",
            "es": "La solicitud no es válida para este endpoint.",
        },
        {
            "en": "Fix the request and send it again.",
            "es": "Corrige la solicitud y envíala de nuevo.",
        },
        documented=False,
    ),
)


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
                "message_key": f"errors.codes.{entry.code}",
                "message": entry.message[locale],
                "field_aliases": list(entry.field_aliases),
                "category": entry.category,
                "client_action_key": f"errors.client_actions.{entry.code}",
                "client_action": entry.client_action[locale],
            }
            for entry in ENTRIES
        ],
    }
