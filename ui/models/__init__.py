"""Qt item models over ``pos`` data (the catalogue grid, the cart)."""
