"""Where bundled assets and the user's data live, from source and when frozen.

One helper for every asset lookup, so that PyInstaller builds (``sys._MEIPASS``) and
source checkouts find fonts, the demo catalogue and translations the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "mela-pos"
APP_AUTHOR = "Mela POS"
DATA_ENV = "MELA_POS_DATA"
LOG_ENV = "MELA_POS_LOGS"


def assets_dir() -> Path:
    """The folder holding ``fonts/``, ``demo/``, ``translations/`` and ``icons/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    """Path of one bundled asset, e.g. ``asset("fonts", "NotoSans-Regular.ttf")``."""
    return assets_dir().joinpath(*parts)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The stall's data folder: ``--data-dir``, else ``$MELA_POS_DATA``, else the user data dir."""
    if override:
        path = Path(override)
    elif os.environ.get(DATA_ENV):
        path = Path(os.environ[DATA_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return path.expanduser()


def log_dir() -> Path:
    """The folder for rotating log files: ``$MELA_POS_LOGS``, else the user log dir."""
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV]).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
