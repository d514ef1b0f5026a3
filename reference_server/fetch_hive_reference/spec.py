"""openapi.yaml, loaded once: the request schemas the server validates with.

The server keeps no schema of its own. Every body, path and query parameter is checked against
the schemas of the document itself (JSON Schema 2020-12, ``$ref`` resolved over the whole
document), so the server and the spec cannot drift apart.

Start-up pays for as little as it can: the parsed document is kept as JSON in a cache file
named by the SHA-256 of the spec's bytes (a changed spec is parsed again), one ``ApiSpec``
per spec file and content is shared by the servers of a process (nothing in it changes
after loading), and each schema is compiled when a request first needs it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # jsonschema ships no type information; the names used here are few and simple.
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

SPEC_URI = "urn:fetch-hive:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# RFC 3986 absolute URI: a scheme, then only characters a URI may hold (percent escapes intact).
_URI = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*:"
    r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$"
)


_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


def find_spec_file(explicit: Path | None = None) -> Path:
    """openapi.yaml: the explicit path, else the copy inside the wheel, else the repository root."""
    if explicit is not None:
        return explicit
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "openapi.yaml", package_dir.parent.parent / "openapi.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "openapi.yaml not found next to fetch_hive_reference nor at the repository root"
    )


def _format_checker() -> Any:
    from jsonschema import FormatChecker  # type: ignore[import-untyped]

    checker = FormatChecker()
    checker.checks("uri")(_is_uri)
    return checker


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


#: On a path parameter: its value may be any text, `/` (sent as `%2F`, decoded before
#: routing) and line breaks included, so the server's route must not stop at a `/`.
ANY_TEXT = "x-fetch-hive-any-text"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    validator: SchemaCheck
    #: The schema's ``type`` (``integer``, ``string``...): query text is read as that type.
    schema_type: str | None = None
    #: A path parameter marked ``x-fetch-hive-any-text``.
    any_text: bool = False

    def read(self, text: str) -> object:
        """The value a query or path text stands for (``"5"`` is 5 for an integer)."""
        if self.schema_type == "integer" and _INTEGER.match(text):
            return int(text)
        if self.schema_type == "number" and _NUMBER.match(text):
            return float(text)
        if self.schema_type == "boolean" and text in {"true", "false"}:
            return text == "true"
        return text


@dataclass(frozen=True)
class FormSchema:
    """A ``multipart/form-data`` body: its file fields, other fields, required fields."""

    files: frozenset[str]
    fields: frozenset[str]
    required: frozenset[str]


@dataclass(frozen=True)
class Credential:
    """One way of proving who calls, from the spec's security schemes: the API key as a
    bearer token (``bearer``), or a secret in a header or query parameter (``header``,
    ``query``; its ``name``)."""

    location: str
    name: str = ""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    definition: Mapping[str, Any]
    body_validator: SchemaCheck | None
    parameters: tuple[Parameter, ...]
    #: The operation's ``security`` (else the document's): the credentials it accepts, any
    #: one of them; empty for ``security: []``.
    credentials: tuple[Credential, ...] = ()
    form: FormSchema | None = None

    @property
    def invalid_examples(self) -> Mapping[str, Any]:
        examples: Mapping[str, Any] = self.definition.get("x-invalid-request-examples", {})
        return examples


class ApiSpec:
    """The loaded document, its operations, and one (lazily compiled) check per request
    schema."""

    def __init__(
        self, document: dict[str, Any], source: Path | None = None, text: str | None = None
    ) -> None:
        self.document = document
        self.source = source
        self._text = text
        self.operations: dict[str, Operation] = {
            op.operation_id: op for op in self._build_operations()
        }

    @classmethod
    def load(cls, path: Path | None = None) -> ApiSpec:
        """The spec at ``path`` (``find_spec_file``), shared with earlier loads of the same
        file and content in this process."""
        source = find_spec_file(path)
        raw = source.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        key = (str(source.resolve()), digest)
        spec = _LOADED.get(key)
        if spec is None:
            spec = cls(_parsed(raw, digest), source, raw.decode("utf-8"))
            _LOADED[key] = spec
        return spec

    @property
    def raw_text(self) -> str:
        """The document as served at ``/openapi.yaml``: the file's text as loaded."""
        if self._text is None:
            import yaml

            self._text = yaml.safe_dump(self.document, sort_keys=False)
        return self._text

    def validator_for(self, pointer: str) -> SchemaCheck:
        """The check of the schema at a JSON pointer inside the document (compiled on first
        use)."""
        return SchemaCheck(self, pointer)

    @cached_property
    def registry(self) -> Any:
        """The document as a ``referencing`` registry, for the references that stay."""
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        return Registry().with_resource(SPEC_URI, resource)

    @cached_property
    def format_checker(self) -> Any:
        return _format_checker()

    def inlined(self, pointer: str) -> Any:
        """The schema at ``pointer`` with its local ``$ref``s replaced by the schemas they
        name: following a reference through the registry on every request cost three
        quarters of the validation time. A reference back into its own chain (a recursive
        schema) stays a reference, resolved through the registry."""
        return self._inlined({"$ref": "#" + pointer}, ())

    def compiled(self, schema: Any) -> Any:
        """jsonschema-rs's compiled form of `schema`, its formats checked by the very
        functions jsonschema uses; None for a schema that still holds a reference.

        Every format the schema names goes to jsonschema's checker (a format it does not
        know passes, as in jsonschema), which is made when a value with a format is first
        checked: a request without one never waits for jsonschema to load."""
        if f'"{SPEC_URI}' in json.dumps(schema):
            return None
        from jsonschema_rs import validator_for as compiled_validator_for

        def conforms(name: str) -> Any:
            return lambda value: self.format_checker.conforms(value, name)

        formats = {name: conforms(name) for name in _format_names(schema)}
        return compiled_validator_for(schema, formats=formats, validate_formats=True)

    def _inlined(self, node: Any, chain: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self._inlined(item, chain) for item in node]
        if not isinstance(node, dict):
            return node
        reference = node.get("$ref")
        if not (isinstance(reference, str) and reference.startswith("#")):
            return {key: self._inlined(value, chain) for key, value in node.items()}
        if reference in chain:
            return {**node, "$ref": SPEC_URI + reference}
        target = self._inlined(self.resolve({"$ref": reference}), (*chain, reference))
        siblings = {k: self._inlined(v, chain) for k, v in node.items() if k != "$ref"}
        return {"allOf": [target], **siblings} if siblings else target

    def _build_operations(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                definition = item.get(method)
                if definition is None:
                    continue
                base = _pointer("", "paths", path, method)
                yield Operation(
                    operation_id=definition["operationId"],
                    method=method.upper(),
                    path=path,
                    definition=definition,
                    body_validator=self._body_validator(definition, base),
                    parameters=tuple(self._parameters(item, definition, path, method)),
                    credentials=self._credentials(definition),
                    form=self._form(definition),
                )

    def _credentials(self, definition: Mapping[str, Any]) -> tuple[Credential, ...]:
        requirements = definition.get("security", self.document.get("security", []))
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        found = []
        for requirement in requirements:
            for scheme_name in requirement:
                scheme = schemes[scheme_name]
                if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                    found.append(Credential("bearer"))
                elif scheme["type"] == "apiKey":
                    found.append(Credential(scheme["in"], scheme["name"]))
                else:
                    raise ValueError(f"security scheme {scheme_name}: not supported here")
        return tuple(found)

    def _body_validator(self, definition: Mapping[str, Any], base: str) -> SchemaCheck | None:
        content = definition.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return None
        pointer = base + "/" + _pointer("requestBody", "content", "application/json", "schema")
        return self.validator_for(pointer)

    def _form(self, definition: Mapping[str, Any]) -> FormSchema | None:
        content = definition.get("requestBody", {}).get("content", {})
        if "multipart/form-data" not in content:
            return None
        schema = self.resolve(content["multipart/form-data"]["schema"])
        properties: Mapping[str, Any] = schema.get("properties", {})
        files = {
            name
            for name, prop in properties.items()
            if self.resolve(prop).get("format") == "binary"
        }
        return FormSchema(
            files=frozenset(files),
            fields=frozenset(set(properties) - files),
            required=frozenset(schema.get("required", [])),
        )

    def _parameters(
        self, item: Mapping[str, Any], definition: Mapping[str, Any], path: str, method: str
    ) -> Iterator[Parameter]:
        sources = [("", item.get("parameters", [])), (method, definition.get("parameters", []))]
        for owner, parameters in sources:
            for index, raw in enumerate(parameters):
                parameter = self.resolve(raw)
                parts = ["", "paths", path, *([owner] if owner else []), "parameters", str(index)]
                pointer = _pointer(*parts)
                if "$ref" in raw:
                    pointer = raw["$ref"].removeprefix("#")
                schema_type = self.resolve(parameter.get("schema", {})).get("type")
                yield Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    validator=self.validator_for(pointer + "/schema"),
                    schema_type=schema_type if isinstance(schema_type, str) else None,
                    any_text=parameter["in"] == "path" and parameter.get(ANY_TEXT) is True,
                )

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow a local ``$ref`` (``#/components/...``) to the node it names."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                target = target[int(key)] if isinstance(target, list) else target[key]
            node = target
        return node


class SchemaCheck:
    """One request schema: compiled by jsonschema-rs, which says in a microsecond that
    nothing is wrong (a tenth of what jsonschema takes, on every request), and jsonschema's
    validator, which says what is wrong. Both are made when first needed."""

    def __init__(self, spec: ApiSpec, pointer: str) -> None:
        self._spec = spec
        self.pointer = pointer

    @cached_property
    def _schema(self) -> Any:
        return self._spec.inlined(self.pointer)

    @cached_property
    def compiled(self) -> Any:
        return self._spec.compiled(self._schema)

    @cached_property
    def validator(self) -> Any:
        from jsonschema import Draft202012Validator

        return Draft202012Validator(
            self._schema, registry=self._spec.registry, format_checker=self._spec.format_checker
        )

    def iter_errors(self, instance: object) -> Iterator[ValidationError]:
        errors: Iterator[ValidationError] = self.validator.iter_errors(instance)
        return errors

    def first_error(self, instance: object) -> ValidationError | None:
        """The most relevant validation error, or None when the instance is valid.

        jsonschema decides whenever the compiled check does not pass an instance, so the
        two can only disagree towards jsonschema's answer (tests compare them)."""
        compiled = self.compiled
        if compiled is not None and compiled.is_valid(instance):
            return None
        from jsonschema.exceptions import best_match

        error: ValidationError | None = best_match(self.validator.iter_errors(instance))
        return error


def _format_names(node: Any) -> set[str]:
    """The values of every ``format`` keyword in a schema."""
    found: set[str] = set()
    pending = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if isinstance(item.get("format"), str):
                found.add(item["format"])
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return found


#: The specs loaded in this process, by (resolved file, SHA-256 of its bytes).
_LOADED: dict[tuple[str, str], ApiSpec] = {}


def cache_dir() -> Path | None:
    """Where parsed specs are kept: ``$XDG_CACHE_HOME/fetch-hive-reference`` (else
    ``~/.cache/...``); None when there is no home to put it in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "fetch-hive-reference"


def _parsed(raw: bytes, digest: str) -> dict[str, Any]:
    """The document the YAML bytes hold: from the cache file of this content when there
    is one, else parsed (and cached when JSON holds exactly what YAML gave)."""
    folder = cache_dir()
    cached = folder / f"openapi-{digest}.json" if folder is not None else None
    if cached is not None:
        with contextlib.suppress(OSError, ValueError):
            document = json.loads(cached.read_bytes())
            if isinstance(document, dict):
                return document
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when it is there
    document = yaml.load(raw, Loader=loader)
    if not isinstance(document, dict):
        raise ValueError("openapi.yaml does not hold a mapping")
    if cached is not None:
        _write_cache(cached, document)
    return document


def _write_cache(path: Path, document: dict[str, Any]) -> None:
    """Kept only when JSON gives back the same document (YAML has dates and non-string
    keys that JSON does not); written whole or not at all; a read-only home is no error."""
    try:
        text = json.dumps(document)
    except (TypeError, ValueError):
        return
    if json.loads(text) != document:
        return
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, path)
