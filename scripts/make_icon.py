"""Draw the Mela POS application icon: a Madhubani-style fish in a bordered roundel.

The fish (a sign of plenty in Mithila painting) sits in a double ring with the
triangle border of Madhubani work. Drawn large with Pillow and scaled down, so every
size stays crisp. Writes ``assets/icons/mela-pos.png`` (256 px) and ``mela-pos.ico``.

Run: ``python scripts/make_icon.py``
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024
INK = (28, 20, 16, 255)
RED = (196, 38, 38, 255)
SAFFRON = (242, 160, 28, 255)
CREAM = (250, 238, 205, 255)
GREEN = (36, 122, 74, 255)
ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"


def _ring_of_triangles(draw: ImageDraw.ImageDraw, c: float, r_in: float, r_out: float,
                       count: int, fill: tuple[int, int, int, int]) -> None:
    for i in range(count):
        a0 = 2 * math.pi * i / count
        a1 = 2 * math.pi * (i + 0.5) / count
        a2 = 2 * math.pi * (i + 1) / count
        draw.polygon(
            [(c + r_in * math.cos(a0), c + r_in * math.sin(a0)),
             (c + r_out * math.cos(a1), c + r_out * math.sin(a1)),
             (c + r_in * math.cos(a2), c + r_in * math.sin(a2))],
            fill=fill, outline=INK,
        )


def _fish(draw: ImageDraw.ImageDraw, c: float) -> None:
    """A fish facing left: almond body, forked tail, scales in rows, a round eye."""
    body = [(c - 300 + t * 6, c - 190 * math.sin(math.pi * t / 100) ** 0.9) for t in range(101)]
    body += [(c + 300 - t * 6, c + 190 * math.sin(math.pi * t / 100) ** 0.9) for t in range(101)]
    draw.polygon(body, fill=SAFFRON, outline=INK, width=14)
    draw.polygon([(c + 270, c), (c + 400, c - 150), (c + 360, c), (c + 400, c + 150)],
                 fill=RED, outline=INK, width=14)
    for col in range(5):  # scale rows: the cross-hatched (kachni) filling of the style
        x = c - 120 + col * 70
        h = 150 * math.sin(math.pi * (x - (c - 300)) / 600)
        for row in range(-2, 3):
            y = c + row * h / 2.6
            draw.arc([x - 32, y - 32, x + 32, y + 32], 270, 90, fill=INK, width=10)
    draw.line([(c - 170, c - 120), (c - 150, c + 120)], fill=INK, width=14)  # gill
    draw.ellipse([c - 250, c - 60, c - 190, c], fill=CREAM, outline=INK, width=10)
    draw.ellipse([c - 232, c - 42, c - 208, c - 18], fill=INK)
    draw.polygon([(c - 40, c - 150), (c + 60, c - 260), (c + 110, c - 140)],
                 fill=GREEN, outline=INK, width=12)  # dorsal fin


def draw_icon() -> Image.Image:
    """The icon at 1024 px."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = SIZE / 2
    draw.ellipse([16, 16, SIZE - 16, SIZE - 16], fill=RED, outline=INK, width=18)
    draw.ellipse([70, 70, SIZE - 70, SIZE - 70], fill=CREAM, outline=INK, width=12)
    _ring_of_triangles(draw, c, 380, 434, 36, SAFFRON)
    draw.ellipse([c - 380, c - 380, c + 380, c + 380], outline=INK, width=10)
    _fish(draw, c)
    return image


def main() -> None:
    """Write the PNG and ICO into assets/icons."""
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw_icon()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "mela-pos.png")
    big.save(ICONS / "mela-pos.ico",
             sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
