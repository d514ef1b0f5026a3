"""openapi.yaml's operations as plain data for the templates (`scripts/generate.py`).

For each operation of `paths`: its method, path and parameters (with the run-time shape of
each parameter's schema), its request-body and answer models (the class names the generator
gave them), its auth (from `security`), and its `x-fetch-hive-*` extensions. From those, the
signature of its SDK namespace method, of its fetch-hive-sdk 0.4.1 method and of its CLI
command. The rules the extensions follow are in docs/architecture.md ("The extensions").

Everything here is a pure function of the spec and the generator's parse of it, so the
templates only format.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# openapi-python-client's class name for a schema name (the schemas here are PascalCase).
PASCAL = re.compile(r"(?:^|[_\-\s])([a-zA-Z0-9])")


class SpecError(Exception):
    """openapi.yaml says something the generator cannot turn into code."""


def snake(name: str) -> str:
    """`listKnowledgeBases` -> `list_knowledge_bases` (as the generator names modules)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def class_name(schema_name: str) -> str:
    return PASCAL.sub(lambda m: m.group(1).upper(), schema_name)


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


class Spec:
    """The raw document, with `$ref`s resolved on request."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SpecError(f"only local references are supported, got {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part]
            node = target
            seen += 1
            if seen > 50:
                raise SpecError(f"reference cycle at {ref}")
        return node

    def ref_name(self, node: Any) -> str | None:
        """The component schema a `$ref` names (`#/components/schemas/X` -> `X`)."""
        if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref.startswith("#/components/schemas/"):
                return ref.rsplit("/", 1)[1]
        return None

    def operations(self) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
        """(path, method, path item, operation) for every operation of `paths`."""
        for path, item in self.document.get("paths", {}).items():
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    yield path, method, item, operation


# Parameters and fields: their Python types and run-time shapes ----------------------------


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def is_nullable(spec: Spec, schema: Any) -> bool:
    schema = spec.resolve(schema)
    if "null" in _types(schema):
        return True
    return any(
        "null" in _types(spec.resolve(member))
        for key in ("oneOf", "anyOf")
        for member in schema.get(key, ())
    )


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def send_type(spec: Spec, schema: Any) -> str:
    """What a caller may pass for a value of `schema` (plain dicts and sequences; the values
    of an enumeration as a Literal), without `None`."""
    name = spec.ref_name(schema)
    schema = spec.resolve(schema)
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"] if v is not None) + "]"
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        found = [send_type(spec, m) for m in members if _types(spec.resolve(m)) != ["null"]]
        return " | ".join(dict.fromkeys(t for t in found if t))
    types = [t for t in _types(schema) if t != "null"]
    if len(types) > 1:
        return " | ".join(
            send_type(spec, {**schema, "type": t}) for t in types
        )  # e.g. [string, number]
    kind = types[0] if types else ("object" if "properties" in schema else "")
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "array":
        return f"Sequence[{send_type(spec, schema.get('items', {})) or 'Any'}]"
    if kind == "object" or name:
        return "Mapping[str, Any]"
    return "Any"


def shape_code(spec: Spec, schema: Any) -> str:
    """The `fetch_hive_runtime` shape of a parameter's schema (scalars and their limits)."""
    schema = spec.resolve(schema)
    types = [t for t in _types(schema) if t != "null"]
    # `x-fetch-hive-enum`: values the SDK checks although the schema leaves them open (the
    # service answers 404, not a validation error, for others).
    enum = schema.get("enum", schema.get("x-fetch-hive-enum"))
    if enum is not None:
        base = f"Choice({', '.join(repr(v) for v in enum)})"
    elif types and types[0] in ("string", "integer", "number", "boolean"):
        base = {"string": "STR", "integer": "INT", "number": "FLOAT", "boolean": "BOOL"}[types[0]]
    else:
        raise SpecError(f"a parameter's schema must be a scalar, got {dict(schema)}")
    limits = []
    for key, keyword_name in (
        ("minLength", "min_length"),
        ("maxLength", "max_length"),
        ("pattern", "pattern"),
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("exclusiveMinimum", "exclusive_minimum"),
        ("exclusiveMaximum", "exclusive_maximum"),
    ):
        if key in schema and not isinstance(schema[key], bool):
            limits.append(f"{keyword_name}={schema[key]!r}")
    return f"Limits({base}, {', '.join(limits)})" if limits else base


