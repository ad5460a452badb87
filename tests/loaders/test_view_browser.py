"""The kg viz page in real headless Chromium (Debian's chromium + chromium-driver, installed by
scripts/install_browser.sh). Skipped when the browser is absent, except under CI=true, where a
missing browser is a failure."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.graph import build_graph, read_graph, write_graph
from kg.types import ArticleExtraction, ArticleInfo, Claim, EntityRecord, Mention, Provenance
from loaders.view import write_page
from loaders.view.headless import chromium, find_browser, open_page, requests_made, screenshot_stats

pytestmark = pytest.mark.slow      # each test drives a headless browser: the full suite runs it, -m 'not slow' does not

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_graph.json"
PWN = "window.__kgPwned=1"
SCRIPT_PAYLOAD = f"<script>{PWN}</script>"
IMG_PAYLOAD = f'"><img src=x onerror="{PWN}">'


@pytest.fixture(scope="module")
def driver():
    browser, chromedriver = find_browser()
    if not (browser and chromedriver):
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but chromium/chromedriver are missing: .ci/run must run scripts/install_browser.sh")
        pytest.skip("headless Chromium not installed (bash scripts/install_browser.sh); under CI=true this fails")
    with chromium() as d:
        yield d


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("view") / "sample.html"
    write_page(read_graph(SAMPLE), out, title="sample")
    return out


def injection_graph(tmp_path: Path) -> Path:
    """A graph whose every free-text field tries to run script."""
    bad = EntityRecord("bad", "Person", f"قائد {SCRIPT_PAYLOAD}", IMG_PAYLOAD, (IMG_PAYLOAD,))
    town = EntityRecord("town", "City", f"بلدة {IMG_PAYLOAD}", None, (), None, None, 35.0, 37.0)
    sentence = f"قال القائد {SCRIPT_PAYLOAD} إن قواته دخلت البلدة {IMG_PAYLOAD}."
    prov = Provenance("a1", sentence, 0, len(sentence), "bad", True, "2024-01-02", IMG_PAYLOAD, 0.5, SCRIPT_PAYLOAD)
    x = ArticleExtraction(
        ArticleInfo("a1", "h", f"javascript:{PWN}", f"عنوان {SCRIPT_PAYLOAD}", "2024-01-03", "bad"),
        (bad, town),
        (Mention("a1", 0, 0, 5, "القائد", "bad", "Person", "registry"),),
        (Claim("bad", "ENTERED", "town", prov), Claim("bad", f"X{IMG_PAYLOAD}", "town", prov)))
    path = tmp_path / "bad.json"
    write_graph(build_graph([x]), path)
    return path


# ---------------------------------------------------------------- helpers that act like a user
def click_at(driver, x: float, y: float) -> None:
    """A real (trusted) mouse click at page coordinates, through the DevTools protocol."""
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        driver.execute_cdp_cmd("Input.dispatchMouseEvent", {
            "type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none", "clickCount": 1})


def node_point(driver, node_id: str) -> tuple[float, float]:
    return tuple(driver.execute_script("""
        var net = kgView.network, p = net.canvasToDOM(net.getPosition(arguments[0]));
        var r = document.getElementById('graph').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];""", node_id))


def edge_point(driver, edge_id: str) -> tuple[float, float]:
    """A point on the edge's line where nothing else (a node, a crossing edge) is hit first."""
    point = driver.execute_script("""
        var id = arguments[0], net = kgView.network;
        var e = kgView.data.edges.filter(function (x) { return x.id === id; })[0];
        var a = net.getPosition(e.from), b = net.getPosition(e.to);
        var r = document.getElementById('graph').getBoundingClientRect();
        for (var t = 0.3; t <= 0.71; t += 0.05) {
          var p = net.canvasToDOM({x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)});
          if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) === e.id) return [r.left + p.x, r.top + p.y];
        }
        return null;""", edge_id)
    assert point, f"no clear point on edge {edge_id}"
    return tuple(point)


