"""The phone page in a real browser: headless Chromium driven by selenium, on 127.0.0.1.

Run them with Debian's browser: `apt-get install -y chromium chromium-driver`,
then `pytest tests/web`. Without it they skip; CI (.ci/run) installs it and
sets MAKE_IT_RIGHT_BROWSER_TESTS=required so they cannot skip there.
"""

import os
import shutil

import pytest

HOW = "no headless browser: apt-get install -y chromium chromium-driver, then pytest tests/web"
CHROMEDRIVER = "/usr/bin/chromedriver"


def need_browser():
    missing = not (shutil.which("chromium") and os.path.exists(CHROMEDRIVER))
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    if missing and os.environ.get("MAKE_IT_RIGHT_BROWSER_TESTS") == "required":
        pytest.fail(HOW)
    if missing:
        pytest.skip(HOW)
    return webdriver


@pytest.fixture
def browser():
    webdriver = need_browser()
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # never let selenium fetch a driver
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-extensions",
                 "--disable-sync", "--no-first-run", "--window-size=390,844"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def wait_until(browser, check, timeout=10.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(lambda _: check())


def status(browser) -> str:
    return browser.find_element("id", "status").text


def answers(browser):
    return browser.find_elements("css selector", "button.answer")


def test_a_phone_votes_changes_its_vote_and_sees_the_result(server, browser):
    server.box.open("Joanne", "Where is my penne?", ("Sorry, on us.", "Check the box?", "Odd."))
    browser.get(server.address.url)
    wait_until(browser, lambda: len(answers(browser)) == 3)
    assert "Where is my penne?" in browser.find_element("id", "line").text
    assert status(browser) == "Tap your answer"
    answers(browser)[1].click()
    wait_until(browser, lambda: status(browser) == "Your vote: 2 — tap to change")
    assert server.box.counts() == {2: 1}
    answers(browser)[2].click()
    wait_until(browser, lambda: status(browser) == "Your vote: 3 — tap to change")
    assert server.box.counts() == {3: 1} and server.box.joined == 1
    server.box.close("the room went with answer 3", (4, 0, 9))
    server.publish()
    wait_until(browser, lambda: status(browser).startswith("Votes closed"))
    assert status(browser) == "Votes closed: the room went with answer 3"
    buttons = answers(browser)
    assert all(not b.is_enabled() for b in buttons)
    assert buttons[2].text.endswith("9")


def test_the_answers_are_large_enough_to_tap(server, browser):
    server.box.open("", "A narrator's line.", ("One", "Two"))
    browser.get(server.address.url)
    wait_until(browser, lambda: len(answers(browser)) == 2)
    for button in answers(browser):
        assert button.size["height"] >= 48 and button.size["width"] >= 300


def test_a_page_without_the_room_code_asks_for_it(server, browser):
    browser.get(f"http://{server.address.short}/")
    field = browser.find_element("id", "code")
    field.send_keys(server.address.code)
    browser.find_element("css selector", "#join button").click()
    wait_until(browser, lambda: status(browser) == "Waiting for the next question…")
    assert browser.current_url.endswith("/" + server.address.code)


def test_the_phone_says_when_the_workshop_has_ended(server, browser):
    browser.get(server.address.url)
    wait_until(browser, lambda: status(browser) == "Waiting for the next question…")
    server.stop()
    wait_until(browser, lambda: status(browser) == "The workshop has ended.")
