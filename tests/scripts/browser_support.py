"""Shared by the script tests that render the site in headless Chromium
(test_site_browser.py, test_map_browser.py): finding the browser, running
it on a page with a profile of its own, generating the site, and reading
the screenshots it takes. Not a test itself (the runner only picks up
test_*.py)."""
import shutil
import struct
import subprocess
import tempfile
import zlib

# Every run: no sandbox (tests may run as root), nothing fetched or synced
# in the background, no scrollbars in screenshots.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def find_browser():
    """The Chromium binary, or None when it is not installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(browser, profile_root, url, *extra, flags=()):
    """Runs the browser on `url` with FLAGS, then `flags`, a fresh profile
    below `profile_root`, then `extra`; the finished process (text output)."""
    with tempfile.TemporaryDirectory(dir=profile_root) as profile:
        return subprocess.run([browser, *FLAGS, *flags, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)


def make_site(netadmin, folder):
    """The Swedish site of the default registry on 2026-11-23, in `folder`."""
    subprocess.run([netadmin, "--today", "2026-11-23", "--lang", "sv", "report", "site", "--output", str(folder)],
                   check=True)


def png_chunks(data):
    """The PNG's header fields (width, height, bit depth, colour type) and
    its image data, still compressed; None when `data` is not a PNG."""
    if data[:8] != PNG_SIGNATURE:
        return None
    pos, idat, header = 8, b"", (0, 0, 0, 0)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return header, idat


def png_is_blank(path):
    """True when every pixel row of the PNG is the same: a page that rendered nothing."""
    chunks = png_chunks(path.read_bytes())
    if chunks is None:
        return True
    (width, height, _, _), idat = chunks
    raw = zlib.decompress(idat)
    stride = len(raw) // max(height, 1)
    rows = {raw[i * stride + 1:(i + 1) * stride] for i in range(0, height, max(height // 50, 1))}
    return width == 0 or len(rows) <= 1


def png_pixels(path):
    """Width, height and rows of (r, g, b) tuples of an 8-bit RGB or RGBA PNG."""
    chunks = png_chunks(path.read_bytes())
    if chunks is None:
        return 0, 0, []
    (width, height, depth, colour), idat = chunks
    if depth != 8 or colour not in (2, 6):
        return 0, 0, []
    channels = 3 if colour == 2 else 4
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows
