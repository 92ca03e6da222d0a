"""The hub: the institute's central catalogue and the sales ledger the artisans are paid from."""
