#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
"""Hostile-input probe: drives inferometer-cli as an attacker would and reports anything that is not a clean result
or a clean error.

    tests/probe/probe.py --cli build/app/inferometer-cli [--usage 4200] [--gguf 1300] [--kills 15]
                         [--kill-events 1000000] [--seed 1] [--only usage,gguf,workspace,kill,live]

Parts (each counts its runs and findings; the exit status is 1 when any part found something):
  usage      mutated usage files of every format (byte flips, extreme numbers, deep nesting, NUL bytes, huge
             strings, truncation, repeated and spliced lines) imported into workspaces. A run must exit 0 or 1 without
             a signal or a sanitizer report, inside its time and memory limits; a committed file re-imported must add
             nothing; report, anomalies and maturity must still succeed with no negative token, call or list-cost total.
  gguf       mutated GGUF models (header, metadata and tensor-table bytes, NaN/Inf weights, huge counts, truncation):
             perplexity must exit 0 with a finite value or 1 with a message.
  workspace  unusual workspace files (empty, random, truncated, a folder, another program's SQLite file, a future
             schema, a damaged page): a clean error naming the file, and a foreign file left byte for byte.
  kill       kill -9 at random moments of a large import, of a price re-application and of demo generation: the
             workspace must pass SQLite's integrity check and hold all of a file or none of it.
  live       loopback endpoints that never answer, answer one byte a second, send 200 MB, garbage or NUL bytes, or
             reset their counters: scrape must finish within its timeout and memory limit.
Only the Python standard library is used. Nothing is written outside a temporary folder (--keep keeps it).
"""

import argparse
import hashlib
import http.server
import json
import math
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANITIZER = re.compile(rb"AddressSanitizer|LeakSanitizer|runtime error:|terminate called|std::bad_alloc|"
                       rb"Assertion .* failed|QIODevice::|Segmentation fault|double free")
MEMORY_LIMIT = 4 << 30  # bytes of address space for each CLI run
TIME_LIMIT = 120        # seconds for each CLI run
MAX_USAGE_BYTES = 64 << 20  # a mutated usage file is cut to this


