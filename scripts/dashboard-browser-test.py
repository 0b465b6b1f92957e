#!/usr/bin/env python3
"""The trainer's dashboard in headless Chromium, against a real `spar serve` and piped `spar join`s.

    scripts/dashboard-browser-test.py --binary .build/debug/spar --work DIR --scenario FILE [--screenshots DIR]

Checks, failing with a message on the first that does not hold:
  - without the token the dashboard answers 401 and shows nothing of the class;
  - the roster shows the three trainees at the nodes their answers lead to (read from the scenario file);
  - the heat map counts them at those nodes and counts the options they took;
  - pressing "Pause all" reaches a trainee's terminal, and the page shows the class paused.
Screenshots (lobby, roster, flow graph, analytics) go to --screenshots, else to DIR.
"""
import argparse, json, os, queue, shutil, subprocess, sys, threading, time, urllib.error, urllib.request

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT = 30


def fail(message):
    sys.exit(f"dashboard browser test: FAILED: {message}")


def wait_for(what, predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    fail(f"timed out waiting for {what}")


class Trainee:
    """A piped `spar join`, its stdin kept open (so it stays connected) and its output collected."""

    def __init__(self, binary, url, code, name, work):
        state = os.path.join(work, "state-" + name)  # each trainee keeps its own seat secret
        os.makedirs(state, exist_ok=True)
        env = dict(os.environ, XDG_STATE_HOME=state, NO_COLOR="1")
        self.process = subprocess.Popen([binary, "join", code, "--server", url, "--name", name],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        env=env, text=True, bufsize=1)
        self.lines = queue.Queue()
        self.output = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.output.append(line)
            self.lines.put(line)

    def say(self, text):
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def has_said(self, fragment):
        return any(fragment in line for line in self.output)

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def expected_nodes(scenario_file, answers):
    """Where each trainee's numbered answers lead, read from the scenario itself (first options carry no condition)."""
    with open(scenario_file, encoding="utf-8") as handle:
        scenario = yaml.safe_load(handle)
    nodes = scenario["nodes"]  # a mapping: node id -> node
    start = scenario.get("start") or next(iter(nodes))
    result = {}
    for name, numbers in answers.items():
        node = start
        taken = []
        for number in numbers:
            choice = nodes[node]["choices"][number - 1]
            if "if" in choice or "when" in choice:
                fail(f"{node} option {number} has a condition; pick unconditional options for this test")
            taken.append((node, number))
            node = choice["goto"]
        result[name] = (node, taken)
    return start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--scenario", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    shots = args.screenshots or args.work
    os.makedirs(shots, exist_ok=True)

    ready = os.path.join(args.work, "ready.json")
    server = subprocess.Popen([args.binary, "serve", args.scenario, "--class", "华东一班", "--db", os.path.join(args.work, "class.sqlite"),
                               "--port", "0", "--ready-json", ready], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    trainees, driver = [], None
    try:
        def ready_file():
            if server.poll() is not None:
                fail(f"spar serve exited with {server.returncode}: {server.stderr.read()}")
            if os.path.exists(ready):
                with open(ready) as handle:
                    return json.load(handle)
            return None
        info = wait_for("spar serve's ready file", ready_file)
        url, token, code = info["url"], info["trainer_token"], info["classes"][0]["code"]

        # Without the token: 401, and nothing of the class in the answer.
        for path in ["/trainer", "/trainer/dashboard.js", f"/api/classes/{code}/dashboard"]:
            try:
                urllib.request.urlopen(url + path, timeout=10)
                fail(f"{path} answered without the token")
            except urllib.error.HTTPError as error:
                body = error.read().decode("utf-8", "replace")
                if error.code != 401 or code in body or "<script" in body:
                    fail(f"{path} without the token: {error.code} {body[:200]}")
        print("dashboard browser test: without the token: 401, nothing shown")

        options = Options()
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,720",
                     "--lang=zh-CN", "--force-device-scale-factor=1", "--hide-scrollbars"]:
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]:
            if os.path.exists(candidate):
                options.binary_location = candidate
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        # The page itself at 1280×720, as on a projector (the window's own frame not counted).
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": False})
        driver.get(f"{url}/trainer?token={token}&class={code}")
        if "token=" in driver.current_url:
            fail(f"the token stayed in the address bar: {driver.current_url}")
        page = lambda: driver.find_element(By.ID, "join-code").text
        wait_for("the lobby's join code", lambda: page() == code)

        answers = {"张三": [2], "李四": [3], "王五": [2, 1]}
        start, expected = expected_nodes(args.scenario, answers)
        for name, numbers in answers.items():
            trainee = Trainee(args.binary, url, code, name, args.work)
            trainees.append(trainee)
            wait_for(f"{name} to join", lambda: trainee.has_said("已加入") or trainee.has_said("Joined"))
        wait_for("three trainees in the lobby", lambda: len(driver.find_elements(By.CSS_SELECTOR, "#lobby-names li")) == 3)
        driver.save_screenshot(os.path.join(shots, "dashboard-lobby.png"))

        # Answers, each after the one before is shown on the trainee's screen.
        for trainee, (name, numbers) in zip(trainees, answers.items()):
            for number in numbers:
                before = len(trainee.output)
                trainee.say(str(number))
                wait_for(f"{name}'s answer {number}", lambda: len(trainee.output) > before + 1)

        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=roster]").click()
        def roster_matches():
            rows = driver.find_elements(By.CSS_SELECTOR, "#roster tbody tr")
            shown = {row.find_element(By.CSS_SELECTOR, "td.name").text: row.get_attribute("data-node") for row in rows}
            return shown if shown == {name: node for name, (node, _) in expected.items()} else None
        wait_for(f"the roster at {expected}", roster_matches, timeout=10)
        print("dashboard browser test: roster:", ", ".join(f"{name} at {node}" for name, (node, _) in expected.items()))

        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=graph]").click()
        wait_for("the flow graph", lambda: driver.find_elements(By.CSS_SELECTOR, "#graph svg g.node[data-count]"))
        at, edges = {}, {}
        for node, taken in expected.values():
            at[node] = at.get(node, 0) + 1
            for step in taken:
                edges[step] = edges.get(step, 0) + 1
        def heat_matches():
            for node, count in at.items():
                found = driver.find_elements(By.CSS_SELECTOR, f'#graph g.node[data-node="{node}"]')
                if not found or found[0].get_attribute("data-count") != str(count):
                    return None
                if found[0].find_element(By.CSS_SELECTOR, ".badge text").text != str(count):
                    return None
            graph = driver.execute_script("return state.graph")
            for (node, number), count in edges.items():
                element = next(e["element"] for e in graph["edges"] if e["from"] == node and e["choice"] == number)
                if driver.find_element(By.ID, element).get_attribute("data-count") != str(count):
                    return None
            return True
        wait_for(f"heat map counts {at} and options {edges}", heat_matches, timeout=10)
        print("dashboard browser test: heat map:", at, "options:", {f"{n}#{c}": k for (n, c), k in edges.items()})
        engine = driver.execute_script("return state.graph.engine")
        # The node most trainees passed through, for the screenshot of its options.
        driver.find_element(By.CSS_SELECTOR, f'#graph g.node[data-node="{start}"]').click()
        wait_for("the start node's options", lambda: driver.find_elements(By.CSS_SELECTOR, "#node-panel tr[data-choice]"))
        counts = {row.get_attribute("data-choice"): row.find_element(By.CSS_SELECTOR, "td.count").text
                  for row in driver.find_elements(By.CSS_SELECTOR, "#node-panel tr[data-choice]")}
        wanted = {}
        for numbers in answers.values():
            wanted[str(numbers[0])] = wanted.get(str(numbers[0]), 0) + 1
        wanted = {number: f"×{count}" for number, count in wanted.items()}
        if counts != wanted:
            fail(f"the start node's options show {counts}, not {wanted}")

        # A fourth trainee plays the best path to the end: a finished session for the analytics,
        # the classification checkpoint's spread and the leaderboard in the screenshots.
        best = subprocess.run([args.binary, "explore", args.scenario, "--inputs", "best"], capture_output=True, text=True, check=True).stdout
        fourth = Trainee(args.binary, url, code, "赵六", args.work)
        trainees.append(fourth)
        fourth.process.stdin.write(best)
        fourth.process.stdin.close()
        if fourth.process.wait(timeout=120) != 0:
            fail("the fourth trainee's spar join failed: " + "".join(fourth.output[-5:]))
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=roster]").click()
        wait_for("the finished trainee in the roster", lambda: driver.find_elements(By.CSS_SELECTOR, '#roster tr[data-status="finished"]'))
        driver.save_screenshot(os.path.join(shots, "dashboard-roster.png"))
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=graph]").click()
        driver.find_element(By.CSS_SELECTOR, f'#graph g.node[data-node="{start}"]').click()
        wait_for("the start node's options", lambda: driver.find_elements(By.CSS_SELECTOR, "#node-panel tr[data-choice]"))
        driver.save_screenshot(os.path.join(shots, "dashboard-graph.png"))
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=analytics]").click()
        wait_for("the analytics with a finished session", lambda: driver.find_elements(By.CSS_SELECTOR, "#checkpoints .spread"))
        driver.save_screenshot(os.path.join(shots, "dashboard-analytics.png"))
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=leaderboard]").click()
        wait_for("the leaderboard", lambda: driver.find_elements(By.CSS_SELECTOR, "#board li"))
        driver.save_screenshot(os.path.join(shots, "dashboard-leaderboard.png"))

        # Pause: the trainees are told, and the page says so.
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=roster]").click()
        driver.find_element(By.ID, "btn-pause").click()
        wait_for("the pause notice in 张三's terminal", lambda: trainees[0].has_said("培训师已暂停") or trainees[0].has_said("paused play"))
        wait_for("the page to show the class paused", lambda: "active" in driver.find_element(By.ID, "btn-pause").get_attribute("class"))
        print(f"dashboard browser test: pause reached the trainees; graph laid out by {engine}")

        # The browser asked for Chinese; the switch turns the page to English and back.
        roster_tab = lambda: driver.find_element(By.CSS_SELECTOR, "#tabs button[data-tab=roster]").text
        if roster_tab() != "学员":
            fail(f"the page did not follow the browser's language (zh): the roster tab reads {roster_tab()!r}")
        driver.find_element(By.ID, "lang-switch").click()
        wait_for("the page in English", lambda: roster_tab() == "Roster" and "Resume" in driver.find_element(By.ID, "btn-pause").text)
        driver.find_element(By.ID, "lang-switch").click()
        wait_for("the page back in Chinese", lambda: roster_tab() == "学员")
        print("dashboard browser test: zh from the browser's language, en and back with the switch")

        # Nothing the page does is refused by its Content-Security-Policy, and no script failed.
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        if errors:
            fail("the browser's console has errors: " + " | ".join(errors[:5]))
        print("dashboard browser test: no console errors (no Content-Security-Policy violation)")
        print("dashboard browser test: passed")
    finally:
        if driver:
            driver.quit()
        for trainee in trainees:
            trainee.stop()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
