"""`make regenerate`: openapi.yaml -> the generated code.

1. openapi-python-client, with this project's templates (templates/), writes the package
   `fetch_hive_api` into generated/: a model per schema (`models/`) and a typed descriptor
   per operation (`api/<tag>/<operation>.py`). The generator's own HTTP client, error and
   type modules are not written: nothing uses them (the SDK sends every request).
2. The SDK's generated sources are rendered from templates/sdk/ with the same data: the
   resource namespaces (`client.knowledge_bases...`) and fetch-hive-sdk 0.4.1's method names,
   into `wrapper/fetch_hive_sdk/_async/` (scripts/unasync.py then writes their sync twins).

The templates read each operation as plain data (`scripts/operation_table.py`), built from
the spec and its `x-fetch-hive-*` extensions. Output is formatted with the pinned ruff, so it
is byte-identical run to run.

    python scripts/generate.py                   # write everything
    python scripts/generate.py --check           # exit 1 when anything differs
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
import operation_table
from unasync import ruff_tidy

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
PACKAGE = "fetch_hive_api"
# What openapi-python-client writes that nothing uses: its own httpx client, its errors,
# its request types.
UNUSED = ("client.py", "errors.py", "types.py")
# templates/sdk/<template> -> the source it renders (the SDK's, or one more module of the
# generated package).
SDK_SOURCES = {
    "namespaces.py.jinja": "wrapper/fetch_hive_sdk/_async/_resources.py",
    "resource_access.py.jinja": "wrapper/fetch_hive_sdk/_async/_resource_access.py",
    "legacy_methods.py.jinja": "wrapper/fetch_hive_sdk/_legacy/_async_methods.py",
    "cli_commands.py.jinja": "wrapper/fetch_hive_sdk/_cli_commands.py",
    "events.py.jinja": f"generated/{PACKAGE}/events.py",
}


def load_spec() -> dict[str, Any]:
    document: dict[str, Any] = YAML(typ="safe").load(SPEC.read_bytes())
    return document


def _fail(errors: list[GeneratorError]) -> None:
    for error in errors:
        print(f"{error.level.name}: {error.header}\n{error.detail or ''}", file=sys.stderr)
    raise SystemExit("generation failed (every warning is an error here)")


def generate(output: Path) -> None:
    """Everything generated, under `output` (a copy of the repository's layout)."""
    document = load_spec()
    try:
        table = operation_table.build(document)
    except operation_table.SpecError as exc:
        raise SystemExit(f"openapi.yaml: {exc}") from None
    config = Config.from_sources(
        ConfigFile.load_from_path(path=ROOT / "generator-config.yaml"),
        MetaType.NONE,
        SPEC,
        "utf-8",
        True,
        output_path=output / "generated" / PACKAGE,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        _fail([data])
    assert isinstance(data, GeneratorData)
    project = Project(openapi=data, config=config, custom_template_path=ROOT / "templates")
    # The templates find an operation by the name the generator gave its module; the SDK's
    # templates import each descriptor from its tag's folder.
    by_route = {(r["method"], r["path"]): r for r in table.values()}
    by_endpoint: dict[str, dict[str, Any]] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            record = by_route[(endpoint.method.upper(), endpoint.path.get_untrusted_value())]
            record["tag"] = str(tag)
            record["module"] = str(endpoint.name)
            by_endpoint[str(endpoint.name)] = record
    project.env.filters["py"] = repr  # a Python literal of a string, number or list
    project.env.globals.update(
        operations=by_endpoint,
        namespaces=_namespaces(document, table),
        client_operations=sorted(
            (
                r
                for r in table.values()
                if r["sdk"] and "skip" not in r["sdk"] and not r["sdk"]["namespace"]
            ),
            key=lambda r: r["sdk"]["method"],
        ),
        cli_groups=document.get("x-fetch-hive-cli-groups", {}),
        event_registries=operation_table.event_registries(document),
    )
    errors = [e for e in project.build() if e.level in (ErrorLevel.WARNING, ErrorLevel.ERROR)]
    if errors:
        _fail(errors)
    package = output / "generated" / PACKAGE
    for name in UNUSED:
        (package / name).unlink(missing_ok=True)
    (package / "py.typed").touch()
    for template, target in SDK_SOURCES.items():
        text = project.env.get_template(f"sdk/{template}").render()
        path = output / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ruff_tidy(text, target), encoding="utf-8")


def _namespaces(document: dict[str, Any], table: dict[str, Any]) -> list[dict[str, Any]]:
    """The SDK's namespaces (`x-fetch-hive-namespaces`), each with its methods, parents
    before children."""
    declared: dict[str, Any] = document.get("x-fetch-hive-namespaces", {})
    methods: dict[str, list[dict[str, Any]]] = {}
    for record in table.values():
        sdk = record["sdk"]
        if sdk is None or "skip" in sdk or not sdk["namespace"]:
            continue
        if sdk["namespace"] not in declared:
            raise SystemExit(
                f"openapi.yaml: {record['operation_id']}: namespace {sdk['namespace']!r} is not "
                "declared in x-fetch-hive-namespaces"
            )
        methods.setdefault(sdk["namespace"], []).append(record)
    found = []
    for dotted, meta in declared.items():
        parent, _, attribute = dotted.rpartition(".")
        children = [
            {"attribute": d.rpartition(".")[2], **declared[d]}
            for d in declared
            if d.rpartition(".")[0] == dotted
        ]
        found.append(
            {
                "dotted": dotted,
                "attribute": attribute,
                "parent": parent,
                "children": children,
                "operations": sorted(methods.get(dotted, []), key=lambda r: r["sdk"]["method"]),
                **meta,
            }
        )
    return found


def _differences(fresh: Path) -> list[str]:
    stale: list[str] = []
    compared = filecmp.dircmp(
        ROOT / "generated", fresh / "generated", ignore=["__pycache__", ".ruff_cache"]
    )
    stale.extend(_walk(compared, "generated"))
    for target in SDK_SOURCES.values():
        if target.startswith("generated/"):
            continue  # compared with the rest of generated/
        mine, theirs = ROOT / target, fresh / target
        if not mine.exists() or mine.read_bytes() != theirs.read_bytes():
            stale.append(target)
    return stale


def _walk(compared: filecmp.dircmp[str], where: str) -> list[str]:
    found = [f"{where}/{name}" for name in compared.left_only + compared.right_only]
    found += [f"{where}/{name}" for name in compared.diff_files]
    for name, sub in compared.subdirs.items():
        found += _walk(sub, f"{where}/{name}")
    return found


def main() -> int:
    # The generator's post-hooks run `ruff`: the pinned one, beside this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        generate(fresh)
        if args.check:
            stale = _differences(fresh)
            for path in stale:
                print(f"{path} is stale: run 'make regenerate'", file=sys.stderr)
            return 1 if stale else 0
        shutil.rmtree(ROOT / "generated", ignore_errors=True)
        shutil.copytree(
            fresh / "generated",
            ROOT / "generated",
            ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"),
        )
        for target in SDK_SOURCES.values():
            if not target.startswith("generated/"):
                shutil.copyfile(fresh / target, ROOT / target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