def _param_format(spec: Spec, schema: Any) -> str:
    schema = spec.resolve(schema)
    if schema.get("format") == "uuid":
        return "uuid"
    return {"integer": "integer", "number": "number", "boolean": "boolean"}.get(
        (_types(schema) or ["string"])[0], "text"
    )


def check_identifier(name: str, where: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise SpecError(f"{where}: {name!r} is not a Python identifier")
    return name


# Operations ---------------------------------------------------------------------------------


RETRY_CLASSES = ("read", "invoke", "provider_invoke")
SDK_KEYS = {
    "method", "positional", "rename", "defaults", "fields_of", "fixed", "workspace_positional",
    "handwritten", "skip", "required_because", "doc",
}  # fmt: skip
LEGACY_KEYS = {"name", "arguments", "rename", "body_keywords"}
CLI_KEYS = {
    "command", "positional", "columns", "result", "update", "text_file", "file", "handwritten",
    "options", "hide", "require",
}  # fmt: skip


def _extension(operation: Mapping[str, Any], name: str, keys: set[str] | None) -> Any:
    value = operation.get(f"x-fetch-hive-{name}")
    if keys is not None and value is not None:
        if not isinstance(value, Mapping):
            raise SpecError(f"{operation['operationId']}: x-fetch-hive-{name} must be an object")
        unknown = sorted(set(value) - keys)
        if unknown:
            raise SpecError(
                f"{operation['operationId']}: x-fetch-hive-{name} has unknown keys {unknown} "
                f"(known: {sorted(keys)})"
            )
    return value


def _auth(spec: Spec, operation: Mapping[str, Any]) -> tuple[str, str | None]:
    """("api_key" | "webhook_secret" | "none", the secret's header) from `security`."""
    requirements = operation.get("security", spec.document.get("security", []))
    if not requirements:
        return "none", None
    schemes = spec.document["components"]["securitySchemes"]
    for requirement in requirements:
        for name in requirement:
            scheme = schemes[name]
            if scheme.get("type") == "http" and scheme.get("scheme") == "bearer":
                return "api_key", None
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return "webhook_secret", scheme["name"]
    raise SpecError(f"{operation['operationId']}: no security scheme the SDK can send")


def _parameters(
    spec: Spec, item: Mapping[str, Any], operation: Mapping[str, Any], where: str
) -> list[dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", ()), *operation.get("parameters", ())]:
        parameter = spec.resolve(raw)
        if parameter["in"] not in ("path", "query"):
            continue
        schema = parameter.get("schema", {})
        found[(parameter["in"], parameter["name"])] = {
            "name": check_identifier(parameter["name"], where),
            "in": parameter["in"],
            "required": bool(parameter.get("required", parameter["in"] == "path")),
            "shape": shape_code(spec, schema),
            "format": _param_format(spec, schema),
            "send_type": send_type(spec, schema),
            "description": " ".join(str(parameter.get("description", "")).split()),
        }
    return list(found.values())


def _path_order(path: str) -> list[str]:
    return re.findall(r"{(\w+)}", path)


def _json_media(content: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    for media_type, media in content.items():
        if media_type == "application/json":
            return "json", media
        if media_type == "multipart/form-data":
            return "multipart", media
    return None


def _answer_schema(spec: Spec, operation: Mapping[str, Any]) -> tuple[Any, bool] | None:
    """The schema of the first 2xx JSON answer, and whether the operation also streams."""
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        content = spec.resolve(response).get("content", {})
        if "application/json" in content:
            return content["application/json"]["schema"], "text/event-stream" in content
    return None


def build(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation of `paths`, by its snake-case name."""
    spec = Spec(document)
    table: dict[str, dict[str, Any]] = {}
    for path, method, item, operation in spec.operations():
        operation_id = operation.get("operationId")
        if not operation_id:
            raise SpecError(f"{method.upper()} {path}: every operation needs an operationId")
        name = snake(operation_id)
        where = operation_id
        parameters = _parameters(spec, item, operation, where)
        path_params = {p["name"]: p for p in parameters if p["in"] == "path"}
        if sorted(path_params) != sorted(_path_order(path)):
            raise SpecError(f"{where}: the path's parameters do not match {path}")
        auth, auth_header = _auth(spec, operation)
        retry = operation.get("x-fetch-hive-retry", "read")
        if retry not in RETRY_CLASSES:
            raise SpecError(f"{where}: x-fetch-hive-retry must be one of {RETRY_CLASSES}")
        record: dict[str, Any] = {
            "operation_id": operation_id,
            "name": name,
            "method": method.upper(),
            "path": path,
            "summary": " ".join(str(operation.get("summary", "")).split()),
            "description": str(operation.get("description", "")).strip(),
            "deprecated": bool(operation.get("deprecated", False)),
            "path_params": [path_params[n] for n in _path_order(path)],
            "query_params": [p for p in parameters if p["in"] == "query"],
            "auth": auth,
            "auth_header": auth_header,
            "retry": retry,
            "envelope": operation.get("x-fetch-hive-envelope"),
            "pagination": _extension(
                operation, "pagination", {"cursor", "next_cursor", "page_size"}
            ),
            "extensions": {
                key: value for key, value in operation.items() if key.startswith("x-fetch-hive-")
            },
            "body": None,
            "answer": None,
            "streams": False,
        }
        body = operation.get("requestBody")
        if body is not None:
            media = _json_media(spec.resolve(body).get("content", {}))
            if media is None:
                raise SpecError(f"{where}: a body must be application/json or multipart/form-data")
            body_format, body_media = media
            schema_name = spec.ref_name(body_media["schema"])
            if schema_name is None:
                raise SpecError(f"{where}: the request body's schema must be a $ref")
            record["body"] = {
                "schema": schema_name,
                "class": class_name(schema_name),
                "module": snake(schema_name),
                "format": body_format,
                "required": bool(spec.resolve(body).get("required", False)),
            }
        answer = _answer_schema(spec, operation)
        if answer is not None:
            schema, streams = answer
            record["streams"] = streams
            is_list = False
            resolved = spec.resolve(schema)
            if resolved.get("type") == "array" and spec.ref_name(schema) is None:
                schema, is_list = resolved["items"], True
            answer_name = spec.ref_name(schema)
            if answer_name is None:
                raise SpecError(f"{where}: the answer's schema must be a $ref (or an array of one)")
            record["answer"] = {
                "schema": answer_name,
                "class": class_name(answer_name),
                "module": snake(answer_name),
                "is_list": is_list,
            }
        if record["envelope"] is not None:
            answered = record["answer"]
            answer_schema = _component(spec, answered["schema"]) if answered else {}
            if record["envelope"] not in answer_schema.get("properties", {}):
                raise SpecError(f"{where}: x-fetch-hive-envelope names no field of the answer")
        if record["pagination"] is not None:
            query = {p["name"] for p in record["query_params"]}
            for key in ("cursor", "page_size"):
                value = record["pagination"].get(key)
                if value is not None and value not in query:
                    raise SpecError(f"{where}: x-fetch-hive-pagination {key} is no query parameter")
        _code_facts(spec, record)
        record["sdk"] = _sdk_method(spec, record, _extension(operation, "sdk", SDK_KEYS), where)
        record["legacy"] = _legacy_method(
            spec, record, _extension(operation, "legacy", LEGACY_KEYS), where
        )
        cli = _extension(operation, "cli", CLI_KEYS)
        if cli is not None and not cli.get("handwritten"):
            record["cli"] = cli_command(spec, record, cli, where)
        else:
            record["cli"] = cli
        table[name] = record
    return table


# The SDK's namespace method -------------------------------------------------------------


def _component(spec: Spec, name: str) -> Mapping[str, Any]:
    return spec.resolve({"$ref": f"#/components/schemas/{name}"})


def _read_type(spec: Spec, schema: Any, imports: dict[str, str]) -> str:
    """The Python type a typed read returns for `schema` (a model class, a list of one...)."""
    name = spec.ref_name(schema)
    resolved = spec.resolve(schema)
    if name is not None and resolved.get("properties"):
        imports[class_name(name)] = snake(name)
        return class_name(name)
    if resolved.get("type") == "array":
        return f"list[{_read_type(spec, resolved.get('items', {}), imports)}]"
    return "Any"


def _result_type(spec: Spec, record: Mapping[str, Any], imports: dict[str, str]) -> str:
    answer = record["answer"]
    if answer is None:
        return "None"
    if record["envelope"] is not None:
        field = _component(spec, answer["schema"])["properties"][record["envelope"]]
        return _read_type(spec, field, imports)
    imports[answer["class"]] = answer["module"]
    return f"list[{answer['class']}]" if answer["is_list"] else answer["class"]


def _answer_type(record: Mapping[str, Any], imports: dict[str, str]) -> str:
    answer = record["answer"]
    if answer is None:
        return "None"
    imports[answer["class"]] = answer["module"]
    return f"list[{answer['class']}]" if answer["is_list"] else answer["class"]


def _body_fields(
    spec: Spec, record: Mapping[str, Any], fields_of: str | None, where: str
) -> tuple[Mapping[str, Any], set[str], str]:
    """The body's fields that become arguments: (properties, required names, prefix)."""
    body = record["body"]
    if body is None or body["format"] != "json":
        return {}, set(), ""
    schema = _component(spec, body["schema"])
    if fields_of is None:
        return schema.get("properties", {}), set(schema.get("required", ())), ""
    if fields_of not in schema.get("properties", {}):
        raise SpecError(f"{where}: fields_of names no field of the request body")
    inner = spec.resolve(schema["properties"][fields_of])
    return inner.get("properties", {}), set(inner.get("required", ())), fields_of + "."


def _value(value: Any) -> str:
    return repr(value)


def _sdk_method(
    spec: Spec, record: dict[str, Any], ext: Mapping[str, Any] | None, where: str
) -> dict[str, Any] | None:
    if ext is None:
        raise SpecError(
            f"{where}: say which SDK method calls it (x-fetch-hive-sdk: {{method: "
            "namespace.name}}), or why none does (x-fetch-hive-sdk: {skip: reason})"
        )
    if "skip" in ext:
        return {"skip": str(ext["skip"])}
    dotted = str(ext["method"])
    namespace, _, method = dotted.rpartition(".")
    for part in dotted.split("."):
        check_identifier(part, where)
    sdk: dict[str, Any] = {"dotted": dotted, "namespace": namespace, "method": method}
    if ext.get("handwritten"):
        sdk["handwritten"] = True
        return sdk
    rename: Mapping[str, str] = ext.get("rename", {})
    defaults: Mapping[str, Any] = ext.get("defaults", {})
    fixed: Mapping[str, Any] = ext.get("fixed", {})
    fields_of = ext.get("fields_of")
    pagination = record["pagination"] or {}
    params: list[dict[str, Any]] = []

    def add(
        wire: str, target: str, annotation: str, *, required: bool, nullable: bool,
        description: str = "",
    ) -> None:  # fmt: skip
        name = check_identifier(rename.get(wire, wire.rsplit(".", 1)[-1]), where)
        if wire in defaults:
            default, omit = _value(defaults[wire]), "never"
        elif required:
            default, omit = None, "never"
        elif nullable:
            annotation, default, omit = f"{annotation} | None | NotGiven", "NOT_GIVEN", "not_given"
        else:
            annotation, default, omit = f"{annotation} | None", "None", "none"
        params.append({
            "name": name, "wire": wire, "target": target, "annotation": annotation,
            "default": default, "omit": omit, "description": description,
            "renamed": wire in rename,
        })  # fmt: skip

    workspace = None
    for param in record["path_params"]:
        if param["name"] == "workspace_id":
            workspace = param
            continue
        add(param["name"], "path", "str", required=True, nullable=False)
    for param in record["query_params"]:
        if param["name"] == pagination.get("cursor"):
            continue  # the pager asks for the pages
        add(param["name"], "query", param["send_type"], required=param["required"], nullable=False)
    properties, required, prefix = _body_fields(spec, record, fields_of, where)
    nested = {wire.split(".")[0] for wire in [*rename, *fixed] if "." in wire}
    typed_dict = None
    if (
        fields_of is not None
        and not any(p in properties for p in ext.get("positional", ()))
        and not any(rename.get(p, p) in ext.get("positional", ()) for p in properties)
    ):
        # The fields as keywords typed by the model's TypedDict (`**fields`): a missing
        # required field is named by the shapes' check, not by a TypeError.
        inner = spec.ref_name(_component(spec, record["body"]["schema"])["properties"][fields_of])
        if inner is None:
            raise SpecError(f"{where}: fields_of must name a field whose schema is a $ref")
        typed_dict = {"class": class_name(inner) + "Dict", "module": snake(inner)}
    else:
        for field, schema in properties.items():
            if field in nested:
                continue
            add(
                prefix + field, "body", send_type(spec, schema), required=field in required,
                nullable=is_nullable(spec, schema),
            )  # fmt: skip
        for wire in rename:
            if "." in wire and not wire.startswith(prefix or "\0"):
                schema = _nested_schema(spec, record, wire, where)
                add(wire, "body", send_type(spec, schema), required=True, nullable=False)
    positional = list(ext.get("positional", ()))
    by_name = {p["name"]: p for p in params}
    unknown = [n for n in positional if n not in by_name]
    if unknown:
        raise SpecError(f"{where}: positional names unknown arguments {unknown}")
    if not positional:
        positional = [p["name"] for p in params if p["target"] == "path"]
    ordered = [by_name[n] for n in positional]
    for p in ordered:
        p["kind"] = "positional"
    keywords = [p for p in params if p["name"] not in positional]
    for p in keywords:
        p["kind"] = "keyword"
    if workspace is not None:
        entry = {
            "name": "workspace_id", "wire": "workspace_id", "target": "workspace",
            "annotation": "str | None", "default": "None", "omit": "never", "description": "",
            "kind": "positional" if ext.get("workspace_positional") else "keyword",
            "renamed": False,
        }  # fmt: skip
        if entry["kind"] == "positional":
            if ordered:
                raise SpecError(f"{where}: workspace_positional needs no other positional argument")
            ordered.insert(0, entry)
        else:
            keywords.append(entry)
    imports: dict[str, str] = {}
    sdk.update(
        params=[*ordered, *keywords],
        fixed=[{"wire": wire, "value": _value(value)} for wire, value in fixed.items()],
        typed_dict=typed_dict,
        fields_of=fields_of,
        result_type=_result_type(spec, record, imports),
        answer_type=_answer_type(record, imports),
        imports=imports,
        required_because=dict(ext.get("required_because", {})),
        paginated=bool(record["pagination"]),
        item_type=_item_type(record),
        docstring=docstring(
            record["summary"], "\n\n".join(filter(None, [record["description"], ext.get("doc")]))
        ),
        page_size=rename.get(pagination.get("page_size", ""), pagination.get("page_size")),
    )
    names = [p["name"] for p in sdk["params"]]
    if len(set(names)) != len(names):
        raise SpecError(f"{where}: two arguments of the SDK method have the same name: {names}")
    return sdk


def _item_type(record: Mapping[str, Any]) -> str | None:
    """The type of one item of a paged list (its result is a list of them)."""
    if not record["pagination"]:
        return None
    found = re.fullmatch(r"list\[(\w+)\]", record["result_type"])
    if found is None:
        raise SpecError(f"{record['operation_id']}: a paged list's envelope must be an array")
    return found.group(1)


def _nested_schema(spec: Spec, record: Mapping[str, Any], wire: str, where: str) -> Any:
    schema: Any = _component(spec, record["body"]["schema"])
    for part in wire.split("."):
        properties = spec.resolve(schema).get("properties", {})
        if part not in properties:
            raise SpecError(f"{where}: {wire} names no field of the request body")
        schema = properties[part]
    return schema


# fetch-hive-sdk 0.4.1's flat method --------------------------------------------------------


def _legacy_method(
    spec: Spec, record: dict[str, Any], ext: Mapping[str, Any] | None, where: str
) -> dict[str, Any] | None:
    if ext is None:
        return None
    sdk = record["sdk"]
    legacy: dict[str, Any] = {"name": check_identifier(str(ext["name"]), where)}
    imports: dict[str, str] = {}
    legacy["answer_type"] = _answer_type(record, imports)
    legacy["imports"] = imports
    if "arguments" not in ext:
        # The namespace method's arguments, by keyword (0.4.1's `invoke_hive_agent(*, ...)`).
        if sdk is None or "params" not in sdk:
            raise SpecError(f"{where}: x-fetch-hive-legacy without arguments needs an SDK method")
        legacy["keyword_only"] = True
        return legacy
    rename: Mapping[str, str] = ext.get("rename", {})
    body_schema = _component(spec, record["body"]["schema"]) if record["body"] else {}
    body_fields = body_schema.get("properties", {})
    path = {rename.get(p["name"], p["name"]): p["name"] for p in record["path_params"]}
    arguments = []
    for name in ext["arguments"]:
        if name == "workspace_id":
            target, wire = "workspace", "workspace_id"
        elif name in path:
            target, wire = "path", path[name]
        elif name in body_fields:
            target, wire = "body", name
        else:
            raise SpecError(f"{where}: x-fetch-hive-legacy argument {name} is no parameter")
        arguments.append({"name": check_identifier(name, where), "target": target, "wire": wire})
    legacy["arguments"] = arguments
    legacy["keywords"] = [
        {"name": p["name"], "annotation": p["send_type"]} for p in record["query_params"]
    ]
    legacy["body_keywords"] = bool(ext.get("body_keywords"))
    return legacy


def _code_facts(spec: Spec, record: dict[str, Any]) -> None:
    """What the descriptor's module needs: its type arguments, imports and literals."""
    type_imports: dict[str, str] = {}
    record["answer_type"] = _answer_type(record, type_imports)
    record["result_type"] = _result_type(spec, record, type_imports)
    runtime_imports = {
        part["class"]: part["module"] for part in (record["body"], record["answer"]) if part
    }
    record["runtime_imports"] = runtime_imports
    record["type_imports"] = {c: m for c, m in type_imports.items() if c not in runtime_imports}
    names = {"Param"} if record["path_params"] or record["query_params"] else set()
    if record["pagination"]:
        names.add("Pagination")
    for param in [*record["path_params"], *record["query_params"]]:
        names.update(re.findall(r"\b(STR|INT|FLOAT|BOOL|Choice|Limits)\b", param["shape"]))
    record["runtime_names"] = sorted(names)
    record["extensions_code"] = repr(record["extensions"])
    if "Any" in record["answer_type"] + record["result_type"]:
        record["type_imports"]["Any"] = ""


def docstring(summary: str, description: str, *, width: int = 84) -> str:
    """A docstring's text from an operation's summary and description: the summary as its
    first line, the description's paragraphs after it, wrapped; safe inside `\"\"\"`."""
    import textwrap

    paragraphs = [summary.rstrip(".") + "." if summary else ""]
    for block in re.split(r"\n\s*\n", description.strip()):
        lines = block.strip().splitlines()
        if not lines:
            continue
        if all(line.lstrip().startswith(("- ", "* ")) for line in lines if line.strip()):
            paragraphs.append("\n".join(line.strip() for line in lines))
        else:
            paragraphs.append(textwrap.fill(" ".join(line.strip() for line in lines), width))
    text = "\n\n".join(p for p in paragraphs if p)
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


# The CLI command --------------------------------------------------------------------------


def _number_range(schema: Mapping[str, Any]) -> str | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None or high is None:
        return None
    return (
        f"{low:g}..{high:g}"
        if isinstance(low, float) or isinstance(high, float)
        else f"{low}..{high}"
    )


def _first_sentence(text: str) -> str:
    text = " ".join(str(text).split())
    head = re.split(r"(?<=\.)\s", text, maxsplit=1)[0]
    return head.rstrip(".")


def _cli_argument(spec: Spec, name: str, schema: Any, *, required: bool) -> dict[str, Any]:
    resolved = spec.resolve(schema)
    types = [t for t in _types(resolved) if t != "null"]
    kind = types[0] if types else "string"
    argument: dict[str, Any] = {
        "name": name,
        "flag": "--" + name.replace("_", "-"),
        "type": {"integer": "int", "number": "float"}.get(kind, "str"),
        "required": required,
        "help": _first_sentence(resolved.get("description", "")),
        "choices": [v for v in resolved.get("enum", ()) if v is not None] or None,
        "metavar": _number_range(resolved) if kind in ("integer", "number") else None,
        "action": "store_true" if kind == "boolean" else "store",
        "positional": False,
        "to": name,
    }
    if kind in ("object", "array") or (not types and "properties" in resolved):
        argument["type"] = "json"
        argument["metavar"] = "JSON"
    return argument


def cli_command(
    spec: Spec, record: dict[str, Any], ext: Mapping[str, Any], where: str
) -> dict[str, Any]:
    """A resource command of `fetch-hive`: its words, arguments and how to show the result."""
    sdk = record["sdk"]
    if sdk is None or "skip" in sdk:
        raise SpecError(f"{where}: a CLI command needs an SDK method")
    arguments: list[dict[str, Any]] = []
    hidden = set(ext.get("hide", ()))
    if sdk.get("handwritten") and record["body"] and record["body"]["format"] == "multipart":
        params: list[dict[str, Any]] = []
    else:
        params = [p for p in sdk.get("params", ()) if p["target"] != "workspace"]
    for param in params:
        if param["name"] in hidden:
            continue
        schema: Any = {"type": "string"}
        if param["target"] == "body":
            schema = _nested_schema(spec, record, param["wire"], where)
        elif param["target"] == "query":
            schema = next(p for p in record["query_params"] if p["name"] == param["wire"])
            schema = {
                "type": {"int": "integer", "float": "number"}.get(schema["send_type"], "string")
            }
        argument = _cli_argument(spec, param["name"], schema, required=param["default"] is None)
        if param["kind"] == "positional":
            argument["positional"] = True
        if param["target"] == "path":
            argument["help"] = (
                _first_sentence(
                    next(p for p in record["path_params"] if p["name"] == param["wire"])[
                        "description"
                    ]
                )
                or f"the {param['name'].replace('_', ' ')}"
            )
        if param["default"] not in (None, "None", "NOT_GIVEN"):
            argument["default"] = param["default"]
            argument["help"] = f"default: {param['default'].strip(chr(39))}"
        arguments.append(argument)
    fields_of = sdk.get("fields_of") if sdk.get("typed_dict") else None
    if fields_of is not None:
        properties, required, _ = _body_fields(spec, record, fields_of, where)
        for name, schema in properties.items():
            if name in hidden:
                continue
            arguments.append(_cli_argument(spec, name, schema, required=name in required))
    for name in ext.get("positional", ()):
        found = [a for a in arguments if a["name"] == name]
        if not found:
            raise SpecError(f"{where}: x-fetch-hive-cli positional {name} is no argument")
        found[0]["positional"] = True
    for name in ext.get("require", ()):
        for argument in arguments:
            if argument["name"] == name:
                argument["required"] = True
    text_file = dict(ext.get("text_file", {}))
    for field, option in text_file.items():
        argument = next((a for a in arguments if a["name"] == field), None)
        if argument is None:
            raise SpecError(f"{where}: x-fetch-hive-cli text_file names no field {field}")
        argument.update(text_file=option, flag="--" + option.replace("_", "-"))
    for name, option in ext.get("options", {}).items():
        arguments.append({
            "name": name, "flag": option["flag"], "type": "str", "required": False,
            "help": option.get("help", ""), "choices": None, "metavar": option.get("metavar"),
            "action": "append", "positional": False, "to": option["to"],
        })  # fmt: skip
    file_argument = ext.get("file")
    if file_argument is not None:
        arguments = [
            {"name": file_argument, "flag": None, "type": "path", "required": True,
             "help": "the file", "choices": None, "metavar": None, "action": "store",
             "positional": True, "to": file_argument},
            {"name": "content_type", "flag": "--content-type", "type": "str", "required": False,
             "help": "its media type (default: from its name)", "choices": None,
             "metavar": None, "action": "store", "positional": False, "to": "content_type"},
        ]  # fmt: skip
    positional = [a for a in arguments if a["positional"]]
    options = [a for a in arguments if not a["positional"]]
    return {
        "words": str(ext["command"]).split(),
        "help": _first_sentence(record["summary"]).lower()[:1]
        + _first_sentence(record["summary"])[1:],
        "method": sdk["dotted"],
        "operation_id": record["operation_id"],
        "arguments": positional + options,
        "columns": list(ext.get("columns", ())),
        "result": ext.get("result"),
        "update": bool(ext.get("update")),
    }


# Event unions ------------------------------------------------------------------------------


def event_registries(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each `oneOf` schema with `x-fetch-hive-events`: its members by the value of their
    discriminating field (a required `const`), in the spec's order."""
    spec = Spec(document)
    found = []
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        ext = schema.get("x-fetch-hive-events")
        if ext is None:
            continue
        field = ext["field"]
        members = []
        for member in schema.get("oneOf", ()):
            member_name = spec.ref_name(member)
            resolved = spec.resolve(member)
            const = resolved.get("properties", {}).get(field, {}).get("const")
            if member_name is None or const is None or field not in resolved.get("required", ()):
                raise SpecError(
                    f"{name}: each member of an x-fetch-hive-events union must be a $ref with "
                    f"a required const {field}"
                )
            members.append(
                {"value": const, "class": class_name(member_name), "module": snake(member_name)}
            )
        values = [m["value"] for m in members]
        if len(set(values)) != len(values):
            raise SpecError(f"{name}: two members share a {field}")
        found.append(
            {"schema": name, "registry": ext["registry"], "union": ext["union"],
             "field": field, "members": members}
        )  # fmt: skip
    return found