def panel_text(driver) -> str:
    return driver.execute_script("var p = document.getElementById('panel'); return p.hidden ? '' : p.textContent;")


def assert_nothing_ran(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert driver.execute_script("return window.__kgPwned === undefined && document.querySelectorAll('img').length === 0")


# ---------------------------------------------------------------- tests
@pytest.mark.slow
def test_page_loads_from_file_with_zero_network_requests(driver, sample_page):
    open_page(driver, sample_page)
    page_url = sample_page.resolve().as_uri()
    requests = requests_made(driver)
    assert [r.url for r in requests if r.url != page_url and not r.url.startswith("data:")] == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []                      # a CSP violation or a script error would show here


def test_node_and_edge_counts_match_graph_json(driver, sample_page):
    open_page(driver, sample_page)
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    linked = {e["source"] for e in data["links"]} | {e["target"] for e in data["links"]}
    drawn = driver.execute_script("return kgView.visibleCounts()")
    assert drawn == {"nodes": len(linked), "edges": len(data["links"])}     # nodes without an edge hidden
    driver.find_element("id", "show-isolated").click()
    drawn = driver.execute_script("return kgView.visibleCounts()")
    assert drawn == {"nodes": len(data["nodes"]), "edges": len(data["links"])}
    stats = driver.find_element("id", "stats").text
    assert f"{len(data['nodes'])} / {len(data['nodes'])} nodes" in stats


def test_screenshot_is_not_blank(driver, sample_page):
    open_page(driver, sample_page)
    variance, colours = screenshot_stats(driver.get_screenshot_as_png())
    assert variance > 100 and colours > 50, (variance, colours)
    canvas_has_ink = driver.execute_script("""
        var c = document.querySelector('#graph canvas'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        var ink = 0; for (var i = 3; i < d.length; i += 4) if (d[i] > 0) ink++; return ink;""")
    assert canvas_has_ink > 1000


def test_clicking_a_node_shows_its_provenance(driver, sample_page):
    open_page(driver, sample_page)
    g = read_graph(SAMPLE)
    click_at(driver, *node_point(driver, "hts"))
    text = panel_text(driver)
    assert "هيئة تحرير الشام" in text
    for _, _, d in g.edges("hts", data=True):
        for p in d["provenance"]:
            assert p["sentence"] in text
    assert "رويترز" in text or "credited to" in text
    assert "hedged: no" in text and "2024-12-07" in text
    assert driver.execute_script("return document.getElementById('panel').dataset.id") == "hts"


def test_clicking_an_edge_shows_sentence_outlet_and_hedging(driver, sample_page):
    open_page(driver, sample_page)
    edge_id = driver.execute_script(
        "return kgView.data.edges.filter(function (e) { return e.from === 'israel' && e.type === 'ATTACKED'; })[0].id")
    click_at(driver, *edge_point(driver, edge_id))
    assert driver.execute_script("return document.getElementById('panel').dataset.id") == edge_id
    text = panel_text(driver)
    assert "هاجمت إسرائيل على ما يبدو قافلة غادرت القصير." in text
    assert "hedged: yes" in text and "حمص تسقط" in text          # the article's title


def test_script_in_the_sample_shows_as_text(driver, sample_page):
    open_page(driver, sample_page)
    node = driver.execute_script("return kgView.data.nodes.filter(function (n) { return n.type === 'Person'; })[0].id")
    driver.execute_script("kgView.focusNode(arguments[0])", node)
    assert '<script>alert(1)</script>' in panel_text(driver)
    assert_nothing_ran(driver)


def test_injection_strings_do_not_execute(driver, tmp_path):
    page = tmp_path / "bad.html"
    write_page(read_graph(injection_graph(tmp_path)), page, title=SCRIPT_PAYLOAD)
    open_page(driver, page)
    click_at(driver, *node_point(driver, "bad"))
    assert SCRIPT_PAYLOAD in panel_text(driver) and IMG_PAYLOAD in panel_text(driver)
    for edge in driver.execute_script("return kgView.data.edges.map(function (e) { return e.id; })"):
        driver.execute_script("kgView.network.selectEdges([arguments[0]]); kgView.network.emit('click', {nodes: [], edges: [arguments[0]]})", edge)
        assert "قال القائد " + SCRIPT_PAYLOAD in panel_text(driver)
    driver.find_element("id", "search").send_keys("قائد")
    assert driver.execute_script("return document.getElementById('search-results').textContent").count("قائد") >= 1
    assert driver.execute_script("return document.querySelectorAll('#panel a').length") == 0   # javascript: URL dropped
    assert driver.title == SCRIPT_PAYLOAD
    assert_nothing_ran(driver)


@pytest.mark.parametrize("query, expected", [
    ("حمص", "homs"),
    ("حِمْص", "homs"),                 # diacritics
    ("وبحمص", "homs"),                 # و + ب proclitics
    ("بحزب الله", "hezbollah"),
    ("للمعارضة", "syrian_opposition"),  # ل + ال
    ("الهيئة", "hts"),                  # an alias, with its article
    ("هيئه تحرير", "hts"),              # teh marbuta written as ha
    ("اسرائيل", "israel"),              # bare alef for إ
    ("Damascus", "damascus"),
])
def test_search_finds_arabic_names_with_and_without_clitics(driver, sample_page, query, expected):
    if driver.execute_script("return window.kgView ? document.location.href : ''") != sample_page.resolve().as_uri():
        open_page(driver, sample_page)
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(query)
    first = driver.execute_script("var li = document.querySelector('#search-results li'); return li && li.dataset.id")
    assert first == expected
    driver.execute_script("document.querySelector('#search-results li').click()")
    assert driver.execute_script("return document.getElementById('panel').dataset.id") == expected


def test_filters_hide_types_relations_and_dates(driver, sample_page):
    open_page(driver, sample_page)
    driver.execute_script("kgView.setShowIsolated(true)")
    def counts():
        return driver.execute_script("return kgView.visibleCounts()")
    all_ = counts()
    cities = driver.execute_script("return kgView.data.nodes.filter(function (n) { return n.type === 'City'; }).length")
    box = driver.find_element("css selector", "#legend .swatch[data-type='City']").find_element("xpath", "..").find_element("tag name", "input")
    box.click()
    assert counts()["nodes"] == all_["nodes"] - cities
    box.click()
    assert counts() == all_
    rel = driver.find_elements("css selector", "#relations input")[0]
    rel.click()
    assert counts()["edges"] < all_["edges"]
    rel.click()
    driver.execute_script("""var f = document.getElementById('date-from'); f.value = '2024-12-08';
                             f.dispatchEvent(new Event('change'));""")
    dated = counts()
    assert 0 < dated["edges"] < all_["edges"]


def test_places_can_be_laid_out_on_their_coordinates(driver, sample_page):
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(driver, sample_page)
    layouts = driver.execute_script("return kgView.layouts")
    driver.find_element("id", "geo").click()
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return kgView.layouts") > layouts)
    pos = driver.execute_script("return kgView.network.getPositions(['homs', 'damascus', 'al_qusayr'])")
    assert pos["damascus"]["y"] > pos["homs"]["y"]          # Damascus lies south of Homs
    assert pos["al_qusayr"]["x"] < pos["homs"]["x"]         # al-Qusayr lies west of Homs
    driver.find_element("id", "geo").click()
    assert driver.execute_script("return kgView.network.getPositions(['homs']).homs.y") != pos["homs"]["y"]


# ---------------------------------------------------------------- what an analyst sees first
EXAMPLES = Path(__file__).resolve().parents[1] / "golden" / "examples_graph.json"


@pytest.fixture(scope="module")
def examples_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("view") / "examples.html"
    write_page(read_graph(EXAMPLES), out, title="examples")
    return out


def test_nodes_without_a_visible_edge_are_hidden_until_asked_for(driver, examples_page):
    open_page(driver, examples_page)
    data = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    linked = {e["source"] for e in data["links"]} | {e["target"] for e in data["links"]}
    assert len(linked) < len(data["nodes"])
    assert driver.execute_script("return kgView.visibleCounts().nodes") == len(linked)
    box = driver.find_element("id", "show-isolated")
    assert not box.is_selected()
    box.click()
    assert driver.execute_script("return kgView.visibleCounts().nodes") == len(data["nodes"])
    box.click()
    lonely = sorted({n["id"] for n in data["nodes"]} - linked)[0]
    driver.execute_script("kgView.focusNode(arguments[0])", lonely)     # a search result is shown anyway
    assert driver.execute_script("return kgView.network.body.nodeIndices.indexOf(arguments[0]) >= 0", lonely)


@pytest.mark.parametrize("scale", [0.02, 0.2, 1.0, 3.0])
def test_the_highest_degree_nodes_are_labelled_at_every_zoom(driver, examples_page, scale):
    open_page(driver, examples_page)
    data = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    degree = {}
    for e in data["links"]:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + 1
    top = max(degree, key=lambda n: (degree[n], n))
    labelled = driver.execute_script("""
        kgView.network.moveTo({scale: arguments[0], animation: false}); kgView.network.redraw();
        return kgView.labelled;""", scale)
    assert top in labelled and len(labelled) >= 8
    assert driver.execute_script("return kgView.hubs.size") == len(labelled)


def test_places_sit_on_a_map_of_country_borders_zoomed_to_their_region(driver, examples_page, tmp_path):
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(driver, examples_page)
    assert driver.execute_script("return kgView.bordersDrawn || 0") == 0
    layouts = driver.execute_script("return kgView.layouts")
    driver.find_element("id", "geo").click()
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return kgView.layouts") > layouts)
    driver.execute_script("kgView.network.redraw()")
    assert driver.execute_script("return kgView.bordersDrawn") > 20
    inside = driver.execute_script("""
        var net = kgView.network, r = document.getElementById('graph').getBoundingClientRect(), out = [];
        kgView.data.nodes.forEach(function (n) {
          if (typeof n.lat !== 'number' || net.body.nodeIndices.indexOf(n.id) < 0) return;
          var p = net.canvasToDOM(net.getPosition(n.id));
          out.push(p.x >= 0 && p.y >= 0 && p.x <= r.width && p.y <= r.height);
        });
        return out;""")
    assert inside and all(inside)                       # zoomed to the places, every one on screen
    shot = tmp_path / "map.png"
    shot.write_bytes(driver.get_screenshot_as_png())
    variance, colours = screenshot_stats(shot.read_bytes())
    assert variance > 100 and colours > 50


def test_the_edge_panel_puts_subject_relation_object_on_lines_of_their_own(driver, examples_page):
    open_page(driver, examples_page)
    edge = driver.execute_script("""return kgView.data.edges.filter(function (e) {
        return e.type === 'LEADS' || e.type === 'CAPTURED'; })[0]""")
    driver.execute_script("kgView.network.emit('click', {nodes: [], edges: [arguments[0]]})", edge["id"])
    head = driver.execute_script("""
        var h = document.querySelector('#panel .relation-head');
        return Array.prototype.map.call(h.children, function (line) {
          var b = line.querySelector('bdi');
          return [line.className, b ? b.getAttribute('dir') : null, line.getBoundingClientRect().top, line.textContent];
        });""")
    assert [h[0] for h in head] == ["edge-subject", "edge-relation", "edge-object"]
    assert all(h[1] == "auto" for h in head)
    assert head[0][2] < head[1][2] < head[2][2]          # three lines, top to bottom
    names = {n["id"]: n["name"] for n in driver.execute_script("return kgView.data.nodes")}
    assert names[edge["from"]] in head[0][3] and names[edge["to"]] in head[2][3]
