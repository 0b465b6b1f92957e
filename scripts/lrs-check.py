#!/usr/bin/env python3
"""spar's statements against a real learning record store: Ralph (ralph-malph) with its file
backend and basic auth, on 127.0.0.1 with free ports in a temporary folder. Run by scripts/test-lrs.

1. `spar export --lrs` posts the statements of every golden transcript; every POST is 2xx and every
   statement reads back equal. Ralph's file backend keeps one write per user target, so each
   transcript has its own user and target (its statements fit in one batch).
2. Posting again stores nothing twice (204); a wrong password and a closed port end with a clear
   message and status 1; a 500 on every try is retried, then reported.
3. `spar serve --lrs` with the LRS down while a trainee plays a whole session: once the LRS is up,
   every statement of the session arrives, once, equal to what `spar export --xapi` makes of the
   class's transcript. Ralph's answer for that session is saved in .build/lrs-test/.
4. cmi5: a fake LMS (the fetch URL, the LMS.LaunchData state, statements passed on to Ralph)
   launches a unit of `spar cmi5 package` on `spar serve --cmi5`; a trainee plays it through
   `spar join`; the LMS's LRS then holds initialized, completed, passed (or failed), terminated,
   in that order, with the launch's actor, activity and registration, the cmi5 category, the
   session id, moveon and the mastery score where cmi5 asks for them.
"""
import argparse, base64, bcrypt, datetime, http.server, json, os, re, signal, socket, subprocess, sys, tempfile, threading, time
import shutil, urllib.parse, uuid, zipfile
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "spar-lrs-test"
HEADERS = {"X-Experience-API-Version": "1.0.3"}
children = []
# Ralph reads its users once: those the cmi5 check's fake LMS posts as are made with the others.
CMI5_USERS = {path: [f"cmi5{path}{index}" for index in range(8)] for path in ("best", "worst")}
SERVE_USERS = [f"serve{index}" for index in range(8)]
GOLDEN_USERS = [f"golden{index}" for index in range(40)]


