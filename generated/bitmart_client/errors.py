"""Operation functions raise the exceptions of ``bitmart_runtime.errors``; see that module."""

__all__: list[str] = []
