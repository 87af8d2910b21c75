"""The worker processes of ``giaoban export``, and what Ctrl-C does to them.

Ctrl-C belongs to the parent process. Workers ignore SIGINT (a terminal's Ctrl-C reaches
the whole process group) and are born with it blocked, so that one arriving while a
worker starts cannot kill it half-way with a traceback. The parent's bookkeeping with
the pool (``submit``) is never cut in the middle, which could leave the pool waiting
for ever: a Ctrl-C arriving then is acted on right after. When the run ends by an error
or Ctrl-C, the parent stops the workers (SIGTERM, then SIGKILL) and waits until they are
gone, so that none lives on to hold the output folder or the process's exit; meanwhile
a second Ctrl-C ends the program at once (workers killed, exit 130, no traceback).
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

Item = TypeVar("Item")

STOP_WAIT = 5.0  # seconds a terminated worker gets before it is killed
INTERRUPTED = 130  # the exit code of a program stopped by Ctrl-C (128 + SIGINT)


def _worker_start() -> None:
    """In each worker, first thing: Ctrl-C is ignored, then no longer blocked."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def interrupt_deferred() -> Iterator[None]:
    """Run the block whole: a Ctrl-C arriving during it raises KeyboardInterrupt after it.

    Processes forked inside are born with SIGINT blocked (the signal mask is inherited);
    ``_worker_start`` unblocks it once it is ignored.
    """
    if not _in_main_thread():
        yield
        return
    caught: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda _signum, frame: caught.append(frame))
    blocking = hasattr(signal, "pthread_sigmask")
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if blocking else None
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, previous)
    if caught and callable(previous):
        previous(signal.SIGINT, caught[0])  # Python's own: raises KeyboardInterrupt


