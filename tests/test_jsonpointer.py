"""The one JSON Pointer implementation: escaping both ways, resolution, $ref chains."""

from __future__ import annotations

import pytest
from bitmart_runtime import jsonpointer


def test_escaping_round_trips_tilde_and_slash() -> None:
    token = "a/b~c~1d"
    assert jsonpointer.escape(token) == "a~1b~0c~01d"
    assert jsonpointer.unescape(jsonpointer.escape(token)) == token
    assert jsonpointer.tokens(jsonpointer.join("paths", "/x/y", 3)) == ["paths", "/x/y", "3"]


def test_resolve_follows_objects_and_arrays() -> None:
    document = {"paths": {"/a~b": {"get": [10, {"x": 1}]}}}
    assert jsonpointer.resolve(document, "#/paths/~1a~0b/get/1/x") == 1
    assert jsonpointer.resolve(document, "") is document
    with pytest.raises(KeyError, match="no value"):
        jsonpointer.resolve(document, "/paths/missing")
    with pytest.raises(ValueError, match="not a JSON pointer"):
        jsonpointer.tokens("paths")


def test_deref_follows_chains_and_refuses_cycles() -> None:
    document = {"a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}, "c": {"type": "string"}, "d": {"$ref": "#/d"}}
    assert jsonpointer.deref(document, {"$ref": "#/a"}) == {"type": "string"}
    with pytest.raises(ValueError, match="cycle"):
        jsonpointer.deref(document, {"$ref": "#/d"})
    assert sorted(jsonpointer.walk_refs({"x": [{"$ref": "#/a"}, {"y": {"$ref": "#/b"}}]})) == ["#/a", "#/b"]
