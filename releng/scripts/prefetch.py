#!/usr/bin/env python3
"""Fetches the files a cold build takes from Maven Central, many at a time, before Maven asks for them one at a time.

A build in an empty local repository spends its first minutes fetching about 1,800 poms and jars (Tycho's target
platform, the plugins) one after the other, the processors idle: each takes a round trip or four (the file, its
checksum). targetplatform/maven-central.lock lists them with their SHA-1; this script fetches what the local
repository lacks, sixteen at a time over kept-alive connections, checks each against the lock and puts it where
Maven looks. A file that fails or differs is left out, and Maven fetches it itself (and checks it) as before: the
lock makes a build faster, never different. A file that is no longer needed costs only its download; one the lock
lacks is fetched by Maven.

    prefetch.py LOCAL_REPOSITORY           fetches what the lock lists and LOCAL_REPOSITORY lacks (./test.sh)
    prefetch.py --write LOCAL_REPOSITORY   records what a cold build fetched from Maven Central into LOCAL_REPOSITORY
                                           (after a dependency changed: ./test.sh in an empty repository, then this)
"""
import hashlib
import os
import http.client
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "targetplatform" / "maven-central.lock"
HOST = "repo.maven.apache.org"
BASE = "/maven2/"
THREADS = 16


def sha1(data):
    return hashlib.sha1(data).hexdigest()


def write_lock(repository):
    """Every file Maven's resolver recorded as fetched from central (its _remote.repositories), with its SHA-1."""
    rows = []
    for tracking in sorted(repository.rglob("_remote.repositories")):
        for line in tracking.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or ">central=" not in line:
                continue
            file = tracking.parent / line.split(">", 1)[0]
            if file.is_file():
                rows.append(f"{sha1(file.read_bytes())} {file.relative_to(repository).as_posix()}\n")
    # written beside the lock and renamed over it: an interrupted --write leaves the old lock whole
    partial = LOCK.with_name(LOCK.name + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write("# SHA-1 and path of each file a cold build fetches from Maven Central (releng/scripts/prefetch.py "
                  "--write)\n")
        out.writelines(rows)
    os.replace(partial, LOCK)
    print(f"prefetch: {len(rows)} files recorded in {LOCK.relative_to(ROOT)}")


local = threading.local()


def fetch(repository, digest, path):
    """The file into the repository if the server gives it and its SHA-1 is the lock's; else why not."""
    for attempt in (1, 2):
        try:
            if not hasattr(local, "connection"):
                local.connection = http.client.HTTPSConnection(HOST, timeout=60)
            local.connection.request("GET", BASE + path, headers={"User-Agent": "hyoka-prefetch"})
            response = local.connection.getresponse()
            data = response.read()
            break
        except (OSError, http.client.HTTPException) as problem:
            local.__dict__.pop("connection", None)
            if attempt == 2:
                return f"{path}: {problem}"
    if response.status != 200:
        return f"{path}: HTTP {response.status}"
    if sha1(data) != digest:
        return f"{path}: its SHA-1 is not the lock's; left to Maven"
    target = repository / path
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.{threading.get_ident()}.part")
    part.write_bytes(data)
    part.replace(target)  # whole or not at all, for a Maven reading beside us
    return None


def prefetch(repository):
    if not LOCK.is_file():
        return 0
    wanted = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, path = line.split(" ", 1)
            if not (repository / path).exists():
                wanted.append((digest, path))
    if not wanted:
        return 0
    started = time.monotonic()
    with ThreadPoolExecutor(THREADS) as pool:
        problems = [p for p in pool.map(lambda row: fetch(repository, *row), wanted) if p]
    print(f"prefetch: {len(wanted) - len(problems)} of {len(wanted)} files from Maven Central in "
          f"{time.monotonic() - started:.0f} s into {repository}")
    for problem in problems[:10]:
        print(f"prefetch: {problem}", file=sys.stderr)
    return 0


def main(args):
    if len(args) == 2 and args[0] == "--write":
        write_lock(Path(args[1]))
        return 0
    if len(args) == 1 and not args[0].startswith("-"):
        return prefetch(Path(args[0]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
