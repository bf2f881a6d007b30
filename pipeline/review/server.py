"""A local doccano 1.8.4 server: its own virtual environment, data directory, start and stop.

doccano needs pydantic 2 and its own pins, so it lives in `.venv-doccano/` beside
the project's `.venv/` and is only ever run as a subprocess. Everything a server
writes (SQLite DB, media, logs, settings module, secret key) stays in one data
directory. The server binds 127.0.0.1 only (gunicorn directly, never
`doccano webserver`, which binds 0.0.0.0).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ZhanjiError

DOCCANO_REQUIREMENTS = ("doccano==1.8.4", "numpy<2", "marshmallow<4")
REPO_ROOT = Path(__file__).resolve().parents[2]
ENV_STAMP = ".zhanji-installed"
TEMPLATE_DB = "zhanji-template.sqlite3"
SETTINGS_MODULE = "zhanji_doccano_settings"


def venv_dir() -> Path:
    """Where the doccano environment lives (env ZHANJI_DOCCANO_VENV overrides)."""
    return Path(os.environ.get("ZHANJI_DOCCANO_VENV", REPO_ROOT / ".venv-doccano")).resolve()


def env_is_ready(venv: Path | None = None) -> bool:
    venv = venv or venv_dir()
    return (venv / ENV_STAMP).exists() and (venv / "bin" / "python").exists()


def _stamp_text() -> str:
    return " ".join(DOCCANO_REQUIREMENTS) + "\n"


def ensure_env(venv: Path | None = None, python: str | None = None, echo=print) -> Path:
    """Create the doccano environment unless it is already there; return its path."""
    venv = venv or venv_dir()
    stamp = venv / ENV_STAMP
    if env_is_ready(venv) and stamp.read_text() == _stamp_text():
        return venv
    python = python or os.environ.get("ZHANJI_DOCCANO_PYTHON") or shutil.which("python3.11") or ""
    if not python:
        raise ZhanjiError("cannot create the doccano environment: python3.11 not found on PATH")
    echo(f"creating the doccano environment in {venv} (one time, a few minutes) ...")
    steps = [
        [python, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *DOCCANO_REQUIREMENTS],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise ZhanjiError(f"cannot create the doccano environment in {venv}: {' '.join(step[:4])} failed: {last}")
    stamp.write_text(_stamp_text())
    return venv


def backend_dir(venv: Path | None = None) -> Path:
    """doccano's Django project folder inside the environment (holds config/, manage.py)."""
    venv = venv or venv_dir()
    found = sorted(venv.glob("lib/python3*/site-packages/backend/config/wsgi.py"))
    if not found:
        raise ZhanjiError(f"doccano is not installed in {venv}: run `zhanji review setup`")
    return found[0].parent.parent


def _settings_text(eager: bool) -> str:
    lines = [
        '"""Written by zhanji: doccano production settings for a local, 127.0.0.1-only server."""',
        "from config.settings.production import *  # noqa: F401,F403",
        "from django.db.backends.signals import connection_created",
        "",
        "",
        "def _sqlite_pragmas(sender, connection, **kwargs):",
        "    # WAL: readers do not wait for the writer; one fsync per checkpoint, not per request",
        "    if connection.vendor == 'sqlite':",
        "        with connection.cursor() as cursor:",
        "            cursor.execute('PRAGMA journal_mode=WAL')",
        f"            cursor.execute('PRAGMA synchronous={'OFF' if eager else 'NORMAL'}')",
        "            cursor.execute('PRAGMA busy_timeout=20000')",
        "",
        "",
        "connection_created.connect(_sqlite_pragmas)",
        "",
    ]
    if eager:
        lines += [
            "# tests: run upload/export tasks inside the web process, no worker needed",
            "CELERY_TASK_ALWAYS_EAGER = True",
            "CELERY_TASK_EAGER_PROPAGATES = True",
        ]
    return "\n".join(lines) + "\n"


def server_env(data_dir: Path, eager: bool = False) -> dict[str, str]:
    """Environment for every doccano process of this data directory."""
    data_dir = data_dir.resolve()
    conf_dir = data_dir / "zhanji"
    conf_dir.mkdir(parents=True, exist_ok=True)
    (conf_dir / f"{SETTINGS_MODULE}.py").write_text(_settings_text(eager), encoding="utf-8")
    key_file = conf_dir / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
        key_file.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DJANGO"))}
    env.update(
        {
            "PYTHONPATH": str(conf_dir),
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "DOCCANO_HOME": str(data_dir),
            "DATABASE_URL": f"sqlite:///{data_dir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(data_dir / "media"),
            "SECRET_KEY": key_file.read_text().strip(),
            "STANDALONE": "True",
            "DEBUG": "False",
            "DOCCANO_PAGE_SIZE": "100",
        }
    )
    return env


_DJANGO_PRELUDE = """
import os, sys, django
django.setup()
from django.core import management
"""

_INIT_DB = """
management.call_command("migrate", verbosity=0, interactive=False)
management.call_command("create_roles", verbosity=0)
"""

