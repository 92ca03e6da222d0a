"""Draw the demo catalogue's product pictures (``assets/demo/pictures/*.jpg``).

The demo needs a picture for every product, small enough that the whole demo stays under
5 MB, and distinct enough that a cashier can tell products apart on the grid. This script
draws one 240x240 JPEG per product from ``catalogue.json``: each craft has its own motif
and colours (fish, peacock and sun in Madhubani's red-black-yellow, coiled golden grass for
Sikki, a zari-bordered weave for tussar silk, bindi dots on black for Tikuli, ...), and the
product's name and SKU choose the variant, palette and layout, so no two pictures match.

Run it after changing the catalogue (from the repository root)::

    python assets/demo/make_pictures.py

It is deterministic: the same catalogue gives byte-identical pictures. Only Pillow is needed.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SIZE = 240
SCALE = 2                      # drawn at twice the size, then reduced: smooth edges
S = SIZE * SCALE
Color = tuple[int, int, int]
Draw = ImageDraw.ImageDraw


def rgb(hex_code: str) -> Color:
    """'#aabbcc' as an RGB tuple."""
    h = hex_code.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def shade(color: Color, factor: float) -> Color:
    """A lighter (factor > 1) or darker (factor < 1) version of a colour."""
    return tuple(max(0, min(255, int(c * factor))) for c in color)  # type: ignore[return-value]


# Shared shapes -------------------------------------------------------------------------


def fish(d: Draw, cx: float, cy: float, length: float, angle: float, body: Color,
         line: Color, scales: Color) -> None:
    """A Madhubani fish: lens-shaped body, forked tail, an eye and scale strokes."""
    ca, sa = math.cos(angle), math.sin(angle)

    def pt(x: float, y: float) -> tuple[float, float]:
        return cx + x * ca - y * sa, cy + x * sa + y * ca

    half = length / 2
    upper = [pt(x, -length * 0.22 * math.sin(math.pi * (x + half) / length))
             for x in [-half + i * length / 24 for i in range(25)]]
    lower = [pt(x, length * 0.22 * math.sin(math.pi * (x + half) / length))
             for x in [half - i * length / 24 for i in range(25)]]
    d.polygon(upper + lower, fill=body, outline=line, width=SCALE * 2)
    tail = [pt(-half, 0), pt(-half - length * 0.28, -length * 0.2),
            pt(-half - length * 0.18, 0), pt(-half - length * 0.28, length * 0.2)]
    d.polygon(tail, fill=body, outline=line, width=SCALE * 2)
    for k in range(5):
        x = -half * 0.5 + k * length * 0.12
        d.arc([pt(x, 0)[0] - length * 0.06, pt(x, 0)[1] - length * 0.1,
               pt(x, 0)[0] + length * 0.06, pt(x, 0)[1] + length * 0.1],
              -60, 60, fill=scales, width=SCALE * 2)
    ex, ey = pt(half * 0.62, -length * 0.04)
    r = length * 0.045
    d.ellipse([ex - r, ey - r, ex + r, ey + r], fill=(255, 255, 255), outline=line, width=SCALE)
    d.ellipse([ex - r / 2, ey - r / 2, ex + r / 2, ey + r / 2], fill=line)


def sun(d: Draw, cx: float, cy: float, r: float, face: Color, rays: Color, line: Color,
        n_rays: int) -> None:
    """A sun face with triangular rays and a simple smiling face."""
    for i in range(n_rays):
        a0 = 2 * math.pi * i / n_rays
        a1 = a0 + math.pi / n_rays
        a2 = a0 + 2 * math.pi / n_rays
        d.polygon([(cx + r * math.cos(a0), cy + r * math.sin(a0)),
                   (cx + r * 1.55 * math.cos(a1), cy + r * 1.55 * math.sin(a1)),
                   (cx + r * math.cos(a2), cy + r * math.sin(a2))],
                  fill=rays if i % 2 else shade(rays, 0.8), outline=line)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=face, outline=line, width=SCALE * 3)
    for ex in (-0.38, 0.38):
        d.ellipse([cx + ex * r - r * 0.14, cy - r * 0.28, cx + ex * r + r * 0.14,
                   cy - r * 0.08], fill=(255, 255, 255), outline=line, width=SCALE * 2)
        d.ellipse([cx + ex * r - r * 0.06, cy - r * 0.24, cx + ex * r + r * 0.06,
                   cy - r * 0.12], fill=line)
    d.arc([cx - r * 0.45, cy - r * 0.1, cx + r * 0.45, cy + r * 0.55], 20, 160,
          fill=line, width=SCALE * 3)
    d.line([cx, cy - r * 0.05, cx - r * 0.08, cy + r * 0.18, cx + r * 0.05, cy + r * 0.18],
           fill=line, width=SCALE * 2)


def peacock(d: Draw, cx: float, cy: float, s: float, body: Color, tail: Color, eye: Color,
            line: Color) -> None:
    """A peacock: fanned tail of eye feathers, teardrop body, crested head."""
    for i in range(9):
        a = math.pi * (0.95 + 0.55 * i / 8)
        tx, ty = cx - s * 0.1 + s * 1.1 * math.cos(a), cy - s * 0.1 + s * 1.1 * math.sin(a)
        d.line([cx, cy, tx, ty], fill=line, width=SCALE * 2)
        d.ellipse([tx - s * 0.16, ty - s * 0.22, tx + s * 0.16, ty + s * 0.22], fill=tail,
                  outline=line, width=SCALE * 2)
        d.ellipse([tx - s * 0.07, ty - s * 0.09, tx + s * 0.07, ty + s * 0.09], fill=eye)
    d.ellipse([cx - s * 0.35, cy - s * 0.2, cx + s * 0.35, cy + s * 0.55], fill=body,
              outline=line, width=SCALE * 3)
    d.line([cx + s * 0.2, cy, cx + s * 0.45, cy - s * 0.55], fill=body, width=SCALE * 9)
    d.ellipse([cx + s * 0.33, cy - s * 0.72, cx + s * 0.57, cy - s * 0.48], fill=body,
              outline=line, width=SCALE * 2)
    for k in (-1, 0, 1):
        d.line([cx + s * 0.45, cy - s * 0.7, cx + s * (0.45 + 0.08 * k), cy - s * 0.88],
               fill=line, width=SCALE * 2)
    d.polygon([(cx + s * 0.56, cy - s * 0.62), (cx + s * 0.72, cy - s * 0.58),
               (cx + s * 0.56, cy - s * 0.55)], fill=(240, 170, 30))
    for leg in (-0.1, 0.12):
        d.line([cx + s * leg, cy + s * 0.55, cx + s * leg, cy + s * 0.85], fill=line,
               width=SCALE * 3)


def elephant(d: Draw, cx: float, cy: float, s: float, body: Color, cloth: Color,
             line: Color) -> None:
    """A side-on elephant with a decorated saddle cloth."""
    d.ellipse([cx - s, cy - s * 0.6, cx + s * 0.7, cy + s * 0.5], fill=body, outline=line,
              width=SCALE * 3)
    d.ellipse([cx + s * 0.35, cy - s * 0.85, cx + s * 1.05, cy - s * 0.05], fill=body,
              outline=line, width=SCALE * 3)
    d.line([cx + s * 0.95, cy - s * 0.4, cx + s * 1.15, cy + s * 0.1, cx + s * 1.0,
            cy + s * 0.55], fill=line, width=SCALE * 10)
    d.line([cx + s * 0.95, cy - s * 0.4, cx + s * 1.15, cy + s * 0.1, cx + s * 1.0,
            cy + s * 0.55], fill=body, width=SCALE * 6)
    for lx in (-0.8, -0.45, 0.05, 0.4):
        d.rectangle([cx + s * lx, cy + s * 0.25, cx + s * (lx + 0.22), cy + s * 0.85],
                    fill=body, outline=line, width=SCALE * 2)
    d.chord([cx - s * 0.6, cy - s * 0.62, cx + s * 0.3, cy + s * 0.3], 180, 360, fill=cloth,
            outline=line, width=SCALE * 2)
    for k in range(5):
        x = cx - s * 0.5 + k * s * 0.17
        d.ellipse([x - s * 0.04, cy - s * 0.25, x + s * 0.04, cy - s * 0.17], fill=line)
    d.ellipse([cx + s * 0.75, cy - s * 0.55, cx + s * 0.85, cy - s * 0.45], fill=line)


def lotus(d: Draw, cx: float, cy: float, r: float, petal: Color, inner: Color,
          line: Color, n: int) -> None:
    """A lotus rosette of pointed petals."""
    for ring, (rad, col) in enumerate(((r, petal), (r * 0.62, inner))):
        for i in range(n):
            a = 2 * math.pi * (i + ring * 0.5) / n
            px, py = cx + rad * math.cos(a), cy + rad * math.sin(a)
            w = math.pi / n
            d.polygon([(cx + rad * 0.25 * math.cos(a - w), cy + rad * 0.25 * math.sin(a - w)),
                       (px, py),
                       (cx + rad * 0.25 * math.cos(a + w), cy + rad * 0.25 * math.sin(a + w))],
                      fill=col, outline=line)
    d.ellipse([cx - r * 0.2, cy - r * 0.2, cx + r * 0.2, cy + r * 0.2], fill=(245, 200, 40),
              outline=line, width=SCALE * 2)


def tree(d: Draw, cx: float, cy: float, s: float, trunk: Color, leaf: Color, line: Color,
         rng: random.Random) -> None:
    """A tree of life: a trunk with curling branches and rows of leaves."""
    d.polygon([(cx - s * 0.12, cy + s), (cx + s * 0.12, cy + s), (cx + s * 0.05, cy - s * 0.2),
               (cx - s * 0.05, cy - s * 0.2)], fill=trunk, outline=line)
    for k in range(7):
        a = math.pi * (1.05 + 0.9 * k / 6)
        bx, by = cx + s * 0.9 * math.cos(a), cy - s * 0.2 + s * 0.75 * math.sin(a)
        d.line([cx, cy - s * 0.1, bx, by], fill=trunk, width=SCALE * 4)
        for j in range(3):
            lx = cx + (bx - cx) * (0.5 + j * 0.25)
            ly = cy - s * 0.1 + (by - cy + s * 0.1) * (0.5 + j * 0.25)
            rr = s * rng.uniform(0.08, 0.13)
            d.ellipse([lx - rr, ly - rr * 0.6, lx + rr, ly + rr * 0.6], fill=leaf, outline=line)
    for _ in range(3):
        bx, by = cx + rng.uniform(-0.6, 0.6) * s, cy - s * rng.uniform(0.3, 0.8)
        d.ellipse([bx - s * 0.09, by - s * 0.06, bx + s * 0.09, by + s * 0.06],
                  fill=(200, 40, 40), outline=line)


def border(d: Draw, outer: Color, inner: Color, width: int, pattern: str,
           rng: random.Random) -> None:
    """A painted border: plain band plus zig-zags, triangles or dots."""
    w = width * SCALE
    d.rectangle([0, 0, S - 1, S - 1], outline=outer, width=w)
    if pattern == "zigzag":
        step = w
        for x in range(0, S, step):
            for y0, sgn in ((w * 0.5, 1), (S - w * 0.5, -1)):
                d.line([x, y0 - sgn * w * 0.3, x + step / 2, y0 + sgn * w * 0.3, x + step,
                        y0 - sgn * w * 0.3], fill=inner, width=SCALE * 2)
                d.line([y0 - sgn * w * 0.3, x, y0 + sgn * w * 0.3, x + step / 2,
                        y0 - sgn * w * 0.3, x + step], fill=inner, width=SCALE * 2)
    elif pattern == "triangles":
        step = w
        for x in range(0, S, step):
            d.polygon([(x, w), (x + step / 2, 0), (x + step, w)], fill=inner)
            d.polygon([(x, S - w), (x + step / 2, S), (x + step, S - w)], fill=inner)
            d.polygon([(w, x), (0, x + step / 2), (w, x + step)], fill=inner)
            d.polygon([(S - w, x), (S, x + step / 2), (S - w, x + step)], fill=inner)
    else:
        step = int(w * 1.2)
        for x in range(step // 2, S, step):
            for px, py in ((x, w / 2), (x, S - w / 2), (w / 2, x), (S - w / 2, x)):
                r = w * 0.25
                d.ellipse([px - r, py - r, px + r, py + r], fill=inner)
    d.rectangle([w, w, S - 1 - w, S - 1 - w], outline=inner, width=SCALE * 2)


def keyword(name: str, *words: str) -> bool:
    """Whether a product's English name mentions any of the words."""
    low = name.lower()
    return any(w in low for w in words)


