"""Call any generated operation with schema-valid arguments, without writing each call by hand.

Values come from the spec: a parameter's ``example``, the schema's ``const``/``enum``/``examples``/
``default``, else the smallest value its type, bounds and pattern allow. They are *valid*, not
meaningful: enough to exercise routing, signing, serialisation and parsing of every operation.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import bitmart_client.api
from bitmart_client.operations import OPERATIONS
from bitmart_client.types import Unset
from bitmart_runtime import jsonpointer

_STRING_CANDIDATES = (
    "BTC_USDT",
    "BTCUSDT",
    "USDT",
    "0.001",
    "1",
    "1735689600123",
    "demo20261122a1",
    "buy",
    "abc",
    "2026-11-22",
    "0xabc123",
)


def _python_name(name: str, accepted: typing.Collection[str]) -> str:
    # The generator's own rule for Python names (camelCase -> camel_case, N -> n), plus the
    # trailing underscore it adds to reserved words such as `type`.
    from openapi_python_client.strings import snake_case

    snake = str(snake_case(name))
    return snake if snake in accepted else f"{snake}_"


class Sampler:
    """Build a valid value for any schema of the bundle."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        self.bundle = bundle

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains."""
        return jsonpointer.deref(self.bundle, node)

    def value(self, schema: Any) -> Any:
        """A value valid against ``schema``."""
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("examples", "example"):
            if key in schema:
                examples = schema[key]
                return examples[0] if key == "examples" else examples
        if "default" in schema:
            return schema["default"]
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return self.value(schema[combinator][0])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.value(part)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "integer":
            low = schema.get("minimum")
            if low is None and "exclusiveMinimum" in schema:
                low = schema["exclusiveMinimum"] + 1
            value = max(int(low if low is not None else 1), 1)
            return min(value, int(schema["maximum"])) if "maximum" in schema else value
        if kind == "number":
            return 1.0
        if kind == "boolean":
            return True
        if kind == "array":
            items = [self.value(item) for item in schema.get("prefixItems", [])]
            return items or [self.value(schema.get("items", {"type": "string"}))]
        if kind == "object" or "properties" in schema:
            return {
                name: self.value(sub)
                for name, sub in schema.get("properties", {}).items()
                if name in schema.get("required", [])
            }
        return self._string(schema)

    @staticmethod
    def _string(schema: dict[str, Any]) -> str:
        pattern = schema.get("pattern")
        low, high = schema.get("minLength", 0), schema.get("maxLength", 10**6)
        for candidate in _STRING_CANDIDATES:
            if (pattern is None or re.search(pattern, candidate)) and low <= len(candidate) <= high:
                return candidate
        raise ValueError(f"no sample string for {schema}")


@functools.cache
def module_of(operation_id: str) -> types.ModuleType:
    """The generated module of an operation (``bitmart_client.api.<tag>.<operation_id>``)."""
    for package in pkgutil.iter_modules(bitmart_client.api.__path__):
        name = f"bitmart_client.api.{package.name}.{operation_id}"
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    raise LookupError(operation_id)


def operation_spec(bundle: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The operation object of the bundle."""
    op = OPERATIONS[operation_id]
    spec: dict[str, Any] = bundle["paths"][op.path][op.method.lower()]
    return spec


def arguments(
    bundle: dict[str, Any], operation_id: str, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Keyword arguments (other than ``client``) for the operation's functions."""
    sampler = Sampler(bundle)
    spec = operation_spec(bundle, operation_id)
    module = module_of(operation_id)
    kwargs: dict[str, Any] = {}
    accepted = inspect.signature(module.sync_detailed).parameters
    for raw in spec.get("parameters", []):
        param = sampler.resolve(raw)
        if param.get("required"):
            value = param.get("example", sampler.value(param["schema"]))
            kwargs[_python_name(param["name"], accepted)] = value
    if "requestBody" in spec:
        body_schema = sampler.resolve(spec["requestBody"])["content"]["application/json"]["schema"]
        body = sampler.value(body_schema)
        body.update((overrides or {}).pop("body", {}))
        kwargs["body"] = _body_class(module).from_dict(body)
    kwargs.update(overrides or {})
    return kwargs


def _body_class(module: types.ModuleType) -> Any:
    hints = typing.get_type_hints(module.sync_detailed)
    for candidate in typing.get_args(hints["body"]) or (hints["body"],):
        if candidate is not Unset and hasattr(candidate, "from_dict"):
            return candidate
    raise LookupError(f"no body model in {module.__name__}")


def call(
    bundle: dict[str, Any], operation_id: str, client: Any, *, overrides: dict[str, Any] | None = None
) -> Any:
    """Call ``sync_detailed`` of the operation with sample arguments; return the Response."""
    module = module_of(operation_id)
    return module.sync_detailed(client=client, **arguments(bundle, operation_id, overrides))


async def call_async(
    bundle: dict[str, Any], operation_id: str, client: Any, *, overrides: dict[str, Any] | None = None
) -> Any:
    """Call ``asyncio_detailed`` of the operation with sample arguments; return the Response."""
    module = module_of(operation_id)
    return await module.asyncio_detailed(client=client, **arguments(bundle, operation_id, overrides))


def success_example(bundle: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The first success example of the operation's 200 response."""
    examples = operation_spec(bundle, operation_id)["responses"]["200"]["content"]["application/json"][
        "examples"
    ]
    for example in examples.values():
        value: dict[str, Any] = example["value"]
        if value.get("code") in (1000, "1000"):
            return value
    raise LookupError(operation_id)


def functions(module: types.ModuleType) -> dict[str, Callable[..., Any]]:
    """The four public functions every generated operation module must have."""
    names = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
    return {name: getattr(module, name) for name in names if callable(getattr(module, name, None))}


def is_coroutine(function: Callable[..., Any]) -> bool:
    """Whether ``function`` is ``async def``."""
    return inspect.iscoroutinefunction(function)
