"""JSON Pointers (RFC 6901) and local ``$ref`` resolution, the one implementation of the project.

The generator, the mock, the runtime's drift checks and the tests all walk the bundled OpenAPI
document by pointer; they share these functions so that escaping (``~0`` for ``~``, ``~1`` for
``/``) is done right in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def escape(token: str) -> str:
    """One reference token, escaped for use in a pointer."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """One reference token of a pointer, unescaped (``~1`` before ``~0``, as RFC 6901 says)."""
    return token.replace("~1", "/").replace("~0", "~")


def join(*tokens: str | int) -> str:
    """The pointer made of ``tokens``, e.g. ``join("paths", "/a/b")`` -> ``/paths/~1a~1b``."""
    return "".join("/" + escape(str(token)) for token in tokens)


def tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of ``pointer`` (``#`` prefix allowed)."""
    pointer = pointer.removeprefix("#")
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(part) for part in pointer[1:].split("/")]


def resolve(document: Any, pointer: str) -> Any:
    """The value ``pointer`` (``/a/b`` or ``#/a/b``) designates in ``document``.

    Raises ``KeyError`` naming the pointer when it designates nothing.
    """
    node = document
    for token in tokens(pointer):
        try:
            node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            raise KeyError(f"no value at {pointer!r}") from None
    return node


def deref(document: Any, node: Any) -> Any:
    """``node`` with its chain of local ``$ref`` followed (``node`` itself if it has none)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle through {ref!r}")
        seen.add(ref)
        node = resolve(document, ref)
    return node


def walk_refs(node: Any) -> Iterable[str]:
    """Every ``$ref`` string inside ``node``, depth first."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


__all__ = ["deref", "escape", "join", "resolve", "tokens", "unescape", "walk_refs"]
