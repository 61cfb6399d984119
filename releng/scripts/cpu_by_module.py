#!/usr/bin/env python3
"""Where a build's processor time goes, by module (docs/benchmarks.md, "Where the processor time goes, by module").

Samples /proc every second until ROOT_PID is gone, and gives each child of a Maven JVM below ROOT_PID (a module's
test runtime or script) the processor time of everything it started: the largest sum, over the samples, of user,
system and waited-for children's time of its living processes. Maven's JVMs get their own time, every Xvfb its own.
Writes one line per child, CPU-s and then its folder and command, largest first.

    cpu_by_module.py ROOT_PID OUT.tsv      e.g. with ROOT_PID the shell running `bash .ci/run`
"""
import os, sys, time
tick = os.sysconf('SC_CLK_TCK')
root, out = int(sys.argv[1]), sys.argv[2]
names, best = {}, {}
def cmdline(pid):
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            return f.read().replace(b'\0', b' ').decode(errors='replace')
    except OSError:
        return ''
def label(pid):
    try:
        cwd = os.readlink(f'/proc/{pid}/cwd')
    except OSError:
        cwd = '?'
    return f'{cwd} :: {cmdline(pid)[:400]}'
cache = {}
while os.path.exists(f'/proc/{root}'):
    procs = {}
    for d in os.listdir('/proc'):
        if d.isdigit():
            try:
                with open(f'/proc/{d}/stat') as f:
                    s = f.read()
                r = s[s.rindex(')') + 2:].split()
                procs[int(d)] = (int(r[1]), [int(x) for x in r[11:15]], r[19])
            except (OSError, ValueError):
                pass
    sums = {}
    for pid, (ppid, t, start) in procs.items():
        ident = (pid, start)
        if ident not in cache:
            cache[ident] = cmdline(pid)
        c = cache[ident]
        if c.startswith('Xvfb') or '/Xvfb ' in c[:40]:
            key = ('xvfb', pid, start)
            names.setdefault(key, c[:80])
            sums[key] = sums.get(key, 0) + sum(t)
            continue
        chain, p = [pid], ppid
        while p in procs and p != root and p > 1:
            chain.append(p)
            p = procs[p][0]
        if p != root:
            continue
        maven = next((i for i, q in enumerate(chain) if 'classworlds' in cache.get((q, procs[q][2]), '')), None)
        if maven is None:
            key, cpu = ('above-maven',), t[0] + t[1]
        elif maven == 0:
            key, cpu = ('maven', pid, start), t[0] + t[1]
        else:
            top = chain[maven - 1]
            key, cpu = (top, procs[top][2]), sum(t)
            if key not in names:
                names[key] = label(top)
        names.setdefault(key, str(key))
        sums[key] = sums.get(key, 0) + cpu
    for k, v in sums.items():
        if v > best.get(k, 0):
            best[k] = v
    time.sleep(1)
with open(out, 'w') as f:
    for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
        f.write(f'{v / tick:.1f}\t{names[k]}\n')
