"""Every document the stall prints, drawn with reportlab as PDF.

``model`` reads what a document shows from the database; ``receipt``, ``invoice_a5``,
``preorder_slip``, ``refund_note``, ``zreport`` and ``labels`` draw it; ``fonts`` shapes and
sets mixed Hindi/English text; ``layout`` places it on roll or cut-sheet paper; ``qr`` makes
the codes. See docs/documents.md.
"""