# One painter per craft -------------------------------------------------------------------

Painter = Callable[[Image.Image, Draw, dict, random.Random], None]


def paint_madhubani(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Red-black-yellow line painting: fish, peacock, sun, tree, elephant or lotus."""
    reds = [rgb("#c0262d"), rgb("#d9480f"), rgb("#1b6e3a"), rgb("#1c4e9c")]
    main = rng.choice(reds)
    d.rectangle([0, 0, S, S], fill=rgb("#f6e7c1"))
    border(d, main, rgb("#1a1a1a"), rng.choice([18, 22, 26]),
           rng.choice(["zigzag", "triangles", "dots"]), rng)
    name, line = p["name_en"], rgb("#1a1a1a")
    yellow, pink = rgb("#f2b705"), rgb("#e8557a")
    if keyword(name, "fish", "coaster", "bookmark", "card"):
        n = 2 if keyword(name, "pair", "fish") else rng.choice([2, 3])
        for i in range(n):
            ang = math.pi * (i / n) * 2 + rng.uniform(-0.2, 0.2)
            fish(d, S / 2 + math.cos(ang + 1.6) * S * 0.12, S / 2 + math.sin(ang + 1.6) * S * 0.12,
                 S * 0.42, ang, [main, yellow, pink][i % 3], line, line)
    elif keyword(name, "peacock", "saree", "stole", "kurta"):
        peacock(d, S * 0.45, S * 0.52, S * 0.3, rgb("#1c4e9c"), rgb("#1b6e3a"), yellow, line)
    elif keyword(name, "sun"):
        sun(d, S / 2, S / 2, S * 0.2, yellow, main, line, rng.choice([12, 16, 20]))
    elif keyword(name, "tree"):
        tree(d, S / 2, S * 0.5, S * 0.33, rgb("#6b3e1f"), rgb("#1b6e3a"), line, rng)
    elif keyword(name, "elephant"):
        elephant(d, S * 0.45, S * 0.52, S * 0.27, rgb("#9aa3ad"), main, line)
    elif keyword(name, "radha", "krishna"):
        for x, col in ((0.36, rgb("#1c4e9c")), (0.64, pink)):
            cx = S * x
            d.ellipse([cx - S * 0.06, S * 0.25, cx + S * 0.06, S * 0.37], fill=rgb("#f1c27d"),
                      outline=line, width=SCALE * 2)
            d.polygon([(cx, S * 0.37), (cx - S * 0.14, S * 0.78), (cx + S * 0.14, S * 0.78)],
                      fill=col, outline=line)
        d.line([S * 0.42, S * 0.45, S * 0.58, S * 0.45], fill=yellow, width=SCALE * 5)
        lotus(d, S / 2, S * 0.18, S * 0.06, pink, yellow, line, 8)
    else:
        lotus(d, S / 2, S / 2, S * 0.28, pink, main, line, rng.choice([8, 10, 12]))


def paint_godna(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Godna: concentric rows of fine tattoo marks in black and red on cow-dung brown."""
    d.rectangle([0, 0, S, S], fill=rgb("#c9a26b"))
    cx, cy = S / 2, S / 2
    for ring in range(rng.choice([6, 7, 8]), 0, -1):
        r = ring * S * 0.06
        col = rgb("#1a1a1a") if ring % 2 else rgb("#a4161a")
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=SCALE * 2)
        n = 8 + ring * 5
        for i in range(n):
            a = 2 * math.pi * i / n
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            t = S * 0.012
            if ring % 3 == 0:
                d.line([x - t, y - t, x + t, y + t], fill=col, width=SCALE * 2)
                d.line([x - t, y + t, x + t, y - t], fill=col, width=SCALE * 2)
            else:
                d.ellipse([x - t, y - t, x + t, y + t], fill=col)
    if keyword(p["name_en"], "salhesh"):
        d.ellipse([cx - S * 0.05, cy - S * 0.12, cx + S * 0.05, cy - S * 0.02],
                  fill=rgb("#1a1a1a"))
        d.polygon([(cx, cy - S * 0.02), (cx - S * 0.08, cy + S * 0.14),
                   (cx + S * 0.08, cy + S * 0.14)], fill=rgb("#a4161a"))
    border(d, rgb("#1a1a1a"), rgb("#a4161a"), 10, "dots", rng)


