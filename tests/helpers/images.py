"""Reference images: compare a rendered widget with a PNG in tests/gui/reference/, with a tolerance.

Fonts, hinting and anti-aliasing differ between machines, so the comparison forgives small differences: a pixel
counts as different when one of its channels differs by more than PIXEL_DELTA (of 255), and the images match while
at most MAX_SHARE of the pixels differ. A moved or missing tile or chart, another colour scheme or theme, or text in
another font or size changes far more than that; an anti-aliased edge one shade off does not. Neither does one
changed digit (a few hundred pixels): the numbers are the structural tests' job, the pictures are about the look.
Measured (2026-12): offscreen renders are identical run to run; under xvfb (xcb) the wall pages are identical to
the offscreen references and the dashboard differs in 0.9 % of its pixels, 0.55 % beyond PIXEL_DELTA (its
queue-depth chart placed a few pixels apart), under MAX_SHARE.

On a mismatch the actual image and a diff (differing pixels in magenta over a faded actual) are written to
build/test-artifacts/. To approve what is rendered now as the new reference, look at the actual image, then run
the test again with ``--approve-images`` (or ``APPROVE_IMAGES=1``) and commit the PNG.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

REFERENCE = Path(__file__).resolve().parents[1] / "gui" / "reference"
ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"
PIXEL_DELTA = 48
MAX_SHARE = 0.01


def settled_grab(widget: QWidget, attempts: int = 20) -> QImage:
    """``widget`` as drawn once its layout has settled: pyqtgraph sizes an axis from the tick labels it just drew,
    so the first frames may still move. Grabs until two grabs in a row are the same."""
    previous = widget.grab().toImage()
    for _ in range(attempts):
        QApplication.processEvents()
        image = widget.grab().toImage()
        if image == previous:
            return image
        previous = image
    pytest.fail(f"{type(widget).__name__} kept changing over {attempts} grabs", pytrace=False)


def pixels(image: QImage) -> np.ndarray:
    """The image as a (height, width, 4) uint8 array (BGRA bytes of Format_ARGB32)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    view = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return view.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4].reshape(
        image.height(), image.width(), 4).copy()


def differing(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """A (height, width) mask of the pixels whose channels differ by more than PIXEL_DELTA."""
    delta = np.abs(actual.astype(np.int16) - expected.astype(np.int16)).max(axis=2)
    return delta > PIXEL_DELTA


def assert_matches_reference(image: QImage, name: str, config: pytest.Config) -> None:
    """Fail unless ``image`` matches tests/gui/reference/``name``.png (see the module's docstring)."""
    reference = REFERENCE / f"{name}.png"
    if config.getoption("--approve-images") or os.environ.get("APPROVE_IMAGES") == "1":
        REFERENCE.mkdir(parents=True, exist_ok=True)
        assert image.save(str(reference)), reference
        return
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    actual_path, diff_path = ARTIFACTS / f"{name}-actual.png", ARTIFACTS / f"{name}-diff.png"
    approve = f"look at {actual_path}; if it is right, run the test again with --approve-images and commit {reference}"
    if not reference.exists():
        image.save(str(actual_path))
        pytest.fail(f"no reference image {reference}: {approve}", pytrace=False)
    actual, expected = pixels(image), pixels(QImage(str(reference)))
    if actual.shape != expected.shape:
        image.save(str(actual_path))
        pytest.fail(f"{name}: rendered {actual.shape[1]}x{actual.shape[0]}, the reference is "
                    f"{expected.shape[1]}x{expected.shape[0]}: {approve}", pytrace=False)
    mask = differing(actual, expected)
    share = float(mask.mean())
    if share > MAX_SHARE:
        image.save(str(actual_path))
        diff = (actual // 3).astype(np.uint8)
        diff[mask] = (255, 0, 255, 255)  # BGRA magenta
        diff[..., 3] = 255
        height, width = mask.shape
        QImage(diff.tobytes(), width, height, width * 4, QImage.Format.Format_ARGB32).save(str(diff_path))
        pytest.fail(f"{name}: {share:.2%} of the pixels differ from the reference (at most {MAX_SHARE:.0%} may); "
                    f"diff in {diff_path}; {approve}", pytrace=False)