class Probe:
    def __init__(self, args, tmp):
        self.cli = os.path.abspath(args.cli)
        self.tmp = tmp
        self.rng = random.Random(args.seed)
        self.findings = []
        self.counts = {}

    def limit(self):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def run(self, argv, timeout=TIME_LIMIT, allowed=(0, 1)):
        """Runs the CLI; returns (rc, stdout, stderr, seconds) and records a finding for a signal, a timeout, an
        unexpected exit status or a sanitizer report."""
        start = time.monotonic()
        try:
            p = subprocess.run([self.cli] + argv, capture_output=True, timeout=timeout, preexec_fn=self.limit,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        except subprocess.TimeoutExpired:
            self.find("timeout", argv, f"no result after {timeout} s")
            return None, b"", b"", timeout
        took = time.monotonic() - start
        if p.returncode < 0:
            self.find("signal", argv, f"killed by signal {-p.returncode}: {p.stderr[-400:]!r}")
        elif p.returncode not in allowed:
            self.find("exit", argv, f"exit {p.returncode}: {p.stderr[-400:]!r}")
        m = SANITIZER.search(p.stderr)
        if m:
            self.find("report", argv, p.stderr[max(0, m.start() - 200):m.start() + 400].decode(errors="replace"))
        return p.returncode, p.stdout, p.stderr, took

    def find(self, kind, argv, detail):
        saved = [a for a in argv if os.path.exists(a) and self.tmp in os.path.abspath(a)]
        keep = os.path.join(self.tmp, "findings")
        os.makedirs(keep, exist_ok=True)
        kept = []
        for a in saved:
            if os.path.isfile(a):
                dest = os.path.join(keep, f"{len(self.findings):04d}-{os.path.basename(a)}")
                shutil.copyfile(a, dest)
                kept.append(dest)
        self.findings.append((self.part, kind, " ".join(argv), detail, kept))
        print(f"  FINDING [{self.part}/{kind}] {' '.join(argv)}\n    {detail}\n    kept: {kept}", flush=True)

    def count(self, what, n=1):
        self.counts[(self.part, what)] = self.counts.get((self.part, what), 0) + n

    # ---------------------------------------------------------------- usage files

    USAGE_SEEDS = [
        ("jsonl", "tests/data/ingest/good.jsonl"),
        ("anthropic-usage", "tests/data/ingest/anthropic/usage_pages.json"),
        ("anthropic-usage", "tests/data/ingest/anthropic/usage_pages.jsonl"),
        ("langfuse-json", "tests/data/ingest/langfuse/observations.json"),
        ("langfuse-csv", "tests/data/ingest/langfuse/observations.csv"),
        ("litellm-spendlogs", "tests/data/ingest/litellm/spendlogs.json"),
        ("litellm-spendlogs", "tests/data/ingest/litellm/spendlogs.csv"),
        ("litellm-daily", "tests/data/ingest/litellm/daily_team.json"),
        ("otlp", "tests/data/ingest/otlp/agent_trace.json"),
        ("otlp", "tests/data/ingest/otlp/openinference.jsonl"),
    ]
    EXTREME = [b"0", b"-1", b"9223372036854775807", b"9223372036854775808", b"-9223372036854775808", b"1e308",
               b"1e999", b"-0", b"1.5e16", b"5e18", b"NaN", b"Infinity", b"99999999999999999999999", b"0.0000001",
               b"1000000000000", b"1000000000001", b"4611686018427387904", b"\"12\"", b"null", b"[]", b"{}"]

    def usage_seeds(self):
        seeds = [(fmt, os.path.join(ROOT, path)) for fmt, path in self.USAGE_SEEDS]
        for d in ("tests/data/ingest", "tests/data/ingest/openai", "tests/data/ingest/focus"):
            full = os.path.join(ROOT, d)
            if os.path.isdir(full):
                for name in sorted(os.listdir(full)):
                    f = os.path.join(full, name)
                    if os.path.isfile(f) and not name.startswith("bad") and os.path.getsize(f) > 0:
                        seeds.append(("auto", f))
        return [(fmt, f) for fmt, f in seeds if os.path.isfile(f)]

    def mutate(self, data, other):
        r = self.rng
        kind = r.randrange(11)
        if not data:
            return data
        if kind == 0:  # byte flips
            b = bytearray(data)
            for _ in range(r.randint(1, 8)):
                b[r.randrange(len(b))] = r.randrange(256)
            return bytes(b)
        if kind == 1:  # an extreme number where a number was
            nums = list(re.finditer(rb"-?\d+(\.\d+)?", data))
            if nums:
                m = r.choice(nums)
                return data[:m.start()] + r.choice(self.EXTREME) + data[m.end():]
        if kind == 2:  # truncated
            return data[:r.randrange(len(data))]
        if kind == 3:  # a line repeated many times
            lines = data.split(b"\n")
            i = r.randrange(len(lines))
            lines[i:i + 1] = [lines[i]] * r.choice([2, 10, 1000, 20000])
            return b"\n".join(lines)
        if kind == 4:  # deep nesting where a value was
            depth = r.choice([100, 511, 513, 5000, 100000])
            open_, close = (b"[", b"]") if r.random() < 0.5 else (b'{"a":', b"}")
            pos = r.randrange(len(data))
            return data[:pos] + open_ * depth + b"1" + close * depth + data[pos:]
        if kind == 5:  # NUL bytes and broken UTF-8
            pos = r.randrange(len(data))
            return data[:pos] + r.choice([b"\0", b"\0" * 64, b"\xff\xfe", b"\xc3", b"\xed\xa0\x80"]) + data[pos:]
        if kind == 6:  # a huge string value
            strs = list(re.finditer(rb'"[^"\n]{1,40}"', data))
            if strs:
                m = r.choice(strs)
                return data[:m.start()] + b'"' + b"x" * r.choice([65536, 1 << 20, 8 << 20]) + b'"' + data[m.end():]
        if kind == 7:  # lines swapped or dropped
            lines = data.split(b"\n")
            if len(lines) > 2:
                i, j = r.randrange(len(lines)), r.randrange(len(lines))
                if r.random() < 0.5:
                    lines[i], lines[j] = lines[j], lines[i]
                else:
                    del lines[i]
            return b"\n".join(lines)
        if kind == 8:  # spliced with another seed
            return data[:r.randrange(len(data))] + other[r.randrange(len(other)):]
        if kind == 9:  # a string where a number was, a number or object where a string was
            strs = list(re.finditer(rb'"[^"\n]{1,40}"', data))
            if strs:
                m = r.choice(strs)
                return data[:m.start()] + r.choice([b"12", b"null", b"{}", b"[1,2]", b"true", b'""']) + data[m.end():]
        if kind == 10:  # every number negated
            return re.sub(rb"(?<![\w.\-])(\d+)", lambda m: b"-" + m.group(1) if r.random() < 0.3 else m.group(1),
                          data)
        b = bytearray(data)
        b[r.randrange(len(b))] ^= 0xFF
        return bytes(b)

    def check_reports(self, ws):
        rc, out, _, _ = self.run(["report", "--workspace", ws, "--json"], allowed=(0,))
        if rc == 0:
            try:
                totals = json.loads(out)["totals"]
            except (ValueError, KeyError) as e:
                self.find("report-json", ["report", "--workspace", ws], f"not a report: {e}: {out[:200]!r}")
                return
            for key, value in totals.items():
                if isinstance(value, (int, float)) and key.endswith(("_tokens", "calls", "events", "list_cost_nusd")):
                    if value < 0:
                        self.find("negative", ["report", "--workspace", ws], f"{key} = {value}")
                if isinstance(value, float) and not math.isfinite(value):
                    self.find("nonfinite", ["report", "--workspace", ws], f"{key} = {value}")
        for command in (["anomalies", "--workspace", ws], ["maturity", "--workspace", ws]):
            self.run(command + ["--json"], allowed=(0,))
            self.count("reports")

    def probe_usage(self, n):
        seeds = self.usage_seeds()
        datas = [open(f, "rb").read() for _, f in seeds]
        work = os.path.join(self.tmp, "usage")
        os.makedirs(work)
        workspaces = [os.path.join(work, f"w{i}.inferometer") for i in range(4)]
        for i in range(n):
            k = i % len(seeds)
            fmt, path = seeds[k]
            data = datas[k]
            for _ in range(self.rng.choice([1, 1, 1, 2, 3])):
                data = self.mutate(data, self.rng.choice(datas))
                # stacked repeats and huge strings can reach gigabytes: that measures the disk, not the parser
                data = data[:MAX_USAGE_BYTES]
            ext = os.path.splitext(path)[1]
            f = os.path.join(work, f"m{i}{ext}")
            with open(f, "wb") as out:
                out.write(data)
            ws = workspaces[i % len(workspaces)]
            argv = ["import", "--workspace", ws, f, "--json"] + (["--format", fmt] if fmt != "auto" else [])
            rc, out, _, took = self.run(argv)
            self.count("imports")
            if rc == 0:
                self.count("committed")
                # a re-import adds nothing
                rc2, out2, _, _ = self.run(argv)
                if rc2 == 0:
                    try:
                        files = json.loads(out2)["files"]
                        added = sum(x.get("imported", 0) for x in files)
                    except (ValueError, KeyError):
                        added = -1
                    if added != 0:
                        self.find("duplicate", argv, f"the re-import added {added} events")
            elif rc == 1:
                self.count("refused")
            if (i % 25 == 24 or i == n - 1) and os.path.exists(ws):
                self.check_reports(ws)
            os.unlink(f)
            if i % 200 == 199:
                print(f"  usage: {i + 1}/{n}", flush=True)

    # ---------------------------------------------------------------- GGUF models

    def probe_gguf(self, n):
        models = [os.path.join(self.shared, "models", m) for m in
                  ("stories260K-f32.gguf", "stories260K-Q8_0.gguf", "stories260K-Q4_0.gguf",
                   "stories260K-wide-Q4_K_M.gguf", "stories260K-wide-Q6_K.gguf", "stories260K-wide-qwen2-Q4_K_M.gguf")]
        models = [m for m in models if os.path.isfile(m)]
        if not models:
            print("  gguf: no models in the shared folder; skipped", flush=True)
            return
        datas = [open(m, "rb").read() for m in models]
        text = os.path.join(ROOT, "tests/data/inference/story.txt")
        work = os.path.join(self.tmp, "gguf")
        os.makedirs(work)
        r = self.rng
        for i in range(n):
            b = bytearray(datas[i % len(datas)])
            kind = r.randrange(6)
            if kind == 0:  # header, metadata and tensor table
                for _ in range(r.randint(1, 6)):
                    b[r.randrange(min(len(b), 8192))] = r.randrange(256)
            elif kind == 1:  # a NaN or Inf weight as an f32 or f16 bit pattern
                pos = r.randrange(len(b) // 2, len(b) - 4)
                b[pos:pos + 4] = r.choice([b"\x00\x00\xc0\x7f", b"\x00\x00\x80\x7f", b"\x00\x00\x80\xff",
                                           b"\x00\x7e\x00\x7e", b"\x00\x7c\x00\xfc"])
            elif kind == 2:  # a huge count or length in the first kilobytes
                pos = r.randrange(8, min(len(b), 4096) - 8)
                b[pos:pos + 8] = r.choice([b"\xff" * 8, b"\xff\xff\xff\x7f\x00\x00\x00\x00",
                                           b"\x00\x00\x00\x00\x01\x00\x00\x00"])
            elif kind == 3:  # truncated
                del b[r.randrange(len(b)):]
            elif kind == 4:  # bytes anywhere
                for _ in range(r.randint(1, 32)):
                    b[r.randrange(len(b))] = r.randrange(256)
            else:  # a byte run zeroed
                pos = r.randrange(len(b))
                b[pos:pos + r.randint(1, 4096)] = bytes(min(len(b) - pos, 4096))[:len(b[pos:pos + 4096])]
            f = os.path.join(work, f"m{i}.gguf")
            with open(f, "wb") as out:
                out.write(b)
            argv = ["perplexity", f, "--text", text, "--ctx", "64", "--backend", "cpu", "--json"]
            rc, out, _, _ = self.run(argv, timeout=60)
            self.count("runs")
            if rc == 0:
                self.count("loaded")
                try:
                    ppl = json.loads(out)["perplexity"]
                except (ValueError, KeyError) as e:
                    self.find("json", argv, f"{e}: {out[:200]!r}")
                    ppl = 1.0
                if not isinstance(ppl, (int, float)) or not math.isfinite(ppl) or ppl <= 0:
                    self.find("perplexity", argv, f"exit 0 with perplexity {ppl}")
            elif rc == 1:
                self.count("refused")
            os.unlink(f)
            if i % 200 == 199:
                print(f"  gguf: {i + 1}/{n}", flush=True)

    # ---------------------------------------------------------------- workspace files

    def probe_workspace(self):
        work = os.path.join(self.tmp, "workspace")
        os.makedirs(work)
        demo = os.path.join(work, "demo.inferometer")
        self.run(["demo", "--out", demo, "--days", "3"], allowed=(0,))
        good = open(demo, "rb").read()
        cases = {}
        cases["empty"] = b""
        cases["random"] = bytes(self.rng.randrange(256) for _ in range(65536))
        cases["truncated-half"] = good[:len(good) // 2]
        cases["truncated-header"] = good[:100]
        damaged = bytearray(good)
        for page in range(2, min(len(good) // 4096, 40)):
            damaged[page * 4096 + 100:page * 4096 + 140] = b"\xa5" * 40
        cases["damaged-pages"] = bytes(damaged)
        for name, data in cases.items():
            f = os.path.join(work, f"{name}.inferometer")
            with open(f, "wb") as out:
                out.write(data)
            before = hashlib.sha256(data).hexdigest()
            rc, _, err, _ = self.run(["report", "--workspace", f])
            self.count("files")
            if rc == 1 and os.path.basename(f).encode() not in err:
                self.find("message", ["report", "--workspace", f], f"the error does not name the file: {err[-300:]!r}")
            if name in ("random", "truncated-header") and hashlib.sha256(open(f, "rb").read()).hexdigest() != before:
                self.find("changed", ["report", "--workspace", f], "a file that is not a workspace was changed")
        for version in (0, 7, 1000):
            f = os.path.join(work, f"foreign-{version}.sqlite")
            con = sqlite3.connect(f)
            con.execute("create table notes(id integer primary key, body text)")
            con.execute("insert into notes(body) values ('mine')")
            con.execute(f"pragma user_version={version}")
            con.commit()
            con.close()
            before = open(f, "rb").read()
            rc, _, err, _ = self.run(["report", "--workspace", f])
            self.count("files")
            if rc != 1:
                self.find("foreign", ["report", "--workspace", f], f"exit {rc} for another program's SQLite file")
            if open(f, "rb").read() != before or os.path.exists(f + "-wal"):
                self.find("changed", ["report", "--workspace", f], "another program's SQLite file was changed")
            if b"no such table" in err:
                self.find("message", ["report", "--workspace", f], f"a raw SQLite error: {err[-300:]!r}")
        future = os.path.join(work, "future.inferometer")
        shutil.copyfile(demo, future)
        con = sqlite3.connect(future)
        version = con.execute("pragma user_version").fetchone()[0]
        con.execute(f"pragma user_version={version + 50}")
        con.commit()
        con.close()
        rc, _, err, _ = self.run(["report", "--workspace", future])
        self.count("files")
        if rc != 1:
            self.find("future", ["report", "--workspace", future], f"exit {rc} for a workspace from a newer version")
        folder = os.path.join(work, "folder.inferometer")
        os.makedirs(folder)
        self.run(["report", "--workspace", folder], allowed=(1,))
        self.run(["import", "--workspace", folder, os.path.join(ROOT, "tests/data/ingest/good.jsonl")], allowed=(1,))
        self.count("files", 2)

    # ---------------------------------------------------------------- kill -9

    def workspace_state(self, ws):
        con = sqlite3.connect(f"file:{ws}?mode=ro", uri=True)
        try:
            check = con.execute("pragma integrity_check").fetchone()[0]
            events = con.execute("select count(*) from events").fetchone()[0]
            prices = con.execute("select count(list_cost_nusd), coalesce(sum(list_cost_nusd), 0) from events").fetchone()
        finally:
            con.close()
        return check, events, prices

    def killed(self, argv, seconds):
        """Starts the CLI, kills it with SIGKILL after `seconds`; True when the kill came before it finished."""
        p = subprocess.Popen([self.cli] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             preexec_fn=self.limit)
        try:
            p.wait(timeout=seconds)
            return False
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            return True

    def probe_kill(self, kills, n_events):
        work = os.path.join(self.tmp, "kill")
        os.makedirs(work)
        big = os.path.join(work, "big.jsonl")
        models = ["gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "gemini-2.5-pro"]
        with open(big, "w") as out:
            for i in range(n_events):
                t = 1764547200 + i * 7
                out.write(json.dumps({
                    "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t)), "provider": "openai",
                    "model": models[i % 4], "cost_center": f"cc{i % 7}", "uncached_input_tokens": 1000 + i % 977,
                    "output_tokens": 100 + i % 313, "calls": 1, "task_id": f"t{i // 3}", "attempt": 1 + i % 3,
                    "outcome": "accepted"}) + "\n")
        ws = os.path.join(work, "w.inferometer")
        start = time.monotonic()
        self.run(["import", "--workspace", ws, big], allowed=(0,), timeout=3600)
        full = time.monotonic() - start
        check, events, _ = self.workspace_state(ws)
        if events != n_events or check != "ok":
            self.find("import", ["import", ws], f"the uninterrupted import holds {events} events, check {check}")
            return
        os.unlink(ws)
        print(f"  kill: one import of {n_events:,} events takes {full:.1f} s", flush=True)
        for k in range(kills):
            ws = os.path.join(work, f"k{k}.inferometer")
            when = self.rng.uniform(0.05, full * 1.1)
            was_killed = self.killed(["import", "--workspace", ws, big], when)
            self.count("import kills" if was_killed else "import finished")
            if not os.path.exists(ws):
                continue
            check, events, _ = self.workspace_state(ws)
            if check != "ok" or events not in (0, n_events):
                self.find("import-kill", ["import", ws], f"after kill -9 at {when:.2f} s: {events} events, {check}")
            # the next import completes it, once
            self.run(["import", "--workspace", ws, big], allowed=(0,), timeout=3600)
            check, events, _ = self.workspace_state(ws)
            if check != "ok" or events != n_events:
                self.find("import-resume", ["import", ws], f"after the re-import: {events} events, {check}")
            os.unlink(ws)
        # re-pricing: the demo's list costs cleared, so that a re-application changes every event
        ws = os.path.join(work, "demo.inferometer")
        self.run(["demo", "--out", ws, "--days", "14"], allowed=(0,), timeout=600)
        con = sqlite3.connect(ws)
        con.execute("update events set list_cost_nusd = null")
        con.commit()
        con.close()
        base = self.workspace_state(ws)
        done = os.path.join(work, "done.inferometer")
        shutil.copyfile(ws, done)
        start = time.monotonic()
        self.run(["prices", "--workspace", done, "--reprice"], allowed=(0,), timeout=600)
        full = time.monotonic() - start
        final = self.workspace_state(done)
        if final == base:
            self.find("reprice", ["prices", done], "the re-application changed nothing: the kill test proves nothing")
        for k in range(kills):
            copy = os.path.join(work, f"r{k}.inferometer")
            shutil.copyfile(ws, copy)
            when = self.rng.uniform(0.02, full * 1.1)
            self.count("reprice kills" if self.killed(["prices", "--workspace", copy, "--reprice"], when)
                       else "reprice finished")
            state = self.workspace_state(copy)
            if state not in (base, final):
                self.find("reprice-kill", ["prices", copy], f"after kill -9 at {when:.2f} s: {state}, neither "
                          f"{base} nor {final}")
            for extra in ("", "-wal", "-shm"):
                if os.path.exists(copy + extra):
                    os.unlink(copy + extra)

    # ---------------------------------------------------------------- live endpoints

    def probe_live(self):
        big = b"# HELP x y\n" + b"x_total 1\n" * (20 << 20)

        class Handler(http.server.BaseHTTPRequestHandler):
            counter = [0]

            def log_message(self, *a):
                pass

            def do_GET(self):
                mode = self.path.strip("/")
                try:
                    if mode == "silent":
                        time.sleep(60)
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain; version=0.0.4")
                    if mode == "slow":
                        self.end_headers()
                        for _ in range(60):
                            self.wfile.write(b"#")
                            self.wfile.flush()
                            time.sleep(1)
                    elif mode == "huge":
                        self.send_header("Content-Length", str(len(big) * 10))
                        self.end_headers()
                        for _ in range(10):
                            self.wfile.write(big)
                    elif mode == "garbage":
                        self.end_headers()
                        self.wfile.write(bytes(random.randrange(256) for _ in range(100000)))
                    elif mode == "nul":
                        self.end_headers()
                        self.wfile.write(b"vllm:generation_tokens_total 12\0\0\0\nvllm:\0 1\n" + b"\0" * 10000)
                    elif mode == "reset":
                        self.end_headers()
                        Handler.counter[0] += 1
                        value = 1000 if Handler.counter[0] % 2 else 10
                        self.wfile.write(f"vllm:generation_tokens_total {value}\n"
                                         f"vllm:prompt_tokens_total {value * 3}\n".encode())
                except (BrokenPipeError, ConnectionResetError):
                    pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        try:
            for mode in ("silent", "slow", "huge", "garbage", "nul", "reset"):
                argv = ["scrape", f"http://127.0.0.1:{port}/{mode}", "--count", "3", "--interval", "1",
                        "--timeout", "3", "--json"]
                rc, out, err, took = self.run(argv, timeout=60)
                self.count("endpoints")
                # three scrapes, each within its 3 s deadline, and the two 1 s intervals between them
                if took > 3 * 3 + 2 + 5:
                    self.find("slow", argv, f"took {took:.1f} s")
                if mode == "reset" and rc == 0 and b"-" in re.sub(rb'"[^"]*"', b"", out).replace(b"e-", b""):
                    self.find("negative", argv, f"a negative value after a counter reset: {out[:300]!r}")
        finally:
            server.shutdown()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/app/inferometer-cli"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--usage", type=int, default=4200)
    ap.add_argument("--gguf", type=int, default=1300)
    ap.add_argument("--kills", type=int, default=15)
    ap.add_argument("--kill-events", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="usage,gguf,workspace,kill,live")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="inferometer-probe-")
    probe = Probe(args, tmp)
    probe.shared = args.shared
    parts = args.only.split(",")
    started = time.monotonic()
    try:
        for part in parts:
            probe.part = part
            t0 = time.monotonic()
            print(f"{part}:", flush=True)
            if part == "usage":
                probe.probe_usage(args.usage)
            elif part == "gguf":
                probe.probe_gguf(args.gguf)
            elif part == "workspace":
                probe.probe_workspace()
            elif part == "kill":
                probe.probe_kill(args.kills, args.kill_events)
            elif part == "live":
                probe.probe_live()
            else:
                sys.exit(f"probe: no part {part}")
            probe.counts[(part, "seconds")] = round(time.monotonic() - t0)
    finally:
        print("\n| part | what | count |\n|---|---|---|")
        for (part, what), n in probe.counts.items():
            print(f"| {part} | {what} | {n:,} |")
        print(f"\n{len(probe.findings)} findings in {time.monotonic() - started:.0f} s"
              + (f"; inputs kept in {tmp}/findings" if probe.findings else ""))
        if not args.keep and not probe.findings:
            shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if probe.findings else 0)


if __name__ == "__main__":
    main()
