"""An independent SimPy model of the overcommitment system (tests and benchmarks only).

Written from DESIGN.md §4 without reusing expectlib.simulate's code: one request at a time
per person (a SimPy ``Resource``) or processor sharing among the started requests with
Weinberg's switching loss, an optional WIP cap (queue or refuse). No overtime, no honest
quote (those are checked against analytic results and the FIFO reduction instead).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import simpy

WEINBERG = {1: 0.0, 2: 0.20, 3: 0.40, 4: 0.60, 5: 0.75}


def loss(per_person: float, scale: float, cap: float) -> float:
    """Switching loss, written out by hand (linear between Weinberg's points)."""
    if per_person <= 1:
        base = 0.0
    elif per_person >= 5:
        base = 0.75 + 0.15 * (per_person - 5)
    else:
        lo = int(per_person)
        frac = per_person - lo
        base = WEINBERG[lo] + frac * (WEINBERG[lo + 1] - WEINBERG[lo])
    return min(base * scale, cap)


def run(
    interarrivals,
    sizes,
    *,
    policy="accept_all_fifo",
    hours_per_week=40.0,
    people=1,
    wip_cap=3,
    switch_scale=0.5,
    switch_cap=0.75,
    quoted_lead_weeks=2.0,
    horizon_weeks=52.0,
    drain=False,
) -> pd.DataFrame:
    """Simulate one replication; returns arrival, accepted, due, done per request."""
    env = simpy.Environment()
    n = len(sizes)
    arrival = [np.nan] * n
    done = [np.nan] * n
    accepted = [False] * n
    rem = [float(s) for s in sizes]
    if policy == "accept_all_fifo":
        staff = simpy.Resource(env, capacity=people)

        def job(i):
            with staff.request() as req:
                yield req
                yield env.timeout(sizes[i] / hours_per_week)
                done[i] = env.now

        def source():
            for i, gap in enumerate(interarrivals):
                yield env.timeout(gap)
                if env.now >= horizon_weeks:
                    return
                arrival[i] = env.now
                accepted[i] = True
                env.process(job(i))

        env.process(source())
    else:
        limit = wip_cap if policy == "wip_cap_queue" else float("inf")
        open_jobs: list[int] = []
        box = {"wake": env.event()}

        def server():
            while True:
                active = open_jobs[: int(min(len(open_jobs), limit))]
                box["wake"] = env.event()
                waits = [box["wake"]]
                rate = 0.0
                if active:
                    k = len(active)
                    share = min(1.0, people / k)
                    rate = hours_per_week * share * (1 - loss(k / people, switch_scale, switch_cap))
                    waits.append(env.timeout(min(rem[j] for j in active) / rate))
                t0 = env.now
                yield env.any_of(waits)
                elapsed = env.now - t0
                for j in active:
                    rem[j] -= rate * elapsed
                    if rem[j] <= 1e-9 * sizes[j]:
                        done[j] = env.now
                        open_jobs.remove(j)

        def source():
            for i, gap in enumerate(interarrivals):
                yield env.timeout(gap)
                if env.now >= horizon_weeks:
                    return
                arrival[i] = env.now
                if policy == "wip_cap_reject" and len(open_jobs) >= wip_cap:
                    continue
                accepted[i] = True
                open_jobs.append(i)
                if not box["wake"].triggered:
                    box["wake"].succeed()

        env.process(server())
        env.process(source())
    if drain:
        env.run()
    else:
        env.run(until=horizon_weeks)
    frame = pd.DataFrame({"arrival": arrival, "accepted": accepted, "done": done})
    frame["due"] = frame["arrival"] + quoted_lead_weeks
    return frame
