"""A one-page PDF holding one picture, written with the standard library (zlib) alone.

The room's handout is drawn once with pygame; a PDF of it only has to wrap
those pixels, so a 50-line writer (PDF 1.4: a catalog, a page, an RGB image
compressed with Flate, a content stream that paints it) spares the game a
dependency such as Pillow just for this.
"""

from __future__ import annotations

import zlib


def image_pdf(rgb: bytes, width: int, height: int, dpi: int = 150) -> bytes:
    """A PDF whose one page is the `width`×`height` RGB picture, printed at `dpi`."""
    if len(rgb) != width * height * 3:
        raise ValueError(f"expected {width * height * 3} bytes of RGB, got {len(rgb)}")
    w, h = _points(width, dpi), _points(height, dpi)
    pixels = zlib.compress(rgb, 6)
    paint = f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode()
    image = (
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
        f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode "
        f"/Length {len(pixels)} >>"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] "
            f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"
        ).encode(),
        image + b"\nstream\n" + pixels + b"\nendstream",
        f"<< /Length {len(paint)} >>".encode() + b"\nstream\n" + paint + b"\nendstream",
        b"<< /Producer (Make It Right) >>",
    ]
    return _document(objects)


def _points(pixels: int, dpi: int) -> str:
    """Pixels at `dpi` as PDF points (1/72 inch), with two decimals at most."""
    return f"{pixels * 72 / dpi:.2f}".rstrip("0").rstrip(".")


def _document(objects: list[bytes]) -> bytes:
    """The objects numbered from 1, with the cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    info = len(objects)  # the last object: the document's information
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\n"
    out += f"{trailer}startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
