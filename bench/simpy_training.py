"""The same training-interruption model as gigawatt's simulateTrials, written for SimPy (Debian's python3-simpy,
SimPy 2.x API), to compare event-loop speed. One process per trial: it holds until the next interruption or the end
of the run, then for the restart (which a failure can interrupt), exactly as the TypeScript loop does.

Usage: /usr/bin/python3 bench/simpy_training.py TRIALS SEED  -> prints "events seconds" on one line."""
import math
import random
import sys
import time

from SimPy.Simulation import Process, hold, initialize, activate, simulate, now

MTBF = 3600.0  # mean time between unplanned interruptions, s
PLANNED_MEAN = 86400.0  # one planned maintenance a day
WRITE = 30.0
RESTART = 600.0
WORK = 365 * 86400.0
r = math.sqrt(WRITE / (2 * MTBF))
TAU = math.sqrt(2 * WRITE * MTBF) * (1 + r / 3 + r * r / 9) - WRITE
CYCLE = TAU + WRITE

events = 0


class Run(Process):
    def go(self, rng):
        global events
        committed = 0.0
        next_failure = rng.expovariate(1 / MTBF)
        next_planned = rng.expovariate(1 / PLANNED_MEAN)
        while True:
            t = now()
            left = WORK - committed
            finish_in = left + WRITE * max(0, math.ceil(left / TAU) - 1)
            nxt = min(next_failure, next_planned)
            if t + finish_in <= nxt:
                yield hold, self, finish_in
                return
            yield hold, self, nxt - t
            events += 1
            ran = nxt - t
            cycles = math.floor(ran / CYCLE)
            committed += cycles * TAU
            down = RESTART
            if next_planned < next_failure:
                committed += min(ran - cycles * CYCLE, TAU)
                down += WRITE
                next_planned = nxt + rng.expovariate(1 / PLANNED_MEAN)
            else:
                next_failure = nxt + rng.expovariate(1 / MTBF)
            resume = nxt + down
            while next_failure < resume:
                if next_failure + RESTART > resume:
                    events += 1
                    resume = next_failure + RESTART
                next_failure += rng.expovariate(1 / MTBF)
            if next_planned < resume:
                next_planned = resume + rng.expovariate(1 / PLANNED_MEAN)
            yield hold, self, resume - now()


def main():
    trials, seed = int(sys.argv[1]), int(sys.argv[2])
    start = time.perf_counter()
    for trial in range(trials):
        initialize()
        run = Run()
        activate(run, run.go(random.Random(seed * 1000003 + trial)))
        simulate(until=1e12)
    print(events, time.perf_counter() - start)


main()
