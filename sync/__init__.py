"""Sync between stall laptops and the hub: wire protocol, client, and the hub server."""
