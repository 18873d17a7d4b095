"""The named stages of a load, so a test can stop `phoihop etl` at an exact point instead of after a guess.

With `PHOIHOP_ETL_PAUSE_AT=<stage>` in its environment, a load that reaches that stage prints
`paused at <stage>` on stderr and waits there until it is killed: the atomicity tests kill a load at each
stage in turn (tests/test_warehouse.py). Without it, `reach` does nothing. A test hook only: a load told
to pause never finishes on its own.
"""

from __future__ import annotations

import os
import sys
import threading

PAUSE_ENV = "PHOIHOP_ETL_PAUSE_AT"

STAGES = (
    "locked",  # the load lock held and the building copy opened; nothing read yet
    "batch_written",  # a batch of documents, extractions and sightings written to the building copy
    "loaded",  # every input read: rejects and the run's row written too
    "tables_built",  # reference and derived tables replaced in the building copy; no check run yet
    "checked",  # the data checks passed; the old warehouse still in place
    "renaming",  # the building copy checkpointed, closed and flushed to disk; the rename comes next
    "swapped",  # the new warehouse renamed over the old one (the lock not yet released)
)


def reach(stage: str) -> None:
    """Announce a stage; pause at it if the environment asks to."""
    if stage not in STAGES:
        raise ValueError(f"unknown load stage {stage!r}")
    if os.environ.get(PAUSE_ENV) == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        threading.Event().wait()  # until killed
