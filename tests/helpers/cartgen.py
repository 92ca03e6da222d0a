"""Random carts for property tests: any prices, quantities, GST rates and discounts."""

from __future__ import annotations

from hypothesis import strategies as st

from pos.cart import Cart, Discount
from pos.schema import GST_RATES
from tests.helpers.selling import Product

prices = st.integers(min_value=0, max_value=5_000_000)
quantities = st.integers(min_value=1, max_value=20)
rates = st.sampled_from(GST_RATES)


@st.composite
def discounts(draw: st.DrawFn, gross: int) -> Discount | None:
    """No discount, a percentage, or an amount up to the line's gross."""
    kind = draw(st.sampled_from([None, "percent", "amount"]))
    if kind == "percent":
        return Discount("percent", draw(st.integers(1, 10_000)), "festival offer")
    if kind == "amount" and gross > 0:
        return Discount("amount", draw(st.integers(1, gross)), "damaged corner")
    return None


@st.composite
def carts(draw: st.DrawFn) -> list[dict]:
    """One to six line specs: price, quantity, GST rate and maybe a discount."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        price, qty = draw(prices), draw(quantities)
        lines.append({"price": price, "qty": qty, "rate": draw(rates),
                      "discount": draw(discounts(price * qty))})
    return lines


def build(spec: list[dict], bill_discount_pick: int, inter_state: bool,
          products: list[Product] | None = None) -> Cart:
    """The cart of ``spec`` (catalogue ``products`` if given), with a bill discount picked
    by ``bill_discount_pick``."""
    cart = Cart(inter_state=inter_state)
    for i, line in enumerate(spec):
        product = products[i] if products else Product(
            id=i, sku=f"P{i}", barcode=None, name_en=f"P{i}", name_hi="वस्तु",
            craft_code="sikki", artisan_id=None, artisan_name=None, description="",
            hsn="4602", gst_rate=line["rate"], mrp_paise=line["price"], unit="pc",
            one_of_a_kind=False, active=True, picture_sha256=None, listing_urls={},
            stock=1000)
        index = cart.add(product, line["qty"])
        cart.set_line_discount(index, line["discount"])
    net = sum(t.total_paise for t in cart.totals().lines)
    if bill_discount_pick and net:
        cart.set_bill_discount(Discount("amount", 1 + bill_discount_pick % net, "regular buyer"))
    return cart
