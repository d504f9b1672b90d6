"""The drift report, from the one import: ``python -m bitmart_openapi.drift FILE...``.

The same as ``python -m bitmart_runtime.drift`` (see that module): where saved BitMart answers
depart from the document, per operation and JSON path, and the spec edit that would make the
document agree.
"""

import sys

from bitmart_runtime.drift import Finding, Report, build_report, default_document, main

__all__ = ["Finding", "Report", "build_report", "default_document", "main"]

if __name__ == "__main__":
    sys.exit(main())
