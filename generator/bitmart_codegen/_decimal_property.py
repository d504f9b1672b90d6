"""``format: decimal`` strings become ``decimal.Decimal`` properties in the generated client.

openapi-python-client 0.29.1 ignores ``format: decimal`` (a string stays ``str``), and it has no
plug-in point for new formats. Its parser builds every string property in one private function,
``_string_based_property``; this module wraps that function so that a string schema with
``format: decimal`` becomes a :class:`DecimalProperty`, whose template
(``generator/templates/property_templates/decimal_property.py.jinja``) reads and writes
``Decimal`` values. The generator version is pinned (``generator/requirements.txt``) and the
template records check it (``bitmart_codegen.template_diffs``), so an upgrade that moves the
function shows up at once: :func:`install` refuses to run without it.

A decimal string whose pattern admits the empty string (``DecimalOrEmpty``: BitMart sends ``""``
when it has no value) becomes ``Decimal | None``: ``""`` is read as ``None`` and written back as
``""``.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from attrs import define
from openapi_python_client.parser import properties
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.strings import PythonCode

DECIMAL_FORMAT = "decimal"


@define
class DecimalProperty(StringProperty):
    """A string property that carries an exact decimal number."""

    empty_is_none: bool = False
    """``""`` means "no value" (the schema's pattern admits the empty string)."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_property.py.jinja"

    def get_base_type_string(self) -> PythonCode:
        """``Decimal``, or ``Decimal | None`` when the empty string stands for no value."""
        return PythonCode("Decimal | None" if self.empty_is_none else "Decimal")

    def get_imports(self, *, prefix: str) -> set[str]:
        """The property's imports, ``Decimal`` included."""
        return {*super().get_imports(prefix=prefix), "from decimal import Decimal"}


def install() -> None:
    """Make the generator build ``format: decimal`` strings as :class:`DecimalProperty`."""
    original = getattr(properties, "_string_based_property", None)
    if original is None:
        raise RuntimeError("openapi-python-client has no _string_based_property: check the pinned version")
    if getattr(original, "bitmart_decimal", False):
        return

    def string_based_property(name: str, required: bool, data: Any, config: Any) -> Any:
        built = original(name=name, required=required, data=data, config=config)
        if data.schema_format != DECIMAL_FORMAT or not isinstance(built, StringProperty):
            return built
        pattern = getattr(getattr(data, "pattern", None), "_value", None)  # an UntrustedString
        default = built.default
        if default is not None:
            default = Value(
                python_code=PythonCode(f"Decimal({default.raw_value!r})"), raw_value=default.raw_value
            )
        return DecimalProperty(
            name=built.name,
            required=built.required,
            default=default,
            python_name=built.python_name,
            description=built.description,
            example=built.example,
            empty_is_none=bool(pattern and re.fullmatch(pattern, "")),
        )

    string_based_property.bitmart_decimal = True  # type: ignore[attr-defined]
    properties._string_based_property = string_based_property  # type: ignore[assignment]


__all__ = ["DecimalProperty", "install"]
