"""Drive a kg page in headless Chromium (Debian's ``chromium`` + ``chromium-driver``) through
selenium: used by the page's tests and by benchmarks/viz_load.py, never by kg itself.

Nothing here downloads anything: selenium is pointed at the system chromedriver and
Chromium, and the browser is started with its background networking switched off, so the
only requests in the log are the ones the page makes.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMEDRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
         "--window-size=1400,900", "--lang=ar")


def _first(paths, env: str) -> str | None:
    if os.environ.get(env):
        paths = (os.environ[env],)
    return next((p for p in paths if Path(p).is_file() and os.access(p, os.X_OK)), None)


def find_browser() -> tuple[str | None, str | None]:
    """(chromium, chromedriver) paths, None where missing. KG_CHROMIUM / KG_CHROMEDRIVER override."""
    driver = _first(CHROMEDRIVER_CANDIDATES, "KG_CHROMEDRIVER")
    if driver is None and not os.environ.get("KG_CHROMEDRIVER"):
        driver = shutil.which("chromedriver")
    return _first(CHROMIUM_CANDIDATES, "KG_CHROMIUM"), driver


@dataclass(frozen=True)
class Request:
    url: str
    kind: str          # CDP resource type: Document, Script, Image, Fetch, ...


@contextmanager
def chromium():
    """A headless Chromium under selenium with a fresh profile and the request log on."""
    os.environ.setdefault("SE_OFFLINE", "true")          # selenium-manager must not go online
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver_path = find_browser()
    if not browser or not driver_path:
        raise FileNotFoundError("chromium and chromedriver are needed: bash scripts/install_browser.sh")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for flag in FLAGS + (f"--user-data-dir={profile}",):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    opts.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requests_made(driver) -> list[Request]:
    """Every request the browser sent since the last call (from the CDP performance log)."""
    out = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            params = msg["params"]
            out.append(Request(params["request"]["url"], params.get("type", "")))
    return out


def open_page(driver, page: Path, timeout: float = 60.0) -> dict:
    """Load a page from file:// and wait until its layout has finished and been drawn.
    Returns the page's own timings (ms since navigation start)."""
    requests_made(driver)                                # drop what came before this page
    driver.get(Path(page).resolve().as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = driver.execute_script("return window.kgView ? {ready: kgView.ready, t: kgView.timings} : null")
        if state and state["ready"]:
            return state["t"]
        time.sleep(0.05)
    raise TimeoutError(f"the page did not finish its layout within {timeout:.0f} s")


def screenshot_stats(png: bytes) -> tuple[float, int]:
    """(pixel variance of the greyscale image, number of distinct colours) of a PNG."""
    from PIL import Image, ImageStat

    image = Image.open(io.BytesIO(png)).convert("RGB")
    variance = ImageStat.Stat(image.convert("L")).var[0]
    colours = image.getcolors(maxcolors=1 << 20)
    return variance, len(colours) if colours else 1 << 20
