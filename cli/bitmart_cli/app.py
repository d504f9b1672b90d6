"""``bitmart``: get your history, your balances and your funds out of BitMart.

    bitmart export --mock                 # the demo account of the embedded mock exchange
    bitmart export --since 2024-01-01     # your account (BITMART_API_KEY / _SECRET / _MEMO)
    bitmart inventory --json
    bitmart withdraw-all --destinations wallets.toml   # the plan; --execute carries it out

Expected failures (bad credentials, an unreachable server, an unwritable file) end with a
one-line message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console

from . import _balances, _report
from ._command import base_url_option, console, expected_failures, fail, mock_option, target_hint
from ._export import Exporter, Summary, run_export
from ._output import (
    BarProgress,
    LogProgress,
    completeness_table,
    inventory_table,
    reconciliation_table,
    write_csv,
)
from ._withdraw import withdraw_all
from .session import Overrides, Target, open_target, overrides_of
from .store import Store

RESUME = "rerun the same command to resume from the last saved window"


def _since(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD or an ISO-8601 time)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


@click.group(help=__doc__.split("\n\n")[0] if __doc__ else None)
@click.version_option(package_name="bitmart-openapi", prog_name="bitmart")
def main() -> None:
    """The bitmart command."""


main.add_command(withdraw_all)


@main.command()
@base_url_option
@mock_option
@click.option(
    "--db", "db_path", default="bitmart-export.sqlite", show_default=True, type=click.Path(dir_okay=False)
)
@click.option(
    "--csv", "csv_dir", type=click.Path(file_okay=False), help="Also write every table as DIR/<table>.csv."
)
@click.option("--since", metavar="DATE", help="Start here (UTC) instead of as far back as BitMart keeps.")
@click.pass_context
def export(
    context: click.Context,
    base_url: str | None,
    mock: bool,
    db_path: str,
    csv_dir: str | None,
    since: str | None,
) -> None:
    """Write every record the key can see into an SQLite file, resumably."""
    since_ms = _since(since)
    overrides = overrides_of(context)
    err = Console(stderr=True)
    with expected_failures(target_hint(base_url, mock), RESUME):
        store = Store(db_path)
        try:
            with open_target(base_url, mock, overrides) as target:
                summary = _run(store, target, since_ms, overrides, err)
            _print_report(store, summary)
            if csv_dir is not None:
                files = write_csv(store, Path(csv_dir))
                click.echo(f"wrote {len(files)} CSV files to {csv_dir}")
        finally:
            store.close()
    if not summary.complete:
        fail(f"some records could not be read (see above); {RESUME}")


def _run(store: Store, target: Target, since_ms: int | None, overrides: Overrides, err: Console) -> Summary:
    progress: BarProgress | LogProgress = BarProgress(err) if err.is_terminal else LogProgress(err)
    with progress:
        exporter = Exporter(
            store,
            target.client,
            until_ms=overrides.now_ms(),
            since_ms=since_ms,
            base_url=target.base_url,
            progress=progress,
        )
        return run_export(exporter)


def _print_report(store: Store, summary: Summary) -> None:
    out = console()
    out.print(completeness_table(_report.completeness(store, summary.run_id)))
    out.print(reconciliation_table(_report.reconciliation(store)))
    for note in summary.notes:
        out.print(f"note: {note}", highlight=False)


@main.command()
@base_url_option
@mock_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of balances) for scripts.")
@click.pass_context
def inventory(context: click.Context, base_url: str | None, mock: bool, as_json: bool) -> None:
    """Print every balance: spot, funding, futures, isolated margin, Earn and each sub-account."""
    overrides = overrides_of(context)
    with (
        expected_failures(target_hint(base_url, mock), "nothing was changed"),
        open_target(base_url, mock, overrides) as target,
    ):
        found = asyncio.run(_inventory(target))
    rows = [{key: value for key, value in row.items() if key != "raw"} for row in found.rows]
    if as_json:
        click.echo(json.dumps({"balances": rows, "notes": found.notes}, indent=2))
        return
    out = console()
    out.print(inventory_table(rows))
    for note in found.notes:
        out.print(f"note: {note}", highlight=False)


async def _inventory(target: Target) -> _balances.Inventory:
    try:
        try:
            subs = await _balances.sub_accounts(target.client)
        except _balances.UnnamedSubAccountsError as error:
            found = await _balances.collect(target.client, error.names)
            found.notes.append(str(error))
            return found
        return await _balances.collect(target.client, subs)
    finally:
        await target.client.get_async_httpx_client().aclose()


__all__ = ["main"]
