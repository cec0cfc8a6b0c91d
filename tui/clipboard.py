"""Copying to the system clipboard with the tool the desktop provides, where there is one.

The app always sends OSC 52 too (the terminal's own clipboard, which reaches a local
clipboard even over SSH), but no terminal says whether it accepted it; a system tool's
exit status does. So the app can say "copied" only when a tool confirmed it, and says
plainly when it could not be confirmed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

_TIMEOUT_S = 3.0


def system_tools() -> list[list[str]]:
    """The commands that may put text on this desktop's clipboard, most fitting first."""
    candidates: list[list[str]] = []
    if sys.platform == "darwin":
        candidates.append(["pbcopy"])
    if os.environ.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    candidates.append(["clip.exe"])  # Windows, and Linux under WSL
    return [command for command in candidates if shutil.which(command[0])]


def copy_with_system_tool(text: str) -> str | None:
    """Put `text` on the clipboard with the first tool that succeeds; its name, or None."""
    for command in system_tools():
        try:
            done = subprocess.run(command, input=text.encode("utf-8"), timeout=_TIMEOUT_S,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return command[0]
    return None
