"""Dialogs: sign-in, manager approval, payment, and the other engineer's lead forms."""