def fail(message):
    print(f"scripts/test-lrs: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(seconds, condition, what):
    """True once `condition` holds; past `seconds`, fails naming `what`, or returns False when `what` is None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    if what is None:
        return condition()
    fail(f"timed out waiting for {what}")


def write_users(path, names):
    users = []
    for name in names:
        hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
        users.append({"agent": {"mbox": f"mailto:{name}@example.com", "objectType": "Agent"},
                      "scopes": ["all"], "target": name, "hash": hashed, "username": name})
    with open(path, "w") as file:
        json.dump(users, file)


class Ralph:
    """Ralph's API under uvicorn, started in the data folder (its targets are relative to it)."""

    def __init__(self, folder, data, auth_file, port):
        self.port = port
        self.url = f"http://127.0.0.1:{port}/xAPI/"
        self.log_path = os.path.join(folder, f"ralph-{port}.log")
        environment = dict(os.environ, RALPH_RUNSERVER_BACKEND="fs", RALPH_AUTH_FILE=auth_file,
                           RALPH_APP_DIR=os.path.join(folder, "ralph-app"),
                           RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=data)
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([sys.executable, "-m", "uvicorn", "ralph.api:app", "--host", "127.0.0.1",
                                         "--port", str(port)], cwd=data, env=environment,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        children.append(self.process)

        def answering():
            if self.process.poll() is not None:
                fail(f"Ralph exited with {self.process.returncode}: {open(self.log_path).read()[-2000:]}")
            try:
                return requests.get(f"http://127.0.0.1:{port}/__lbheartbeat__", timeout=1).status_code == 200
            except requests.RequestException:
                return False
        wait_until(90, answering, f"Ralph to answer on port {port}")

    def posts(self):
        """The status of every POST to /xAPI/statements so far, from uvicorn's access log."""
        self.log.flush()
        return [int(code) for code in re.findall(r'"POST /xAPI/statements HTTP/1\.1" (\d{3})', open(self.log_path).read())]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def spar(binary, *arguments, stdin=None, environment=None, timeout=300):
    if os.environ.get("SPAR_LRS_CHECK_DEBUG"):
        print(f"{time.strftime('%H:%M:%S')} spar {' '.join(arguments[:3])}", file=sys.stderr)
    return subprocess.run([binary, *arguments], input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=environment, cwd=ROOT)


def fetch(url, user, **query):
    response = requests.get(url + "statements", params=query, auth=(user, PASSWORD), headers=HEADERS, timeout=30)
    if response.status_code != 200:
        fail(f"GET statements {query} answered {response.status_code}: {response.text[:300]}")
    body = response.json()
    # A query by statementId answers the statement itself in xAPI; Ralph answers a list of one.
    return body.get("statements", [body] if "id" in body else [])


def comparable(statement):
    """A statement without what the LRS adds (stored, authority, version), its timestamp as an instant."""
    kept = {key: value for key, value in statement.items() if key not in ("stored", "authority", "version")}
    stamp = kept.get("timestamp")
    if stamp:
        kept["timestamp"] = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    return json.loads(json.dumps(kept, sort_keys=True))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/spar"))
    parser.add_argument("--only", choices=["export", "serve", "cmi5"], help="run one part of the check")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    only = arguments.only
    folder = tempfile.mkdtemp(prefix="spar-lrs-")
    data = os.path.join(folder, "data")
    golden = sorted(os.path.join(directory, name) for directory, _, names in os.walk(os.path.join(ROOT, "transcripts"))
                    for name in names if name.endswith(".jsonl"))
    if not golden:
        fail("no golden transcripts under transcripts/")
    users = GOLDEN_USERS + ["again"] + SERVE_USERS + CMI5_USERS["best"] + CMI5_USERS["worst"]
    for user in users:
        os.makedirs(os.path.join(data, user))
    auth_file = os.path.join(folder, "auth.json")
    write_users(auth_file, users)
    environment = dict(os.environ, XDG_STATE_HOME=os.path.join(folder, "state"), XDG_DATA_HOME=os.path.join(folder, "share"),
                       XDG_CACHE_HOME=os.path.join(folder, "cache"), NO_COLOR="1")
    environment.pop("SPAR_LRS_AUTH", None)
    ralph = Ralph(folder, data, auth_file, free_port())
    try:
        if only in (None, "export"):
            check_export(binary, folder, ralph, golden, environment)
        ralph.stop()
        if only in (None, "serve"):
            ralph = check_serve(binary, folder, data, auth_file, environment)
        else:
            ralph = Ralph(folder, data, auth_file, free_port())
        if only in (None, "cmi5"):
            check_cmi5(binary, folder, ralph, environment)
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
        shutil.rmtree(folder, ignore_errors=True)


def check_export(binary, folder, ralph, golden, environment):
    # 1. Every golden transcript in one export, 50 statements to a POST. Ralph's file backend takes
    # one write per user target, so a proxy posts each request to Ralph as a user of its own.
    proxy = FakeLMS(ralph.url, GOLDEN_USERS, None, base64.b64encode(f"golden:{PASSWORD}".encode()).decode())
    exported = os.path.join(folder, "golden.json")
    result = spar(binary, "export", "--xapi", exported, "--lrs", proxy.url + "/xAPI/", "--auth", f"golden:{PASSWORD}",
                  *golden, environment=environment)
    if result.returncode != 0:
        fail(f"spar export --lrs of the golden transcripts exited {result.returncode}: {result.stderr}")
    statements = json.load(open(exported))
    sessions = {statement["context"]["registration"] for statement in statements}
    if len(sessions) != len(golden):
        fail(f"{len(golden)} golden transcripts exported {len(sessions)} sessions: {result.stderr}")
    stored = proxy.stored()
    by_id = {statement["id"]: statement for statement in stored}
    if len(stored) != len(statements) or len(by_id) != len(statements):
        fail(f"{len(statements)} statements posted; the LRS holds {len(stored)} ({len(by_id)} ids)")
    for statement in statements:
        if statement["id"] not in by_id:
            fail(f"statement {statement['id']} is not in the LRS")
        if comparable(by_id[statement["id"]]) != comparable(statement):
            fail(f"statement {statement['id']} came back different:\n{json.dumps(by_id[statement['id']], ensure_ascii=False)}\n"
                 f"sent:\n{json.dumps(statement, ensure_ascii=False)}")
    posts = ralph.posts()
    batches = (len(statements) + 49) // 50
    if len(posts) != batches or any(not 200 <= code < 300 for code in posts) or proxy.problems:
        fail(f"expected {batches} POSTs, all 2xx; the LRS logged {posts}; {proxy.problems}")
    proxy.shutdown()
    print(f"lrs: {len(statements)} statements of {len(golden)} golden transcripts posted by one spar export --lrs "
          f"({len(posts)} POSTs of up to 50, all 2xx), each read back equal")

    # 2. Straight to Ralph: the same session again stores nothing twice; a wrong password, a closed
    # port and a 500 on every try (Ralph's file backend refusing a second write to a target) fail clearly.
    again = []
    for attempt in range(2):
        again.append(spar(binary, "export", "--lrs", ralph.url, "--auth", f"again:{PASSWORD}", golden[0], environment=environment))
    held = fetch(ralph.url, "again", limit=100)
    first = [statement for statement in statements if statement["context"]["registration"] == held[0]["context"]["registration"]] if held else []
    if any(run.returncode != 0 for run in again) or ralph.posts()[-2:] != [200, 204] or len(held) != len(first) or not held:
        fail(f"posting again: exits {[run.returncode for run in again]}, POSTs {ralph.posts()[-2:]}, {len(held)} stored: "
             f"{[run.stderr for run in again]}")
    before = len(ralph.posts())
    closed = f"http://127.0.0.1:{free_port()}/xAPI/"
    runs = {name: subprocess.Popen([binary, "export", "--lrs", url, "--auth", credentials, path], cwd=ROOT, env=environment,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name, url, credentials, path in (("wrong", ralph.url, "again:wrong", golden[0]),
                                                  ("closed", closed, f"again:{PASSWORD}", golden[0]),
                                                  ("failing", ralph.url, f"again:{PASSWORD}", golden[1]))}
    children.extend(runs.values())
    finished = {name: (run.wait(300), run.communicate()[1]) for name, run in runs.items()}
    if finished["wrong"][0] != 1 or "refused the credentials (HTTP 401" not in finished["wrong"][1] or "{" in finished["wrong"][1]:
        fail(f"a wrong password: {finished['wrong']}")
    if finished["closed"][0] != 1 or f"cannot reach the learning record store at {closed}" not in finished["closed"][1]:
        fail(f"a closed port: {finished['closed']}")
    tries = ralph.posts()[before:]
    if finished["failing"][0] != 1 or "HTTP 500" not in finished["failing"][1] or tries.count(500) != 6:
        fail(f"a 500 on every try: POSTs {tries}: {finished['failing']}")
    print(f"lrs: posting a session again stored nothing twice (200 then 204); a wrong password, a closed port and a 500 "
          f"({tries.count(500)} tries) each ended with status 1 and a one-line reason")


def check_serve(binary, folder, data, auth_file, environment):
    # 3. spar serve --lrs: the LRS down while a session is played, then up.
    lrs_port = free_port()
    lrs_url = f"http://127.0.0.1:{lrs_port}/xAPI/"
    ready_file = os.path.join(folder, "ready.json")
    database = os.path.join(folder, "classroom.sqlite")
    server = subprocess.Popen([binary, "serve", "valve-retrofit", "--port", "0", "--ready-json", ready_file, "--db", database,
                               "--token", "lrs-test", "--lrs", lrs_url, "--auth", f"serve:{PASSWORD}"],
                              cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    children.append(server)

    def ready():
        if server.poll() is not None:
            fail(f"spar serve exited {server.returncode}: {server.stdout.read()}")
        return os.path.exists(ready_file)
    wait_until(120, ready, "spar serve's ready file")
    ready_info = json.load(open(ready_file))
    inputs = spar(binary, "explore", "valve-retrofit", "--inputs", "best", environment=environment)
    if inputs.returncode != 0:
        fail(f"spar explore: {inputs.stderr}")
    join = spar(binary, "join", ready_info["classes"][0]["code"], "--server", ready_info["url"], "--name", "lrs-trainee",
                stdin=inputs.stdout, environment=environment)
    if join.returncode != 0:
        fail(f"spar join exited {join.returncode}: {join.stderr}")
    transcripts = os.path.join(folder, "class")
    exported = os.path.join(folder, "class.json")
    for arguments in (["class", "export", "--db", database, "--out", transcripts], ["export", "--xapi", exported, transcripts]):
        result = spar(binary, *arguments, environment=environment)
        if result.returncode != 0:
            fail(f"spar {' '.join(arguments[:2])}: {result.stderr}")
    expected = json.load(open(exported))
    if not expected or expected[-1]["verb"]["id"] != "http://adlnet.gov/expapi/verbs/passed":
        fail(f"the class's session did not end passed: {[s['verb']['id'] for s in expected]}")
    registration = expected[0]["context"]["registration"]
    # The LRS comes up: Ralph behind a proxy on the port spar serve was given. A request made
    # while it was down may still be waiting in the HTTP client's pool and go first, so the proxy
    # posts each request as a user of its own (Ralph's file backend takes one write per target).
    ralph = Ralph(folder, data, auth_file, free_port())
    proxy = FakeLMS(ralph.url, SERVE_USERS, None, base64.b64encode(f"serve:{PASSWORD}".encode()).decode(), port=lrs_port)
    arrived = []

    def all_arrived():
        arrived[:] = proxy.stored(registration=registration)
        return len(arrived) >= len(expected)
    if not wait_until(60, all_arrived, None):
        server.kill()
        fail(f"{len(arrived)} of the {len(expected)} statements forwarded by spar serve arrived; the LRS logged POSTs "
             f"{ralph.posts()}; spar serve said:\n{server.stdout.read()[-3000:]}")
    time.sleep(1)  # a duplicate would come within the forwarder's next round
    arrived = proxy.stored(registration=registration)
    ids = [statement["id"] for statement in arrived]
    if len(ids) != len(set(ids)) or set(ids) != {statement["id"] for statement in expected}:
        fail(f"the LRS holds {len(ids)} statements ({len(set(ids))} ids) for {len(expected)} expected")
    by_id = {statement["id"]: statement for statement in arrived}
    for statement in expected:
        if comparable(by_id[statement["id"]]) != comparable(statement):
            fail(f"forwarded statement {statement['id']} differs from spar export's")
    if proxy.problems or any(not 200 <= code < 300 for code in ralph.posts()):
        fail(f"spar serve's POSTs: {ralph.posts()}; {proxy.problems}")
    saved = os.path.join(ROOT, ".build", "lrs-test")
    os.makedirs(saved, exist_ok=True)
    with open(os.path.join(saved, "one-session.json"), "w") as file:
        for user in SERVE_USERS[:proxy.next_user]:
            raw = requests.get(ralph.url + "statements", params={"registration": registration, "limit": 100},
                               auth=(user, PASSWORD), headers=HEADERS, timeout=30)
            file.write(raw.text + "\n")
    print(f"lrs: spar serve --lrs with the LRS down for a whole session: once up, all {len(expected)} statements "
          f"arrived, once each, equal to spar export's ({len(ralph.posts())} POSTs, all 2xx); "
          f"Ralph's answers saved in .build/lrs-test/one-session.json")
    proxy.shutdown()
    server.send_signal(signal.SIGTERM)
    server.wait(30)
    return ralph


class FakeLMS(http.server.ThreadingHTTPServer):
    """An LMS's side of a cmi5 launch: the fetch URL (one token, once), the LMS.LaunchData state, and
    its LRS, whose statements go to Ralph. Ralph's file backend takes one write per user target, so
    each POST goes as the next of `users`, and a query asks every one of them."""

    def __init__(self, ralph_url, users, launch_data, token, port=0):
        super().__init__(("127.0.0.1", port), FakeLMSHandler)
        self.ralph_url, self.users, self.launch_data, self.token = ralph_url, users, launch_data, token
        self.fetches, self.next_user, self.lock, self.problems, self.state_query = 0, 0, threading.Lock(), [], {}
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def stored(self, **query):
        """The statements every user posted as holds that match `query`."""
        statements = []
        for user in self.users[:self.next_user]:
            statements.extend(fetch(self.ralph_url, user, limit=100, **query))
        return statements


class FakeLMSHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *arguments):
        pass

    def answer(self, status, body=b"", content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def authorized(self):
        if self.headers.get("Authorization") != f"Basic {self.server.token}":
            self.server.problems.append(f"{self.command} {self.path} without the fetched token")
            self.answer(401, b'{"detail":"no token"}')
            return False
        if self.headers.get("X-Experience-API-Version") != "1.0.3":
            self.server.problems.append(f"{self.command} {self.path} without X-Experience-API-Version 1.0.3")
        return True

    def do_POST(self):
        lms = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/fetch":
            with lms.lock:
                lms.fetches += 1
                first = lms.fetches == 1
            # cmi5 §8.2.3: the fetch URL answers the token once; later calls get an error.
            self.answer(200, json.dumps({"auth-token": lms.token} if first else {"error-code": "1", "error-text": "already fetched"}).encode())
            return
        if self.path != "/xAPI/statements" or not self.authorized():
            self.answer(404)
            return
        with lms.lock:
            user = lms.users[lms.next_user]
            lms.next_user += 1
        response = requests.post(lms.ralph_url + "statements", data=body, auth=(user, PASSWORD),
                                 headers={**HEADERS, "Content-Type": "application/json"}, timeout=30)
        self.answer(response.status_code, response.content)

    def do_GET(self):
        lms = self.server
        path, _, query = self.path.partition("?")
        parameters = dict(urllib.parse.parse_qsl(query))
        if path == "/xAPI/activities/state":
            if not self.authorized():
                return
            if parameters.get("stateId") != "LMS.LaunchData":
                self.answer(404)
                return
            lms.state_query = parameters
            self.answer(200, json.dumps(lms.launch_data).encode())
            return
        self.answer(404)


def check_cmi5(binary, folder, ralph, environment):
    course = os.path.join(folder, "course.zip")
    database = os.path.join(folder, "cmi5.sqlite")
    ready_file = os.path.join(folder, "cmi5-ready.json")
    server = subprocess.Popen([binary, "serve", "valve-retrofit", "--cmi5", "--port", "0", "--ready-json", ready_file,
                               "--db", database, "--token", "cmi5-test", "--verbose"],
                              cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    children.append(server)

    def ready():
        if server.poll() is not None:
            fail(f"spar serve --cmi5 exited {server.returncode}: {server.stdout.read()}")
        return os.path.exists(ready_file)
    wait_until(120, ready, "spar serve --cmi5's ready file")
    spar_url = json.load(open(ready_file))["url"]
    # Practice units: the explored paths answer by choice number, which exam mode does not take.
    packaged = spar(binary, "cmi5", "package", "valve-retrofit", "--server", spar_url, "--mode", "practice", "--out", course,
                    environment=environment)
    if packaged.returncode != 0:
        fail(f"spar cmi5 package: {packaged.stderr}")
    structure = zipfile.ZipFile(course).read("cmi5.xml").decode()
    unit = re.search(r'<au id="([^"]+)" moveOn="Passed" masteryScore="([0-9.]+)" launchMethod="AnyWindow">', structure)
    unit_url = re.search(r"<url>([^<]+)</url>", structure)
    if not unit or not unit_url or not structure.startswith("<?xml"):
        fail(f"cmi5.xml has no unit as expected:\n{structure}")
    mastery = float(unit.group(2))
    # A launch without the LMS's parameters, and one of a scenario the server does not serve: a page saying why.
    bare = requests.get(unit_url.group(1).replace("&amp;", "&"), timeout=30)
    elsewhere = requests.get(spar_url + "/cmi5/launch/saas-renewal?endpoint=x", timeout=30)
    if bare.status_code != 400 or "the launch URL has no" not in bare.text or elsewhere.status_code != 400:
        fail(f"bad launches: {bare.status_code} {bare.text[:300]}; {elsewhere.status_code} {elsewhere.text[:300]}")
    results = []
    for path, verdict in (("best", "passed"), ("worst", "failed")):
        registration = str(uuid.uuid4())
        session_id = str(uuid.uuid4())
        activity = f"https://lms.example.com/courses/7/aus/{path}"
        actor = {"objectType": "Agent", "name": f"Learner {path}", "account": {"homePage": "https://lms.example.com", "name": f"learner-{path}"}}
        grouping = {"objectType": "Activity", "id": "https://lms.example.com/courses/7"}
        users = CMI5_USERS[path]
        token = base64.b64encode(b"ignored:by-the-fake-lms").decode()
        lms = FakeLMS(ralph.url, users, {"contextTemplate": {"contextActivities": {"grouping": [grouping]},
                                                             "extensions": {"https://w3id.org/xapi/cmi5/context/extensions/sessionid": session_id}},
                                         "launchMode": "Normal", "masteryScore": mastery, "moveOn": "Passed",
                                         "returnURL": "https://lms.example.com/return"}, token)
        query = urllib.parse.urlencode(quote_via=urllib.parse.quote, query={"endpoint": lms.url + "/xAPI/", "fetch": lms.url + "/fetch", "actor": json.dumps(actor),
                                        "registration": registration, "activityId": activity})
        page = requests.get(unit_url.group(1).replace("&amp;", "&") + "&" + query, timeout=60)
        code = re.search(r"spar join ([A-Z2-9]{6}) --server (\S+)</pre>", page.text)
        if page.status_code != 200 or not code:
            fail(f"the launch page ({page.status_code}) shows no join command: {page.text[:600]}")
        inputs = spar(binary, "explore", "valve-retrofit", "--inputs", path, environment=environment)
        join = spar(binary, "join", code.group(1), "--server", code.group(2), "--name", f"learner-{path}", stdin=inputs.stdout,
                    environment=environment)
        if join.returncode != 0:
            fail(f"spar join of the cmi5 class exited {join.returncode}: {join.stderr}")
        stored = []

        def terminated():
            stored[:] = lms.stored(registration=registration)
            return any(s["verb"]["id"].endswith("/terminated") for s in stored)
        if not wait_until(60, terminated, None):
            server.kill()
            fail(f"no terminated statement reached the LMS's LRS: it holds {[s['verb']['id'] for s in stored]}, "
                 f"Ralph logged POSTs {ralph.posts()}, the LMS saw {lms.problems}; spar serve said:\n{server.stdout.read()[-3000:]}")
        stored.sort(key=lambda s: s["timestamp"])
        verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in stored]
        if verbs != ["initialized", "completed", verdict, "terminated"]:
            fail(f"cmi5 statements of the {path} session: {verbs}")
        if lms.problems or lms.fetches != 1:
            fail(f"the LMS saw: {lms.problems}, {lms.fetches} fetches")
        if json.loads(lms.state_query.get("agent", "{}")) != actor or lms.state_query.get("registration") != registration:
            fail(f"LMS.LaunchData was asked for {lms.state_query}")
        for statement in stored:
            verb = statement["verb"]["id"].rsplit("/", 1)[1]
            context = statement["context"]
            categories = [c["id"] for c in context["contextActivities"].get("category", [])]
            problems = []
            if statement["actor"] != actor: problems.append(f"actor {statement['actor']}")
            if statement["object"]["id"] != activity: problems.append(f"object {statement['object']}")
            if context.get("registration") != registration: problems.append("registration")
            if "https://w3id.org/xapi/cmi5/context/categories/cmi5" not in categories: problems.append("no cmi5 category")
            if (verb in ("completed", "passed", "failed")) != ("https://w3id.org/xapi/cmi5/context/categories/moveon" in categories):
                problems.append(f"moveon category {categories}")
            if context.get("extensions", {}).get("https://w3id.org/xapi/cmi5/context/extensions/sessionid") != session_id:
                problems.append("session id")
            if grouping not in context["contextActivities"].get("grouping", []): problems.append("the template's grouping")
            if verb in ("passed", "failed"):
                result = statement["result"]
                if context["extensions"].get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore") != mastery:
                    problems.append("masteryscore")
                if result.get("success") != (verb == "passed"): problems.append(f"success {result.get('success')}")
                scaled = result.get("score", {}).get("scaled")
                if verb == "passed" and not (scaled is not None and scaled >= mastery): problems.append(f"scaled {scaled}")
                if verb == "failed" and scaled is not None and scaled >= mastery: problems.append(f"failed with scaled {scaled}")
                results.append(f"{path}: {verb} {scaled}")
            if verb != "initialized" and not statement.get("result", {}).get("duration", "").startswith("PT"):
                problems.append("duration")
            if problems:
                fail(f"cmi5 {verb} statement of the {path} session: {', '.join(problems)}:\n{json.dumps(statement, ensure_ascii=False)}")
        lms.shutdown()
    server.send_signal(signal.SIGTERM)
    server.wait(30)
    print(f"cmi5: spar cmi5 package wrote a unit with masteryScore {mastery}; two launches from a fake LMS in front of Ralph "
          f"each sent initialized, completed, passed/failed, terminated with the cmi5 context ({'; '.join(results)})")


if __name__ == "__main__":
    main()
