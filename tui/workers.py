"""Thread workers whose failures become a notice instead of ending the app.

Textual ends the app when a worker raises (`exit_on_error`). Database, search and file
work can fail for reasons outside the app (a store made read-only, a disk that fills, a
file another process damaged), so every worker of the app is declared with `db_work`: the
error is reported once, in one place (`BriefApp.report_failure`), and the app keeps going.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from textual import work

F = TypeVar("F", bound=Callable[..., Any])


def db_work(*, group: str, exclusive: bool = False, name: str = "") -> Callable[[F], F]:
    """`@work(thread=True)` for the app's database, search and file work, failures reported."""

    def decorator(method: F) -> F:
        @functools.wraps(method)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                with self.app.db.working():  # the app's close leaves this thread's connection to it
                    return method(self, *args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - every failure is shown, none is fatal
                app = self.app
                app.call_from_thread(app.report_failure, exc, name or method.__name__)
                return None

        return work(thread=True, exclusive=exclusive, group=group, name=name or method.__name__,  # type: ignore[return-value]
                    exit_on_error=False)(guarded)

    return decorator
