"""Child process of the benchmark: read and extract every release under a folder, no database.

Prints one JSON object: releases, text bytes, seconds spent reading/parsing files and
seconds spent in ``extract_quotes`` alone (wall clock and CPU time, as the machine may be
shared), quotes found, and this process's peak RSS.
Run in its own process so the peak RSS is extraction's alone.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from loaders.extract import extract_quotes
from loaders.files import iter_sources, read_releases


def main(folder: str) -> None:
    releases = text_bytes = quotes = 0
    read_seconds = extract_seconds = extract_cpu = 0.0
    for source in iter_sources([folder]):
        if source.kind == "skipped":
            continue
        started = time.perf_counter()
        parsed = list(read_releases(source))
        read_seconds += time.perf_counter() - started
        for release in parsed:
            started, started_cpu = time.perf_counter(), time.process_time()
            quotes += len(extract_quotes(release.text))
            extract_seconds += time.perf_counter() - started
            extract_cpu += time.process_time() - started_cpu
            releases += 1
            text_bytes += len(release.text.encode("utf-8"))
    print(json.dumps({"releases": releases, "text_bytes": text_bytes, "read_seconds": read_seconds,
                      "extract_seconds": extract_seconds, "extract_cpu_seconds": extract_cpu, "quotes": quotes,
                      "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main(sys.argv[1])
