"""The app's screens: each module defines ``Screen(services, parent=None)``.

A screen has ``title() -> str`` (its toolbar label, translated) and ``retranslate()``.
The main window finds them through ``ui.mainwindow.SCREENS``; a module that does not exist
yet is skipped.
"""
