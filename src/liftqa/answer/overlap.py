"""Work done beside the caller's own: a model run (which releases the GIL) on a worker thread
while the caller reads a question's risk, so the question's search embedding and its risk
reading share the machine's cores instead of taking turns.

Nothing here changes what is computed, only where: `Pending.result()` returns what calling
the function inline would, and runs it inline when every worker is busy (many users at once)
rather than queueing behind them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")

# seconds a caller waits for a worker to take its call (an idle worker takes it in ~0.1 ms;
# when every worker is busy the call runs on the caller when its result is asked for)
HANDOVER = 0.001


class Pending(Generic[T]):
    """One call started beside the caller."""

    def __init__(self, future: Future[T] | None, call: Callable[[], T]) -> None:
        self._future = future
        self._call = call

    def result(self) -> T:
        """What the call returns (or raises), waited for if it is running, run here if it has
        not started."""
        if self._future is None or self._future.cancel():
            return self._call()
        return self._future.result()

    def drop(self) -> None:
        """Not needed after all: never started if it has not yet been (a run under way ends
        on its own and is discarded)."""
        if self._future is not None:
            self._future.cancel()


class Overlap:
    """A few worker threads for calls started beside the caller's own work (none: every
    call runs on the caller, when its result is asked for)."""

    def __init__(self, workers: int = 2) -> None:
        if not 0 <= workers <= 16:
            raise ValueError(f"workers must be between 0 and 16, not {workers!r}")
        self._pool = (
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="liftqa-overlap")
            if workers
            else None
        )

    def start(self, call: Callable[[], T]) -> Pending[T]:
        """`call` started on a worker. Waits (at most `HANDOVER` seconds) until a worker has
        taken it: a caller that went straight on to hold the GIL (reading rules) would keep
        an idle worker from even picking the call up for a whole switch interval (5 ms)."""
        if self._pool is None:
            return Pending(None, call)
        taken = threading.Event()

        def run() -> T:
            taken.set()
            return call()

        try:
            future = self._pool.submit(run)
        except RuntimeError:  # shut down (the interpreter is exiting): run it inline
            return Pending(None, call)
        taken.wait(HANDOVER)
        return Pending(future, call)


def inline(call: Callable[[], T]) -> Pending[T]:
    """A call run when its result is asked for, on the caller's thread."""
    return Pending(None, call)