_SET_USER = """
from django.contrib.auth import get_user_model
User = get_user_model()
user, created = User.objects.get_or_create(username=os.environ["ZHANJI_NEW_USER"])
user.set_password(os.environ["ZHANJI_NEW_PASSWORD"])
if os.environ.get("ZHANJI_NEW_ADMIN") == "1":
    user.is_superuser = True
    user.is_staff = True
user.save()
print("created" if created else "updated")
"""


def run_django(data_dir: Path, code: str, venv: Path | None = None, extra_env: dict | None = None) -> str:
    """Run Python code inside doccano's Django (settings of `data_dir`); return stdout."""
    venv = venv or venv_dir()
    env = server_env(data_dir)
    env.update(extra_env or {})
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", _DJANGO_PRELUDE + code],
        cwd=backend_dir(venv),
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise ZhanjiError(f"doccano database step failed in {data_dir}: {last}")
    return done.stdout


def template_db(venv: Path | None = None) -> Path:
    return (venv or venv_dir()) / TEMPLATE_DB


def build_template_db(venv: Path | None = None) -> Path:
    """A migrated DB with doccano's roles, copied into new data directories (saves ~10 s)."""
    venv = venv or venv_dir()
    target = template_db(venv)
    if target.exists():
        return target
    with tempfile.TemporaryDirectory(prefix="zhanji-doccano-template-") as tmp:
        run_django(Path(tmp), _INIT_DB, venv)
        shutil.copyfile(Path(tmp) / "db.sqlite3", str(target) + ".tmp")
    os.replace(str(target) + ".tmp", target)
    return target


def setup(echo=print) -> Path:
    """Create .venv-doccano and its pre-migrated template DB (what `make test` needs)."""
    venv = ensure_env(echo=echo)
    backend_dir(venv)
    build_template_db(venv)
    return venv


def init_data_dir(data_dir: Path, venv: Path | None = None) -> None:
    """Give `data_dir` a migrated database (from the template when it has none yet)."""
    venv = venv or venv_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "db.sqlite3"
    if not db.exists():
        shutil.copyfile(build_template_db(venv), db)
    else:
        run_django(data_dir, _INIT_DB, venv)  # an existing DB: apply any pending migrations


def set_user(data_dir: Path, username: str, password: str, admin: bool = False, venv: Path | None = None) -> None:
    """Create the user or reset its password (admin=True makes a superuser)."""
    run_django(
        data_dir,
        _SET_USER,
        venv,
        {"ZHANJI_NEW_USER": username, "ZHANJI_NEW_PASSWORD": password, "ZHANJI_NEW_ADMIN": "1" if admin else "0"},
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def check_port_free(port: int) -> None:
    """Raise ZhanjiError when 127.0.0.1:port is taken (something answers or holds it)."""
    busy = f"port {port} on 127.0.0.1 is already in use; stop what runs there or choose another with --port"
    with socket.socket() as sock:
        sock.settimeout(1.0)
        if sock.connect_ex(("127.0.0.1", port)) == 0:
            raise ZhanjiError(busy)
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            raise ZhanjiError(busy) from None


def api_status(url: str, timeout: float = 2.0) -> int | None:
    """HTTP status of GET {url}/v1/projects, None when nothing answers."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/v1/projects", timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code
    except (urllib.error.URLError, OSError):
        return None


@dataclass
class DoccanoServer:
    """A doccano web server (and optionally its celery worker) on 127.0.0.1:port."""

    data_dir: Path
    port: int = 8000
    eager: bool = False
    worker: bool = False
    workers: int = 2
    venv: Path = field(default_factory=venv_dir)
    processes: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _log(self, name: str):
        logs = self.data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        return open(logs / f"{name}.log", "ab")

    def start(self, timeout: float = 60.0) -> "DoccanoServer":
        if api_status(self.url, timeout=1.0) is not None:
            raise ZhanjiError(f"port {self.port} is already in use ({self.url} answers); choose another with --port")
        env = server_env(self.data_dir, self.eager)
        cwd = backend_dir(self.venv)
        bin_dir = self.venv / "bin"
        web = [
            str(bin_dir / "gunicorn"),
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.workers),
            "--timeout", "120",
            "--chdir", str(cwd),
            "config.wsgi",
        ]  # fmt: skip
        self.processes.append(
            subprocess.Popen(web, cwd=cwd, env=env, stdout=self._log("web"), stderr=subprocess.STDOUT,
                             start_new_session=True)
        )
        if self.worker:
            task = [str(bin_dir / "doccano"), "task", "--concurrency", "1"]
            self.processes.append(
                subprocess.Popen(task, cwd=cwd, env=env, stdout=self._log("worker"), stderr=subprocess.STDOUT,
                                 start_new_session=True)
            )
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            web = self.processes[0]
            if web.poll() is not None:
                self.stop()
                raise ZhanjiError(f"doccano stopped at start (exit {web.returncode}); see {self.data_dir / 'logs' / 'web.log'}")
            if api_status(self.url, timeout=1.0) in (200, 401, 403):
                return
            time.sleep(0.2)
        self.stop()
        raise ZhanjiError(f"doccano did not answer on {self.url} within {timeout:.0f} s; see {self.data_dir / 'logs' / 'web.log'}")

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.processes.clear()

    def __enter__(self) -> "DoccanoServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> None:  # python -m pipeline.review.server: same as `zhanji review setup`
    try:
        print(setup())
    except ZhanjiError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
