"""Hindi and English at run time: every ``assets/translations/*_hi.qm`` is loaded together.

Each engineer keeps a ``.ts`` source of their own (``sell_hi.ts``, ``screens_hi.ts``...), and
all of them are installed as QTranslators when the stall switches to Hindi, so no one edits a
shared translation file. Installing or removing a translator sends ``LanguageChange`` to every
widget; the main window also calls ``retranslate()`` on each screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from pos.resources import asset

log = logging.getLogger(__name__)

LANGUAGES = ("en", "hi")
LANGUAGE_NAMES = {"en": "English", "hi": "हिन्दी"}

_current = "en"


def current_language() -> str:
    """The language the UI shows now (for code far from the services object)."""
    return _current


class Translations(QObject):
    """The app's current language and the translators that implement it.

    Signals:
        languageChanged(str): the new language code, after the translators are swapped.
    """

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._installed: list[QTranslator] = []

    @property
    def language(self) -> str:
        """``"en"`` or ``"hi"``."""
        return self._language

    def files(self, language: str) -> list[str]:
        """The compiled translation files for a language, sorted by name."""
        folder = asset("translations")
        if language == "en" or not folder.is_dir():
            return []
        return sorted(str(p) for p in folder.glob(f"*_{language}.qm"))

    def set_language(self, language: str) -> None:
        """Switch every translator to ``language`` (``en`` removes them all)."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed = []
        for path in self.files(language):
            translator = QTranslator(self)
            if translator.load(path):
                if app is not None:
                    app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.error("could not load translation %s", path)
        self._language = language
        global _current
        _current = language
        self.languageChanged.emit(language)
