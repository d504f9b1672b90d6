"""Generated client for the BitMart REST API.

Operation functions live in ``bitmart_client.api.<area>.<operation_id>`` (for example
``bitmart_client.api.spot_market.get_spot_ticker``), each with ``sync``, ``sync_detailed``,
``asyncio`` and ``asyncio_detailed`` variants; request and response models live in
``bitmart_client.models``. ``bitmart_auth.connect()`` returns a ready client.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
