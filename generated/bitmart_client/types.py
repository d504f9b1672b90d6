"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

from attrs import define

if TYPE_CHECKING:
    from bitmart_runtime.parsing import DriftEntry
    from bitmart_runtime.rate_limit import RateLimitStatus


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: the parsed success model plus the raw status, body and headers.

    ``drift`` lists where the answer departed from the document (a missing field, a null, an
    unlisted enum value, an extra field...): the model keeps what BitMart sent, and each entry
    gives the JSON path, what the document expected and what arrived. Empty when the answer
    matches the document.
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    drift: "tuple[DriftEntry, ...]" = ()

    @property
    def rate_limit(self) -> "RateLimitStatus | None":
        """The ``X-BM-RateLimit-*`` headers of this response, parsed; ``None`` if absent."""
        from bitmart_runtime.rate_limit import RateLimitStatus

        return RateLimitStatus.from_headers(self.headers)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