def paint_sikki(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Sikki: golden grass coiled in spirals, banded with dyed magenta, green and blue."""
    d.rectangle([0, 0, S, S], fill=rgb("#fbf3dd"))
    dyes = [rgb("#c2185b"), rgb("#2e7d32"), rgb("#1565c0"), rgb("#6a1b9a"), rgb("#ef6c00")]
    gold = rgb("#d4a437")
    coils = [(S / 2, S / 2, S * 0.4)]
    if keyword(p["name_en"], "bangle", "earring", "coaster"):
        coils = [(S * 0.32, S * 0.5, S * 0.2), (S * 0.68, S * 0.5, S * 0.2)]
        if keyword(p["name_en"], "coaster"):
            coils = [(S * x, S * y, S * 0.17) for x in (0.3, 0.7) for y in (0.3, 0.7)]
    for cx, cy, rmax in coils:
        band = rng.sample(dyes, 3)
        r = rmax
        k = 0
        while r > S * 0.01:
            col = band[(k // 3) % 3] if (k // 3) % 2 else gold
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=shade(col, 0.75),
                      width=SCALE * 5, fill=col if r == rmax else None)
            d.ellipse([cx - r + SCALE, cy - r + SCALE, cx + r - SCALE, cy + r - SCALE],
                      outline=col, width=SCALE * 3)
            r -= SCALE * 5
            k += 1
        if keyword(p["name_en"], "bangle"):
            hole = rmax * 0.55
            d.ellipse([cx - hole, cy - hole, cx + hole, cy + hole], fill=rgb("#fbf3dd"),
                      outline=shade(gold, 0.7), width=SCALE * 2)
        else:
            for i in range(12):
                a = 2 * math.pi * i / 12
                x, y = cx + rmax * 0.7 * math.cos(a), cy + rmax * 0.7 * math.sin(a)
                d.line([cx, cy, x, y], fill=shade(gold, 0.6), width=SCALE)
    if keyword(p["name_en"], "elephant"):
        elephant(d, S * 0.45, S * 0.55, S * 0.18, gold, dyes[0], shade(gold, 0.5))


def paint_tussar(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Tussar silk: a sheen of warp and weft threads with a zari border and pallu stripes."""
    bases = [rgb("#d8b67a"), rgb("#c9a063"), rgb("#8e1b3a"), rgb("#1f5f5b"), rgb("#e3c98f"),
             rgb("#5b2a86")]
    base = rng.choice(bases)
    d.rectangle([0, 0, S, S], fill=base)
    for y in range(0, S, SCALE * 3):
        d.line([0, y, S, y], fill=shade(base, 1.0 + 0.12 * math.sin(y / 23)), width=SCALE)
    for x in range(0, S, SCALE * 4):
        d.line([x, 0, x, S], fill=shade(base, 0.93 + 0.1 * math.sin(x / 31)), width=SCALE)
    zari, contrast = rgb("#e6c200"), rng.choice([rgb("#a4161a"), rgb("#1a1a1a"), rgb("#0b6e4f")])
    top = S * rng.uniform(0.55, 0.7)
    d.rectangle([0, top, S, S], fill=contrast)
    for k in range(4):
        y = top + S * 0.03 + k * S * 0.05
        d.line([0, y, S, y], fill=zari, width=SCALE * (4 if k % 2 == 0 else 2))
    step = S // rng.choice([8, 10, 12])
    for x in range(0, S, step):
        y = top + S * 0.24
        d.polygon([(x, y), (x + step / 2, y - S * 0.06), (x + step, y)], fill=zari)
        d.ellipse([x + step / 2 - SCALE * 3, y - S * 0.1, x + step / 2 + SCALE * 3,
                   y - S * 0.1 + SCALE * 6], fill=zari)
    for _ in range(rng.choice([6, 9, 12])):
        x, y = rng.uniform(0.1, 0.9) * S, rng.uniform(0.08, 0.45) * S
        lotus(d, x, y, S * 0.03, zari, shade(base, 0.7), shade(zari, 0.6), 6)


def paint_manjusha(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Manjusha: pink, green and yellow panels framed by a serpent border, a figure inside."""
    pink, green, yellow = rgb("#e75480"), rgb("#2e8b57"), rgb("#f4c430")
    line = rgb("#111111")
    d.rectangle([0, 0, S, S], fill=rng.choice([pink, yellow, rgb("#f7d6e0"), green]))
    m = S * 0.1
    d.rectangle([m, m, S - m, S - m], fill=rgb("#fff5e1"), outline=line, width=SCALE * 3)
    amp, waves = S * 0.03, rng.choice([6, 8, 10])
    for side in range(4):
        pts = []
        for i in range(81):
            t = i / 80
            off = amp * math.sin(t * waves * 2 * math.pi)
            pos = m + t * (S - 2 * m)
            pts.append({0: (pos, m / 2 + off), 1: (pos, S - m / 2 + off),
                        2: (m / 2 + off, pos), 3: (S - m / 2 + off, pos)}[side])
        d.line(pts, fill=green, width=SCALE * 7)
        d.line(pts, fill=line, width=SCALE * 2)
    name = p["name_en"]
    if keyword(name, "box", "temple"):
        # The manjusha itself: a temple-shaped box with a spire.
        d.rectangle([S * 0.28, S * 0.45, S * 0.72, S * 0.78], fill=pink, outline=line,
                    width=SCALE * 3)
        d.polygon([(S * 0.24, S * 0.45), (S * 0.5, S * 0.2), (S * 0.76, S * 0.45)],
                  fill=green, outline=line)
        d.rectangle([S * 0.44, S * 0.58, S * 0.56, S * 0.78], fill=yellow, outline=line)
    elif keyword(name, "snake", "bookmark"):
        for k in range(rng.choice([3, 4, 5])):
            x0 = S * (0.25 + 0.13 * k)
            snake = [(x0 + S * 0.035 * math.sin(i / 2.5 + k), S * 0.22 + i * S * 0.022)
                     for i in range(26)]
            d.line(snake, fill=[green, pink, yellow][k % 3], width=SCALE * 7)
            d.line(snake, fill=line, width=SCALE)
            hx, hy = snake[0]
            d.ellipse([hx - S * 0.03, hy - S * 0.025, hx + S * 0.03, hy + S * 0.025],
                      fill=[green, pink, yellow][k % 3], outline=line)
    else:
        figures = 2 if keyword(name, "bihula") else 1
        for f in range(figures):
            cx = S * (0.5 if figures == 1 else 0.36 + 0.26 * f)
            cy = S / 2
            robe = [pink, green, yellow][(f + rng.randrange(3)) % 3]
            d.ellipse([cx - S * 0.07, cy - S * 0.27, cx + S * 0.07, cy - S * 0.13],
                      fill=yellow if robe != yellow else pink, outline=line, width=SCALE * 2)
            d.ellipse([cx - S * 0.03, cy - S * 0.22, cx - S * 0.005, cy - S * 0.2], fill=line)
            d.polygon([(cx, cy - S * 0.13), (cx - S * 0.14, cy + S * 0.25),
                       (cx + S * 0.14, cy + S * 0.25)], fill=robe, outline=line)
            for k in range(4):
                y = cy - S * 0.05 + k * S * 0.07
                d.line([cx - S * 0.04 - k * S * 0.02, y, cx + S * 0.04 + k * S * 0.02, y],
                       fill=line, width=SCALE * 2)
        snake = [(S * 0.78 + S * 0.04 * math.sin(i / 3), S * 0.25 + i * S * 0.02)
                 for i in range(25)]
        d.line(snake, fill=green, width=SCALE * 6)


def paint_sujani(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Sujani: dashed running stitch outlining flowers, a sun and figures on plain cotton."""
    cloth = rng.choice([rgb("#fdf6e3"), rgb("#f3e5f5"), rgb("#e0f2f1"), rgb("#fff3e0")])
    d.rectangle([0, 0, S, S], fill=cloth)
    threads = [rgb("#d81b60"), rgb("#1e88e5"), rgb("#43a047"), rgb("#fb8c00"), rgb("#6d4c41")]

    def stitched(points: list[tuple[float, float]], col: Color) -> None:
        for i in range(0, len(points) - 1, 2):
            d.line([points[i], points[i + 1]], fill=col, width=SCALE * 2)

    for ring in range(3):
        m = S * (0.05 + ring * 0.03)
        col = threads[ring]
        pts = [(m + t, m) for t in range(0, int(S - 2 * m), SCALE * 4)]
        stitched(pts, col)
        stitched([(x, S - m) for x, _ in pts], col)
        stitched([(m, x) for x, _ in pts], col)
        stitched([(S - m, x) for x, _ in pts], col)
    for _ in range(rng.choice([3, 4, 5])):
        cx, cy = rng.uniform(0.25, 0.75) * S, rng.uniform(0.25, 0.75) * S
        r = rng.uniform(0.06, 0.12) * S
        col = rng.choice(threads)
        petals = rng.choice([5, 6, 8])
        for i in range(petals):
            a = 2 * math.pi * i / petals
            px, py = cx + r * math.cos(a), cy + r * math.sin(a)
            circle = [(px + r * 0.45 * math.cos(t / 6), py + r * 0.45 * math.sin(t / 6))
                      for t in range(0, 38)]
            stitched(circle, col)
        d.ellipse([cx - r * 0.25, cy - r * 0.25, cx + r * 0.25, cy + r * 0.25],
                  fill=rgb("#fdd835"))


def paint_khatwa(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Khatwa applique: bold cut-cloth shapes (leaves, birds, triangles) on a solid ground."""
    grounds = [rgb("#b71c1c"), rgb("#0d47a1"), rgb("#f9a825"), rgb("#1b5e20"), rgb("#4a148c")]
    ground = rng.choice(grounds)
    d.rectangle([0, 0, S, S], fill=ground)
    pieces = [c for c in [*grounds, rgb("#ffffff")] if c != ground]
    step = S // 8
    for x in range(0, S, step):
        d.polygon([(x, 0), (x + step / 2, step * 0.8), (x + step, 0)], fill=pieces[0])
        d.polygon([(x, S), (x + step / 2, S - step * 0.8), (x + step, S)], fill=pieces[0])
    cx, cy = S / 2, S / 2
    layout = rng.choice(["star", "leaves", "birds"])
    if layout == "star":
        n = rng.choice([6, 8, 12])
        for i in range(n):
            a = 2 * math.pi * i / n
            col = pieces[1 + i % 3]
            x1, y1 = cx + S * 0.3 * math.cos(a), cy + S * 0.3 * math.sin(a)
            w = math.pi / n
            d.polygon([(cx + S * 0.1 * math.cos(a - w), cy + S * 0.1 * math.sin(a - w)),
                       (x1, y1),
                       (cx + S * 0.1 * math.cos(a + w), cy + S * 0.1 * math.sin(a + w))],
                      fill=col)
        d.ellipse([cx - S * 0.1, cy - S * 0.1, cx + S * 0.1, cy + S * 0.1], fill=pieces[-1])
        d.ellipse([cx - S * 0.05, cy - S * 0.05, cx + S * 0.05, cy + S * 0.05], fill=ground)
    elif layout == "leaves":
        for row in range(3):
            for col_i in range(3):
                x, y = S * (0.25 + 0.25 * col_i), S * (0.3 + 0.2 * row)
                col = rng.choice(pieces)
                d.chord([x - S * 0.1, y - S * 0.06, x + S * 0.1, y + S * 0.06], 0, 360,
                        fill=col)
                d.line([x - S * 0.1, y, x + S * 0.1, y], fill=ground, width=SCALE * 2)
    else:
        for k in range(3):
            x, y = S * (0.25 + 0.25 * k), S * (0.5 + 0.06 * (k % 2))
            col = rng.choice(pieces[:-1])
            d.ellipse([x - S * 0.09, y - S * 0.06, x + S * 0.07, y + S * 0.08], fill=col)
            d.ellipse([x + S * 0.03, y - S * 0.12, x + S * 0.1, y - S * 0.05], fill=col)
            d.polygon([(x + S * 0.1, y - S * 0.1), (x + S * 0.15, y - S * 0.08),
                       (x + S * 0.1, y - S * 0.06)], fill=pieces[-1])
            d.polygon([(x - S * 0.08, y), (x - S * 0.17, y - S * 0.08),
                       (x - S * 0.15, y + S * 0.04)], fill=col)


def paint_tikuli(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Tikuli: glossy enamel on black or maroon, ringed with gold bindi dots."""
    ground = rng.choice([rgb("#111111"), rgb("#5d0f1f"), rgb("#0b2545")])
    d.rectangle([0, 0, S, S], fill=ground)
    gold = rgb("#e8b923")
    enamels = [rgb("#e53935"), rgb("#43a047"), rgb("#1e88e5"), rgb("#fdd835"), rgb("#ffffff")]
    cx, cy = S / 2, S / 2
    round_piece = keyword(p["name_en"], "plate", "coaster", "pendant", "earring", "key")
    if round_piece:
        d.ellipse([S * 0.08, S * 0.08, S * 0.92, S * 0.92], outline=gold, width=SCALE * 4)
    for ring in range(rng.choice([3, 4, 5])):
        r = S * (0.38 - ring * 0.08)
        n = 10 + ring * 2
        col = enamels[(ring + rng.randrange(5)) % 5]
        for i in range(n):
            a = 2 * math.pi * (i + 0.5 * ring) / n
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            dot = S * (0.028 - ring * 0.003)
            d.ellipse([x - dot, y - dot, x + dot, y + dot], fill=col, outline=gold,
                      width=SCALE * 2)
    if keyword(p["name_en"], "dancing", "panel", "tray"):
        for k in (-1, 0, 1):
            fx = cx + k * S * 0.12
            d.ellipse([fx - S * 0.03, cy - S * 0.12, fx + S * 0.03, cy - S * 0.06], fill=gold)
            d.polygon([(fx, cy - S * 0.06), (fx - S * 0.06, cy + S * 0.1),
                       (fx + S * 0.06, cy + S * 0.1)], fill=enamels[k + 1], outline=gold)
    else:
        lotus(d, cx, cy, S * 0.09, gold, enamels[0], gold, 8)
    glare = Image.new("L", (S, S), 0)
    ImageDraw.Draw(glare).ellipse([S * 0.1, -S * 0.3, S * 0.9, S * 0.35], fill=40)
    img.paste(Image.new("RGB", (S, S), (255, 255, 255)), (0, 0),
              glare.filter(ImageFilter.GaussianBlur(S // 20)))


def paint_stone(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Pattharkatti: speckled grey-pink stone carved into a lattice (jali) or a figure."""
    stone = rng.choice([rgb("#9e9a96"), rgb("#b7a29a"), rgb("#8d8a85")])
    d.rectangle([0, 0, S, S], fill=shade(stone, 1.25))
    for _ in range(3000):
        x, y = rng.randrange(S), rng.randrange(S)
        d.point((x, y), fill=shade(stone, rng.uniform(0.7, 1.4)))
    cx, cy = S / 2, S / 2
    if keyword(p["name_en"], "buddha", "ganesh"):
        d.ellipse([cx - S * 0.3, cy - S * 0.38, cx + S * 0.3, cy + S * 0.22],
                  fill=shade(stone, 0.85))
        d.ellipse([cx - S * 0.08, cy - S * 0.3, cx + S * 0.08, cy - S * 0.12], fill=stone,
                  outline=shade(stone, 0.6), width=SCALE * 2)
        d.polygon([(cx, cy - S * 0.12), (cx - S * 0.22, cy + S * 0.28),
                   (cx + S * 0.22, cy + S * 0.28)], fill=stone, outline=shade(stone, 0.6))
        d.rectangle([cx - S * 0.28, cy + S * 0.28, cx + S * 0.28, cy + S * 0.36],
                    fill=shade(stone, 0.75))
        if keyword(p["name_en"], "ganesh"):
            d.line([cx, cy - S * 0.16, cx - S * 0.04, cy - S * 0.02, cx + S * 0.03, cy],
                   fill=shade(stone, 0.6), width=SCALE * 6)
    elif keyword(p["name_en"], "elephant"):
        elephant(d, S * 0.45, S * 0.55, S * 0.25, stone, shade(stone, 0.8), shade(stone, 0.5))
    else:
        r = S * 0.36
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=stone, outline=shade(stone, 0.55),
                  width=SCALE * 4)
        n = rng.choice([6, 8])
        for ring in (0.75, 0.5, 0.25):
            for i in range(n):
                a = 2 * math.pi * (i + ring) / n
                x, y = cx + r * ring * math.cos(a), cy + r * ring * math.sin(a)
                h = S * 0.045 * ring + S * 0.01
                d.ellipse([x - h, y - h, x + h, y + h], fill=shade(stone, 0.45))


def paint_bamboo(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Bamboo: split strips woven over-under in two tones of cane."""
    light, dark = rgb("#e2c48a"), rgb("#b38b4d")
    if rng.random() < 0.4:
        dark = rgb("#7a9a3a")
    w = S // rng.choice([10, 12, 14])
    for i in range(0, S, w):
        for j in range(0, S, w):
            over = ((i // w) + (j // w)) % 2 == 0
            col = light if over else dark
            d.rectangle([i, j, i + w, j + w], fill=col)
            if over:
                d.line([i + 2, j + w / 2, i + w - 2, j + w / 2], fill=shade(col, 0.85),
                       width=SCALE)
            else:
                d.line([i + w / 2, j + 2, i + w / 2, j + w - 2], fill=shade(col, 0.85),
                       width=SCALE)
            d.rectangle([i, j, i + w, j + w], outline=shade(dark, 0.7), width=SCALE)
    if not keyword(p["name_en"], "lamp", "fan", "soop", "basket"):
        band = rng.choice([rgb("#c62828"), rgb("#2e7d32"), rgb("#1565c0")])
        d.rectangle([0, S * 0.42, S, S * 0.58], fill=band)
        for x in range(0, S, w):
            d.polygon([(x, S * 0.5), (x + w / 2, S * 0.44), (x + w, S * 0.5),
                       (x + w / 2, S * 0.56)], fill=light)
    else:
        cx, cy = S / 2, S / 2
        d.ellipse([cx - S * 0.22, cy - S * 0.22, cx + S * 0.22, cy + S * 0.22],
                  fill=rgb("#fff3c4") if keyword(p["name_en"], "lamp") else light,
                  outline=shade(dark, 0.6), width=SCALE * 4)
        dot = S * rng.uniform(0.05, 0.11)
        d.ellipse([cx - dot, cy - dot, cx + dot, cy + dot],
                  fill=rng.choice([rgb("#c62828"), rgb("#2e7d32"), rgb("#1565c0"),
                                   rgb("#f9a825")]))


def paint_jute(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Jute: a braided coil of rough fibre, natural or dyed, on a hessian weave."""
    base = rng.choice([rgb("#c8a874"), rgb("#b99660"), rgb("#d3b98c")])
    d.rectangle([0, 0, S, S], fill=base)
    for y in range(0, S, SCALE * 3):
        d.line([0, y, S, y], fill=shade(base, rng.uniform(0.85, 1.1)), width=SCALE)
    for x in range(0, S, SCALE * 3):
        d.line([x, 0, x, S], fill=shade(base, rng.uniform(0.85, 1.05)), width=SCALE)
    accent = rng.choice([rgb("#2e7d32"), rgb("#c62828"), rgb("#1565c0"), rgb("#6d4c41")])
    cx, cy = S / 2, S / 2
    r = S * 0.38
    k = 0
    while r > S * 0.03:
        col = accent if k % 4 == 1 else shade(base, 0.8)
        for i in range(0, 360, 12):
            a = math.radians(i + (k % 2) * 6)
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            d.ellipse([x - S * 0.018, y - S * 0.012, x + S * 0.018, y + S * 0.012], fill=col,
                      outline=shade(base, 0.55))
        r -= S * 0.035
        k += 1


def paint_wood(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Wood: sheesham grain rings with a carved motif in relief."""
    base = rng.choice([rgb("#8b5a2b"), rgb("#a0522d"), rgb("#6f4518")])
    d.rectangle([0, 0, S, S], fill=base)
    ox, oy = rng.uniform(-0.5, 1.5) * S, rng.uniform(1.2, 2.0) * S
    for r in range(0, int(S * 2.5), SCALE * 5):
        wobble = rng.uniform(0.8, 1.2)
        d.ellipse([ox - r * wobble, oy - r, ox + r * wobble, oy + r],
                  outline=shade(base, rng.uniform(0.75, 1.15)), width=SCALE * 2)
    cx, cy = S / 2, S / 2
    if keyword(p["name_en"], "elephant"):
        elephant(d, S * 0.45, S * 0.55, S * 0.26, shade(base, 1.3), shade(base, 0.7),
                 shade(base, 0.5))
    elif keyword(p["name_en"], "bullock", "cart"):
        for wx in (0.33, 0.67):
            d.ellipse([S * wx - S * 0.13, S * 0.55, S * wx + S * 0.13, S * 0.81],
                      outline=rgb("#f2c14e"), width=SCALE * 6)
        d.rectangle([S * 0.2, S * 0.45, S * 0.8, S * 0.56], fill=rgb("#c0392b"))
    else:
        lotus(d, cx, cy, S * 0.28, shade(base, 1.35), shade(base, 1.15), shade(base, 0.55),
              rng.choice([8, 10, 12]))


def paint_papier(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Papier-mâché: a brightly painted mask or figure with bold eyes and dotted trim."""
    bg = rng.choice([rgb("#ffe082"), rgb("#b2ebf2"), rgb("#f8bbd0"), rgb("#c5e1a5")])
    d.rectangle([0, 0, S, S], fill=bg)
    face = rgb("#ff9800") if keyword(p["name_en"], "tiger") else rng.choice(
        [rgb("#e53935"), rgb("#1e88e5"), rgb("#8e24aa"), rgb("#00897b")])
    line = rgb("#1a1a1a")
    cx, cy = S / 2, S / 2
    d.ellipse([cx - S * 0.32, cy - S * 0.36, cx + S * 0.32, cy + S * 0.36], fill=face,
              outline=line, width=SCALE * 4)
    if keyword(p["name_en"], "tiger"):
        for k in range(-2, 3):
            d.line([cx + k * S * 0.1, cy - S * 0.36, cx + k * S * 0.08, cy - S * 0.22],
                   fill=line, width=SCALE * 6)
    for ex in (-0.13, 0.13):
        d.ellipse([cx + ex * S - S * 0.07, cy - S * 0.1, cx + ex * S + S * 0.07, cy + S * 0.0],
                  fill=(255, 255, 255), outline=line, width=SCALE * 3)
        d.ellipse([cx + ex * S - S * 0.03, cy - S * 0.07, cx + ex * S + S * 0.03,
                   cy - S * 0.03], fill=line)
    d.arc([cx - S * 0.14, cy + S * 0.02, cx + S * 0.14, cy + S * 0.22], 10, 170, fill=line,
          width=SCALE * 4)
    for i in range(24):
        a = 2 * math.pi * i / 24
        x, y = cx + S * 0.28 * math.cos(a), cy + S * 0.32 * math.sin(a)
        d.ellipse([x - SCALE * 4, y - SCALE * 4, x + SCALE * 4, y + SCALE * 4],
                  fill=rgb("#fdd835"))


def paint_bawanbuti(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Bawan Buti: fifty-two small woven motifs in a grid on plain cloth."""
    cloth = rng.choice([rgb("#fffaf0"), rgb("#f5e6c8"), rgb("#e8f0fe"), rgb("#fbe9e7")])
    d.rectangle([0, 0, S, S], fill=cloth)
    thread = rng.choice([rgb("#b71c1c"), rgb("#0d47a1"), rgb("#1b5e20"), rgb("#4a148c")])
    second = rng.choice([rgb("#f9a825"), rgb("#ad1457"), rgb("#00695c")])
    shapes = ["lotus", "diamond", "stupa", "fish", "dot"]
    chosen = rng.sample(shapes, 3)
    cols, rows = 8, 7
    cw, rh = S / cols, S * 0.82 / rows
    for r in range(rows):
        for c in range(cols):
            x, y = cw * (c + 0.5), rh * (r + 0.5)
            kind = chosen[(r + c) % 3]
            col = thread if (r + c) % 2 else second
            s = min(cw, rh) * 0.32
            if kind == "lotus":
                lotus(d, x, y, s, col, shade(col, 1.4), col, 6)
            elif kind == "diamond":
                d.polygon([(x, y - s), (x + s, y), (x, y + s), (x - s, y)], fill=col)
            elif kind == "stupa":
                d.chord([x - s, y - s, x + s, y + s], 180, 360, fill=col)
                d.rectangle([x - s, y, x + s, y + s * 0.4], fill=col)
            elif kind == "fish":
                fish(d, x, y, s * 1.8, 0, col, col, cloth)
            else:
                d.ellipse([x - s * 0.5, y - s * 0.5, x + s * 0.5, y + s * 0.5], fill=col)
    d.rectangle([0, S * 0.84, S, S], fill=thread)
    d.line([0, S * 0.87, S, S * 0.87], fill=second, width=SCALE * 3)


def paint_terracotta(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Terracotta: fired-clay orange, a horse, elephant, diya or pot with white painted dots."""
    bg = rgb("#f4e1c1")
    d.rectangle([0, 0, S, S], fill=bg)
    clay = rng.choice([rgb("#c1502e"), rgb("#b5462a"), rgb("#d0693f")])
    line, white = shade(clay, 0.55), rgb("#fff8e7")
    cx, cy = S / 2, S / 2
    name = p["name_en"]
    if keyword(name, "horse"):
        d.ellipse([cx - S * 0.25, cy - S * 0.08, cx + S * 0.2, cy + S * 0.15], fill=clay,
                  outline=line, width=SCALE * 2)
        d.polygon([(cx + S * 0.12, cy), (cx + S * 0.22, cy - S * 0.3),
                   (cx + S * 0.32, cy - S * 0.28), (cx + S * 0.22, cy + S * 0.02)], fill=clay,
                  outline=line)
        for lx in (-0.2, -0.1, 0.05, 0.14):
            d.rectangle([cx + lx * S, cy + S * 0.1, cx + (lx + 0.05) * S, cy + S * 0.35],
                        fill=clay, outline=line)
    elif keyword(name, "elephant", "hathi"):
        elephant(d, S * 0.45, S * 0.55, S * 0.25, clay, shade(clay, 1.2), line)
        for k in range(3):
            x = S * (0.3 + k * 0.15)
            d.ellipse([x - S * 0.04, S * 0.22, x + S * 0.04, S * 0.27], fill=rgb("#ffb300"))
    elif keyword(name, "diya"):
        for k in range(rng.choice([3, 4])):
            x = S * (0.2 + k * 0.2)
            d.chord([x - S * 0.09, S * 0.45, x + S * 0.09, S * 0.65], 0, 180, fill=clay,
                    outline=line)
            d.polygon([(x, S * 0.36), (x - S * 0.025, S * 0.53), (x + S * 0.025, S * 0.53)],
                      fill=rgb("#ffb300"))
    elif keyword(name, "kulhad"):
        for k in range(3):
            x = S * (0.27 + k * 0.23)
            d.polygon([(x - S * 0.09, S * 0.4), (x + S * 0.09, S * 0.4), (x + S * 0.06, S * 0.66),
                       (x - S * 0.06, S * 0.66)], fill=clay, outline=line)
            d.ellipse([x - S * 0.09, S * 0.37, x + S * 0.09, S * 0.43], fill=shade(clay, 0.7))
    elif keyword(name, "mask"):
        d.ellipse([cx - S * 0.26, cy - S * 0.32, cx + S * 0.26, cy + S * 0.32], fill=clay,
                  outline=line, width=SCALE * 3)
        for ex in (-0.1, 0.1):
            d.chord([cx + ex * S - S * 0.06, cy - S * 0.1, cx + ex * S + S * 0.06,
                     cy + S * 0.0], 180, 360, fill=line)
        d.line([cx, cy - S * 0.02, cx, cy + S * 0.1], fill=line, width=SCALE * 3)
        d.arc([cx - S * 0.1, cy + S * 0.06, cx + S * 0.1, cy + S * 0.2], 10, 170, fill=line,
              width=SCALE * 3)
    else:
        d.ellipse([cx - S * 0.25, cy - S * 0.15, cx + S * 0.25, cy + S * 0.32], fill=clay,
                  outline=line, width=SCALE * 3)
        d.rectangle([cx - S * 0.07, cy - S * 0.35, cx + S * 0.07, cy - S * 0.1], fill=clay,
                    outline=line, width=SCALE * 2)
    for _ in range(30):
        x, y = rng.uniform(0.25, 0.75) * S, rng.uniform(0.35, 0.7) * S
        if img.getpixel((int(x), int(y))) == clay:
            d.ellipse([x - SCALE * 3, y - SCALE * 3, x + SCALE * 3, y + SCALE * 3], fill=white)


def paint_lac(img: Image.Image, d: Draw, p: dict, rng: random.Random) -> None:
    """Lac: stacked bangles in jewel colours, studded with glittering glass stones."""
    d.rectangle([0, 0, S, S], fill=rgb("#fff0f3"))
    colours = [rgb("#c2185b"), rgb("#d32f2f"), rgb("#f57c00"), rgb("#388e3c"),
               rgb("#1976d2"), rgb("#7b1fa2"), rgb("#fbc02d")]
    rng.shuffle(colours)
    count = rng.choice([5, 6, 7])
    top, bottom = S * 0.18, S * 0.82
    for i in range(count):
        y = top + (bottom - top) * i / max(count - 1, 1)
        col = colours[i % len(colours)]
        d.ellipse([S * 0.15, y - S * 0.07, S * 0.85, y + S * 0.07], outline=shade(col, 0.6),
                  width=SCALE * 14)
        d.ellipse([S * 0.15 + SCALE * 2, y - S * 0.07 + SCALE * 2, S * 0.85 - SCALE * 2,
                   y + S * 0.07 - SCALE * 2], outline=col, width=SCALE * 9)
        for k in range(9):
            a = math.pi * (0.1 + 0.8 * k / 8)
            x = S / 2 - S * 0.35 * math.cos(a)
            yy = y + S * 0.07 * math.sin(a) - SCALE * 2
            stone = rng.choice([(255, 255, 255), rgb("#ffd54f"), rgb("#80deea")])
            d.ellipse([x - SCALE * 3, yy - SCALE * 3, x + SCALE * 3, yy + SCALE * 3],
                      fill=stone)


PAINTERS: dict[str, Painter] = {
    "MADHUBANI": paint_madhubani, "GODNA": paint_godna, "SIKKI": paint_sikki,
    "TUSSAR": paint_tussar, "MANJUSHA": paint_manjusha, "SUJANI": paint_sujani,
    "KHATWA": paint_khatwa, "TIKULI": paint_tikuli, "STONE": paint_stone,
    "BAMBOO": paint_bamboo, "JUTE": paint_jute, "WOOD": paint_wood, "PAPIER": paint_papier,
    "BAWANBUTI": paint_bawanbuti, "TERRACOTTA": paint_terracotta, "LAC": paint_lac,
}


def draw_product(product: dict) -> Image.Image:
    """The picture of one product (a craft's motif, varied by its SKU)."""
    seed = int(hashlib.sha256(product["sku"].encode()).hexdigest()[:16], 16)
    rng = random.Random(seed)
    img = Image.new("RGB", (S, S), (255, 255, 255))
    painter = PAINTERS.get(product["craft_code"], paint_madhubani)
    painter(img, ImageDraw.Draw(img), product, rng)
    return img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    """Draw every product's picture named in catalogue.json."""
    catalogue = json.loads((HERE / "catalogue.json").read_text(encoding="utf-8"))
    for product in catalogue["products"]:
        out = HERE / product["picture"]
        out.parent.mkdir(parents=True, exist_ok=True)
        draw_product(product).save(out, "JPEG", quality=82, optimize=True)
    total = sum(f.stat().st_size for f in HERE.rglob("*") if f.is_file())
    print(f"{len(catalogue['products'])} pictures; assets/demo is {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