class _SafePoints:
    """Signals held back (handler, frame) until the code says it is at a safe point."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[..., Any], Any, int]] = []
        self.at_once = False

    def __call__(self) -> None:
        """Act on the signals held back: their own handlers run (and raise) here."""
        while self.held:
            handler, frame, signum = self.held.pop(0)
            handler(signum, frame)

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        """A wait that holds nothing: a signal during it is acted on at once."""
        self.at_once = True
        try:
            self()
            yield
        finally:
            self.at_once = False


# What giaoban meets as Ctrl-C (cli.stop_as_interrupted makes SIGHUP and SIGTERM raise).
_STOPPING = ("SIGINT", "SIGHUP", "SIGTERM")
_HOLDING: list[dict[int, Any]] = []  # the handlers each active hold replaced


def _handlers_back_in_child() -> None:
    """In a process forked while signals are held (a worker starting): the handlers it
    had before, so that SIGTERM from ``stop`` ends it at once instead of being held."""
    while _HOLDING:
        for number, handler in _HOLDING.pop().items():
            signal.signal(number, handler)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_handlers_back_in_child)


@contextlib.contextmanager
def _signals_at_safe_points() -> Iterator[_SafePoints]:
    """While the block runs, the Python handlers of SIGINT, SIGHUP and SIGTERM run only
    at the block's safe points (``points()``, or during ``points.waiting()``); handlers
    that are not Python functions (ignored, default) are left as they are. Outside the
    main thread signals are not delivered to the block: nothing to do."""
    points = _SafePoints()
    if not _in_main_thread():
        yield points
        return
    previous: dict[int, Any] = {}

    def hold(signum: int, frame: Any) -> None:
        handler = previous[signum]
        if points.at_once:
            handler(signum, frame)  # raises where the code waits, holding nothing
        else:
            points.held.append((handler, frame, signum))

    _HOLDING.append(previous)
    try:
        for name in _STOPPING:
            number = getattr(signal, name, None)
            if number is None:
                continue
            handler = signal.getsignal(number)
            if callable(handler):
                previous[number] = handler
                signal.signal(number, hold)
        yield points
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _HOLDING[:] = [held for held in _HOLDING if held is not previous]
        points()  # a signal held back and not yet acted on (also when leaving early)


class Workers(ProcessPoolExecutor):
    """A process pool that Ctrl-C stops cleanly; ``jobs`` processes."""

    def __init__(self, jobs: int) -> None:
        super().__init__(jobs, initializer=_worker_start)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with interrupt_deferred():
            return super().submit(fn, *args, **kwargs)

    def each(
        self, fn: Callable[[Item], Any], items: Iterable[Item], window: int
    ) -> Iterator[tuple[Item, Any]]:
        """``fn(item)`` for every item on the workers, at most ``window`` submitted at
        once (memory stays flat however many items); yields ``(item, result)`` in the
        order they finish. ``fn``'s exception is raised here, for its item. Leaving the
        loop early (an error, Ctrl-C) leaves the rest for ``finish``/``stop`` to cancel.

        Ctrl-C (and SIGHUP/SIGTERM, which giaoban meets as Ctrl-C) is acted on only while
        waiting for the next result, or between two results: never inside the pool's
        bookkeeping. A future's lock is a ``threading.Condition`` whose ``__enter__`` is
        Python code, and ``concurrent.futures.wait`` takes every pending future's lock in
        a loop: a KeyboardInterrupt raised there left a lock taken for ever, the pool's
        manager thread waited on it at the next result, and the program's exit on the
        manager (the rare hang of CLOSING3: three threads in futex, SIGINT ignored).
        Results arrive on a ``queue.SimpleQueue`` (its ``put``, in the manager thread,
        never waits; its ``get`` holds nothing when a signal interrupts it).
        """
        finished: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
        pending: dict[Future[Any], Item] = {}
        following = iter(items)
        with _signals_at_safe_points() as safe_point:

            def start(item: Item) -> None:
                future = self.submit(fn, item)
                pending[future] = item
                future.add_done_callback(finished.put)

            for item in following:
                start(item)
                if len(pending) >= window:
                    break
            while pending:
                safe_point()
                with safe_point.waiting():  # a signal here is acted on at once
                    future = finished.get()
                item = pending.pop(future)
                error = future.exception()
                if error is not None:
                    raise error
                result = future.result()
                safe_point()
                yield item, result
                after = next(following, None)
                if after is not None:
                    start(after)

    def processes(self) -> list[Any]:
        """The workers: ProcessPoolExecutor's ``_processes`` (pid -> Process, the same
        from Python 3.8 to 3.13), and any child process started but not yet listed
        there (an export starts no other multiprocessing children)."""
        import multiprocessing

        known = list((getattr(self, "_processes", None) or {}).values())
        pids = {process.pid for process in known}
        return known + [p for p in multiprocessing.active_children() if p.pid not in pids]

    def finish(self, failed: bool) -> None:
        """The end of the run: wait for the workers after a run that went through; stop
        them after an error or Ctrl-C (and when Ctrl-C comes while waiting)."""
        if failed:
            self.stop()
            return
        try:
            self.shutdown(wait=True, cancel_futures=True)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Terminate every worker and wait until each is gone (killed if it lingers)."""
        processes = self.processes()
        manager = getattr(self, "_executor_manager_thread", None)
        # First the pool's own shutdown, which cancels what has not started; a future
        # cancelled any other way would make the pool's thread fail (Python 3.11's
        # terminate_broken sets an exception on it: InvalidStateError).
        self.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.terminate()
        deadline = time.monotonic() + STOP_WAIT
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
                process.join(max(0.0, deadline - time.monotonic()))
                if process.is_alive():
                    process.kill()
                    process.join(STOP_WAIT)
        # The pool's manager thread ends once it sees the workers gone; the program's
        # exit would wait for it otherwise.
        if manager is not None and manager is not threading.current_thread():
            manager.join(STOP_WAIT)

    def kill_now(self) -> None:
        """SIGKILL every worker, without waiting (from a signal handler)."""
        for process in self.processes():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()


@contextlib.contextmanager
def later_interrupts_end(
    workers: Workers | None, message: str, cleanup: Callable[[], None]
) -> Iterator[None]:
    """While the block runs, the first Ctrl-C raises KeyboardInterrupt as Python's own
    handler does (the run stops and cleans up); any later one, wherever it lands (the
    clean-up after the first included, even before it has begun), kills the workers,
    runs ``cleanup`` (quick and safe to repeat), prints ``message`` and exits 130 at once.
    A Ctrl-C that Python's handler does not meet (ignored: a background job) is left so.
    """
    if not _in_main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    pressed: list[int] = []

    def counted(signum: int, _frame: object) -> None:
        if pressed:
            if workers is not None:
                workers.kill_now()
            with contextlib.suppress(Exception):
                cleanup()
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(message + "\n")
                sys.stderr.flush()
            os._exit(INTERRUPTED)
        pressed.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, counted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
